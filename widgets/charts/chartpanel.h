#pragma once

#include "widgets/charts/charttable.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace cc::charts {

// One dashboard chart: the plot, a scope selector (whole county or one
// township) and an export button; hovering shows the nearest point's value.
// New data redraws the chart once, and only when it can be seen: a panel hidden
// in a shown window (a closed dock, a tab behind another) redraws when shown.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(ChartKind kind, QWidget *parent = nullptr);

    ChartKind kind() const { return m_kind; }
    // The plot and its table, drawn from the latest data (a hidden panel draws now).
    QCustomPlot *plot() const;
    const ChartTable &table() const;
    const ChartData &data() const { return m_data; }
    void setData(const ChartData &data);
    void setScope(int scope);
    // Data arrived that this hidden panel has not drawn yet.
    bool isOutdated() const { return m_outdated; }
    // Whether the panel can be seen in its window: not closed and not a tab
    // behind another (Qt keeps those "visible", moved outside the window).
    bool isOnShow() const;
    // A discreet mark beside the scope: results are on their way (empty: none),
    // or the chart shows results of an earlier state, and why.
    void setUpdating(bool updating);
    void setStale(const QString &reason);
    QString statusText() const;
    // Tooltip text for a point of the plot ("" when no point is near): public for tests.
    QString toolTipAt(const QPointF &pixel) const;

signals:
    void scopeChosen(int scope);
    // The chart was drawn (once per setData or setScope while visible).
    void redrawn();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void rebuildWhenVisible();
    void updateStatus();
    void refillScopes();
    void onMouseMove(QMouseEvent *event);
    void openExportDialog();

    ChartKind m_kind;
    ChartData m_data;
    ChartTable m_table;
    QCustomPlot *m_plot;
    QComboBox *m_scope;
    QToolButton *m_export;
    QLabel *m_status;
    QStringList m_scopeNames; // the scope selector's items, "Whole county" first
    bool m_outdated = false;
    bool m_updating = false;
    QString m_staleReason;
};

} // namespace cc::charts
