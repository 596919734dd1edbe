// Model 2, part 2 (issue 15): providers respond to how they are paid, two-way
// referral, telemedicine. Each mechanism's direction, on the demo county over
// the whole horizon with congestion on.
#include "models/sim/changeset.h"
#include "models/sim/engine.h"
#include "models/sim/resultscompare.h"
#include "tests/demoinput.h"

#include <QTest>
#include <cmath>

using namespace cc;
using namespace cc::demotest;
using sim::Engine;
using sim::Input;

namespace {

constexpr int kHorizon = 48;

double admissions(const sim::Results &r, int fromMonth = 0, int toMonth = -1)
{
    double sum = 0;
    for (int t = fromMonth; t < (toMonth < 0 ? r.months : toMonth); ++t)
        for (double e : r.countyAt(t).inpatientEpisodes)
            sum += e;
    return sum;
}

// The baseline with one payment change from 2026-01 (month 12).
Input baselineWith(PolicyKey key, double value)
{
    Input in = demoInput();
    changePolicyFrom(in, 12, [key, value](sim::Policy &p) { p[key] = value; });
    return in;
}

} // namespace

class TestSimResponse : public QObject {
    Q_OBJECT
private slots:
    void feeForServiceIsPartOne();
    void admissionsFallWithRetention();
    void budgetAvoidsAdmissions();
    void avoidedAdmissionsBecomeGrassrootsVisits();
    void inducedDemandOnlyUnderFeeForService();
    void drgShortensStays();
    void drgRevenueFollowsPoints();
    void referralsMoveDaysNotPatients();
    void referralsUpNeedTheAlliance();
    void telemedicineRaisesCentreShare();
    void budgetRegimeFollowsLastSettlement();
};

void TestSimResponse::feeForServiceIsPartOne()
{
    // Without an incentive the response is nothing: the baseline (fee-for-
    // service throughout) is the same with every response parameter at 0.
    const Input in = demoInput();
    QVERIFY(!in.policyAt(kHorizon - 1).flag(PolicyKey::GlobalBudgetOn));
    Input none = in;
    for (SettingKey key :
         {SettingKey::ResponseAvoidableShare, SettingKey::ResponseCapitationIncentive,
          SettingKey::ResponseStayReduction, SettingKey::ResponseCostReduction,
          SettingKey::ReferralUpShare, SettingKey::ReferralDownShare,
          SettingKey::ResponseInducedDemand})
        none.settings[key] = 0;
    const Engine with(in), without(none);
    std::string where;
    QCOMPARE(sim::maxRelativeDifference(with.results(), without.results(), &where), 0.0);
    for (int t = 0; t < kHorizon; ++t) {
        QCOMPARE(with.results().countyAt(t).avoidedAdmissions, 0.0);
        QCOMPARE(with.results().countyAt(t).referralsUp, 0.0);
    }
}

void TestSimResponse::admissionsFallWithRetention()
{
    // Under a global budget from 2026 the alliance keeps more of what it saves
    // as retention rises, and avoids more admissions.
    double last = std::numeric_limits<double>::infinity();
    for (double retention : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        Input in = demoInput();
        changePolicyFrom(in, 12, [retention](sim::Policy &p) {
            p[PolicyKey::GlobalBudgetOn] = 1;
            p[PolicyKey::SurplusRetention] = retention;
        });
        const double total = admissions(Engine(in).results(), 12);
        QVERIFY2(
            total < last,
            qPrintable(
                QStringLiteral("retention %1: %2 after %3").arg(retention).arg(total).arg(last)));
        last = total;
    }
}

void TestSimResponse::budgetAvoidsAdmissions()
{
    const Engine feeForService(demoInput());
    const Engine budget(baselineWith(PolicyKey::GlobalBudgetOn, 1));
    for (int t = 13; t < kHorizon; ++t) {
        const double b = admissions(feeForService.results(), t, t + 1);
        const double a = admissions(budget.results(), t, t + 1);
        QVERIFY2(a < b, qPrintable(QStringLiteral("month %1: %2 vs %3").arg(t).arg(a).arg(b)));
        QVERIFY(budget.results().countyAt(t).avoidedAdmissions > 0);
        QVERIFY(budget.results().countyAt(t).admissionsPer1000 <
                feeForService.results().countyAt(t).admissionsPer1000);
    }
}

