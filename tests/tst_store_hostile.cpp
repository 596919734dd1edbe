// Hostile values and leftovers: a file can hold nothing the UI would refuse,
// an id never overflows, `info` cannot be forged, a journal of another
// database never destroys a project, and a read-only folder is named as such.
#include "models/domain/projectdocument.h"
#include "models/domain/projectrules.h"
#include "models/domain/textcheck.h"
#include "models/domain/validation.h"
#include "models/edit/edits.h"
#include "models/exchange/csvtable.h"
#include "models/store/projectstore.h"
#include "models/store/sqlitedb.h"
#include "tests/clirun.h"
#include "tests/testproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace cc;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool execSql(const QString &path, const QByteArray &sql)
{
    store::SqliteDb db;
    if (db.open(path, 0x00000002 /* SQLITE_OPEN_READWRITE */) != 0)
        return false;
    const bool ok = db.exec(sql.constData()) == 0;
    if (!ok)
        qWarning("%s", qPrintable(db.errorMessage()));
    return db.close() == 0 && ok;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A project big enough that a transaction touching every settlement spills
// pages into the file before it commits (the state a killed save leaves).
Project biggerProject(const QString &title)
{
    Project p = test::smallProject();
    p.title = title;
    const Settlement base = p.settlements.value(2);
    for (int i = 0; i < 2000; ++i) {
        Settlement s = base;
        s.id = 100 + i;
        s.name = QStringLiteral("村%1").arg(i);
        s.position = {118.01 + (i % 40) * 0.009, 26.01 + (i / 40) * 0.005};
        p.settlements.insert(s.id, s);
    }
    return p;
}

// A database that is not a project at all, about 1 MB of blobs.
bool makeOtherDatabase(const QString &path)
{
    QFile::remove(path);
    store::SqliteDb db;
    return db.open(path, 0x00000002 | 0x00000004 /* READWRITE | CREATE */) == 0 &&
           db.exec("CREATE TABLE blobs (x BLOB);"
                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                   "INSERT INTO blobs SELECT randomblob(3000) FROM n;") == 0 &&
           db.close() == 0;
}

// Child mode: holds a write transaction (or a WAL) open on a database until
// killed, so the parent can copy or leave what SQLite has on disk mid-way.
// `mode`: "journal" (a project), "blobs" (makeOtherDatabase) or "wal".
int holdTransaction(const QString &path, const QByteArray &mode)
{
    store::SqliteDb db;
    if (db.open(path, 0x00000002) != 0)
        return 3;
    // A one-page cache: every changed page is written to the file early, its
    // original first saved in the journal.
    const char *sql = mode == "wal" ? "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                      "UPDATE settlements SET population = population + 1;"
                      : mode == "blobs"
                          ? "PRAGMA cache_size = 1; BEGIN; UPDATE blobs SET x = zeroblob(3000);"
                            "CREATE TABLE spill_marker (x);"
                          : "PRAGMA cache_size = 1; BEGIN;"
                            "UPDATE settlements SET name = name || '-changed', population = 7;"
                            "CREATE TABLE spill_marker (x);";
    if (db.exec(sql) != 0)
        return 4;
    std::printf("ready\n");
    std::fflush(stdout);
    char buffer[16];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    ::pause();
    return 0;
}

} // namespace

class TestStoreHostile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void escapedLineValues_data();
    void escapedLineValues();
    void namesRefuseControlCharacters_data();
    void namesRefuseControlCharacters();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void fteRuleFollowsItsSeverity();
    void settingsCannotMakeAFileTheLoaderRefuses();
    void farAwayPlacesAreWarnedAndNotImported();
    void missingGeoPackageRowsAreRepairedOnSave();
    void idsNeverOverflow();
    void utf16TextIsRecognised_data();
    void utf16TextIsRecognised();
    void infoCannotBeForged();
    void foreignJournalNeverDestroysTheProject();
    void journalOfASimilarProjectLeavesTheOriginalAtHand();
    void interruptedSaveIsRolledBackAndSaid();
    void walChangesAreWrittenIn();
    void leftoversInReadOnlyFolderAreNamed_data();
    void leftoversInReadOnlyFolderAreNamed();
    void staleTemporariesAreRemovedOnOpenForChange();

