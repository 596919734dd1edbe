// The investment planner's window (issue 20) in the main window on the demo
// county: a run fills the ranked list as candidates are evaluated and proposes
// a portfolio within the budget; Cancel leaves the project as it was; Apply is
// one undo step that shows the new scenario against the starting one, and
// Undo restores the project exactly; clinic merges are no candidates unless
// asked for. A small budget and the first year keep each run short. The
// golden-hour overlay rings exactly the villages beyond the threshold, whose
// change is one undo step. The catalogue editor applies one undo step that
// saves, refuses what validateCatalogue refuses with its message, and the
// ranked list follows its costs; the portfolio fills in pick by pick.
#include "app/gui/analysisactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/scenariomanager.h"
#include "models/analysis/backgroundrun.h"
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/edit/investmentedits.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/simulation/simulationcontroller.h"
#include "models/store/projectstore.h"
#include "widgets/map/mapcandidates.h"
#include "widgets/map/mapgoldenhour.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/planner/candidatemodel.h"
#include "widgets/planner/cataloguedialog.h"
#include "widgets/planner/plannerdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cc;
using plannerui::CandidateModel;
using plannerui::PlannerDialog;

namespace {

constexpr int kRunTimeoutMs = 300000; // a slow sanitizer build on a loaded machine

} // namespace

class TestAppPlanner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void mergesAreExcludedByDefault();
    void cancelLeavesTheProjectUnchanged();
    void runRanksCandidatesAndProposesAPortfolioWithinBudget();
    void applyIsOneUndoStepShownAgainstTheStart();
    void goldenHourRingsTheVillagesBeyondIt();
    void catalogueEditIsOneUndoStepAndSaved();
    void catalogueRefusesInvalidValues_data();
    void catalogueRefusesInvalidValues();
    void catalogueRestoresDefaultsAndCancelChangesNothing();
    void rankingFollowsACatalogueCostChange();
    void portfolioShowsPickByPickAndCancelChangesNothing();

private:
    // Opens the catalogue editor from its menu action.
    plannerui::CatalogueDialog *openCatalogue();
    // Opens the planner from its menu action with a short question.
    PlannerDialog *openPlanner();
    void waitForRun(PlannerDialog *dialog);

    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppPlanner::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_app_planner"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_doc = std::make_unique<ProjectDocument>();
    m_doc->reset(demo::makeDemoProject(), QString());
    m_window = std::make_unique<MainWindow>(m_doc.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->simulation()->isIdle() && m_window->simulation()->results(),
                             60000);
}

void TestAppPlanner::cleanupTestCase()
{
    m_window.reset();
    m_doc.reset();
}

PlannerDialog *TestAppPlanner::openPlanner()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionInvestmentPlanner"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<PlannerDialog *>();
    if (!dialog)
        return nullptr;
    dialog->yearBox()->setValue(dialog->yearBox()->minimum());
    dialog->budgetBox()->setValue(50); // 500,000 yuan
    return dialog;
}

void TestAppPlanner::waitForRun(PlannerDialog *dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->runner()->isRunning(), kRunTimeoutMs);
}

void TestAppPlanner::mergesAreExcludedByDefault()
{
    PlannerDialog *dialog = openPlanner();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->mergesBox()->isChecked());
    const auto merges = [dialog] {
        int n = 0;
        for (const plannerui::CandidateRow &row : dialog->candidateModel()->rows())
            n += row.kind == InvestmentKind::MergeClinic ? 1 : 0;
        return n;
    };
    // The candidates are listed before any is evaluated: stop each run there.
    dialog->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->candidateModel()->rowCount() > 0, kRunTimeoutMs);
    dialog->cancelButton()->click();
    waitForRun(dialog);
    const int without = dialog->candidateModel()->rowCount();
    QCOMPARE(merges(), 0);

    dialog->mergesBox()->setChecked(true);
    dialog->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->candidateModel()->rowCount() > 0, kRunTimeoutMs);
    dialog->cancelButton()->click();
    waitForRun(dialog);
    QVERIFY(merges() > 0);
    QCOMPARE(dialog->candidateModel()->rowCount() - merges(), without);
    dialog->mergesBox()->setChecked(false);
}

