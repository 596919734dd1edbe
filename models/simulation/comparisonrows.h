#pragma once

// The comparison of two scenarios at the end of the horizon, built on the
// indicator column table (indicatorcolumns.h): the Scenario > Compare table and
// the workbook's comparison sheet read the same rows.

#include "models/simulation/indicatorcolumns.h"

#include <QString>
#include <QVector>

namespace cc {

// End-of-horizon indicators of two scenarios side by side, and the difference
// (compared minus shown). Values are raw: shares as fractions, money in yuan.
struct ComparisonRow {
    enum Format { Percent, Yuan, Number, Count };
    const IndicatorColumn *column = nullptr; // the indicator table's column
    bool wholeHorizon = false;               // summed over every month, not the last one
    QString label;                           // translated
    Format format = Number;
    double shown = 0;
    double compared = 0;
    double difference() const { return compared - shown; }
};

// The indicators of the comparison (columns of the indicator table), at each
// run's last month (county): 县域就诊率, 县域内住院人次占比, 基层诊疗量占比, fund
// spent in county, fund balance, months of reserve, payments, retained surplus
// over the horizon (结余留用), out-of-pocket share and per resident, county
// doctors posted; care: admissions per 1,000 residents a year (每千人住院人次)
// and the average length of stay (平均住院日) in the last month, avoided
// admissions and referrals up and down (上转、下转) over the horizon. Empty
// when either run has no months.
QVector<ComparisonRow> comparisonRows(const sim::Results &shown, const sim::Results &compared);

} // namespace cc
