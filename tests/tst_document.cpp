// The document and its undo commands: every command kind redo -> undo -> redo
// restores the exact states; refused edits leave the document untouched; change
// signals say what changed and from which month.
#include "models/domain/projectdocument.h"
#include "models/domain/validation.h"
#include "models/edit/edits.h"
#include "tests/testproject.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace cc;

Q_DECLARE_METATYPE(std::function<bool(ProjectDocument &)>)
Q_DECLARE_METATYPE(cc::Posting)

class TestDocument : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc.reset(test::smallProject(), QString());
        QVERIFY(validateProject(m_doc.project()).isEmpty());
    }

    void commandRoundTrips_data()
    {
        using Edit = std::function<bool(ProjectDocument &)>;
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<int>("commands");

        QTest::newRow("add settlement") << Edit([](ProjectDocument &d) {
            Settlement s = d.project().settlements.value(2);
            s.name = QStringLiteral("新村");
            return bool(edit::add(d, s));
        }) << 1;
        QTest::newRow("change facility") << Edit([](ProjectDocument &d) {
            Facility f = d.project().facilities.value(2);
            f.beds = 60;
            f.capability[2] = 0.9;
            return bool(edit::change(d, f));
        }) << 1;
        QTest::newRow("remove facility cascades")
            << Edit([](ProjectDocument &d) { return bool(edit::remove<Facility>(d, 2)); }) << 1;
        QTest::newRow("remove staff cascades")
            << Edit([](ProjectDocument &d) { return bool(edit::remove<StaffMember>(d, 1)); }) << 1;
        QTest::newRow("remove township")
            << Edit([](ProjectDocument &d) { return bool(edit::remove<Township>(d, 2)); }) << 1;
        QTest::newRow("remove service line")
            << Edit([](ProjectDocument &d) { return bool(edit::remove<ServiceLine>(d, 2)); }) << 1;
        QTest::newRow("remove scenario")
            << Edit([](ProjectDocument &d) { return bool(edit::remove<Scenario>(d, 2)); }) << 1;
        QTest::newRow("add road") << Edit([](ProjectDocument &d) {
            Road r = d.project().roads.value(1);
            r.path.append(LonLat{118.0, 26.0});
            return bool(edit::add(d, r));
        }) << 1;
        QTest::newRow("add posting") << Edit([](ProjectDocument &d) {
            return bool(edit::add(d, Posting{0, 2, 1, 3, 9, 0.5, 0}));
        }) << 1;
        QTest::newRow("change policy schedule") << Edit([](ProjectDocument &d) {
            Scenario s = d.project().scenarios.value(2);
            s.schedule[1].changes.set(PolicyKey::SurplusRetention, 0.6);
            return bool(edit::change(d, s));
        }) << 1;
        QTest::newRow("boundary") << Edit([](ProjectDocument &d) {
            CountyBoundary b = d.project().boundary;
            b.area[0][0].append(LonLat{118.2, 26.4});
            return bool(edit::setBoundary(d, b));
        }) << 1;
        QTest::newRow("settings") << Edit([](ProjectDocument &d) {
            ModelSettings s = d.project().settings;
            s[SettingKey::HorizonMonths] = 120;
            return bool(edit::setSettings(d, s));
        }) << 1;
        QTest::newRow("replace project") << Edit([](ProjectDocument &d) {
            Project p = d.project();
            p.settlements.remove(3);
            p.title = QStringLiteral("恢复");
            return bool(edit::replaceProject(d, p, QStringLiteral("restore")));
        }) << 1;
        QTest::newRow("title") << Edit([](ProjectDocument &d) {
            return bool(edit::setTitle(d, QStringLiteral("新标题")));
        }) << 1;
        QTest::newRow("macro of three") << Edit([](ProjectDocument &d) {
            edit::MacroScope macro(d, QStringLiteral("import"));
            for (int i = 0; i < 3; ++i) {
                Settlement s = d.project().settlements.value(3);
                s.name = QStringLiteral("村%1").arg(i);
                if (!edit::add(d, s))
                    return false;
            }
            return true;
        }) << 1;
    }

    void commandRoundTrips()
    {
        QFETCH(std::function<bool(ProjectDocument &)>, edit);
        QFETCH(int, commands);
        const Project before = m_doc.project();
        QVERIFY(edit(m_doc));
        const Project after = m_doc.project();
        QVERIFY(after != before);
        QCOMPARE(m_doc.undoStack()->count(), commands);
        QVERIFY(m_doc.isModified());
        QVERIFY(validateProject(after).isEmpty());

        m_doc.undoStack()->undo();
        QVERIFY(m_doc.project() == before);
        QVERIFY(!m_doc.isModified());
        m_doc.undoStack()->redo();
        QVERIFY(m_doc.project() == after);
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.project() == before);
    }

    void cascadesRemoveDependents()
    {
        QVERIFY(edit::remove<Facility>(m_doc, 2));
        for (const Posting &p : m_doc.project().postings)
            QVERIFY(p.facilityId != 2);
        QCOMPARE(m_doc.project().staff.value(2).homeFacilityId, EntityId(0));
        QVERIFY(validateProject(m_doc.project()).isEmpty());
    }

    void refusedEditsLeaveDocumentUntouched_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative population") << 0 << QStringLiteral("population");
        QTest::newRow("empty name") << 1 << QStringLiteral("must not be empty");
        QTest::newRow("latitude out of range") << 2 << QStringLiteral("longitude/latitude");
        QTest::newRow("signed share above 1") << 3 << QStringLiteral("between 0 and 1");
        QTest::newRow("NaN population share") << 4 << QStringLiteral("between 0 and 1");
        QTest::newRow("dangling township") << 5 << QStringLiteral("does not exist");
        QTest::newRow("very long name") << 6 << QStringLiteral("longer than");
    }

    void refusedEditsLeaveDocumentUntouched()
    {
        QFETCH(int, field);
        QFETCH(QString, expected);
        const Project before = m_doc.project();
        Settlement s = before.settlements.value(2);
        switch (field) {
        case 0:
            s.population = -5;
            break;
        case 1:
            s.name = QStringLiteral("   ");
            break;
        case 2:
            s.position.lat = 91;
            break;
        case 3:
            s.signedShare = 1.5;
            break;
        case 4:
            s.signedShare = std::numeric_limits<double>::quiet_NaN();
            break;
        case 5:
            s.townshipId = 99;
            break;
        case 6:
            s.name = QString(300, QLatin1Char('x'));
            break;
        }
        const edit::EditResult r = edit::change(m_doc, s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(m_doc.project() == before);
        QCOMPARE(m_doc.undoStack()->count(), 0);
    }

    void postingsRefusedWithBadValues_data()
    {
        QTest::addColumn<Posting>("posting");
        QTest::newRow("to deleted facility") << Posting{0, 1, 77, 0, 6, 1.0, 0};
        QTest::newRow("unknown staff") << Posting{0, 9, 1, 0, 6, 1.0, 0};
        QTest::newRow("ends before start") << Posting{0, 1, 2, 6, 6, 1.0, 0};
        QTest::newRow("fte above one") << Posting{0, 1, 2, 0, 6, 1.5, 0};
        QTest::newRow("fte infinite")
            << Posting{0, 1, 2, 0, 6, std::numeric_limits<double>::infinity(), 0};
        QTest::newRow("unknown scenario") << Posting{0, 1, 2, 0, 6, 1.0, 8};
    }

    void postingsRefusedWithBadValues()
    {
        QFETCH(Posting, posting);
        const edit::EditResult r = edit::add(m_doc, posting);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(m_doc.undoStack()->count(), 0);
    }

    void lastScenarioCannotBeRemoved()
    {
        QVERIFY(edit::remove<Scenario>(m_doc, 2));
        const edit::EditResult r = edit::remove<Scenario>(m_doc, 1);
        QVERIFY(!r.ok);
        QCOMPARE(m_doc.project().scenarios.size(), 1);
    }

    void movesMergeIntoOneUndoStep()
    {
        const Project before = m_doc.project();
        Facility f = before.facilities.value(2);
        for (int i = 1; i <= 10; ++i) {
            f.position.lon += 0.001;
            QVERIFY(edit::change(m_doc, f, edit::MergeMove));
        }
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QCOMPARE(m_doc.project().facilities.value(2).position.lon, f.position.lon);
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.project() == before);
    }

    void signalsSayWhatChanged()
    {
        QSignalSpy entity(&m_doc, &ProjectDocument::entityChanged);
        QSignalSpy postings(&m_doc, &ProjectDocument::postingsChanged);
        QSignalSpy policy(&m_doc, &ProjectDocument::policyChanged);

        Posting p = m_doc.project().postings.value(2);
        p.startMonth = 15;
        QVERIFY(edit::change(m_doc, p));
        QCOMPARE(postings.count(), 1);
        QCOMPARE(postings.at(0).at(0).value<EntityId>(), EntityId(2));
        QCOMPARE(postings.at(0).at(1).toInt(), 12); // the earlier of old and new start
        QCOMPARE(entity.count(), 1);
        QCOMPARE(entity.at(0).at(0).value<EntityKind>(), EntityKind::Posting);

        Scenario s = m_doc.project().scenarios.value(2);
        s.schedule[1].changes.set(PolicyKey::InpatientRatioCounty, 0.85);
        QVERIFY(edit::change(m_doc, s));
        QCOMPARE(policy.count(), 1);
        QCOMPARE(policy.at(0).at(0).value<EntityId>(), EntityId(2));
        QCOMPARE(policy.at(0).at(1).toInt(), 12);

        // Undo emits the same signals: views and the engine cannot tell it from an edit.
        m_doc.undoStack()->undo();
        QCOMPARE(policy.count(), 2);
        QCOMPARE(policy.at(1).at(1).toInt(), 12);
    }

    void oneScenarioOnShow()
    {
        // The document owns the scenario on show: one signal when it changes,
        // the baseline when it goes or another project is loaded, never an
        // id that is not a scenario, and choosing it is not an edit.
        QSignalSpy shown(&m_doc, &ProjectDocument::shownScenarioChanged);
        QCOMPARE(m_doc.shownScenario(), EntityId(1)); // the baseline at first
        m_doc.setShownScenario(2);
        QCOMPARE(m_doc.shownScenario(), EntityId(2));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).value<EntityId>(), EntityId(2));
        m_doc.setShownScenario(2); // no change, no signal
        m_doc.setShownScenario(99);
        QCOMPARE(m_doc.shownScenario(), EntityId(2));
        QCOMPARE(shown.count(), 1);
        QVERIFY(!m_doc.isModified());
        QCOMPARE(m_doc.undoStack()->count(), 0);

        // Deleting it shows the baseline, announced before the removal.
        EntityId shownWhenRemoved = 0;
        connect(&m_doc, &ProjectDocument::entityChanged, this,
                [&](EntityKind kind, EntityId, ChangeKind change) {
                    if (kind == EntityKind::Scenario && change == ChangeKind::Removed)
                        shownWhenRemoved = m_doc.shownScenario();
                });
        QVERIFY(edit::remove<Scenario>(m_doc, 2));
        QCOMPARE(shown.count(), 2);
        QCOMPARE(shown.at(1).at(0).value<EntityId>(), EntityId(1));
        QCOMPARE(shownWhenRemoved, EntityId(1));
        // Undo brings the scenario back but not onto the screen.
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.project().scenarios.contains(2));
        QCOMPARE(m_doc.shownScenario(), EntityId(1));

        // Restoring an autosave of the same project keeps it; loading a project resets it.
        m_doc.setShownScenario(2);
        m_doc.replaceProject(m_doc.project());
        QCOMPARE(m_doc.shownScenario(), EntityId(2));
        const int before = shown.count();
        m_doc.reset(test::smallProject(), QString());
        QCOMPARE(m_doc.shownScenario(), EntityId(1));
        QCOMPARE(shown.count(), before + 1);
    }

    void readOnlyRefusesEdits()
    {
        m_doc.setReadOnly(true);
        const edit::EditResult r = edit::remove<Facility>(m_doc, 1);
        QVERIFY(!r.ok);
        QVERIFY(m_doc.project().facilities.contains(1));
    }

    void policyInEffectFollowsSchedule()
    {
        const Project &p = m_doc.project();
        QCOMPARE(p.policyAt(2, 11)[PolicyKey::GlobalBudgetOn], 0.0);
        QCOMPARE(p.policyAt(2, 12)[PolicyKey::GlobalBudgetOn], 1.0);
        QCOMPARE(p.policyAt(1, 30)[PolicyKey::GlobalBudgetOn], 0.0);
        QCOMPARE(p.postingsOf(1).size(), 1);
        QCOMPARE(p.postingsOf(2).size(), 2);
    }

private:
    ProjectDocument m_doc;
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