void TestAppPlanner::cancelLeavesTheProjectUnchanged()
{
    PlannerDialog *dialog = openPlanner();
    QVERIFY(dialog);
    const Project before = m_doc->project();
    const int steps = m_doc->undoStack()->count();
    const bool modified = m_doc->isModified();
    dialog->runButton()->click();
    QVERIFY(dialog->cancelButton()->isEnabled());
    QVERIFY(!dialog->runButton()->isEnabled());
    // Some gains arrive while it runs, then Cancel.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->candidateModel()->evaluatedCount() >= 3, kRunTimeoutMs);
    dialog->cancelButton()->click();
    waitForRun(dialog);
    QVERIFY(dialog->result() == nullptr);
    QVERIFY(!dialog->applyButton()->isEnabled());
    QCOMPARE(dialog->portfolioTable()->rowCount(), 0);
    QVERIFY(dialog->candidateModel()->evaluatedCount() < dialog->candidateModel()->rowCount());
    QVERIFY(dialog->runButton()->isEnabled());
    QCOMPARE(m_doc->project(), before);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->isModified(), modified);
    QVERIFY(!dialog->apply(true));
    QCOMPARE(m_doc->project(), before);
}

void TestAppPlanner::runRanksCandidatesAndProposesAPortfolioWithinBudget()
{
    PlannerDialog *dialog = openPlanner();
    QVERIFY(dialog);
    const Project before = m_doc->project();
    // Gains show while the run goes on, not only at its end.
    bool sawPartial = false;
    connect(dialog, &PlannerDialog::candidatesChanged, this, [&] {
        const int n = dialog->candidateModel()->evaluatedCount();
        sawPartial = sawPartial || (dialog->runner()->isRunning() && n > 0 &&
                                    n < dialog->candidateModel()->rowCount());
    });
    dialog->runButton()->click();
    waitForRun(dialog);
    disconnect(dialog, &PlannerDialog::candidatesChanged, this, nullptr);
    QVERIFY(sawPartial);
    const planner::PlanResult *result = dialog->result();
    QVERIFY(result);
    QVERIFY(!result->cancelled);
    QCOMPARE(m_doc->project(), before); // a run changes nothing

    // Every candidate ranked, best gain per 10,000 yuan first.
    const CandidateModel *model = dialog->candidateModel();
    QVERIFY(model->rowCount() > 50);
    QCOMPARE(model->evaluatedCount(), model->rowCount());
    const QAbstractItemModel *shown = dialog->candidateView()->model();
    QCOMPARE(shown->rowCount(), model->rowCount());
    double previous = std::numeric_limits<double>::max();
    for (int r = 0; r < shown->rowCount(); ++r) {
        QCOMPARE(shown->index(r, CandidateModel::Rank).data().toString(), QString::number(r + 1));
        const double ratio =
            -shown->index(r, CandidateModel::GainPerCost).data(CandidateModel::SortRole).toDouble();
        QVERIFY(ratio <= previous);
        previous = ratio;
    }
    for (int i = 0; i < model->rowCount(); ++i)
        QCOMPARE(model->rows()[i].gain, result->firstGain[static_cast<std::size_t>(i)]);

    // The portfolio: within the budget, one row per pick, the bound stated.
    QVERIFY(!result->portfolio.empty());
    QVERIFY(result->spentYuan <= 500000);
    QCOMPARE(dialog->portfolioTable()->rowCount(), static_cast<int>(result->portfolio.size()));
    const planner::Pick &first = result->portfolio.front();
    QCOMPARE(dialog->portfolioTable()->item(0, 2)->text(), model->rows()[first.candidate].target);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("At most")),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->applyButton()->isEnabled());

    // On the map: a disc at each target with a gain, the best gain largest.
    auto *layer = m_window->findChild<MapCandidates *>(QStringLiteral("mapCandidates"));
    QVERIFY(layer);
    QTRY_VERIFY(layer->itemCount() > 0);
    int topGain = -1;
    QHash<QPair<EntityId, bool>, double> bestAt;
    for (int i = 0; i < model->rowCount(); ++i) {
        const plannerui::CandidateRow &row = model->rows()[i];
        if (topGain < 0 || row.gain > model->rows()[topGain].gain)
            topGain = i;
        const QPair<EntityId, bool> at(row.targetId, row.targetIsSettlement);
        bestAt[at] = std::max(bestAt.value(at, row.gain), row.gain);
    }
    const plannerui::CandidateRow &top = model->rows()[topGain];
    const double biggest = layer->radiusPx(top.targetId, top.targetIsSettlement);
    QVERIFY(biggest > 0);
    for (auto it = bestAt.cbegin(); it != bestAt.cend(); ++it) {
        QCOMPARE(layer->item(it.key().first, it.key().second) != nullptr, it.value() > 0);
        QVERIFY(layer->radiusPx(it.key().first, it.key().second) <= biggest);
    }
    // Filtered by kind: only that kind's targets.
    const int kind = static_cast<int>(top.kind);
    dialog->kindFilter()->setCurrentIndex(dialog->kindFilter()->findData(kind));
    QTRY_VERIFY(layer->kindFilter() == kind);
    for (int r = 0; r < shown->rowCount(); ++r)
        QCOMPARE(shown->index(r, 0).data(CandidateModel::KindRole).toInt(), kind);
    dialog->kindFilter()->setCurrentIndex(0);
    QTRY_VERIFY(layer->kindFilter() == -1);
    // Selecting a row selects its target on the map.
    dialog->candidateView()->selectRow(0);
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(shown);
    QVERIFY(proxy);
    const plannerui::CandidateRow &selected =
        model->rows()[proxy->mapToSource(shown->index(0, 0)).row()];
    MapScene *scene = m_window->mapView()->mapScene();
    QGraphicsItem *symbol =
        selected.targetIsSettlement
            ? static_cast<QGraphicsItem *>(scene->settlementItem(selected.targetId))
            : static_cast<QGraphicsItem *>(scene->facilityItem(selected.targetId));
    QVERIFY(symbol);
    QVERIFY(symbol->isSelected());
    QCOMPARE(scene->selectedItems().size(), 1);
}

