#pragma once

#include "models/store/projectstore.h"
#include "models/store/spatialindex.h"

#include <QSet>
#include <QString>

namespace cc::store {

class SqliteDb;

// What the structural checks learned about an open database.
struct FileFacts {
    int schemaVersion = 0;
    int minCompatibleVersion = 0;
    QSet<QString> tables;
    // GeoPackage spatial indexes the file holds (models/store/spatialindex.h).
    QVector<SpatialIndex> spatialIndexes;
};

// Checks the 100-byte SQLite header before SQLite sees the file (SQLite file
// format, section 1.3): the 16-byte magic, a valid page size, and a file at
// least as long as the page count it declares. Ok, or NotSqlite, Corrupt,
// Unreadable or TooLarge with a translated reason.
// `identity`, when given, receives the file's identity read from the same open
// descriptor (models/store/fileidentity.h).
LoadStatus checkSqliteHeader(const QString &path, QString *reason,
                             FileIdentity *identity = nullptr);

// The status of an sqlite result code met while reading: damage versus access problems.
LoadStatus statusOf(int sqliteResultCode);

// Structural checks shared by load and save in place: integrity (quick_check),
// GeoPackage application id, no view, no trigger or virtual table but those of
// a registered GeoPackage spatial index, no index on a table CountyCare writes
// that its own schema does not have (an added UNIQUE index would make every
// later save fail), a cc_meta table and its version fields. Throws StoreError.
FileFacts inspectDatabase(SqliteDb &db);

} // namespace cc::store
