// "Explain this number": the inputs of a derivation are the results' own
// numbers, the value is the indicator the results hold, and the parameters
// listed are exactly those that differ from the reference scenario.
#include "models/demo/democounty.h"
#include "models/explain/explain.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"

#include <QSet>
#include <QTest>

using namespace cc;
using explain::Indicator;

class TestExplain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_project = demo::makeDemoProject();
        m_reform = m_project.scenarioIdByName(QStringLiteral("reform"));
        m_baseline = m_project.baselineScenarioId();
        QVERIFY(m_reform != 0 && m_baseline != 0 && m_reform != m_baseline);
        SimIndexMap map;
        m_engine = std::make_unique<sim::Engine>(compileProject(m_project, m_reform, map));
        QVERIFY(m_engine->results().months > 12);
    }

    void inCountyRateInputsAreTheResultsNumbers()
    {
        const sim::Results &r = m_engine->results();
        for (int scope : {-1, 0, r.townships - 1}) {
            for (int t : {0, 5, r.months - 1}) {
                const explain::Derivation d = explain::derive(Indicator::InCountyRate, r, t, scope,
                                                              m_project, m_reform, m_baseline);
                QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
                const sim::Indicators &x = scope < 0 ? r.countyAt(t) : r.townshipAt(scope, t);
                double in = 0, all = 0;
                for (int l = 0; l < sim::kLevels; ++l) {
                    all += x.outpatientEpisodes[l] + x.inpatientEpisodes[l];
                    if (l <= sim::CountyHospital)
                        in += x.outpatientEpisodes[l] + x.inpatientEpisodes[l];
                }
                QVERIFY(d.inputs.size() >= 2);
                QCOMPARE(d.inputs[0].value, in);
                QCOMPARE(d.inputs[1].value, all);
                QCOMPARE(d.value, x.inCountyRate);
                // The formula the dialog states gives the value the results hold.
                QVERIFY(std::abs(d.inputs[0].value / d.inputs[1].value - d.value) < 1e-12);
                QVERIFY(!d.formula.isEmpty());
                QCOMPARE(d.scope, scope);
            }
        }
    }

    void otherShareIndicatorsDivideTheirInputs()
    {
        const sim::Results &r = m_engine->results();
        const int t = r.months / 2;
        const sim::Indicators &x = r.countyAt(t);
        const explain::Derivation ip = explain::derive(Indicator::InCountyInpatientShare, r, t, -1,
                                                       m_project, m_reform, m_baseline);
        QCOMPARE(ip.value, x.inCountyInpatientShare);
        QVERIFY(std::abs(ip.inputs[0].value / ip.inputs[1].value - ip.value) < 1e-12);
        QCOMPARE(ip.inputs[1].value, x.inpatientEpisodes[0] + x.inpatientEpisodes[1] +
                                         x.inpatientEpisodes[2] + x.inpatientEpisodes[3] +
                                         x.inpatientEpisodes[4]);
        const explain::Derivation g =
            explain::derive(Indicator::GrassrootsShare, r, t, -1, m_project, m_reform, m_baseline);
        QCOMPARE(g.value, x.grassrootsShare);
        QCOMPARE(g.inputs[0].value, x.outpatientEpisodes[0] + x.outpatientEpisodes[1]);
        QVERIFY(std::abs(g.inputs[0].value / g.inputs[1].value - g.value) < 1e-12);
    }

    void fundIndicatorsFollowTheFundLedger()
    {
        const sim::Results &r = m_engine->results();
        const int t = r.months - 1;
        const explain::Derivation m = explain::derive(Indicator::FundMonthsOfReserve, r, t, 3,
                                                      m_project, m_reform, m_baseline);
        QCOMPARE(m.scope, -1); // the fund is county-wide
        QCOMPARE(m.value, r.fund[t].monthsOfReserve);
        QCOMPARE(m.inputs[0].value, r.fund[t].closingBalance);
        QVERIFY(std::abs(m.inputs[0].value / m.inputs[1].value - m.value) <
                1e-9 * std::max(1.0, std::abs(m.value)));
        const explain::Derivation b =
            explain::derive(Indicator::FundBalance, r, t, -1, m_project, m_reform, m_baseline);
        QCOMPARE(b.value, r.fund[t].closingBalance);
        QCOMPARE(b.inputs.size(), 5);
        QCOMPARE(b.inputs[4].value, r.fund[t].turnover);
        const double sum = b.inputs[0].value + b.inputs[1].value - b.inputs[2].value -
                           b.inputs[3].value - b.inputs[4].value;
        QVERIFY(std::abs(sum - b.value) < 1e-6 * std::max(1.0, std::abs(b.value)));
    }

    void listsExactlyTheParametersThatDiffer()
    {
        const int t = m_engine->results().months - 1;
        const PolicyParams a = m_project.policyAt(m_baseline, t);
        const PolicyParams b = m_project.policyAt(m_reform, t);
        QSet<int> differing;
        for (int i = 0; i < kPolicyKeyCount; ++i)
            if (a.at(i) != b.at(i))
                differing.insert(i);
        QVERIFY2(!differing.isEmpty(), "the demo's reform scenario changes the policy");
        const explain::Derivation d = explain::derive(Indicator::InCountyRate, m_engine->results(),
                                                      t, -1, m_project, m_reform, m_baseline);
        QSet<int> listed;
        for (const explain::ParameterChange &c : d.changes) {
            listed.insert(int(c.key));
            QCOMPARE(c.before, a[c.key]);
            QCOMPARE(c.after, b[c.key]);
            QVERIFY(!c.label.isEmpty());
            QVERIFY(c.beforeText != c.afterText);
        }
        QCOMPARE(listed, differing);
        QCOMPARE(d.changes.size(), differing.size());
        // Directly acting parameters come first.
        bool seenIndirect = false;
        for (const explain::ParameterChange &c : d.changes) {
            if (!c.direct)
                seenIndirect = true;
            else
                QVERIFY2(!seenIndirect, "a direct parameter after an indirect one");
        }
    }

    void aChangedParameterShowsUpAndTheSameScenarioListsNone()
    {
        Project p = m_project;
        Scenario s = p.scenarios.value(m_baseline);
        s.id = p.scenarios.lastKey() + 1;
        s.name = QStringLiteral("tweak");
        s.schedule[0].changes.set(PolicyKey::InpatientRatioTownship, 0.95);
        s.schedule[0].changes.set(PolicyKey::SurplusRetention, 0.4);
        p.scenarios.insert(s.id, s);
        const QVector<explain::ParameterChange> changes =
            explain::policyDifferences(p, s.id, m_baseline, 0, Indicator::InCountyInpatientShare);
        QCOMPARE(changes.size(), 2);
        // The reimbursement ratio acts on the inpatient share directly; retention does not.
        QCOMPARE(changes[0].key, PolicyKey::InpatientRatioTownship);
        QVERIFY(changes[0].direct);
        QCOMPARE(changes[1].key, PolicyKey::SurplusRetention);
        QVERIFY(!changes[1].direct);
        QCOMPARE(changes[0].after, 0.95);
        QVERIFY(explain::policyDifferences(p, m_baseline, m_baseline, 0, Indicator::InCountyRate)
                    .isEmpty());
    }

    void aMonthZeroEditStillDiffersAfterTheReformEntry()
    {
        // Issue 19: the reform's 2026-01 entry used to undo a month-0 edit.
        Project p = m_project;
        Scenario &reform = p.scenarios[m_reform];
        reform.schedule[0].changes.set(PolicyKey::NoReferralCut, 0.51);
        const int later = reform.schedule.back().fromMonth + 12;
        const QVector<explain::ParameterChange> changes =
            explain::policyDifferences(p, m_reform, m_baseline, later, Indicator::InCountyRate);
        bool cut = false;
        for (const explain::ParameterChange &c : changes)
            cut = cut || (c.key == PolicyKey::NoReferralCut && c.after == 0.51);
        QVERIFY(cut);
    }

    void admissionInputsAreTheResultsNumbers()
    {
        const sim::Results &r = m_engine->results();
        const int t = r.months - 1;
        for (int scope : {-1, 2}) {
            const explain::Derivation d = explain::derive(Indicator::Admissions, r, t, scope,
                                                          m_project, m_reform, m_baseline);
            QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
            const sim::Indicators &x = scope < 0 ? r.countyAt(t) : r.townshipAt(scope, t);
            double byLevel = 0;
            for (int l = 0; l < sim::kLevels; ++l) {
                QCOMPARE(d.inputs[1 + l].value, x.inpatientEpisodes[l]);
                byLevel += x.inpatientEpisodes[l];
            }
            QCOMPARE(d.value, byLevel);
            QCOMPARE(d.inputs[0].value, x.admissionsPer1000);
            QCOMPARE(explain::indicatorValue(Indicator::Admissions, r, t, scope), d.value);
            // Per 1,000 residents a year is the month's admissions, annualized.
            QVERIFY(std::abs(d.value * 12 / x.population * 1000 - x.admissionsPer1000) <
                    1e-9 * x.admissionsPer1000);
        }
        const explain::Derivation stay = explain::derive(Indicator::AverageLengthOfStay, r, t, -1,
                                                         m_project, m_reform, m_baseline);
        QCOMPARE(stay.value, r.countyAt(t).averageLengthOfStay);
        QCOMPARE(stay.unit, explain::Unit::Days);
        QVERIFY(std::abs(stay.inputs[0].value / stay.inputs[1].value - stay.value) < 1e-9);
        const explain::Derivation avoided = explain::derive(Indicator::AvoidedAdmissions, r, t, -1,
                                                            m_project, m_reform, m_baseline);
        QCOMPARE(avoided.value, r.countyAt(t).avoidedAdmissions);
        // The payment parameters that move care are marked as acting directly.
        bool budget = false;
        for (const explain::ParameterChange &c : avoided.changes)
            budget = budget || (c.key == PolicyKey::GlobalBudgetOn && c.direct);
        QVERIFY(budget);
    }

    // What moved an admission count: the mechanisms taken out in turn add up
    // to the value, each in the direction the reform's story says.
    void mechanismsAddUpToTheValue_data()
    {
        QTest::addColumn<int>("indicator");
        QTest::addColumn<int>("scope");
        QTest::newRow("admissions") << int(Indicator::Admissions) << -1;
        QTest::newRow("admissions, township") << int(Indicator::Admissions) << 1;
        QTest::newRow("avoided") << int(Indicator::AvoidedAdmissions) << -1;
        QTest::newRow("length of stay") << int(Indicator::AverageLengthOfStay) << -1;
    }
    void mechanismsAddUpToTheValue()
    {
        QFETCH(int, indicator);
        QFETCH(int, scope);
        const sim::Results &r = m_engine->results();
        const int t = r.months - 1;
        explain::Derivation d =
            explain::derive(Indicator(indicator), r, t, scope, m_project, m_reform, m_baseline);
        QVERIFY(d.mechanisms.isEmpty()); // derive() alone runs no engine
        explain::explainMechanisms(d, m_project);
        QCOMPARE(d.mechanisms.size(), 7);
        double sum = 0;
        for (const explain::Mechanism &m : d.mechanisms) {
            QVERIFY(!m.name.isEmpty() && !m.description.isEmpty());
            if (!m.inEffect)
                QCOMPARE(m.effect, 0.0);
            sum += m.effect;
        }
        const double tolerance = 1e-9 * std::max(1.0, std::abs(d.value));
        QVERIFY2(
            std::abs(sum + d.withoutMechanisms - d.value) < tolerance,
            qPrintable(
                QStringLiteral("%1 + %2 vs %3").arg(sum).arg(d.withoutMechanisms).arg(d.value)));
        QVERIFY(d.hasReference);
        // The reference is the baseline's own number.
        SimIndexMap map;
        const sim::Engine baseline(compileProject(m_project, m_baseline, map));
        QCOMPARE(d.referenceValue,
                 explain::indicatorValue(Indicator(indicator), baseline.results(), t, scope));
        const auto effect = [&](int i) { return d.mechanisms[i].effect; };
        switch (Indicator(indicator)) {
        case Indicator::Admissions:
            // The budget's incentive avoids admissions; referral moves them
            // between levels without changing their number much.
            QVERIFY(d.mechanisms[2].inEffect);
            QVERIFY2(effect(2) < 0, qPrintable(QString::number(effect(2))));
            QVERIFY(std::abs(effect(4)) < std::abs(effect(2)));
            break;
        case Indicator::AvoidedAdmissions:
            // Nothing is avoided without the incentives.
            QCOMPARE(d.withoutMechanisms, 0.0);
            QVERIFY(effect(2) > 0);
            QVERIFY(effect(0) >= 0 && effect(1) >= 0);
            break;
        case Indicator::AverageLengthOfStay:
            QVERIFY2(effect(3) < 0, qPrintable(QString::number(effect(3)))); // shorter stays
            break;
        default:
            break;
        }
    }

    void baselineUsesNoMechanism()
    {
        SimIndexMap map;
        const sim::Engine baseline(compileProject(m_project, m_baseline, map));
        const int t = baseline.results().months - 1;
        explain::Derivation d = explain::derive(Indicator::Admissions, baseline.results(), t, -1,
                                                m_project, m_baseline, m_baseline);
        explain::explainMechanisms(d, m_project, map);
        for (const explain::Mechanism &m : d.mechanisms) {
            QVERIFY2(!m.inEffect, qPrintable(m.name)); // fee-for-service, no links
            QCOMPARE(m.effect, 0.0);
        }
        QCOMPARE(d.withoutMechanisms, d.value);
        QVERIFY(!d.hasReference);
        // Not a care indicator: nothing to take apart.
        explain::Derivation rate = explain::derive(Indicator::InCountyRate, baseline.results(), t,
                                                   -1, m_project, m_baseline, m_baseline);
        explain::explainMechanisms(rate, m_project, map);
        QVERIFY(rate.mechanisms.isEmpty());
    }

    void outsideTheHorizonIsAnError()
    {
        const sim::Results &r = m_engine->results();
        QVERIFY(!explain::derive(Indicator::InCountyRate, r, r.months, -1, m_project, m_reform,
                                 m_baseline)
                     .error.isEmpty());
        QVERIFY(!explain::derive(Indicator::InCountyRate, r, 0, r.townships, m_project, m_reform,
                                 m_baseline)
                     .error.isEmpty());
    }

private:
    Project m_project;
    EntityId m_reform = 0, m_baseline = 0;
    std::unique_ptr<sim::Engine> m_engine;
};

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
