#pragma once

#include "models/analysis/montecarlo.h"
#include "models/sim/results.h"
#include "widgets/charts/charttable.h"

#include <QLocale>

class QCustomPlot;

namespace cc::analysisui {

enum class BandKind { FundBalance, InCountyRate };

// The chart of one Monte Carlo output as numbers (the dashboard's chart table
// format, so the same builder, fonts and CSV rules apply): the 90% band
// (5-95%), the 50% band (25-75%), the median, and the deterministic run of the
// project (`deterministic`, may be null) for reference.
charts::ChartTable bandTable(BandKind kind, const analysis::MonteCarloResult &result,
                             const sim::Results *deterministic, const QLocale &locale);
// Draws it; the bands appear in the legend as "90% range" and "50% range".
void buildBandChart(QCustomPlot *plot, BandKind kind, const analysis::MonteCarloResult &result,
                    const sim::Results *deterministic, const QLocale &locale);

} // namespace cc::analysisui
