#include "app/gui/scenariomanager.h"

#include "app/gui/mainwindow.h"
#include "models/domain/labels.h"
#include "models/edit/policyedits.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/charts/chartmarkers.h"
#include "widgets/charts/chartsource.h"
#include "widgets/charts/dashboard.h"
#include "widgets/policy/policypanel.h"
#include "widgets/policy/policytimeline.h"
#include "widgets/policy/scenariocomparison.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace cc {

ScenarioManager::ScenarioManager(MainWindow *window, ProjectDocument *document)
    : QObject(window), m_window(window), m_document(document)
{
    setObjectName(QStringLiteral("scenarioManager"));
    createActions();
    createToolBar();
    createDocks();

    PolicyPanel *panel = m_window->policyPanel();
    connect(document, &ProjectDocument::shownScenarioChanged, this, [this](EntityId id) {
        m_timeline->setScenario(id);
        if (m_compared == id)
            setComparedScenario(0);
        reloadBoxes();
        updateActions();
        emit chartsChanged(); // markers of the newly shown scenario
    });
    connect(m_timeline, &PolicyTimeline::entryActivated, panel, &PolicyPanel::selectEntry);
    connect(panel, &PolicyPanel::entrySelected, m_timeline, &PolicyTimeline::setSelectedEntry);
    connect(m_window->simulation(), &SimulationController::resultsReady, this,
            &ScenarioManager::updateTable);
    connect(document, &ProjectDocument::entityChanged, this,
            [this](EntityKind kind, EntityId, ChangeKind) {
                if (kind != EntityKind::Scenario)
                    return;
                syncScenario(false);
                reloadBoxes();
                updateActions();
                emit chartsChanged(); // names and markers
            });
    connect(document, &ProjectDocument::readOnlyChanged, this, &ScenarioManager::updateActions);
    connect(document, &ProjectDocument::projectReset, this, [this] {
        setComparedScenario(0);
        syncScenario(true);
        reloadBoxes();
        updateActions();
    });
    reloadBoxes();
    updateActions();
}

ScenarioManager::~ScenarioManager() = default;

EntityId ScenarioManager::shownScenario() const
{
    return m_document->shownScenario();
}

QString ScenarioManager::scenarioName(EntityId id) const
{
    return scenarioLabel(m_document->project().scenarios.value(id));
}

void ScenarioManager::createActions()
{
    QMenu *menu = m_window->scenarioMenu();
    m_new = menu->addAction(tr("&New Scenario..."), this, &ScenarioManager::askNew);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_new->setStatusTip(tr("Add a scenario with the baseline's policy schedule"));
    m_duplicate =
        menu->addAction(tr("&Duplicate Scenario..."), this, &ScenarioManager::askDuplicate);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    m_duplicate->setStatusTip(
        tr("Copy the shown scenario: its policy schedule and its own staff postings, "
           "telemedicine links and investments"));
    m_rename = menu->addAction(tr("Re&name Scenario..."), this, &ScenarioManager::askRename);
    m_rename->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_rename->setStatusTip(tr("Rename the shown scenario"));
    m_delete = menu->addAction(tr("De&lete Scenario..."), this, &ScenarioManager::askDelete);
    m_delete->setStatusTip(
        tr("Delete the shown scenario and its own postings (the baseline cannot be deleted)"));
    menu->addSeparator();
    m_compare = menu->addAction(tr("&Compare With..."), this, &ScenarioManager::askCompare);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_compare->setStatusTip(tr("Overlay a second scenario on every chart (dashed) and show the "
                               "end-of-horizon indicators side by side"));
    m_stopCompare =
        menu->addAction(tr("&Stop Comparing"), this, [this] { setComparedScenario(0); });
    m_stopCompare->setStatusTip(tr("Show the shown scenario alone"));
}

