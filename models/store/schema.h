#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace cc::store {

class SqliteDb;

// The layout of a .ccplan file, version by version (DESIGN.md "The project file").
//
// Version 1 (CountyCare 0.1 previews): the GeoPackage core, the four feature
// tables and the cc_ tables, but settlements had no `signed_share` column and
// facilities had no per-line capability (no cc_facility_capability table).
// Version 2: adds both. Version 3 (Model 2): length of stay, avoidable
// admissions, telemedicine links. Version 4: a later policy entry stores only
// the parameters it sets (before, every entry held a full copy). Version 5: the investment
// planner's catalogue and settings, care centres, investments. Each step is one function run
// inside the caller's transaction; a newer file states in `min_compatible_version` the oldest
// schema that can still read it.

constexpr qint32 kGeoPackageApplicationId = 0x47504B47; // 'GPKG'
constexpr int kGeoPackageUserVersion = 10300;           // GeoPackage 1.3.0

// Tables a file of `schemaVersion` must hold.
QStringList requiredTables(int schemaVersion);
// CountyCare's map layers (feature tables with a `geom` column and `fid` key).
QStringList layerTables();
// Tables holding project data, in an order that respects references (for delete and insert).
QStringList dataTables();

// The indexes the current schema has (SQLite's automatic indexes of its
// PRIMARY KEY and UNIQUE constraints); any other index on a table CountyCare
// writes was added by someone else.
const QSet<QString> &schemaIndexes();

// Creates the current schema, including the GeoPackage core rows, in an empty database.
// Returns an empty string or the sqlite error.
QString createSchema(SqliteDb &db);

// Puts back the GeoPackage metadata rows of CountyCare's layers and of the
// spatial reference systems that another program deleted (GeoPackage 1.3,
// Req. 10-13, 22); rows that are there are left alone. Empty, or the sqlite error.
QString repairGeoPackageMetadata(SqliteDb &db);

// Upgrades an open database of `fromVersion` to the current schema, one numbered
// step at a time, inside one transaction. Returns an empty string or the error.
QString migrate(SqliteDb &db, int fromVersion);
// The same steps inside the caller's transaction (a save in place of an older file).
QString migrateSteps(SqliteDb &db, int fromVersion);

} // namespace cc::store
