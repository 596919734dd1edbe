#pragma once

#include "models/domain/entities.h"
#include "models/planner/planner.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace cc {
class ProjectDocument;
class SimulationController;
namespace analysis {
class BackgroundRun;
}
} // namespace cc

namespace cc::plannerui {

class CandidateModel;
class CatalogueDialog;
struct CandidateRow;
struct PlannerRun;

// Analysis > Investment Planner (投资规划, issue 20): for the scenario on show,
// an objective, a year and a budget in 万元, Run ranks every candidate of the
// catalogue on a worker thread over a copy of the project (the ranked rows
// fill in as they are evaluated; Cancel stops it and changes nothing), then
// shows the greedy portfolio with its cumulative gain, what it spends and the
// knapsack bound ("at most"); each pick of the portfolio shows as it is taken.
// A catalogue edit (the Catalogue... button) re-costs and re-ranks the list at
// once and asks for a new run before Apply. Apply writes the portfolio as a new scenario
// named after the budget, one undo step (edit::applyPortfolio), and emits
// applied() so the window can show it against the starting scenario.
class PlannerDialog : public QDialog {
    Q_OBJECT
public:
    PlannerDialog(ProjectDocument *document, SimulationController *simulation,
                  QWidget *parent = nullptr);
    ~PlannerDialog() override;

    QComboBox *objectiveBox() const { return m_objective; }
    QSpinBox *yearBox() const { return m_year; }
    QDoubleSpinBox *budgetBox() const { return m_budget; } // 万元
    QCheckBox *mergesBox() const { return m_merges; }
    // Draw the candidates on the map while the window is open.
    QCheckBox *mapBox() const { return m_onMap; }
    bool showsOnMap() const;
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    // Opens the investment catalogue (CatalogueDialog) over this window.
    QPushButton *catalogueButton() const { return m_catalogueButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *candidateView() const { return m_candidateView; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    CandidateModel *candidateModel() const { return m_model; }
    QTableWidget *portfolioTable() const { return m_portfolio; }
    analysis::BackgroundRun *runner() const { return m_runner; }
    // The last completed run's result; null before one (or after a cancel).
    const planner::PlanResult *result() const;
    // The scenario the last run started from.
    EntityId startScenario() const;
    // The name Apply would give the new scenario (unique in the project).
    QString newScenarioName() const;

public slots:
    void run();
    void cancel();
    // Opens the catalogue editor (window-modal); returns it.
    CatalogueDialog *editCatalogue();
    // Applies the last run's portfolio; false (with a message box unless quiet) when refused.
    bool apply(bool quiet = false);

signals:
    // A portfolio became scenario `created`, a copy of `from` plus the picks.
    void applied(cc::EntityId created, cc::EntityId from);
    // A row of the ranked list was selected: its target (a facility, or a village).
    void targetSelected(cc::EntityId targetId, bool isSettlement);
    // The candidates, their gains, the kind filter or showsOnMap() changed (for the map layer).
    void candidatesChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setRunning(bool running);
    void finished(bool completed);
    void showPortfolio();
    void fillPortfolio(const std::vector<planner::Pick> &picks, planner::Objective objective);
    void showProgress();
    void updateYears();
    void projectChanged();
    void catalogueChanged();
    // The rows' costs from the document's catalogue (gains stay); whether a
    // kind's number or capability gain differs from the run's, so its gains are stale.
    bool recost();
    void updateApply();

    ProjectDocument *m_document;
    SimulationController *m_simulation;
    QComboBox *m_objective, *m_kindFilter;
    QSpinBox *m_year;
    QDoubleSpinBox *m_budget;
    QCheckBox *m_merges, *m_onMap;
    QPushButton *m_run, *m_cancel, *m_apply, *m_catalogueButton;
    QProgressBar *m_progress;
    QLabel *m_status, *m_summary;
    CandidateModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_candidateView;
    QTableWidget *m_portfolio;
    analysis::BackgroundRun *m_runner;
    std::shared_ptr<PlannerRun> m_pending;  // the run going on
    std::shared_ptr<PlannerRun> m_done;     // the last completed run
    std::vector<planner::Pick> m_livePicks; // the pending run's picks so far
    int m_runNumber = 0;
    bool m_stale = false;   // the project changed since the last run started
    bool m_applied = false; // the last run's portfolio was applied
};

} // namespace cc::plannerui
