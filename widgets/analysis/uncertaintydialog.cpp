#include "widgets/analysis/uncertaintydialog.h"

#include "models/analysis/analysisinput.h"
#include "models/analysis/backgroundrun.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "models/sim/engine.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/analysis/bandchart.h"
#include "widgets/analysis/plotsave.h"

#include <qcustomplot.h>

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>

namespace cc::analysisui {

using analysis::Uncertain;

UncertaintyDialog::UncertaintyDialog(ProjectDocument *document, SimulationController *simulation,
                                     QWidget *parent)
    : QDialog(parent), m_document(document), m_simulation(simulation), m_draws(new QSpinBox(this)),
      m_seed(new QSpinBox(this)), m_run(new QPushButton(tr("&Run"), this)),
      m_cancel(new QPushButton(tr("&Cancel run"), this)),
      m_defaults(new QPushButton(tr("Restore &defaults"), this)),
      m_saveFund(new QPushButton(tr("Save &Fund Chart..."), this)),
      m_saveRate(new QPushButton(tr("Save &Rate Chart..."), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_deficit(new QLabel(this)),
      m_fundPlot(new QCustomPlot(this)), m_ratePlot(new QCustomPlot(this)),
      m_runner(new analysis::BackgroundRun(this))
{
    setObjectName(QStringLiteral("uncertaintyDialog"));
    setWindowTitle(tr("Uncertainty"));

    auto *rangesBox =
        new QGroupBox(tr("Uncertainty ranges (\u00b1 share of the project value)"), this);
    auto *form = new QFormLayout(rangesBox);
    for (int i = 0; i < analysis::kUncertainCount; ++i) {
        auto *box = new QDoubleSpinBox(rangesBox);
        const ParameterSpec &spec = settingSpec(analysis::uncertaintyKey(Uncertain(i)));
        box->setRange(100 * spec.minimum, 100 * spec.maximum);
        box->setDecimals(0);
        box->setPrefix(QStringLiteral("\u00b1"));
        box->setSuffix(QStringLiteral(" %"));
        box->setToolTip(
            QCoreApplication::translate("cc::Parameters", spec.help) + QStringLiteral("\n") +
            tr("Source: %1").arg(QCoreApplication::translate("cc::Parameters", spec.source)));
        m_ranges[static_cast<std::size_t>(i)] = box;
        form->addRow(analysis::uncertainLabel(Uncertain(i)), box);
    }
    const ParameterSpec &draws = settingSpec(SettingKey::UncertaintyDraws);
    m_draws->setRange(static_cast<int>(draws.minimum), static_cast<int>(draws.maximum));
    m_draws->setToolTip(QCoreApplication::translate("cc::Parameters", draws.help));
    form->addRow(tr("&Draws:"), m_draws);
    const ParameterSpec &seed = settingSpec(SettingKey::UncertaintySeed);
    m_seed->setRange(static_cast<int>(seed.minimum), static_cast<int>(seed.maximum));
    m_seed->setToolTip(QCoreApplication::translate("cc::Parameters", seed.help));
    form->addRow(tr("&Seed:"), m_seed);

    m_run->setDefault(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_deficit->setWordWrap(true);
    m_deficit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deficit->setTextFormat(Qt::RichText);
    QFont big = m_deficit->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_deficit->setFont(big);

    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(m_defaults);
    buttonsRow->addStretch(1);
    buttonsRow->addWidget(m_run);
    buttonsRow->addWidget(m_cancel);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(rangesBox);
    leftLayout->addLayout(buttonsRow);
    leftLayout->addWidget(m_progress);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_deficit);
    leftLayout->addStretch(1);

    auto *charts = new QSplitter(Qt::Vertical, this);
    m_fundPlot->setMinimumSize(560, 280);
    m_ratePlot->setMinimumSize(560, 280);
    charts->addWidget(m_fundPlot);
    charts->addWidget(m_ratePlot);

    // A fixed-width side panel, so its wrapped labels get the height they need.
    left->setFixedWidth(420);
    auto *main = new QHBoxLayout;
    main->addWidget(left);
    main->addWidget(charts, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    close->addButton(m_saveFund, QDialogButtonBox::ActionRole);
    close->addButton(m_saveRate, QDialogButtonBox::ActionRole);
    m_saveFund->setEnabled(false);
    m_saveRate->setEnabled(false);
    connect(m_saveFund, &QPushButton::clicked, this, [this] {
        savePlotAs(this, m_fundPlot, windowTitle(), QStringLiteral("fund-balance-bands.png"));
    });
    connect(m_saveRate, &QPushButton::clicked, this, [this] {
        savePlotAs(this, m_ratePlot, windowTitle(), QStringLiteral("in-county-rate-bands.png"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(close);
    resize(1280, 800);

    connect(m_run, &QPushButton::clicked, this, &UncertaintyDialog::run);
    connect(m_cancel, &QPushButton::clicked, m_runner, &analysis::BackgroundRun::cancel);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        const auto d = analysis::UncertaintyRanges::fromSettings(defaultSettings());
        for (int i = 0; i < analysis::kUncertainCount; ++i)
            m_ranges[static_cast<std::size_t>(i)]->setValue(
                100 * d.halfWidth[static_cast<std::size_t>(i)]);
        m_draws->setValue(d.draws);
        m_seed->setValue(static_cast<int>(d.seed));
    });
    connect(m_runner, &analysis::BackgroundRun::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        if (total > 0 && m_runner->isRunning())
            m_status->setText(tr("Draw %1 of %2...").arg(done).arg(total));
    });
    connect(m_runner, &analysis::BackgroundRun::finished, this, &UncertaintyDialog::finished);
    connect(m_document, &ProjectDocument::settingsChanged, this, [this] {
        if (!m_runner->isRunning())
            loadRanges();
    });
    loadRanges();
    m_status->setText(tr("Each draw runs the simulation with the choice coefficients and demand "
                         "rates drawn within their ranges (Latin hypercube); the choice constants "
                         "are refitted so every draw starts from the county's stated shares."));
}

UncertaintyDialog::~UncertaintyDialog() = default;

analysis::UncertaintyRanges UncertaintyDialog::ranges() const
{
    analysis::UncertaintyRanges r;
    for (int i = 0; i < analysis::kUncertainCount; ++i)
        r.halfWidth[static_cast<std::size_t>(i)] =
            m_ranges[static_cast<std::size_t>(i)]->value() / 100.0;
    r.draws = m_draws->value();
    r.seed = static_cast<std::uint64_t>(m_seed->value());
    return r;
}

void UncertaintyDialog::loadRanges()
{
    const auto r = analysis::UncertaintyRanges::fromSettings(m_document->project().settings);
    for (int i = 0; i < analysis::kUncertainCount; ++i)
        m_ranges[static_cast<std::size_t>(i)]->setValue(100 *
                                                        r.halfWidth[static_cast<std::size_t>(i)]);
    m_draws->setValue(r.draws);
    m_seed->setValue(static_cast<int>(r.seed));
}

void UncertaintyDialog::run()
{
    if (m_runner->isRunning())
        return;
    // The ranges belong to the project: a change is saved with it and undoable.
    ModelSettings settings = m_document->project().settings;
    const analysis::UncertaintyRanges wanted = ranges();
    wanted.writeTo(settings);
    if (settings != m_document->project().settings) {
        const edit::EditResult r = edit::setSettings(*m_document, settings);
        if (!r) {
            QMessageBox::warning(this, windowTitle(), r.error);
            return;
        }
    }
    const EntityId scenario = m_simulation ? m_simulation->scenario() : 0;
    auto input = std::make_shared<analysis::AnalysisInput>(
        analysis::compileForAnalysis(m_document->project(), scenario));
    m_scenarioName = input->scenarioName;
    analysis::MonteCarloOptions options;
    options.ranges = wanted;
    options.threads = std::max(1, QThread::idealThreadCount());
    auto pending = std::make_shared<analysis::MonteCarloResult>();
    auto base = std::make_shared<sim::Results>();
    m_pending = pending;
    m_pendingBase = base;
    setRunning(true);
    m_status->setText(tr("Running..."));
    m_runner->start([input, options, pending, base](analysis::RunControl &control) {
        *pending = analysis::runMonteCarlo(input->scenario, input->baseline, options, control);
        if (pending->completed)
            *base = sim::Engine(input->scenario).results();
    });
}

void UncertaintyDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_defaults->setEnabled(!running);
    for (QDoubleSpinBox *box : m_ranges)
        box->setEnabled(!running);
    m_draws->setEnabled(!running);
    m_seed->setEnabled(!running);
}

void UncertaintyDialog::finished(bool)
{
    setRunning(false);
    if (!m_pending || !m_pending->completed) {
        m_status->setText(tr("Canceled: no bands. The charts show the previous run, if any."));
        m_pending.reset();
        return;
    }
    m_result = std::move(*m_pending);
    m_base = m_pendingBase;
    m_pending.reset();
    m_saveFund->setEnabled(true);
    m_saveRate->setEnabled(true);
    showResult();
}

void UncertaintyDialog::showResult()
{
    const QLocale loc = locale();
    buildBandChart(m_fundPlot, BandKind::FundBalance, m_result, m_base.get(), loc);
    buildBandChart(m_ratePlot, BandKind::InCountyRate, m_result, m_base.get(), loc);
    m_status->setText(tr("Scenario \"%1\", %n draw(s). Dark band: half of the draws; light band: "
                         "90% of them.",
                         nullptr, m_result.draws)
                          .arg(m_scenarioName));
    const int deficits =
        static_cast<int>(std::lround(m_result.deficitProbability * m_result.draws));
    QString text =
        tr("Probability that the fund runs a deficit in at least one year "
           "(%1-%2): %3 (%4 of %5 draws).")
            .arg(m_result.years.empty() ? 0 : m_result.years.front())
            .arg(m_result.years.empty() ? 0 : m_result.years.back())
            .arg(loc.toString(100 * m_result.deficitProbability, 'f', 0) + QLatin1Char('%'))
            .arg(deficits)
            .arg(m_result.draws);
    QStringList byYear;
    for (std::size_t y = 0; y < m_result.years.size(); ++y)
        byYear << tr("%1: %2")
                      .arg(m_result.years[y])
                      .arg(loc.toString(100 * m_result.deficitProbabilityByYear[y], 'f', 0) +
                           QLatin1Char('%'));
    // The headline in bold, the breakdown and the definition in plain text.
    text = QStringLiteral("<b>%1</b><br>%2<br><small>%3</small>")
               .arg(text.toHtmlEscaped(),
                    tr("By year: %1").arg(byYear.join(QStringLiteral(", "))).toHtmlEscaped(),
                    tr("A deficit year: revenue minus payments and year-end settlements of that "
                       "calendar year is negative.")
                        .toHtmlEscaped());
    m_deficit->setText(text);
}

} // namespace cc::analysisui
