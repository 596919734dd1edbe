#include "models/explain/explain.h"

#include "models/domain/labels.h"
#include "models/sim/calendar.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace cc::explain {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cc::explain)
};

QString levelText(int level)
{
    return levelName(static_cast<FacilityLevel>(level));
}

bool isFund(Indicator indicator)
{
    return indicator == Indicator::FundMonthsOfReserve || indicator == Indicator::FundBalance;
}

QString scenarioName(const Project &project, EntityId id)
{
    return project.scenarios.contains(id) ? project.scenarios.value(id).name : QString();
}

} // namespace

QVector<Indicator> allIndicators()
{
    return {Indicator::InCountyRate, Indicator::InCountyInpatientShare, Indicator::GrassrootsShare,
            Indicator::FundMonthsOfReserve, Indicator::FundBalance};
}

QString indicatorName(Indicator indicator)
{
    switch (indicator) {
    case Indicator::InCountyRate:
        return Tr::tr("In-county treatment rate");
    case Indicator::InCountyInpatientShare:
        return Tr::tr("In-county inpatient share");
    case Indicator::GrassrootsShare:
        return Tr::tr("Grassroots share of outpatient visits");
    case Indicator::FundMonthsOfReserve:
        return Tr::tr("Fund months of reserve");
    case Indicator::FundBalance:
        return Tr::tr("Fund balance");
    }
    return QString();
}

QVector<PolicyKey> relevantKeys(Indicator indicator)
{
    QVector<PolicyKey> keys;
    if (isFund(indicator)) {
        // Every payment parameter moves money; revenue and the budget directly.
        for (PolicyKey k :
             {PolicyKey::InsuredShare, PolicyKey::FiscalSubsidyYuan, PolicyKey::PersonalPremiumYuan,
              PolicyKey::GlobalBudgetOn, PolicyKey::BudgetShare, PolicyKey::CriticalIllnessShare,
              PolicyKey::ReserveShare, PolicyKey::PrepaymentShare, PolicyKey::SurplusRetention,
              PolicyKey::OverrunShare, PolicyKey::OverrunBand, PolicyKey::DrgOn,
              PolicyKey::DrgFixedPointValueYuan, PolicyKey::CapitationOn,
              PolicyKey::CapitationYuanPerSigned})
            keys.append(k);
        for (int l = 0; l < kFacilityLevelCount; ++l)
            for (bool inpatient : {false, true})
                keys.append(ratioKey(inpatient, static_cast<FacilityLevel>(l)));
        return keys;
    }
    // Where residents go: what they pay at each level (deductible, ratio, the
    // referral rules) and whether they are signed with a family doctor.
    for (int l = 0; l < kFacilityLevelCount; ++l)
        for (bool inpatient : {false, true}) {
            if (indicator == Indicator::InCountyInpatientShare && !inpatient)
                continue;
            if (indicator == Indicator::GrassrootsShare && inpatient)
                continue;
            keys.append(ratioKey(inpatient, static_cast<FacilityLevel>(l)));
            keys.append(deductibleKey(inpatient, static_cast<FacilityLevel>(l)));
        }
    for (PolicyKey k :
         {PolicyKey::InScopeShare, PolicyKey::NoReferralCut, PolicyKey::ReferralShare,
          PolicyKey::CapitationOn, PolicyKey::SigningRateTarget, PolicyKey::SigningRampMonths})
        keys.append(k);
    return keys;
}

QString formatValue(double value, Unit unit, const QLocale &locale)
{
    switch (unit) {
    case Unit::Episodes:
        return locale.toString(value, 'f', 1);
    case Unit::Yuan:
        return Tr::tr("%1 yuan").arg(locale.toString(value, 'f', 0));
    case Unit::Months:
        return Tr::tr("%1 months").arg(locale.toString(value, 'f', 1));
    case Unit::Fraction:
        return locale.toString(value * 100, 'f', 1) + QLatin1Char('%');
    }
    return QString();
}

QString formatParameter(PolicyKey key, double value, const QLocale &locale)
{
    const ParameterSpec &spec = policySpec(key);
    switch (spec.kind) {
    case ValueKind::Boolean:
        return value != 0 ? Tr::tr("on") : Tr::tr("off");
    case ValueKind::Share:
        return locale.toString(value * 100, 'f', 1) + QLatin1Char('%');
    case ValueKind::Money:
        return Tr::tr("%1 yuan").arg(locale.toString(value, 'f', 0));
    case ValueKind::Integer:
        return locale.toString(qRound64(value));
    case ValueKind::Real:
        break;
    }
    return locale.toString(value, 'g', 6);
}

QVector<ParameterChange> policyDifferences(const Project &project, EntityId scenario,
                                           EntityId reference, int month, Indicator indicator)
{
    QVector<ParameterChange> changes;
    if (scenario == reference || !project.scenarios.contains(scenario) ||
        !project.scenarios.contains(reference))
        return changes;
    const PolicyParams a = project.policyAt(reference, month);
    const PolicyParams b = project.policyAt(scenario, month);
    const QVector<PolicyKey> direct = relevantKeys(indicator);
    const QLocale locale;
    for (int i = 0; i < kPolicyKeyCount; ++i) {
        if (a.at(i) == b.at(i))
            continue;
        const auto key = static_cast<PolicyKey>(i);
        const ParameterSpec &spec = policySpec(key);
        ParameterChange c;
        c.key = key;
        c.label = QCoreApplication::translate("cc::Parameters", spec.label);
        c.before = a.at(i);
        c.after = b.at(i);
        c.beforeText = formatParameter(key, c.before, locale);
        c.afterText = formatParameter(key, c.after, locale);
        c.direct = direct.contains(key);
        const double range = spec.maximum - spec.minimum;
        c.weight = range > 0 ? std::abs(c.after - c.before) / range : 1.0;
        changes.append(c);
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ParameterChange &x, const ParameterChange &y) {
                         if (x.direct != y.direct)
                             return x.direct;
                         return x.weight > y.weight;
                     });
    return changes;
}

