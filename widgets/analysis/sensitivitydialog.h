#pragma once

#include "models/analysis/sensitivity.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cc {
class ProjectDocument;
class SimulationController;
namespace analysis {
class BackgroundRun;
}
} // namespace cc

namespace cc::analysisui {

// Analysis > Sensitivity: pick an indicator, Run, watch the progress (Cancel
// stops it), read the tornado and the table of exact values. Runs on the
// scenario the simulation shows, as the project is when Run is pressed.
class SensitivityDialog : public QDialog {
    Q_OBJECT
public:
    SensitivityDialog(ProjectDocument *document, SimulationController *simulation,
                      QWidget *parent = nullptr);
    ~SensitivityDialog() override;

    QComboBox *indicatorBox() const { return m_indicator; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCustomPlot *plot() const { return m_plot; }
    analysis::BackgroundRun *runner() const { return m_runner; }
    // The last completed run (completed = false before one).
    const analysis::SensitivityResult &result() const { return m_result; }

public slots:
    void run();

private:
    void finished(bool completed);
    void showResult();
    void setRunning(bool running);

    ProjectDocument *m_document;
    SimulationController *m_simulation;
    QComboBox *m_indicator;
    QDoubleSpinBox *m_step;
    QPushButton *m_run, *m_cancel, *m_save;
    QProgressBar *m_progress;
    QLabel *m_status;
    QCustomPlot *m_plot;
    QTableWidget *m_table;
    analysis::BackgroundRun *m_runner;
    std::shared_ptr<analysis::SensitivityResult> m_pending;
    analysis::SensitivityResult m_result;
    QString m_scenarioName;
};

} // namespace cc::analysisui