private:
    QString fresh(const QString &name, const Project &p = test::smallProject())
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return store::saveProjectAs(p, path).ok ? path : QString();
    }
    // Starts a child holding a transaction on `path` (holdTransaction's `mode`);
    // true once it is under way.
    bool startHolder(QProcess &child, const QString &path, const QString &mode)
    {
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--hold"), path, mode});
        return child.waitForStarted() && child.waitForReadyRead(60000);
    }
    QStringList copiesOf(const QString &name)
    {
        return QDir(m_dir.path()).entryList({name + QStringLiteral(".recovery-*")}, QDir::Dirs);
    }
    void kill(QProcess &child)
    {
        child.kill();
        child.waitForFinished();
    }
    // A folder nothing can be written in: a read-only tmpfs for root (whom
    // permissions do not stop), a mode 0555 folder for anyone else. Returns it
    // after `setup` has put files there while it was still writable.
    QString readOnlyFolder(const std::function<void(const QString &)> &setup);
    void releaseReadOnlyFolder();

    QTemporaryDir m_dir;
    QString m_readOnly;
    bool m_mounted = false;
};

void TestStoreHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestStoreHostile::cleanupTestCase()
{
    releaseReadOnlyFolder();
}

QString TestStoreHostile::readOnlyFolder(const std::function<void(const QString &)> &setup)
{
    releaseReadOnlyFolder();
    m_readOnly = m_dir.filePath(QStringLiteral("readonly"));
    QDir().mkpath(m_readOnly);
    if (::geteuid() == 0) {
        if (!run(QStringLiteral("mount"),
                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=16m"), QStringLiteral("cc-readonly"), m_readOnly}))
            return {};
        m_mounted = true;
        setup(m_readOnly);
        if (!run(QStringLiteral("mount"),
                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_readOnly}))
            return {};
    } else {
        setup(m_readOnly);
        for (const QString &name : QDir(m_readOnly).entryList(QDir::Files | QDir::Hidden))
            QFile::setPermissions(QDir(m_readOnly).filePath(name), QFile::ReadOwner);
        QFile::setPermissions(m_readOnly, QFile::ReadOwner | QFile::ExeOwner);
    }
    return m_readOnly;
}

void TestStoreHostile::releaseReadOnlyFolder()
{
    if (m_readOnly.isEmpty())
        return;
    if (m_mounted)
        run(QStringLiteral("umount"), {m_readOnly});
    else
        QFile::setPermissions(m_readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_mounted = false;
    QDir(m_readOnly).removeRecursively();
    m_readOnly.clear();
}

void TestStoreHostile::escapedLineValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain Chinese") << QStringLiteral("青山县") << QStringLiteral("青山县");
    QTest::newRow("newline forging a key")
        << QStringLiteral("x\nfacilities: 999999") << QStringLiteral("x\\nfacilities: 999999");
    QTest::newRow("carriage return and tab")
        << QStringLiteral("a\rb\tc") << QStringLiteral("a\\rb\\tc");
    QTest::newRow("terminal escape sequence") << QStringLiteral("\x1b[2J\x1b]0;owned\x07")
                                              << QStringLiteral("\\u{1B}[2J\\u{1B}]0;owned\\u{7}");
    QTest::newRow("backslash") << QStringLiteral("C:\\n") << QStringLiteral("C:\\\\n");
    QTest::newRow("C1 control and DEL")
        << QString(QChar(0x9B)) + QChar(0x7F) << QStringLiteral("\\u{9B}\\u{7F}");
    QTest::newRow("bidi override") << QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("cba")
                                   << QStringLiteral("abc\\u{202E}cba");
    QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("\\u{2028}");
    QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\u{0}");
}

void TestStoreHostile::escapedLineValues()
{
    QFETCH(QString, value);
    QFETCH(QString, escaped);
    QCOMPARE(escapeLineValue(value), escaped);
    QVERIFY(!escapeLineValue(value).contains(QLatin1Char('\n')));
    QCOMPARE(escapeLineValue(QStringLiteral("a,b"), QStringLiteral(",")), QStringLiteral("a\\,b"));
}

void TestStoreHostile::namesRefuseControlCharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("character"); // empty: accepted
    QTest::newRow("Chinese") << QStringLiteral("上坪村") << QString();
    QTest::newRow("space and punctuation") << QStringLiteral("St. Mary's (north)") << QString();
    QTest::newRow("bell") << QStringLiteral("a\ab") << QStringLiteral("U+0007");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("U+000A");
    QTest::newRow("escape") << QStringLiteral("\x1b[31mred") << QStringLiteral("U+001B");
    QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("x") << QStringLiteral("U+0000");
    QTest::newRow("right-to-left override")
        << QStringLiteral("x") + QChar(0x202E) << QStringLiteral("U+202E");
    QTest::newRow("right-to-left mark")
        << QStringLiteral("x") + QChar(0x200F) << QStringLiteral("U+200F");
    QTest::newRow("isolate") << QStringLiteral("x") + QChar(0x2067) << QStringLiteral("U+2067");
    QTest::newRow("lone surrogate")
        << QStringLiteral("x") + QChar(0xD800) << QStringLiteral("U+D800");
}

