#include "widgets/planner/plannerdialog.h"

#include "models/analysis/backgroundrun.h"
#include "models/domain/labels.h"
#include "models/domain/projectdocument.h"
#include "models/edit/investmentedits.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/planner/candidatemodel.h"
#include "widgets/planner/cataloguedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <atomic>

namespace cc::plannerui {

using planner::Objective;

// One run: the copy of the project the planner reads (the document may change
// meanwhile), the planner itself (Apply needs its candidates) and its result.
// The worker writes it; the GUI thread reads it only after finished().
struct PlannerRun {
    Project project;
    EntityId scenario = 0;
    Objective objective = Objective::InCountyRate;
    int year = 0;
    double budgetYuan = 0;
    bool includeMerges = false;
    std::unique_ptr<planner::Planner> planner;
    planner::PlanResult result;
    std::atomic<int> round{0}, done{0}, total{0};
    std::atomic<bool> listed{false};
};

namespace {

// The default budget: 20 million yuan, the issue's question ("with 20 million
// yuan, what should we build, equip or staff first?").
constexpr double kDefaultBudgetTenThousand = 2000;

} // namespace

PlannerDialog::PlannerDialog(ProjectDocument *document, SimulationController *simulation,
                             QWidget *parent)
    : QDialog(parent), m_document(document), m_simulation(simulation),
      m_objective(new QComboBox(this)), m_kindFilter(new QComboBox(this)),
      m_year(new QSpinBox(this)), m_budget(new QDoubleSpinBox(this)),
      m_merges(new QCheckBox(tr("Include village clinic &merges"), this)),
      m_onMap(new QCheckBox(tr("On the &map"), this)), m_run(new QPushButton(tr("&Run"), this)),
      m_cancel(new QPushButton(tr("&Cancel run"), this)),
      m_apply(new QPushButton(tr("&Apply as New Scenario"), this)),
      m_catalogueButton(new QPushButton(tr("Ca&talogue..."), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_summary(new QLabel(this)),
      m_model(new CandidateModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_candidateView(new QTableView(this)), m_portfolio(new QTableWidget(this)),
      m_runner(new analysis::BackgroundRun(this))
{
    setObjectName(QStringLiteral("plannerDialog"));
    setWindowTitle(tr("Investment Planner"));

    for (int i = 0; i < planner::kObjectiveCount; ++i)
        m_objective->addItem(planner::objectiveLabel(static_cast<Objective>(i)), i);
    m_budget->setRange(0, 1e6);
    m_budget->setDecimals(0);
    m_budget->setSingleStep(100);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setValue(kDefaultBudgetTenThousand);
    m_merges->setChecked(false);
    m_merges->setToolTip(tr("Closing a clinic is a decision about access, not an investment: "
                            "merges are candidates only when this is checked."));

    // The question in two compact rows above the tables, so the tables get
    // the window's whole width (it often shares the screen with the map).
    auto *settings = new QGroupBox(tr("Question"), this);
    auto *grid = new QGridLayout(settings);
    const auto label = [settings](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, settings);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Objective:"), m_objective), 0, 0);
    grid->addWidget(m_objective, 0, 1, 1, 3);
    grid->addWidget(label(tr("&Year:"), m_year), 0, 4);
    grid->addWidget(m_year, 0, 5);
    grid->addWidget(label(tr("&Budget (10,000 yuan):"), m_budget), 0, 6);
    grid->addWidget(m_budget, 0, 7);
    grid->addWidget(m_merges, 1, 0, 1, 2);
    grid->addWidget(m_catalogueButton, 1, 2);
    grid->addWidget(m_progress, 1, 3, 1, 3);
    grid->addWidget(m_run, 1, 6);
    grid->addWidget(m_cancel, 1, 7);
    grid->addWidget(m_status, 2, 0, 1, 8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_catalogueButton->setToolTip(
        tr("What each kind of action costs and does, with its source (saved in the project)"));
    connect(m_catalogueButton, &QPushButton::clicked, this, &PlannerDialog::editCatalogue);
    m_run->setDefault(true);
    m_cancel->setEnabled(false);
    m_apply->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The ranked candidates, best gain per 10,000 yuan first, filterable by kind.
    m_kindFilter->addItem(tr("All actions"), -1);
    for (int k = 0; k < kInvestmentKindCount; ++k)
        m_kindFilter->addItem(investmentKindLabel(static_cast<InvestmentKind>(k)), k);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CandidateModel::SortRole);
    m_proxy->setFilterRole(CandidateModel::KindRole);
    m_proxy->setFilterKeyColumn(CandidateModel::Rank);
    m_proxy->setDynamicSortFilter(true);
    m_candidateView->setObjectName(QStringLiteral("plannerCandidates"));
    m_candidateView->setModel(m_proxy);
    m_candidateView->setSortingEnabled(true);
    m_candidateView->sortByColumn(CandidateModel::Rank, Qt::AscendingOrder);
    m_candidateView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidateView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidateView->verticalHeader()->hide();
    m_candidateView->horizontalHeader()->setSectionResizeMode(CandidateModel::Action,
                                                              QHeaderView::Stretch);
    // The numbers as wide as their headers; the action takes what is left.
    for (const int column :
         {CandidateModel::Rank, CandidateModel::Target, CandidateModel::Cost,
          CandidateModel::Saving, CandidateModel::Gain, CandidateModel::GainPerCost})
        m_candidateView->horizontalHeader()->setSectionResizeMode(column,
                                                                  QHeaderView::ResizeToContents);
    auto *rankedBox = new QGroupBox(tr("Candidates, best gain per 10,000 yuan first"), this);
    auto *rankedLayout = new QVBoxLayout(rankedBox);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"), rankedBox);
    filterLabel->setBuddy(m_kindFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_kindFilter, 1);
    filterRow->addWidget(m_onMap);
    m_onMap->setChecked(true);
    m_onMap->setToolTip(tr("Draw the candidates on the map, each target's disc as large as the "
                           "best gain there"));
    connect(m_onMap, &QCheckBox::toggled, this, &PlannerDialog::candidatesChanged);
    rankedLayout->addLayout(filterRow);
    rankedLayout->addWidget(m_candidateView);

    m_portfolio->setObjectName(QStringLiteral("plannerPortfolio"));
    m_portfolio->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_portfolio->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_portfolio->verticalHeader()->hide();
    auto *portfolioBox = new QGroupBox(tr("Proposed portfolio"), this);
    auto *portfolioLayout = new QVBoxLayout(portfolioBox);
    portfolioLayout->addWidget(m_summary);
    portfolioLayout->addWidget(m_portfolio, 1);
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    applyRow->addWidget(m_apply);
    portfolioLayout->addLayout(applyRow);

    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(rankedBox);
    tables->addWidget(portfolioBox);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(settings);
    layout->addWidget(tables, 1);
    layout->addWidget(close);
    resize(960, 720);

    connect(m_run, &QPushButton::clicked, this, &PlannerDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &PlannerDialog::cancel);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_runner, &analysis::BackgroundRun::progress, this, &PlannerDialog::showProgress);
    connect(m_runner, &analysis::BackgroundRun::finished, this, &PlannerDialog::finished);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kindFilter->currentData().toInt();
        m_proxy->setFilterRegularExpression(kind < 0 ? QString()
                                                     : QStringLiteral("^%1$").arg(kind));
        emit candidatesChanged();
    });
    connect(m_candidateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const int row = m_proxy->mapToSource(current).row();
                if (row >= 0 && row < m_model->rows().size())
                    emit targetSelected(m_model->rows()[row].targetId,
                                        m_model->rows()[row].targetIsSettlement);
            });
    // A change of the project makes the last run's candidates stale for Apply.
    connect(m_document, &ProjectDocument::entityChanged, this, &PlannerDialog::projectChanged);
    connect(m_document, &ProjectDocument::policyChanged, this, &PlannerDialog::projectChanged);
    connect(m_document, &ProjectDocument::settingsChanged, this, &PlannerDialog::projectChanged);
    connect(m_document, &ProjectDocument::boundaryChanged, this, &PlannerDialog::projectChanged);
    connect(m_document, &ProjectDocument::projectReset, this, &PlannerDialog::projectChanged);
    connect(m_document, &ProjectDocument::catalogueChanged, this, &PlannerDialog::catalogueChanged);
    connect(m_document, &ProjectDocument::readOnlyChanged, this, &PlannerDialog::updateApply);
    updateYears();
    showPortfolio();
    m_status->setText(tr("Each candidate is applied to the scenario on show with the incremental "
                         "engine and its gain read in the chosen year; the portfolio is chosen "
                         "greedily by gain per 10,000 yuan, re-evaluating after each pick."));
}

