#pragma once

#include "models/domain/project.h"
#include "widgets/charts/charttable.h"

#include <QStringList>
#include <QVector>

namespace cc::charts {

// A table of text for the report: a header row, body rows, and group rows
// (one cell spanning the table, e.g. "Global budget").
struct ReportTable {
    QStringList header;
    QVector<QStringList> rows;
    QVector<bool> group; // per row
    void addGroup(const QString &title)
    {
        rows << QStringList{title};
        group << true;
    }
    void addRow(const QStringList &cells)
    {
        rows << cells;
        group << false;
    }
};

// Key policy parameters of a scenario (and of the compared one): insurance
// revenue, reimbursement by level, global budget, DRG and capitation, labelled
// from the parameter registry. A value that changes within the horizon reads
// "a -> b (2026-01)".
ReportTable parameterTable(const Project &project, EntityId scenario, EntityId compare, int months,
                           const QLocale &locale);

// Indicators at the start and end of the horizon (county), and at the end of
// the compared scenario when the data has one.
ReportTable indicatorTable(const ChartData &data);

} // namespace cc::charts