void TestStoreHostile::namesRefuseControlCharacters()
{
    QFETCH(QString, name);
    QFETCH(QString, character);
    QCOMPARE(forbiddenNameCharacter(name), character);
    // The UI's rule (every edit, import and the loader use it).
    Project p = test::smallProject();
    Settlement s = p.settlements.value(2);
    s.name = name;
    const QString error = validateEntity(s, p);
    QCOMPARE(error.isEmpty(), character.isEmpty());
    if (!character.isEmpty())
        QVERIFY2(error.contains(character), qPrintable(error));
}

void TestStoreHostile::hostileFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("said");
    QTest::newRow("a UNIQUE index an attacker added")
        << QByteArray("CREATE UNIQUE INDEX attacker ON facilities(name);")
        << "index \"attacker\" on table facilities";
    QTest::newRow("a UNIQUE constraint in a rebuilt table")
        << QByteArray("CREATE TABLE t2 (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                      "name_en TEXT); INSERT INTO t2 SELECT * FROM cc_townships; "
                      "DROP TABLE cc_townships; ALTER TABLE t2 RENAME TO cc_townships;")
        << "index \"sqlite_autoindex_cc_townships_1\" on table cc_townships";
    QTest::newRow("one person posted three times at FTE 1.0")
        << QByteArray("INSERT INTO cc_postings VALUES (10, 2, 2, 0, 12, 1.0, 0), "
                      "(11, 2, 3, 0, 12, 1.0, 0), (12, 2, 1, 0, 12, 1.0, 0);")
        << "posted at 3 FTE in 2025-01 to 2025-12";
    QTest::newRow("a control character in a name")
        << QByteArray("UPDATE settlements SET name = 'a' || char(7) || 'b' WHERE fid = 2;")
        << "table settlements, row 2, column name holds the control or formatting character "
           "U+0007";
    QTest::newRow("an escape sequence in a name")
        << QByteArray("UPDATE facilities SET name = char(27) || '[31m' WHERE fid = 3;")
        << "column name holds the control or formatting character U+001B";
    QTest::newRow("a bidi override in an English name")
        << QByteArray("UPDATE cc_townships SET name_en = 'abc' || char(8238) WHERE id = 1;")
        << "column name_en holds the control or formatting character U+202E";
    QTest::newRow("NUL in a name")
        << QByteArray("UPDATE cc_staff SET name = CAST(X'41004200' AS TEXT) WHERE id = 1;")
        << "column name holds a NUL character";
    QTest::newRow("invalid UTF-8 in a name")
        << QByteArray("UPDATE cc_townships SET name = CAST(X'E99D92C3' AS TEXT) WHERE id = 2;")
        << "column name is not valid UTF-8 text";
    QTest::newRow("invalid UTF-8 in a note")
        << QByteArray("UPDATE cc_policy_entries SET note = CAST(X'FF' AS TEXT) "
                      "WHERE from_month = 12;")
        << "column note is not valid UTF-8 text";
    QTest::newRow("a newline in the title forging info")
        << QByteArray("UPDATE cc_meta SET value = 'x' || char(10) || 'facilities: 999999' "
                      "WHERE key = 'title';")
        << "project title holds the control or formatting character U+000A";
    QTest::newRow("an escape sequence in a scenario description")
        << QByteArray("UPDATE cc_scenarios SET description = 'ok' || char(27) || '[2J' "
                      "WHERE id = 2;")
        << "scenario description holds the control or formatting character U+001B";
    QTest::newRow("a settlement id of 2^63-1")
        << QByteArray("UPDATE settlements SET fid = 9223372036854775807 WHERE fid = 3;")
        << "Settlement 9223372036854775807 has an invalid id (ids run from 1 to "
           "9007199254740992)";
    QTest::newRow("an id just above 2^53")
        << QByteArray("UPDATE cc_townships SET id = 9007199254740993 WHERE id = 1;"
                      "UPDATE settlements SET township_id = 9007199254740993 "
                      "WHERE township_id = 1;")
        << "Township 9007199254740993 has an invalid id";
}

