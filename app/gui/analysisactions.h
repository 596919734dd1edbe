#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace cc {

class MainWindow;
class ProjectDocument;

namespace analysisui {
class SensitivityDialog;
class UncertaintyDialog;
} // namespace analysisui

// Analysis > Sensitivity... and Analysis > Uncertainty...: opens the two
// analysis dialogs (non-modal, one of each, kept while the window lives).
//
// For screenshots, COUNTYCARE_ANALYSIS_DEMO=sensitivity or =uncertainty opens
// that dialog and runs it once the first simulation results are in.
class AnalysisActions : public QObject {
    Q_OBJECT
public:
    AnalysisActions(ProjectDocument *document, MainWindow *window);

    QAction *sensitivityAction() const { return m_sensitivity; }
    QAction *uncertaintyAction() const { return m_uncertainty; }
    analysisui::SensitivityDialog *sensitivityDialog();
    analysisui::UncertaintyDialog *uncertaintyDialog();

private:
    void demo();

    ProjectDocument *m_document;
    MainWindow *m_window;
    QAction *m_sensitivity;
    QAction *m_uncertainty;
    QPointer<analysisui::SensitivityDialog> m_sensitivityDialog;
    QPointer<analysisui::UncertaintyDialog> m_uncertaintyDialog;
};

} // namespace cc
