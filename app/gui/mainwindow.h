#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace cc::charts {
class Dashboard;
}

namespace cc {

class Autosaver;
class FileActions;
class MapEditor;
class PolicyPanel;
class PropertyEditor;
class MapScene;
class MapView;
class ProjectDocument;
class ScenarioManager;
class SimulationController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ProjectDocument *document, QWidget *parent = nullptr);

    ProjectDocument *document() const { return m_document; }
    FileActions *fileActions() const { return m_fileActions; }
    Autosaver *autosaver() const { return m_autosaver; }
    MapView *mapView() const { return m_mapView; }
    MapEditor *mapEditor() const { return m_mapEditor; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    PolicyPanel *policyPanel() const { return m_policy; }
    SimulationController *simulation() const { return m_simulation; }
    charts::Dashboard *dashboard() const { return m_dashboard; }
    ScenarioManager *scenarios() const { return m_scenarios; }
    // The menus, for the features that add their actions (each installs itself
    // from the constructor): File, Edit, Map, Scenario, Analysis, View, Help.
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *mapMenu() const { return m_mapMenu; }
    QMenu *scenarioMenu() const { return m_scenarioMenu; }
    QMenu *analysisMenu() const { return m_analysisMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    // The status-bar indicator values (explain-this-number hooks into it).
    QLabel *indicatorsLabel() const { return m_indicators; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createMenus();
    void stackBottomDocksOnTheRight();
    void joinTheFundChartsUnderTheMap();
    void giveTheMapRoom();
    // The scenario and month selectors get a toolbar row of their own when the
    // toolbars do not fit one row, instead of falling into its overflow menu.
    void keepTheSelectorsInView();
    void createDocks();
    void updateTitle();
    void updateStatusSummary();
    void showIndicators();
    // Chart data changed (markers, the comparison): redraw unless results are on their way.
    void updateCharts();
    void drawCharts();
    void showResults();
    void showBusy(bool busy);
    void showRefusal(const QString &reason);
    void exportReport();

    ProjectDocument *m_document;
    FileActions *m_fileActions;
    Autosaver *m_autosaver;
    MapScene *m_mapScene;
    MapView *m_mapView;
    PropertyEditor *m_properties;
    PolicyPanel *m_policy;
    SimulationController *m_simulation;
    QLabel *m_indicators;
    MapEditor *m_mapEditor;
    QLabel *m_summary;
    charts::Dashboard *m_dashboard;
    QAction *m_reportAction;
    QMenu *m_fileMenu, *m_editMenu, *m_mapMenu, *m_scenarioMenu, *m_analysisMenu, *m_viewMenu,
        *m_helpMenu;
    QToolBar *m_toolBar;
    ScenarioManager *m_scenarios = nullptr;
    bool m_chartsOutdated = false; // chart data changed while results were on their way
    QString m_refusal;             // the status-bar message of a refused project
};

} // namespace cc