void TestStoreHostile::hostileFilesAreRefused()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, said);
    const QString path = fresh(QStringLiteral("hostile.ccplan"));
    QVERIFY(execSql(path, sql));
    const QByteArray before = bytesOf(path);
    const store::LoadResult loaded = store::loadProject(path);
    QCOMPARE(loaded.status, store::LoadStatus::InvalidContent);
    QVERIFY2(loaded.message.contains(said), qPrintable(loaded.message));
    QCOMPARE(bytesOf(path), before); // looked at, never touched
    // The command line says the same on one line, exit 2.
    const CliRun validate = runCli({QStringLiteral("validate"), path});
    QCOMPARE(validate.exitCode, 2);
    QCOMPARE(validate.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!validate.err.contains(QChar(0x1b)));
}

void TestStoreHostile::fteRuleFollowsItsSeverity()
{
    // Severity 1 (warn): the file opens and the excess is a warning.
    Project p = test::smallProject();
    p.settings[SettingKey::StaffingFteSeverity] = 1;
    for (EntityId id : {10, 11, 12})
        p.postings.insert(id, Posting{id, 2, 1 + id % 3, 0, 12, 1.0, 0});
    const QString path = fresh(QStringLiteral("fte.ccplan"), p);
    QVERIFY(!path.isEmpty());
    store::LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QVERIFY(!loaded.warnings.isEmpty());
    QVERIFY2(loaded.warnings.first().contains(QStringLiteral("posted at 3 FTE")),
             qPrintable(loaded.warnings.first()));
    const CliRun validate = runCli({QStringLiteral("validate"), path});
    QCOMPARE(validate.exitCode, 0);
    QVERIFY2(validate.out.contains(QStringLiteral(": warning: Staff member 2")),
             qPrintable(validate.out));
    // Severity 0 (off): nothing to say.
    p.settings[SettingKey::StaffingFteSeverity] = 0;
    QVERIFY(store::saveProjectAs(p, path).ok);
    loaded = store::loadProject(path);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.warnings.isEmpty());
    // Severity 2 (refuse, the default): refused, as the staffing board refuses it.
    p.settings[SettingKey::StaffingFteSeverity] = 2;
    QVERIFY(store::saveProjectAs(p, path).ok); // the saver checks values, not rules
    loaded = store::loadProject(path);
    QCOMPARE(loaded.status, store::LoadStatus::InvalidContent);
    QVERIFY2(loaded.message.contains(QStringLiteral("(limit 1)")), qPrintable(loaded.message));
}

void TestStoreHostile::settingsCannotMakeAFileTheLoaderRefuses()
{
    // The UI side of the same rule: switching it to refuse while postings break
    // it is refused, so the app never writes a file it would not open.
    Project p = test::smallProject();
    p.settings[SettingKey::StaffingFteSeverity] = 1;
    for (EntityId id : {10, 11})
        p.postings.insert(id, Posting{id, 2, 2, 0, 12, 1.0, 0});
    ProjectDocument doc;
    doc.reset(p, QString());
    ModelSettings refuse = p.settings;
    refuse[SettingKey::StaffingFteSeverity] = 2;
    const edit::EditResult r = edit::setSettings(doc, refuse);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("posted at 2 FTE")), qPrintable(r.error));
    QCOMPARE(doc.project().settings, p.settings);
}

