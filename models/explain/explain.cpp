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
    return project.scenarios.contains(id) ? scenarioLabel(project.scenarios.value(id)) : QString();
}

} // namespace

QVector<Indicator> allIndicators()
{
    return {Indicator::InCountyRate,      Indicator::InCountyInpatientShare,
            Indicator::GrassrootsShare,   Indicator::FundMonthsOfReserve,
            Indicator::FundBalance,       Indicator::Admissions,
            Indicator::AvoidedAdmissions, Indicator::AverageLengthOfStay};
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
    case Indicator::Admissions:
        return Tr::tr("Admissions");
    case Indicator::AvoidedAdmissions:
        return Tr::tr("Avoided admissions");
    case Indicator::AverageLengthOfStay:
        return Tr::tr("Average length of stay");
    }
    return QString();
}

bool isCare(Indicator indicator)
{
    return indicator == Indicator::Admissions || indicator == Indicator::AvoidedAdmissions ||
           indicator == Indicator::AverageLengthOfStay;
}

double indicatorValue(Indicator indicator, const sim::Results &results, int month, int scope)
{
    if (month < 0 || month >= results.months)
        return 0;
    const sim::FundMonth &f = results.fund[static_cast<std::size_t>(month)];
    const sim::Indicators &x = scope >= 0 && scope < results.townships
                                   ? results.townshipAt(scope, month)
                                   : results.countyAt(month);
    switch (indicator) {
    case Indicator::InCountyRate:
        return x.inCountyRate;
    case Indicator::InCountyInpatientShare:
        return x.inCountyInpatientShare;
    case Indicator::GrassrootsShare:
        return x.grassrootsShare;
    case Indicator::FundMonthsOfReserve:
        return f.monthsOfReserve;
    case Indicator::FundBalance:
        return f.closingBalance;
    case Indicator::Admissions: {
        double admissions = 0;
        for (double e : x.inpatientEpisodes)
            admissions += e;
        return admissions;
    }
    case Indicator::AvoidedAdmissions:
        return x.avoidedAdmissions;
    case Indicator::AverageLengthOfStay:
        return x.averageLengthOfStay;
    }
    return 0;
}

QVector<PolicyKey> relevantKeys(Indicator indicator)
{
    QVector<PolicyKey> keys;
    if (isCare(indicator)) {
        // How providers are paid moves admissions and stays (Model 2, part 2).
        for (PolicyKey k :
             {PolicyKey::GlobalBudgetOn, PolicyKey::SurplusRetention, PolicyKey::OverrunShare,
              PolicyKey::OverrunBand, PolicyKey::DrgOn, PolicyKey::CapitationOn,
              PolicyKey::SigningRateTarget, PolicyKey::SigningRampMonths, PolicyKey::BedDayRateYuan,
              PolicyKey::ReferralShare})
            keys.append(k);
        return keys;
    }
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
    case Unit::Days:
        return Tr::tr("%1 days").arg(locale.toString(value, 'f', 2));
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
                   "payments to providers, any year-end settlement with the alliance and the "
                   "turnover fund advanced to it (周转金; recovered at the settlement, a "
                   "negative amount).");
        d.value = f.closingBalance;
        d.unit = Unit::Yuan;
        d.inputs = {
            {Tr::tr("Opening balance"), f.openingBalance, Unit::Yuan},
            {Tr::tr("Revenue"), f.revenue, Unit::Yuan},
            {Tr::tr("Payments"), f.payments, Unit::Yuan},
            {Tr::tr("Year-end settlement"), f.settlements, Unit::Yuan},
            {Tr::tr("Turnover fund advanced (+) or recovered (-)"), f.turnover, Unit::Yuan}};
        break;
    }
    case Indicator::Admissions:
        d.formula = Tr::tr("The residents' admissions in the month, wherever they are admitted: "
                           "the inpatient demand (population x admission rate, grown over the "
                           "years, plus any induced admissions) less the admissions the "
                           "alliance's health management avoided. Referrals move admissions "
                           "between levels and count once, where the patient is admitted.");
        d.value = ipAll;
        d.inputs = {
            {Tr::tr("Admissions per 1,000 residents a year"), x.admissionsPer1000, Unit::Episodes}};
        for (int l = 0; l < sim::kLevels; ++l)
            d.inputs.append({Tr::tr("Admissions at %1").arg(levelText(l)), x.inpatientEpisodes[l],
                             Unit::Episodes});
        d.inputs.append({Tr::tr("Avoided admissions"), x.avoidedAdmissions, Unit::Episodes});
        d.inputs.append({Tr::tr("Referred up"), x.referralsUp, Unit::Episodes});
        d.inputs.append({Tr::tr("Referred down for recovery"), x.referralsDown, Unit::Episodes});
        break;
    case Indicator::AvoidedAdmissions:
        d.formula = Tr::tr("Avoidable (ambulatory-care-sensitive) admissions of residents signed "
                           "with a family doctor, times the share the alliance's health "
                           "management prevents: the full-response share, times the alliance's "
                           "incentive (what it keeps of a yuan of claims avoided under the global "
                           "budget, plus capitation's), times the ramp-up since the reform "
                           "began. The avoided admissions become chronic-care visits at village "
                           "clinics and township centres.");
        d.value = x.avoidedAdmissions;
        d.inputs = {{Tr::tr("Admissions"), ipAll, Unit::Episodes},
                    {Tr::tr("Avoided per 1,000 residents a year"),
                     x.population > 0 ? x.avoidedAdmissions * 12 / x.population * 1000 : 0.0,
                     Unit::Episodes}};
        break;
    case Indicator::AverageLengthOfStay:
        d.formula = Tr::tr("Bed-days of the month's admissions divided by the admissions. Under "
                           "DRG points or a global budget township centres and county hospitals "
                           "shorten stays; recovery days of patients referred down are spent in "
                           "the home township centre's beds.");
        d.value = x.averageLengthOfStay;
        d.unit = Unit::Days;
        d.inputs = {
            {Tr::tr("Bed-days of these admissions"), x.averageLengthOfStay * ipAll, Unit::Episodes},
            {Tr::tr("Admissions"), ipAll, Unit::Episodes},
            {Tr::tr("Bed occupancy (in-county beds)"), x.bedOccupancy, Unit::Fraction}};
        break;
    }
    if (isCare(indicator))
        d.unit = indicator == Indicator::AverageLengthOfStay ? Unit::Days : Unit::Episodes;
    d.changes = policyDifferences(project, scenario, reference, month, indicator);
    return d;
}

} // namespace cc::explain
