#include "widgets/charts/chartbuilder.h"

#include "widgets/charts/chartformat.h"
#include "widgets/charts/chartgraph.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace cc::charts {

namespace {

// Ticks on whole months, labelled "2025-01", stepping 1, 2, 3, 6, 12 or 24
// months and aligned on January.
class MonthTicker : public QCPAxisTicker {
public:
    MonthTicker(int startYear, int startMonth) : m_startYear(startYear), m_startMonth(startMonth)
    {
        setTickCount(6);
        setTickOrigin((13 - startMonth) % 12);
    }

protected:
    double getTickStep(const QCPRange &range) override
    {
        static const int steps[] = {1, 2, 3, 6, 12, 24, 60, 120};
        for (int s : steps)
            if (range.size() / s <= tickCount() + 1)
                return s;
        return 240;
    }
    int getSubTickCount(double step) override { return step >= 12 ? 3 : 0; }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        const int zeroBased = m_startMonth - 1 + static_cast<int>(std::lround(tick));
        const int year = m_startYear + static_cast<int>(std::floor(zeroBased / 12.0));
        const int month = zeroBased - (year - m_startYear) * 12 + 1;
        return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    }

private:
    int m_startYear, m_startMonth;
};

// Tick labels in the chart's format (万/亿 in Chinese, thousands in English).
class ValueTicker : public QCPAxisTicker {
public:
    ValueTicker(ValueFormat format, QLocale locale) : m_format(format), m_locale(locale) {}

protected:
    // Yuan and episodes are labelled whole: a step below one would print the
    // same label several times ("0 0 0 0 1" on an empty project's fund).
    double getTickStep(const QCPRange &range) override
    {
        const double step = QCPAxisTicker::getTickStep(range);
        const bool whole = m_format == ValueFormat::Yuan || m_format == ValueFormat::Episodes;
        return whole ? std::max(step, 1.0) : step;
    }

    QString getTickLabel(double tick, const QLocale &, QChar, int precision) override
    {
        if (std::fabs(tick) < 1e-9)
            tick = 0;
        switch (m_format) {
        case ValueFormat::Yuan:
            return formatYuanTick(tick, m_locale);
        case ValueFormat::Percent:
            return m_locale.toString(tick, 'g', 4) + QLatin1Char('%');
        default:
            return m_locale.toString(tick, 'g', std::max(6, precision));
        }
    }

private:
    ValueFormat m_format;
    QLocale m_locale;
};

QCPTextElement *ensureLayout(QCustomPlot *plot)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    if (auto *title = qobject_cast<QCPTextElement *>(layout->element(0, 0)))
        return title;
    layout->insertRow(0);
    auto *title = new QCPTextElement(plot, QString());
    layout->addElement(0, 0, title);
    auto *legendGrid = new QCPLayoutGrid;
    layout->addElement(2, 0, legendGrid);
    // The legend leaves the axis rect so it never hides data.
    plot->axisRect()->insetLayout()->take(plot->legend);
    legendGrid->addElement(0, 0, plot->legend);
    legendGrid->setMargins(QMargins(0, 0, 0, 4));
    layout->setRowStretchFactor(2, 0.001);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(3);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setVisible(true);
    plot->axisRect()->setupFullAxesBox(false);
    return title;
}

void styleAxis(QCPAxis *axis, const QString &label)
{
    axis->setLabel(label);
    axis->setLabelFont(plotFont(9));
    axis->setTickLabelFont(plotFont(8));
}

QPen seriesPen(const ChartSeries &s)
{
    QPen pen(s.color, s.comparison ? 1.6 : 2.0, s.pen);
    if (s.comparison)
        pen.setColor(s.color.darker(115));
    return pen;
}

