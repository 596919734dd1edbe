#pragma once

#include <QString>

namespace cc::store {

// What identifies the file a project was loaded from, so a save can tell that
// the file on disk is still that one (issue: nothing lost with two writers or a
// replaced file). Device and inode catch a file moved or copied over it by
// rename; size and modification time a change in place; SQLite's file change
// counter (incremented by every committed write) a change that kept both.
struct FileIdentity {
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 modifiedNs = 0;     // modification time, nanoseconds since 1970
    quint32 changeCounter = 0; // SQLite header offset 24; 0 when not a database
    bool hasCounter = false;

    friend bool operator==(const FileIdentity &a, const FileIdentity &b)
    {
        return a.exists == b.exists && a.device == b.device && a.inode == b.inode &&
               a.size == b.size && a.modifiedNs == b.modifiedNs &&
               a.changeCounter == b.changeCounter && a.hasCounter == b.hasCounter;
    }
    friend bool operator!=(const FileIdentity &a, const FileIdentity &b) { return !(a == b); }
};

// stat() and the SQLite header of `path`. Opens the file: never call it while
// this process has an SQLite connection to `path` open (closing any descriptor
// of a file drops every POSIX lock the process holds on it, that connection's
// included).
FileIdentity fileIdentity(const QString &path);
// stat() only (no change counter); safe while SQLite has the file open.
FileIdentity fileStat(const QString &path);
// The same file with the same size and time (the counter is not compared).
bool sameStat(const FileIdentity &a, const FileIdentity &b);
// How `now` differs from `before`, translated ("it was replaced by another
// file"); empty when they are the same.
QString describeChange(const FileIdentity &before, const FileIdentity &now);

} // namespace cc::store