void TestSimResponse::avoidedAdmissionsBecomeGrassrootsVisits()
{
    // What is avoided comes back as chronic-care visits at village clinics and
    // township centres: their outpatient visits rise, and every episode wanted
    // is still accounted for.
    const Engine before(demoInput());
    const Engine after(baselineWith(PolicyKey::GlobalBudgetOn, 1));
    for (int t = 13; t < kHorizon; ++t) {
        const sim::Indicators &b = before.results().countyAt(t), &a = after.results().countyAt(t);
        const double grassBefore = b.outpatientEpisodes[0] + b.outpatientEpisodes[1];
        const double grassAfter = a.outpatientEpisodes[0] + a.outpatientEpisodes[1];
        QVERIFY(grassAfter > grassBefore);
        QVERIFY(std::abs(a.episodes() + a.unmet - a.demand) <= 1e-9 * a.demand);
    }
    const Input in = after.input();
    for (int s = 0; s < static_cast<int>(in.settlements.size()); s += 7)
        for (int k = 0; k < static_cast<int>(in.lines.size()); ++k) {
            const Engine::Row row = after.row(s, k, 30);
            double sum = row.unmet;
            for (double e : row.episodes)
                sum += e;
            QVERIFY(std::abs(sum - row.demand) <= 1e-12 * std::max(1.0, row.demand));
        }
}

void TestSimResponse::inducedDemandOnlyUnderFeeForService()
{
    Input in = demoInput();
    in.settings[SettingKey::ResponseInducedDemand] = 0.05;
    Input budget = in;
    changePolicyFrom(budget, 12, [](sim::Policy &p) { p[PolicyKey::GlobalBudgetOn] = 1; });
    const Engine plain(demoInput()), induced(in), budgeted(budget);
    // Fee-for-service: more admissions; under the budget they disappear.
    QVERIFY(admissions(induced.results(), 0, 12) > admissions(plain.results(), 0, 12) * 1.03);
    QVERIFY(admissions(budgeted.results(), 12) < admissions(plain.results(), 12));
}

void TestSimResponse::drgShortensStays()
{
    const Engine before(demoInput());
    const Engine after(baselineWith(PolicyKey::DrgOn, 1));
    for (int t = 14; t < kHorizon; ++t) {
        const double b = before.results().countyAt(t).averageLengthOfStay;
        const double a = after.results().countyAt(t).averageLengthOfStay;
        QVERIFY2(a < b, qPrintable(QStringLiteral("month %1: %2 vs %3").arg(t).arg(a).arg(b)));
    }
    // Bed-days follow the shorter stays.
    QVERIFY(after.results().countyAt(40).bedDays < before.results().countyAt(40).bedDays);
    // DRG alone changes no patient's choice of where to go (prices per case
    // fall but the fund's share and the out-of-pocket follow the schedule).
    QVERIFY(std::abs(after.results().countyAt(40).inCountyRate -
                     before.results().countyAt(40).inCountyRate) < 0.01);
}

void TestSimResponse::drgRevenueFollowsPoints()
{
    // Each hospital's DRG revenue is its points at the year's point value, and
    // together they spend the pool.
    const Engine engine(baselineWith(PolicyKey::DrgOn, 1));
    const sim::Results &r = engine.results();
    const Input &in = engine.input();
    for (int t : {12, 30, 47}) {
        double revenue = 0;
        for (int f = 0; f < r.facilities; ++f) {
            const double v = r.facilityDrgRevenue[static_cast<std::size_t>(f) * r.months + t];
            if (in.facilities[f].level != sim::TownshipCentre &&
                in.facilities[f].level != sim::CountyHospital)
                QCOMPARE(v, 0.0);
            revenue += v;
        }
        QVERIFY(revenue > 0);
        // Without a global budget the fund pays the DRG-paid admissions by points.
        QVERIFY(std::abs(revenue - r.countyAt(t).drgYuan) <= 1e-6 * revenue);
    }
    for (int t = 0; t < 12; ++t)
        QCOMPARE(r.countyAt(t).drgYuan, 0.0);
}

