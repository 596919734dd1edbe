#pragma once

#include "models/domain/project.h"
#include "models/store/fileidentity.h"

#include <QString>
#include <QStringList>

namespace cc::store {

// The .ccplan project file: a SQLite database that is also a GeoPackage 1.3
// (DESIGN.md "The project file"). Opening a file is opening untrusted input:
// the loader either returns a whole, valid Project or a status and a translated
// message that names the file and the problem; never a partly loaded project.

constexpr int kSchemaVersion = 5; // current; version 1 is the older preview layout (schema.h)

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
    TooLarge,
    // A journal or write-ahead log beside the file holds an unfinished save that
    // cannot be applied here (read-only folder), or would not give a sound file.
    RecoveryNeeded
};

struct LoadResult {
    LoadStatus status = LoadStatus::Ok;
    Project project;
    QString message; // translated, names the file and the problem; empty when Ok
    int fileSchemaVersion = 0;
    bool migrated = false; // opened an older version (upgraded in memory; file untouched)
    // The file as it was read: a later save refuses when it is no longer this one.
    FileIdentity identity;
    // Translated. `recovered`: what was done to the file before reading it (an
    // interrupted save rolled back). `warnings`: values the rules only warn
    // about (a village far outside the county, a staffing rule set to warn).
    QString recovered;
    QStringList warnings;
    bool ok() const { return status == LoadStatus::Ok; }
};

LoadResult loadProject(const QString &path);

enum class SaveStatus {
    Ok,
    Failed,       // nothing was written; `message` says why (the system's reason)
    ChangedOnDisk // the file is no longer the one loaded; nothing was written
};

struct SaveResult {
    bool ok = false;
    SaveStatus status = SaveStatus::Failed;
    QString message;       // translated; empty when ok
    FileIdentity identity; // the file as written, for the next save's check
};

// Save: writes the project into `path` in place in ONE transaction (all or
// nothing), after checking that the file is still `expected` (LoadResult::identity,
// or the last SaveResult::identity); otherwise SaveStatus::ChangedOnDisk and the
// file untouched. The project's rows are written by key into the file as it is
// (models/store/projectwriter.h): what other programs added (layers, columns,
// spatial indexes, styles, metadata) and what a newer compatible CountyCare
// keeps stays. An older version's file is upgraded in the same transaction.
// Only a file that is no sound project is replaced like saveProjectAs.
// Callers that change a file hold its ProjectLock from loading to saving.
SaveResult saveProject(const Project &project, const QString &path, const FileIdentity &expected);
// The same without the check, for files this process just made (tests, benchmarks).
SaveResult saveProject(const Project &project, const QString &path);
// Save As: writes a temporary file beside the target, fsyncs, renames it over
// the target (whatever is there: the user chose it). With `source`, the file
// the project was opened from, the new file is a copy of it with the project
// written in, so what other programs added to it (layers, columns, styles,
// metadata) comes along; without one, or when `source` is no sound project,
// the file holds the project alone.
SaveResult saveProjectAs(const Project &project, const QString &path, const QString &source);
SaveResult saveProjectAs(const Project &project, const QString &path);

// Limits on what a file may claim before anything is allocated for it.
constexpr qint64 kMaxRowsPerTable = 2'000'000;
constexpr qint64 kMaxFileBytes = qint64(2) * 1024 * 1024 * 1024;

} // namespace cc::store
