// A schedule that means what it shows: an entry holds only the parameters it
// sets, and a parameter's value in a month is the latest entry at or before it
// that sets it. An edit of an earlier entry carries on past later entries that
// do not set the parameter; "only in this entry" gives later months their old
// value back; clearing inherits; files that stored full copies migrate.
#include "models/domain/policyschedule.h"
#include "models/domain/projectdocument.h"
#include "models/domain/validation.h"
#include "models/edit/policyedits.h"
#include "models/store/projectstore.h"
#include "tests/gpkgsqlite.h"
#include "tests/testproject.h"
#include "tests/tst_store_project.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace cc;

namespace {

// The reform of test::smallProject(): month 0 sets everything, month 12
// switches the global budget on and raises the township ratio to 95%.
constexpr EntityId kReform = 2;

// Rewrites a saved file as CountyCare wrote it before entries stored changes
// (file format 3): every entry a full copy of the policy in force, and one
// entry lacking a key, which then meant the key's default.
bool writeAsFormat3(const QString &file, const Project &project, EntityId scenario, int month,
                    PolicyKey missing)
{
    sqlite3 *db = nullptr;
    if (test::openGeoPackage(file, &db) != SQLITE_OK)
        return false;
    bool ok =
        sqlite3_exec(db, "DELETE FROM cc_policy_values", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_stmt *insert = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "INSERT INTO cc_policy_values VALUES (?, ?, ?, ?)", -1,
                                  &insert, nullptr) == SQLITE_OK;
    for (const Scenario &s : project.scenarios)
        for (int i = 0; ok && i < s.schedule.size(); ++i) {
            const PolicyParams full = policyOfEntry(s.schedule, i);
            for (int k = 0; ok && k < kPolicyKeyCount; ++k) {
                const auto key = static_cast<PolicyKey>(k);
                if (s.id == scenario && s.schedule[i].fromMonth == month && key == missing)
                    continue;
                sqlite3_bind_int64(insert, 1, s.id);
                sqlite3_bind_int(insert, 2, s.schedule[i].fromMonth);
                sqlite3_bind_text(insert, 3, policySpec(key).key, -1, SQLITE_STATIC);
                sqlite3_bind_double(insert, 4, full[key]);
                ok = sqlite3_step(insert) == SQLITE_DONE;
                sqlite3_reset(insert);
            }
        }
    sqlite3_finalize(insert);
    // Format 3 had no scenario keys or English names (format 5).
    ok = ok && sqlite3_exec(db,
                            "ALTER TABLE cc_scenarios DROP COLUMN key;"
                            "ALTER TABLE cc_scenarios DROP COLUMN name_en;"
                            "UPDATE cc_meta SET value = '3' WHERE key IN ('schema_version', "
                            "'min_compatible_version')",
                            nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

int valueRows(const QString &file)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM cc_policy_values", -1, &s, nullptr);
    const int n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
    sqlite3_finalize(s);
    sqlite3_close(db);
    return n;
}

} // namespace

class TestPolicySchedule : public QObject {
    Q_OBJECT
private slots:
    void init() { m_doc.reset(test::smallProject(), QString()); }

    void laterEntriesHoldOnlyWhatTheySet()
    {
        const Scenario s = m_doc.project().scenarios.value(kReform);
        QVERIFY(s.schedule[0].changes.setsAll());
        QCOMPARE(s.schedule[1].changes.count(), 2);
        QCOMPARE(entrySetting(s.schedule, 1, PolicyKey::GlobalBudgetOn), 1);
        QCOMPARE(entrySetting(s.schedule, 1, PolicyKey::NoReferralCut), 0);
        // A new entry sets nothing: every value carries on.
        QVERIFY(edit::addPolicyChange(m_doc, kReform, 30));
        const Scenario after = m_doc.project().scenarios.value(kReform);
        QVERIFY(after.schedule[2].changes.isEmpty());
        QVERIFY(m_doc.project().policyAt(kReform, 30) == m_doc.project().policyAt(kReform, 29));
    }