QCPRange dataRange(const ChartTable &table, int panel, bool right, ValueFormat format)
{
    const bool includeZero = zeroBasedAxis(format);
    double lo = includeZero ? 0 : qInf(), hi = includeZero ? 0 : -qInf();
    QVector<double> stack(table.months, 0.0), cmpStack(table.months, 0.0);
    for (const ChartSeries &s : table.series) {
        if (s.panel != panel || s.rightAxis != right)
            continue;
        for (int t = 0; t < s.values.size(); ++t) {
            double v = s.values[t];
            if (!std::isfinite(v))
                continue;
            if (s.style == SeriesStyle::StackedBars) {
                QVector<double> &acc = s.comparison ? cmpStack : stack;
                v = acc[t] += v;
            }
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return QCPRange(0, 1);
    // Every value zero, or a rounding error from it (no referral in a
    // baseline, a new project without villages): an axis from 0 to 1, not one
    // of a billionth with its ticks all reading 0 and its top "1E-09".
    const double magnitude = std::max(std::fabs(lo), std::fabs(hi));
    if (magnitude < 1e-6)
        return QCPRange(0, 1);
    // A constant line (a fund nobody pays from) sits inside a tenth of its
    // value either side, not inside a thousandth of it.
    const bool constant = hi - lo <= magnitude * 1e-9;
    double pad = constant ? magnitude * 0.1 : std::max((hi - lo) * 0.06, magnitude * 1e-3);
    // Rates fitted to their data still span at least a tenth of their size,
    // so that a line flat to the third digit does not fill the chart.
    if (format == ValueFormat::PerThousand || format == ValueFormat::Days)
        pad = std::max(pad, (std::fabs(hi) * 0.1 - (hi - lo)) / 2);
    return QCPRange(lo < 0 || !includeZero ? lo - pad : 0, hi + pad);
}

// The share of the plot's height the policy markers' labels take at its top,
// 0 without labels. addMarkers() staggers them over up to three rows, 7% of
// the axis rect apart from 2% down, each a line of text (about 16 px, more in
// workshop mode) high: measured on the axis rect as last laid out (charts are
// rebuilt on each result), a tenth of it before the first layout.
double markerLabelBand(const QCustomPlot *plot, const ChartTable &table)
{
    int rows = 0;
    for (const ChartMarker &m : table.markers)
        rows += m.month > 0 && m.month < table.months && !m.label.isEmpty() ? 1 : 0;
    rows = std::min(rows, 3);
    if (rows == 0)
        return 0.0;
    const int labelPx = plot->property("ccMarkerLabelPx").toInt();
    const double rowPx = (labelPx > 0 ? labelPx : 12) + 4;
    const int height = plot->axisRect() ? plot->axisRect()->rect().height() : 0;
    const double row = height > 40 ? rowPx / height : 0.09;
    // The data keep at least half the plot.
    return std::clamp(0.03 + 0.07 * (rows - 1) + row, 0.11, 0.5);
}

// `range` with room above its data for that band, so that no series runs
// under a label (the in-county rate near 90% did, under the reform's).
QCPRange belowMarkerLabels(QCPRange range, double band)
{
    if (band > 0)
        range.upper += range.size() * band / (1 - band);
    return range;
}

// The axes of a panel: the plot's own (0) or the lower axis rect (1).
QCPAxis *keyAxis(QCustomPlot *plot, int panel)
{
    return panel == 1 && plot->axisRectCount() > 1 ? plot->axisRect(1)->axis(QCPAxis::atBottom)
                                                   : plot->xAxis;
}

QCPAxis *valueAxis(QCustomPlot *plot, const ChartSeries &s)
{
    if (s.panel == 1 && plot->axisRectCount() > 1)
        return plot->axisRect(1)->axis(QCPAxis::atLeft);
    return s.rightAxis ? plot->yAxis2 : plot->yAxis;
}

// Adds the lower axis rect (between the chart and the legend) when the table
// has one, removes it when not; the two share the time axis (range, zoom,
// drag) and their left and right margins, so months line up.
QCPAxisRect *syncLowerPanel(QCustomPlot *plot, const ChartTable &table)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    QCPAxisRect *lower = plot->axisRectCount() > 1 ? plot->axisRect(1) : nullptr;
    if (!table.hasLowerPanel) {
        if (lower) {
            delete plot->axisRect(0)->marginGroup(QCP::msLeft); // detaches both rects
            layout->remove(lower);
            layout->simplify();
        }
        plot->xAxis->setTickLabels(true);
        return nullptr;
    }
    if (lower)
        return lower;
    layout->insertRow(2);
    lower = new QCPAxisRect(plot);
    layout->addElement(2, 0, lower);
    layout->setRowStretchFactor(1, 1.2);
    layout->setRowStretchFactor(2, 1.0);
    lower->setupFullAxesBox(false);
    auto *margins = new QCPMarginGroup(plot);
    plot->axisRect(0)->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    lower->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    QCPAxis *x = lower->axis(QCPAxis::atBottom);
    QObject::connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), x,
                     [x](const QCPRange &r) {
                         if (x->range() != r)
                             x->setRange(r);
                     });
    QObject::connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), plot->xAxis,
                     [main = plot->xAxis](const QCPRange &r) {
                         if (main->range() != r)
                             main->setRange(r);
                     });
    return lower;
}

void addGraph(QCustomPlot *plot, const ChartTable &table, const ChartSeries &s,
              const QVector<double> &keys, const QVector<double> &values)
{
    // Like plot->addGraph(), which makes a plain QCPGraph.
    QCPGraph *g = new ChartGraph(keyAxis(plot, s.panel), valueAxis(plot, s));
    g->setName(s.name);
    g->setPen(seriesPen(s));
    g->setData(keys, values, true);
    if (s.marker != 0) {
        const auto shape = static_cast<QCPScatterStyle::ScatterShape>(s.marker);
        g->setScatterStyle(QCPScatterStyle(shape, s.color, s.comparison ? Qt::white : s.color, 6));
        g->setScatterSkip(std::max(0, table.months / 10 - 1));
    }
}

