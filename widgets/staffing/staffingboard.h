#pragma once

#include "models/simulation/simulationcontroller.h"
#include "models/staffing/staffingrules.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QComboBox;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QScrollArea;
class QSortFilterProxyModel;
class QToolButton;

namespace cc {

class NeedView;
class ProjectDocument;
class RosterModel;
class TimelineView;

// The staffing board (县招乡用, "county hires, township uses"): roster, postings
// timeline, need vs posted, the rules, a problems panel listing the rules'
// violations (activating one jumps to its cause) and the staffing indicators.
// Every change goes through models/staffing/staffingedits.h, one undo command each.
class StaffingBoard : public QWidget {
    Q_OBJECT
public:
    enum Tab { RosterTab, PostingsTab, NeedTab, RulesTab };
    StaffingBoard(ProjectDocument *document, SimulationController *simulation,
                  QWidget *parent = nullptr);

    EntityId scenario() const;
    void showTab(Tab tab);

    // Parts, for the main window's actions and for tests.
    TimelineView *timeline() const { return m_timeline; }
    QTableView *rosterView() const { return m_rosterView; }
    RosterModel *rosterModel() const { return m_roster; }
    QSortFilterProxyModel *rosterProxy() const { return m_proxy; }
    QLineEdit *rosterSearch() const { return m_search; }
    QTreeWidget *problems() const { return m_problems; }
    NeedView *needView() const { return m_need; }
    const QVector<staffing::Violation> &violations() const { return m_violations; }

    // Creates a posting after asking for months and FTE (the drop on the
    // timeline). With `ask` false the defaults are used (tests, keyboard).
    bool createPosting(EntityId staffId, EntityId facilityId, int month, bool ask = true);
    bool changePosting(const Posting &posting);
    bool editPosting(EntityId postingId);
    bool removePosting(EntityId postingId);

public slots:
    void addStaff();
    void editSelectedStaff();
    void removeSelectedStaff();
    void importStaffCsv();
    void openPlanner();
    void refresh();
    void activateProblem(int index);

signals:
    void statusMessage(const QString &message, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitTimeline(); // the whole horizon in view, while "Whole Horizon" is on
    void scheduleRefresh();
    void refreshNeed();
    void report(bool ok, const QString &error, const QVector<staffing::Violation> &warnings,
                const QString &done);
    QWidget *createRosterTab();
    QWidget *createPostingsTab();
    QWidget *createRulesTab();
    void updateRulesTab();
    QVector<EntityId> selectedStaff() const;

    ProjectDocument *m_document;
    SimulationController *m_simulation;
    QVector<staffing::Violation> m_violations;
    bool m_refreshPending = false;
    QLabel *m_indicators;
    QTabWidget *m_tabs;
    RosterModel *m_roster;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_rosterView;
    QLineEdit *m_search;
    QComboBox *m_roleFilter;
    QScrollArea *m_timelineScroll;
    TimelineView *m_timeline;
    QToolButton *m_wholeHorizon;
    QComboBox *m_rowsMode;
    QTreeWidget *m_problems;
    NeedView *m_need;
    QWidget *m_rules;
    bool m_updatingRules = false;
};

} // namespace cc
