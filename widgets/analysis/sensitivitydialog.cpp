#include "widgets/analysis/sensitivitydialog.h"

#include "models/analysis/analysisinput.h"
#include "models/analysis/backgroundrun.h"
#include "models/domain/projectdocument.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/analysis/plotsave.h"
#include "widgets/analysis/tornadochart.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <cmath>

namespace cc::analysisui {

using analysis::Indicator;

SensitivityDialog::SensitivityDialog(ProjectDocument *document, SimulationController *simulation,
                                     QWidget *parent)
    : QDialog(parent), m_document(document), m_simulation(simulation),
      m_indicator(new QComboBox(this)), m_step(new QDoubleSpinBox(this)),
      m_run(new QPushButton(tr("&Run"), this)), m_cancel(new QPushButton(tr("&Cancel run"), this)),
      m_save(new QPushButton(tr("&Save Chart..."), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_plot(new QCustomPlot(this)), m_table(new QTableWidget(this)),
      m_runner(new analysis::BackgroundRun(this))
{
    setObjectName(QStringLiteral("sensitivityDialog"));
    setWindowTitle(tr("Sensitivity"));
    for (int i = 0; i < analysis::kIndicatorCount; ++i)
        m_indicator->addItem(analysis::indicatorLabel(Indicator(i)), i);
    m_indicator->setToolTip(tr("The indicator whose change each bar shows (whole county, end of "
                               "the horizon)."));
    m_step->setRange(1, 50);
    m_step->setDecimals(0);
    m_step->setValue(10);
    m_step->setPrefix(QStringLiteral("\u00b1"));
    m_step->setSuffix(QStringLiteral(" %"));
    m_step->setToolTip(tr("Each parameter is moved down and up by this share of its value, within "
                          "its valid range; the others stay at the project's values."));
    m_run->setDefault(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing() + 4);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plot->setMinimumSize(640, 420);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Project value"), tr("Moved down to"),
                                        tr("Moved up to"), tr("Effect down"), tr("Effect up")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *controls = new QHBoxLayout;
    auto *indicatorLabel = new QLabel(tr("&Indicator:"), this);
    indicatorLabel->setBuddy(m_indicator);
    auto *stepLabel = new QLabel(tr("&Move each parameter by:"), this);
    stepLabel->setBuddy(m_step);
    controls->addWidget(indicatorLabel);
    controls->addWidget(m_indicator, 1);
    controls->addWidget(stepLabel);
    controls->addWidget(m_step);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this,
            [this] { savePlotAs(this, m_plot, windowTitle(), QStringLiteral("tornado.png")); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 760);

    connect(m_run, &QPushButton::clicked, this, &SensitivityDialog::run);
    connect(m_cancel, &QPushButton::clicked, m_runner, &analysis::BackgroundRun::cancel);
    connect(m_runner, &analysis::BackgroundRun::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_runner, &analysis::BackgroundRun::finished, this, &SensitivityDialog::finished);
    m_status->setText(tr("Choose an indicator and press Run. Each key parameter is moved down and "
                         "up in turn and the simulation is run again."));
}

SensitivityDialog::~SensitivityDialog() = default;

void SensitivityDialog::run()
{
    if (m_runner->isRunning())
        return;
    const EntityId scenario = m_simulation ? m_simulation->scenario() : 0;
    auto input = std::make_shared<analysis::AnalysisInput>(
        analysis::compileForAnalysis(m_document->project(), scenario));
    m_scenarioName = input->scenarioName;
    analysis::SensitivityOptions options;
    options.indicator = Indicator(m_indicator->currentData().toInt());
    options.step = m_step->value() / 100.0;
    options.threads = std::max(1, QThread::idealThreadCount());
    auto pending = std::make_shared<analysis::SensitivityResult>();
    m_pending = pending;
    setRunning(true);
    m_status->setText(tr("Running..."));
    m_runner->start([input, options, pending](analysis::RunControl &control) {
        *pending = analysis::runSensitivity(input->scenario, options, control);
    });
}

void SensitivityDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_indicator->setEnabled(!running);
    m_step->setEnabled(!running);
}

void SensitivityDialog::finished(bool)
{
    setRunning(false);
    if (!m_pending || !m_pending->completed) {
        m_status->setText(tr("Canceled: no results. The chart shows the previous run, if any."));
        m_pending.reset();
        return;
    }
    m_result = *m_pending;
    m_pending.reset();
    m_save->setEnabled(true);
    showResult();
}

void SensitivityDialog::showResult()
{
    const QLocale loc = locale();
    const Indicator indicator = m_result.indicator;
    const QString title =
        tr("%1: %2 with the project's values (scenario \"%3\")")
            .arg(analysis::indicatorLabel(indicator),
                 formatIndicator(indicator, m_result.baseIndicator, loc), m_scenarioName);
    buildTornado(m_plot, m_result, title, loc);
    const int shown = std::min(15, static_cast<int>(m_result.entries.size()));
    QString text = tr("Each bar: the change of the indicator when one parameter moves by %1, all "
                      "else equal.")
                       .arg(QStringLiteral("\u00b1") + loc.toString(100 * m_result.step, 'g', 3) +
                            QLatin1Char('%'));
    if (shown < static_cast<int>(m_result.entries.size()))
        text +=
            QLatin1Char(' ') + tr("The %1 largest of %2 effects are drawn; the table lists all.")
                                   .arg(shown)
                                   .arg(m_result.entries.size());
    if (!m_result.skipped.empty())
        text += QLatin1Char(' ') + tr("%n parameter(s) at zero were not moved.", nullptr,
                                      static_cast<int>(m_result.skipped.size()));
    m_status->setText(text);

    m_table->setRowCount(static_cast<int>(m_result.entries.size()));
    const auto value = [&](double v) { return loc.toString(v, 'g', 6); };
    for (int i = 0; i < static_cast<int>(m_result.entries.size()); ++i) {
        const analysis::SensitivityEntry &e = m_result.entries[static_cast<std::size_t>(i)];
        const QStringList cells = {
            analysis::leverLabel(e.lever),
            value(e.baseValue),
            value(e.lowValue),
            value(e.highValue),
            formatEffect(indicator, e.lowEffect(m_result.baseIndicator), loc),
            formatEffect(indicator, e.highEffect(m_result.baseIndicator), loc)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

} // namespace cc::analysisui
