#include "widgets/charts/chartpanel.h"

#include "widgets/charts/chartbuilder.h"
#include "widgets/charts/exportdialog.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

namespace cc::charts {

ChartPanel::ChartPanel(ChartKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_plot(new QCustomPlot(this)), m_scope(new QComboBox(this)),
      m_export(new QToolButton(this)), m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("Scope:"), this);
    scopeLabel->setBuddy(m_scope);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setToolTip(tr("Whole county or one township"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export->setText(tr("Export..."));
    m_export->setToolTip(tr("Export this chart as PNG, SVG, PDF or its data as CSV"));
    m_export->setObjectName(QStringLiteral("export"));
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addStretch(1);
    m_status->setObjectName(QStringLiteral("status"));
    bar->addWidget(m_status);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setMinimumSize(280, 200);
    m_plot->setMouseTracking(true);
    refillScopes();

    connect(m_scope, &QComboBox::activated, this, [this](int index) {
        const int scope = m_scope->itemData(index).toInt();
        setScope(scope);
        emit scopeChosen(scope);
    });
    connect(m_export, &QToolButton::clicked, this, &ChartPanel::openExportDialog);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartPanel::onMouseMove);
    // A tab raised in a dock area gets no show event (it was never hidden,
    // only moved out of sight): its dock says it is seen again.
    if (auto *dock = qobject_cast<QDockWidget *>(parent))
        connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible && m_outdated && isOnShow())
                rebuild();
        });
    rebuild();
}

void ChartPanel::setData(const ChartData &data)
{
    const int scope = m_data.scope;
    m_data = data;
    // A panel keeps the township it shows while it exists in the new results.
    if (data.scope == -1 && scope >= 0 && data.results && scope < data.results->townships)
        m_data.scope = scope;
    refillScopes();
    rebuildWhenVisible();
}

void ChartPanel::setScope(int scope)
{
    if (m_data.results && scope >= m_data.results->townships)
        scope = -1;
    m_data.scope = scope;
    const int index = m_scope->findData(scope);
    if (index >= 0)
        m_scope->setCurrentIndex(index);
    rebuildWhenVisible();
}

QCustomPlot *ChartPanel::plot() const
{
    // Whoever reads the plot (an export, the report) reads the latest data.
    if (m_outdated)
        const_cast<ChartPanel *>(this)->rebuild();
    return m_plot;
}

const ChartTable &ChartPanel::table() const
{
    if (m_outdated)
        const_cast<ChartPanel *>(this)->rebuild();
    return m_table;
}

bool ChartPanel::isOnShow() const
{
    // A tab behind another stays visible to Qt but lies outside the window:
    // nothing of it is left to see.
    return isVisible() && !visibleRegion().isEmpty();
}

void ChartPanel::rebuildWhenVisible()
{
    // Out of sight inside a window on screen (a tab behind another, a closed
    // dock): draw when shown. A panel of no window on screen (an export, a
    // test) draws now.
    if (window() != this && window()->isVisible() && !isOnShow()) {
        m_outdated = true;
        return;
    }
    rebuild();
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_outdated)
        rebuild();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A dock squeezed to nothing by its neighbours comes back by a resize.
    if (m_outdated && isOnShow())
        rebuild();
}

void ChartPanel::setUpdating(bool updating)
{
    m_updating = updating;
    updateStatus();
}

void ChartPanel::setStale(const QString &reason)
{
    m_staleReason = reason;
    updateStatus();
}

QString ChartPanel::statusText() const
{
    return m_status->text();
}

void ChartPanel::updateStatus()
{
    if (!m_staleReason.isEmpty()) {
        m_status->setText(tr("Out of date"));
        m_status->setToolTip(
            tr("These are the results of an earlier state of the project: %1").arg(m_staleReason));
        m_status->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    } else if (m_updating) {
        m_status->setText(tr("Updating..."));
        m_status->setToolTip(tr("New results are being computed"));
        m_status->setStyleSheet(QStringLiteral("color: #888888;"));
    } else {
        m_status->clear();
        m_status->setToolTip(QString());
    }
}