void TestAppPlanner::applyIsOneUndoStepShownAgainstTheStart()
{
    auto *dialog = m_window->findChild<PlannerDialog *>();
    QVERIFY(dialog);
    if (!dialog->result()) { // run alone: the previous test's run is needed
        openPlanner();
        dialog->runButton()->click();
        waitForRun(dialog);
    }
    QVERIFY(dialog->result());
    const EntityId from = dialog->startScenario();
    QVERIFY(from != 0);
    const Project before = m_doc->project();
    const int steps = m_doc->undoStack()->count();
    const QString name = dialog->newScenarioName();
    QCOMPARE(name, QStringLiteral("Investment 50 (10,000 yuan) plan"));

    QVERIFY(dialog->apply(true));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const EntityId created = m_doc->project().scenarioIdByName(name);
    QVERIFY(created != 0);
    QVERIFY(m_doc->project() != before);
    QVERIFY(!dialog->applyButton()->isEnabled()); // once per run
    // The window shows the new scenario compared with the one it started from.
    QCOMPARE(m_window->scenarios()->shownScenario(), created);
    QCOMPARE(m_window->simulation()->scenario(), created);
    QCOMPARE(m_window->scenarios()->comparedScenario(), from);

    // The new scenario goes by its own name: the project saves.
    QTemporaryDir dir;
    const store::SaveResult saved =
        store::saveProject(m_doc->project(), dir.filePath(QStringLiteral("plan.ccplan")));
    QVERIFY2(saved.ok, qPrintable(saved.message));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project(), before);
    QCOMPARE(m_doc->project().scenarioIdByName(name), EntityId(0));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->simulation()->isIdle(), 60000);
}

