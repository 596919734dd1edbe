#pragma once

#include "models/domain/project.h"

namespace cc::store {

class SqliteDb;

// Reads a whole project from a database that holds the current schema. Checks
// every table's row count against kMaxRowsPerTable before reading it, every
// value's storage type, every geometry blob, duplicate ids and references
// between cc_ tables; throws StoreError (InvalidContent or TooLarge) on the
// first problem. Does not run validateProject; the caller does.
Project readProject(SqliteDb &db);

} // namespace cc::store
