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

// Creates the schema and writes every row in one transaction.
QString writeNewFile(const QString &path, const Project &project)
{
    SqliteDb db;
    if (db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
        return db.errorMessageWithReason();
    db.harden();
    if (db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return db.errorMessageWithReason();
    QString error = createSchema(db);
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

// True when `path` is a sound project of the current version we may rewrite in place.
bool isCurrentProject(SqliteDb &db)
{
    try {
        const FileFacts facts = inspectDatabase(db);
        if (facts.schemaVersion != kSchemaVersion)
            return false;
        for (const QString &table : requiredTables(kSchemaVersion))
            if (!facts.tables.contains(table))
                return false;
        return true;
    } catch (const StoreError &) {
        return false;
    }
}

// Writes a whole new file beside the target and renames it over the target;
// with `expected`, only when the target is still that file.
SaveResult writeReplacing(const Project &project, const QString &path, const FileIdentity *expected)
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
    if (!headerOk || !isCurrentProject(db)) {
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
    try {
        clearProject(db);
        writeProject(db, project);
    } catch (const StoreError &e) {
        error = e.reason;
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
