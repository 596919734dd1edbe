// Monte Carlo uncertainty: the Latin hypercube hits every stratum once per
// dimension; a seed reproduces the sample and the bands; bands are ordered;
// zero-width ranges collapse onto the deterministic run; the deficit
// probability is the direct count over the draws; cancel claims nothing.
#include "models/analysis/latinhypercube.h"
#include "models/analysis/levers.h"
#include "models/analysis/montecarlo.h"
#include "models/sim/engine.h"
#include "models/simulation/generator.h"

#include <QTest>
#include <cmath>
#include <set>

using namespace cc;
using namespace cc::analysis;

namespace {

UncertaintyRanges smallRanges(int draws, std::uint64_t seed)
{
    UncertaintyRanges r = UncertaintyRanges::fromSettings(defaultSettings());
    r.draws = draws;
    r.seed = seed;
    return r;
}

// Fee-for-service only, with revenue set to the claims of the base run, so the
// draws fall on both sides of a balanced fund.
sim::Input balancedFeeForService(unsigned seed)
{
    sim::Input in = sim::generateSmall(seed);
    for (sim::PolicyEntry &e : in.schedule) {
        e.policy[PolicyKey::GlobalBudgetOn] = false;
        e.policy[PolicyKey::CapitationOn] = false;
        e.policy[PolicyKey::DrgOn] = false;
    }
    const sim::Results r = sim::Engine(in).results();
    double revenue = 0, claims = 0;
    for (const sim::FundMonth &m : r.fund) {
        revenue += m.revenue;
        claims += m.payments;
    }
    for (sim::PolicyEntry &e : in.schedule) {
        const double perInsured =
            e.policy[PolicyKey::FiscalSubsidyYuan] + e.policy[PolicyKey::PersonalPremiumYuan];
        e.policy[PolicyKey::FiscalSubsidyYuan] =
            perInsured * claims / revenue - e.policy[PolicyKey::PersonalPremiumYuan];
    }
    return in;
}

} // namespace

class TestAnalysisMonteCarlo : public QObject {
    Q_OBJECT
private slots:
    void latinHypercubeHitsEveryStratumOnce_data()
    {
        QTest::addColumn<int>("draws");
        QTest::addColumn<int>("dimensions");
        QTest::newRow("200 x 8") << 200 << 8;
        QTest::newRow("7 x 3") << 7 << 3;
        QTest::newRow("1 x 2") << 1 << 2;
    }
    void latinHypercubeHitsEveryStratumOnce()
    {
        QFETCH(int, draws);
        QFETCH(int, dimensions);
        const auto sample = latinHypercube(draws, dimensions, 42);
        QCOMPARE(static_cast<int>(sample.size()), draws);
        for (int d = 0; d < dimensions; ++d) {
            std::set<int> strata;
            for (const auto &point : sample) {
                const double u = point[static_cast<std::size_t>(d)];
                QVERIFY(u >= 0.0 && u < 1.0);
                strata.insert(static_cast<int>(std::floor(u * draws)));
            }
            QCOMPARE(static_cast<int>(strata.size()), draws);
            QCOMPARE(*strata.begin(), 0);
            QCOMPARE(*strata.rbegin(), draws - 1);
        }
    }

    void seedReproducesTheSample()
    {
        QCOMPARE(latinHypercube(50, 8, 7), latinHypercube(50, 8, 7));
        QVERIFY(latinHypercube(50, 8, 7) != latinHypercube(50, 8, 8));
        // Multipliers stay inside their ranges.
        const UncertaintyRanges ranges = smallRanges(100, 3);
        for (const auto &m : drawMultipliers(ranges))
            for (int d = 0; d < kUncertainCount; ++d) {
                const double h = ranges.halfWidth[static_cast<std::size_t>(d)];
                QVERIFY(m[static_cast<std::size_t>(d)] >= 1 - h);
                QVERIFY(m[static_cast<std::size_t>(d)] <= 1 + h);
            }
    }

