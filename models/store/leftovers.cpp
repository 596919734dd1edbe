#include "models/store/leftovers.h"

#include "models/store/atomicfile.h"
#include "models/store/sqlitedb.h"
#include "models/store/storeerror.h"
#include "models/store/storefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <optional>
#include <sqlite3.h>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

namespace {

struct Leftover {
    QString path; // "<file>-journal" or "<file>-wal"
    bool wal = false;
    QString name() const { return QFileInfo(path).fileName(); }
};

std::optional<Leftover> findLeftover(const QString &path)
{
    // A journal SQLite would roll back: not empty, header not zeroed.
    QFile journal(path + QStringLiteral("-journal"));
    char first = 0;
    if (journal.open(QIODevice::ReadOnly) && journal.getChar(&first) && first != 0)
        return Leftover{journal.fileName(), false};
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return Leftover{wal.filePath(), true};
    return std::nullopt;
}

#ifndef Q_OS_WIN
// True when another process holds an advisory lock on bytes [start, start+len)
// of `file` (len 0: to the end). Opening and closing a descriptor drops this
// process's own POSIX locks on the file: no SQLite connection of ours is open
// here.
bool lockedByOthers(const QString &file, off_t start, off_t len)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock query = {};
    query.l_type = F_WRLCK;
    query.l_whence = SEEK_SET;
    query.l_start = start;
    query.l_len = len;
    const bool held = ::fcntl(fd, F_GETLK, &query) == 0 && query.l_type != F_UNLCK;
    ::close(fd);
    return held;
}
#endif

// A live program's transaction, not a leftover: SQLite's writer holds the
// RESERVED byte (0x40000001, after PENDING 0x40000000; os_unix.c) for its whole
// transaction, and every user of a WAL database locks its index ("-shm").
bool inUse(const QString &path, const Leftover &l)
{
#ifndef Q_OS_WIN
    if (lockedByOthers(path, 0x40000000, 2))
        return true;
    return l.wal && lockedByOthers(path + QStringLiteral("-shm"), 0, 0);
#else
    Q_UNUSED(path);
    Q_UNUSED(l);
    return false;
#endif
}

bool canWriteBeside(const QString &path)
{
    const QFileInfo file(path);
#ifndef Q_OS_WIN
    // access() also says no on a read-only file system, to root as well.
    return ::access(QFile::encodeName(file.absolutePath()).constData(), W_OK) == 0 &&
           ::access(QFile::encodeName(file.absoluteFilePath()).constData(), W_OK) == 0;
#else
    return QFileInfo(file.absolutePath()).isWritable() && file.isWritable();
#endif
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

constexpr const char *kProblemNote = "problem.txt";

// A copy made by an earlier open of exactly this file and leftover, which then
// did not give a sound project; its note says what was wrong.
QString earlierCopy(const QString &path, const Leftover &l, QString *problem)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QStringList folders =
        dir.entryList({info.fileName() + QStringLiteral(".recovery-*")}, QDir::Dirs | QDir::Hidden);
    if (folders.isEmpty())
        return {};
    const QByteArray file = digest(path), leftover = digest(l.path);
    for (const QString &name : folders) {
        const QDir folder(dir.filePath(name));
        QFile note(folder.filePath(QLatin1String(kProblemNote)));
        if (!note.open(QIODevice::ReadOnly))
            continue;
        if (digest(folder.filePath(l.name())) == leftover &&
            digest(folder.filePath(info.fileName())) == file) {
            *problem = QString::fromUtf8(note.readAll()).trimmed();
            return folder.absolutePath();
        }
    }
    return {};
}

