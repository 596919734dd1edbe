// Opening a project file is opening untrusted input: every file of this corpus
// is refused with a specific status and a message naming the file, and never
// yields a partly loaded project.
#include "models/store/projectstore.h"
#include "tests/gpkgsqlite.h"
#include "tests/tst_store_project.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace cc;
using namespace cc::store;

Q_DECLARE_METATYPE(cc::store::LoadStatus)

namespace {

enum class Make {
    GoodThenSql, // a good file, then the SQL statements
    V1ThenSql,   // the version 1 fixture, then the SQL statements
    TextFile,
    EmptyFile,
    TruncateTo100,
    TruncateHalf,
    TruncateLastPage,
    RandomAfterHeader,
    DamagedPage,
    PlainSqlite,
    Huge,
    Missing,
    Directory,
};

bool execSql(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    char *error = nullptr;
    const bool ok =
        test::openGeoPackage(path, &db) == SQLITE_OK &&
        sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (error)
        qWarning("%s", error);
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

qint64 queryInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *s = nullptr;
    qint64 value = -1;
    if (test::openGeoPackage(path, &db) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        value = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return value;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator rng(20240601); // fixed seed: the same corpus on every run
    for (char &c : bytes)
        c = static_cast<char>(rng.bounded(256));
    return bytes;
}

} // namespace

class TestStoreBadFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refuses_data();
    void refuses();
    void newerButCompatibleVersionOpens();

private:
    bool make(Make how, const QString &sql, const QString &path);
    QTemporaryDir m_dir;
    QString m_good;
};

void TestStoreBadFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.ccplan"));
    const SaveResult saved = saveProjectAs(makeStoreTestProject(), m_good);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    QVERIFY(loadProject(m_good).ok());
}

bool TestStoreBadFiles::make(Make how, const QString &sql, const QString &path)
{
    const QByteArray good = readBytes(m_good);
    const qint64 pageSize = queryInt(m_good, "PRAGMA page_size");
    switch (how) {
    case Make::GoodThenSql:
        return writeBytes(path, good) && execSql(path, sql);
    case Make::V1ThenSql: {
        const QByteArray script = readBytes(QFINDTESTDATA("data/project_v1.sql"));
        return !script.isEmpty() && execSql(path, QString::fromUtf8(script)) && execSql(path, sql);
    }
    case Make::TextFile:
        return writeBytes(path, "title: Qingshan County\nsettlements: 220\n");
    case Make::EmptyFile:
        return writeBytes(path, {});
    case Make::TruncateTo100:
        return writeBytes(path, good.left(100));
    case Make::TruncateHalf:
        return writeBytes(path, good.left(good.size() / 2));
    case Make::TruncateLastPage:
        return writeBytes(path, good.left(good.size() - pageSize));
    case Make::RandomAfterHeader:
        return writeBytes(path, good.left(16) + randomBytes(good.size() - 16));
    case Make::DamagedPage: {
        // Overwrite the b-tree root page of cc_postings (the page header and cell pointers).
        const qint64 root =
            queryInt(m_good, "SELECT rootpage FROM sqlite_master WHERE name = 'cc_postings'");
        if (root < 2)
            return false;
        QByteArray bytes = good;
        bytes.replace((root - 1) * pageSize, 64, randomBytes(64));
        return writeBytes(path, bytes);
    }
    case Make::PlainSqlite:
        return execSql(path,
                       QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                                      "INSERT INTO notes VALUES (1, 'hello');"));
    case Make::Huge: {
        // A sparse file just over the limit: refused before SQLite reads it.
        QFile f(path);
        return writeBytes(path, good) && f.resize(kMaxFileBytes + 1);
    }
    case Make::Missing:
        return true;
    case Make::Directory:
        return QDir().mkpath(path);
    }
    return false;
}

