#include "widgets/charts/dashboard.h"

#include "widgets/charts/chartpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

namespace cc::charts {

Dashboard::Dashboard(QObject *parent) : QObject(parent), m_updatingDelay(new QTimer(this))
{
    // A slider tick updates within a frame: no mark flickers for it.
    m_updatingDelay->setSingleShot(true);
    m_updatingDelay->setInterval(250);
    connect(m_updatingDelay, &QTimer::timeout, this, [this] { markUpdating(true); });
    for (ChartKind kind : allChartKinds()) {
        auto *dock = new QDockWidget(chartTabTitle(kind));
        dock->setObjectName(QStringLiteral("chart-%1").arg(QLatin1String(chartName(kind))));
        dock->toggleViewAction()->setText(chartTitle(kind));
        auto *panel = new ChartPanel(kind, dock);
        dock->setWidget(panel);
        m_docks << dock;
        m_panels << panel;
    }
}

Dashboard::~Dashboard()
{
    // Docks a window took over are the window's; the others are ours.
    for (const QPointer<QDockWidget> &dock : m_docks)
        if (dock && !dock->parent())
            delete dock.data();
}

void Dashboard::addDocksTo(QMainWindow *window)
{
    const auto area = [](ChartKind k) {
        return k == ChartKind::FundBalance || k == ChartKind::RevenuePayments ||
                       k == ChartKind::RetainedSurplus
                   ? Qt::BottomDockWidgetArea
                   : Qt::RightDockWidgetArea;
    };
    QDockWidget *first[2] = {nullptr, nullptr};
    for (ChartKind kind : allChartKinds()) {
        QDockWidget *d = dock(kind);
        const Qt::DockWidgetArea a = area(kind);
        window->addDockWidget(a, d);
        QDockWidget *&head = first[a == Qt::BottomDockWidgetArea];
        if (head)
            window->tabifyDockWidget(head, d);
        else
            head = d;
    }
    for (QDockWidget *head : first)
        if (head)
            head->raise();
}

QVector<QDockWidget *> Dashboard::docks() const
{
    QVector<QDockWidget *> all;
    for (const QPointer<QDockWidget> &d : m_docks)
        all << d.data();
    return all;
}

QDockWidget *Dashboard::dock(ChartKind kind) const
{
    return m_docks.value(static_cast<int>(kind));
}

ChartPanel *Dashboard::panel(ChartKind kind) const
{
    return m_docks.value(static_cast<int>(kind)) ? m_panels.value(static_cast<int>(kind)) : nullptr;
}

QCustomPlot *Dashboard::plot(ChartKind kind) const
{
    ChartPanel *p = panel(kind);
    return p ? p->plot() : nullptr;
}

void Dashboard::setData(const ChartData &data)
{
    m_data = data;
    for (int i = 0; i < m_panels.size(); ++i)
        if (m_docks[i])
            m_panels[i]->setData(data);
}

void Dashboard::setUpdating(bool updating)
{
    if (updating) {
        if (!m_updatingDelay->isActive())
            m_updatingDelay->start();
        return;
    }
    m_updatingDelay->stop();
    markUpdating(false);
}

void Dashboard::markUpdating(bool updating)
{
    for (int i = 0; i < m_panels.size(); ++i)
        if (m_docks[i])
            m_panels[i]->setUpdating(updating);
}

void Dashboard::setStale(const QString &reason)
{
    for (int i = 0; i < m_panels.size(); ++i)
        if (m_docks[i])
            m_panels[i]->setStale(reason);
}

void Dashboard::setScope(int scope)
{
    m_data.scope = scope;
    for (int i = 0; i < m_panels.size(); ++i)
        if (m_docks[i])
            m_panels[i]->setScope(scope);
    emit scopeChanged(scope);
}

} // namespace cc::charts