void TestStoreHostile::farAwayPlacesAreWarnedAndNotImported()
{
    Project p = test::smallProject();
    p.settlements[3].position = {0, 0}; // thousands of km from the county
    const QString path = fresh(QStringLiteral("far.ccplan"), p);
    QVERIFY(!path.isEmpty());
    const store::LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.warnings.size(), 1);
    QVERIFY2(loaded.warnings.first().contains(QStringLiteral("Settlement 3")) &&
                 loaded.warnings.first().contains(QStringLiteral("km outside the county")),
             qPrintable(loaded.warnings.first()));
    const CliRun validate = runCli({QStringLiteral("validate"), path});
    QCOMPARE(validate.exitCode, 0);
    QCOMPARE(validate.out.count(QLatin1Char('\n')), 2);
    QVERIFY(validate.out.contains(QStringLiteral(": warning: Settlement 3")));

    // An import refuses such a row; --accept-valid imports the others.
    const QString project = fresh(QStringLiteral("import-far.ccplan"));
    const QString csv = m_dir.filePath(QStringLiteral("far.csv"));
    QVERIFY(writeBytes(csv, "name,township,population,lon,lat\n"
                            "近村,城关镇,100,118.1,26.1\n"
                            "远村,城关镇,100,0,0\n"));
    const QStringList args{QStringLiteral("import"),  project,
                           QStringLiteral("--layer"), QStringLiteral("settlements"),
                           QStringLiteral("--from"),  csv};
    const CliRun refused = runCli(args);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("row 3: the position (0, 0) is")),
             qPrintable(refused.err));
    const CliRun accepted = runCli(args + QStringList{QStringLiteral("--accept-valid")});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QCOMPARE(store::loadProject(project).project.settlements.size(),
             test::smallProject().settlements.size() + 1);
}

void TestStoreHostile::missingGeoPackageRowsAreRepairedOnSave()
{
    const QString path = fresh(QStringLiteral("metadata.ccplan"));
    QVERIFY(execSql(path, "DELETE FROM gpkg_geometry_columns WHERE table_name = 'settlements';"
                          "DELETE FROM gpkg_contents WHERE table_name = 'settlements';"
                          "DELETE FROM gpkg_spatial_ref_sys WHERE srs_id = 0;"));
    const store::LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const store::SaveResult saved = store::saveProject(loaded.project, path, loaded.identity);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    store::SqliteDb db;
    QCOMPARE(db.open(path, 0x00000001 /* SQLITE_OPEN_READONLY */), 0);
    store::SqliteStatement count(
        db, "SELECT (SELECT count(*) FROM gpkg_contents WHERE table_name = 'settlements' "
            "AND min_x IS NOT NULL), "
            "(SELECT count(*) FROM gpkg_geometry_columns WHERE table_name = 'settlements'), "
            "(SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id = 0)");
    QCOMPARE(count.step(), 100 /* SQLITE_ROW */);
    QCOMPARE(count.int64(0), 1);
    QCOMPARE(count.int64(1), 1);
    QCOMPARE(count.int64(2), 1);
}

