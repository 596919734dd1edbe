#pragma once

#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "widgets/charts/charttable.h"

#include <QObject>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;

namespace cc {

class MainWindow;
class PolicyTimeline;
class ScenarioComparisonView;
class SimulationController;

// Scenarios in the main window (issue 6 items 3-4): the Scenario menu and
// toolbar (new from the baseline, duplicate, rename, delete, compare with...),
// a second simulation for the compared scenario whose series the dashboard
// overlays dashed, the side-by-side comparison table dock and the policy
// schedule timeline dock. Every change is an undo command (models/edit).
class ScenarioManager : public QObject {
    Q_OBJECT
public:
    ScenarioManager(MainWindow *window, ProjectDocument *document);
    ~ScenarioManager() override;

    // The scenario the window shows (the document's), and the compared one (0: none).
    EntityId shownScenario() const;
    EntityId comparedScenario() const { return m_compared; }
    void setComparedScenario(EntityId scenarioId);
    void showScenario(EntityId scenarioId);
    SimulationController *compareSimulation() const { return m_compareSim.get(); }

    // Adds the comparison (when its results are ready) and the policy change
    // markers to chart data of the shown scenario.
    void decorate(charts::ChartData &data) const;

    // The edits behind the actions, without dialogs (the actions ask first).
    edit::EditResult newScenario(const QString &name);
    edit::EditResult duplicateShown(const QString &name);
    edit::EditResult renameShown(const QString &name);
    edit::EditResult deleteShown();

    PolicyTimeline *timeline() const { return m_timeline; }
    ScenarioComparisonView *comparisonView() const { return m_table; }
    QComboBox *scenarioBox() const { return m_scenarioBox; }
    QComboBox *compareBox() const { return m_compareBox; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    QDockWidget *comparisonDock() const { return m_comparisonDock; }

signals:
    // The chart data should be rebuilt (compared results arrived, comparison changed).
    void chartsChanged();

private:
    void createActions();
    void createToolBar();
    void createDocks();
    void reloadBoxes();
    // Brings the simulation (after a reset or when its scenario disappeared),
    // the timeline (after a reset) and the comparison in line with the
    // document's scenario on show.
    void syncScenario(bool projectReset);
    void updateActions();
    void updateTable();
    void askNew();
    void askDuplicate();
    void askRename();
    void askDelete();
    void askCompare();
    // Asks for a scenario name until it is valid or the user cancels.
    QString askName(const QString &title, const QString &label, const QString &initial,
                    EntityId renaming);
    QString scenarioName(EntityId id) const;
    void report(const edit::EditResult &result, const QString &title);

    MainWindow *m_window;
    ProjectDocument *m_document;
    EntityId m_compared = 0;
    std::unique_ptr<SimulationController> m_compareSim;
    QComboBox *m_scenarioBox = nullptr;
    QComboBox *m_compareBox = nullptr;
    PolicyTimeline *m_timeline = nullptr;
    QLabel *m_timelineMessage = nullptr;
    ScenarioComparisonView *m_table = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_comparisonDock = nullptr;
    QAction *m_new = nullptr, *m_duplicate = nullptr, *m_rename = nullptr, *m_delete = nullptr,
            *m_compare = nullptr, *m_stopCompare = nullptr;
};

} // namespace cc