void TestStoreBadFiles::refuses_data()
{
    QTest::addColumn<Make>("how");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<LoadStatus>("expected");
    QTest::addColumn<QString>("mentions"); // a further word the message must hold

    const auto row = [](const char *name, Make how, const char *sql, LoadStatus expected,
                        const char *mentions = "") {
        QTest::newRow(name) << how << QString::fromUtf8(sql) << expected
                            << QString::fromUtf8(mentions);
    };
    using S = LoadStatus;
    using M = Make;
    row("not found", M::Missing, "", S::NotFound);
    row("a directory", M::Directory, "", S::Unreadable);
    row("text file", M::TextFile, "", S::NotSqlite);
    row("empty file", M::EmptyFile, "", S::NotSqlite, "empty");
    row("truncated to 100 bytes", M::TruncateTo100, "", S::Corrupt, "truncated");
    row("truncated to half", M::TruncateHalf, "", S::Corrupt, "truncated");
    row("last page missing", M::TruncateLastPage, "", S::Corrupt, "truncated");
    row("random bytes after header", M::RandomAfterHeader, "", S::Corrupt);
    row("damaged b-tree page", M::DamagedPage, "", S::Corrupt);
    row("larger than the limit", M::Huge, "", S::TooLarge);
    row("too many rows", M::GoodThenSql,
        "WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 2000010) "
        "INSERT INTO cc_townships SELECT i, 'x', NULL FROM n",
        S::TooLarge, "cc_townships");
    row("plain SQLite database", M::PlainSqlite, "", S::NotAProject);
    row("GeoPackage without cc_meta", M::GoodThenSql, "DROP TABLE cc_meta", S::NotAProject);
    row("no schema version", M::GoodThenSql, "DELETE FROM cc_meta WHERE key = 'schema_version'",
        S::NotAProject);
    row("schema version not a number", M::GoodThenSql,
        "UPDATE cc_meta SET value = 'two' WHERE key = 'schema_version'", S::InvalidContent);
    row("missing cc_ table", M::GoodThenSql, "DROP TABLE cc_postings", S::MissingTable,
        "cc_postings");
    row("missing layer", M::GoodThenSql, "DROP TABLE roads", S::MissingTable, "roads");
    row("missing GeoPackage table", M::GoodThenSql, "DROP TABLE gpkg_geometry_columns",
        S::MissingTable, "gpkg_geometry_columns");
    row("newer version", M::GoodThenSql,
        "UPDATE cc_meta SET value = '99' WHERE key IN ('schema_version', 'min_compatible_version')",
        S::NewerVersion, "newer");
    row("geometry with bad magic", M::GoodThenSql,
        "UPDATE settlements SET geom = CAST(X'0000' || substr(geom, 3) AS BLOB) "
        "WHERE fid = 1",
        S::InvalidContent, "magic");
    row("truncated WKB", M::GoodThenSql,
        "UPDATE roads SET geom = substr(geom, 1, length(geom) - 5)", S::InvalidContent,
        "truncated");
    row("truncated multipolygon", M::GoodThenSql,
        "UPDATE county_boundary SET geom = substr(geom, 1, 70)", S::InvalidContent, "truncated");
    row("NaN coordinate", M::GoodThenSql,
        "UPDATE facilities SET geom = CAST(substr(geom, 1, length(geom) - 8) || "
        "X'000000000000F87F' AS BLOB) "
        "WHERE fid = 1",
        S::InvalidContent, "finite");
    row("line where a point belongs", M::GoodThenSql,
        "UPDATE settlements SET geom = (SELECT geom FROM roads) WHERE fid = 2", S::InvalidContent,
        "WKB type 2");
    row("geometry as text", M::GoodThenSql,
        "UPDATE settlements SET geom = 'POINT(110 30)' WHERE fid = 1", S::InvalidContent,
        "a geometry");
    row("geometry in another SRS", M::GoodThenSql,
        "UPDATE settlements SET geom = CAST(substr(geom, 1, 4) || X'00000000' || substr(geom, 9) "
        "AS BLOB) "
        "WHERE fid = 1",
        S::InvalidContent, "4326");
    row("out of range position", M::GoodThenSql,
        "UPDATE settlements SET geom = CAST(substr(geom, 1, length(geom) - 8) || "
        "X'0000000000C06240' AS BLOB) "
        "WHERE fid = 1", // latitude 150
        S::InvalidContent, "WGS 84");
    row("duplicate id in a cc_ table", M::GoodThenSql,
        "CREATE TABLE t AS SELECT * FROM cc_townships; INSERT INTO t SELECT * FROM cc_townships "
        "WHERE id = 1; DROP TABLE cc_townships; ALTER TABLE t RENAME TO cc_townships;",
        S::InvalidContent, "twice");
    row("duplicate policy value", M::GoodThenSql,
        "CREATE TABLE t AS SELECT * FROM cc_policy_values; INSERT INTO t SELECT * FROM "
        "cc_policy_values LIMIT 1; DROP TABLE cc_policy_values; ALTER TABLE t RENAME TO "
        "cc_policy_values;",
        S::InvalidContent, "twice");
    row("two county boundaries", M::GoodThenSql,
        "INSERT INTO county_boundary SELECT 2, geom, name, name_en, adcode FROM county_boundary",
        S::InvalidContent);
    row("view not ours", M::GoodThenSql, "CREATE VIEW v AS SELECT * FROM settlements",
        S::InvalidContent, "view");
    row("trigger not ours", M::GoodThenSql,
        "CREATE TRIGGER t AFTER INSERT ON cc_townships BEGIN DELETE FROM cc_postings; END",
        S::InvalidContent, "trigger");
    row("NaN population", M::GoodThenSql, "UPDATE settlements SET population = 'NaN' WHERE fid = 1",
        S::InvalidContent, "population");
    row("fractional population", M::GoodThenSql,
        "UPDATE settlements SET population = 10.5 WHERE fid = 2", S::InvalidContent, "population");
    row("negative population", M::GoodThenSql,
        "UPDATE settlements SET population = -5 WHERE fid = 3", S::InvalidContent);
    row("infinite setting", M::GoodThenSql,
        "UPDATE cc_settings SET value = 9e999 WHERE key = 'time.horizon_months'",
        S::InvalidContent);
    row("share above 1", M::GoodThenSql, "UPDATE settlements SET signed_share = 1.5",
        S::InvalidContent);
    row("posting to a missing facility", M::GoodThenSql,
        "UPDATE cc_postings SET facility_id = 99 WHERE id = 1", S::InvalidContent, "99");
    row("settlement in a missing township", M::GoodThenSql,
        "UPDATE settlements SET township_id = 42 WHERE fid = 1", S::InvalidContent, "42");
    row("capability of a missing facility", M::GoodThenSql,
        "INSERT INTO cc_facility_capability VALUES (99, 1, 0.5)", S::InvalidContent, "99");
    row("capability of a missing line", M::GoodThenSql,
        "INSERT INTO cc_facility_capability VALUES (6, 77, 0.5)", S::InvalidContent, "77");
    row("unknown setting", M::GoodThenSql, "INSERT INTO cc_settings VALUES ('bogus.key', 1)",
        S::InvalidContent, "bogus.key");
    row("unknown policy parameter", M::GoodThenSql,
        "INSERT INTO cc_policy_values VALUES (1, 0, 'bogus.policy', 1)", S::InvalidContent,
        "bogus.policy");
    row("policy entry of a missing scenario", M::GoodThenSql,
        "INSERT INTO cc_policy_entries VALUES (9, 0, '')", S::InvalidContent);
    row("schedule not starting at month 0", M::GoodThenSql,
        "UPDATE cc_policy_entries SET from_month = 1 WHERE from_month = 0 AND scenario_id = 1; "
        "UPDATE cc_policy_values SET from_month = 1 WHERE from_month = 0 AND scenario_id = 1",
        S::InvalidContent);
    row("no scenario", M::GoodThenSql,
        "DELETE FROM cc_policy_values; DELETE FROM cc_policy_entries; DELETE FROM cc_postings "
        "WHERE scenario_id <> 0; DELETE FROM cc_scenarios",
        S::InvalidContent, "scenario");
    row("version 1 that cannot be upgraded", M::V1ThenSql,
        "ALTER TABLE settlements ADD COLUMN signed_share DOUBLE", S::MigrationFailed, "upgraded");
    row("version 1 missing a table", M::V1ThenSql, "DROP TABLE cc_staff", S::MissingTable,
        "cc_staff");
}

