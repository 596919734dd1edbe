// The investment planner's window (issue 20) in the main window on the demo
// county: a run fills the ranked list as candidates are evaluated and proposes
// a portfolio within the budget; Cancel leaves the project as it was; Apply is
// one undo step that shows the new scenario against the starting one, and
// Undo restores the project exactly; clinic merges are no candidates unless
// asked for. A small budget and the first year keep each run short. The
// golden-hour overlay rings exactly the villages beyond the threshold, whose
// change is one undo step.
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
#include "widgets/planner/plannerdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
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

private:
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

QTEST_MAIN(TestAppPlanner)
#include "tst_app_planner.moc"
