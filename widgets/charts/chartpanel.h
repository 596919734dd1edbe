#pragma once

#include "widgets/charts/charttable.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QMouseEvent;
class QToolButton;

namespace cc::charts {

// One dashboard chart: the plot, a scope selector (whole county or one
// township) and an export button; hovering shows the nearest point's value.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(ChartKind kind, QWidget *parent = nullptr);

    ChartKind kind() const { return m_kind; }
    QCustomPlot *plot() const { return m_plot; }
    const ChartTable &table() const { return m_table; }
    const ChartData &data() const { return m_data; }
    void setData(const ChartData &data);
    void setScope(int scope);
    // Tooltip text for a point of the plot ("" when no point is near): public for tests.
    QString toolTipAt(const QPointF &pixel) const;

signals:
    void scopeChosen(int scope);

private:
    void rebuild();
    void refillScopes();
    void onMouseMove(QMouseEvent *event);
    void openExportDialog();

    ChartKind m_kind;
    ChartData m_data;
    ChartTable m_table;
    QCustomPlot *m_plot;
    QComboBox *m_scope;
    QToolButton *m_export;
};

} // namespace cc::charts
