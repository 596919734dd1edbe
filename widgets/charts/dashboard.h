#pragma once

#include "widgets/charts/charttable.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QCustomPlot;
class QDockWidget;
class QMainWindow;
class QTimer;

namespace cc::charts {

class ChartPanel;

// The six charts as dock widgets ("chart-<name>" object names, so a window's
// saveState() remembers them). It knows nothing of how results are made:
// whoever runs the simulation calls setData() with each new snapshot.
class Dashboard : public QObject {
    Q_OBJECT
public:
    explicit Dashboard(QObject *parent = nullptr);
    ~Dashboard() override;

    // Adds every dock to `window`: indicator charts tabbed on the right, fund
    // charts tabbed at the bottom (the user can rearrange them).
    void addDocksTo(QMainWindow *window);
    QVector<QDockWidget *> docks() const;
    QDockWidget *dock(ChartKind kind) const;
    ChartPanel *panel(ChartKind kind) const;
    QCustomPlot *plot(ChartKind kind) const;

    const ChartData &data() const { return m_data; }
    // Every chart shows the data; those hidden redraw when shown.
    void setData(const ChartData &data);
    // Results are on their way: after a moment (a quick update shows nothing)
    // every chart shows a discreet mark until they arrive.
    void setUpdating(bool updating);
    // The charts show results of an earlier state of the project, and why (the
    // reason the newer one was refused); empty: they are current.
    void setStale(const QString &reason);
    // Every chart to the whole county (-1) or one township.
    void setScope(int scope);

signals:
    void scopeChanged(int scope);

private:
    void markUpdating(bool updating);

    ChartData m_data;
    QTimer *m_updatingDelay;
    QVector<QPointer<QDockWidget>> m_docks;
    QVector<ChartPanel *> m_panels;
};

} // namespace cc::charts
