#pragma once

#include "models/store/fileidentity.h"
#include "models/store/projectlock.h"

#include <QString>

namespace cc {

// Guards the open project file against the two ways colleagues' work collides:
// another program changing it at the same time (the store's project lock,
// models/store/projectlock.h, which countycare-cli takes too; held while the
// project is open for editing), and another program changing or replacing the
// file on disk after it was opened (the identity of the file as loaded or last
// saved, which the store's save checks, models/store/fileidentity.h).
class FileGuard {
public:
    // Takes the lock of `path` without waiting; false, with who holds it, when
    // another live program does. Releases any lock held before.
    bool lock(const QString &path, QString *holder);
    void release() { m_lock.release(); }
    bool isLocked() const { return m_lock.isLocked(); }

    // The file as just read or written; the next save refuses when it is no
    // longer this one.
    void remember(const store::FileIdentity &identity) { m_identity = identity; }
    const store::FileIdentity &identity() const { return m_identity; }

private:
    store::ProjectLock m_lock;
    store::FileIdentity m_identity;
};

} // namespace cc
