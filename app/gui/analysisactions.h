#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace cc {

class MainWindow;
class ProjectDocument;

namespace analysisui {
class CalibrationDialog;
class SensitivityDialog;
class UncertaintyDialog;
} // namespace analysisui
namespace plannerui {
class PlannerDialog;
}

// Analysis > Calibration..., Sensitivity..., Uncertainty... and Investment
// Planner...: opens the analysis dialogs (non-modal, one of each, kept while
// the window lives). A portfolio the planner applies is shown at once,
// compared with the scenario it started from.
//
// For screenshots, COUNTYCARE_ANALYSIS_DEMO=calibration, =sensitivity,
// =uncertainty or =planner opens that dialog and runs it once the first
// simulation results are in.
class AnalysisActions : public QObject {
    Q_OBJECT
public:
    AnalysisActions(ProjectDocument *document, MainWindow *window);

    QAction *calibrationAction() const { return m_calibration; }
    QAction *sensitivityAction() const { return m_sensitivity; }
    QAction *uncertaintyAction() const { return m_uncertainty; }
    QAction *plannerAction() const { return m_planner; }
    analysisui::CalibrationDialog *calibrationDialog();
    analysisui::SensitivityDialog *sensitivityDialog();
    analysisui::UncertaintyDialog *uncertaintyDialog();
    plannerui::PlannerDialog *plannerDialog();

private:
    void demo();
    void demoPlanner();
    // The planner's candidates on the map while its window is open; a row
    // selected in its ranked list selects and centres its target on the map.
    void showCandidatesOnTheMap(plannerui::PlannerDialog *dialog);

    ProjectDocument *m_document;
    MainWindow *m_window;
    QAction *m_calibration;
    QAction *m_sensitivity;
    QAction *m_uncertainty;
    QAction *m_planner;
    QPointer<analysisui::CalibrationDialog> m_calibrationDialog;
    QPointer<analysisui::SensitivityDialog> m_sensitivityDialog;
    QPointer<analysisui::UncertaintyDialog> m_uncertaintyDialog;
    QPointer<plannerui::PlannerDialog> m_plannerDialog;
};

} // namespace cc
