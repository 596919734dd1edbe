#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <memory>

namespace cc {

// Guards the open project file against the two ways colleagues' work collides:
// another CountyCare instance editing the same file (a lock file beside it,
// ".name.ccplan-lock", with the holder's process id; stale locks of dead
// processes are taken over), and another program changing the file on disk
// after it was opened (its size and modification time are remembered).
class FileGuard {
public:
    // Takes the lock of `path`; false, with who holds it, when another live
    // instance does. Releases any lock held before.
    bool lock(const QString &path, QString *holder);
    void release();
    bool isLocked() const { return m_lock != nullptr; }

    // Remembers the file's state as just read or written.
    void remember(const QString &path);
    // True when the file was changed (or removed) since remember().
    bool changedOnDisk(const QString &path) const;

    static QString lockPathFor(const QString &path);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
    QDateTime m_modified;
    qint64 m_size = -1;
};

} // namespace cc
