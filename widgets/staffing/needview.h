#pragma once

#include "models/domain/project.h"
#include "models/staffing/staffingneed.h"

#include <QWidget>

class QCustomPlot;
class QComboBox;
class QLabel;
class QTableWidget;

namespace cc {

class MonthSpinBox;

// Need vs posted (WISN): a table of every in-county facility and a bar chart of
// the township centres and county hospitals for one month, FTE needed against
// FTE posted; shortfalls in red.
class NeedView : public QWidget {
    Q_OBJECT
public:
    explicit NeedView(QWidget *parent = nullptr);
    // `need` empty (months 0) until a simulation has run.
    void setData(const Project &project, const staffing::StaffingNeed &need);
    int month() const;
    void setMonth(int month);
    QTableWidget *table() const { return m_table; }
    QCustomPlot *plot() const { return m_plot; }
    // Rows in the table shown as short of staff (posted < needed).
    int shortfallCount() const { return m_shortfalls; }

signals:
    void facilityActivated(cc::EntityId facilityId, int month);

private:
    void refill();

    Project m_project;
    staffing::StaffingNeed m_need;
    MonthSpinBox *m_month;
    QComboBox *m_scope;
    QLabel *m_summary;
    QTableWidget *m_table;
    QCustomPlot *m_plot;
    int m_shortfalls = 0;
};

} // namespace cc