void TestSimResponse::referralsMoveDaysNotPatients()
{
    // Recovery days move from the county hospitals to the home township
    // centres: no bed-day and no patient is lost or counted twice. Congestion
    // off, so where patients go does not depend on the moved days.
    Input in = demoInput();
    in.settings[SettingKey::CongestionOn] = 0;
    changePolicyFrom(in, 12, [](sim::Policy &p) { p[PolicyKey::GlobalBudgetOn] = 1; });
    in.settings[SettingKey::ReferralDownShare] = 0;
    Input down = in;
    down.settings[SettingKey::ReferralDownShare] = 0.2;
    const Engine without(in), with(down);
    const sim::Results &a = without.results(), &b = with.results();
    const int T = a.months;
    for (int t = 13; t < kHorizon; ++t) {
        double daysA = 0, daysB = 0, episodesA = 0, episodesB = 0, chA = 0, chB = 0, thcA = 0,
               thcB = 0;
        for (int f = 0; f < a.facilities; ++f) {
            const std::size_t i = static_cast<std::size_t>(f) * T + t;
            daysA += a.facilityBedDays[i];
            daysB += b.facilityBedDays[i];
            episodesA += a.facilityEpisodes[i];
            episodesB += b.facilityEpisodes[i];
            const int level = in.facilities[f].level;
            if (level == sim::CountyHospital) {
                chA += a.facilityBedDays[i];
                chB += b.facilityBedDays[i];
            } else if (level == sim::TownshipCentre) {
                thcA += a.facilityBedDays[i];
                thcB += b.facilityBedDays[i];
            }
        }
        QVERIFY(std::abs(daysA - daysB) <= 1e-9 * daysA);
        QVERIFY(std::abs(episodesA - episodesB) <= 1e-9 * episodesA);
        QVERIFY(chB < chA);
        QVERIFY(std::abs((chA - chB) - (thcB - thcA)) <= 1e-6 * daysA);
        QVERIFY(b.countyAt(t).referralsDown > 0);
        QCOMPARE(a.countyAt(t).referralsDown, 0.0);
    }
}

void TestSimResponse::referralsUpNeedTheAlliance()
{
    const Engine feeForService(demoInput());
    const Engine alliance(baselineWith(PolicyKey::GlobalBudgetOn, 1));
    for (int t = 0; t < kHorizon; ++t) {
        QCOMPARE(feeForService.results().countyAt(t).referralsUp, 0.0);
        if (t > 12) {
            const double up = alliance.results().countyAt(t).referralsUp;
            QVERIFY(up > 0);
            // Never more than the admissions beyond the township centres.
            const sim::Indicators &x = alliance.results().countyAt(t);
            QVERIFY(up < x.inpatientEpisodes[2] + x.inpatientEpisodes[3] + x.inpatientEpisodes[4]);
        }
    }
}

void TestSimResponse::telemedicineRaisesCentreShare()
{
    // A shared imaging link from the county hospital to a township centre
    // from month 12: the centre's patients rise for the lines it serves.
    const Input in = demoInput();
    const int centre = largestFacility(in, sim::TownshipCentre);
    int hub = -1;
    for (int f = 0; f < static_cast<int>(in.facilities.size()) && hub < 0; ++f)
        if (in.facilities[f].level == sim::CountyHospital)
            hub = f;
    Input linked = in;
    sim::TelemedicineLink link;
    link.hub = hub;
    link.centre = centre;
    link.start = 12;
    link.end = kHorizon;
    link.gain = 0.1;
    linked.links.push_back(link);
    const Engine before(in);
    Engine after(in);
    after.apply(sim::diffInputs(in, linked)); // the incremental path
    const int T = before.results().months;
    for (int t = 0; t < kHorizon; ++t) {
        const double b = before.results().facilityEpisodes[centre * T + t];
        const double a = after.results().facilityEpisodes[centre * T + t];
        if (t < 12)
            QCOMPARE(a, b);
        else
            QVERIFY2(a > b, qPrintable(QStringLiteral("month %1: %2 vs %3").arg(t).arg(a).arg(b)));
        QVERIFY(after.quality(centre, 0, t) >= before.quality(centre, 0, t));
    }
}

void TestSimResponse::budgetRegimeFollowsLastSettlement()
{
    // After a year in overrun beyond the band the alliance bears every extra
    // yuan: it avoids more admissions than after a year in surplus with half
    // retention.
    Input in = demoInput(QStringLiteral("reform"));
    changePolicyFrom(in, 12, [](sim::Policy &p) {
        p[PolicyKey::SurplusRetention] = 0.5;
        p[PolicyKey::BudgetGrowthRate] = 0.0;
    });
    const Engine surplus(in);
    Input overrun = in;
    changePolicyFrom(overrun, 12, [](sim::Policy &p) { p[PolicyKey::BudgetShare] = 0.5; });
    const Engine tight(overrun);
    QVERIFY(tight.results().fund[23].retainedSurplus < 0);
    // 2027's incentive: 1 after the overrun, 0.5 after the surplus.
    QVERIFY(tight.results().countyAt(30).avoidedAdmissions >
            surplus.results().countyAt(30).avoidedAdmissions);
}

QTEST_GUILESS_MAIN(TestSimResponse)
#include "tst_sim_response.moc"
