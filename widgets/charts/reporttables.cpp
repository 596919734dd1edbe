#include "widgets/charts/reporttables.h"

#include "models/domain/labels.h"
#include "models/sim/calendar.h"
#include "widgets/charts/chartformat.h"

#include <QCoreApplication>
#include <cmath>
#include <functional>

namespace cc::charts {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cc::Report)
};

QString param(const char *text)
{
    return QCoreApplication::translate("cc::Parameters", text);
}

QString formatParameter(PolicyKey key, double value, const QLocale &locale)
{
    const ParameterSpec &spec = policySpec(key);
    switch (spec.kind) {
    case ValueKind::Share:
        return formatPercent(100 * value, locale, 0);
    case ValueKind::Money:
        return formatYuan(value, locale) + QLatin1Char(' ') + param(spec.unit);
    case ValueKind::Boolean:
        return value != 0 ? Tr::tr("On") : Tr::tr("Off");
    case ValueKind::Integer:
        return locale.toString(qRound64(value)) +
               (*spec.unit ? QLatin1Char(' ') + param(spec.unit) : QString());
    case ValueKind::Real:
        return locale.toString(value, 'g', 6) +
               (*spec.unit ? QLatin1Char(' ') + param(spec.unit) : QString());
    }
    return QString();
}

// "90% -> 95% (2026-01)": the value at month 0 and every later change.
QString valueOverTime(const Project &project, EntityId scenario, PolicyKey key, int months,
                      const QLocale &locale, const std::function<QString(double)> &format)
{
    if (scenario == 0)
        return QString();
    const ModelSettings &s = project.settings;
    double value = project.policyAt(scenario, 0)[key];
    QString text = format(value);
    const Scenario sc = project.scenarios.value(scenario);
    for (const PolicyEntry &e : sc.schedule) {
        if (e.fromMonth <= 0 || e.fromMonth >= months)
            continue;
        const double next = project.policyAt(scenario, e.fromMonth)[key];
        if (next == value)
            continue;
        const sim::YearMonth ym = sim::yearMonthAt(s.integer(SettingKey::StartYear),
                                                   s.integer(SettingKey::StartMonth), e.fromMonth);
        text += QStringLiteral(" \u2192 %1 (%2-%3)")
                    .arg(format(next))
                    .arg(ym.year)
                    .arg(ym.month, 2, 10, QLatin1Char('0'));
        value = next;
    }
    Q_UNUSED(locale);
    return text;
}

} // namespace