    void sameSeedSameBandsOnAnyThreadCount()
    {
        const sim::Input in = sim::generateSmall(4);
        MonteCarloOptions options;
        options.ranges = smallRanges(12, 99);
        options.threads = 1;
        RunControl c1, c2;
        const MonteCarloResult a = runMonteCarlo(in, in, options, c1);
        options.threads = 3;
        const MonteCarloResult b = runMonteCarlo(in, in, options, c2);
        QVERIFY(a.completed && b.completed);
        QCOMPARE(a.fundBalanceBands.p50, b.fundBalanceBands.p50);
        QCOMPARE(a.fundBalanceBands.p5, b.fundBalanceBands.p5);
        QCOMPARE(a.inCountyRateBands.p95, b.inCountyRateBands.p95);
        QCOMPARE(a.deficitProbability, b.deficitProbability);
        // The draws differ from one another (the ranges are not zero).
        QVERIFY(a.fundBalance.front() != a.fundBalance.back());
    }

    void bandsAreOrdered()
    {
        const sim::Input in = sim::generateSmall(6);
        MonteCarloOptions options;
        options.ranges = smallRanges(20, 5);
        options.threads = 2;
        RunControl control;
        const MonteCarloResult r = runMonteCarlo(in, in, options, control);
        QVERIFY(r.completed);
        QCOMPARE(r.months, in.settings.integer(SettingKey::HorizonMonths));
        for (const Bands *b : {&r.fundBalanceBands, &r.inCountyRateBands})
            for (int t = 0; t < r.months; ++t) {
                const auto i = static_cast<std::size_t>(t);
                QVERIFY(b->p5[i] <= b->p25[i]);
                QVERIFY(b->p25[i] <= b->p50[i]);
                QVERIFY(b->p50[i] <= b->p75[i]);
                QVERIFY(b->p75[i] <= b->p95[i]);
            }
        // The 90% band is wider than nothing somewhere: the draws do differ.
        bool wide = false;
        for (int t = 0; t < r.months; ++t)
            wide = wide || r.fundBalanceBands.p95[static_cast<std::size_t>(t)] >
                               r.fundBalanceBands.p5[static_cast<std::size_t>(t)];
        QVERIFY(wide);
    }

    void quantilesInterpolate()
    {
        std::vector<double> v{4, 1, 3, 2, 5};
        QCOMPARE(quantile(v, 0.5), 3.0);
        QCOMPARE(quantile(v, 0.25), 2.0);
        QCOMPARE(quantile(v, 0.05), 1.2);
        QCOMPARE(quantile(v, 1.0), 5.0);
    }

    void zeroWidthRangesCollapseOntoTheDeterministicRun()
    {
        const sim::Input in = sim::generateSmall(7);
        MonteCarloOptions options;
        options.ranges = smallRanges(10, 1);
        options.ranges.halfWidth.fill(0.0);
        RunControl control;
        const MonteCarloResult r = runMonteCarlo(in, in, options, control);
        QVERIFY(r.completed);
        const sim::Results det = sim::Engine(in).results();
        for (int t = 0; t < r.months; ++t) {
            const auto i = static_cast<std::size_t>(t);
            for (double v :
                 {r.fundBalanceBands.p5[i], r.fundBalanceBands.p50[i], r.fundBalanceBands.p95[i]})
                QCOMPARE(v, det.fund[i].closingBalance);
            for (double v : {r.inCountyRateBands.p5[i], r.inCountyRateBands.p95[i]})
                QCOMPARE(v, det.countyAt(t).inCountyRate);
        }
        QCOMPARE(r.deficitProbability, deficitYears(det) > 0 ? 1.0 : 0.0);
    }

