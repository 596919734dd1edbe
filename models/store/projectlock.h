#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace cc::store {

// One writer at a time, for the GUI and the command-line tool alike: whoever
// changes a project holds its lock file (".<name>.ccplan-lock" beside it, with
// the holder's process id, host and program) for the whole read-modify-write.
// The GUI holds it as long as the project is open for editing; countycare-cli
// from loading to saving. A lock whose process is gone is taken over.
class ProjectLock {
public:
    enum class Outcome {
        Locked,   // held by this object now
        Busy,     // another live program holds it (holder() says who)
        NotNeeded // no lock file can be made (read-only folder): nothing can write there
    };

    ProjectLock();
    ~ProjectLock();
    ProjectLock(ProjectLock &&) noexcept;
    ProjectLock &operator=(ProjectLock &&) noexcept;

    // Waits up to `waitMs` (0: only tries) for the lock of `projectPath`.
    // Releases a lock held before.
    Outcome acquire(const QString &projectPath, int waitMs);
    void release();
    bool isLocked() const { return m_lock != nullptr; }
    // After Busy: who holds it, translated ("countycare-cli (process 4242 on pc-01)").
    QString holder() const { return m_holder; }

    static QString lockPathFor(const QString &projectPath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_holder;
};

} // namespace cc::store