void TestAppPlanner::goldenHourRingsTheVillagesBeyondIt()
{
    // The demo county designates no centre: make its general hospital a stroke centre.
    Project p = m_doc->project();
    EntityId hospital = 0;
    for (const Facility &f : p.facilities)
        if (f.level == FacilityLevel::CountyHospital && (hospital == 0 || f.id < hospital))
            hospital = f.id;
    QVERIFY(hospital != 0);
    p.careCentres.insert(hospital, careCentreBit(CareCentreKind::Stroke));
    m_doc->reset(p, QString());
    auto *layer = m_window->findChild<MapGoldenHour *>(QStringLiteral("mapGoldenHour"));
    QVERIFY(layer);
    auto *show = m_window->findChild<QAction *>(QStringLiteral("actionGoldenHour"));
    auto *stroke = m_window->findChild<QAction *>(QStringLiteral("actionGoldenHour_stroke"));
    QVERIFY(show && stroke);
    stroke->trigger();
    QVERIFY(show->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(layer->isReady(), 60000);
    QCOMPARE(layer->kind(), CareCentreKind::Stroke);
    QCOMPARE(layer->centreCount(), 1);

    // The oracle: the engine's own road travel times to the hospital.
    SimIndexMap map;
    const EntityId scenario =
        p.scenarios.contains(layer->scenario()) ? layer->scenario() : p.baselineScenarioId();
    const sim::Input input = compileProject(p, scenario, map);
    const sim::Engine engine(input);
    const int h = map.facilities.value(hospital);
    const auto check = [&](double threshold) {
        double beyond = 0, all = 0;
        int rings = 0;
        for (const Settlement &s : p.settlements) {
            const double tt = engine.travelMinutes(map.settlements.value(s.id), h);
            QVERIFY(std::abs(layer->minutesToCentre(s.id) - tt) <= 1e-9 * std::max(1.0, tt));
            all += static_cast<double>(s.population);
            const bool out = tt > threshold;
            beyond += out ? static_cast<double>(s.population) : 0.0;
            rings += out ? 1 : 0;
            QCOMPARE(layer->item(s.id) != nullptr, out);
        }
        QCOMPARE(layer->itemCount(), rings);
        QCOMPARE(layer->villagesBeyond(), rings);
        QCOMPARE(layer->populationBeyond(), beyond);
        QCOMPARE(layer->population(), all);
    };
    QCOMPARE(layer->thresholdMinutes(), 60.0);
    check(60);
    const int beyondAnHour = layer->villagesBeyond();
    QVERIFY(beyondAnHour > 0);
    QVERIFY(layer->legendSections().size() == 1);

    // A shorter golden hour: one undo step, more villages ringed, Undo restores.
    const int steps = m_doc->undoStack()->count();
    InvestmentCatalogue c = m_doc->project().catalogue;
    c.goldenHourMinutes = 30;
    QVERIFY(edit::setCatalogue(*m_doc, c));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->project().catalogue.goldenHourMinutes, 30.0);
    check(30);
    QVERIFY(layer->villagesBeyond() > beyondAnHour);
    c.goldenHourMinutes = 0; // out of range: refused, nothing changes
    QVERIFY(!edit::setCatalogue(*m_doc, c));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().catalogue.goldenHourMinutes, 60.0);
    check(60);

    show->setChecked(false);
    QCOMPARE(layer->itemCount(), 0);
    QVERIFY(layer->legendSections().isEmpty());
}

plannerui::CatalogueDialog *TestAppPlanner::openCatalogue()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionInvestmentCatalogue"));
    if (!action)
        return nullptr;
    action->trigger();
    const auto dialogs = m_window->findChildren<plannerui::CatalogueDialog *>();
    for (plannerui::CatalogueDialog *d : dialogs)
        if (d->isVisible())
            return d;
    return nullptr;
}

