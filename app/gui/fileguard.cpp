#include "app/gui/fileguard.h"

namespace cc {

bool FileGuard::lock(const QString &path, QString *holder)
{
    if (m_lock.acquire(path, 0) == store::ProjectLock::Outcome::Busy) {
        if (holder)
            *holder = m_lock.holder();
        return false;
    }
    // Locked, or a folder nobody can write beside: nothing to coordinate with.
    return true;
}

} // namespace cc
