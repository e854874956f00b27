#pragma once
// A MySQL or MariaDB connection through Qt SQL's QMYSQL driver (which Debian builds on MariaDB
// Connector/C). Statements are prepared with every value bound; the session runs in UTC
// (time_zone '+00:00'), with utf8mb4 and strict SQL mode, so that a value the column cannot hold
// is refused rather than silently truncated.
//
// Temporal columns are read through DATE_FORMAT so that microseconds survive (Qt's driver turns
// them into QDateTime, which keeps milliseconds only).

#include "core/error.h"
#include "model/value.h"
#include "workspace/workspace.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace concord {

struct MyColumn
{
    QString name;
    QString dataType;   // information_schema DATA_TYPE: int, decimal, datetime, json, ...
    QString columnType; // COLUMN_TYPE: "decimal(10,2)", "tinyint(1)", ...
    bool nullable = true;
    bool isTemporal() const;
};

class MyConnection
{
public:
    MyConnection();
    ~MyConnection();
    MyConnection(const MyConnection &) = delete;
    MyConnection &operator=(const MyConnection &) = delete;

    // Connects to a `kind: mysql` or `kind: mariadb` system: host, port (3306), database, user,
    // the password reference, `timeout:`, `options:` (QMYSQL options such as MYSQL_OPT_SSL_MODE).
    Result<void> open(const SystemDef &system, const QString &purpose);
    void close();
    bool isOpen() const;
    QString describe() const { return m_describe; }
    QSqlDatabase database() const;
    void *handle() const; // the driver's MYSQL*

    // Prepares and runs `sql` with `binds` (? placeholders). The query is kept, forward only.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    Result<void> command(const QString &sql);
    // The first cell of the first row as text; "" for none.
    Result<QString> scalar(const QString &sql, const QVariantList &binds = {});

    // The table's columns in order; SCHEMA_DRIFT when the table does not exist.
    Result<QList<MyColumn>> columns(const QString &table);
    // SCHEMA_DRIFT naming every column of `wanted` the table lacks.
    Result<QList<MyColumn>> requireColumns(const QString &table, const QStringList &wanted, const QString &what);
    // Whether the primary key or a unique index is on exactly `key`.
    Result<bool> hasUniqueKey(const QString &table, const QStringList &key);

    // The server's error number of the last failure (0 after a success).
    int lastErrno() const { return m_lastErrno; }
    // The server's own words for the last failure, without the statement ("Column 'name' cannot be
    // null [error 1048]"): what a dead letter shows a steward.
    QString lastServerMessage() const { return m_lastMessage; }
    // Whether the last failure rejects only the record(s) written: NOT NULL, too long, out of
    // range, an incorrect value, a check or foreign-key constraint.
    bool lastFailureRejectsRecord() const;
    // Asks the server to stop the statement running on this connection (KILL QUERY from a
    // second connection); thread-safe.
    void cancel();

    Error errorFor(const QSqlError &e, const QString &what);

private:
    QString m_connectionName;
    QString m_describe;
    SystemDef m_system;
    unsigned long m_threadId = 0;
    int m_lastErrno = 0;
    QString m_lastMessage;
};

// `identifier` quoted with backticks; "db.table" part by part.
QString myQuote(const QString &identifier);
// The select expression that reads `column` exactly: DATE_FORMAT for temporal columns.
QString myReadExpression(const MyColumn &column);
// A cell of a result (as read through myReadExpression) as the engine's value of `declared` type.
Value myRead(const QVariant &cell, const MyColumn &column, const FieldType &declared);
// A value as bound for a write: text the server converts to the column's type (timestamps in UTC
// without offset, booleans 1/0).
QVariant myBind(const Value &value);

} // namespace concord
