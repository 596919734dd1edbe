#include "models/store/projectstore.h"

#include "models/domain/validation.h"
#include "models/store/atomicfile.h"
#include "models/store/projectwriter.h"
#include "models/store/schema.h"
#include "models/store/sqlitedb.h"
#include "models/store/storeerror.h"
#include "models/store/storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <functional>
#include <optional>
#include <sqlite3.h>

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

namespace {

// How long a save waits for another program's SQLite transaction on the file.
constexpr int kBusyTimeoutMs = 5000;

SaveResult saveFailure(const QString &path, const QString &reason,
                       SaveStatus status = SaveStatus::Failed)
{
    SaveResult r;
    r.status = status;
    r.message = StoreText::tr("Cannot save \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return r;
}

SaveResult changedOnDisk(const QString &path, const FileIdentity &expected, const FileIdentity &now)
{
    return saveFailure(path,
                       StoreText::tr("%1 since it was opened. Nothing was written; open it again "
                                     "(or save under another name) so that no one's changes are "
                                     "lost.")
                           .arg(describeChange(expected, now)),
                       SaveStatus::ChangedOnDisk);
}

SaveResult saved(const QString &path)
{
    SaveResult r;
    r.ok = true;
    r.status = SaveStatus::Ok;
    r.identity = fileIdentity(path);
    return r;
}

// Prepares the file (`prepare`: its schema or its upgrade) and writes the
// project in one transaction, then closes it; the reason when anything fails
// (the file is then as it was).
QString writeInTransaction(SqliteDb &db, const Project &project,
                           const std::function<QString()> &prepare)
{
    if (db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return db.errorMessageWithReason();
    QString error = prepare();
    if (error.isEmpty()) {
        try {
            writeProject(db, project);
        } catch (const StoreError &e) {
            error = e.reason;
        }
    }
    if (error.isEmpty() && db.exec("COMMIT") != SQLITE_OK)
        error = db.errorMessageWithReason();
    if (!error.isEmpty()) {
        db.exec("ROLLBACK");
        return error;
    }
    if (db.close() != SQLITE_OK)
        return StoreText::tr("the database could not be closed.");
    return {};
}

// Creates the schema and writes every row in one transaction.
QString writeNewFile(const QString &path, const Project &project)
{
    SqliteDb db;
    if (db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
        return db.errorMessageWithReason();
    db.harden();
    return writeInTransaction(db, project, [&db] { return createSchema(db); });
}

// The facts of `db` when it is a sound project CountyCare may write in place:
// an older version (upgraded in the save's transaction), the current one, or a
// newer one that states it can be read by this version (what this version does
// not know stays in the file, models/store/projectwriter.h).
std::optional<FileFacts> writableInPlace(SqliteDb &db)
{
    try {
        const FileFacts facts = inspectDatabase(db);
        if (facts.schemaVersion > kSchemaVersion && facts.minCompatibleVersion > kSchemaVersion)
            return std::nullopt;
        for (const QString &table : requiredTables(qMin(facts.schemaVersion, kSchemaVersion)))
            if (!facts.tables.contains(table))
                return std::nullopt;
        return facts;
    } catch (const StoreError &) {
        return std::nullopt;
    }
}

// Writes `project` into a copy of `source` (the file it was opened from) made
// in the empty database `temp`, as a save in place would: what other programs
// added to the source comes along. `usable` is false (and `temp` left to be
// emptied) when the source is no sound project CountyCare may write.
QString writeOverCopy(const QString &temp, const QString &source, const Project &project,
                      bool *usable)
{
    *usable = false;
    SqliteDb from;
    if (from.open(source, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return from.errorMessage();
    from.harden();
    from.setBusyTimeout(kBusyTimeoutMs);
    SqliteDb db;
    if (db.open(temp, SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return db.errorMessageWithReason();
    db.harden();
    sqlite3_backup *backup = sqlite3_backup_init(db.handle(), "main", from.handle(), "main");
    if (!backup)
        return db.errorMessageWithReason();
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    from.close();
    if (rc != SQLITE_DONE)
        return db.errorMessageWithReason();
    const std::optional<FileFacts> facts = writableInPlace(db);
    if (!facts)
        return {};
    *usable = true;
    return writeInTransaction(db, project, [&db, &facts] {
        return facts->schemaVersion < kSchemaVersion ? migrateSteps(db, facts->schemaVersion)
                                                     : QString();
    });
}

// Writes a whole new file beside the target and renames it over the target;
// with `expected`, only when the target is still that file. With `source`,
// the new file starts as a copy of it (writeOverCopy).
SaveResult writeReplacing(const Project &project, const QString &path, const FileIdentity *expected,
                          const QString &source = {})
{
    if (QString e = validateProject(project); !e.isEmpty())
        return saveFailure(path, e);
    const QFileInfo target(path);
    // A Save As killed before its rename leaves "<name>.tmp-XXXXXX" (and maybe
    // its journal) beside the target; those nobody holds any more are cleared.
    removeStaleTemporaries(target.absoluteFilePath());
    TemporarySibling temp;
    QString error;
    if (!temp.create(target.absoluteFilePath(), &error))
        return saveFailure(path, error);
    temp.file()->close(); // SQLite writes it by name; the claim stays
    bool copied = false;
    if (!source.isEmpty() && QFileInfo(source).isFile()) {
        error = writeOverCopy(temp.path(), source, project, &copied);
        if (!copied && !QFile::resize(temp.path(), 0))
            error = StoreText::tr("the temporary file cannot be emptied.");
    }
    if (!copied && error.isEmpty())
        error = writeNewFile(temp.path(), project);
    if (error.isEmpty() && expected) {
        // The last moment to notice: a file put there since it was loaded.
        const FileIdentity now = fileIdentity(target.absoluteFilePath());
        if (now != *expected)
            return changedOnDisk(path, *expected, now);
    }
    if (error.isEmpty())
        error = replaceFile(temp.path(), target.absoluteFilePath());
    if (!error.isEmpty())
        return saveFailure(path, error);
    temp.release();
    return saved(target.absoluteFilePath());
}

SaveResult saveInPlace(const Project &project, const QString &path, const FileIdentity *expected)
{
    if (!QFileInfo::exists(path))
        return writeReplacing(project, path, expected);
    if (QString e = validateProject(project); !e.isEmpty())
        return saveFailure(path, e);

    // Read before SQLite opens the file (see fileIdentity()).
    const FileIdentity before = fileIdentity(path);
    if (expected && before != *expected)
        return changedOnDisk(path, *expected, before);
    QString reason;
    const bool headerOk = checkSqliteHeader(path, &reason) == LoadStatus::Ok;

    SqliteDb db;
    if (db.open(path, SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return saveFailure(path, db.errorMessageWithReason());
    db.harden();
    db.setBusyTimeout(kBusyTimeoutMs);
    const std::optional<FileFacts> facts =
        headerOk ? writableInPlace(db) : std::optional<FileFacts>();
    if (!facts) {
        db.close();
        return writeReplacing(project, path, &before);
    }
    if (db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return saveFailure(path, db.errorMessageWithReason());
    // Other SQLite writers are shut out now; the file must still be the one
    // checked above (a rename over it since would show as another inode).
    if (const FileIdentity now = fileStat(path); !sameStat(now, before)) {
        db.exec("ROLLBACK");
        return changedOnDisk(path, before, now);
    }
    QString error;
    // An older file is upgraded in place, in this transaction: what other
    // programs added to it stays (a rewrite from scratch would drop it).
    if (facts->schemaVersion < kSchemaVersion)
        error = migrateSteps(db, facts->schemaVersion);
    if (error.isEmpty()) {
        try {
            writeProject(db, project);
        } catch (const StoreError &e) {
            error = e.reason;
        }
    }
    if (error.isEmpty() && db.exec("COMMIT") != SQLITE_OK)
        error = db.errorMessageWithReason();
    if (!error.isEmpty()) {
        db.exec("ROLLBACK");
        return saveFailure(path, error);
    }
    if (db.close() != SQLITE_OK)
        return saveFailure(path, StoreText::tr("the database could not be closed."));
    return saved(path);
}

} // namespace

SaveResult saveProjectAs(const Project &project, const QString &path, const QString &source)
{
    return writeReplacing(project, path, nullptr, source);
}

SaveResult saveProjectAs(const Project &project, const QString &path)
{
    return writeReplacing(project, path, nullptr);
}

SaveResult saveProject(const Project &project, const QString &path, const FileIdentity &expected)
{
    return saveInPlace(project, path, &expected);
}

SaveResult saveProject(const Project &project, const QString &path)
{
    return saveInPlace(project, path, nullptr);
}

} // namespace cc::store
