#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace cc::store {

class SqliteDb;

// GeoPackage RTree Spatial Indexes (GeoPackage 1.3 Annex F.3, extension
// "gpkg_rtree_index"): a virtual table rtree_<t>_<c> holding each feature's
// envelope and triggers that keep it in step with the feature table. GDAL and
// QGIS make them on every layer they create or index; CountyCare makes them on
// its own layers. A file may only hold such an index when gpkg_extensions
// registers it for a column of gpkg_geometry_columns, and its table and
// triggers read exactly as the spec's templates (compared token by token,
// whatever the spacing, case, comments or identifier quoting): anything else
// named like them is someone else's trigger and is refused.
struct SpatialIndex {
    QString table;    // <t>
    QString column;   // <c>
    QString idColumn; // <i>, the table's integer primary key
    QString name() const { return QStringLiteral("rtree_%1_%2").arg(table, column); }
};

// The registration row's extension name and definition (as GDAL writes it).
constexpr const char *kRtreeExtension = "gpkg_rtree_index";
constexpr const char *kRtreeDefinition = "http://www.geopackage.org/spec120/#extension_rtree";

// One statement that makes a schema object, and the object's name.
struct SchemaStatement {
    QString name;
    QString sql;
};

// CREATE VIRTUAL TABLE and the triggers of GeoPackage 1.3 (insert, update1 to
// update4, delete), with every identifier quoted; what GDAL 3.6 writes and
// GDAL's validate_gpkg.py expects.
QVector<SchemaStatement> spatialIndexSql(const SpatialIndex &index);

// True when `sql` is the spec's CREATE VIRTUAL TABLE of `index`.
bool isSpatialIndexTable(const SpatialIndex &index, const QString &sql);

// True when trigger `name` with definition `sql` is one of the spec's triggers
// of `index`: GeoPackage 1.3's insert, update1 to update4 and delete (update3
// as "AFTER UPDATE OF <c> ON" or "AFTER UPDATE ON", both published), or 1.4's
// update5 to update7.
bool isSpatialIndexTrigger(const SpatialIndex &index, const QString &name, const QString &sql);

// GDAL's feature counts (GDAL's own addition, not a GeoPackage extension): the
// table gpkg_ogr_contents (table_name, feature_count) and, on each table GDAL
// writes, triggers trigger_insert_feature_count_<t> and
// trigger_delete_feature_count_<t> that add or take one on every insert and
// delete. True when trigger `name` on table `table` reads `sql` exactly as GDAL
// (3.6) writes it, compared as the spatial index's triggers are; they only
// ever write gpkg_ogr_contents.
bool isFeatureCountTrigger(const QString &table, const QString &name, const QString &sql);

// Gives a layer CountyCare writes its index and keeps it equal to the layer, in
// the caller's transaction (a save): makes what the file lacks (gpkg_extensions
// and the index's row in it, the virtual table, and the spec's triggers when
// the layer has none of the index's, so a user who dropped the index gets it
// back), keeps what is there (another program's triggers of GeoPackage 1.3 or
// 1.4 stay as they are), then brings the index in step with the layer (what
// changed is written, nothing else): CountyCare's connections run no triggers
// (sqlitedb.h), so the save itself keeps the index equal to the layer. A table of that name that is
// no virtual table is someone else's and left alone (the layer then has no index). Empty, or the
// sqlite error.
QString keepSpatialIndex(SqliteDb &db, const SpatialIndex &index);

} // namespace cc::store
