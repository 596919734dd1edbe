#include "models/store/projectstore.h"

#include "models/domain/projectrules.h"
#include "models/domain/validation.h"
#include "models/store/leftovers.h"
#include "models/store/projectreader.h"
#include "models/store/schema.h"
#include "models/store/sqlitedb.h"
#include "models/store/storeerror.h"
#include "models/store/storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <sqlite3.h>

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

namespace {

// How many warnings one load reports; the rest are only counted.
constexpr int kMaxWarnings = 20;
// A file replaced or rewritten while it is read is read again, this often.
constexpr int kReadAttempts = 3;

LoadResult failure(const QString &path, LoadStatus status, const QString &reason)
{
    LoadResult r;
    r.status = status;
    r.message = StoreText::tr("Cannot open \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return r;
}

// One consistent read: the whole project from one snapshot of the file (one read
// transaction), and the identity of exactly that file. `changed` is set when
// the file was replaced or written between reading its identity and taking
// SQLite's shared lock: then the caller reads again.
LoadResult readOnce(const QString &path, bool *changed)
{
    QString reason;
    FileIdentity identity;
    const LoadStatus headerStatus = checkSqliteHeader(path, &reason, &identity);
    if (headerStatus != LoadStatus::Ok)
        return failure(path, headerStatus, reason);

    SqliteDb file;
    if (file.open(path, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return failure(path, LoadStatus::Unreadable, file.errorMessage());
    file.harden();
    file.setBusyTimeout(2000);

    LoadResult result;
    try {
        if (file.exec("BEGIN") != SQLITE_OK)
            fail(statusOf(file.errorCode()), file.errorMessage());
        const FileFacts facts = inspectDatabase(file); // takes the shared lock
        if (!sameStat(fileStat(path), identity)) {
            *changed = true;
            return result;
        }
        result.fileSchemaVersion = facts.schemaVersion;
        if (facts.schemaVersion > kSchemaVersion && facts.minCompatibleVersion > kSchemaVersion)
            fail(LoadStatus::NewerVersion,
                 StoreText::tr(
                     "it was saved by a newer version of CountyCare (file format %1; this version "
                     "reads up to %2). Please update CountyCare to open it.")
                     .arg(facts.schemaVersion)
                     .arg(kSchemaVersion));
        for (const QString &table : requiredTables(qMin(facts.schemaVersion, kSchemaVersion)))
            if (!facts.tables.contains(table))
                fail(LoadStatus::MissingTable,
                     StoreText::tr("the table \"%1\" is missing.").arg(table));

        SqliteDb memory;
        SqliteDb *source = &file;
        if (facts.schemaVersion < kSchemaVersion) {
            // Upgrade a copy in memory; the user's file stays as it is until they save.
            if (memory.openMemory() != SQLITE_OK)
                fail(LoadStatus::MigrationFailed, memory.errorMessage());
            sqlite3_backup *backup =
                sqlite3_backup_init(memory.handle(), "main", file.handle(), "main");
            if (!backup)
                fail(LoadStatus::MigrationFailed, memory.errorMessage());
            const int rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                fail(statusOf(rc) == LoadStatus::Corrupt ? LoadStatus::Corrupt
                                                         : LoadStatus::MigrationFailed,
                     file.errorMessage());
            file.close();
            memory.harden();
            if (QString e = migrate(memory, facts.schemaVersion); !e.isEmpty())
                fail(LoadStatus::MigrationFailed,
                     StoreText::tr("it could not be upgraded from file format %1 to %2 (%3).")
                         .arg(facts.schemaVersion)
                         .arg(kSchemaVersion)
                         .arg(e));
            source = &memory;
            result.migrated = true;
        }
        result.project = readProject(*source);
    } catch (const StoreError &e) {
        LoadResult r = failure(path, e.status, e.reason);
        r.fileSchemaVersion = result.fileSchemaVersion;
        return r;
    }
    result.identity = identity;
    return result;
}

// The rules that depend on the project's settings or only warn
// (models/domain/projectrules.h), applied as the UI applies them.
QString applyProjectRules(LoadResult &result)
{
    const Project &p = result.project;
    const int fteSeverity = p.settings.integer(SettingKey::StaffingFteSeverity);
    if (fteSeverity == 2) { // refuse
        if (QString e = firstFteExcess(p); !e.isEmpty())
            return e;
    } else if (fteSeverity == 1) { // warn
        result.warnings += fteExcessMessages(p, kMaxWarnings);
    }
    result.warnings += neighbourhoodMessages(p, kMaxWarnings);
    return {};
}

} // namespace

LoadResult loadProject(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, LoadStatus::NotFound, StoreText::tr("the file does not exist."));
    if (!info.isFile())
        return failure(path, LoadStatus::Unreadable, StoreText::tr("it is not a file."));

    // A journal or write-ahead log left beside the file is applied first, with
    // a copy kept until the result proves sound (models/store/leftovers.h).
    const LeftoverOutcome leftovers = applyLeftovers(path);
    if (leftovers.status != LoadStatus::Ok)
        return failure(path, leftovers.status, leftovers.reason);

    LoadResult result;
    for (int attempt = 1;; ++attempt) {
        bool changed = false;
        result = readOnce(path, &changed);
        if (!changed)
            break;
        if (attempt == kReadAttempts)
            return failure(path, LoadStatus::Unreadable,
                           StoreText::tr("it kept changing while it was read (another program is "
                                         "writing it); try again."));
    }
    if (!result.ok())
        return result;
    QString problem = validateProject(result.project);
    if (problem.isEmpty())
        problem = applyProjectRules(result);
    if (!problem.isEmpty()) {
        LoadResult r = failure(path, LoadStatus::InvalidContent, problem);
        r.fileSchemaVersion = result.fileSchemaVersion;
        return r;
    }
    result.recovered = leftovers.recovered;
    return result;
}

} // namespace cc::store
