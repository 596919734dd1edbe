#include "models/store/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

namespace {

// Painters write in small pieces; one system call per 64 KiB keeps them fast.
constexpr qint64 kBufferBytes = 64 * 1024;

QString temporaryPrefix(const QString &targetPath)
{
    return QFileInfo(targetPath).fileName() + QStringLiteral(".tmp-");
}

// QTemporaryFile creates the name safely (O_EXCL); opened unbuffered, every
// write reaches the system at once and its error comes back with it.
class UnbufferedTemporaryFile : public QTemporaryFile {
public:
    using QTemporaryFile::QTemporaryFile;
    bool openUnbuffered() { return QTemporaryFile::open(QIODevice::ReadWrite | Unbuffered); }
};

#ifndef Q_OS_WIN
QString syncPath(const QString &path, int flags)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return systemReason(errno);
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    // A file system that cannot sync (EINVAL) has nothing more to write out.
    return rc == 0 || savedErrno == EINVAL ? QString() : systemReason(savedErrno);
}
#endif

} // namespace

QString systemReason(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

// --- TemporarySibling ---

TemporarySibling::~TemporarySibling()
{
    remove();
}

bool TemporarySibling::create(const QString &target, QString *error)
{
    remove();
    const QFileInfo info(target);
    auto file = std::make_unique<UnbufferedTemporaryFile>(info.absoluteFilePath() +
                                                          QStringLiteral(".tmp-XXXXXX"));
    file->setAutoRemove(false);
    if (!file->openUnbuffered()) {
        *error = StoreText::tr("cannot create a file in %1 (%2).")
                     .arg(QDir::toNativeSeparators(info.absolutePath()), file->errorString());
        return false;
    }
    m_path = file->fileName();
#ifndef Q_OS_WIN
    m_lockFd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_lockFd >= 0)
        ::flock(m_lockFd, LOCK_EX | LOCK_NB); // a fresh name: nobody else holds it
#endif
    // QTemporaryFile creates owner-only files; the result keeps the target's
    // permissions, or gets the usual ones of a document.
    QFile::setPermissions(m_path, info.exists()
                                      ? QFile::permissions(info.absoluteFilePath())
                                      : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                            QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    m_file = std::move(file);
    return true;
}

void TemporarySibling::unlock()
{
#ifndef Q_OS_WIN
    if (m_lockFd >= 0)
        ::close(m_lockFd);
#endif
    m_lockFd = -1;
}

void TemporarySibling::remove()
{
    if (m_file)
        m_file->close();
    m_file.reset();
    if (!m_path.isEmpty()) {
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral("-journal"));
    }
    m_path.clear();
    unlock();
}

void TemporarySibling::release()
{
    if (m_file)
        m_file->close();
    m_file.reset();
    m_path.clear();
    unlock();
}

int removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    const QDir dir = info.absoluteDir();
    const QString prefix = temporaryPrefix(target);
    int removed = 0;
    const QStringList names =
        dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (name.endsWith(QLatin1String("-journal")))
            continue; // removed with its database, or below when that is gone
        const QString path = dir.filePath(name);
#ifndef Q_OS_WIN
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        // A live writer holds its claim (TemporarySibling); a killed one's is gone.
        const bool stale = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        if (stale && QFile::remove(path)) {
            QFile::remove(path + QStringLiteral("-journal"));
            ++removed;
        }
        ::close(fd);
#else
        if (QFile::remove(path)) {
            QFile::remove(path + QStringLiteral("-journal"));
            ++removed;
        }
#endif
    }
    // A journal whose temporary database is gone belongs to nobody.
    for (const QString &name : names)
        if (name.endsWith(QLatin1String("-journal")) &&
            !dir.exists(name.left(name.size() - int(qstrlen("-journal")))) &&
            QFile::remove(dir.filePath(name)))
            ++removed;
    return removed;
}

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
        return systemReason(errno);
    syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY); // best effort
    return {};
#endif
}

// --- AtomicFile ---

AtomicFile::AtomicFile(const QString &path) : m_path(path) {}

AtomicFile::~AtomicFile()
{
    discardTemporary();
}

