// Model 2, part 1 (issue 14): the fund as counties run it, capacity by beds and
// by staff, calibration to the county's own numbers. Comparative statics are
// checked over the whole horizon with congestion on, on the demo county.
#include "models/demo/democounty.h"
#include "models/sim/calibrator.h"
#include "models/sim/changeset.h"
#include "models/sim/engine.h"
#include "models/simulation/generator.h"
#include "models/simulation/simcompile.h"
#include "tests/demoinput.h"

#include <QTest>
#include <cmath>

using namespace cc;
using namespace cc::demotest;
using sim::Engine;
using sim::Input;

namespace {

constexpr int kHorizon = 48; // the comparative statics hold over four years

double levelEpisodes(const sim::Results &r, int t, int level)
{
    const sim::Indicators &c = r.countyAt(t);
    return c.outpatientEpisodes[level] + c.inpatientEpisodes[level];
}

QString monthText(int t, double before, double after)
{
    return QStringLiteral("month %1: %2 -> %3")
        .arg(t)
        .arg(before, 0, 'g', 12)
        .arg(after, 0, 'g', 12);
}

} // namespace

class TestSimModel2 : public QObject {
    Q_OBJECT
private slots:
    void fundIdentityWithNewFlows_data();
    void fundIdentityWithNewFlows();
    void budgetFromLastYearsSpending();
    void revenueBudgetWithholdsAndSpendsTheCarveOut();
    void costsGrowingNormallyAreNotAnOverrun();
    void retentionInSurplusAndOverrunYears_data();
    void retentionInSurplusAndOverrunYears();
    void admissionsDoNotCrowdOutVisits();
    void demoLoadsRealisticAtStart();
    void raisingReimbursementRaisesLevel_data();
    void raisingReimbursementRaisesLevel();
    void cuttingOutOfCountyRaisesInCountyRate_data();
    void cuttingOutOfCountyRaisesInCountyRate();
    void postingRaisesHostEpisodes_data();
    void postingRaisesHostEpisodes();
    void calibrationMeetsFirstYearTargets_data();
    void calibrationMeetsFirstYearTargets();
    void impossibleTargetsDoNotConverge();
    void postingOpensALineToATownshipCentre();
};

void TestSimModel2::fundIdentityWithNewFlows_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("demo reform") << QStringLiteral("reform");
    QTest::newRow("demo baseline") << QStringLiteral("baseline");
    QTest::newRow("generated, budget all along") << QString();
}

void TestSimModel2::fundIdentityWithNewFlows()
{
    QFETCH(QString, source);
    Input in;
    if (source.isEmpty()) {
        in = sim::generateSmall(11);
        for (sim::PolicyEntry &e : in.schedule)
            e.policy[PolicyKey::GlobalBudgetOn] = 1;
    } else {
        in = demoInput(source, 60);
    }
    const Engine engine(in);
    const sim::Results &r = engine.results();
    double yearTurnover = 0;
    for (int t = 0; t < r.months; ++t) {
        const sim::FundMonth &m = r.fund[t];
        const double expected =
            m.openingBalance + m.revenue - m.payments - m.settlements - m.turnover;
        QVERIFY2(std::abs(m.closingBalance - expected) <= 1e-6 * std::max(1.0, m.revenue),
                 qPrintable(QStringLiteral("month %1").arg(t)));
        if (t + 1 < r.months)
            QCOMPARE(r.fund[t + 1].openingBalance, m.closingBalance);
        QVERIFY(m.criticalIllness >= 0 && m.criticalIllness <= m.claims);
        if (m.globalBudgetOn) {
            // The prepayment plus the carve-out, which stays outside the budget.
            const double prepayment = m.globalBudget * in.policyAt(t)[PolicyKey::PrepaymentShare];
            QVERIFY(std::abs(m.payments - prepayment - m.criticalIllness) <= 1e-6 * m.payments);
        } else {
            QCOMPARE(m.payments, m.claims);
        }
        // The turnover fund comes back within its budget year.
        yearTurnover += m.turnover;
        const bool yearEnd = (in.settings.integer(SettingKey::StartMonth) - 1 + t) % 12 == 11;
        if (yearEnd || t == r.months - 1) {
            QVERIFY(std::abs(yearTurnover) <= 1e-6 * std::max(1.0, m.revenue));
            yearTurnover = 0;
        }
    }
    // The carve-out pays something wherever there are expensive admissions.
    double carveOut = 0;
    for (const sim::FundMonth &m : r.fund)
        carveOut += m.criticalIllness;
    QVERIFY(carveOut > 0);
}

