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

// Analysis > Calibration..., Sensitivity... and Uncertainty...: opens the
// analysis dialogs (non-modal, one of each, kept while the window lives).
//
// For screenshots, COUNTYCARE_ANALYSIS_DEMO=calibration, =sensitivity or
// =uncertainty opens that dialog and runs it once the first simulation results
// are in.
class AnalysisActions : public QObject {
    Q_OBJECT
public:
    AnalysisActions(ProjectDocument *document, MainWindow *window);

    QAction *calibrationAction() const { return m_calibration; }
    QAction *sensitivityAction() const { return m_sensitivity; }
    QAction *uncertaintyAction() const { return m_uncertainty; }
    analysisui::CalibrationDialog *calibrationDialog();
    analysisui::SensitivityDialog *sensitivityDialog();
    analysisui::UncertaintyDialog *uncertaintyDialog();

private:
    void demo();

    ProjectDocument *m_document;
    MainWindow *m_window;
    QAction *m_calibration;
    QAction *m_sensitivity;
    QAction *m_uncertainty;
    QPointer<analysisui::CalibrationDialog> m_calibrationDialog;
    QPointer<analysisui::SensitivityDialog> m_sensitivityDialog;
    QPointer<analysisui::UncertaintyDialog> m_uncertaintyDialog;
};

} // namespace cc
