#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace cc::store {

// Thin RAII wrappers over the sqlite3 C API, so the store code reads as SQL and
// never leaks a handle on an early return.
class SqliteDb {
public:
    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    // `flags` are SQLITE_OPEN_* flags. Every connection gets the GeoPackage
    // geometry functions (models/store/gpkgfunctions.h) first. Returns the
    // sqlite result code.
    int open(const QString &path, int flags);
    int openMemory();
    // Returns the sqlite result code of sqlite3_close (the handle is gone either way).
    int close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Settings for a database whose content we do not trust (DESIGN.md "The project
    // file"): defensive mode, no extensions, no triggers or views run, no functions
    // from the schema, and an upper bound on any one string or blob.
    void harden();

    // Runs one or more statements without results. Returns the sqlite result code.
    int exec(const char *sql);
    QString errorMessage() const;
    // The message with the system's reason when the failure came from the system:
    // "database or disk is full (No space left on device)".
    QString errorMessageWithReason() const;
    int errorCode() const;
    // How long a statement waits for another connection's lock before SQLITE_BUSY.
    void setBusyTimeout(int ms);

private:
    sqlite3 *m_db = nullptr;
};

class SqliteStatement {
public:
    SqliteStatement(const SqliteDb &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    int prepareCode() const { return m_prepareCode; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bindBlob(int index, const QByteArray &value);
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Steps to completion and resets for the next bindings; the sqlite result code.
    int execute();
    void reset();

    int columnType(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareCode = 0;
};

} // namespace cc::store