ReportTable parameterTable(const Project &project, EntityId scenario, EntityId compare, int months,
                           const QLocale &locale)
{
    ReportTable table;
    table.header << Tr::tr("Parameter") << scenarioLabel(project.scenarios.value(scenario));
    if (compare != 0)
        table.header << scenarioLabel(project.scenarios.value(compare));
    const auto cells = [&](const QString &label, PolicyKey key,
                           const std::function<QString(double)> &format) {
        QStringList row{label, valueOverTime(project, scenario, key, months, locale, format)};
        if (compare != 0)
            row << valueOverTime(project, compare, key, months, locale, format);
        table.addRow(row);
    };
    const auto plain = [&](PolicyKey key) {
        cells(param(policySpec(key).label), key,
              [&, key](double v) { return formatParameter(key, v, locale); });
    };
    const auto range = [&](PolicyKey first, PolicyKey last) {
        for (int k = static_cast<int>(first); k <= static_cast<int>(last); ++k)
            plain(static_cast<PolicyKey>(k));
    };

    table.addGroup(param(policySpec(PolicyKey::InsuredShare).group));
    range(PolicyKey::InsuredShare, PolicyKey::PersonalPremiumYuan);
    // Reimbursement by level: one row per level and care type, "deductible / ratio".
    table.addGroup(param(policySpec(PolicyKey::OutpatientRatioVillage).group));
    for (bool inpatient : {false, true})
        for (int l = 0; l < kFacilityLevelCount; ++l) {
            const auto level = static_cast<FacilityLevel>(l);
            const PolicyKey ded = deductibleKey(inpatient, level),
                            ratio = ratioKey(inpatient, level);
            const QString label = (inpatient ? Tr::tr("Inpatient, %1") : Tr::tr("Outpatient, %1"))
                                      .arg(levelName(level));
            QStringList row{label};
            for (EntityId id : {scenario, compare}) {
                if (id == 0)
                    continue;
                // Both values over time, joined: "100 yuan, 90%".
                const QString d = valueOverTime(project, id, ded, months, locale, [&](double v) {
                    return formatParameter(ded, v, locale);
                });
                const QString r = valueOverTime(project, id, ratio, months, locale, [&](double v) {
                    return formatParameter(ratio, v, locale);
                });
                row << QStringLiteral("%1; %2").arg(d, r);
            }
            table.addRow(row);
        }
    range(PolicyKey::InScopeShare, PolicyKey::ReferralShare);
    table.addGroup(param(policySpec(PolicyKey::GlobalBudgetOn).group));
    range(PolicyKey::GlobalBudgetOn, PolicyKey::OverrunBand);
    table.addGroup(param(policySpec(PolicyKey::DrgOn).group));
    range(PolicyKey::DrgOn, PolicyKey::DrgCoefficientCounty);
    table.addGroup(param(policySpec(PolicyKey::CapitationOn).group));
    range(PolicyKey::CapitationOn, PolicyKey::SigningRampMonths);
    table.addGroup(param(policySpec(PolicyKey::BedDayRateYuan).group));
    plain(PolicyKey::BedDayRateYuan);
    // Telemedicine and shared centres (远程会诊、影像/检验/心电共享中心): the
    // links in effect in each scenario, by kind, and what they cost a year.
    table.addGroup(Tr::tr("Telemedicine links"));
    for (int k = 0; k < kLinkKindCount; ++k) {
        const auto kind = static_cast<LinkKind>(k);
        QStringList row{linkKindName(kind)};
        for (EntityId id : {scenario, compare}) {
            if (id == 0)
                continue;
            int count = 0;
            double cost = 0;
            for (const TelemedicineLink &link : project.linksOf(id))
                if (link.kind == kind && link.startMonth < months) {
                    ++count;
                    cost += link.annualCostYuan;
                }
            row << (count == 0 ? Tr::tr("none")
                               : Tr::tr("%n link(s), %1 yuan a year", nullptr, count)
                                     .arg(formatYuan(cost, locale)));
        }
        table.addRow(row);
    }
    return table;
}

