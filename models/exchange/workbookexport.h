#pragma once

#include "models/domain/project.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace cc::exchange {

// File > Export Data and `countycare-cli export-data`: an Excel workbook (.xlsx)
// for report writers, with headers in the current language (Chinese in the
// Chinese UI), number formats and frozen header rows:
// - one sheet of monthly indicators per scenario (county, whole horizon): the
//   columns of models/simulation/indicatorcolumns.h in their order, the
//   translated label in row 1 and the column name of `simulate --csv` in row 2,
//   the values unrounded (what `simulate --csv` writes, to its 15 digits);
// - the comparison of two scenarios at the end of the horizon
//   (models/simulation/comparisonrows.h), when asked for;
// - the parameters of each exported scenario's policy schedule (every one of
//   the first entry, then those each later entry sets) and the model settings, with units, defaults
//   and the source of each default;
// - the staff roster and the postings (县招乡用);
// - the telemedicine links (远程会诊、影像/检验/心电共享中心);
// - for each exported scenario that pays by DRG points in some month, each
//   township centre's and county hospital's DRG revenue by month.
struct WorkbookRequest {
    // A monthly sheet per scenario, in this order; empty: every scenario of the project.
    QVector<EntityId> scenarios;
    // When both are set: the comparison sheet, `compareWith` minus `compareShown`.
    EntityId compareShown = 0;
    EntityId compareWith = 0;
};

struct WorkbookResult {
    bool ok = false;
    QString error;      // translated
    QStringList sheets; // the sheets written, in order
};

// Runs the scenarios (the project must be valid) and writes the workbook to a
// temporary file beside `path`, then renames it over `path`: an existing file is
// replaced only by a complete workbook.
WorkbookResult exportWorkbook(const Project &project, const WorkbookRequest &request,
                              const QString &path);

} // namespace cc::exchange
