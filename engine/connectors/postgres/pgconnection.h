#pragma once
// A PostgreSQL connection opened through Qt SQL's QPSQL driver, with access to the driver's libpq
// handle for what Qt SQL has no API for: statements with typed parameters in libpq's extended
// protocol (no per-value QVariant, no literal formatting), COPY, and logical decoding. Qt's driver
// and this code link the same libpq.
//
// Every session runs with TimeZone UTC and ISO dates, so that timestamps read back as text parse
// the same whatever the server's defaults.

#include "core/error.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct pg_conn;
struct pg_result;

namespace concord {

// Parameters of one statement, as text (libpq's text format), bound as $1, $2, ...
class PgParams
{
public:
    void clear() { m_values.clear(); m_null.clear(); }
    void reserve(std::size_t n) { m_values.reserve(n); m_null.reserve(n); }
    void add(QByteArray text) { m_values.push_back(std::move(text)); m_null.push_back(false); }
    void addNull() { m_values.emplace_back(); m_null.push_back(true); }
    std::size_t size() const { return m_values.size(); }

    // Pointers for PQexecParams, valid until the next change.
    std::vector<const char *> pointers() const;

private:
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
};

// A libpq result, cleared on destruction.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *r) : m_result(r) { }
    ~PgResult();
    PgResult(PgResult &&o) noexcept : m_result(o.m_result) { o.m_result = nullptr; }
    PgResult &operator=(PgResult &&o) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    pg_result *get() const { return m_result; }
    int rows() const;
    int columns() const;
    bool isNull(int row, int col) const;
    // The cell's text: a view into the result, valid while it lives.
    const char *text(int row, int col) const;
    int length(int row, int col) const;
    QString string(int row, int col) const;
    unsigned int type(int col) const; // the column's type OID
    qint64 affectedRows() const;      // rows a command inserted, updated or deleted
    QString columnName(int col) const;

private:
    pg_result *m_result = nullptr;
};

class PgConnection
{
public:
    PgConnection();
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Connects to a `kind: postgres` system: host, port, database, user, the password reference
    // (keychain:/env:), `timeout:` for the connection, `options:` passed to libpq (sslmode, ...).
    // `purpose` names the connection in pg_stat_activity (application_name "concord <purpose>").
    Result<void> open(const SystemDef &system, const QString &purpose);
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    pg_conn *raw() const { return m_conn; }
    QString describe() const { return m_describe; } // "postgres://user@host:port/db", no password

    // Runs one statement (or, without parameters, several separated by ';'). A failure is
    // classified by its SQLSTATE (see errorFor).
    Result<PgResult> exec(const QString &sql, const PgParams &params = {});
    Result<PgResult> exec(const QByteArray &sql, const PgParams &params = {});
    Result<void> command(const QString &sql) { auto r = exec(sql); return r.ok() ? Result<void>() : r.error(); }
    // The first cell of a one-row result, as text ("" when null or no row).
    Result<QString> scalar(const QString &sql, const PgParams &params = {});

    // COPY ... FROM STDIN: `copyStatement` starts it, put() sends data (COPY text format),
    // endCopy() finishes and returns the command's result (its row count).
    Result<void> beginCopy(const QString &copyStatement);
    Result<void> putCopyData(const QByteArray &data) { return putCopyData(data.constData(), data.size()); }
    Result<void> putCopyData(const char *data, qsizetype size);
    Result<qint64> endCopy();

    // Asks the server to cancel the statement running on this connection; thread-safe.
    void cancel();

    // The server's error for a failed result: SQLSTATE class 08/57P/53 (connection, shutdown,
    // resources) -> CONNECTION_REFUSED, 40/55P03/57014 (serialization, lock, timeout) ->
    // SYNC_TIMEOUT, 22 (data exception) -> TYPE_MISMATCH, 23 (constraint) -> TARGET_REJECTED,
    // 42P01/42703 (no such table/column) -> SCHEMA_DRIFT, anything else -> TARGET_REJECTED.
    Error errorFor(pg_result *result, const QString &what) const;
    // The SQLSTATE of the last failed statement ("" after a success).
    QByteArray lastSqlState() const { return m_lastState; }
    // The server's own words for the last failure ("null value in column ... [SQLSTATE 23502]"),
    // without the statement: what a dead letter shows a steward.
    QString lastServerMessage() const { return m_lastMessage; }
    // Whether the last failure rejects only the record(s) written (classes 22 data exception and
    // 23 integrity constraint) rather than the run.
    bool lastFailureRejectsRecord() const;

    // The server's major version (15 for 15.4).
    int serverMajorVersion() const;

private:
    Error connectionError(const QString &what) const;

    QString m_connectionName;
    QString m_describe;
    pg_conn *m_conn = nullptr;
    void *m_cancel = nullptr; // PGcancel*
    QByteArray m_lastState;
    QString m_lastMessage;
};

// Splits "schema.table" (either part may be quoted with ") into its parts; the schema defaults to
// the system's `schema:` option, else "public".
struct PgTableName
{
    QString schema;
    QString table;
    static PgTableName parse(const QString &text, const QString &defaultSchema);
    QString quoted() const; // "schema"."table"
    QString qualified() const { return schema + QLatin1Char('.') + table; }
};

QString pgQuote(const QString &identifier);

} // namespace concord