QString newCopyFolder(const QString &path)
{
    const QString base = QFileInfo(path).absoluteFilePath() + QStringLiteral(".recovery-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString folder = base;
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = base + QLatin1Char('-') + QString::number(n);
    return folder;
}

// Opens with write access (SQLite applies the leftover), brings a WAL database
// back to a single file, and checks the result. Empty, or what is wrong.
QString applyAndCheck(const QString &path, bool wal)
{
    SqliteDb db;
    if (db.open(path, SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return db.errorMessageWithReason();
    db.harden();
    db.setBusyTimeout(2000);
    if (db.exec("SELECT count(*) FROM sqlite_master") != SQLITE_OK)
        return db.errorMessageWithReason();
    if (wal && (db.exec("PRAGMA wal_checkpoint(TRUNCATE)") != SQLITE_OK ||
                db.exec("PRAGMA journal_mode = DELETE") != SQLITE_OK))
        return db.errorMessageWithReason();
    {
        SqliteStatement check(db, "PRAGMA integrity_check(1)");
        if (!check.isValid() || check.step() != SQLITE_ROW)
            return db.errorMessage();
        if (check.text(0) != QLatin1String("ok"))
            return check.text(0).left(200);
    }
    try {
        inspectDatabase(db);
    } catch (const StoreError &e) {
        return e.reason;
    }
    if (db.close() != SQLITE_OK)
        return StoreText::tr("the database could not be closed.");
    return {};
}

QString putBack(const QString &path, const QString &folder, const Leftover &l)
{
    const QDir copies(folder);
    if (QString e = copyFileAtomically(copies.filePath(QFileInfo(path).fileName()), path);
        !e.isEmpty())
        return e;
    QFile::remove(l.path);
    QFile::remove(path + QStringLiteral("-shm"));
    return copyFileAtomically(copies.filePath(l.name()), l.path);
}

QString unsound(const Leftover &l, const QString &problem, const QString &folder)
{
    return StoreText::tr("applying \"%1\" beside it (left by an interrupted save, or by another "
                         "database) does not give a sound project (%2). The file and \"%1\" were "
                         "left as they were; copies of both are in \"%3\". To open the file "
                         "without it, move \"%1\" elsewhere.")
        .arg(l.name(), problem, QDir::toNativeSeparators(folder));
}

} // namespace

LeftoverOutcome applyLeftovers(const QString &path)
{
    LeftoverOutcome out;
    const std::optional<Leftover> leftover = findLeftover(path);
    if (!leftover || inUse(path, *leftover))
        return out;
    const Leftover &l = *leftover;
    out.status = LoadStatus::RecoveryNeeded;
    if (!canWriteBeside(path)) {
        out.reason =
            l.wal ? StoreText::tr("changes in \"%1\" beside it have not yet been written into the "
                                  "file, and that can only be done where CountyCare may write, "
                                  "but the folder or the file is read-only. Copy the file "
                                  "together with \"%1\" to a folder you can write to and open it "
                                  "there.")
                        .arg(l.name())
                  : StoreText::tr("an interrupted save left \"%1\" beside it, and the save can "
                                  "only be rolled back where CountyCare may write, but the folder "
                                  "or the file is read-only. Copy the file together with \"%1\" "
                                  "to a folder you can write to and open it there.")
                        .arg(l.name());
        return out;
    }
    QString earlierProblem;
    if (const QString folder = earlierCopy(path, l, &earlierProblem); !folder.isEmpty()) {
        out.reason = unsound(l, earlierProblem, folder);
        return out;
    }

    const QString folder = newCopyFolder(path);
    QDir copies(folder);
    QString error;
    if (!QDir().mkpath(folder))
        error = StoreText::tr("the folder %1 cannot be made").arg(QDir::toNativeSeparators(folder));
    if (error.isEmpty())
        error = copyFileAtomically(path, copies.filePath(QFileInfo(path).fileName()));
    if (error.isEmpty())
        error = copyFileAtomically(l.path, copies.filePath(l.name()));
    if (!error.isEmpty()) {
        copies.removeRecursively();
        out.reason = StoreText::tr("\"%1\" beside it holds changes that were not finished, but no "
                                   "safety copy could be made before applying them (%2). Free "
                                   "some space and try again.")
                         .arg(l.name(), error);
        return out;
    }

    if (const QString problem = applyAndCheck(path, l.wal); !problem.isEmpty()) {
        writeFileAtomically(copies.filePath(QLatin1String(kProblemNote)), problem.toUtf8());
        out.reason = unsound(l, problem, folder);
        if (const QString e = putBack(path, folder, l); !e.isEmpty())
            out.reason +=
                QLatin1Char(' ') +
                StoreText::tr("Putting them back failed (%1): take them from that folder.").arg(e);
        return out;
    }
    out.status = LoadStatus::Ok;
    const QString kept = QDir::toNativeSeparators(folder);
    out.recovered =
        l.wal ? StoreText::tr("changes waiting in \"%1\" were written into the file; the file as "
                              "found is kept in \"%2\".")
                    .arg(l.name(), kept)
              : StoreText::tr("an interrupted save was rolled back with \"%1\": the file is as it "
                              "was last saved; the file as found is kept in \"%2\".")
                    .arg(l.name(), kept);
    return out;
}

} // namespace cc::store
