#include "models/store/projectstore.h"

#include "models/domain/validation.h"
#include "models/store/projectwriter.h"
#include "models/store/schema.h"
#include "models/store/sqlitedb.h"
#include "models/store/storeerror.h"
#include "models/store/storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <sqlite3.h>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

namespace {

SaveResult saveFailure(const QString &path, const QString &reason)
{
    return {false,
            StoreText::tr("Cannot save \"%1\": %2").arg(QDir::toNativeSeparators(path), reason)};
}

// Creates the schema and writes every row in one transaction.
QString writeNewFile(const QString &path, const Project &project)
{
    SqliteDb db;
    if (db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
        return db.errorMessage();
    db.harden();
    if (db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return db.errorMessage();
    QString error = createSchema(db);
    if (error.isEmpty()) {
        try {
            writeProject(db, project);
        } catch (const StoreError &e) {
            error = e.reason;
        }
    }
    if (error.isEmpty() && db.exec("COMMIT") != SQLITE_OK)
        error = db.errorMessage();
    if (!error.isEmpty()) {
        db.exec("ROLLBACK");
        return error;
    }
    if (db.close() != SQLITE_OK)
        return StoreText::tr("the database could not be closed.");
    return {};
}

#ifndef Q_OS_WIN
QString syncPath(const QString &path, int flags)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    return rc == 0 ? QString() : QString::fromLocal8Bit(std::strerror(savedErrno));
}
#endif

// Flushes `from` to disk and moves it over `to` in one step, then flushes the folder
// so the rename itself survives a power cut.
QString replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    const std::wstring src = QDir::toNativeSeparators(from).toStdWString();
    const std::wstring dst = QDir::toNativeSeparators(to).toStdWString();
    if (!::MoveFileExW(src.c_str(), dst.c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return StoreText::tr("the file could not be replaced (error %1).").arg(::GetLastError());
    return {};
#else
    if (QString e = syncPath(from, O_RDONLY); !e.isEmpty())
        return e;
    const QByteArray src = QFile::encodeName(from), dst = QFile::encodeName(to);
    if (::rename(src.constData(), dst.constData()) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY); // best effort
    return {};
#endif
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

// A Save As killed before its rename leaves "<name>.tmp-XXXXXX" (and maybe its
// journal) beside the target; the next Save As of the same file clears them so
// they do not pile up. Two programs saving the same file at once are already
// in conflict, so no live writer's file is taken away in practice.
void removeStaleTemporaries(const QFileInfo &target)
{
    const QString prefix = target.fileName() + QStringLiteral(".tmp-");
    const QDir dir = target.absoluteDir();
    for (const QString &name :
         dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
}

} // namespace

SaveResult saveProjectAs(const Project &project, const QString &path)
{
    if (QString e = validateProject(project); !e.isEmpty())
        return saveFailure(path, e);
    const QFileInfo target(path);
    removeStaleTemporaries(target);
    QTemporaryFile temp(target.absoluteFilePath() + QStringLiteral(".tmp-XXXXXX"));
    temp.setAutoRemove(false);
    if (!temp.open())
        return saveFailure(
            path, StoreText::tr("cannot create a file in %1 (%2).")
                      .arg(QDir::toNativeSeparators(target.absolutePath()), temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    // QTemporaryFile creates owner-only files; a project file keeps the target's
    // permissions, or gets the usual ones for a document.
    QFile::setPermissions(tempPath, target.exists() ? QFile::permissions(target.absoluteFilePath())
                                                    : QFile::ReadOwner | QFile::WriteOwner |
                                                          QFile::ReadUser | QFile::WriteUser |
                                                          QFile::ReadGroup | QFile::ReadOther);
    QString error = writeNewFile(tempPath, project);
    if (error.isEmpty())
        error = replaceFile(tempPath, target.absoluteFilePath());
    if (!error.isEmpty()) {
        QFile::remove(tempPath);
        QFile::remove(tempPath + QStringLiteral("-journal"));
        return saveFailure(path, error);
    }
    return {true, {}};
}

SaveResult saveProject(const Project &project, const QString &path)
{
    if (!QFileInfo::exists(path))
        return saveProjectAs(project, path);
    if (QString e = validateProject(project); !e.isEmpty())
        return saveFailure(path, e);

    SqliteDb db;
    if (db.open(path, SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return saveFailure(path, db.errorMessage());
    db.harden();
    QString reason;
    if (checkSqliteHeader(path, &reason) != LoadStatus::Ok || !isCurrentProject(db)) {
        db.close();
        return saveProjectAs(project, path);
    }
    if (db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return saveFailure(path, db.errorMessage());
    QString error;
    try {
        clearProject(db);
        writeProject(db, project);
    } catch (const StoreError &e) {
        error = e.reason;
    }
    if (error.isEmpty() && db.exec("COMMIT") != SQLITE_OK)
        error = db.errorMessage();
    if (!error.isEmpty()) {
        db.exec("ROLLBACK");
        return saveFailure(path, error);
    }
    if (db.close() != SQLITE_OK)
        return saveFailure(path, StoreText::tr("the database could not be closed."));
    return {true, {}};
}

} // namespace cc::store