namespace {

void setCell(plannerui::CatalogueDialog *dialog, InvestmentKind kind, int column,
             const QString &text)
{
    dialog->table()->item(static_cast<int>(kind), column)->setText(text);
}

} // namespace

// Analysis > Investment Catalogue...: OK is one undo step, Undo restores the
// catalogue exactly, and the edited values survive a save and a reopen.
void TestAppPlanner::catalogueEditIsOneUndoStepAndSaved()
{
    using plannerui::CatalogueDialog;
    const InvestmentCatalogue before = m_doc->project().catalogue;
    const int steps = m_doc->undoStack()->index(); // undone steps go with a new one
    CatalogueDialog *dialog = openCatalogue();
    QVERIFY(dialog);
    // Every kind a row, with its source in the UI language.
    QCOMPARE(dialog->table()->rowCount(), kInvestmentKindCount);
    for (int k = 0; k < kInvestmentKindCount; ++k)
        QCOMPARE(dialog->table()->item(k, CatalogueDialog::Source)->text(),
                 investmentKindSource(static_cast<InvestmentKind>(k)));
    // Untouched, the values read back exactly.
    QCOMPARE(dialog->enteredCatalogue().value(), before);

    setCell(dialog, InvestmentKind::AddBeds, CatalogueDialog::CapitalCost, QStringLiteral("312.5"));
    setCell(dialog, InvestmentKind::AddBeds, CatalogueDialog::Units, QStringLiteral("12"));
    setCell(dialog, InvestmentKind::EquipLine, CatalogueDialog::CapabilityGain,
            QStringLiteral("45"));
    setCell(dialog, InvestmentKind::MergeClinic, CatalogueDialog::YearlyCost, QStringLiteral("-6"));
    dialog->goldenHourBox()->setValue(45);
    QVERIFY(dialog->messageLabel()->text().isEmpty());
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QVERIFY(!dialog->isVisible());

    InvestmentCatalogue expected = before;
    expected.costs[static_cast<std::size_t>(InvestmentKind::AddBeds)].capitalYuan = 3125000;
    expected.costs[static_cast<std::size_t>(InvestmentKind::AddBeds)].units = 12;
    expected.costs[static_cast<std::size_t>(InvestmentKind::EquipLine)].capabilityGain = 0.45;
    expected.costs[static_cast<std::size_t>(InvestmentKind::MergeClinic)].annualYuan = -60000;
    expected.goldenHourMinutes = 45;
    QCOMPARE(m_doc->project().catalogue, expected);
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().catalogue, before);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->project().catalogue, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalogue.ccplan"));
    const store::SaveResult saved = store::saveProject(m_doc->project(), path);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    const store::LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.status == store::LoadStatus::Ok, qPrintable(loaded.message));
    QCOMPARE(loaded.project.catalogue, expected);

    // A second editor shows what the project holds now.
    dialog = openCatalogue();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->item(0, CatalogueDialog::CapitalCost)->text(),
             QLocale().toString(312.5, 'f', 1));
    QCOMPARE(dialog->enteredCatalogue().value(), expected);
    dialog->reject();

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().catalogue, before);
}

