// The investment planner (issue 20): golden-hour coverage, candidate gains by
// the incremental engine against full runs, the budget, Apply as one undo
// step, cancel, and a candidate that can change nothing.
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/edit/investmentedits.h"
#include "models/planner/goldenhour.h"
#include "models/planner/investmentcompile.h"
#include "models/planner/planner.h"
#include "models/planner/simaction.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"
#include "tests/gpkgsqlite.h"
#include "tests/testproject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sqlite3.h>

using namespace cc;
using namespace cc::planner;

class TestPlanner : public QObject {
    Q_OBJECT
private slots:
    void goldenHourCoverage_data();
    void goldenHourCoverage();
    void rankingAgreesWithFullRuns_data();
    void rankingAgreesWithFullRuns();
    void rankingAgreesOnTheDemoCounty();
    void evaluatingOnTwoEnginesAgrees();
    void chainedEditsEqualTheirSequence();
    void portfolioRespectsBudget_data();
    void portfolioRespectsBudget();
    void applyAndUndoRestoreTheProject();
    void appliedScenarioSurvivesSaveAndLoad();
    void version4FilesMigrate();
    void cancelLeavesTheProjectUnchanged();
    void bedsWhereNoOneLacksABedGainNothing();
    void mergesAreExcludedByDefault();
    void costIsNeverBelowTheCapitalCost_data();
    void costIsNeverBelowTheCapitalCost();
    void cliListsMergesOnlyWithIncludeMerges();
};

namespace {

// The small test county with more villages (so sites and coverage have
// choices), a second township centre and clinic, and county doctors free to post.
Project plannerProject()
{
    Project p = test::smallProject();
    const struct {
        const char *name;
        double lon, lat;
        qint64 population;
        EntityId township;
    } villages[] = {
        {"东村", 118.30, 26.20, 3000, 1},  {"西村", 118.02, 26.25, 1800, 2},
        {"南村", 118.25, 26.02, 2600, 1},  {"北村", 118.35, 26.28, 1200, 1},
        {"远山村", 118.39, 26.01, 900, 2},
    };
    EntityId id = 10;
    for (const auto &v : villages) {
        Settlement s;
        s.id = id++;
        s.name = QString::fromUtf8(v.name);
        s.position = {v.lon, v.lat};
        s.population = v.population;
        s.townshipId = v.township;
        s.signedShare = 0.3;
        p.settlements.insert(s.id, s);
    }
    Facility thc = p.facilities.value(2);
    thc.id = 5;
    thc.name = QStringLiteral("城关镇卫生院");
    thc.townshipId = 1;
    thc.position = {118.28, 26.12};
    p.facilities.insert(thc.id, thc);
    Facility vc = p.facilities.value(3);
    vc.id = 6;
    vc.name = QStringLiteral("下坪村卫生室");
    vc.position = {118.10, 26.08};
    p.facilities.insert(vc.id, vc);
    for (EntityId s = 3; s <= 6; ++s) {
        StaffMember m = p.staff.value(1);
        m.id = s;
        m.name = QStringLiteral("医生%1").arg(s);
        m.role = s % 2 ? StaffRole::Specialist : StaffRole::GeneralPractitioner;
        p.staff.insert(m.id, m);
    }
    return p;
}

bool close(double a, double b, double scale)
{
    return std::abs(a - b) <= 1e-9 * std::max({std::abs(scale), std::abs(a), std::abs(b), 1e-9});
}

} // namespace

void TestPlanner::goldenHourCoverage_data()
{
    QTest::addColumn<double>("minutes");
    QTest::newRow("10 min") << 10.0;
    QTest::newRow("30 min") << 30.0;
    QTest::newRow("60 min (default)") << 60.0;
    QTest::newRow("120 min") << 120.0;
}