void TestStoreHostile::idsNeverOverflow()
{
    // The next id after the highest possible one is the lowest free one.
    Project p = test::smallProject();
    Settlement top = p.settlements.value(3);
    top.id = kMaxEntityId;
    p.settlements.insert(top.id, top);
    QCOMPARE(nextId<Settlement>(p), 4);
    p.settlements.insert(4, top);
    p.settlements[4].id = 4;
    QCOMPARE(nextId<Settlement>(p), 5);
    QCOMPARE(nextId<Township>(p), 3);
    p.settlements.remove(4);

    // A file holding the limit opens, and imports keep working.
    const QString path = fresh(QStringLiteral("maxid.ccplan"), p);
    QVERIFY(!path.isEmpty());
    QVERIFY(store::loadProject(path).ok());
    const QString csv = m_dir.filePath(QStringLiteral("three.csv"));
    QVERIFY(writeBytes(csv, "name,township,population,lon,lat\n"
                            "一村,城关镇,100,118.1,26.1\n二村,城关镇,100,118.2,26.1\n"
                            "三村,城关镇,100,118.3,26.1\n"));
    for (int round = 0; round < 2; ++round) {
        const CliRun run = runCli({QStringLiteral("import"), path, QStringLiteral("--layer"),
                                   QStringLiteral("settlements"), QStringLiteral("--from"), csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const store::LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.project.settlements.size(), p.settlements.size() + 6);
    for (const Settlement &s : loaded.project.settlements)
        QVERIFY(s.id >= 1 && s.id <= kMaxEntityId);
}

void TestStoreHostile::utf16TextIsRecognised_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("readable");
    const QString text = QStringLiteral("name\ttownship\tpopulation\tlon\tlat\r\n"
                                        "宽村\t城关镇\t800\t118.1\t26.1\r\n");
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    QTest::newRow("UTF-16 LE with BOM (Excel Unicode Text)") << QByteArray("\xFF\xFE") + le << true;
    QTest::newRow("UTF-16 BE with BOM") << QByteArray("\xFE\xFF") + be << true;
    QTest::newRow("UTF-16 LE without BOM") << le << true;
    QTest::newRow("UTF-32 LE") << QByteArray("\xFF\xFE\0\0", 4) + QByteArray(40, 'a') << false;
}

void TestStoreHostile::utf16TextIsRecognised()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, readable);
    const exchange::CsvTable table = exchange::parseCsv(bytes);
    QCOMPARE(table.ok(), readable);
    if (!readable) {
        QVERIFY2(table.error.contains(QStringLiteral("UTF-32")), qPrintable(table.error));
        return;
    }
    QCOMPARE(table.encoding, exchange::TextEncoding::Utf16);
    QCOMPARE(table.headers.first(), QStringLiteral("name"));
    QCOMPARE(table.rows.first().first(), QStringLiteral("宽村"));

    const QString project = fresh(QStringLiteral("utf16.ccplan"));
    const QString csv = m_dir.filePath(QStringLiteral("utf16.csv"));
    QVERIFY(writeBytes(csv, bytes));
    const QStringList args{QStringLiteral("import"),  project,
                           QStringLiteral("--layer"), QStringLiteral("settlements"),
                           QStringLiteral("--from"),  csv};
    const CliRun wrong =
        runCli(args + QStringList{QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("UTF-16")), qPrintable(wrong.err));
    const CliRun detected = runCli(args);
    QVERIFY2(detected.exitCode == 0, qPrintable(detected.err));
    QVERIFY(store::loadProject(project).project.settlements.last().name == QStringLiteral("宽村"));
}

void TestStoreHostile::infoCannotBeForged()
{
    // A forged title is refused (one line on stderr, nothing on stdout).
    const QString forged = fresh(QStringLiteral("forged.ccplan"));
    QVERIFY(execSql(forged, "UPDATE cc_meta SET value = 'x' || char(10) || 'facilities: 999999' "
                            "|| char(27) || '[2J' WHERE key = 'title';"));
    const CliRun refused = runCli({QStringLiteral("info"), forged});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!refused.err.contains(QChar(0x1b)));

    // What passes the rules but could still mislead is escaped: a backslash, a
    // comma inside a scenario name of the comma-separated list.
    Project p = test::smallProject();
    p.title = QStringLiteral("C:\\new");
    p.scenarios[2].name = QStringLiteral("reform, phase 1");
    const QString path = fresh(QStringLiteral("escaped.ccplan"), p);
    const CliRun info = runCli({QStringLiteral("info"), path});
    QCOMPARE(info.exitCode, 0);
    QStringList keys;
    for (const QString &line : info.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        keys << line.left(line.indexOf(QStringLiteral(": ")));
    QCOMPARE(keys.count(QStringLiteral("facilities")), 1);
    QCOMPARE(keys.size(), 13);
    QVERIFY2(info.out.contains(QStringLiteral("\ntitle: C:\\\\new\n")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("\nscenario_names: baseline,reform\\, phase 1\n")),
             qPrintable(info.out));
}