void ChartPanel::refillScopes()
{
    const QSignalBlocker block(m_scope);
    const int townships = m_data.results ? m_data.results->townships : 0;
    QStringList names{tr("Whole county")};
    for (int w = 0; w < townships; ++w)
        names << (w < m_data.townshipNames.size() ? m_data.townshipNames.at(w)
                                                  : tr("Township %1").arg(w + 1));
    // Refilling the same names would still resize the selector and lay out
    // the dock again on every result: only a changed list is refilled.
    if (names != m_scopeNames) {
        m_scopeNames = names;
        m_scope->clear();
        for (int i = 0; i < names.size(); ++i)
            m_scope->addItem(names.at(i), i - 1);
    }
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(m_data.scope)));
    // The fund is the county's: no township choice on fund charts.
    const bool fund = m_kind == ChartKind::FundBalance || m_kind == ChartKind::RevenuePayments ||
                      m_kind == ChartKind::RetainedSurplus;
    m_scope->setEnabled(!fund && townships > 0);
}

void ChartPanel::rebuild()
{
    m_outdated = false;
    m_table = chartTable(m_kind, m_data);
    buildChart(m_plot, m_table, Replot::ByCaller);
    m_plot->replot();
    emit redrawn();
}

QString ChartPanel::toolTipAt(const QPointF &pixel) const
{
    if (m_table.months <= 0)
        return QString();
    // The panel under the mouse (the care chart has a second one below).
    int panel = 0;
    if (m_table.hasLowerPanel && m_plot->axisRectCount() > 1 &&
        m_plot->axisRect(1)->rect().contains(pixel.toPoint()))
        panel = 1;
    QCPAxisRect *rect = m_plot->axisRect(panel);
    const int t =
        static_cast<int>(std::lround(rect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x())));
    if (t < 0 || t >= m_table.months)
        return QString();
    const double nearPx = 24;
    double best = nearPx;
    const ChartSeries *bestSeries = nullptr;
    double stack = 0, cmpStack = 0;
    for (const ChartSeries &s : m_table.series) {
        if (s.panel != panel)
            continue;
        const double v = s.values.value(t, qQNaN());
        if (!std::isfinite(v))
            continue;
        QCPAxis *axis = panel == 1    ? rect->axis(QCPAxis::atLeft)
                        : s.rightAxis ? m_plot->yAxis2
                                      : m_plot->yAxis;
        double top = v, base = v;
        if (s.style == SeriesStyle::StackedBars) {
            double &acc = s.comparison ? cmpStack : stack;
            base = acc;
            top = acc += v;
        }
        double distance = std::fabs(axis->coordToPixel(top) - pixel.y());
        if (s.style == SeriesStyle::StackedBars && !s.comparison) {
            const double y0 = axis->coordToPixel(base), y1 = axis->coordToPixel(top);
            distance = pixel.y() >= std::min(y0, y1) && pixel.y() <= std::max(y0, y1) ? 0 : best;
        } else if (s.style == SeriesStyle::Bars) {
            const double y0 = axis->coordToPixel(0), y1 = axis->coordToPixel(v);
            distance =
                pixel.y() >= std::min(y0, y1) - 4 && pixel.y() <= std::max(y0, y1) + 4 ? 0 : best;
        }
        if (distance < best || (distance == 0 && !bestSeries)) {
            best = distance;
            bestSeries = &s;
        }
    }
    if (!bestSeries)
        return QString();
    return QStringLiteral("%1\n%2: %3")
        .arg(bestSeries->name, m_table.yearMonth(t),
             formatValue(bestSeries->values.value(t), m_table.formatOf(*bestSeries),
                         m_table.locale));
}

void ChartPanel::onMouseMove(QMouseEvent *event)
{
    const QString text = toolTipAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void ChartPanel::openExportDialog()
{
    ExportDialog dialog(m_kind, m_data, this);
    dialog.exec();
}

} // namespace cc::charts