ReportTable indicatorTable(const ChartData &data)
{
    ReportTable table;
    if (!data.results || data.results->months <= 0)
        return table;
    const sim::Results &r = *data.results;
    const sim::Results *c = data.compare && data.compare->months > 0 ? data.compare.get() : nullptr;
    const QLocale &loc = data.locale;
    const int end = r.months - 1;
    const auto ym = [&](const sim::Results &x, int t) {
        const sim::YearMonth m = sim::yearMonthAt(x.startYear, x.startMonth, t);
        return QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0'));
    };
    table.header << Tr::tr("Indicator (whole county)") << Tr::tr("Start %1").arg(ym(r, 0))
                 << Tr::tr("End %1").arg(ym(r, end));
    if (c)
        table.header << Tr::tr("End, %1").arg(data.compareName);

    const auto fte = [](const sim::Results &x, const sim::SharedSeries<double> &v, int t) {
        double sum = 0;
        for (int f = 0; f < x.facilities; ++f)
            sum += v[static_cast<std::size_t>(f) * x.months + t];
        return sum;
    };
    struct Row {
        QString label;
        std::function<QString(const sim::Results &, int)> value;
    };
    const auto pct = [&](double v) { return formatPercent(100 * v, loc, 1); };
    const QVector<Row> rows = {
        {Tr::tr("In-county treatment rate"),
         [&](const sim::Results &x, int t) { return pct(x.countyAt(t).inCountyRate); }},
        {Tr::tr("In-county inpatient share"),
         [&](const sim::Results &x, int t) { return pct(x.countyAt(t).inCountyInpatientShare); }},
        {Tr::tr("Grassroots share"),
         [&](const sim::Results &x, int t) { return pct(x.countyAt(t).grassrootsShare); }},
        {Tr::tr("Fund spent in county"),
         [&](const sim::Results &x, int t) { return pct(x.countyAt(t).inCountyFundShare); }},
        {Tr::tr("Fund balance (yuan)"),
         [&](const sim::Results &x, int t) { return formatYuan(x.fund[t].closingBalance, loc); }},
        {Tr::tr("Months of reserve"),
         [&](const sim::Results &x, int t) {
             return loc.toString(x.fund[t].monthsOfReserve, 'f', 1);
         }},
        {Tr::tr("Fund payments per month (yuan)"),
         [&](const sim::Results &x, int t) { return formatYuan(x.fund[t].payments, loc); }},
        {Tr::tr("Out-of-pocket per resident per month (yuan)"),
         [&](const sim::Results &x, int t) {
             return loc.toString(x.countyAt(t).oopPerCapita, 'f', 1);
         }},
        {Tr::tr("Out-of-pocket share of cost"),
         [&](const sim::Results &x, int t) { return pct(x.countyAt(t).oopShareOfCost); }},
        {Tr::tr("County doctors posted for at least the minimum term per 10,000 residents"),
         [&](const sim::Results &x, int t) {
             return loc.toString(x.countyAt(t).countyDoctorsPer10k, 'f', 2);
         }},
        {Tr::tr("Staff needed / posted (FTE)"),
         [&](const sim::Results &x, int t) {
             return QStringLiteral("%1 / %2").arg(
                 loc.toString(fte(x, x.facilityFteNeeded, t), 'f', 0),
                 loc.toString(fte(x, x.facilityFte, t), 'f', 0));
         }},
        // Care (每千人住院人次, 平均住院日, 避免的住院, 上转, 下转): the month's values.
        {Tr::tr("Admissions per 1,000 residents a year"),
         [&](const sim::Results &x, int t) {
             return loc.toString(x.countyAt(t).admissionsPer1000, 'f', 1);
         }},
        {Tr::tr("Average length of stay (days)"),
         [&](const sim::Results &x, int t) {
             return loc.toString(x.countyAt(t).averageLengthOfStay, 'f', 2);
         }},
        {Tr::tr("Avoided admissions per month"),
         [&](const sim::Results &x, int t) {
             return loc.toString(x.countyAt(t).avoidedAdmissions, 'f', 0);
         }},
        {Tr::tr("Referrals up / down per month"),
         [&](const sim::Results &x, int t) {
             return QStringLiteral("%1 / %2").arg(
                 loc.toString(x.countyAt(t).referralsUp, 'f', 0),
                 loc.toString(x.countyAt(t).referralsDown, 'f', 0));
         }},
    };
    for (const Row &row : rows) {
        QStringList cells{row.label, row.value(r, 0), row.value(r, end)};
        if (c)
            cells << row.value(*c, c->months - 1);
        table.addRow(cells);
    }
    // The alliance's retained surplus over the whole horizon (结余留用).
    double kept = 0, keptCompare = 0;
    for (const sim::FundMonth &f : r.fund)
        kept += f.retainedSurplus;
    QStringList surplus{Tr::tr("Retained surplus, whole horizon (yuan)"), QStringLiteral("-"),
                        formatYuan(kept, loc)};
    if (c) {
        for (const sim::FundMonth &f : c->fund)
            keptCompare += f.retainedSurplus;
        surplus << formatYuan(keptCompare, loc);
    }
    table.addRow(surplus);
    // Patients over the whole horizon: admissions avoided, referred up and down.
    const auto horizonSum = [](const sim::Results &x, double sim::Indicators::*field) {
        double sum = 0;
        for (const sim::Indicators &month : x.county)
            sum += month.*field;
        return sum;
    };
    const std::pair<QString, double sim::Indicators::*> sums[] = {
        {Tr::tr("Avoided admissions, whole horizon"), &sim::Indicators::avoidedAdmissions},
        {Tr::tr("Referrals up, whole horizon"), &sim::Indicators::referralsUp},
        {Tr::tr("Referrals down, whole horizon"), &sim::Indicators::referralsDown},
    };
    for (const auto &[label, field] : sums) {
        QStringList cells{label, QStringLiteral("-"), loc.toString(horizonSum(r, field), 'f', 0)};
        if (c)
            cells << loc.toString(horizonSum(*c, field), 'f', 0);
        table.addRow(cells);
    }
    return table;
}

} // namespace cc::charts