void TestStoreBadFiles::refuses()
{
    QFETCH(Make, how);
    QFETCH(QString, sql);
    QFETCH(LoadStatus, expected);
    QFETCH(QString, mentions);

    const QString name = QStringLiteral("bad-%1.ccplan")
                             .arg(QString::fromUtf8(QTest::currentDataTag()))
                             .replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString path = m_dir.filePath(name);
    QVERIFY2(make(how, sql, path), "could not build the bad file");

    const LoadResult result = loadProject(path);
    QVERIFY2(!result.ok(), "a bad file was accepted");
    QCOMPARE(result.status, expected);
    QVERIFY2(result.message.contains(name), qPrintable(result.message));
    QVERIFY2(result.message.contains(mentions, Qt::CaseInsensitive), qPrintable(result.message));
    QVERIFY(!result.migrated);
    QVERIFY(result.project == Project{}); // never a partly loaded project
}

void TestStoreBadFiles::newerButCompatibleVersionOpens()
{
    // A newer file that says this version can still read it opens (Mixxx's rule).
    const QString path = m_dir.filePath(QStringLiteral("newer-compatible.ccplan"));
    QVERIFY(make(Make::GoodThenSql,
                 QStringLiteral("UPDATE cc_meta SET value = '%1' WHERE key = 'schema_version';"
                                "CREATE TABLE cc_future (x INTEGER);")
                     .arg(kSchemaVersion + 1),
                 path));
    const LoadResult result = loadProject(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.fileSchemaVersion, kSchemaVersion + 1);
    QVERIFY(result.project == makeStoreTestProject());
}

QTEST_GUILESS_MAIN(TestStoreBadFiles)
#include "tst_store_badfiles.moc"