PlannerDialog::~PlannerDialog()
{
    // The worker posts to this dialog: stop it before anything it touches goes.
    m_runner->cancel();
    m_runner->waitForFinished();
}

bool PlannerDialog::showsOnMap() const
{
    return m_onMap->isChecked() && isVisible();
}

void PlannerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    emit candidatesChanged();
}

void PlannerDialog::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    emit candidatesChanged();
}

const planner::PlanResult *PlannerDialog::result() const
{
    return m_done ? &m_done->result : nullptr;
}

EntityId PlannerDialog::startScenario() const
{
    return m_done ? m_done->scenario : 0;
}

void PlannerDialog::updateYears()
{
    const Project &p = m_document->project();
    const int first = static_cast<int>(p.settings[SettingKey::StartYear]);
    const int last = std::max(first, planner::Planner::defaultYear(p));
    const bool atLast = m_year->value() == m_year->maximum() || m_year->value() < first;
    m_year->setRange(first, last);
    if (atLast)
        m_year->setValue(last);
}

void PlannerDialog::projectChanged()
{
    if (!m_runner->isRunning())
        updateYears();
    if (m_pending || m_done) {
        m_stale = true;
        updateApply();
    }
}

CatalogueDialog *PlannerDialog::editCatalogue()
{
    auto *dialog = new CatalogueDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void PlannerDialog::catalogueChanged()
{
    projectChanged(); // the portfolio was chosen under the old costs: run again to apply
    if (m_runner->isRunning() || !m_done)
        return; // a run going on is re-costed when it finishes
    const bool gainsStale = recost();
    m_status->setText(
        gainsStale
            ? tr("The catalogue changed: costs and ranks follow it, but the gains of actions "
                 "whose number or capability gain changed are from the last run. Run again for "
                 "gains and a portfolio under the new catalogue.")
            : tr("The catalogue changed: costs and ranks follow it. Run again for a portfolio "
                 "under the new catalogue."));
    emit candidatesChanged();
}

bool PlannerDialog::recost()
{
    if (!m_done || !m_done->planner)
        return false;
    const InvestmentCatalogue &now = m_document->project().catalogue;
    const InvestmentCatalogue &then = m_done->project.catalogue;
    const int years = m_done->planner->horizonYears();
    bool gainsStale =
        planner::isCoverage(m_done->objective) && now.goldenHourMinutes != then.goldenHourMinutes;
    const QVector<CandidateRow> &rows = m_model->rows();
    for (int i = 0; i < rows.size(); ++i) {
        const InvestmentCost &cost = now.cost(rows[i].kind);
        const InvestmentCost &old = then.cost(rows[i].kind);
        gainsStale =
            gainsStale || cost.units != old.units || cost.capabilityGain != old.capabilityGain;
        m_model->setCost(i, planner::candidateCostYuan(cost, years),
                         planner::candidateSavingYuan(cost, years));
    }
    return gainsStale;
}

void PlannerDialog::updateApply()
{
    m_apply->setEnabled(m_done && !m_done->result.portfolio.empty() && !m_stale && !m_applied &&
                        !m_document->isReadOnly() && !m_runner->isRunning());
    if (m_done && m_stale && !m_applied)
        m_apply->setToolTip(tr("The project changed since this run: run again to apply."));
    else
        m_apply->setToolTip(tr("Save the portfolio as a new scenario (one undo step)"));
}

void PlannerDialog::run()
{
    if (m_runner->isRunning())
        return;
    auto run = std::make_shared<PlannerRun>();
    run->project = m_document->project();
    run->scenario = m_simulation && run->project.scenarios.contains(m_simulation->scenario())
                        ? m_simulation->scenario()
                        : run->project.baselineScenarioId();
    run->objective = static_cast<Objective>(m_objective->currentData().toInt());
    run->year = m_year->value();
    run->budgetYuan = m_budget->value() * 10000;
    run->includeMerges = m_merges->isChecked();
    m_pending = run;
    m_stale = false;
    const int number = ++m_runNumber;
    m_model->clear();
    m_model->setObjective(run->objective);
    m_livePicks.clear();
    setRunning(true);
    showPortfolio();
    m_status->setText(tr("Listing the candidates..."));

    PlannerDialog *dialog = this;
    m_runner->start([run, number, dialog](analysis::RunControl &control) {
        planner::CandidateOptions candidateOptions;
        candidateOptions.includeMerges = run->includeMerges;
        run->planner = std::make_unique<planner::Planner>(
            run->project, run->scenario, run->objective, run->year, candidateOptions);
        // The dialog outlives the worker (its destructor waits), so queued
        // calls to it are safe; a later run ignores an earlier run's.
        QMetaObject::invokeMethod(
            dialog,
            [dialog, number, rows = candidateRows(*run->planner, run->project)]() mutable {
                if (number == dialog->m_runNumber)
                    dialog->m_model->setRows(std::move(rows));
                emit dialog->candidatesChanged();
            },
            Qt::QueuedConnection);
        run->listed = true;
        planner::PlanOptions options;
        options.budgetYuan = run->budgetYuan;
        options.cancelled = [&control] { return control.isCanceled(); };
        options.progress = [run, &control](int round, int done, int total) {
            run->round = round;
            run->done = done;
            run->total = total;
            control.setTotal(total);
        };
        options.evaluated = [dialog, number](int candidate, double gain) {
            QMetaObject::invokeMethod(
                dialog,
                [dialog, number, candidate, gain] {
                    if (number == dialog->m_runNumber) {
                        dialog->m_model->setGain(candidate, gain);
                        emit dialog->candidatesChanged();
                    }
                },
                Qt::QueuedConnection);
        };
        // The portfolio grows pick by pick: each shows as it is taken.
        options.picked = [dialog, number](const planner::Pick &pick) {
            QMetaObject::invokeMethod(
                dialog,
                [dialog, number, pick] {
                    if (number == dialog->m_runNumber && dialog->m_pending) {
                        dialog->m_livePicks.push_back(pick);
                        dialog->showPortfolio();
                    }
                },
                Qt::QueuedConnection);
        };
        run->result = run->planner->plan(options);
        if (run->result.cancelled)
            control.cancel();
    });
}

void PlannerDialog::cancel()
{
    m_runner->cancel();
}

void PlannerDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_objective->setEnabled(!running);
    m_year->setEnabled(!running);
    m_budget->setEnabled(!running);
    m_merges->setEnabled(!running);
    updateApply();
}

