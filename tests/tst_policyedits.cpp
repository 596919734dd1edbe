// Payment policy and scenario edits: every parameter's range is enforced with a
// message naming it; slider drags are one undo step; schedule entries and
// scenario copies behave; a scenario's overrides never leak into another.
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "models/edit/policyedits.h"
#include "tests/testproject.h"

#include <QCoreApplication>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace cc;

class TestPolicyEdits : public QObject {
    Q_OBJECT
private slots:
    void init() { m_doc.reset(test::smallProject(), QString()); }

    void everyParameterIsRangeChecked_data()
    {
        QTest::addColumn<int>("key");
        for (int k = 0; k < kPolicyKeyCount; ++k)
            QTest::newRow(policySpec(static_cast<PolicyKey>(k)).key) << k;
    }

    void everyParameterIsRangeChecked()
    {
        QFETCH(int, key);
        const auto k = static_cast<PolicyKey>(key);
        const ParameterSpec &spec = policySpec(k);
        const QString label = QCoreApplication::translate("cc::Parameters", spec.label);
        const double inside[] = {spec.minimum, spec.maximum, spec.defaultValue};
        for (double v : inside) {
            const edit::EditResult r = edit::setPolicyValue(m_doc, 2, 1, k, v);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(m_doc.project().scenarios.value(2).schedule[1].changes.sets(k));
            QCOMPARE(m_doc.project().scenarios.value(2).schedule[1].changes.value(k), v);
        }
        const double span = std::max(1.0, spec.maximum - spec.minimum);
        const double outside[] = {spec.minimum - span * 0.01 - 0.5,
                                  spec.maximum + span * 0.01 + 0.5, std::nan(""), INFINITY};
        const Project before = m_doc.project();
        for (double v : outside) {
            const edit::EditResult r = edit::setPolicyValue(m_doc, 2, 1, k, v);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(label), qPrintable(r.error));
            QVERIFY(m_doc.project() == before);
        }
    }

    void wholeNumbersForIntegerAndSwitchParameters()
    {
        const edit::EditResult r =
            edit::setPolicyValue(m_doc, 2, 1, PolicyKey::GlobalBudgetOn, 0.5);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("whole number")));
    }

    void sliderDragIsOneUndoStep()
    {
        const double before = m_doc.project().policyAt(2, 12)[PolicyKey::InpatientRatioTownship];
        const qint64 drag = edit::newMergeKey();
        for (int i = 0; i <= 10; ++i)
            QVERIFY(edit::setPolicyValue(m_doc, 2, 1, PolicyKey::InpatientRatioTownship,
                                         0.80 + i * 0.01, drag));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QCOMPARE(m_doc.project().policyAt(2, 12)[PolicyKey::InpatientRatioTownship], 0.90);
        // A second drag is a second step.
        const qint64 second = edit::newMergeKey();
        QVERIFY(edit::setPolicyValue(m_doc, 2, 1, PolicyKey::InpatientRatioTownship, 0.7, second));
        QVERIFY(edit::setPolicyValue(m_doc, 2, 1, PolicyKey::InpatientRatioTownship, 0.75, second));
        QCOMPARE(m_doc.undoStack()->count(), 2);
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.project().policyAt(2, 12)[PolicyKey::InpatientRatioTownship], 0.90);
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.project().policyAt(2, 12)[PolicyKey::InpatientRatioTownship], before);
    }

    void scheduleEntriesTakeEffectFromTheirMonth()
    {
        QVERIFY(edit::addPolicyChange(m_doc, 1, 24, QStringLiteral("乡镇报销提高")));
        const Scenario s = m_doc.project().scenarios.value(1);
        QCOMPARE(s.schedule.size(), 2);
        QCOMPARE(s.schedule[1].fromMonth, 24);
        QVERIFY(s.schedule[1].changes.isEmpty()); // sets nothing: the policy carries on
        QVERIFY(m_doc.project().policyAt(1, 24) == m_doc.project().policyAt(1, 23));
        QVERIFY(edit::setPolicyValue(m_doc, 1, 1, PolicyKey::InpatientRatioTownship, 0.95));
        QCOMPARE(m_doc.project().policyAt(1, 23)[PolicyKey::InpatientRatioTownship], 0.90);
        QCOMPARE(m_doc.project().policyAt(1, 24)[PolicyKey::InpatientRatioTownship], 0.95);

        QVERIFY(!edit::addPolicyChange(m_doc, 1, 24).ok); // same month twice
        QVERIFY(!edit::addPolicyChange(m_doc, 1, 0).ok);  // month 0 is the base entry
        QVERIFY(edit::movePolicyChange(m_doc, 1, 1, 30));
        QCOMPARE(m_doc.project().policyAt(1, 24)[PolicyKey::InpatientRatioTownship], 0.90);
        QVERIFY(!edit::removePolicyChange(m_doc, 1, 0).ok);
        QVERIFY(edit::removePolicyChange(m_doc, 1, 1));
        QCOMPARE(m_doc.project().scenarios.value(1).schedule.size(), 1);
    }

    void scenarioOverridesDoNotLeak()
    {
        const Project before = m_doc.project();
        QVERIFY(edit::setPolicyValue(m_doc, 2, 0, PolicyKey::OutpatientRatioVillage, 0.8));
        for (int t = 0; t < 60; ++t)
            QVERIFY(m_doc.project().policyAt(1, t) == before.policyAt(1, t));
        QCOMPARE(m_doc.project().postingsOf(1), before.postingsOf(1));
    }

    void duplicateCopiesScheduleAndOwnPostings()
    {
        // The reform's own telemedicine link and investment come along too.
        TelemedicineLink link;
        link.hubFacilityId = 1;
        link.centreFacilityId = 2;
        link.scenarioId = 2;
        QVERIFY(edit::add(m_doc, link));
        Investment beds;
        beds.scenarioId = 2;
        beds.facilityId = 2;
        beds.units = 10;
        QVERIFY(edit::add(m_doc, beds));
        m_doc.undoStack()->clear();
        const edit::EditResult r = edit::duplicateScenario(m_doc, 2, QStringLiteral("reform-b"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        const Scenario copy = m_doc.project().scenarios.value(r.id);
        QCOMPARE(copy.schedule, m_doc.project().scenarios.value(2).schedule);
        QCOMPARE(m_doc.project().postingsOf(r.id).size(), m_doc.project().postingsOf(2).size());
        const auto ownOf = [&](const auto &table, EntityId scenario) {
            return std::count_if(table.cbegin(), table.cend(),
                                 [scenario](const auto &x) { return x.scenarioId == scenario; });
        };
        QCOMPARE(ownOf(m_doc.project().links, r.id), 1);
        QCOMPARE(ownOf(m_doc.project().investments, r.id), 1);
        QCOMPARE(ownOf(m_doc.project().links, 2), 1); // the original keeps its own
        QVERIFY(!edit::duplicateScenario(m_doc, 2, QStringLiteral("reform-b")).ok); // unique names
        m_doc.undoStack()->undo();
        QVERIFY(!m_doc.project().scenarios.contains(r.id));
        QCOMPARE(m_doc.project().postings.size(), 2);
    }

    void addAndRenameScenario()
    {
        const edit::EditResult r = edit::addScenario(m_doc, QStringLiteral("试点"));
        QVERIFY(r.ok);
        QCOMPARE(m_doc.project().scenarios.value(r.id).schedule,
                 m_doc.project().scenarios.value(1).schedule);
        QVERIFY(edit::renameScenario(m_doc, r.id, QStringLiteral("试点二")));
        QVERIFY(!edit::renameScenario(m_doc, r.id, QStringLiteral("baseline")).ok);
        QVERIFY(!edit::renameScenario(m_doc, r.id, QString()).ok);
    }

private:
    ProjectDocument m_doc;
};

QTEST_GUILESS_MAIN(TestPolicyEdits)
#include "tst_policyedits.moc"
