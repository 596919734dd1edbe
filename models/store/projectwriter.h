#pragma once

#include "models/domain/project.h"

namespace cc::store {

class SqliteDb;

// Writes `project` into a database that holds the current schema (or a newer
// compatible one): each table's rows by key, updating only the columns
// CountyCare knows and deleting only its rows the project no longer has, so
// tables, columns, rows and cc_meta keys of other programs (or a newer
// CountyCare) keep their values. Records the schema version (never lowering
// it), the layer extents and CRS (WGS 84), and makes and refills the layers'
// GeoPackage spatial indexes. Runs inside the caller's transaction; throws
// StoreError on an SQL error.
void writeProject(SqliteDb &db, const Project &project);

} // namespace cc::store