void PlannerDialog::showProgress()
{
    const std::shared_ptr<PlannerRun> run = m_pending;
    if (!run || !m_runner->isRunning() || !run->listed)
        return;
    const int total = run->total, done = run->done, round = run->round;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    if (total == 0)
        return;
    if (round == 0)
        m_status->setText(tr("Evaluating candidate %1 of %2...").arg(done).arg(total));
    else
        m_status->setText(tr("Choosing investment %1: candidate %2 of %3...")
                              .arg(round + 1)
                              .arg(done)
                              .arg(total));
}

void PlannerDialog::finished(bool completed)
{
    const std::shared_ptr<PlannerRun> run = std::move(m_pending);
    m_pending.reset();
    m_livePicks.clear();
    if (!completed || !run || !run->planner || run->result.cancelled) {
        m_status->setText(tr("Canceled: the project is unchanged. The ranking shows the "
                             "candidates evaluated so far; there is no portfolio."));
        m_done.reset();
        m_progress->setValue(0);
        setRunning(false);
        showPortfolio();
        return;
    }
    m_done = run;
    m_applied = false;
    // The final gains (the rows already have them; this makes them exact after any drop).
    for (int i = 0; i < static_cast<int>(run->result.firstGain.size()); ++i)
        m_model->setGain(i, run->result.firstGain[static_cast<std::size_t>(i)]);
    // The catalogue changed while it ran: the costs shown follow it (Apply waits for a new run).
    if (m_document->project().catalogue != run->project.catalogue)
        recost();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_status->setText(tr("%n candidate(s) evaluated, %1 evaluations in all.", nullptr,
                         static_cast<int>(run->planner->candidates().size()))
                          .arg(QLocale().toString(run->result.evaluations)));
    setRunning(false);
    showPortfolio();
    emit candidatesChanged();
}

