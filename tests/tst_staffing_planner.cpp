// Posting planner: its proposals obey every staffing rule and keep the county
// hospital's WISN need covered; accepted, they are one undo step that raises the
// in-county rate in a from-scratch engine run by what they claimed; undo
// restores the exact project; cancelling stops the search.
#include "models/domain/projectdocument.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/staffing/postingplanner.h"
#include "models/staffing/staffingedits.h"
#include "models/staffing/staffingrules.h"
#include "tests/testproject.h"

#include <QTest>

using namespace cc;
using namespace cc::staffing;

namespace {

double horizonRate(const Project &p, EntityId scenario)
{
    SimIndexMap map;
    sim::Engine engine(compileProject(p, scenario, map));
    double in = 0, all = 0;
    for (const sim::Indicators &m : engine.results().county) {
        in += m.inCountyRate * m.episodes();
        all += m.episodes();
    }
    return in / all;
}

// The small county with a pool of county-hospital doctors to post, and
// (when `nurses`) enough nurses that the hospital covers its own workload.
Project plannerProject(int nurses)
{
    Project p = test::smallProject();
    p.settings[SettingKey::StaffingMinTownshipPosts] = 1.0;
    p.settings[SettingKey::StaffingGpPer10k] = 0.0;
    EntityId id = 10;
    auto hire = [&](StaffRole role, StaffTitle title, int months) {
        StaffMember m;
        m.id = id++;
        m.name = QStringLiteral("医生%1").arg(m.id);
        m.role = role;
        m.title = title;
        m.homeFacilityId = 1;
        m.grassrootsMonths = months;
        m.annualSalaryYuan = 120000;
        p.staff.insert(m.id, m);
    };
    for (int t = 0; t < 3; ++t) {
        hire(StaffRole::Specialist, static_cast<StaffTitle>(t), 24);
        hire(StaffRole::Specialist, static_cast<StaffTitle>(t), 24);
        hire(StaffRole::GeneralPractitioner, static_cast<StaffTitle>(t), 24);
    }
    hire(StaffRole::Specialist, StaffTitle::Intermediate, 0); // short of promotion service
    for (int i = 0; i < nurses; ++i)
        hire(StaffRole::Nurse, StaffTitle::Intermediate, 0);
    // Local hires of the county hospital are not the alliance's to post.
    StaffMember local = p.staff.value(10);
    local.id = id++;
    local.employerFacilityId = 1;
    p.staff.insert(local.id, local);
    return p;
}

} // namespace

class TestStaffingPlanner : public QObject {
    Q_OBJECT
private slots:
    void proposalsObeyRulesAndDeliverTheirGain()
    {
        const Project start = plannerProject(200);
        PlannerOptions o;
        o.scenarioId = 1;
        o.proposals = 3;
        o.startMonth = 0;
        o.months = 12;
        const PlannerResult r = planPostings(start, o);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.cancelled);
        QCOMPARE(r.proposals.size(), 3);
        QVERIFY(r.evaluations > 3);

        QVector<Posting> postings;
        QSet<EntityId> people;
        double claimed = 0;
        for (const Proposal &p : r.proposals) {
            QVERIFY(p.gain > 0);
            claimed += p.gain;
            const StaffMember m = start.staff.value(p.posting.staffId);
            QCOMPARE(m.employerFacilityId, EntityId(0)); // alliance staff only
            QCOMPARE(m.homeFacilityId, EntityId(1));
            QVERIFY(m.role == StaffRole::GeneralPractitioner || m.role == StaffRole::Specialist);
            QCOMPARE(start.facilities.value(p.posting.facilityId).level,
                     FacilityLevel::TownshipCentre);
            QCOMPARE(p.posting.startMonth, 0);
            QCOMPARE(p.posting.endMonth, 12);
            QVERIFY(!people.contains(m.id));
            people.insert(m.id);
            postings.push_back(p.posting);
        }
        // Staff 1 already works at the centre in months 0-12: not proposed again.
        QVERIFY(!people.contains(1));
        // Ordered by the greedy search: each gain no larger than the one before.
        for (int i = 1; i < r.proposals.size(); ++i)
            QVERIFY(r.proposals[i].gain <= r.proposals[i - 1].gain + 1e-12);

