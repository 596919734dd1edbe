#include "widgets/analysis/bandchart.h"

#include "widgets/charts/chartbuilder.h"

#include <qcustomplot.h>

#include <QCoreApplication>

namespace cc::analysisui {

namespace {

// Translations in the context cc::analysisui::Bands, named in every call:
// lupdate filed Text::tr() calls of this file under "Text", so the Chinese
// catalogue never reached the uncertainty charts.
QVector<double> toSeries(const std::vector<double> &v, double scale)
{
    QVector<double> out;
    out.reserve(static_cast<int>(v.size()));
    for (double x : v)
        out.push_back(scale * x);
    return out;
}

} // namespace

charts::ChartTable bandTable(BandKind kind, const analysis::MonteCarloResult &result,
                             const sim::Results *deterministic, const QLocale &locale)
{
    using charts::ChartSeries;
    using charts::SeriesStyle;
    charts::ChartTable table;
    const bool fund = kind == BandKind::FundBalance;
    table.kind = fund ? charts::ChartKind::FundBalance : charts::ChartKind::InCountyRate;
    table.title =
        fund ? QCoreApplication::translate("cc::analysisui::Bands",
                                           "Insurance fund balance: uncertainty (%n draw(s))",
                                           nullptr, result.draws)
             : QCoreApplication::translate("cc::analysisui::Bands",
                                           "In-county treatment rate: uncertainty (%n draw(s))",
                                           nullptr, result.draws);
    if (fund && !result.years.empty())
        table.title +=
            QLatin1Char('\n') +
            QCoreApplication::translate(
                "cc::analysisui::Bands",
                "Probability of a fund deficit in at least one year %1-%2: %3")
                .arg(result.years.front())
                .arg(result.years.back())
                .arg(locale.toString(100 * result.deficitProbability, 'f', 0) + QLatin1Char('%'));
    table.leftLabel =
        fund ? QCoreApplication::translate("cc::analysisui::Bands", "Fund balance (yuan)")
             : QCoreApplication::translate("cc::analysisui::Bands", "In-county rate (%)");
    table.leftFormat = fund ? charts::ValueFormat::Yuan : charts::ValueFormat::Percent;
    table.hasRightAxis = false;
    table.months = result.months;
    table.startYear = result.startYear;
    table.startMonth = result.startMonth;
    table.locale = locale;

    const analysis::Bands &b = fund ? result.fundBalanceBands : result.inCountyRateBands;
    const double scale = fund ? 1.0 : 100.0;
    const QColor wide = charts::okabeIto::skyBlue();
    const QColor narrow = charts::okabeIto::blue();
    const auto band = [&](const QString &name, const std::vector<double> &lo,
                          const std::vector<double> &hi, const QColor &color) {
        ChartSeries l;
        l.name = name;
        l.values = toSeries(lo, scale);
        l.style = SeriesStyle::BandLow;
        l.color = color;
        l.pen = Qt::NoPen;
        table.series.push_back(l);
        ChartSeries h = l;
        h.values = toSeries(hi, scale);
        h.style = SeriesStyle::BandHigh;
        table.series.push_back(h);
    };
    band(QCoreApplication::translate("cc::analysisui::Bands", "90% range (5-95%)"), b.p5, b.p95,
         wide);
    band(QCoreApplication::translate("cc::analysisui::Bands", "50% range (25-75%)"), b.p25, b.p75,
         narrow);
    ChartSeries median;
    median.name = QCoreApplication::translate("cc::analysisui::Bands", "Median of the draws");
    median.values = toSeries(b.p50, scale);
    median.color = narrow;
    table.series.push_back(median);
    if (deterministic && deterministic->months == result.months) {
        ChartSeries det;
        det.name = QCoreApplication::translate("cc::analysisui::Bands", "Project values");
        det.color = charts::okabeIto::black();
        det.pen = Qt::DashLine;
        for (int t = 0; t < deterministic->months; ++t)
            det.values.push_back(
                fund ? deterministic->fund[static_cast<std::size_t>(t)].closingBalance
                     : 100 * deterministic->countyAt(t).inCountyRate);
        table.series.push_back(det);
    }
    return table;
}

void buildBandChart(QCustomPlot *plot, BandKind kind, const analysis::MonteCarloResult &result,
                    const sim::Results *deterministic, const QLocale &locale)
{
    charts::buildChart(plot, bandTable(kind, result, deterministic, locale));
    // The builder keeps band edges out of the legend; here the bands are the
    // message, so their filled upper edges go back in.
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph *g = plot->graph(i);
        if (g->brush().style() != Qt::NoBrush) {
            QColor fill = g->brush().color();
            fill.setAlpha(70);
            g->setBrush(fill);
            g->addToLegend();
        }
    }
    plot->replot();
}

} // namespace cc::analysisui
