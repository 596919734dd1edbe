#pragma once

// Changing a project from the command line (import, calibrate, new --force):
// the project's lock for the whole read-modify-write, a save that refuses when
// the file is no longer the one loaded, and values printed one per line.
#include "app/cli/clicommand.h"
#include "models/store/projectlock.h"
#include "models/store/projectstore.h"

namespace cc::cli {

// How long a command waits for a project another program is changing, unless
// "--wait SECONDS" says otherwise.
constexpr int kDefaultLockWaitSeconds = 30;

struct LockedProject {
    QString path;
    store::ProjectLock lock;
    store::LoadResult loaded;
};

// Takes FILE's lock (waiting up to --wait seconds), clears temporary files a
// killed save left beside it, and loads it. Returns ExitOk, or the exit code
// after writing the reason to io.err: ExitFailure when another program holds
// the lock (naming it), ExitBadInput when the file cannot be loaded, ExitUsage
// for a bad --wait.
int openForChange(const QString &path, const ParsedArgs &args, CliStreams &io,
                  LockedProject *project);

// Saves `project` to `out`: the file it was loaded from (refused when that
// changed since), or another file, whose lock is taken first and which is
// replaced only if it stays as it was when the lock was taken. ExitOk, or
// ExitFailure with the reason written.
int saveChanged(LockedProject &loaded, const Project &project, const QString &out,
                const ParsedArgs &args, CliStreams &io);

// Takes the lock of a file about to be written that was not loaded (new
// --force). ExitOk, or the exit code with the reason written.
int lockForWrite(const QString &path, const ParsedArgs &args, CliStreams &io,
                 store::ProjectLock *lock);

// A value for a "key: value" line: one line, no escape sequences
// (models/domain/textcheck.h escapeLineValue; README "Command-line tool").
QString lineValue(const QString &value);
// A message for stderr: one line, no escape sequences.
QString oneLine(const QString &message);

} // namespace cc::cli