void TestAppPlanner::catalogueRefusesInvalidValues_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of the message shown
    using plannerui::CatalogueDialog;
    const auto kindLabel = [](InvestmentKind kind) { return investmentKindLabel(kind); };
    // Out of range: exactly what validateCatalogue says.
    const auto refused = [](InvestmentKind kind, void (*change)(InvestmentCost &)) {
        InvestmentCatalogue c = defaultInvestmentCatalogue();
        change(c.costs[static_cast<std::size_t>(kind)]);
        return validateCatalogue(c);
    };
    QTest::newRow("negative capital")
        << int(InvestmentKind::AddBeds) << int(CatalogueDialog::CapitalCost) << QStringLiteral("-5")
        << refused(InvestmentKind::AddBeds, [](InvestmentCost &x) { x.capitalYuan = -50000; });
    QTest::newRow("gain above 100%")
        << int(InvestmentKind::EquipLine) << int(CatalogueDialog::CapabilityGain)
        << QStringLiteral("150")
        << refused(InvestmentKind::EquipLine, [](InvestmentCost &x) { x.capabilityGain = 1.5; });
    QTest::newRow("no beds") << int(InvestmentKind::AddBeds) << int(CatalogueDialog::Units)
                             << QStringLiteral("0")
                             << refused(InvestmentKind::AddBeds,
                                        [](InvestmentCost &x) { x.units = 0; });
    QTest::newRow("running for ever")
        << int(InvestmentKind::CareCentre) << int(CatalogueDialog::RunningYears)
        << QStringLiteral("500")
        << refused(InvestmentKind::CareCentre, [](InvestmentCost &x) { x.runningYears = 500; });
    QTest::newRow("not a number") << int(InvestmentKind::TelemedicineLink)
                                  << int(CatalogueDialog::YearlyCost) << QStringLiteral("abc")
                                  << QStringLiteral(
                                         "%1, Yearly cost (10,000 yuan): \"abc\" is not a number.")
                                         .arg(kindLabel(InvestmentKind::TelemedicineLink));
    QTest::newRow("half a doctor")
        << int(InvestmentKind::PostDoctors) << int(CatalogueDialog::Units) << QStringLiteral("2.5")
        << QStringLiteral("%1, Number (beds or doctors): \"2.5\" is not a whole number.")
               .arg(kindLabel(InvestmentKind::PostDoctors));
}

void TestAppPlanner::catalogueRefusesInvalidValues()
{
    QFETCH(int, kind);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QVERIFY(!message.isEmpty());
    const InvestmentCatalogue before = m_doc->project().catalogue;
    QCOMPARE(before, defaultInvestmentCatalogue()); // the messages above assume it
    const int steps = m_doc->undoStack()->index();  // undone steps go with a new one
    plannerui::CatalogueDialog *dialog = openCatalogue();
    QVERIFY(dialog);
    dialog->table()->item(kind, column)->setText(text);
    QCOMPARE(dialog->messageLabel()->text(), message);
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->accept(); // as Enter would
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(), message);
    QCOMPARE(m_doc->project().catalogue, before);
    QCOMPARE(m_doc->undoStack()->index(), steps);
    dialog->reject();
}

void TestAppPlanner::catalogueRestoresDefaultsAndCancelChangesNothing()
{
    using plannerui::CatalogueDialog;
    InvestmentCatalogue edited = defaultInvestmentCatalogue();
    edited.costs[static_cast<std::size_t>(InvestmentKind::NewVillageClinic)].capitalYuan = 450000;
    edited.goldenHourMinutes = 90;
    QVERIFY(edit::setCatalogue(*m_doc, edited).ok);
    const int steps = m_doc->undoStack()->index(); // undone steps go with a new one

    CatalogueDialog *dialog = openCatalogue();
    QVERIFY(dialog);
    QCOMPARE(dialog->goldenHourBox()->value(), 90);
    dialog->restoreButton()->click();
    QCOMPARE(dialog->enteredCatalogue().value(), defaultInvestmentCatalogue());
    QCOMPARE(dialog->goldenHourBox()->value(), 60);
    QCOMPARE(m_doc->project().catalogue, edited); // not before OK
    dialog->reject();
    QCOMPARE(m_doc->project().catalogue, edited);
    QCOMPARE(m_doc->undoStack()->index(), steps);

    dialog = openCatalogue();
    QVERIFY(dialog);
    dialog->restoreButton()->click();
    dialog->okButton()->click();
    QCOMPARE(m_doc->project().catalogue, defaultInvestmentCatalogue());
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().catalogue, edited);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().catalogue, defaultInvestmentCatalogue());
}

