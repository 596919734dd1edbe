#include "models/store/storefile.h"

#include "models/store/schema.h"
#include "models/store/spatialindex.h"
#include "models/store/sqlitedb.h"
#include "models/store/storeerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

namespace {

// sqlite_master rows a file may hold (tables, indexes, triggers, views).
constexpr int kMaxSchemaObjects = 100000;

int integerPragma(SqliteDb &db, const char *sql)
{
    SqliteStatement s(db, sql);
    if (!s.isValid())
        fail(statusOf(s.prepareCode()), db.errorMessage());
    const int rc = s.step();
    if (rc != SQLITE_ROW)
        fail(statusOf(rc), db.errorMessage());
    return static_cast<int>(s.int64(0));
}

// Spatial indexes gpkg_extensions registers on a column gpkg_geometry_columns
// lists, with the table's integer primary key (GeoPackage 1.3 Annex F.3).
// CountyCare's own layers count as listed: their gpkg_geometry_columns rows,
// when another program deleted them, are put back by the next save.
QVector<SpatialIndex> registeredSpatialIndexes(SqliteDb &db, const QSet<QString> &tables)
{
    QVector<SpatialIndex> indexes;
    if (!tables.contains(QStringLiteral("gpkg_extensions")) ||
        !tables.contains(QStringLiteral("gpkg_geometry_columns")))
        return indexes;
    QStringList ownLayers;
    for (const QString &layer : layerTables())
        ownLayers << QStringLiteral("SELECT '%1', 'geom'").arg(layer);
    SqliteStatement registered(
        db,
        QStringLiteral("SELECT g.table_name, g.column_name FROM gpkg_extensions e JOIN "
                       "(SELECT table_name, column_name FROM gpkg_geometry_columns UNION %1) "
                       "g ON lower(g.table_name) = lower(e.table_name) AND lower(g.column_name) "
                       "= lower(e.column_name) WHERE e.extension_name = 'gpkg_rtree_index' "
                       "LIMIT 10001")
            .arg(ownLayers.join(QLatin1String(" UNION ")))
            .toUtf8()
            .constData());
    if (!registered.isValid())
        return indexes; // unreadable metadata: no index is accepted
    while (registered.step() == SQLITE_ROW) {
        if (registered.columnType(0) != SQLITE_TEXT || registered.columnType(1) != SQLITE_TEXT)
            continue;
        SpatialIndex index{registered.text(0), registered.text(1), {}};
        SqliteStatement key(db, "SELECT name FROM pragma_table_info(?1) WHERE pk = 1 AND "
                                "(SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0) = 1");
        key.bind(1, index.table);
        if (key.isValid() && key.step() == SQLITE_ROW) {
            index.idColumn = key.text(0);
            indexes.push_back(index);
        }
    }
    return indexes;
}

} // namespace

LoadStatus statusOf(int sqliteResultCode)
{
    switch (sqliteResultCode & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
    case SQLITE_RANGE:
        return LoadStatus::Corrupt;
    case SQLITE_TOOBIG:
    case SQLITE_NOMEM:
        return LoadStatus::TooLarge;
    default:
        return LoadStatus::Unreadable;
    }
}