Derivation derive(Indicator indicator, const sim::Results &results, int month, int scope,
                  const Project &project, EntityId scenario, EntityId reference)
{
    Derivation d;
    d.indicator = indicator;
    d.name = indicatorName(indicator);
    d.month = month;
    d.scope = isFund(indicator) ? -1 : scope;
    d.scenario = scenario;
    d.reference = reference;
    d.scenarioName = scenarioName(project, scenario);
    d.referenceName = scenarioName(project, reference);
    if (month < 0 || month >= results.months) {
        d.error = Tr::tr("Month %1 is outside the simulated horizon (%2 months).")
                      .arg(month + 1)
                      .arg(results.months);
        return d;
    }
    if (d.scope >= results.townships) {
        d.error = Tr::tr("There is no township %1 in the results.").arg(d.scope + 1);
        return d;
    }
    const sim::YearMonth ym = sim::yearMonthAt(results.startYear, results.startMonth, month);
    d.monthLabel = QStringLiteral("%1-%2").arg(ym.year).arg(ym.month, 2, 10, QLatin1Char('0'));
    const sim::Indicators &x =
        d.scope < 0 ? results.countyAt(month) : results.townshipAt(d.scope, month);

    double inCounty = 0, all = 0, ipInCounty = 0, ipAll = 0, opInCounty = 0, opGrassroots = 0;
    for (int l = 0; l < sim::kLevels; ++l) {
        const double op = x.outpatientEpisodes[l], ip = x.inpatientEpisodes[l];
        all += op + ip;
        ipAll += ip;
        if (sim::inCounty(l)) {
            inCounty += op + ip;
            ipInCounty += ip;
            opInCounty += op;
        }
        if (sim::grassroots(l))
            opGrassroots += op;
    }

    switch (indicator) {
    case Indicator::InCountyRate:
        d.formula = Tr::tr("Episodes treated inside the county (village clinics, township health "
                           "centres and county hospitals, outpatient and inpatient) divided by all "
                           "episodes of the residents, wherever treated, in the month.");
        d.value = x.inCountyRate;
        d.inputs = {{Tr::tr("In-county episodes"), inCounty, Unit::Episodes},
                    {Tr::tr("All episodes"), all, Unit::Episodes}};
        for (int l = sim::CountyHospital + 1; l < sim::kLevels; ++l)
            d.inputs.append({Tr::tr("of which %1").arg(levelText(l)),
                             x.outpatientEpisodes[l] + x.inpatientEpisodes[l], Unit::Episodes});
        break;
    case Indicator::InCountyInpatientShare:
        d.formula = Tr::tr("Admissions to hospitals and health centres inside the county divided "
                           "by all admissions of the residents in the month.");
        d.value = x.inCountyInpatientShare;
        d.inputs = {{Tr::tr("In-county admissions"), ipInCounty, Unit::Episodes},
                    {Tr::tr("All admissions"), ipAll, Unit::Episodes}};
        for (int l = 0; l < sim::kLevels; ++l)
            d.inputs.append({Tr::tr("Admissions at %1").arg(levelText(l)), x.inpatientEpisodes[l],
                             Unit::Episodes});
        break;
    case Indicator::GrassrootsShare:
        d.formula = Tr::tr("Outpatient visits at village clinics and township health centres "
                           "divided by all outpatient visits inside the county in the month.");
        d.value = x.grassrootsShare;
        d.inputs = {{Tr::tr("Grassroots outpatient visits"), opGrassroots, Unit::Episodes},
                    {Tr::tr("In-county outpatient visits"), opInCounty, Unit::Episodes}};
        break;
    case Indicator::FundMonthsOfReserve: {
        const sim::FundMonth &f = results.fund[static_cast<std::size_t>(month)];
        double outflow = 0;
        int n = 0;
        for (int u = std::max(0, month - 11); u <= month; ++u, ++n)
            outflow += results.fund[u].payments + results.fund[u].settlements;
        d.formula = Tr::tr("The fund's closing balance divided by its mean monthly outflow "
                           "(payments and year-end settlements) over the last %n month(s).",
                           nullptr, n);
        d.value = f.monthsOfReserve;
        d.unit = Unit::Months;
        d.inputs = {{Tr::tr("Closing balance"), f.closingBalance, Unit::Yuan},
                    {Tr::tr("Mean monthly outflow"), n > 0 ? outflow / n : 0.0, Unit::Yuan}};
        break;
    }
    case Indicator::FundBalance: {
        const sim::FundMonth &f = results.fund[static_cast<std::size_t>(month)];
        d.formula =
            Tr::tr("Opening balance plus the month's premium and subsidy revenue, minus the "
                   "payments to providers and any year-end settlement with the alliance.");
        d.value = f.closingBalance;
        d.unit = Unit::Yuan;
        d.inputs = {{Tr::tr("Opening balance"), f.openingBalance, Unit::Yuan},
                    {Tr::tr("Revenue"), f.revenue, Unit::Yuan},
                    {Tr::tr("Payments"), f.payments, Unit::Yuan},
                    {Tr::tr("Year-end settlement"), f.settlements, Unit::Yuan}};
        break;
    }
    }
    d.changes = policyDifferences(project, scenario, reference, month, indicator);
    return d;
}

} // namespace cc::explain