void TestSimModel2::budgetFromLastYearsSpending()
{
    // The demo reform sets the budget from 2026-01 on: each year's budget is
    // last year's spending on the residents (but the carve-out) x 1.05.
    const Input in = demoInput(QStringLiteral("reform"), 60);
    const Engine engine(in);
    const sim::Results &r = engine.results();
    for (int year = 1; year < 5; ++year) {
        double lastYear = 0;
        for (int t = 12 * (year - 1); t < 12 * year; ++t)
            lastYear += r.fund[t].claims - r.fund[t].criticalIllness;
        const sim::Policy &p = in.policyAt(12 * year);
        QCOMPARE(p.integer(PolicyKey::BudgetMethod), 1);
        const double expected =
            lastYear * (1 + p[PolicyKey::BudgetGrowthRate]) * p[PolicyKey::BudgetShare] / 12;
        for (int t = 12 * year; t < 12 * year + 12; ++t)
            QVERIFY2(std::abs(r.fund[t].globalBudget - expected) <= 1e-9 * expected,
                     qPrintable(QStringLiteral("year %1").arg(year)));
        // Two months of prepayment advanced in January, recovered in December.
        QVERIFY(std::abs(r.fund[12 * year].turnover -
                         2 * expected * p[PolicyKey::PrepaymentShare]) <= 1e-6 * expected);
        QVERIFY(r.fund[12 * year + 11].turnover < 0);
    }
}

void TestSimModel2::revenueBudgetWithholdsAndSpendsTheCarveOut()
{
    Input in = demoInput(QStringLiteral("reform"), 24);
    changePolicyFrom(in, 12, [](sim::Policy &p) { p[PolicyKey::BudgetMethod] = 0; });
    const Engine engine(in);
    const sim::Results &r = engine.results();
    const sim::Policy &p = in.policyAt(12);
    double withheld = 0, carveOut = 0;
    for (int t = 12; t < 24; ++t) {
        const sim::FundMonth &m = r.fund[t];
        const double share = 1 - p[PolicyKey::CriticalIllnessShare] - p[PolicyKey::ReserveShare];
        QVERIFY(std::abs(m.globalBudget - m.revenue * p[PolicyKey::BudgetShare] * share) <=
                1e-9 * m.revenue);
        withheld += m.revenue * p[PolicyKey::CriticalIllnessShare];
        carveOut += m.criticalIllness;
        QVERIFY(m.criticalIllness > 0); // money withheld is money spent
    }
    // The carve-out spends a good part of what was withheld for it.
    QVERIFY2(carveOut > 0.3 * withheld && carveOut < 2 * withheld,
             qPrintable(QStringLiteral("%1 of %2").arg(carveOut).arg(withheld)));
}

void TestSimModel2::costsGrowingNormallyAreNotAnOverrun()
{
    // Prices and use grow as the defaults say; the budget grows by its
    // coefficient on last year's spending: no overrun by construction when
    // spending grows no faster than the coefficient.
    Input in = demoInput(QStringLiteral("baseline"), 60);
    in.settings[SettingKey::GrowthOutpatientCost] = 0.02;
    in.settings[SettingKey::GrowthInpatientCost] = 0.02;
    in.settings[SettingKey::GrowthOutpatientVisits] = 0.02;
    in.settings[SettingKey::GrowthAdmissions] = 0.02;
    changePolicyFrom(in, 12, [](sim::Policy &p) { p[PolicyKey::GlobalBudgetOn] = 1; });
    const Engine engine(in);
    const sim::Results &r = engine.results();
    for (int t = 23; t < r.months; t += 12)
        QVERIFY2(r.fund[t].retainedSurplus > 0, qPrintable(QStringLiteral("month %1").arg(t)));
}

void TestSimModel2::retentionInSurplusAndOverrunYears_data()
{
    QTest::addColumn<bool>("response");
    QTest::newRow("providers respond") << true;
    QTest::newRow("the rules alone") << false;
}

