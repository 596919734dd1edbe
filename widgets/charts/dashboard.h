#pragma once

#include "widgets/charts/charttable.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QCustomPlot;
class QDockWidget;
class QMainWindow;

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
    void setData(const ChartData &data);
    // Every chart to the whole county (-1) or one township.
    void setScope(int scope);

signals:
    void scopeChanged(int scope);

private:
    ChartData m_data;
    QVector<QPointer<QDockWidget>> m_docks;
    QVector<ChartPanel *> m_panels;
};

} // namespace cc::charts
