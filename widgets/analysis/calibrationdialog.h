#pragma once

#include "models/analysis/calibration.h"

#include <QDialog>
#include <array>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace cc {
class ProjectDocument;
namespace analysis {
class BackgroundRun;
}
} // namespace cc

namespace cc::analysisui {

// Analysis > Calibration (模型校准): the planner types the county's stated
// indicators (in-county treatment rate, in-county inpatient share, grassroots
// share, optionally the fund's claims-to-revenue ratio), presses Calibrate and
// reads, per indicator, the stated value, the modelled first-year average and
// the gap in points, whether the fit converged and, if not, why. Apply stores
// the targets, every service line's fitted constants and the claims scale as
// one undo step. The run works on a copy of the project off the GUI thread
// (Cancel stops it between rounds); a project changed meanwhile makes the
// result stale and Apply waits for a new run.
class CalibrationDialog : public QDialog {
    Q_OBJECT
public:
    explicit CalibrationDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~CalibrationDialog() override;

    QLineEdit *targetEdit(analysis::CalibrationIndicator i) const
    {
        return m_edits[static_cast<std::size_t>(i)];
    }
    QPushButton *calibrateButton() const { return m_calibrate; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    QTableWidget *table() const { return m_table; }
    QLabel *inputError() const { return m_inputError; }
    QLabel *summary() const { return m_summary; }
    analysis::BackgroundRun *runner() const { return m_runner; }
    // The last finished run (completed = false before one).
    const analysis::CalibrationFit &fit() const { return m_fit; }
    bool isStale() const { return m_stale; }

    // The targets as typed; false (and the message shown) when one is invalid.
    bool readTargets(analysis::CalibrationTargets *targets);

public slots:
    void calibrate();
    void apply();
    // Fills the fields from the project's stated indicators and clears the result.
    void loadTargets();

private:
    void validateInputs();
    void finished(bool completed);
    void showFit();
    void showStatedOnly();
    void fitTable();
    void setRunning(bool running);
    void projectChanged();
    void updateApply();

    ProjectDocument *m_document;
    std::array<QLineEdit *, analysis::kCalibrationIndicatorCount> m_edits{};
    QLabel *m_intro, *m_inputError, *m_summary, *m_problems;
    QPushButton *m_calibrate, *m_cancel, *m_apply;
    QProgressBar *m_progress;
    QTimer *m_showProgress;
    QTableWidget *m_table;
    analysis::BackgroundRun *m_runner;
    std::shared_ptr<analysis::CalibrationFit> m_pending;
    analysis::CalibrationFit m_fit;
    // Every change of the project after a run started makes its result stale.
    quint64 m_generation = 0, m_runGeneration = 0;
    bool m_stale = false, m_applied = false, m_applying = false;
};

} // namespace cc::analysisui
