// SimulationController: document edits, undo and redo reach the engine through
// the change signals; bursts coalesce; results equal a from-scratch run.
#include "models/demo/democounty.h"
#include "models/edit/edits.h"
#include "models/sim/engine.h"
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
    void scenarioSelector();
};

namespace {

// County indicators and fund of two runs, relative difference.
double difference(const sim::Results &a, const sim::Results &b)
{
    if (a.months != b.months)
        return 1.0;
    double worst = 0;
    auto check = [&](double x, double y) {
        worst = std::max(worst, std::abs(x - y) / std::max({std::abs(x), std::abs(y), 1.0}));
    };
    for (int t = 0; t < a.months; ++t) {
        const sim::Indicators &x = a.countyAt(t), &y = b.countyAt(t);
        check(x.inCountyRate, y.inCountyRate);
        check(x.grassrootsShare, y.grassrootsShare);
        check(x.inCountyInpatientShare, y.inCountyInpatientShare);
        check(x.claimsTotalYuan, y.claimsTotalYuan);
        check(x.episodes(), y.episodes());
        check(a.fund[t].closingBalance, b.fund[t].closingBalance);
        for (int w = 0; w < a.townships; ++w)
            check(a.townshipAt(w, t).inCountyRate, b.townshipAt(w, t).inCountyRate);
    }
    return worst;
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
    // A slider drag: twenty policy changes in a row, one merged undo step.
    const EntityId scenario = doc.project().baselineScenarioId();
    for (int i = 0; i < 20; ++i) {
        Scenario s = doc.project().scenarios.value(scenario);
        s.schedule.first().changes.set(PolicyKey::InpatientRatioTownship, 0.70 + 0.01 * i);
        QVERIFY(edit::change(doc, s, edit::MergePolicy).ok);
    }
    QVERIFY(waitIdle(controller));
    QVERIFY2(spy.count() < 20, qPrintable(QString::number(spy.count())));
    QVERIFY(difference(controller.results()->results, scratch(doc.project(), scenario)) < 1e-9);
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

QTEST_GUILESS_MAIN(TestSimController)
#include "tst_sim_controller.moc"