void TestPlanner::goldenHourCoverage()
{
    QFETCH(double, minutes);
    Project p = plannerProject();
    p.catalogue.goldenHourMinutes = minutes;
    p.careCentres.insert(1, careCentreBit(CareCentreKind::Stroke));
    SimIndexMap map;
    const sim::Input input = compileProject(p, p.baselineScenarioId(), map);
    // The oracle: the engine's own travel times to the county hospital (every
    // village's candidate).
    const sim::Engine engine(input);
    const int hospital = map.facilities.value(1);
    double expected = 0;
    for (const Settlement &s : p.settlements) {
        const double tt = engine.travelMinutes(map.settlements.value(s.id), hospital);
        QVERIFY(tt >= 0);
        if (tt <= minutes)
            expected += static_cast<double>(s.population);
    }
    const CoverageMatrix coverage(input);
    const std::vector<char> centres =
        careCentresOf(p, p.baselineScenarioId(), map, static_cast<int>(input.facilities.size()),
                      CareCentreKind::Stroke);
    QCOMPARE(coverage.populationWithin(centres, minutes), expected);
    // No chest-pain centre: nobody is covered.
    QCOMPARE(coverage.populationWithin(careCentresOf(p, p.baselineScenarioId(), map,
                                                     static_cast<int>(input.facilities.size()),
                                                     CareCentreKind::ChestPain),
                                       minutes),
             0.0);
    // The planner's objective is the same count.
    Planner planner(p, p.baselineScenarioId(), Objective::CoverageStroke, Planner::defaultYear(p));
    QCOMPARE(planner.baseValue(), expected);
}

void TestPlanner::rankingAgreesWithFullRuns_data()
{
    QTest::addColumn<int>("objective");
    QTest::addColumn<QString>("scenario");
    for (int o = 0; o < kObjectiveCount; ++o) {
        const auto objective = static_cast<Objective>(o);
        if (objective == Objective::CoverageTrauma || objective == Objective::CoverageMaternal)
            continue;
        for (const char *scenario : {"baseline", "reform"})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(
                QLatin1String(objectiveCode(objective)), QLatin1String(scenario))))
                << o << QString::fromLatin1(scenario);
    }
}

void TestPlanner::rankingAgreesWithFullRuns()
{
    QFETCH(int, objective);
    QFETCH(QString, scenario);
    Project p = plannerProject();
    p.catalogue.costs[static_cast<int>(InvestmentKind::PostDoctors)].units = 2;
    CandidateOptions withMerges;
    withMerges.includeMerges = true;
    Planner planner(p, p.scenarioIdByName(scenario), static_cast<Objective>(objective),
                    Planner::defaultYear(p), withMerges);
    const auto &candidates = planner.candidates();
    QVERIFY(candidates.size() >= 10);
    QSet<InvestmentKind> kinds;
    int moved = 0;
    // Every candidate of the small county: its gain by apply-read-revert on the
    // engine equals the gain of two full runs.
    for (int i = 0; i < static_cast<int>(candidates.size()); ++i) {
        const double incremental = planner.evaluate(i);
        const double full = planner.evaluateByFullRun(i);
        kinds.insert(candidates[static_cast<std::size_t>(i)].investment.kind);
        moved += std::abs(full) > 1e-9 * std::max(1.0, std::abs(planner.baseValue())) ? 1 : 0;
        QVERIFY2(close(incremental, full, planner.baseValue()),
                 qPrintable(QStringLiteral("%1 at %2: incremental %3, full run %4")
                                .arg(planner.actionName(i), planner.targetName(i))
                                .arg(incremental, 0, 'g', 15)
                                .arg(full, 0, 'g', 15)));
    }
    QVERIFY(moved > 0);
    if (!isCoverage(static_cast<Objective>(objective)))
        for (InvestmentKind k :
             {InvestmentKind::AddBeds, InvestmentKind::EquipLine, InvestmentKind::TelemedicineLink,
              InvestmentKind::PostDoctors, InvestmentKind::NewVillageClinic,
              InvestmentKind::NewTownshipBranch, InvestmentKind::MergeClinic,
              InvestmentKind::CareCentre})
            QVERIFY2(kinds.contains(k), investmentKindInfo(k).code);
}

