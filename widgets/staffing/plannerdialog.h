#pragma once

#include "models/staffing/postingplanner.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace cc {

class ProjectDocument;

// The posting planner: options, a run off the GUI thread with progress and
// cancel, the proposals with their gain, and accepting all or the checked ones
// as one undo step.
class PlannerDialog : public QDialog {
    Q_OBJECT
public:
    PlannerDialog(ProjectDocument *document, EntityId scenarioId, QWidget *parent = nullptr);
    ~PlannerDialog() override;

    void run();
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    const staffing::PlannerResult &result() const { return m_result; }
    QTreeWidget *proposals() const { return m_list; }
    // Adds the checked (or all) proposals as one undo step; false when refused.
    bool accept(bool all);
    staffing::PlannerOptions options() const;

signals:
    void finishedRun();

private:
    void finished();
    void setRunning(bool running);

    ProjectDocument *m_document;
    EntityId m_scenario;
    QSpinBox *m_count, *m_start, *m_months;
    QDoubleSpinBox *m_fte;
    QCheckBox *m_gps, *m_specialists, *m_juniors, *m_thisScenario;
    QPushButton *m_run, *m_cancel, *m_acceptChecked, *m_acceptAll;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_list;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QFutureWatcher<staffing::PlannerResult> m_watcher;
    staffing::PlannerResult m_result;
};

} // namespace cc
