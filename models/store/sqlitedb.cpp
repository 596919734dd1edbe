#include "models/store/sqlitedb.h"

#include "models/store/atomicfile.h"
#include "models/store/gpkgfunctions.h"

#include <cerrno>
#include <sqlite3.h>

namespace cc::store {

namespace {
// No single string or blob in a project file is anywhere near this; a file that
// claims one is refused instead of allocating it.
constexpr int kMaxValueBytes = 64 * 1024 * 1024;
} // namespace

SqliteDb::~SqliteDb()
{
    close();
}

int SqliteDb::open(const QString &path, int flags)
{
    close();
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, flags, nullptr);
    if (m_db)
        sqlite3_extended_result_codes(m_db, 0);
    // Before anything else runs on the connection: the spatial-index triggers
    // of the layers (CountyCare's own and other programs') call these, and a
    // statement on a layer with triggers cannot even be prepared without them.
    if (rc == SQLITE_OK)
        return registerGeometryFunctions(m_db);
    return rc;
}

int SqliteDb::openMemory()
{
    close();
    const int rc =
        sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    return rc == SQLITE_OK ? registerGeometryFunctions(m_db) : rc;
}

int SqliteDb::close()
{
    if (!m_db)
        return SQLITE_OK;
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK)
        sqlite3_close_v2(m_db); // statements are all finalized by RAII; this is a fallback
    m_db = nullptr;
    return rc;
}

void SqliteDb::harden()
{
    if (!m_db)
        return;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    exec("PRAGMA trusted_schema = OFF");
}

int SqliteDb::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

QString SqliteDb::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

QString SqliteDb::errorMessageWithReason() const
{
    int systemError = m_db ? sqlite3_system_errno(m_db) : 0;
    // SQLite reports a full disk as SQLITE_FULL "not a system error" (os_unix.c
    // clears errno): name it as the system would.
    if (systemError == 0 && (errorCode() & 0xff) == SQLITE_FULL)
        systemError = ENOSPC;
    if (systemError == 0)
        return errorMessage();
    return QStringLiteral("%1 (%2)").arg(errorMessage(), systemReason(systemError));
}

void SqliteDb::setBusyTimeout(int ms)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, ms);
}

int SqliteDb::errorCode() const
{
    return m_db ? sqlite3_errcode(m_db) : SQLITE_MISUSE;
}

SqliteStatement::SqliteStatement(const SqliteDb &db, const char *sql)
{
    m_prepareCode = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (m_prepareCode != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}
void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int SqliteStatement::step()
{
    return m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
}

int SqliteStatement::execute()
{
    int rc = step();
    while (rc == SQLITE_ROW)
        rc = step();
    reset();
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}
qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QString::fromUtf8(p, n) : QString();
}

QByteArray SqliteStatement::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArray(static_cast<const char *>(p), n) : QByteArray();
}

} // namespace cc::store
