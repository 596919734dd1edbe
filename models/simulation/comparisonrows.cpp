#include "models/simulation/comparisonrows.h"

#include <QCoreApplication>

namespace cc {

namespace {
struct ComparisonText {
    Q_DECLARE_TR_FUNCTIONS(cc::ScenarioComparison)
};
} // namespace

QVector<ComparisonRow> comparisonRows(const sim::Results &shown, const sim::Results &compared)
{
    QVector<ComparisonRow> rows;
    if (shown.months <= 0 || compared.months <= 0)
        return rows;
    // Columns of the indicator table, at each run's last month or summed over
    // the whole horizon.
    struct Pick {
        const char *column;
        bool wholeHorizon;
    };
    static const Pick picks[] = {
        {"in_county_rate", false},
        {"in_county_rate_12m", false},
        {"in_county_inpatient_share", false},
        {"grassroots_share", false},
        {"in_county_fund_share", false},
        {"fund_balance", false},
        {"months_of_reserve", false},
        {"fund_payments", false},
        {"retained_surplus", true},
        {"oop_share_of_cost", false},
        {"oop_per_capita", false},
        {"county_doctors_per_10k", false},
        // Model 2, part 2: the care the reform's mechanisms change. Rates at
        // the last month; counts of patients summed over the horizon.
        {"admissions_per_1000", false},
        {"average_length_of_stay_days", false},
        {"avoided_admissions", true},
        {"referrals_up", true},
        {"referrals_down", true},
    };
    const auto valueOf = [](const IndicatorColumn &c, const sim::Results &r, bool sum) {
        if (!sum)
            return c.value({r, r.countyAt(r.months - 1), r.months - 1});
        double total = 0;
        for (int t = 0; t < r.months; ++t)
            total += c.value({r, r.countyAt(t), t});
        return total;
    };
    for (const Pick &pick : picks) {
        const IndicatorColumn *c = indicatorColumn(pick.column);
        if (!c || !c->value)
            continue;
        ComparisonRow row;
        row.column = c;
        row.wholeHorizon = pick.wholeHorizon;
        row.label = pick.wholeHorizon ? ComparisonText::tr("%1, whole horizon").arg(columnLabel(*c))
                                      : columnLabel(*c);
        row.format = c->format == ColumnFormat::Share   ? ComparisonRow::Percent
                     : c->format == ColumnFormat::Yuan  ? ComparisonRow::Yuan
                     : c->format == ColumnFormat::Count ? ComparisonRow::Count
                                                        : ComparisonRow::Number;
        row.shown = valueOf(*c, shown, pick.wholeHorizon);
        row.compared = valueOf(*c, compared, pick.wholeHorizon);
        rows.push_back(row);
    }
    return rows;
}

} // namespace cc
