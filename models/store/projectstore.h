#pragma once

#include "models/domain/project.h"

#include <QString>

namespace cc::store {

// The .ccplan project file: a SQLite database that is also a GeoPackage 1.3
// (DESIGN.md "The project file"). Opening a file is opening untrusted input:
// the loader either returns a whole, valid Project or a status and a translated
// message that names the file and the problem; never a partly loaded project.

constexpr int kSchemaVersion = 3; // current; version 1 is the older preview layout (schema.h)

enum class LoadStatus {
    Ok,
    NotFound,
    Unreadable,
    NotSqlite,
    Corrupt,
    NotAProject,
    MissingTable,
    NewerVersion,
    MigrationFailed,
    InvalidContent,
    TooLarge
};

struct LoadResult {
    LoadStatus status = LoadStatus::Ok;
    Project project;
    QString message; // translated, names the file and the problem; empty when Ok
    int fileSchemaVersion = 0;
    bool migrated = false; // opened an older version (upgraded in memory; file untouched)
    bool ok() const { return status == LoadStatus::Ok; }
};

LoadResult loadProject(const QString &path);

struct SaveResult {
    bool ok = false;
    QString message; // translated; empty when ok
};

// Save: writes an existing project file in place in ONE transaction (all or nothing);
// when the file does not exist (or is not a current-version project), behaves like saveProjectAs.
SaveResult saveProject(const Project &project, const QString &path);
// Save As: writes a temporary file beside the target, fsyncs, renames it over the target.
SaveResult saveProjectAs(const Project &project, const QString &path);

// Limits on what a file may claim before anything is allocated for it.
constexpr qint64 kMaxRowsPerTable = 2'000'000;
constexpr qint64 kMaxFileBytes = qint64(2) * 1024 * 1024 * 1024;

} // namespace cc::store
