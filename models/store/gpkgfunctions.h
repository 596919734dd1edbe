#pragma once

struct sqlite3;

namespace cc::store {

// The SQL functions the GeoPackage RTree Spatial Indexes extension (GeoPackage
// 1.3, Annex F.3) calls on geometry BLOBs: ST_IsEmpty, ST_MinX, ST_MaxX,
// ST_MinY, ST_MaxY. The spec's triggers, which GDAL and QGIS write on every
// indexed layer, name them, and CountyCare's own index upkeep uses them.
// Each reads the GeoPackage binary header (clause 2.1.3): the envelope when
// the header has one, otherwise the envelope of the WKB (every ISO type with
// Z, M or ZM; bounded nesting and counts checked against the bytes left).
// NULL, a blob that is not a GeoPackage geometry, or an empty geometry gives
// NULL (ST_IsEmpty: 1 for empty, 0 for not, NULL for NULL or unreadable).
// Registered as deterministic and innocuous, so they also run from triggers
// with trusted_schema off. Returns the sqlite result code.
int registerGeometryFunctions(sqlite3 *db);

} // namespace cc::store
