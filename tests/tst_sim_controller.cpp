// SimulationController: document edits, undo and redo reach the engine through
// the change signals; bursts coalesce; results equal a from-scratch run.
#include "models/demo/democounty.h"
#include "models/edit/edits.h"
#include "models/edit/investmentedits.h"
#include "models/edit/policyedits.h"
#include "models/sim/engine.h"
#include "models/sim/resultscompare.h"
#include "models/simulation/simulationcontroller.h"

#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace cc;

class TestSimController : public QObject {
    Q_OBJECT
private slots:
    void editUndoRedo();
    void burstsCoalesce();
    void labelsDoNotRun();
    void scenarioSelector();
    void catalogueEditReachesALinkInvestment();
    void catalogueEditWithoutSuchInvestmentDoesNotRun();
};

namespace {

// Largest relative difference over every number of two results.
double difference(const sim::Results &a, const sim::Results &b)
{
    return sim::maxRelativeDifference(a, b);
}

sim::Results scratch(const Project &p, EntityId scenario)
{
    SimIndexMap map;
    return sim::Engine(compileProject(p, scenario, map)).results();
}

bool waitIdle(SimulationController &c)
{
    // Runs finish on the event loop; wait on it, not with a sleep.
    QSignalSpy spy(&c, &SimulationController::resultsReady);
    for (int i = 0; i < 100 && !c.isIdle(); ++i)
        spy.wait(1000);
    return c.isIdle();
}

} // namespace

void TestSimController::editUndoRedo()
{
    ProjectDocument doc;
    doc.reset(demo::makeDemoProject(), {});
    SimulationController controller(&doc);
    QSignalSpy spy(&controller, &SimulationController::resultsReady);
    QVERIFY(waitIdle(controller));
    QVERIFY(spy.count() >= 1);
    const SimulationResultsPtr before = controller.results();
    QVERIFY(before);
    const EntityId scenario = doc.project().baselineScenarioId();
    QVERIFY(difference(before->results, scratch(doc.project(), scenario)) < 1e-9);

    // Post a county specialist to a township centre for a year.
    EntityId specialist = 0, centre = 0;
    for (const StaffMember &m : doc.project().staff)
        if (m.role == StaffRole::Specialist &&
            doc.project().facilities.value(m.homeFacilityId).level ==
                FacilityLevel::CountyHospital) {
            specialist = m.id;
            break;
        }
    for (const Facility &f : doc.project().facilities)
        if (f.level == FacilityLevel::TownshipCentre) {
            centre = f.id;
            break;
        }
    QVERIFY(specialist && centre);
    Posting posting;
    posting.staffId = specialist;
    posting.facilityId = centre;
    posting.startMonth = 6;
    posting.endMonth = 18;
    posting.fte = 1.0;
    spy.clear();
    const edit::EditResult added = edit::add(doc, posting);
    QVERIFY2(added.ok, qPrintable(added.error));
    QVERIFY(waitIdle(controller));
    QVERIFY(spy.count() >= 1);
    const SimulationResultsPtr edited = controller.results();
    QVERIFY(edited != before);
    QVERIFY(!edited->stats.fullRun);
    QCOMPARE(edited->stats.firstMonth, 6);
    const int f = edited->ids.facilities.value(centre);
    const int T = edited->results.months;
    QVERIFY(edited->results.facilityEpisodes[f * T + 6] >
            before->results.facilityEpisodes[f * T + 6]);
    QVERIFY(difference(edited->results, scratch(doc.project(), scenario)) < 1e-9);

    // Undo goes through the same signals and restores the first results.
    doc.undoStack()->undo();
    QVERIFY(waitIdle(controller));
    QVERIFY(difference(controller.results()->results, before->results) < 1e-9);
    doc.undoStack()->redo();
    QVERIFY(waitIdle(controller));
    QVERIFY(difference(controller.results()->results, edited->results) < 1e-9);
}

void TestSimController::burstsCoalesce()
{
    ProjectDocument doc;
    doc.reset(demo::makeDemoProject(), {});
    SimulationController controller(&doc);
    QVERIFY(waitIdle(controller));
    QSignalSpy spy(&controller, &SimulationController::resultsReady);
    QSignalSpy busy(&controller, &SimulationController::busyChanged);
    // A slider drag: twenty policy changes in one turn of the event loop, one
    // merged undo step, one run of the last state.
    const EntityId scenario = doc.project().baselineScenarioId();
    const qint64 drag = edit::newMergeKey();
    for (int i = 0; i < 20; ++i)
        QVERIFY(edit::setPolicyValue(doc, scenario, 0, PolicyKey::InpatientRatioTownship,
                                     0.70 + 0.01 * i, drag)
                    .ok);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(controller.isBusy());
    QCOMPARE(busy.count(), 1);
    QVERIFY(waitIdle(controller));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!controller.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.last().at(0).toBool(), false);
    const SimulationResultsPtr r = controller.results();
    // A change from month 0 redoes every month, which the engine may run as a
    // full run from the compiled input; the later change below shows the update.
    QCOMPARE(r->stats.firstMonth, 0);
    QCOMPARE(doc.project().policyAt(scenario, 0).at(int(PolicyKey::InpatientRatioTownship)), 0.89);
    QVERIFY(difference(r->results, scratch(doc.project(), scenario)) < 1e-9);

    // A value of a later change: the update starts at that change's month.
    QVERIFY(edit::addPolicyChange(doc, scenario, 23).ok);
    QVERIFY(waitIdle(controller));
    const PolicySchedule schedule = doc.project().scenarios.value(scenario).schedule;
    int entry = 0;
    while (entry < schedule.size() && schedule[entry].fromMonth != 23)
        ++entry;
    QVERIFY(entry < schedule.size());
    QVERIFY(edit::setPolicyValue(doc, scenario, entry, PolicyKey::InpatientRatioTownship, 0.95).ok);
    QVERIFY(waitIdle(controller));
    QVERIFY(!controller.results()->stats.fullRun);
    QCOMPARE(controller.results()->stats.firstMonth, 23);
    QVERIFY(difference(controller.results()->results, scratch(doc.project(), scenario)) < 1e-9);
}

