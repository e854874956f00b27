#pragma once
// An SQLite database opened through Qt SQL (QSQLITE), with access to its sqlite3 handle for the
// batched fast path (prepared statements stepped in one transaction, no QVariant per value).
// Qt's driver and this code link the same system SQLite.

#include "core/error.h"
#include "model/value.h"

#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace concord {

class SqliteHandle
{
public:
    SqliteHandle();
    ~SqliteHandle();
    SqliteHandle(const SqliteHandle &) = delete;
    SqliteHandle &operator=(const SqliteHandle &) = delete;

    // `busyTimeoutMs`: how long a statement waits for another connection's lock before failing
    // with SYNC_TIMEOUT (the system's `timeout:`).
    Result<void> open(const QString &path, bool readOnly, int busyTimeoutMs = 5000);
    void close();
    sqlite3 *db() const { return m_db; }
    QString lastError() const;
    // Classifies the handle's last error: busy/locked/IO -> transient (the run fails and is
    // retried), constraint/mismatch -> the record is rejected.
    Error errorFor(int rc, const QString &what) const;
    Result<void> exec(const QString &sql);

    struct Column
    {
        QString name;
        int primaryKeyPosition = 0; // 1-based position in the primary key, 0 if not part of it
        QString type;               // as declared: "INTEGER", "TEXT", "NUMERIC(10,2)", "" if none
    };
    // The table's columns; SCHEMA_DRIFT if the table does not exist.
    Result<QList<Column>> columns(const QString &table) const;
    // SCHEMA_DRIFT naming every column of `wanted` the table lacks.
    Result<void> requireColumns(const QString &table, const QStringList &wanted) const;

private:
    QString m_connection;
    sqlite3 *m_db = nullptr;
};

// A prepared statement, finalized on destruction.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    Result<void> prepare(const SqliteHandle &db, const QString &sql);
    sqlite3_stmt *get() const { return m_stmt; }
    void reset();
    void finalize();

private:
    sqlite3_stmt *m_stmt = nullptr;
};

namespace sqlite {

// Binds a Value at 1-based `index`; SQLite copies what it needs.
int bind(sqlite3_stmt *stmt, int index, const Value &value);

// Binds a whole row without any allocation: text forms are encoded into one reusable buffer that
// stays untouched until the statement has been stepped, so SQLite can use it in place.
class RowBinder
{
public:
    int bindRow(sqlite3_stmt *stmt, const std::vector<Value> &values);

private:
    std::vector<char> m_buffer;
};
// Reads column `col` as the declared type where that is cheap and exact (decimal and timestamp
// text parsed straight from UTF-8); anything that does not parse stays a string, so that the
// mapping reports the TYPE_MISMATCH with the offending text.
Value read(sqlite3_stmt *stmt, int col, const FieldType &declared);

// Binds a position cell ["i"|"f"|"t"|"b"|"n", text] exactly as the column stored it.
int bindRawJson(sqlite3_stmt *stmt, int index, const QJsonValue &raw);

} // namespace sqlite

} // namespace concord