    void deficitProbabilityIsTheDirectCount()
    {
        const sim::Input in = balancedFeeForService(9);
        MonteCarloOptions options;
        options.ranges = smallRanges(16, 21);
        options.refit = false; // so each draw is applyDraw() alone, rerun below
        options.threads = 2;
        RunControl control;
        const MonteCarloResult r = runMonteCarlo(in, in, options, control);
        QVERIFY(r.completed);
        int any = 0;
        std::vector<int> byYear(r.years.size(), 0);
        for (int i = 0; i < r.draws; ++i) {
            const sim::Results direct =
                sim::Engine(applyDraw(in, r.multipliers[static_cast<std::size_t>(i)])).results();
            QCOMPARE(r.fundBalance[static_cast<std::size_t>(i)].back(),
                     direct.fund.back().closingBalance);
            const auto years = annualFundResults(direct);
            QCOMPARE(years.size(), r.years.size());
            bool deficit = false;
            for (std::size_t y = 0; y < years.size(); ++y) {
                // The annual result is the change of the balance over the year.
                if (years[y].resultYuan < 0) {
                    deficit = true;
                    ++byYear[y];
                }
            }
            any += deficit ? 1 : 0;
        }
        QCOMPARE(r.deficitProbability, static_cast<double>(any) / r.draws);
        for (std::size_t y = 0; y < byYear.size(); ++y)
            QCOMPARE(r.deficitProbabilityByYear[y], static_cast<double>(byYear[y]) / r.draws);
        // A balanced fund under uncertain demand: some draws in deficit, some not.
        QVERIFY(any > 0);
        QVERIFY(any < r.draws);
    }

    void annualResultIsTheBalanceChange()
    {
        const sim::Results r = sim::Engine(sim::generateSmall(2)).results();
        const auto years = annualFundResults(r);
        int t = 0;
        for (const FundYear &y : years) {
            const double opening = r.fund[static_cast<std::size_t>(t)].openingBalance;
            while (t + 1 < r.months && (r.startMonth - 1 + t + 1) / 12 + r.startYear == y.year)
                ++t;
            const double closing = r.fund[static_cast<std::size_t>(t)].closingBalance;
            QVERIFY(std::abs(y.resultYuan - (closing - opening)) <=
                    1e-6 * std::max(1.0, std::abs(closing)));
            ++t;
        }
        QCOMPARE(t, r.months);
    }

    void cancelStopsEarlyAndClaimsNothing()
    {
        const sim::Input in = sim::generateSmall(4);
        MonteCarloOptions options;
        options.ranges = smallRanges(40, 2);
        options.threads = 2;
        RunControl control;
        control.setStepObserver([&control](int done) {
            if (done == 2)
                control.cancel();
        });
        const MonteCarloResult r = runMonteCarlo(in, in, options, control);
        QVERIFY(!r.completed);
        QCOMPARE(r.draws, 0);
        QVERIFY(r.fundBalanceBands.p50.empty());
        QVERIFY(control.done() <= 2 + options.threads);
    }

    void rangesLiveInTheProjectSettings()
    {
        ModelSettings s = defaultSettings();
        QVERIFY(validate(s).isEmpty());
        UncertaintyRanges r = UncertaintyRanges::fromSettings(s);
        QCOMPARE(r.draws, 200);
        QCOMPARE(r.halfWidth[static_cast<std::size_t>(Uncertain::CoefInCounty)], 0.30);
        r.halfWidth[static_cast<std::size_t>(Uncertain::InpatientRate)] = 0.2;
        r.draws = 50;
        r.seed = 12345;
        r.writeTo(s);
        QCOMPARE(s[SettingKey::UncertaintyInpatientRate], 0.2);
        QCOMPARE(s.integer(SettingKey::UncertaintyDraws), 50);
        const UncertaintyRanges back = UncertaintyRanges::fromSettings(s);
        QCOMPARE(back.halfWidth, r.halfWidth);
        QCOMPARE(back.seed, std::uint64_t(12345));
        // Out of range is refused with the parameter's name.
        s[SettingKey::UncertaintyCoefCost] = 1.5;
        QVERIFY(validate(s).contains(QStringLiteral("cost sensitivity")));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisMonteCarlo)
#include "tst_analysis_montecarlo.moc"