void TestSimController::labelsDoNotRun()
{
    ProjectDocument doc;
    doc.reset(demo::makeDemoProject(), {});
    SimulationController controller(&doc);
    QVERIFY(waitIdle(controller));
    const SimulationResultsPtr before = controller.results();
    QSignalSpy spy(&controller, &SimulationController::resultsReady);
    // Names are not simulated: renaming a facility and a scenario runs nothing.
    Facility f = doc.project().facilities.first();
    f.name = QStringLiteral("改名卫生院");
    QVERIFY(edit::change(doc, f).ok);
    const EntityId reform = doc.project().scenarioIdByName(QStringLiteral("reform"));
    QVERIFY(edit::renameScenario(doc, reform, QStringLiteral("紧密型改革")).ok);
    QVERIFY(controller.isIdle());
    QVERIFY(!controller.isBusy());
    QVERIFY(waitIdle(controller));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(controller.results(), before);
}

void TestSimController::scenarioSelector()
{
    ProjectDocument doc;
    doc.reset(demo::makeDemoProject(), {});
    SimulationController controller(&doc);
    QVERIFY(waitIdle(controller));
    const EntityId reform = doc.project().scenarioIdByName(QStringLiteral("reform"));
    QSignalSpy changed(&controller, &SimulationController::scenarioChanged);
    controller.setScenario(reform);
    QCOMPARE(changed.count(), 1);
    QVERIFY(waitIdle(controller));
    QCOMPARE(controller.results()->scenarioId, reform);
    QVERIFY(difference(controller.results()->results, scratch(doc.project(), reform)) < 1e-9);
}

// A scenario's telemedicine-link investment pays the catalogue's yearly cost
// (planner::toSimAction reads it when compiling): a catalogue edit moves the
// results on show, undo brings them back, both equal to a from-scratch run.
void TestSimController::catalogueEditReachesALinkInvestment()
{
    Project p = demo::makeDemoProject();
    EntityId centre = 0;
    for (const Facility &f : p.facilities)
        if (f.level == FacilityLevel::TownshipCentre) {
            centre = f.id;
            break;
        }
    QVERIFY(centre);
    Investment link;
    link.id = 1;
    link.scenarioId = p.baselineScenarioId();
    link.kind = InvestmentKind::TelemedicineLink;
    link.facilityId = centre;
    link.capabilityGain = 0.08;
    QVERIFY(validateInvestment(link).isEmpty());
    p.investments.insert(link.id, link);
    ProjectDocument doc;
    doc.reset(p, {});
    SimulationController controller(&doc);
    QVERIFY(waitIdle(controller));
    const SimulationResultsPtr before = controller.results();
    QVERIFY(before);
    const EntityId scenario = doc.project().baselineScenarioId();
    QVERIFY(difference(before->results, scratch(doc.project(), scenario)) < 1e-9);

    InvestmentCatalogue catalogue = doc.project().catalogue;
    catalogue.costs[static_cast<std::size_t>(InvestmentKind::TelemedicineLink)].annualYuan *= 10;
    QSignalSpy spy(&controller, &SimulationController::resultsReady);
    const edit::EditResult r = edit::setCatalogue(doc, catalogue);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(waitIdle(controller));
    QVERIFY(spy.count() >= 1);
    const SimulationResultsPtr edited = controller.results();
    QVERIFY(edited != before);
    const double linkCost =
        doc.project().catalogue.cost(InvestmentKind::TelemedicineLink).annualYuan;
    QVERIFY(edited->results.countyAt(0).telemedicineCostYuan >
            before->results.countyAt(0).telemedicineCostYuan + linkCost / 12 * 0.5);
    QVERIFY(difference(edited->results, scratch(doc.project(), scenario)) < 1e-9);

    doc.undoStack()->undo();
    QVERIFY(waitIdle(controller));
    QVERIFY(difference(controller.results()->results, before->results) < 1e-9);
}

// Without such an investment the catalogue is the planner's alone: no run.
void TestSimController::catalogueEditWithoutSuchInvestmentDoesNotRun()
{
    ProjectDocument doc;
    doc.reset(demo::makeDemoProject(), {});
    SimulationController controller(&doc);
    QVERIFY(waitIdle(controller));
    const SimulationResultsPtr before = controller.results();
    InvestmentCatalogue catalogue = doc.project().catalogue;
    catalogue.costs[static_cast<std::size_t>(InvestmentKind::TelemedicineLink)].annualYuan *= 10;
    QSignalSpy spy(&controller, &SimulationController::resultsReady);
    QVERIFY(edit::setCatalogue(doc, catalogue).ok);
    QVERIFY(controller.isIdle());
    QVERIFY(!controller.isBusy());
    QVERIFY(waitIdle(controller));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(controller.results(), before);
}

QTEST_GUILESS_MAIN(TestSimController)
#include "tst_sim_controller.moc"
