#pragma once

#include "models/analysis/montecarlo.h"

#include <QDialog>
#include <array>
#include <memory>

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cc {
class ProjectDocument;
class SimulationController;
namespace analysis {
class BackgroundRun;
}
} // namespace cc

namespace cc::analysisui {

// Analysis > Uncertainty: the uncertainty ranges of the choice coefficients and
// demand rates (stored in the project; changing them is one undo step), the
// number of draws and the seed; Run draws a Latin hypercube sample on all
// cores (Cancel stops it) and shows the fund balance and the in-county rate
// with their 50% and 90% bands and the probability of a fund deficit.
class UncertaintyDialog : public QDialog {
    Q_OBJECT
public:
    UncertaintyDialog(ProjectDocument *document, SimulationController *simulation,
                      QWidget *parent = nullptr);
    ~UncertaintyDialog() override;

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCustomPlot *fundPlot() const { return m_fundPlot; }
    QCustomPlot *ratePlot() const { return m_ratePlot; }
    QLabel *deficitLabel() const { return m_deficit; }
    QSpinBox *drawsBox() const { return m_draws; }
    QSpinBox *seedBox() const { return m_seed; }
    QDoubleSpinBox *rangeBox(analysis::Uncertain u) const
    {
        return m_ranges[static_cast<std::size_t>(u)];
    }
    analysis::BackgroundRun *runner() const { return m_runner; }
    const analysis::MonteCarloResult &result() const { return m_result; }

    // The ranges as the boxes show them.
    analysis::UncertaintyRanges ranges() const;

public slots:
    void run();
    // Loads the boxes from the project's settings.
    void loadRanges();

private:
    void finished(bool completed);
    void showResult();
    void setRunning(bool running);

    ProjectDocument *m_document;
    SimulationController *m_simulation;
    std::array<QDoubleSpinBox *, analysis::kUncertainCount> m_ranges{};
    QSpinBox *m_draws, *m_seed;
    QPushButton *m_run, *m_cancel, *m_defaults, *m_saveFund, *m_saveRate;
    QProgressBar *m_progress;
    QLabel *m_status, *m_deficit;
    QCustomPlot *m_fundPlot, *m_ratePlot;
    analysis::BackgroundRun *m_runner;
    std::shared_ptr<analysis::MonteCarloResult> m_pending;
    std::shared_ptr<sim::Results> m_pendingBase;
    analysis::MonteCarloResult m_result;
    std::shared_ptr<sim::Results> m_base;
    QString m_scenarioName;
};

} // namespace cc::analysisui