// Policy changes: a vertical line at the start of each change month with a
// short label at the top of the axis rect (items named "policyMarker"). A plot
// with the property "ccMarkerLabelPx" (workshop mode on a projector) gets its
// labels at that pixel size, bold, whenever it is redrawn.
void addMarkers(QCustomPlot *plot, const ChartTable &table)
{
    int row = 0;
    for (const ChartMarker &m : table.markers) {
        if (m.month <= 0 || m.month >= table.months)
            continue;
        const double x = m.month - 0.5;
        auto *line = new QCPItemStraightLine(plot);
        line->setObjectName(QStringLiteral("policyMarker"));
        line->setProperty("ccMonth", m.month);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(
            QPen(QColor(0x55, 0x55, 0x55), 1.2, m.comparison ? Qt::DotLine : Qt::DashLine));
        line->setSelectable(false);
        if (plot->axisRectCount() > 1) {
            QCPAxisRect *lower = plot->axisRect(1);
            auto *copy = new QCPItemStraightLine(plot);
            copy->setObjectName(QStringLiteral("policyMarker"));
            copy->setProperty("ccMonth", m.month);
            copy->setClipAxisRect(lower);
            for (QCPItemPosition *p : {copy->point1, copy->point2})
                p->setAxes(lower->axis(QCPAxis::atBottom), lower->axis(QCPAxis::atLeft));
            copy->point1->setCoords(x, 0);
            copy->point2->setCoords(x, 1);
            copy->setPen(line->pen());
            copy->setSelectable(false);
        }
        if (m.label.isEmpty())
            continue;
        auto *text = new QCPItemText(plot);
        text->setObjectName(QStringLiteral("policyMarkerLabel"));
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        // Labels of neighbouring changes are staggered so they do not overlap.
        text->position->setCoords(x, 0.02 + 0.07 * (row++ % 3));
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setPadding(QMargins(3, 1, 3, 1));
        if (const int px = plot->property("ccMarkerLabelPx").toInt(); px > 0) {
            QFont big = plotFont(7, true);
            big.setPixelSize(px);
            text->setFont(big);
        } else {
            text->setFont(plotFont(7));
        }
        text->setColor(QColor(0x33, 0x33, 0x33));
        text->setBrush(QColor(255, 255, 255, 200));
        text->setText(m.label);
        text->setSelectable(false);
    }
}

} // namespace

void buildChart(QCustomPlot *plot, ChartKind kind, const ChartData &data)
{
    buildChart(plot, chartTable(kind, data));
}