void ScenarioManager::createToolBar()
{
    QToolBar *bar = m_window->addToolBar(tr("Scenario"));
    bar->setObjectName(QStringLiteral("scenarioToolBar"));
    bar->addWidget(new QLabel(tr("Scenario:") + QLatin1Char(' '), bar));
    m_scenarioBox = new QComboBox(bar);
    m_scenarioBox->setObjectName(QStringLiteral("shownScenario"));
    m_scenarioBox->setToolTip(tr("The scenario the map, the policy panel and the charts show"));
    m_scenarioBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_scenarioBox);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Compare with:") + QLatin1Char(' '), bar));
    m_compareBox = new QComboBox(bar);
    m_compareBox->setObjectName(QStringLiteral("comparedScenario"));
    m_compareBox->setToolTip(tr("A second scenario drawn dashed on every chart"));
    m_compareBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_compareBox);
    bar->addSeparator();
    bar->addAction(m_new);
    bar->addAction(m_duplicate);
    connect(m_scenarioBox, &QComboBox::activated, this,
            [this](int) { showScenario(m_scenarioBox->currentData().value<EntityId>()); });
    connect(m_compareBox, &QComboBox::activated, this,
            [this](int) { setComparedScenario(m_compareBox->currentData().value<EntityId>()); });
    m_window->viewMenu()->addAction(bar->toggleViewAction());
}

void ScenarioManager::createDocks()
{
    auto *timelineBox = new QWidget(m_window);
    auto *layout = new QVBoxLayout(timelineBox);
    layout->setContentsMargins(4, 4, 4, 4);
    m_timeline = new PolicyTimeline(m_document, timelineBox);
    m_timeline->setScenario(shownScenario());
    m_timeline->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_timeline);
    m_timelineMessage = new QLabel(timelineBox);
    m_timelineMessage->setWordWrap(true);
    m_timelineMessage->setStyleSheet(QStringLiteral("color: #B00020;"));
    m_timelineMessage->hide();
    layout->addWidget(m_timelineMessage);
    connect(m_timeline, &PolicyTimeline::message, this, [this](const QString &text) {
        m_timelineMessage->setText(text);
        m_timelineMessage->setVisible(!text.isEmpty());
    });
    m_timelineDock = new QDockWidget(tr("Policy Schedule"), m_window);
    m_timelineDock->setObjectName(QStringLiteral("policyTimelineDock"));
    m_timelineDock->setWidget(timelineBox);
    // A tab beside the fund charts (their time axis), so the window still fits
    // a 1366 x 768 laptop screen.
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    m_window->tabifyDockWidget(m_window->dashboard()->dock(charts::ChartKind::FundBalance),
                               m_timelineDock);

    m_table = new ScenarioComparisonView(m_window);
    m_comparisonDock = new QDockWidget(tr("Scenario Comparison"), m_window);
    m_comparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    m_comparisonDock->setWidget(m_table);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_comparisonDock);
    m_window->tabifyDockWidget(m_window->dashboard()->dock(charts::ChartKind::InCountyRate),
                               m_comparisonDock);
    m_comparisonDock->hide(); // shown when a comparison starts

    m_window->viewMenu()->addAction(m_timelineDock->toggleViewAction());
    m_window->viewMenu()->addAction(m_comparisonDock->toggleViewAction());
}

void ScenarioManager::reloadBoxes()
{
    const QSignalBlocker b1(m_scenarioBox), b2(m_compareBox);
    const Project &p = m_document->project();
    const EntityId shown = shownScenario();
    m_scenarioBox->clear();
    m_compareBox->clear();
    m_compareBox->addItem(tr("(none)"), EntityId(0));
    for (const Scenario &s : p.scenarios) {
        const QString text = scenarioLabel(s); // "baseline" in the user's language
        m_scenarioBox->addItem(text, s.id);
        if (s.id != shown)
            m_compareBox->addItem(text, s.id);
    }
    m_scenarioBox->setCurrentIndex(std::max(0, m_scenarioBox->findData(shown)));
    m_compareBox->setCurrentIndex(std::max(0, m_compareBox->findData(m_compared)));
}

void ScenarioManager::syncScenario(bool projectReset)
{
    // The document keeps the scenario on show (the baseline when it goes);
    // the simulated one may differ (workshop mode simulates its "after"
    // scenario whatever is on show) until another project is loaded or that
    // scenario goes, and the compared one must still be another scenario.
    const EntityId shown = shownScenario();
    const EntityId simulated = m_window->simulation()->scenario();
    if (simulated != shown &&
        (projectReset || !m_document->project().scenarios.contains(simulated)))
        m_window->simulation()->setScenario(shown);
    if (projectReset)
        m_timeline->setScenario(shown);
    if (m_compared != 0 &&
        (!m_document->project().scenarios.contains(m_compared) || m_compared == shown))
        setComparedScenario(0);
}

