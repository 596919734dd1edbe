#include "app/gui/fileguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cc {

QString FileGuard::lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QLatin1String("-lock"));
}

bool FileGuard::lock(const QString &path, QString *holder)
{
    release();
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            if (lock->getLockInfo(&pid, &host, &app) && holder)
                *holder = QCoreApplication::translate("cc::FileGuard", "process %1 on %2")
                              .arg(pid)
                              .arg(host);
            return false;
        }
        // The folder is read-only or similar: nothing to coordinate with.
        return true;
    }
    m_lock = std::move(lock);
    return true;
}

void FileGuard::release()
{
    m_lock.reset();
}

void FileGuard::remember(const QString &path)
{
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    m_modified = info.lastModified();
    m_size = info.exists() ? info.size() : -1;
}

bool FileGuard::changedOnDisk(const QString &path) const
{
    const QFileInfo info(path);
    if (info.absoluteFilePath() != m_path)
        return false; // not the file we read
    return !info.exists() || info.lastModified() != m_modified || info.size() != m_size;
}

} // namespace cc