void TestPlanner::rankingAgreesOnTheDemoCounty()
{
    // A sample of the demo county's candidates: the first of every kind and
    // every 37th, against two full runs each.
    const Project p = demo::makeDemoProject();
    CandidateOptions withMerges;
    withMerges.includeMerges = true;
    Planner planner(p, p.scenarioIdByName(QStringLiteral("reform")), Objective::InCountyRate, 2028,
                    withMerges);
    const auto &candidates = planner.candidates();
    QVERIFY2(candidates.size() > 200, qPrintable(QString::number(candidates.size())));
    QSet<InvestmentKind> kinds;
    int sampled = 0;
    for (int i = 0; i < static_cast<int>(candidates.size()); ++i) {
        const InvestmentKind kind = candidates[static_cast<std::size_t>(i)].investment.kind;
        if (kinds.contains(kind) && i % 37 != 0)
            continue;
        kinds.insert(kind);
        ++sampled;
        const double incremental = planner.evaluate(i);
        const double full = planner.evaluateByFullRun(i);
        QVERIFY2(close(incremental, full, planner.baseValue()),
                 qPrintable(QStringLiteral("%1 at %2: incremental %3, full run %4")
                                .arg(planner.actionName(i), planner.targetName(i))
                                .arg(incremental, 0, 'g', 15)
                                .arg(full, 0, 'g', 15)));
    }
    // Every kind is a candidate somewhere, except that a county may have no
    // village beyond the 15-minute circle of a clinic (the demo county has
    // none) or none 30 minutes from a township centre.
    QStringList missing;
    for (int k = 0; k < kInvestmentKindCount; ++k)
        if (!kinds.contains(static_cast<InvestmentKind>(k)))
            missing << QLatin1String(investmentKindInfo(static_cast<InvestmentKind>(k)).code);
    QVERIFY2(missing.size() <= 1, qPrintable(missing.join(QLatin1Char(','))));
    QVERIFY(kinds.contains(InvestmentKind::NewVillageClinic) ||
            kinds.contains(InvestmentKind::NewTownshipBranch));
    qInfo("demo county: %d candidates, %d sampled, missing kinds: %s",
          static_cast<int>(candidates.size()), sampled, qPrintable(missing.join(QLatin1Char(','))));
    QVERIFY(sampled >= 12);
}

void TestPlanner::portfolioRespectsBudget_data()
{
    QTest::addColumn<int>("objective");
    QTest::addColumn<double>("budget");
    for (const double budget : {0.0, 500000.0, 3e6, 2e7, 1e8})
        for (const Objective o :
             {Objective::InCountyRate, Objective::OutOfPocket, Objective::CoverageStroke})
            QTest::newRow(qPrintable(
                QStringLiteral("%1, %2 yuan").arg(QLatin1String(objectiveCode(o))).arg(budget)))
                << static_cast<int>(o) << budget;
}

void TestPlanner::portfolioRespectsBudget()
{
    QFETCH(int, objective);
    QFETCH(double, budget);
    const Project p = plannerProject();
    Planner planner(p, p.baselineScenarioId(), static_cast<Objective>(objective),
                    Planner::defaultYear(p));
    PlanOptions options;
    options.budgetYuan = budget;
    const PlanResult plan = planner.plan(options);
    QVERIFY(!plan.cancelled);
    double spent = 0, sum = 0;
    QSet<int> seen;
    for (const Pick &pick : plan.portfolio) {
        spent += pick.costYuan;
        sum += pick.gain;
        QVERIFY(!seen.contains(pick.candidate));
        seen.insert(pick.candidate);
        QCOMPARE(pick.costYuan,
                 planner.candidates()[static_cast<std::size_t>(pick.candidate)].costYuan);
        QVERIFY(close(pick.cumulativeGain, sum, plan.baseValue));
    }
    QVERIFY2(spent <= budget, qPrintable(QStringLiteral("spent %1 of %2").arg(spent).arg(budget)));
    QCOMPARE(plan.spentYuan, spent);
    if (budget >= 2e7)
        QVERIFY(!plan.portfolio.empty());
    if (budget == 0.0)
        for (const Pick &pick : plan.portfolio)
            QVERIFY(pick.costYuan <= 0);
    // The bound is one: nothing the greedy portfolio gains exceeds it by more than rounding
    // when each pick's gain is no larger than it was on its own.
    if (!plan.portfolio.empty())
        QVERIFY(plan.upperBound > 0);
}