// The ranked list follows the catalogue: the best kind made 100 times dearer
// moves down in gain per cost at once, and Apply waits for a new run.
void TestAppPlanner::rankingFollowsACatalogueCostChange()
{
    PlannerDialog *dialog = openPlanner();
    QVERIFY(dialog);
    QVERIFY(dialog->catalogueButton());
    dialog->runButton()->click();
    waitForRun(dialog);
    QVERIFY(dialog->result());
    QVERIFY(dialog->applyButton()->isEnabled());
    const CandidateModel *model = dialog->candidateModel();
    int best = -1;
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->rows()[i].rank == 1)
            best = i;
    QVERIFY(best >= 0);
    QVERIFY(model->rows()[best].gain > 0);
    const InvestmentKind kind = model->rows()[best].kind;
    const double cost = model->rows()[best].costYuan;
    int sameKind = 0;
    for (const plannerui::CandidateRow &row : model->rows())
        sameKind += row.kind == kind ? 1 : 0;
    QVERIFY(sameKind < model->rowCount()); // another kind can overtake it

    // Through the catalogue button: the editor opens over the planner.
    dialog->catalogueButton()->click();
    QPointer<plannerui::CatalogueDialog> editor = dialog->findChild<plannerui::CatalogueDialog *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    const int k = static_cast<int>(kind);
    const QTableWidgetItem *capital =
        editor->table()->item(k, plannerui::CatalogueDialog::CapitalCost);
    const QTableWidgetItem *yearly =
        editor->table()->item(k, plannerui::CatalogueDialog::YearlyCost);
    const double capitalTenThousand = QLocale().toDouble(capital->text());
    const double yearlyTenThousand = QLocale().toDouble(yearly->text());
    editor->table()
        ->item(k, plannerui::CatalogueDialog::CapitalCost)
        ->setText(QLocale().toString(std::max(1.0, capitalTenThousand) * 100 + 1000, 'f', 0));
    editor->table()
        ->item(k, plannerui::CatalogueDialog::YearlyCost)
        ->setText(QLocale().toString(std::max(0.0, yearlyTenThousand) * 100, 'f', 0));
    editor->okButton()->click();
    QTRY_VERIFY(!editor); // closed and gone

    QVERIFY(model->rows()[best].costYuan > cost * 50);
    QVERIFY(model->rows()[best].rank > 1);
    QVERIFY(model->rows()[best].gain > 0); // the gain stays: only the cost changed
    // The view shows the new order: its first row is another kind now.
    const QAbstractItemModel *shown = dialog->candidateView()->model();
    QVERIFY(shown->index(0, CandidateModel::Rank).data(CandidateModel::KindRole).toInt() != k);
    QVERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("catalogue")));

    // Undo puts the cost and the rank back.
    m_doc->undoStack()->undo();
    QCOMPARE(model->rows()[best].costYuan, cost);
    QCOMPARE(model->rows()[best].rank, 1);
}

// The portfolio fills in pick by pick while the planner chooses it, with the
// pick in the status; Cancel then leaves the project as it was.
void TestAppPlanner::portfolioShowsPickByPickAndCancelChangesNothing()
{
    PlannerDialog *dialog = openPlanner();
    QVERIFY(dialog);
    dialog->budgetBox()->setValue(5000); // 50 million yuan: many picks
    const Project before = m_doc->project();
    const int steps = m_doc->undoStack()->count();
    const bool modified = m_doc->isModified();
    dialog->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->portfolioTable()->rowCount() >= 1, kRunTimeoutMs);
    QVERIFY(dialog->runner()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->statusLabel()->text().startsWith(QStringLiteral("Choosing investment 2:")),
        kRunTimeoutMs);
    QVERIFY(dialog->runner()->isRunning());
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("so far")));
    QVERIFY(!dialog->applyButton()->isEnabled());
    dialog->cancelButton()->click();
    waitForRun(dialog);
    QVERIFY(dialog->result() == nullptr);
    QCOMPARE(dialog->portfolioTable()->rowCount(), 0);
    QVERIFY(!dialog->applyButton()->isEnabled());
    QCOMPARE(m_doc->project(), before);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->isModified(), modified);
    dialog->budgetBox()->setValue(50);
}

QTEST_MAIN(TestAppPlanner)
#include "tst_app_planner.moc"
