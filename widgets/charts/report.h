#pragma once

#include "models/domain/project.h"
#include "widgets/charts/charttable.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace cc::charts {

// What goes into a report: the project (title, map, parameters), the scenario
// and its results, optionally a compared scenario, and the chart data (which
// carries the results, the comparison, township names and the locale).
struct ReportInput {
    Project project;
    QString projectPath;
    EntityId scenario = 0;
    EntityId compare = 0; // 0: no comparison
    ChartData charts;
    QDate date = QDate::currentDate();
};

struct ReportResult {
    bool ok = false;
    QString message; // translated, when !ok
    int pages = 0;
};

// One A4 portrait PDF, vector (QPdfWriter): a title block (county, scenario,
// date), 1 policy parameters, 2 map, 3 charts (two per page), 4 indicators at
// the start and end of the horizon. Text in a CJK font (Noto Sans CJK SC when
// installed) so Chinese names are embedded. Six pages unless the parameter
// table runs over.
ReportResult writeReport(const ReportInput &input, const QString &path);

// The section headings, translated, in order (tests look for them).
QStringList reportSectionTitles();

} // namespace cc::charts