// Structural checks shared by load and save in place: integrity, GeoPackage
// identity, no schema objects we did not create, the cc_meta version fields.
FileFacts inspectDatabase(SqliteDb &db)
{
    FileFacts facts;
    {
        SqliteStatement check(db, "PRAGMA quick_check(1)");
        if (!check.isValid())
            fail(statusOf(check.prepareCode()),
                 StoreText::tr("the database is damaged (%1).").arg(db.errorMessage()));
        const int rc = check.step();
        if (rc != SQLITE_ROW)
            fail(statusOf(rc),
                 StoreText::tr("the database is damaged (%1).").arg(db.errorMessage()));
        if (check.text(0) != QLatin1String("ok"))
            fail(LoadStatus::Corrupt, StoreText::tr("the database fails its integrity check (%1).")
                                          .arg(check.text(0).left(200)));
    }
    if (integerPragma(db, "PRAGMA application_id") != kGeoPackageApplicationId)
        fail(LoadStatus::NotAProject,
             StoreText::tr("it is an SQLite database but not a GeoPackage or CountyCare project."));

    // Every schema object first, then each judged: a spatial index's triggers
    // are accepted by what gpkg_extensions and gpkg_geometry_columns say.
    struct SchemaObject {
        QString type, name, table, sql;
    };
    QVector<SchemaObject> schema;
    {
        SqliteStatement objects(
            db, "SELECT type, name, COALESCE(tbl_name, ''), COALESCE(sql, '') FROM sqlite_master");
        if (!objects.isValid())
            fail(statusOf(objects.prepareCode()), db.errorMessage());
        int rc;
        while ((rc = objects.step()) == SQLITE_ROW) {
            schema.push_back({objects.text(0), objects.text(1), objects.text(2), objects.text(3)});
            if (schema.back().type == QLatin1String("table"))
                facts.tables.insert(schema.back().name);
            if (facts.tables.size() > 10000 || schema.size() > kMaxSchemaObjects)
                fail(LoadStatus::TooLarge, StoreText::tr("it holds too many tables."));
        }
        if (rc != SQLITE_DONE)
            fail(statusOf(rc), db.errorMessage());
    }
    // A project missing a table every version has is named as such, before
    // the objects that depended on it (the spatial index of a dropped layer,
    // those registered through a dropped gpkg_geometry_columns) are judged.
    if (facts.tables.contains(QStringLiteral("cc_meta")))
        for (const QString &table : requiredTables(1))
            if (!facts.tables.contains(table))
                fail(LoadStatus::MissingTable,
                     StoreText::tr("the table \"%1\" is missing.").arg(table));
    facts.spatialIndexes = registeredSpatialIndexes(db, facts.tables);
    const QStringList written = requiredTables(kSchemaVersion);
    const bool ogrContents = facts.tables.contains(QStringLiteral("gpkg_ogr_contents"));
    const QSet<QString> &ownIndexes = schemaIndexes();
    auto ofIndex = [&](auto accepts) {
        for (const SpatialIndex &index : std::as_const(facts.spatialIndexes))
            if (accepts(index))
                return true;
        return false;
    };
    for (const SchemaObject &o : std::as_const(schema)) {
        if (o.type == QLatin1String("trigger") &&
            ofIndex([&](const SpatialIndex &i) { return isSpatialIndexTrigger(i, o.name, o.sql); }))
            continue;
        // GDAL's feature counts, which only ever write its gpkg_ogr_contents.
        if (o.type == QLatin1String("trigger") && ogrContents &&
            isFeatureCountTrigger(o.table, o.name, o.sql))
            continue;
        if (o.type == QLatin1String("trigger") || o.type == QLatin1String("view"))
            fail(LoadStatus::InvalidContent,
                 StoreText::tr("it contains a %1 \"%2\" that CountyCare did not create.")
                     .arg(o.type, o.name.left(100)));
        // Indexes on tables CountyCare does not write are the other program's business.
        if (o.type == QLatin1String("index") && written.contains(o.table) &&
            !ownIndexes.contains(o.name))
            fail(LoadStatus::InvalidContent,
                 StoreText::tr("it contains an index \"%1\" on table %2 that CountyCare did not "
                               "create.")
                     .arg(o.name.left(100), o.table));
        if (o.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive) &&
            !ofIndex([&](const SpatialIndex &i) {
                return i.name().compare(o.name, Qt::CaseInsensitive) == 0 &&
                       isSpatialIndexTable(i, o.sql);
            }))
            fail(LoadStatus::InvalidContent,
                 StoreText::tr("it contains a virtual table \"%1\" that CountyCare did not create "
                               "and that is not a GeoPackage spatial index.")
                     .arg(o.name.left(100)));
    }
    if (!facts.tables.contains(QStringLiteral("cc_meta")))
        fail(LoadStatus::NotAProject,
             StoreText::tr("it is a GeoPackage but not a CountyCare project."));

    SqliteStatement meta(db, "SELECT key, value FROM cc_meta WHERE key IN "
                             "('schema_version', 'min_compatible_version')");
    if (!meta.isValid())
        fail(statusOf(meta.prepareCode()), db.errorMessage());
    int rc;
    while ((rc = meta.step()) == SQLITE_ROW) {
        bool ok = false;
        const int value = meta.text(1).toInt(&ok);
        if (!ok || value < 1)
            fail(LoadStatus::InvalidContent,
                 StoreText::tr("the file format version \"%1\" is not a number.")
                     .arg(meta.text(1).left(50)));
        (meta.text(0) == QLatin1String("schema_version") ? facts.schemaVersion
                                                         : facts.minCompatibleVersion) = value;
    }
    if (rc != SQLITE_DONE)
        fail(statusOf(rc), db.errorMessage());
    if (facts.schemaVersion == 0)
        fail(LoadStatus::NotAProject, StoreText::tr("it has no CountyCare file format version."));
    if (facts.minCompatibleVersion == 0)
        facts.minCompatibleVersion = facts.schemaVersion;
    return facts;
}

LoadStatus checkSqliteHeader(const QString &path, QString *reason, FileIdentity *identity)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = StoreText::tr("the file cannot be read (%1).").arg(file.errorString());
        return LoadStatus::Unreadable;
    }
    if (identity) {
        // stat() of the path: the same file as this descriptor unless it was
        // replaced this very moment, which the caller's second look catches.
        *identity = fileStat(path);
    }
    const qint64 size = file.size();
    if (size == 0) {
        *reason = StoreText::tr("the file is empty.");
        return LoadStatus::NotSqlite;
    }
    if (size > kMaxFileBytes) {
        *reason =
            StoreText::tr("the file is larger than %1 MB.").arg(kMaxFileBytes / (1024 * 1024));
        return LoadStatus::TooLarge;
    }
    const QByteArray header = file.read(100);
    static const char kMagic[] = "SQLite format 3"; // 15 characters and a NUL: 16 bytes
    if (header.size() < 16 || std::memcmp(header.constData(), kMagic, 16) != 0) {
        *reason = StoreText::tr("it is not a CountyCare project (not an SQLite database).");
        return LoadStatus::NotSqlite;
    }
    if (header.size() < 100) {
        *reason = StoreText::tr("the file is truncated (%1 bytes).").arg(size);
        return LoadStatus::Corrupt;
    }
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(h + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        *reason = StoreText::tr("the database header is damaged (page size %1).").arg(pageSize);
        return LoadStatus::Corrupt;
    }
    // The in-header page count is valid only when the change counter matches
    // "version-valid-for" (written by SQLite 3.7.0 and later).
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    if (identity) {
        identity->changeCounter = changeCounter;
        identity->hasCounter = true;
    }
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (pageCount > 0 && changeCounter == validFor && size < pageSize * pageCount) {
        *reason = StoreText::tr("the file is truncated (%1 of %2 bytes).")
                      .arg(size)
                      .arg(pageSize * pageCount);
        return LoadStatus::Corrupt;
    }
    return LoadStatus::Ok;
}

} // namespace cc::store
