#include "app/cli/cliproject.h"

#include "models/domain/textcheck.h"
#include "models/store/atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cc::cli {

namespace {

// Translation context of the command-line tool (lupdate reads CliText::tr calls).
class CliText {
    Q_DECLARE_TR_FUNCTIONS(cc::Cli)
};

// --wait SECONDS in milliseconds; -1 when it is not a number from 0 to 3600.
int waitMs(const ParsedArgs &args)
{
    if (!args.options.contains(QStringLiteral("wait")))
        return kDefaultLockWaitSeconds * 1000;
    bool ok = false;
    const double seconds = args.value(QStringLiteral("wait")).toDouble(&ok);
    if (!ok || !(seconds >= 0 && seconds <= 3600))
        return -1;
    return static_cast<int>(seconds * 1000);
}

int takeLock(const QString &path, const ParsedArgs &args, CliStreams &io, store::ProjectLock *lock)
{
    const int wait = waitMs(args);
    if (wait < 0) {
        io.err << "countycare-cli: "
               << CliText::tr("--wait must be a number of seconds from 0 to 3600") << '\n';
        return ExitUsage;
    }
    if (lock->acquire(path, wait) == store::ProjectLock::Outcome::Busy) {
        io.err << oneLine(CliText::tr("%1 is being changed by %2; gave up after waiting %3 s. "
                                      "Try again when it is done, or pass --wait SECONDS.")
                              .arg(path, lock->holder())
                              .arg(wait / 1000.0))
               << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a), y(b);
    if (x.absoluteFilePath() == y.absoluteFilePath())
        return true;
    return x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath();
}

int reportSave(const store::SaveResult &saved, CliStreams &io)
{
    if (saved.ok)
        return ExitOk;
    io.err << oneLine(saved.message) << '\n';
    return ExitFailure;
}

} // namespace

int openForChange(const QString &path, const ParsedArgs &args, CliStreams &io,
                  LockedProject *project)
{
    project->path = path;
    if (const int code = takeLock(path, args, io, &project->lock))
        return code;
    store::removeStaleTemporaries(QFileInfo(path).absoluteFilePath());
    project->loaded = store::loadProject(path);
    if (!project->loaded.ok()) {
        io.err << oneLine(project->loaded.message) << '\n';
        return ExitBadInput;
    }
    return ExitOk;
}

int saveChanged(LockedProject &loaded, const Project &project, const QString &out,
                const ParsedArgs &args, CliStreams &io)
{
    if (sameFile(out, loaded.path))
        return reportSave(store::saveProject(project, out, loaded.loaded.identity), io);
    store::ProjectLock outLock;
    if (const int code = takeLock(out, args, io, &outLock))
        return code;
    return reportSave(store::saveProject(project, out, store::fileIdentity(out)), io);
}

int lockForWrite(const QString &path, const ParsedArgs &args, CliStreams &io,
                 store::ProjectLock *lock)
{
    return takeLock(path, args, io, lock);
}

QString lineValue(const QString &value)
{
    return escapeLineValue(value);
}

QString oneLine(const QString &message)
{
    return escapeLineValue(message.simplified());
}

} // namespace cc::cli
