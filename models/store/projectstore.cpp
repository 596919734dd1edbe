#include "models/store/projectstore.h"

#include "models/domain/validation.h"
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

LoadResult failure(const QString &path, LoadStatus status, const QString &reason)
{
    LoadResult r;
    r.status = status;
    r.message = StoreText::tr("Cannot open \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return r;
}

} // namespace

LoadResult loadProject(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, LoadStatus::NotFound, StoreText::tr("the file does not exist."));
    if (!info.isFile())
        return failure(path, LoadStatus::Unreadable, StoreText::tr("it is not a file."));
    QString reason;
    const LoadStatus headerStatus = checkSqliteHeader(path, &reason);
    if (headerStatus != LoadStatus::Ok)
        return failure(path, headerStatus, reason);

    // A save cut short by a crash leaves a hot rollback journal beside the file.
    // SQLite rolls it back (restoring the last committed save) on the first read
    // with write access, which a read-only open cannot do: recover first.
    if (QFileInfo::exists(path + QStringLiteral("-journal"))) {
        SqliteDb recover;
        if (recover.open(path, SQLITE_OPEN_READWRITE) == SQLITE_OK) {
            recover.harden();
            recover.exec("SELECT count(*) FROM sqlite_master");
        }
    }

    SqliteDb file;
    if (file.open(path, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return failure(path, LoadStatus::Unreadable, file.errorMessage());
    file.harden();

    LoadResult result;
    try {
        const FileFacts facts = inspectDatabase(file);
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
    if (QString e = validateProject(result.project); !e.isEmpty()) {
        LoadResult r = failure(path, LoadStatus::InvalidContent, e);
        r.fileSchemaVersion = result.fileSchemaVersion;
        return r;
    }
    return result;
}

} // namespace cc::store
