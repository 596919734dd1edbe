#pragma once

#include "widgets/charts/charttable.h"

class QCustomPlot;

namespace cc::charts {

// Draws a chart into `plot`, replacing whatever it showed: title, legend below
// the axes, year-month time axis, zoom and pan on the time axis only. Works
// without a window (exports, the CLI, tests). Graphs and bars carry the series
// names (QCPAbstractPlottable::name), in ChartTable order; the grassroots
// target band is two graphs (55 and 65%) filled between. A table with a lower
// panel gets a second axis rect (plot->axisRect(1)) under the first, sharing
// its time axis; its series are drawn there.
// How the built chart gets painted: a queued replot (the next pass of the event
// loop), or none because the caller replots at once (a queued replot after it
// would paint the same chart a second time).
enum class Replot { Queued, ByCaller };
void buildChart(QCustomPlot *plot, ChartKind kind, const ChartData &data);
void buildChart(QCustomPlot *plot, const ChartTable &table, Replot replot = Replot::Queued);

} // namespace cc::charts
