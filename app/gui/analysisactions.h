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
class CatalogueDialog;
class PlannerDialog;
} // namespace plannerui

// Analysis > Calibration..., Sensitivity..., Uncertainty..., Investment
// Planner... and Investment Catalogue...: opens the analysis dialogs
// (non-modal, one of each, kept while the window lives; the catalogue editor
// is window-modal and goes when closed). A portfolio the planner applies is
// shown at once, compared with the scenario it started from.
//
// For screenshots, COUNTYCARE_ANALYSIS_DEMO=calibration, =sensitivity,
// =uncertainty or =planner opens that dialog and runs it once the first
// simulation results are in; =catalogue opens the catalogue editor.
class AnalysisActions : public QObject {
    Q_OBJECT
public:
    AnalysisActions(ProjectDocument *document, MainWindow *window);

    QAction *calibrationAction() const { return m_calibration; }
    QAction *sensitivityAction() const { return m_sensitivity; }
    QAction *uncertaintyAction() const { return m_uncertainty; }
    QAction *plannerAction() const { return m_planner; }
    QAction *catalogueAction() const { return m_catalogue; }
    analysisui::CalibrationDialog *calibrationDialog();
    analysisui::SensitivityDialog *sensitivityDialog();
    analysisui::UncertaintyDialog *uncertaintyDialog();
    plannerui::PlannerDialog *plannerDialog();
    // Opens a catalogue editor over the window and returns it.
    plannerui::CatalogueDialog *editCatalogue();

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
    QAction *m_catalogue;
    QPointer<analysisui::CalibrationDialog> m_calibrationDialog;
    QPointer<analysisui::SensitivityDialog> m_sensitivityDialog;
    QPointer<analysisui::UncertaintyDialog> m_uncertaintyDialog;
    QPointer<plannerui::PlannerDialog> m_plannerDialog;
};

} // namespace cc
