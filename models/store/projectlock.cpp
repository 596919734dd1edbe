#include "models/store/projectlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

ProjectLock::ProjectLock() = default;
ProjectLock::~ProjectLock() = default;
ProjectLock::ProjectLock(ProjectLock &&) noexcept = default;
ProjectLock &ProjectLock::operator=(ProjectLock &&) noexcept = default;

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    // Two names of one file (a symbolic link) share one lock.
    const QFileInfo given(projectPath);
    const QString canonical = given.canonicalFilePath();
    const QFileInfo info(canonical.isEmpty() ? given.absoluteFilePath() : canonical);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QLatin1String("-lock"));
}

ProjectLock::Outcome ProjectLock::acquire(const QString &projectPath, int waitMs)
{
    release();
    m_holder.clear();
    auto lock = std::make_unique<QLockFile>(lockPathFor(projectPath));
    lock->setStaleLockTime(0); // stale only when its process is gone, however long a job runs
    if (lock->tryLock(std::max(0, waitMs))) {
        m_lock = std::move(lock);
        return Outcome::Locked;
    }
    if (lock->error() != QLockFile::LockFailedError)
        return Outcome::NotNeeded; // the folder does not let anyone write beside the file
    qint64 pid = 0;
    QString host, app;
    if (lock->getLockInfo(&pid, &host, &app))
        m_holder = StoreText::tr("%1 (process %2 on %3)")
                       .arg(app.isEmpty() ? StoreText::tr("another program") : app)
                       .arg(pid)
                       .arg(host);
    else
        m_holder = StoreText::tr("another program");
    return Outcome::Busy;
}

void ProjectLock::release()
{
    m_lock.reset();
}

} // namespace cc::store