void ScenarioManager::updateActions()
{
    const bool editable = !m_document->isReadOnly();
    const Project &p = m_document->project();
    m_new->setEnabled(editable);
    m_duplicate->setEnabled(editable && !p.scenarios.isEmpty());
    m_rename->setEnabled(editable && !p.scenarios.isEmpty());
    m_delete->setEnabled(editable && shownScenario() != p.baselineScenarioId());
    m_compare->setEnabled(p.scenarios.size() > 1);
    m_stopCompare->setEnabled(m_compared != 0);
}

void ScenarioManager::showScenario(EntityId scenarioId)
{
    // The policy panel (at the scenario's first change), the timeline, the
    // boxes and the simulation follow the document's signal.
    m_window->policyPanel()->selectScenario(scenarioId);
}

void ScenarioManager::setComparedScenario(EntityId scenarioId)
{
    if (scenarioId != 0 &&
        (!m_document->project().scenarios.contains(scenarioId) || scenarioId == shownScenario()))
        scenarioId = 0;
    if (scenarioId == m_compared && (scenarioId == 0) == !m_compareSim)
        return;
    m_compared = scenarioId;
    if (scenarioId == 0) {
        m_compareSim.reset();
        m_table->showMessage(tr("Choose Scenario > Compare With... to compare two scenarios."));
    } else {
        if (!m_compareSim) {
            m_compareSim = std::make_unique<SimulationController>(m_document);
            m_compareSim->setThreads(1);
            connect(m_compareSim.get(), &SimulationController::resultsReady, this, [this] {
                updateTable();
                emit chartsChanged();
            });
        }
        m_compareSim->setScenario(scenarioId);
        m_table->showMessage(tr("Simulating %1...").arg(scenarioName(scenarioId)));
        m_comparisonDock->show();
        m_comparisonDock->raise();
    }
    reloadBoxes();
    updateActions();
    emit chartsChanged();
}

void ScenarioManager::decorate(charts::ChartData &data) const
{
    const SimulationResultsPtr shown = m_window->simulation()->results();
    const EntityId shownId = shown && shown->scenarioId != 0 ? shown->scenarioId : shownScenario();
    EntityId compared = 0;
    if (m_compareSim && m_compared != 0) {
        const SimulationResultsPtr other = m_compareSim->results();
        // Only results of the compared scenario (not of one chosen before).
        if (other && other->scenarioId == m_compared && other->results.months > 0) {
            charts::setComparison(data, charts::resultsOf(other), scenarioName(m_compared));
            compared = m_compared;
        }
    }
    data.markers = charts::policyMarkers(m_document->project(), shownId, compared, data.locale);
}

void ScenarioManager::updateTable()
{
    if (!m_compareSim || m_compared == 0)
        return;
    const SimulationResultsPtr a = m_window->simulation()->results();
    const SimulationResultsPtr b = m_compareSim->results();
    if (!a || !b || b->scenarioId != m_compared || a->results.months == 0 || b->results.months == 0)
        return;
    // Differences read "scenario - baseline", the way a planner reads a reform:
    // with the baseline compared, it becomes the table's reference column (the
    // table subtracts its first scenario column from its second).
    const EntityId baseline = m_document->project().baselineScenarioId();
    const bool baselineFirst = b->scenarioId == baseline && a->scenarioId != baseline;
    const SimulationResultsPtr first = baselineFirst ? b : a, second = baselineFirst ? a : b;
    m_table->setResults(scenarioName(first->scenarioId), first->results,
                        scenarioName(second->scenarioId), second->results);
    QTableWidget *table = m_table->table();
    if (baselineFirst) {
        // The column headers still say which scenario is the compared one.
        table->horizontalHeaderItem(1)->setText(
            ScenarioComparisonView::tr("%1 (compared)").arg(scenarioName(first->scenarioId)));
        table->horizontalHeaderItem(2)->setText(scenarioName(second->scenarioId));
    }
    // Long indicator and scenario names are elided in a narrow dock; the
    // tooltip gives them whole.
    table->setTextElideMode(Qt::ElideMiddle);
    table->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    for (int c = 0; c < table->columnCount(); ++c) {
        QTableWidgetItem *header = table->horizontalHeaderItem(c);
        header->setToolTip(header->text());
        header->setTextAlignment(Qt::AlignCenter);
    }
    for (int r = 0; r < table->rowCount(); ++r)
        if (QTableWidgetItem *label = table->item(r, 0))
            label->setToolTip(label->text());
    // Scenario columns as wide as their values, not as their names.
    for (int c = 1; c < table->columnCount(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    table->resizeColumnsToContents();
    for (int c = 1; c < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 160));
}

edit::EditResult ScenarioManager::newScenario(const QString &name)
{
    const edit::EditResult r = edit::addScenario(*m_document, name);
    if (r)
        showScenario(r.id);
    return r;
}

edit::EditResult ScenarioManager::duplicateShown(const QString &name)
{
    const edit::EditResult r = edit::duplicateScenario(*m_document, shownScenario(), name);
    if (r)
        showScenario(r.id);
    return r;
}

edit::EditResult ScenarioManager::renameShown(const QString &name)
{
    return edit::renameScenario(*m_document, shownScenario(), name);
}

edit::EditResult ScenarioManager::deleteShown()
{
    const EntityId id = shownScenario();
    const edit::EditResult r = edit::removeScenario(*m_document, id);
    if (r)
        showScenario(m_document->project().baselineScenarioId());
    return r;
}

QString ScenarioManager::askName(const QString &title, const QString &label, const QString &initial,
                                 EntityId renaming)
{
    QString name = initial;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, title, label, QLineEdit::Normal, name, &ok);
        if (!ok)
            return QString();
        const QString error = edit::checkScenarioName(m_document->project(), renaming, name);
        if (error.isEmpty())
            return name;
        QMessageBox::warning(m_window, title, error);
    }
}

