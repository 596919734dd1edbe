#pragma once

// The monthly indicator table, one place: the CLI's CSV and JSON columns, the
// workbook export and the scenario comparison all read it, so a column's name,
// label, unit and value cannot disagree between them.

#include "models/sim/results.h"

#include <QString>
#include <QVector>

namespace cc {

// How a column's value reads: shares are fractions 0..1, money is yuan.
enum class ColumnFormat { Month, YearMonth, Share, Yuan, Count, Number };

// One month of one unit (the county or a township; the fund is always the county's).
struct IndicatorRow {
    const sim::Results &results;
    const sim::Indicators &unit;
    int month;
};

struct IndicatorColumn {
    const char *name;  // CSV/JSON column name: a public interface, never renamed
    const char *label; // QT_TRANSLATE_NOOP("cc::IndicatorColumns", ...)
    ColumnFormat format;
    double (*value)(const IndicatorRow &row); // nullptr for year_month (text)
};

// Every column in file order: existing columns keep their place, new ones are
// appended at the end.
const QVector<IndicatorColumn> &indicatorColumns();
// The column of that name; nullptr when there is none.
const IndicatorColumn *indicatorColumn(const char *name);
// The translated label of a column.
QString columnLabel(const IndicatorColumn &column);
// "2026-01" for month t of a run.
QString yearMonthText(const sim::Results &results, int month);
// A cell as the CSV writes it (15 significant digits; year_month as text).
QString csvCell(const IndicatorColumn &column, const IndicatorRow &row);

} // namespace cc
