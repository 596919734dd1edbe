#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>
#include <memory>

namespace cc::store {

// A uniquely named temporary file beside `target` ("<name>.tmp-XXXXXX"),
// created empty and held (an advisory flock on POSIX) as long as this object
// lives, so removeStaleTemporaries() in another process can tell it from one a
// killed program left behind.
class TemporarySibling {
public:
    TemporarySibling() = default;
    ~TemporarySibling();
    TemporarySibling(const TemporarySibling &) = delete;
    TemporarySibling &operator=(const TemporarySibling &) = delete;

    // Creates the file with the permissions of `target` (or rw-r--r--) and opens it
    // for writing. False with `error` set when the folder does not allow it.
    bool create(const QString &target, QString *error);
    QString path() const { return m_path; }
    QFile *file() { return m_file.get(); }
    // Removes the file (and a journal SQLite may have left beside it).
    void remove();
    // The file was renamed over its target: nothing to remove any more.
    void release();

private:
    void unlock();

    std::unique_ptr<QFile> m_file; // opened for writing, unbuffered
    QString m_path;
    int m_lockFd = -1; // holds the flock (POSIX); a separate descriptor, so closing
                       // m_file before the rename keeps the claim
};

// Writes one file all or nothing (DESIGN.md: every file CountyCare writes is
// written atomically). The bytes go to a temporary file beside the target
// ("<name>.tmp-XXXXXX"); commit() flushes, syncs and renames it over the target.
// Every write, the flush, the sync, the close and the rename are checked: the
// first failure is kept with the system's reason ("No space left on device"),
// later writes are refused, and commit() then removes the temporary file and
// leaves the previous target (if any) as it was.
//
// Painters and image writers that do not look at write errors (QPdfWriter,
// QSvgGenerator, QImageWriter, QTextStream) can write to it as a QIODevice; the
// error waits for commit(), which is the one place a caller must check.
//
// QSaveFile was not enough: on a full disk the outputs written through it were
// renamed into place truncated and reported as written, or failed with
// "Unknown error" (issue 18): it does not check the sync, a failure of the
// final flush does not reach commit(), and its reason is cleared on failure.
class AtomicFile : public QIODevice {
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile() override; // not committed: the temporary file is removed

    // Only WriteOnly (optionally with Text) is supported.
    bool open(OpenMode mode = WriteOnly) override;
    // Writes everything out and replaces the target. False, with errorString()
    // set and the temporary file removed, when anything failed on the way.
    bool commit();
    // Drops what was written; the target stays as it was.
    void cancel();

    QString fileName() const { return m_path; }
    bool failed() const { return !m_error.isEmpty(); }

    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    // Same as cancel(): a file is only kept by commit().
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool flushBuffer();
    void setFailure(const QString &reason);
    void discardTemporary();

    QString m_path;       // the target as given
    QString m_targetPath; // the file actually replaced (a symbolic link's target)
    TemporarySibling m_temp;
    QByteArray m_buffer;      // bytes not yet written, from m_bufferStart on
    qint64 m_bufferStart = 0; // file offset of the buffer
    qint64 m_size = 0;        // bytes in the file so far (buffer not counted)
    QString m_error;          // the first failure, as the system said it
};

// Writes `bytes` to `path` through AtomicFile; empty, or the system's reason.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

// Copies `from` to `to` through AtomicFile (synced, all or nothing). Empty, or
// the system's reason.
QString copyFileAtomically(const QString &from, const QString &to);

// Syncs `from` to disk, moves it over `to` in one step and syncs the folder so
// the rename survives a power cut. Empty, or the system's reason.
QString replaceFile(const QString &from, const QString &to);

// Removes temporary files a killed save left beside `target` ("<name>.tmp-*" and
// their journals); files another live program is still writing are kept.
// Returns how many were removed.
int removeStaleTemporaries(const QString &target);

// The system's message for an errno value ("No space left on device").
QString systemReason(int errorNumber);

} // namespace cc::store