void buildChart(QCustomPlot *plot, const ChartTable &table, Replot replot)
{
    QCPTextElement *title = ensureLayout(plot);
    plot->clearPlottables();
    plot->clearItems();
    for (QCPBarsGroup *g :
         plot->findChildren<QCPBarsGroup *>(QString(), Qt::FindDirectChildrenOnly))
        delete g;
    plot->setLocale(table.locale);
    plot->setProperty("ccChartKind", static_cast<int>(table.kind));
    title->setText(table.title);
    title->setFont(plotFont(11, true));
    plot->legend->setFont(plotFont(8));
    plot->legend->setIconSize(22, 10);

    styleAxis(plot->xAxis, QString());
    styleAxis(plot->yAxis, table.leftLabel);
    styleAxis(plot->yAxis2, table.rightLabel);
    plot->xAxis->setTicker(QSharedPointer<MonthTicker>::create(table.startYear, table.startMonth));
    plot->xAxis->setTickLabelRotation(0);
    plot->yAxis->setTicker(QSharedPointer<ValueTicker>::create(table.leftFormat, table.locale));
    plot->yAxis2->setTicker(QSharedPointer<ValueTicker>::create(table.rightFormat, table.locale));
    plot->yAxis2->setTickLabels(table.hasRightAxis);
    plot->yAxis2->setTicks(table.hasRightAxis);
    if (QCPAxisRect *lower = syncLowerPanel(plot, table)) {
        // The month labels go under the lower panel only.
        plot->xAxis->setTickLabels(false);
        QCPAxis *x = lower->axis(QCPAxis::atBottom);
        styleAxis(x, QString());
        x->setTicker(plot->xAxis->ticker());
        QCPAxis *y = lower->axis(QCPAxis::atLeft);
        styleAxis(y, table.lowerLabel);
        y->setTicker(QSharedPointer<ValueTicker>::create(table.lowerFormat, table.locale));
        QCPAxis *y2 = lower->axis(QCPAxis::atRight);
        y2->setTickLabels(false);
        y2->setTicks(false);
    }

    QVector<double> keys(table.months);
    for (int t = 0; t < table.months; ++t)
        keys[t] = t;

    QCPBarsGroup *yearEndGroup = nullptr;
    QCPBars *below[1] = {nullptr}; // top of the stack so far
    int stackIndex = 0;
    QVector<double> cmpStack(table.months, 0.0);
    QCPGraph *bandLow = nullptr;
    for (const ChartSeries &s : table.series) {
        switch (s.style) {
        case SeriesStyle::Line:
            addGraph(plot, table, s, keys, s.values);
            break;
        case SeriesStyle::Reference:
            addGraph(plot, table, s, keys, s.values);
            plot->graph()->setPen(QPen(s.color, 1.2, s.pen));
            break;
        case SeriesStyle::BandLow:
            addGraph(plot, table, s, keys, s.values);
            bandLow = plot->graph();
            bandLow->setPen(QPen(s.color, 1.0, s.pen));
            bandLow->removeFromLegend();
            break;
        case SeriesStyle::BandHigh: {
            addGraph(plot, table, s, keys, s.values);
            QCPGraph *high = plot->graph();
            high->setPen(QPen(s.color, 1.0, s.pen));
            QColor fill = s.color;
            fill.setAlpha(40);
            high->setBrush(fill);
            high->setChannelFillGraph(bandLow);
            break;
        }
        case SeriesStyle::StackedBars:
            if (s.comparison) {
                // The compared run's stack boundaries, as dashed lines.
                QVector<double> top(table.months);
                for (int t = 0; t < table.months; ++t)
                    top[t] = cmpStack[t] += (std::isfinite(s.values.value(t)) ? s.values[t] : 0);
                addGraph(plot, table, s, keys, top);
                break;
            } else {
                auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
                bars->setName(s.name);
                bars->setWidth(0.8);
                bars->setPen(QPen(s.color.darker(130), 0.5));
                // Out-of-county levels (after the three in-county ones) are
                // hatched, so the stack reads without colour.
                bars->setBrush(
                    QBrush(s.color, stackIndex >= 3 ? Qt::Dense3Pattern : Qt::SolidPattern));
                bars->setData(keys, s.values, true);
                if (below[0])
                    bars->moveAbove(below[0]);
                below[0] = bars;
                ++stackIndex;
            }
            break;
        case SeriesStyle::Bars: {
            if (!yearEndGroup) {
                yearEndGroup = new QCPBarsGroup(plot);
                yearEndGroup->setSpacingType(QCPBarsGroup::stAbsolute);
                yearEndGroup->setSpacing(1);
            }
            auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
            bars->setName(s.name);
            bars->setWidth(std::max(0.8, table.months / 30.0));
            QVector<double> k, v;
            for (int t = 0; t < s.values.size(); ++t)
                if (std::isfinite(s.values[t])) {
                    k << t;
                    v << s.values[t];
                }
            bars->setData(k, v, true);
            QColor fill = s.color;
            if (s.comparison) {
                fill.setAlpha(90);
                bars->setPen(QPen(s.color.darker(140), 1.4, Qt::DashLine));
                bars->setBrush(QBrush(fill, Qt::BDiagPattern));
            } else {
                bars->setPen(QPen(s.color.darker(130), 0.8));
                bars->setBrush(fill);
            }
            bars->setBarsGroup(yearEndGroup);
            break;
        }
        }
    }

    addMarkers(plot, table);
    plot->xAxis->setRange(-0.5, std::max(1, table.months) - 0.5);
    const double band = markerLabelBand(plot, table);
    plot->yAxis->setRange(belowMarkerLabels(dataRange(table, 0, false, table.leftFormat), band));
    if (table.hasRightAxis) {
        QCPRange right = dataRange(table, 0, true, table.rightFormat);
        if (table.rightAxisInLowerHalf)
            right.upper += right.size(); // its data stay in the lower half
        else
            right = belowMarkerLabels(right, band);
        plot->yAxis2->setRange(right);
    } else
        plot->yAxis2->setRange(plot->yAxis->range());

    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    for (QCPAxisRect *rect : plot->axisRects()) {
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(x, nullptr);
        rect->setRangeZoomAxes(x, nullptr);
    }
    if (table.hasLowerPanel && plot->axisRectCount() > 1) {
        QCPAxisRect *lower = plot->axisRect(1);
        lower->axis(QCPAxis::atBottom)->setRange(plot->xAxis->range());
        lower->axis(QCPAxis::atLeft)->setRange(dataRange(table, 1, false, table.lowerFormat));
        lower->axis(QCPAxis::atRight)->setRange(lower->axis(QCPAxis::atLeft)->range());
    }
    if (replot == Replot::Queued)
        plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace cc::charts