void TestSimModel2::retentionInSurplusAndOverrunYears()
{
    // The demo reform: 2026, the budget's first year, ends in surplus (care
    // moves to cheaper in-county levels); 2027: the county hospitals'
    // reimbursement jumps, an overrun.
    QFETCH(bool, response);
    Input in = demoInput(QStringLiteral("reform"), 36);
    changePolicyFrom(in, 24, [](sim::Policy &p) {
        p[PolicyKey::InpatientRatioCounty] = 0.98;
        p[PolicyKey::InpatientDeductibleCounty] = 0;
        p[PolicyKey::OutpatientRatioCounty] = 0.9;
    });
    if (!response)
        for (SettingKey key :
             {SettingKey::ResponseAvoidableShare, SettingKey::ResponseCapitationIncentive,
              SettingKey::ResponseStayReduction, SettingKey::ResponseCostReduction})
            in.settings[key] = 0;
    auto run = [&](double retention) {
        Input x = in;
        for (sim::PolicyEntry &e : x.schedule)
            e.policy[PolicyKey::SurplusRetention] = retention;
        return Engine(x).results();
    };
    const sim::Results full = run(1.0), half = run(0.5);
    const int surplusYearEnd = 23, overrunYearEnd = 35;
    QVERIFY(full.fund[surplusYearEnd].retainedSurplus > 0);
    QVERIFY(full.fund[overrunYearEnd].retainedSurplus < 0);
    // Surplus year: the alliance keeps less; the fund's balance is higher.
    QVERIFY(half.fund[surplusYearEnd].retainedSurplus < full.fund[surplusYearEnd].retainedSurplus);
    QVERIFY(half.fund[surplusYearEnd].closingBalance > full.fund[surplusYearEnd].closingBalance);
    if (!response) {
        // By the rules alone: exactly half, and the fund keeps the other half;
        // retention does not enter the overrun rules (超支分担), so the
        // overrun year's result is the same and the balance differs by what
        // the fund kept the year before.
        QVERIFY(std::abs(half.fund[surplusYearEnd].retainedSurplus -
                         0.5 * full.fund[surplusYearEnd].retainedSurplus) <= 1e-6);
        const double kept =
            full.fund[surplusYearEnd].retainedSurplus - half.fund[surplusYearEnd].retainedSurplus;
        QVERIFY(std::abs(half.fund[surplusYearEnd].closingBalance -
                         full.fund[surplusYearEnd].closingBalance - kept) <= 1e-3);
        QCOMPARE(half.fund[overrunYearEnd].retainedSurplus,
                 full.fund[overrunYearEnd].retainedSurplus);
        QVERIFY(std::abs(half.fund[overrunYearEnd].closingBalance -
                         full.fund[overrunYearEnd].closingBalance - kept) <= 1e-3);
    } else {
        // Providers respond: keeping less of a saving, the alliance saves less,
        // and after the surplus year its incentive is lower: the overrun
        // year's result and the fund's balance move too.
        QVERIFY(half.fund[overrunYearEnd].retainedSurplus !=
                full.fund[overrunYearEnd].retainedSurplus);
        QVERIFY(half.fund[overrunYearEnd].closingBalance !=
                full.fund[overrunYearEnd].closingBalance);
    }
}

void TestSimModel2::admissionsDoNotCrowdOutVisits()
{
    // Twice the admissions fill the wards and beds, not the clinics.
    Input in = demoInput(QStringLiteral("baseline"), 24);
    const Engine before(in);
    for (sim::ServiceLine &l : in.lines)
        if (l.inpatient)
            l.annualRatePerPerson *= 2;
    const Engine after(in);
    for (int t = 0; t < 24; ++t)
        for (int l = 0; l < sim::kLevels; ++l) {
            const double b = before.results().countyAt(t).outpatientEpisodes[l];
            const double a = after.results().countyAt(t).outpatientEpisodes[l];
            QVERIFY2(std::abs(a - b) <= 1e-9 * b, qPrintable(monthText(t, b, a)));
        }
    QVERIFY(after.results().countyAt(23).inpatientWait >
            before.results().countyAt(23).inpatientWait);
}

