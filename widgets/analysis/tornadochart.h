#pragma once

#include "models/analysis/sensitivity.h"

#include <QLocale>
#include <QString>

class QCustomPlot;

namespace cc::analysisui {

// How an indicator's change reads on the tornado's axis: shares in percentage
// points, money in yuan (万/亿 in Chinese), years as counts.
double effectInAxisUnits(analysis::Indicator indicator, double effect);
QString effectAxisLabel(analysis::Indicator indicator); // translated, names the unit
QString formatEffect(analysis::Indicator indicator, double effect, const QLocale &locale);
QString formatIndicator(analysis::Indicator indicator, double value, const QLocale &locale);

// Draws a tornado chart of `result` into `plot`: one row per lever, the largest
// swing on top, the bar of the lever moved down and the bar of it moved up
// from the base value (0 on the axis); at most `maxRows` rows. Bars carry the
// series names "-10%" / "+10%" (in the result's step); tick labels name the levers.
// `title` goes above the axes.
void buildTornado(QCustomPlot *plot, const analysis::SensitivityResult &result,
                  const QString &title, const QLocale &locale, int maxRows = 15);

} // namespace cc::analysisui