void ScenarioManager::report(const edit::EditResult &result, const QString &title)
{
    if (!result)
        QMessageBox::warning(m_window, title, result.error);
}

void ScenarioManager::askNew()
{
    const QString title = tr("New Scenario");
    int n = m_document->project().scenarios.size();
    QString suggestion;
    do
        suggestion = tr("Scenario %1").arg(n++);
    while (m_document->project().scenarioIdByName(suggestion) != 0);
    const QString name = askName(
        title, tr("Name of the new scenario (it starts with the baseline's policy schedule):"),
        suggestion, 0);
    if (!name.isEmpty())
        report(newScenario(name), title);
}

void ScenarioManager::askDuplicate()
{
    const QString title = tr("Duplicate Scenario");
    const QString source = scenarioName(shownScenario());
    QString suggestion = tr("%1 (copy)").arg(source);
    for (int n = 2; m_document->project().scenarioIdByName(suggestion) != 0; ++n)
        suggestion = tr("%1 (copy %2)").arg(source).arg(n);
    const QString name =
        askName(title, tr("Name of the copy of \"%1\":").arg(source), suggestion, 0);
    if (!name.isEmpty())
        report(duplicateShown(name), title);
}

void ScenarioManager::askRename()
{
    const QString title = tr("Rename Scenario");
    const EntityId id = shownScenario();
    const QString name =
        askName(title, tr("New name of \"%1\":").arg(scenarioName(id)), scenarioName(id), id);
    if (!name.isEmpty() && name != scenarioName(id))
        report(renameShown(name), title);
}

void ScenarioManager::askDelete()
{
    const QString title = tr("Delete Scenario");
    const EntityId id = shownScenario();
    if (id == m_document->project().baselineScenarioId()) {
        QMessageBox::information(m_window, title, tr("The baseline scenario cannot be deleted."));
        return;
    }
    int own = 0;
    for (const Posting &p : m_document->project().postings)
        own += p.scenarioId == id;
    const auto answer = QMessageBox::question(
        m_window, title,
        tr("Delete the scenario \"%1\", its policy schedule and its %n own posting(s)? "
           "Edit > Undo brings it back.",
           nullptr, own)
            .arg(scenarioName(id)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        report(deleteShown(), title);
}

void ScenarioManager::askCompare()
{
    QStringList names;
    QVector<EntityId> ids;
    const EntityId shown = shownScenario();
    for (const Scenario &s : m_document->project().scenarios)
        if (s.id != shown) {
            names << scenarioLabel(s);
            ids << s.id;
        }
    if (ids.isEmpty())
        return;
    const int current = std::max(0, int(ids.indexOf(m_compared)));
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        m_window, tr("Compare With"),
        tr("Scenario to compare with \"%1\" (drawn dashed):").arg(scenarioName(shown)), names,
        current, false, &ok);
    if (ok && names.contains(choice))
        setComparedScenario(ids[names.indexOf(choice)]);
}

} // namespace cc
