// Scenario management edits: removing a scenario takes its own postings with it
// and one undo restores the project exactly; the baseline cannot be removed;
// names are validated (empty, duplicate, the reserved baseline name).
#include "models/domain/projectdocument.h"
#include "models/edit/policyedits.h"
#include "tests/testproject.h"

#include <QTest>
#include <QUndoStack>

using namespace cc;

class TestScenarios : public QObject {
    Q_OBJECT
private slots:
    void init() { m_doc.reset(test::smallProject(), QString()); }

    void removeTakesOwnPostingsAndUndoIsExact()
    {
        // A third scenario with its own posting, so removal must leave others alone.
        const edit::EditResult dup = edit::duplicateScenario(m_doc, 2, QStringLiteral("reform B"));
        QVERIFY2(dup.ok, qPrintable(dup.error));
        const Project before = m_doc.project();
        const int depth = m_doc.undoStack()->count();
        int ownPostings = 0;
        for (const Posting &p : before.postings)
            ownPostings += p.scenarioId == 2;
        QCOMPARE(ownPostings, 1);

        const edit::EditResult r = edit::removeScenario(m_doc, 2);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(m_doc.undoStack()->count(), depth + 1);
        const Project &after = m_doc.project();
        QVERIFY(!after.scenarios.contains(2));
        for (const Posting &p : after.postings)
            QVERIFY(p.scenarioId != 2);
        // The copy's own posting and the shared one stay.
        QCOMPARE(after.postings.size(), before.postings.size() - 1);
        QCOMPARE(after.scenarios.value(dup.id), before.scenarios.value(dup.id));

        m_doc.undoStack()->undo();
        QVERIFY(m_doc.project() == before);
        m_doc.undoStack()->redo();
        QVERIFY(!m_doc.project().scenarios.contains(2));
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.project() == before);
    }

    void baselineCannotBeRemoved()
    {
        const Project before = m_doc.project();
        const edit::EditResult r = edit::removeScenario(m_doc, before.baselineScenarioId());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("baseline")), qPrintable(r.error));
        QVERIFY(m_doc.project() == before);
        QVERIFY(!edit::removeScenario(m_doc, 99).ok);
        QCOMPARE(m_doc.undoStack()->count(), 0);
    }

    void namesAreValidated_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("must not be empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("must not be empty");
        QTest::newRow("duplicate") << QStringLiteral("reform") << QStringLiteral("already called");
        QTest::newRow("padded") << QStringLiteral(" new ") << QStringLiteral("spaces");
        QTest::newRow("too long") << QString(300, QLatin1Char('x')) << QStringLiteral("longer");
    }

    void namesAreValidated()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const Project before = m_doc.project();
        for (const edit::EditResult &r :
             {edit::addScenario(m_doc, name), edit::duplicateScenario(m_doc, 2, name)}) {
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(message), qPrintable(r.error));
        }
        // Renaming the baseline to "reform" and "reform" to a bad name are refused too.
        const edit::EditResult rename = edit::renameScenario(m_doc, 1, name);
        QVERIFY(!rename.ok);
        QVERIFY2(rename.error.contains(message), qPrintable(rename.error));
        QVERIFY(m_doc.project() == before);
        QCOMPARE(m_doc.undoStack()->count(), 0);
    }

    void baselineNameIsReserved()
    {
        const Project before = m_doc.project();
        // Another scenario called "baseline" would take over as the baseline.
        const edit::EditResult r = edit::addScenario(m_doc, QStringLiteral("baseline"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("baseline")), qPrintable(r.error));
        QVERIFY(m_doc.project() == before);

        // Renaming the baseline itself is fine while it stays the baseline (lowest id).
        const edit::EditResult renamed = edit::renameScenario(m_doc, 1, QStringLiteral("现行政策"));
        QVERIFY2(renamed.ok, qPrintable(renamed.error));
        QCOMPARE(m_doc.project().baselineScenarioId(), EntityId(1));
        // Now "baseline" would make scenario 2 the baseline: refused.
        QVERIFY(!edit::renameScenario(m_doc, 2, QStringLiteral("baseline")).ok);
        // Renaming a scenario to its own name is accepted and changes nothing.
        QVERIFY(edit::renameScenario(m_doc, 2, QStringLiteral("reform")).ok);
    }

    void newScenarioStartsFromBaseline()
    {
        const edit::EditResult r = edit::addScenario(m_doc, QStringLiteral("新方案"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const Project &p = m_doc.project();
        QCOMPARE(p.scenarios.value(r.id).schedule, p.scenarios.value(1).schedule);
        QCOMPARE(p.postingsOf(r.id), p.postingsOf(1));
        m_doc.undoStack()->undo();
        QVERIFY(!m_doc.project().scenarios.contains(r.id));
    }

private:
    ProjectDocument m_doc;
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
