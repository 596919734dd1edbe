#include "widgets/analysis/tornadochart.h"

#include "widgets/charts/chartformat.h"
#include "widgets/charts/charttable.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace cc::analysisui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cc::analysisui::Tornado)
};

using analysis::Indicator;
using analysis::IndicatorUnit;

class EffectTicker : public QCPAxisTicker {
public:
    EffectTicker(Indicator indicator, QLocale locale) : m_indicator(indicator), m_locale(locale) {}

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        if (std::fabs(tick) < 1e-12)
            tick = 0;
        if (analysis::indicatorUnit(m_indicator) == IndicatorUnit::Yuan)
            return charts::formatYuanTick(tick, m_locale);
        return m_locale.toString(tick, 'g', 4);
    }

private:
    Indicator m_indicator;
    QLocale m_locale;
};

QString signedPercent(double step, const QLocale &locale, bool up)
{
    return (up ? QStringLiteral("+") : QStringLiteral("\u2212")) +
           locale.toString(100 * step, 'g', 3) + QLatin1Char('%');
}

} // namespace

double effectInAxisUnits(Indicator indicator, double effect)
{
    return analysis::indicatorUnit(indicator) == IndicatorUnit::Share ? 100 * effect : effect;
}

QString effectAxisLabel(Indicator indicator)
{
    switch (analysis::indicatorUnit(indicator)) {
    case IndicatorUnit::Share:
        return Text::tr("Change in percentage points");
    case IndicatorUnit::Yuan:
        return Text::tr("Change in yuan");
    case IndicatorUnit::Years:
        return Text::tr("Change in years");
    }
    return QString();
}

QString formatEffect(Indicator indicator, double effect, const QLocale &locale)
{
    const QString sign = effect > 0 ? QStringLiteral("+") : QString();
    switch (analysis::indicatorUnit(indicator)) {
    case IndicatorUnit::Share:
        return Text::tr("%1 pp").arg(sign + locale.toString(100 * effect, 'f', 2));
    case IndicatorUnit::Yuan:
        return Text::tr("%1 yuan").arg(sign + charts::formatYuan(effect, locale));
    case IndicatorUnit::Years:
        return Text::tr("%1 years").arg(sign + locale.toString(effect, 'g', 3));
    }
    return QString();
}

QString formatIndicator(Indicator indicator, double value, const QLocale &locale)
{
    switch (analysis::indicatorUnit(indicator)) {
    case IndicatorUnit::Share:
        return charts::formatPercent(100 * value, locale, 2);
    case IndicatorUnit::Yuan:
        return Text::tr("%1 yuan").arg(charts::formatYuan(value, locale));
    case IndicatorUnit::Years:
        return Text::tr("%n year(s)", nullptr, static_cast<int>(std::lround(value)));
    }
    return QString();
}

void buildTornado(QCustomPlot *plot, const analysis::SensitivityResult &result,
                  const QString &title, const QLocale &locale, int maxRows)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    auto *titleElement = qobject_cast<QCPTextElement *>(layout->element(0, 0));
    if (!titleElement) {
        layout->insertRow(0);
        titleElement = new QCPTextElement(plot, QString());
        layout->addElement(0, 0, titleElement);
    }
    titleElement->setText(title);
    titleElement->setFont(charts::plotFont(11, true));
    plot->clearPlottables();
    plot->clearItems();
    plot->setLocale(locale);
    const QFont font = charts::plotFont(9);
    const Indicator indicator = result.indicator;

    const int rows = std::min(maxRows, static_cast<int>(result.entries.size()));
    auto *low = new QCPBars(plot->yAxis, plot->xAxis);
    auto *high = new QCPBars(plot->yAxis, plot->xAxis);
    low->setName(signedPercent(result.step, locale, false));
    high->setName(signedPercent(result.step, locale, true));
    // Okabe-Ito: vermilion for the lever moved down, blue for up (colour-blind safe).
    low->setBrush(charts::okabeIto::vermilion());
    low->setPen(QPen(charts::okabeIto::vermilion().darker(130), 0.5));
    high->setBrush(charts::okabeIto::blue());
    high->setPen(QPen(charts::okabeIto::blue().darker(130), 0.5));
    // The two bars of a row share the row: down half below, up half above.
    low->setWidth(0.38);
    high->setWidth(0.38);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double extent = 0;
    for (int i = 0; i < rows; ++i) {
        const analysis::SensitivityEntry &e = result.entries[static_cast<std::size_t>(i)];
        const double key = rows - i; // largest swing on top
        const double dl = effectInAxisUnits(indicator, e.lowEffect(result.baseIndicator));
        const double dh = effectInAxisUnits(indicator, e.highEffect(result.baseIndicator));
        low->addData(key - 0.2, dl);
        high->addData(key + 0.2, dh);
        extent = std::max({extent, std::fabs(dl), std::fabs(dh)});
        ticker->addTick(key, analysis::leverLabel(e.lever));
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.4, rows + 0.6);
    plot->yAxis->setTickLabelFont(font);
    plot->yAxis->setSubTicks(false);
    plot->yAxis->grid()->setVisible(false);
    plot->yAxis->setLabel(QString());

    plot->xAxis->setTicker(QSharedPointer<EffectTicker>::create(indicator, locale));
    plot->xAxis->setLabel(effectAxisLabel(indicator));
    plot->xAxis->setLabelFont(font);
    plot->xAxis->setTickLabelFont(font);
    if (extent <= 0)
        extent = indicator == Indicator::DeficitYears ? 1.0 : 1e-3;
    plot->xAxis->setRange(-1.1 * extent, 1.1 * extent);
    plot->xAxis->grid()->setZeroLinePen(QPen(Qt::black, 1.0));

    plot->legend->setVisible(true);
    plot->legend->setFont(font);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot->setInteractions(QCP::Interactions());
    plot->replot();
}

} // namespace cc::analysisui