// The attack: with a journal of another database beside it, opening
// the project rolled the foreign pages in and its content was gone.
void TestStoreHostile::foreignJournalNeverDestroysTheProject()
{
    const QString path = fresh(QStringLiteral("victim.ccplan"), biggerProject(QStringLiteral("A")));
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    QVERIFY(!path.isEmpty() && makeOtherDatabase(other));
    QProcess holder;
    QVERIFY(startHolder(holder, other, QStringLiteral("blobs")));
    QVERIFY(QFileInfo(other + QStringLiteral("-journal")).size() > 0);
    QVERIFY(QFile::copy(other + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
    kill(holder);
    const QByteArray before = bytesOf(path), journal = bytesOf(path + QStringLiteral("-journal"));

    const CliRun first = runCli({QStringLiteral("validate"), path});
    QCOMPARE(first.exitCode, 2);
    QVERIFY2(first.err.contains(QStringLiteral("does not give a sound project")),
             qPrintable(first.err));
    QVERIFY2(first.err.contains(QStringLiteral("victim.ccplan.recovery-")), qPrintable(first.err));
    QCOMPARE(bytesOf(path), before);
    QCOMPARE(bytesOf(path + QStringLiteral("-journal")), journal);
    const QStringList copies = copiesOf(QStringLiteral("victim.ccplan"));
    QCOMPARE(copies.size(), 1);
    const QDir copy(m_dir.filePath(copies.first()));
    QCOMPARE(bytesOf(copy.filePath(QStringLiteral("victim.ccplan"))), before);
    QCOMPARE(bytesOf(copy.filePath(QStringLiteral("victim.ccplan-journal"))), journal);

    // Again: refused at once with the same reason, naming the same copies.
    const CliRun second = runCli({QStringLiteral("validate"), path});
    QCOMPARE(second.exitCode, 2);
    QVERIFY(second.err.contains(copies.first()));
    QCOMPARE(copiesOf(QStringLiteral("victim.ccplan")).size(), 1);
    QCOMPARE(bytesOf(path), before);

    // Moved away as the message says: the project is all there.
    QVERIFY(QFile::remove(path + QStringLiteral("-journal")));
    const store::LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.project, biggerProject(QStringLiteral("A")));
}

// A journal of a near-identical project (a colleague's copy) rolls back into a
// sound file with the wrong content; nothing in the journal tells. The file as
// found stays at hand, and the message says where.
void TestStoreHostile::journalOfASimilarProjectLeavesTheOriginalAtHand()
{
    const QString path = fresh(QStringLiteral("mine.ccplan"), biggerProject(QStringLiteral("A")));
    const QString other =
        fresh(QStringLiteral("theirs.ccplan"), biggerProject(QStringLiteral("B")));
    QProcess holder;
    QVERIFY(startHolder(holder, other, QStringLiteral("journal")));
    QVERIFY(QFile::copy(other + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
    kill(holder);
    const QByteArray before = bytesOf(path);
    const store::LoadResult loaded = store::loadProject(path);
    if (loaded.ok()) {
        QVERIFY2(loaded.recovered.contains(QStringLiteral("mine.ccplan.recovery-")),
                 qPrintable(loaded.recovered));
    } else {
        QCOMPARE(loaded.status, store::LoadStatus::RecoveryNeeded);
        QCOMPARE(bytesOf(path), before);
    }
    const QStringList copies = copiesOf(QStringLiteral("mine.ccplan"));
    QCOMPARE(copies.size(), 1);
    QCOMPARE(bytesOf(QDir(m_dir.filePath(copies.first())).filePath(QStringLiteral("mine.ccplan"))),
             before);
}

void TestStoreHostile::interruptedSaveIsRolledBackAndSaid()
{
    const Project original = biggerProject(QStringLiteral("interrupted"));
    const QString path = fresh(QStringLiteral("interrupted.ccplan"), original);
    const QByteArray saved = bytesOf(path);
    QProcess holder;
    QVERIFY(startHolder(holder, path, QStringLiteral("journal")));
    kill(holder); // a save killed half-way: pages changed, journal hot
    QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
    QVERIFY(bytesOf(path) != saved);
    const QByteArray found = bytesOf(path);

    const CliRun validate = runCli({QStringLiteral("validate"), path});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.err));
    QVERIFY2(validate.out.contains(QStringLiteral(": recovered: an interrupted save was rolled "
                                                  "back")),
             qPrintable(validate.out));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QCOMPARE(store::loadProject(path).project, original);
    // What was found is kept, and named.
    const QStringList copies = copiesOf(QStringLiteral("interrupted.ccplan"));
    QCOMPARE(copies.size(), 1);
    QVERIFY(validate.out.contains(copies.first()));
    QCOMPARE(
        bytesOf(
            QDir(m_dir.filePath(copies.first())).filePath(QStringLiteral("interrupted.ccplan"))),
        found);
}

void TestStoreHostile::walChangesAreWrittenIn()
{
    const QString path = fresh(QStringLiteral("wal.ccplan"));
    QProcess holder;
    QVERIFY(startHolder(holder, path, QStringLiteral("wal")));
    kill(holder);
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    const store::LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QVERIFY2(loaded.recovered.contains(QStringLiteral("wal.ccplan-wal")),
             qPrintable(loaded.recovered));
    // The committed change in the log is in the project, and the file is one file again.
    QCOMPARE(loaded.project.settlements.value(1).population,
             test::smallProject().settlements.value(1).population + 1);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestStoreHostile::leftoversInReadOnlyFolderAreNamed_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("hot journal") << false;
    QTest::newRow("write-ahead log") << true;
}

void TestStoreHostile::leftoversInReadOnlyFolderAreNamed()
{
    QFETCH(bool, wal);
    const QString source =
        fresh(QStringLiteral("stuck.ccplan"), biggerProject(QStringLiteral("stuck")));
    QProcess holder;
    QVERIFY(startHolder(holder, source, wal ? QStringLiteral("wal") : QStringLiteral("journal")));
    kill(holder);
    const QString leftover = source + (wal ? QStringLiteral("-wal") : QStringLiteral("-journal"));
    QVERIFY(QFileInfo(leftover).size() > 0);
    const QString folder = readOnlyFolder([&](const QString &dir) {
        QFile::copy(source, QDir(dir).filePath(QStringLiteral("stuck.ccplan")));
        QFile::copy(leftover, QDir(dir).filePath(QFileInfo(leftover).fileName()));
    });
    if (folder.isEmpty())
        QSKIP("cannot make a read-only folder here");
    const QString path = QDir(folder).filePath(QStringLiteral("stuck.ccplan"));
    const QByteArray before = bytesOf(path);
    const CliRun validate = runCli({QStringLiteral("validate"), path});
    QCOMPARE(validate.exitCode, 2);
    QVERIFY2(validate.err.contains(QStringLiteral("read-only")) &&
                 validate.err.contains(QFileInfo(leftover).fileName()) &&
                 !validate.err.contains(QStringLiteral("damaged")),
             qPrintable(validate.err));
    QCOMPARE(bytesOf(path), before);
    releaseReadOnlyFolder();
    QFile::remove(leftover);
}

void TestStoreHostile::staleTemporariesAreRemovedOnOpenForChange()
{
    const QString path = fresh(QStringLiteral("litter.ccplan"));
    const QString temp = path + QStringLiteral(".tmp-XyZ789");
    QVERIFY(QFile::copy(path, temp));
    QVERIFY(writeBytes(temp + QStringLiteral("-journal"), "journal of a killed Save As"));
    // Looking never writes.
    QCOMPARE(runCli({QStringLiteral("validate"), path}).exitCode, 0);
    QVERIFY(QFileInfo::exists(temp));
    // Changing does, and clears the litter first.
    const QString csv = m_dir.filePath(QStringLiteral("one.csv"));
    QVERIFY(writeBytes(csv, "name,township,population,lon,lat\n一村,城关镇,100,118.1,26.1\n"));
    const CliRun run = runCli({QStringLiteral("import"), path, QStringLiteral("--layer"),
                               QStringLiteral("settlements"), QStringLiteral("--from"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(temp));
    QVERIFY(!QFileInfo::exists(temp + QStringLiteral("-journal")));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 3 && qstrcmp(argv[1], "--hold") == 0)
        return holdTransaction(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]));
    TestStoreHostile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_hostile.moc"
