#include "demo/demosqlite.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace concord::demo {

Statement::Statement(sqlite3 *db, const char *sql)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void Statement::bind(int i, const std::string &v)
{
    sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int i, const OptText &v)
{
    if (v.present)
        bind(i, v.text);
    else
        sqlite3_bind_null(m_stmt, i);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE;
}

Database::Database(const QString &path)
    : m_path(path)
{
}

Database::~Database()
{
    if (m_inTransaction)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(m_db);
}

Result<void> Database::open()
{
    if (QFileInfo::exists(m_path))
        return makeError(ErrorCode::ConfigInvalid,
            QStringLiteral("%1 already exists; the demo never overwrites a file").arg(m_path));
    // SQLite takes UTF-8 file names on every platform.
    const int rc = sqlite3_open_v2(
        m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
        return failure("open");
    if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure("start a transaction in");
    m_inTransaction = true;
    return {};
}

Result<void> Database::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure("create the tables and indexes of");
    return {};
}

Result<void> Database::commit()
{
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure("commit");
    m_inTransaction = false;
    return {};
}

Error Database::failure(const char *what) const
{
    const QString reason
        = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    return makeError(ErrorCode::ConfigInvalid,
        QStringLiteral("cannot %1 %2: %3").arg(QLatin1String(what), m_path, reason));
}

} // namespace concord::demo
