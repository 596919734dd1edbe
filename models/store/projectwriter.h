#pragma once

#include "models/domain/project.h"

namespace cc::store {

class SqliteDb;

// Writes every row of `project` into a database that holds the current schema
// with empty data tables, and records the schema version and the layer extents.
// Runs inside the caller's transaction; throws StoreError on an SQL error.
void writeProject(SqliteDb &db, const Project &project);

// Deletes every row of the data tables and cc_meta (before writing in place).
void clearProject(SqliteDb &db);

} // namespace cc::store