void PlannerDialog::showPortfolio()
{
    const QStringList headers = {tr("Rank"),
                                 tr("Action"),
                                 tr("Where"),
                                 tr("Cost (10,000 yuan)"),
                                 tr("Gain (%1)").arg(gainUnit(m_model->objective())),
                                 tr("Cumulative gain"),
                                 tr("Spent (10,000 yuan)")};
    m_portfolio->clear();
    m_portfolio->setColumnCount(headers.size());
    m_portfolio->setHorizontalHeaderLabels(headers);
    m_portfolio->setRowCount(0);
    updateApply();
    // While a run goes on, the picks so far (none while it ranks).
    if (m_pending && m_livePicks.empty()) {
        m_summary->setText(tr("The portfolio shows here pick by pick once the candidates are "
                              "ranked."));
        return;
    }
    if (m_pending) {
        fillPortfolio(m_livePicks, m_pending->objective);
        const QLocale locale;
        double spent = 0;
        for (const planner::Pick &pick : m_livePicks)
            spent += pick.costYuan;
        m_summary->setText(
            tr("Choosing the portfolio: %n investment(s) so far, spending %1 (10,000 yuan), "
               "gain %2 %3...",
               nullptr, static_cast<int>(m_livePicks.size()))
                .arg(tenThousandYuanText(spent, locale),
                     gainText(m_pending->objective, m_livePicks.back().cumulativeGain, locale),
                     gainUnit(m_pending->objective)));
        return;
    }
    if (!m_done) {
        m_summary->setText(tr("Run the planner to see the portfolio it proposes."));
        return;
    }
    const PlannerRun &run = *m_done;
    const planner::PlanResult &r = run.result;
    const QLocale locale;
    const Objective o = run.objective;
    fillPortfolio(r.portfolio, o);
    const double total = r.portfolio.empty() ? 0 : r.portfolio.back().cumulativeGain;
    const QString scenario = scenarioLabel(run.project.scenarios.value(run.scenario));
    const QString headline =
        tr("%n investment(s) spend %1 of %2 (10,000 yuan) and gain %3 %4 in %5.", nullptr,
           static_cast<int>(r.portfolio.size()))
            .arg(tenThousandYuanText(r.spentYuan, locale),
                 tenThousandYuanText(run.budgetYuan, locale), gainText(o, total, locale),
                 gainUnit(o))
            .arg(run.year);
    // The bound is over the gains on their own: investments that compete for
    // the same patients add up to less.
    const QString bound = tr("At most %1 %2 for this budget (a bound from the gains on their own).")
                              .arg(gainText(o, std::max(r.upperBound, total), locale), gainUnit(o));
    // The objective's level in the starting scenario: rates as percentages.
    const QString level = o == Objective::InCountyRate || o == Objective::InpatientShare
                              ? locale.toString(100 * r.baseValue, 'f', 2) + QLatin1Char('%')
                              : gainText(o, r.baseValue, locale) + QLatin1Char(' ') + gainUnit(o);
    const QString start = tr("Against scenario \"%1\": %2 is %3 there.")
                              .arg(scenario, planner::objectiveLabel(o), level);
    m_summary->setText(
        QStringLiteral("<b>%1</b><br>%2<br><small>%3</small>")
            .arg(headline.toHtmlEscaped(), bound.toHtmlEscaped(), start.toHtmlEscaped()));
}