bool AtomicFile::open(OpenMode mode)
{
    if (isOpen() || (mode & ~(WriteOnly | Text | Truncate)) || !(mode & WriteOnly)) {
        setErrorString(StoreText::tr("the file can only be opened once, for writing."));
        return false;
    }
    m_error.clear();
    m_buffer.clear();
    m_bufferStart = m_size = 0;
    const QFileInfo info(m_path);
    m_targetPath = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    const QFileInfo target(m_targetPath);
    if (target.isDir()) {
        setErrorString(StoreText::tr("it is a folder."));
        return false;
    }
    if (target.exists() && !target.isWritable()) {
        setErrorString(StoreText::tr("the existing file is read-only."));
        return false;
    }
    removeStaleTemporaries(m_targetPath);
    QString error;
    if (!m_temp.create(m_targetPath, &error)) {
        setErrorString(error);
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

void AtomicFile::setFailure(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason.isEmpty() ? StoreText::tr("the file could not be written.") : reason;
    setErrorString(m_error);
}

bool AtomicFile::flushBuffer()
{
    if (failed())
        return false;
    QFile *file = m_temp.file();
    qint64 done = 0;
    while (done < m_buffer.size()) {
        const qint64 n = file->write(m_buffer.constData() + done, m_buffer.size() - done);
        if (n <= 0) {
            setFailure(file->errorString());
            return false;
        }
        done += n;
    }
    m_size = std::max(m_size, m_bufferStart + done);
    m_bufferStart += done;
    m_buffer.clear();
    return true;
}

qint64 AtomicFile::writeData(const char *data, qint64 size)
{
    if (failed() || !m_temp.file())
        return -1;
    if (m_buffer.isEmpty())
        m_bufferStart = m_temp.file()->pos();
    m_buffer.append(data, size);
    if (m_buffer.size() >= kBufferBytes && !flushBuffer())
        return -1;
    return size;
}

qint64 AtomicFile::readData(char *, qint64)
{
    return -1;
}

qint64 AtomicFile::size() const
{
    return std::max(m_size, m_bufferStart + m_buffer.size());
}

bool AtomicFile::seek(qint64 pos)
{
    if (!isOpen() || failed() || !flushBuffer())
        return false;
    if (!m_temp.file()->seek(pos)) {
        setFailure(m_temp.file()->errorString());
        return false;
    }
    return QIODevice::seek(pos);
}

bool AtomicFile::commit()
{
    if (!isOpen()) {
        if (!failed())
            setFailure(StoreText::tr("the file was not open."));
        return false;
    }
    QFile *file = m_temp.file();
    if (flushBuffer()) {
#ifndef Q_OS_WIN
        if (::fsync(file->handle()) != 0 && errno != EINVAL)
            setFailure(systemReason(errno));
#endif
    }
    if (!failed()) {
        file->close();
        if (file->error() != QFileDevice::NoError)
            setFailure(file->errorString());
    }
    if (!failed()) {
        // Synced above; the rename and the folder sync remain.
        if (QString e = replaceFile(m_temp.path(), m_targetPath); !e.isEmpty())
            setFailure(e);
    }
    if (failed()) {
        discardTemporary();
        QIODevice::close();
        return false;
    }
    m_temp.release();
    QIODevice::close();
    return true;
}

void AtomicFile::discardTemporary()
{
    m_temp.remove();
    m_buffer.clear();
}

void AtomicFile::cancel()
{
    discardTemporary();
    if (isOpen())
        QIODevice::close();
}

void AtomicFile::close()
{
    cancel();
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(bytes);
    if (!file.commit())
        return file.errorString();
    return {};
}

QString copyFileAtomically(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return source.errorString();
    AtomicFile target(to);
    if (!target.open(QIODevice::WriteOnly))
        return target.errorString();
    QByteArray chunk;
    while (!(chunk = source.read(1024 * 1024)).isEmpty())
        if (target.write(chunk) != chunk.size())
            break;
    if (source.error() != QFileDevice::NoError) {
        target.cancel();
        return source.errorString();
    }
    if (!target.commit())
        return target.errorString();
    return {};
}

} // namespace cc::store