void TestPlanner::applyAndUndoRestoreTheProject()
{
    const Project original = plannerProject();
    ProjectDocument doc;
    doc.reset(original, QString());
    const EntityId from = original.scenarioIdByName(QStringLiteral("reform"));
    Planner planner(doc.project(), from, Objective::InCountyRate, Planner::defaultYear(original));
    PlanOptions options;
    options.budgetYuan = 2e7;
    const PlanResult plan = planner.plan(options);
    QVERIFY(!plan.portfolio.empty());
    const Project planned = doc.project(); // the planner never changes the project
    QCOMPARE(planned, original);

    const int steps = doc.undoStack()->count();
    const edit::EditResult applied =
        edit::applyPortfolio(doc, planner, plan, from, QStringLiteral("投资 2000 万"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(doc.undoStack()->count(), steps + 1); // one undo step
    const Project after = doc.project();
    QVERIFY(after != original);
    const EntityId created = after.scenarioIdByName(QStringLiteral("投资 2000 万"));
    QCOMPARE(created, applied.id);
    // What the new scenario simulates is what the planner promised.
    SimIndexMap map;
    const sim::Engine engine(compileProject(after, created, map));
    const double value =
        Planner::objectiveValue(engine.results(), Objective::InCountyRate, planner.year());
    QVERIFY2(close(value - plan.baseValue, plan.portfolio.back().cumulativeGain, plan.baseValue),
             qPrintable(QStringLiteral("applied %1, planned %2")
                            .arg(value - plan.baseValue, 0, 'g', 15)
                            .arg(plan.portfolio.back().cumulativeGain, 0, 'g', 15)));
    // The starting scenario is untouched.
    SimIndexMap map2;
    const sim::Engine start(compileProject(after, from, map2));
    QVERIFY(close(Planner::objectiveValue(start.results(), Objective::InCountyRate, planner.year()),
                  plan.baseValue, plan.baseValue));

    doc.undoStack()->undo();
    QCOMPARE(doc.project(), original);
    doc.undoStack()->redo();
    QCOMPARE(doc.project(), after);
    doc.undoStack()->undo();
    QCOMPARE(doc.project(), original);

    // A taken name is refused and changes nothing.
    const edit::EditResult again =
        edit::applyPortfolio(doc, planner, plan, from, QStringLiteral("baseline"));
    QVERIFY(!again.ok);
    QCOMPARE(doc.project(), original);
}

void TestPlanner::appliedScenarioSurvivesSaveAndLoad()
{
    Project p = plannerProject();
    p.careCentres.insert(1, careCentreBit(CareCentreKind::Stroke) |
                                careCentreBit(CareCentreKind::Trauma));
    p.catalogue.goldenHourMinutes = 45;
    p.catalogue.costs[static_cast<int>(InvestmentKind::AddBeds)].capitalYuan = 1234567;
    // The starting scenario has a key and an English name (as the demo's
    // scenarios have): they stay its own, or the file could not be saved.
    p.scenarios[p.baselineScenarioId()].key = QStringLiteral("baseline");
    p.scenarios[p.baselineScenarioId()].nameEn = QStringLiteral("Baseline");
    ProjectDocument doc;
    doc.reset(p, QString());
    Planner planner(doc.project(), p.baselineScenarioId(), Objective::InpatientShare,
                    Planner::defaultYear(p));
    PlanOptions options;
    options.budgetYuan = 5e7;
    const PlanResult plan = planner.plan(options);
    QVERIFY(!plan.portfolio.empty());
    QVERIFY(edit::applyPortfolio(doc, planner, plan, p.baselineScenarioId(), QStringLiteral("plan"))
                .ok);
    QVERIFY(!doc.project().investments.isEmpty());
    const Scenario applied =
        doc.project().scenarios.value(doc.project().scenarioIdByName(QStringLiteral("plan")));
    QVERIFY(applied.key.isEmpty());
    QVERIFY(applied.nameEn.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.ccplan"));
    const store::SaveResult saved = store::saveProject(doc.project(), path);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    const store::LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.project, doc.project());
}

void TestPlanner::version4FilesMigrate()
{
    // A version-4 file is a version-5 file without the planner's tables.
    Project p = plannerProject();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.ccplan"));
    QVERIFY(store::saveProject(p, path).ok);
    sqlite3 *db = nullptr;
    QCOMPARE(test::openGeoPackage(path, &db), SQLITE_OK);
    const int rc =
        sqlite3_exec(db,
                     "DROP TABLE cc_investment_catalogue; DROP TABLE cc_planner_settings;"
                     "DROP TABLE cc_care_centres; DROP TABLE cc_investments;"
                     "UPDATE cc_meta SET value = '4' WHERE key IN "
                     "('schema_version', 'min_compatible_version');",
                     nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
    const store::LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.fileSchemaVersion, 4);
    QVERIFY(loaded.migrated);
    QCOMPARE(loaded.project.catalogue, defaultInvestmentCatalogue());
    QVERIFY(loaded.project.careCentres.isEmpty());
    QVERIFY(loaded.project.investments.isEmpty());
    // Migration step 5 also gives the scenario named "baseline" its key.
    Project expected = p;
    for (EntityId id : expected.scenarios.keys())
        if (expected.scenarios[id].name == QLatin1String("baseline"))
            expected.scenarios[id].key = QStringLiteral("baseline");
    QCOMPARE(loaded.project, expected);
    // Saved again, it is a version-5 file that keeps an edited catalogue.
    Project edited = loaded.project;
    edited.catalogue.goldenHourMinutes = 90;
    edited.careCentres.insert(5, careCentreBit(CareCentreKind::ChestPain));
    QVERIFY(store::saveProject(edited, path).ok);
    const store::LoadResult again = store::loadProject(path);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.fileSchemaVersion, store::kSchemaVersion);
    QCOMPARE(again.project, edited);
}

// A round's evaluations on two engines at once (where there are two cores):
// each gain is the one-engine gain within 1e-9, and a second planner gets the
// same numbers to the last bit.
void TestPlanner::evaluatingOnTwoEnginesAgrees()
{
    const Project p = plannerProject();
    CandidateOptions withMerges;
    withMerges.includeMerges = true;
    Planner planner(p, p.baselineScenarioId(), Objective::InCountyRate, Planner::defaultYear(p),
                    withMerges);
    const int n = static_cast<int>(planner.candidates().size());
    QVERIFY(n >= 10);
    // Every candidate twice over, more than a parallel round needs.
    std::vector<int> todo;
    for (int e = 0; e < std::max(40, 2 * n); ++e)
        todo.push_back(e % n);
    int reported = 0;
    const double before = planner.baseValue();
    const std::vector<double> gains = planner.evaluateAll(todo, {}, [&](int j, double gain) {
        QVERIFY(j >= 0 && j < static_cast<int>(todo.size()));
        QVERIFY(!std::isnan(gain));
        ++reported;
    });
    QCOMPARE(gains.size(), todo.size());
    QCOMPARE(reported, static_cast<int>(todo.size()));
    // Each engine evaluated its candidates one after another (each update
    // taking the previous one out) and is back at the base input.
    QVERIFY2(close(planner.baseValue(), before, before),
             qPrintable(QString::number(planner.baseValue() - before, 'g', 15)));
    int moved = 0;
    for (std::size_t j = 0; j < todo.size(); ++j) {
        const double one = planner.evaluate(todo[j]);
        moved += std::abs(one) > 1e-9 ? 1 : 0;
        QVERIFY2(close(gains[j], one, planner.baseValue()),
                 qPrintable(QStringLiteral("%1: two engines %2, one engine %3")
                                .arg(planner.actionName(todo[j]))
                                .arg(gains[j], 0, 'g', 15)
                                .arg(one, 0, 'g', 15)));
    }
    QVERIFY(moved > 0);
    // The same question again gives the same numbers (each engine takes the same candidates).
    Planner again(p, p.baselineScenarioId(), Objective::InCountyRate, Planner::defaultYear(p),
                  withMerges);
    QVERIFY(again.evaluateAll(todo) == gains);
    // Cancelled before the end: nothing.
    int polled = 0;
    QVERIFY(planner.evaluateAll(todo, [&] { return ++polled > 3; }).empty());
}

// Taking one action out and putting the next in as one set of edits gives the
// input the two steps give, and leaves out the edits that change nothing.
void TestPlanner::chainedEditsEqualTheirSequence()
{
    const Project p = plannerProject();
    SimIndexMap map;
    sim::Input base = compileProject(p, p.baselineScenarioId(), map);
    const Slots reserved = reserveSlots(base, 2, 2);
    int centre = -1, otherCentre = -1;
    for (int f = 0; f < static_cast<int>(base.facilities.size()); ++f) {
        const sim::Facility &fac = base.facilities[static_cast<std::size_t>(f)];
        if (fac.active && fac.level == sim::TownshipCentre)
            (centre < 0 ? centre : otherCentre) = f; // two township centres
    }
    QVERIFY(centre >= 0 && otherCentre >= 0);
    SimAction first;
    first.kind = SimActionKind::AddBeds;
    first.facility = centre;
    first.units = 10;
    SimAction second = first;
    second.facility = otherCentre;

    const sim::ChangeSet a = actionChanges(base, first, reserved);
    const sim::ChangeSet b = actionChanges(base, second, reserved);
    sim::Input afterA = base;
    sim::applyChanges(afterA, a);
    const sim::ChangeSet step = chainChanges(afterA, revertChanges(base, a), b);
    sim::Input chained = afterA;
    sim::applyChanges(chained, step);
    sim::Input expected = base;
    sim::applyChanges(expected, b);
    QVERIFY(sim::diffInputs(chained, expected).empty());
    QCOMPARE(step.facilities.size(), std::size_t(2)); // the first put back, the second made

    // The same action again: nothing to do.
    QVERIFY(chainChanges(afterA, revertChanges(base, a), a).empty());
    // Back to the base: the first action's edits reverted.
    const sim::ChangeSet back = chainChanges(afterA, revertChanges(base, a), {});
    sim::Input restored = afterA;
    sim::applyChanges(restored, back);
    QVERIFY(sim::diffInputs(restored, base).empty());
}

void TestPlanner::cancelLeavesTheProjectUnchanged()
{
    const Project original = plannerProject();
    ProjectDocument doc;
    doc.reset(original, QString());
    Planner planner(doc.project(), original.baselineScenarioId(), Objective::InCountyRate,
                    Planner::defaultYear(original));
    int polled = 0;
    PlanOptions options;
    options.budgetYuan = 1e8;
    options.cancelled = [&] { return ++polled > 5; };
    int progressed = 0;
    options.progress = [&](int, int, int) { ++progressed; };
    const PlanResult plan = planner.plan(options);
    QVERIFY(plan.cancelled);
    QVERIFY(plan.portfolio.empty());
    QCOMPARE(progressed, 5);
    QCOMPARE(plan.evaluations, 5LL);
    QCOMPARE(doc.project(), original);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestPlanner::bedsWhereNoOneLacksABedGainNothing()
{
    // Beds enter the choice only through the queue for them and the size of
    // the ward (a facility's appeal grows with the log of its beds). Without
    // the size term, and with far more beds than admissions, ten more beds
    // can change nothing.
    Project p = plannerProject();
    p.settings[SettingKey::CoefSize] = 0;
    for (Facility &f : p.facilities)
        if (f.level == FacilityLevel::TownshipCentre)
            f.beds = 5000;
    Planner planner(p, p.baselineScenarioId(), Objective::InCountyRate, Planner::defaultYear(p));
    int beds = 0;
    for (int i = 0; i < static_cast<int>(planner.candidates().size()); ++i) {
        if (planner.candidates()[static_cast<std::size_t>(i)].investment.kind !=
            InvestmentKind::AddBeds)
            continue;
        ++beds;
        // Nothing, up to the rounding of taking rows out and putting them back.
        QVERIFY2(std::abs(planner.evaluate(i)) <= 1e-12,
                 qPrintable(QString::number(planner.evaluate(i))));
        QCOMPARE(planner.evaluateByFullRun(i), 0.0);
    }
    QCOMPARE(beds, 2);
    PlanOptions options;
    options.budgetYuan = 1e9;
    const PlanResult plan = planner.plan(options);
    for (const Pick &pick : plan.portfolio)
        QVERIFY(planner.candidates()[static_cast<std::size_t>(pick.candidate)].investment.kind !=
                InvestmentKind::AddBeds);
}

void TestPlanner::mergesAreExcludedByDefault()
{
    // Closing a clinic is an access decision, not an investment (the lead's
    // decision): no merge is a candidate unless asked for.
    const Project p = demo::makeDemoProject();
    const EntityId reform = p.scenarioIdByName(QStringLiteral("reform"));
    const auto merges = [](const Planner &planner) {
        int n = 0;
        for (const Candidate &c : planner.candidates())
            n += c.investment.kind == InvestmentKind::MergeClinic ? 1 : 0;
        return n;
    };
    const Planner byDefault(p, reform, Objective::InCountyRate, 2028);
    QCOMPARE(merges(byDefault), 0);
    CandidateOptions withMerges;
    withMerges.includeMerges = true;
    const Planner asked(p, reform, Objective::InCountyRate, 2028, withMerges);
    QVERIFY(merges(asked) > 0);
    // Everything else is the same list.
    QCOMPARE(asked.candidates().size() - static_cast<std::size_t>(merges(asked)),
             byDefault.candidates().size());
}

void TestPlanner::costIsNeverBelowTheCapitalCost_data()
{
    QTest::addColumn<double>("annualYuan");
    QTest::newRow("merge's default saving") << -1.0;
    QTest::newRow("a saving larger than the capital") << -500000.0;
    QTest::newRow("no running cost") << 0.0;
    QTest::newRow("a running cost") << 20000.0;
}

void TestPlanner::costIsNeverBelowTheCapitalCost()
{
    QFETCH(double, annualYuan);
    Project p = plannerProject();
    InvestmentCost &merge = p.catalogue.costs[static_cast<int>(InvestmentKind::MergeClinic)];
    if (annualYuan != -1.0)
        merge.annualYuan = annualYuan;
    const InvestmentCost cost = merge;
    CandidateOptions withMerges;
    withMerges.includeMerges = true;
    Planner planner(p, p.baselineScenarioId(), Objective::InCountyRate, Planner::defaultYear(p),
                    withMerges);
    int merges = 0;
    for (const Candidate &c : planner.candidates()) {
        QVERIFY(c.costYuan >= 0);
        QVERIFY(c.runningSavingYuan >= 0);
        if (c.investment.kind != InvestmentKind::MergeClinic)
            continue;
        ++merges;
        const double total = investmentCostYuan(cost, planner.horizonYears());
        QCOMPARE(c.costYuan, std::max(cost.capitalYuan, total));
        QCOMPARE(c.runningSavingYuan, std::max(0.0, cost.capitalYuan - total));
        QCOMPARE(c.costYuan - c.runningSavingYuan, total);
    }
    QVERIFY(merges > 0);
    // With nothing to spend, nothing that costs anything is picked (a saving
    // no longer buys room in the budget).
    PlanOptions options;
    options.budgetYuan = cost.capitalYuan / 2;
    const PlanResult plan = planner.plan(options);
    for (const Pick &pick : plan.portfolio)
        QVERIFY(pick.costYuan <= options.budgetYuan);
    QVERIFY(plan.spentYuan <= options.budgetYuan);
}

void TestPlanner::cliListsMergesOnlyWithIncludeMerges()
{
    // countycare-cli plan: the same default as the window, --include-merges
    // adds the merges, and the CSV's first columns stay the promised ones.
    const Project p = plannerProject();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.ccplan"));
    const store::SaveResult saved = store::saveProject(p, path);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    const int year = Planner::defaultYear(p);
    CandidateOptions withMerges;
    withMerges.includeMerges = true;
    const Planner without(p, p.baselineScenarioId(), Objective::InCountyRate, year);
    const Planner with(p, p.baselineScenarioId(), Objective::InCountyRate, year, withMerges);
    QVERIFY(with.candidates().size() > without.candidates().size());
    const QString csv = dir.filePath(QStringLiteral("plan.csv"));
    for (const bool include : {false, true}) {
        QStringList args = {QStringLiteral("plan"),     path,
                            QStringLiteral("--budget"), QStringLiteral("20000000"),
                            QStringLiteral("--csv"),    csv};
        if (include)
            args << QStringLiteral("--include-merges");
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::size_t expected = (include ? with : without).candidates().size();
        QVERIFY2(run.out.contains(QStringLiteral("candidates: %1\n").arg(expected)),
                 qPrintable(run.out));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(file.readLine()).trimmed();
        QVERIFY2(header.startsWith(QStringLiteral("rank,action,target,cost,gain,cumulative_gain,")),
                 qPrintable(header));
        QVERIFY(header.endsWith(QStringLiteral(",running_saving_yuan")));
        if (!include)
            QVERIFY(!QString::fromUtf8(file.readAll()).contains(QStringLiteral("merge-clinic")));
    }
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