void PlannerDialog::fillPortfolio(const std::vector<planner::Pick> &picks, Objective o)
{
    const QLocale locale;
    m_portfolio->setRowCount(static_cast<int>(picks.size()));
    double spent = 0;
    for (int i = 0; i < static_cast<int>(picks.size()); ++i) {
        const planner::Pick &pick = picks[static_cast<std::size_t>(i)];
        const CandidateRow &row = m_model->rows().value(pick.candidate);
        spent += pick.costYuan;
        const QStringList cells = {locale.toString(i + 1),
                                   row.action,
                                   row.target,
                                   tenThousandYuanText(pick.costYuan, locale),
                                   gainText(o, pick.gain, locale),
                                   gainText(o, pick.cumulativeGain, locale),
                                   tenThousandYuanText(spent, locale)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c == 1 || c == 2 ? Qt::AlignLeft | Qt::AlignVCenter
                                                    : Qt::AlignRight | Qt::AlignVCenter);
            m_portfolio->setItem(i, c, item);
        }
    }
    m_portfolio->resizeColumnsToContents();
}

QString PlannerDialog::newScenarioName() const
{
    const double budget = m_done ? m_done->budgetYuan : m_budget->value() * 10000;
    const QString base =
        tr("Investment %1 (10,000 yuan) plan").arg(QString::number(budget / 10000, 'f', 0));
    QString name = base;
    for (int n = 2; m_document->project().scenarioIdByName(name) != 0; ++n)
        name = tr("%1 (%2)").arg(base).arg(n);
    return name;
}

bool PlannerDialog::apply(bool quiet)
{
    if (!m_done || m_done->result.portfolio.empty() || m_stale || m_applied) {
        if (!quiet)
            QMessageBox::information(this, windowTitle(),
                                     m_stale ? tr("The project changed since this run: run again "
                                                  "to apply.")
                                             : tr("There is no portfolio to apply."));
        return false;
    }
    const QString name = newScenarioName();
    const edit::EditResult r =
        edit::applyPortfolio(*m_document, *m_done->planner, m_done->result, m_done->scenario, name);
    if (!r) {
        if (!quiet)
            QMessageBox::warning(this, windowTitle(), r.error);
        return false;
    }
    m_applied = true;
    updateApply();
    m_status->setText(tr("Applied as scenario \"%1\" (Edit > Undo takes it back).").arg(name));
    emit applied(r.id, m_done->scenario);
    return true;
}

} // namespace cc::plannerui