void TestSimModel2::demoLoadsRealisticAtStart()
{
    // No in-county facility of the demo is over capacity at the start: clinic
    // staff, ward staff and beds (at the target occupancy) all below 100%.
    const Input in = demoInput();
    const Engine engine(in);
    const sim::Results &r = engine.results();
    for (int f = 0; f < r.facilities; ++f) {
        if (!sim::inCounty(in.facilities[f].level) || !in.facilities[f].active)
            continue;
        const std::size_t i = static_cast<std::size_t>(f) * r.months;
        const double ward = engine.wardMinutes(f, 0);
        const double clinic = r.facilityWorkloadMinutes[i] - ward;
        const QString where = QStringLiteral("facility %1").arg(f);
        if (engine.outpatientCapacityMinutes(f, 0) > 0)
            QVERIFY2(clinic < engine.outpatientCapacityMinutes(f, 0), qPrintable(where));
        if (engine.wardCapacityMinutes(f, 0) > 0)
            QVERIFY2(ward < 1.1 * engine.wardCapacityMinutes(f, 0), qPrintable(where));
        if (engine.bedDayCapacity(f) > 0)
            QVERIFY2(r.facilityBedDays[i] < 1.1 * engine.bedDayCapacity(f), qPrintable(where));
    }
    // The county as a whole fills most of its beds, short of the target.
    const double occupancy = r.countyAt(0).bedOccupancy;
    QVERIFY2(occupancy > 0.5 && occupancy < 0.85, qPrintable(QString::number(occupancy)));
}

void TestSimModel2::raisingReimbursementRaisesLevel_data()
{
    QTest::addColumn<int>("level");
    const char *names[] = {"village clinics", "township centres", "county hospitals", "city",
                           "province"};
    for (int l = 0; l < sim::kLevels; ++l)
        QTest::newRow(names[l]) << l;
}

void TestSimModel2::raisingReimbursementRaisesLevel()
{
    QFETCH(int, level);
    const Input in = demoInput();
    QVERIFY(in.settings.flag(SettingKey::CongestionOn));
    Input raised = in;
    changePolicyFrom(raised, 6, [level](sim::Policy &p) {
        for (PolicyKey key :
             {PolicyKey::InpatientRatioVillage, PolicyKey::OutpatientRatioVillage}) {
            double &ratio = p[sim::levelKey(key, level)];
            ratio = std::min(1.0, ratio + 0.1);
        }
    });
    const Engine before(in), after(raised);
    for (int t = 0; t < kHorizon; ++t) {
        const double b = levelEpisodes(before.results(), t, level);
        const double a = levelEpisodes(after.results(), t, level);
        QVERIFY2(a >= b * (1 - 1e-9), qPrintable(monthText(t, b, a)));
        if (t >= 6 && level != sim::VillageClinic)
            QVERIFY2(a > b, qPrintable(monthText(t, b, a)));
        // Both kinds of care, separately.
        using Episodes = std::array<double, sim::kLevels> sim::Indicators::*;
        for (Episodes episodes :
             {&sim::Indicators::outpatientEpisodes, &sim::Indicators::inpatientEpisodes}) {
            const double bk = (before.results().countyAt(t).*episodes)[level];
            const double ak = (after.results().countyAt(t).*episodes)[level];
            QVERIFY2(ak >= bk * (1 - 1e-9), qPrintable(monthText(t, bk, ak)));
        }
    }
}

void TestSimModel2::cuttingOutOfCountyRaisesInCountyRate_data()
{
    QTest::addColumn<QVector<int>>("levels");
    QTest::addColumn<double>("cut");
    QTest::newRow("city and province, 10 points")
        << QVector<int>{sim::OutCity, sim::OutProvince} << 0.10;
    QTest::newRow("province, 20 points") << QVector<int>{sim::OutProvince} << 0.20;
    QTest::newRow("city, 5 points") << QVector<int>{sim::OutCity} << 0.05;
}