        ProjectDocument doc;
        doc.reset(start, QString());
        const StaffingEditResult accepted = addPostings(doc, postings, QStringLiteral("plan"));
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QCOMPARE(doc.undoStack()->count(), 1); // one undo step
        QCOMPARE(doc.project().postings.size(), start.postings.size() + 3);
        // Every rule holds: nothing new against the starting project.
        QVERIFY(newViolations(start, doc.project(), scenariosOf(start, 0)).isEmpty());

        // From scratch, the rate rises by at least what the planner claimed.
        const double before = horizonRate(start, 1);
        const double after = horizonRate(doc.project(), 1);
        QVERIFY(qAbs(before - r.baseRate) < 1e-9);
        QVERIFY2(after >= before + claimed - 1e-9,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(before).arg(after).arg(claimed)));
        QVERIFY(qAbs(after - r.proposals.back().rateAfter) < 1e-9);

        // The county hospital keeps its need covered in the posting months.
        SimIndexMap map;
        sim::Engine engine(compileProject(doc.project(), 1, map));
        const int ch = map.facilities.value(1);
        for (int t = 0; t < 12; ++t) {
            const std::size_t i = std::size_t(ch) * engine.results().months + t;
            QVERIFY(engine.results().facilityFte[i] + 1e-9 >=
                    engine.results().facilityFteNeeded[i]);
        }

        doc.undoStack()->undo();
        QCOMPARE(doc.project(), start); // exactly the starting project
    }

    void checkedSubsetIsOneStepToo()
    {
        const Project start = plannerProject(200);
        PlannerOptions o;
        o.scenarioId = 2;
        o.postingScenarioId = 2;
        o.proposals = 2;
        o.startMonth = 24;
        o.months = 6;
        const PlannerResult r = planPostings(start, o);
        QCOMPARE(r.proposals.size(), 2);
        for (const Proposal &p : r.proposals)
            QCOMPARE(p.posting.scenarioId, EntityId(2));
        ProjectDocument doc;
        doc.reset(start, QString());
        QVERIFY(addPostings(doc, {r.proposals[1].posting}, QStringLiteral("plan")).ok);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), start);
    }

    void countyHospitalNeedBlocksPostings()
    {
        // Without nurses the county hospital is short of its own need: nothing may leave.
        const Project start = plannerProject(0);
        PlannerOptions o;
        o.scenarioId = 1;
        o.proposals = 2;
        o.startMonth = 12;
        o.months = 12;
        const PlannerResult r = planPostings(start, o);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.proposals.isEmpty());
        QVERIFY(r.rejectedByCoverage > 0);
    }

    void rulesBlockPostings()
    {
        // Postings of 12 months where 18 are the minimum: each would be a new violation.
        Project start = plannerProject(200);
        start.settings[SettingKey::StaffingMinTownshipMonths] = 18;
        PlannerOptions o;
        o.scenarioId = 1;
        o.proposals = 2;
        o.startMonth = 12;
        o.months = 12;
        const PlannerResult r = planPostings(start, o);
        QVERIFY(r.proposals.isEmpty());
        QVERIFY(r.rejectedByRules > 0);
        // Off, the same search proposes.
        start.settings[SettingKey::StaffingMinMonthsSeverity] = 0;
        QCOMPARE(planPostings(start, o).proposals.size(), 2);
    }

    void cancelStopsTheSearch()
    {
        const Project start = plannerProject(200);
        PlannerOptions o;
        o.scenarioId = 1;
        int calls = 0;
        const PlannerResult r = planPostings(start, o, [&calls](int, int) { return ++calls < 3; });
        QVERIFY(r.cancelled);
        QVERIFY(r.proposals.isEmpty());
        QCOMPARE(calls, 3);
    }

    void refusesBadOptions()
    {
        PlannerOptions o;
        o.fte = 1.5;
        QVERIFY(!planPostings(plannerProject(10), o).error.isEmpty());
        o.fte = 1.0;
        o.scenarioId = 1;
        o.postingScenarioId = 2;
        QVERIFY(!planPostings(plannerProject(10), o).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaffingPlanner)
#include "tst_staffing_planner.moc"
