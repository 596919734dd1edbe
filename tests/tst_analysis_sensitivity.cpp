// Sensitivity (tornado): every bar equals a direct from-scratch run with the
// one parameter moved; moves stay in the valid range; bars are sorted; a
// canceled run stops early and claims nothing.
#include "models/analysis/sensitivity.h"
#include "models/sim/engine.h"
#include "models/simulation/generator.h"

#include <QTest>
#include <algorithm>
#include <cmath>

using namespace cc;
using namespace cc::analysis;

namespace {

double direct(const sim::Input &base, const Lever &lever, double factor, Indicator indicator)
{
    sim::Input moved = base;
    scaleLever(moved, lever, factor);
    return indicatorValue(sim::Engine(moved).results(), indicator);
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace

class TestAnalysisSensitivity : public QObject {
    Q_OBJECT
private slots:
    void barsEqualDirectRuns_data()
    {
        QTest::addColumn<int>("indicator");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("in-county rate") << static_cast<int>(Indicator::InCountyRate) << 3u;
        QTest::newRow("fund balance") << static_cast<int>(Indicator::FundBalanceEnd) << 5u;
        QTest::newRow("grassroots share") << static_cast<int>(Indicator::GrassrootsShare) << 8u;
    }
    void barsEqualDirectRuns()
    {
        QFETCH(int, indicator);
        QFETCH(unsigned, seed);
        const sim::Input base = sim::generateSmall(seed);
        SensitivityOptions options;
        options.indicator = Indicator(indicator);
        options.threads = 2;
        RunControl control;
        const SensitivityResult r = runSensitivity(base, options, control);
        QVERIFY(r.completed);
        QCOMPARE(control.done(), control.total());
        QCOMPARE(r.entries.size() + r.skipped.size(), keyLevers().size());
        QVERIFY(r.entries.size() > 10);
        QVERIFY(
            close(r.baseIndicator, indicatorValue(sim::Engine(base).results(), options.indicator)));
        bool anyEffect = false;
        for (const SensitivityEntry &e : r.entries) {
            const QByteArray name = leverLabel(e.lever).toUtf8();
            QVERIFY2(close(e.lowIndicator, direct(base, e.lever, 0.9, options.indicator)),
                     name.constData());
            QVERIFY2(close(e.highIndicator, direct(base, e.lever, 1.1, options.indicator)),
                     name.constData());
            anyEffect = anyEffect || e.swing(r.baseIndicator) > 0;
        }
        QVERIFY(anyEffect);
        for (std::size_t i = 1; i < r.entries.size(); ++i)
            QVERIFY(r.entries[i - 1].swing(r.baseIndicator) >= r.entries[i].swing(r.baseIndicator));
    }

    void movesAreClampedToTheValidRange()
    {
        sim::Input base = sim::generateSmall(3);
        for (sim::PolicyEntry &e : base.schedule) {
            e.policy[PolicyKey::SurplusRetention] = 1.0; // at its maximum
            e.policy[levelKey(PolicyKey::InpatientRatioVillage, 1)] = 0.95;
            e.policy[levelKey(PolicyKey::OutpatientDeductibleVillage, 0)] =
                0; // zero: cannot move by a percentage
        }
        SensitivityOptions options;
        options.levers = {Lever::policy(PolicyKey::SurplusRetention),
                          Lever::policy(PolicyKey::InpatientRatioTownship),
                          Lever::policy(PolicyKey::OutpatientDeductibleVillage)};
        RunControl control;
        const SensitivityResult r = runSensitivity(base, options, control);
        QVERIFY(r.completed);
        QCOMPARE(r.entries.size(), std::size_t(2));
        QCOMPARE(r.skipped.size(), std::size_t(1));
        QVERIFY(r.skipped[0] == Lever::policy(PolicyKey::OutpatientDeductibleVillage));
        for (const SensitivityEntry &e : r.entries) {
            if (e.lever == Lever::policy(PolicyKey::SurplusRetention)) {
                QCOMPARE(e.highValue, 1.0);
                QVERIFY(close(e.lowValue, 0.9));
            } else {
                QCOMPARE(e.highValue, 1.0); // 0.95 x 1.1 = 1.045, clamped
                QVERIFY(close(e.lowValue, 0.855));
            }
        }
    }

    void scaleLeverMovesEveryScheduleEntry()
    {
        sim::Input in = sim::generateSmall(3);
        QVERIFY(in.schedule.size() >= 2);
        const Lever lever = Lever::policy(PolicyKey::InpatientDeductibleCounty);
        std::vector<double> before;
        for (const sim::PolicyEntry &e : in.schedule)
            before.push_back(e.policy[levelKey(PolicyKey::InpatientDeductibleVillage, 2)]);
        scaleLever(in, lever, 1.1);
        for (std::size_t i = 0; i < in.schedule.size(); ++i)
            QVERIFY(close(in.schedule[i].policy[levelKey(PolicyKey::InpatientDeductibleVillage, 2)],
                          before[i] * 1.1));
    }

    void cancelStopsEarlyAndClaimsNothing()
    {
        const sim::Input base = sim::generateSmall(3);
        SensitivityOptions options;
        options.threads = 2;
        RunControl control;
        control.setStepObserver([&control](int done) {
            if (done == 3)
                control.cancel();
        });
        const SensitivityResult r = runSensitivity(base, options, control);
        QVERIFY(!r.completed);
        QVERIFY(r.entries.empty());
        // At most the runs already going on the other threads finish after the cancel.
        QVERIFY(control.done() <= 3 + options.threads);
        QVERIFY(control.done() < control.total());
    }

    void sameResultWithAnyThreadCount()
    {
        const sim::Input base = sim::generateSmall(11);
        SensitivityOptions options;
        options.indicator = Indicator::FundBalanceEnd;
        RunControl one, three;
        options.threads = 1;
        const SensitivityResult a = runSensitivity(base, options, one);
        options.threads = 3;
        const SensitivityResult b = runSensitivity(base, options, three);
        QCOMPARE(a.entries.size(), b.entries.size());
        for (std::size_t i = 0; i < a.entries.size(); ++i) {
            QVERIFY(a.entries[i].lever == b.entries[i].lever);
            QCOMPARE(a.entries[i].lowIndicator, b.entries[i].lowIndicator);
            QCOMPARE(a.entries[i].highIndicator, b.entries[i].highIndicator);
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisSensitivity)
#include "tst_analysis_sensitivity.moc"