void TestSimModel2::cuttingOutOfCountyRaisesInCountyRate()
{
    QFETCH(QVector<int>, levels);
    QFETCH(double, cut);
    const Input in = demoInput();
    Input lowered = in;
    changePolicyFrom(lowered, 6, [&](sim::Policy &p) {
        for (int level : levels)
            for (PolicyKey key :
                 {PolicyKey::InpatientRatioVillage, PolicyKey::OutpatientRatioVillage}) {
                double &ratio = p[sim::levelKey(key, level)];
                ratio = std::max(0.0, ratio - cut);
            }
    });
    const Engine before(in), after(lowered);
    for (int t = 0; t < kHorizon; ++t) {
        const sim::Indicators &b = before.results().countyAt(t), &a = after.results().countyAt(t);
        QVERIFY2(a.inCountyRate >= b.inCountyRate - 1e-12,
                 qPrintable(monthText(t, b.inCountyRate, a.inCountyRate)));
        QVERIFY2(a.inCountyInpatientShare >= b.inCountyInpatientShare - 1e-12,
                 qPrintable(monthText(t, b.inCountyInpatientShare, a.inCountyInpatientShare)));
        // Outpatient visits do not leave the county because admissions come back.
        double outB = 0, outA = 0;
        for (int l : {sim::OutCity, sim::OutProvince}) {
            outB += b.outpatientEpisodes[l];
            outA += a.outpatientEpisodes[l];
        }
        QVERIFY2(outA <= outB * (1 + 1e-9), qPrintable(monthText(t, outB, outA)));
        if (t >= 6)
            QVERIFY(a.inCountyRate > b.inCountyRate);
    }
}

void TestSimModel2::postingRaisesHostEpisodes_data()
{
    QTest::addColumn<int>("hostLevel");
    QTest::addColumn<int>("role");
    QTest::newRow("specialist at a township centre")
        << int(sim::TownshipCentre) << int(sim::Specialist);
    QTest::newRow("GP at a township centre")
        << int(sim::TownshipCentre) << int(sim::GeneralPractitioner);
    QTest::newRow("GP at a village clinic")
        << int(sim::VillageClinic) << int(sim::GeneralPractitioner);
}

void TestSimModel2::postingRaisesHostEpisodes()
{
    QFETCH(int, hostLevel);
    QFETCH(int, role);
    const Input in = demoInput();
    const int host = largestFacility(in, hostLevel);
    QVERIFY(host >= 0);
    // A senior county doctor of that role who is not posted anywhere yet.
    int doctor = -1;
    for (int i = 0; i < static_cast<int>(in.staff.size()) && doctor < 0; ++i) {
        const sim::Staff &s = in.staff[i];
        if (s.role != role || s.title != 2 || s.home < 0 ||
            in.facilities[s.home].level != sim::CountyHospital)
            continue;
        bool posted = false;
        for (const sim::Posting &p : in.postings)
            posted = posted || (p.active && p.staff == i);
        if (!posted)
            doctor = i;
    }
    QVERIFY(doctor >= 0);
    Input posted = in;
    posted.postings.push_back(sim::Posting{doctor, host, 6, 18, 1.0, true});
    const Engine before(in);
    Engine after(in);
    after.apply(sim::diffInputs(in, posted)); // the incremental path, as the app takes it
    const int T = before.results().months;
    double totalBefore = 0, totalAfter = 0;
    for (int t = 0; t < kHorizon; ++t) {
        const double b = before.results().facilityEpisodes[host * T + t];
        const double a = after.results().facilityEpisodes[host * T + t];
        totalBefore += b;
        totalAfter += a;
        if (t >= 6 && t < 18) {
            QVERIFY2(a > b, qPrintable(monthText(t, b, a)));
        } else if (t < 6) {
            QCOMPARE(a, b);
        } else {
            // After the posting: patients expect the queues they saw last month,
            // and neighbours whose queues the posting shortened draw a few
            // patients back a month early (README: "Congestion").
            QVERIFY2(a >= b * (1 - 1e-3), qPrintable(monthText(t, b, a)));
        }
    }
    QVERIFY(totalAfter > totalBefore);
}

void TestSimModel2::calibrationMeetsFirstYearTargets_data()
{
    QTest::addColumn<double>("inCounty");
    QTest::addColumn<double>("inpatient");
    QTest::addColumn<double>("grassroots");
    QTest::newRow("0.80, 0.65, 0.45") << 0.80 << 0.65 << 0.45;
    QTest::newRow("0.90, 0.80, 0.60") << 0.90 << 0.80 << 0.60;
}