    void anEarlierEditCarriesPastLaterEntries()
    {
        // The bug of issue 19: 51% in the month-0 entry fell back at the next entry.
        QVERIFY(edit::setPolicyValue(m_doc, kReform, 0, PolicyKey::NoReferralCut, 0.51));
        for (int month : {0, 11, 12, 59})
            QCOMPARE(m_doc.project().policyAt(kReform, month)[PolicyKey::NoReferralCut], 0.51);
        // A parameter the later entry sets keeps the later entry's value there.
        QVERIFY(edit::setPolicyValue(m_doc, kReform, 0, PolicyKey::InpatientRatioTownship, 0.8));
        QCOMPARE(m_doc.project().policyAt(kReform, 11)[PolicyKey::InpatientRatioTownship], 0.8);
        QCOMPARE(m_doc.project().policyAt(kReform, 12)[PolicyKey::InpatientRatioTownship], 0.95);
        m_doc.undoStack()->undo();
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.project() == test::smallProject());
    }

    void applyFromThisMonthOnOverridesLaterEntries()
    {
        QVERIFY(edit::setPolicyValue(m_doc, kReform, 0, PolicyKey::InpatientRatioTownship, 0.8, 0,
                                     edit::PolicyEditScope::FromHereOn));
        QCOMPARE(m_doc.project().policyAt(kReform, 40)[PolicyKey::InpatientRatioTownship], 0.8);
        const Scenario s = m_doc.project().scenarios.value(kReform);
        QVERIFY(!s.schedule[1].changes.sets(PolicyKey::InpatientRatioTownship));
        QVERIFY(s.schedule[1].changes.sets(PolicyKey::GlobalBudgetOn)); // untouched
        QCOMPARE(m_doc.undoStack()->count(), 1);
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.project().policyAt(kReform, 40)[PolicyKey::InpatientRatioTownship], 0.95);
        m_doc.undoStack()->redo();
        QCOMPARE(m_doc.project().policyAt(kReform, 40)[PolicyKey::InpatientRatioTownship], 0.8);
    }

    void onlyInThisEntryRestoresTheEarlierValueAtTheNextEntry()
    {
        QVERIFY(edit::addPolicyChange(m_doc, kReform, 24));
        const double before = m_doc.project().policyAt(kReform, 12)[PolicyKey::NoReferralCut];
        // One slider drag: the next entry gets the value from before the drag,
        // not one of the drag's own values.
        const qint64 drag = edit::newMergeKey();
        const int steps = m_doc.undoStack()->count();
        for (double v : {0.2, 0.25, 0.3})
            QVERIFY(edit::setPolicyValue(m_doc, kReform, 1, PolicyKey::NoReferralCut, v, drag,
                                         edit::PolicyEditScope::OnlyThisEntry));
        QCOMPARE(m_doc.undoStack()->count(), steps + 1);
        QCOMPARE(m_doc.project().policyAt(kReform, 11)[PolicyKey::NoReferralCut], before);
        QCOMPARE(m_doc.project().policyAt(kReform, 12)[PolicyKey::NoReferralCut], 0.3);
        QCOMPARE(m_doc.project().policyAt(kReform, 23)[PolicyKey::NoReferralCut], 0.3);
        QCOMPARE(m_doc.project().policyAt(kReform, 24)[PolicyKey::NoReferralCut], before);
        QCOMPARE(m_doc.project().policyAt(kReform, 59)[PolicyKey::NoReferralCut], before);
        // A parameter the entry already set: later months keep the entry's old value.
        QVERIFY(edit::setPolicyValue(m_doc, kReform, 1, PolicyKey::InpatientRatioTownship, 0.97, 0,
                                     edit::PolicyEditScope::OnlyThisEntry));
        QCOMPARE(m_doc.project().policyAt(kReform, 12)[PolicyKey::InpatientRatioTownship], 0.97);
        QCOMPARE(m_doc.project().policyAt(kReform, 24)[PolicyKey::InpatientRatioTownship], 0.95);
        m_doc.undoStack()->undo();
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.project().scenarios.value(kReform).schedule[2].changes.isEmpty());
    }

    void clearingInheritsFromTheEarlierEntry()
    {
        QVERIFY(edit::setPolicyValue(m_doc, kReform, 0, PolicyKey::GlobalBudgetOn, 0));
        QVERIFY(edit::clearPolicyValue(m_doc, kReform, 1, PolicyKey::InpatientRatioTownship));
        const double first =
            m_doc.project().policyAt(kReform, 0)[PolicyKey::InpatientRatioTownship];
        QCOMPARE(m_doc.project().policyAt(kReform, 30)[PolicyKey::InpatientRatioTownship], first);
        QVERIFY(!m_doc.project().scenarios.value(kReform).schedule[1].changes.sets(
            PolicyKey::InpatientRatioTownship));
        // The first entry has nothing to inherit; an entry cannot clear what it does not set.
        QVERIFY(!edit::clearPolicyValue(m_doc, kReform, 0, PolicyKey::NoReferralCut).ok);
        QVERIFY(!edit::clearPolicyValue(m_doc, kReform, 1, PolicyKey::NoReferralCut).ok);
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.project().policyAt(kReform, 30)[PolicyKey::InpatientRatioTownship], 0.95);
    }

    void changedKeysNameOnlyRealChanges()
    {
        // The entry sets the no-referral cut to the value it already has: not a change.
        QVERIFY(
            edit::setPolicyValue(m_doc, kReform, 1, PolicyKey::NoReferralCut,
                                 m_doc.project().policyAt(kReform, 0)[PolicyKey::NoReferralCut]));
        const PolicySchedule &s = m_doc.project().scenarios.value(kReform).schedule;
        QCOMPARE(s[1].changes.count(), 3);
        const QVector<PolicyKey> changed = changedKeys(s, 1);
        QCOMPARE(changed, (QVector<PolicyKey>{PolicyKey::InpatientRatioTownship,
                                              PolicyKey::GlobalBudgetOn}));
    }

    void theFirstEntryMustSetEverything()
    {
        Scenario s = m_doc.project().scenarios.value(kReform);
        s.schedule[0].changes.clear(PolicyKey::DrgOn);
        QVERIFY(!validateEntity(s, m_doc.project()).isEmpty());
    }

    void restatedValuesAreDropped()
    {
        // A full copy in every entry, as files of format 3 hold them.
        PolicySchedule full;
        full << PolicyEntry::initial();
        PolicyParams later = defaultPolicy();
        later[PolicyKey::DrgOn] = 1;
        PolicyEntry e;
        e.fromMonth = 12;
        e.changes = PolicyChanges::all(later);
        full << e;
        const PolicySchedule sparse = withoutRestatedValues(full);
        QCOMPARE(sparse[1].changes.keys(), QVector<PolicyKey>{PolicyKey::DrgOn});
        for (int month : {0, 11, 12, 40})
            QVERIFY(policyAt(sparse, month) == policyAt(full, month));
    }

    void filesOfFormat3Migrate()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("v3.ccplan"));
        // The baseline's 2026 entry lacked the insured share: it meant the default.
        Project meant = makeStoreTestProject();
        Scenario &baseline = meant.scenarios[1];
        baseline.schedule[0].changes.set(PolicyKey::InsuredShare, 0.9);
        QVERIFY(store::saveProject(meant, file).ok);
        QVERIFY(writeAsFormat3(file, meant, 1, 12, PolicyKey::InsuredShare));
        QCOMPARE(valueRows(file), 4 * kPolicyKeyCount - 1);

        const store::LoadResult loaded = store::loadProject(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.fileSchemaVersion, 3);
        QVERIFY(loaded.migrated);
        // The same policy in every month of every scenario...
        for (const Scenario &s : meant.scenarios)
            for (int month = 0; month < 60; ++month) {
                PolicyParams expected = policyAt(s.schedule, month);
                if (s.id == 1 && month >= 12)
                    expected[PolicyKey::InsuredShare] = defaultPolicy()[PolicyKey::InsuredShare];
                QVERIFY(loaded.project.policyAt(s.id, month) == expected);
            }
        // ...and each later entry holds only what changes at it.
        const PolicySchedule &b = loaded.project.scenarios.value(1).schedule;
        QCOMPARE(b[1].changes.keys(),
                 (QVector<PolicyKey>{PolicyKey::InsuredShare, PolicyKey::FiscalSubsidyYuan}));
        const PolicySchedule &r = loaded.project.scenarios.value(2).schedule;
        QCOMPARE(r[1].changes.keys(), (QVector<PolicyKey>{PolicyKey::InpatientRatioTownship,
                                                          PolicyKey::GlobalBudgetOn}));
        QCOMPARE(b[1].note, meant.scenarios.value(1).schedule[1].note);

        // Saved again it is the current format, and reads back as it was.
        QVERIFY(store::saveProject(loaded.project, file).ok);
        QCOMPARE(valueRows(file), 2 * kPolicyKeyCount + 4);
        const store::LoadResult again = store::loadProject(file);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(again.fileSchemaVersion, store::kSchemaVersion);
        QVERIFY(!again.migrated);
        QVERIFY(again.project == loaded.project);
    }

private:
    ProjectDocument m_doc;
};

QTEST_GUILESS_MAIN(TestPolicySchedule)
#include "tst_policyschedule.moc"