void TestSimModel2::calibrationMeetsFirstYearTargets()
{
    QFETCH(double, inCounty);
    QFETCH(double, inpatient);
    QFETCH(double, grassroots);
    Project p = demoProject();
    p.settings[SettingKey::TargetInCountyRate] = inCounty;
    p.settings[SettingKey::TargetInCountyInpatientShare] = inpatient;
    p.settings[SettingKey::TargetGrassrootsShare] = grassroots;
    const sim::CalibrationReport report = calibrateProject(p);
    QVERIFY2(report.converged, report.problems.empty() ? "" : report.problems.front().c_str());
    // Checked independently: the first year's averages of a fresh run, congestion on.
    SimIndexMap map;
    const Engine engine(compileProject(p, p.baselineScenarioId(), map));
    QVERIFY(engine.input().settings.flag(SettingKey::CongestionOn));
    const sim::Indicators &year = engine.results().countyAt(11);
    QVERIFY2(std::abs(year.inCountyRate12 - inCounty) < 0.001,
             qPrintable(QString::number(year.inCountyRate12)));
    QVERIFY2(std::abs(year.inCountyInpatientShare12 - inpatient) < 0.001,
             qPrintable(QString::number(year.inCountyInpatientShare12)));
    QVERIFY2(std::abs(year.grassrootsShare12 - grassroots) < 0.001,
             qPrintable(QString::number(year.grassrootsShare12)));
    // No constant is pushed out of reach.
    for (const ServiceLine &l : p.serviceLines)
        for (double a : l.asc)
            QVERIFY(std::isfinite(a) && std::abs(a) < 20);
}

void TestSimModel2::impossibleTargetsDoNotConverge()
{
    // Almost every episode in the county while only a tenth of admissions
    // stays: the outpatient visits cannot make up for it.
    Project p = demoProject();
    p.settings[SettingKey::TargetInCountyRate] = 0.99;
    p.settings[SettingKey::TargetInCountyInpatientShare] = 0.10;
    const sim::CalibrationReport report = calibrateProject(p);
    QVERIFY(!report.converged);
    bool named = false;
    for (const std::string &problem : report.problems)
        named = named || problem.rfind("in_county_rate", 0) == 0;
    QVERIFY(named);
}

void TestSimModel2::postingOpensALineToATownshipCentre()
{
    // The intermediate DRG groups start at the county hospitals; a senior
    // surgeon posted full time to a township centre with beds lets it admit
    // them, and a measurable share of its township's cases follows.
    const Input in = demoInput();
    int line = -1;
    for (int k = 0; k < static_cast<int>(in.lines.size()); ++k)
        if (in.lines[k].inpatient && in.lines[k].minLevel == sim::CountyHospital && line < 0)
            line = k;
    QVERIFY(line >= 0);
    const int host = largestFacility(in, sim::TownshipCentre);
    int surgeon = -1;
    for (int i = 0; i < static_cast<int>(in.staff.size()) && surgeon < 0; ++i)
        if (in.staff[i].role == sim::Specialist && in.staff[i].title == 2 &&
            in.facilities[in.staff[i].home].level == sim::CountyHospital)
            surgeon = i;
    Input posted = in;
    posted.postings.push_back(sim::Posting{surgeon, host, 0, kHorizon, 1.0, true});
    const Engine before(in), after(posted);
    QVERIFY(!before.eligible(host, line, 6));
    QVERIFY(after.eligible(host, line, 6));
    const int w = in.facilities[host].township;
    const sim::Indicators &township = after.results().townshipAt(w, 6);
    const double admissions = [&] {
        double sum = 0;
        for (double e : township.inpatientEpisodes)
            sum += e;
        return sum;
    }();
    QVERIFY(admissions > 0);
    // The township centre's share of the line in its township, from the row level.
    double atHost = 0, all = 0;
    for (int s = 0; s < static_cast<int>(in.settlements.size()); ++s) {
        if (in.settlements[s].township != w)
            continue;
        const Engine::Row row = after.row(s, line, 6);
        for (std::size_t c = 0; c < row.facilities.size(); ++c) {
            all += row.episodes[c];
            if (row.facilities[c] == host)
                atHost += row.episodes[c];
        }
    }
    // Before the posting the centre takes none of them.
    QVERIFY2(atHost > 0.02 * all, qPrintable(QStringLiteral("%1 of %2").arg(atHost).arg(all)));
}

QTEST_GUILESS_MAIN(TestSimModel2)
#include "tst_sim_model2.moc"
