#include "connectors/sqlitehandle.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

namespace concord {

SqliteHandle::SqliteHandle()
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("concord-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqliteHandle::~SqliteHandle()
{
    close();
}

Result<void> SqliteHandle::open(const QString &path, bool readOnly, int busyTimeoutMs)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(std::max(0, busyTimeoutMs));
    if (readOnly)
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return makeError(ErrorCode::ConnectionRefused, QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return makeError(ErrorCode::ConnectionRefused, QStringLiteral("the QSQLITE driver gave no sqlite3 handle"));
    m_db = *static_cast<sqlite3 *const *>(h.constData());
    // An unknown column name in double quotes must be an error, not a string literal (SQLite's
    // legacy fallback would read every row's "customer" as the text 'customer').
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DML, 0, static_cast<int *>(nullptr));
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DDL, 0, static_cast<int *>(nullptr));
    // A batch must fit the page cache, or SQLite spills dirty pages mid-transaction (measured: the
    // default 2 MiB cache cost ~6% of a sync). Bounded, so memory does not grow with table size.
    exec(QStringLiteral("PRAGMA cache_size = -32768"));
    return {};
}

void SqliteHandle::close()
{
    m_db = nullptr;
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString SqliteHandle::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open");
}

Error SqliteHandle::errorFor(int rc, const QString &what) const
{
    const int primary = rc & 0xff;
    QString code = ErrorCode::TargetRejected;
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = ErrorCode::SyncTimeout;
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        code = ErrorCode::ConnectionRefused;
        break;
    case SQLITE_INTERRUPT:
        code = ErrorCode::Cancelled;
        break;
    case SQLITE_MISMATCH:
        code = ErrorCode::TypeMismatch;
        break;
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
        code = ErrorCode::TargetRejected;
        break;
    default:
        // A generic SQL error: a table or column that is not (or no longer) there, or a statement
        // the database refuses.
        code = lastError().startsWith(QLatin1String("no such")) ? ErrorCode::SchemaDrift : ErrorCode::ConfigInvalid;
        break;
    }
    return makeError(code, QStringLiteral("%1: %2").arg(what, lastError()));
}

Result<void> SqliteHandle::exec(const QString &sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        const QString text = msg ? QString::fromUtf8(msg) : QString();
        sqlite3_free(msg);
        Error e = errorFor(rc, sql.left(80));
        if (!text.isEmpty())
            e.message = QStringLiteral("%1: %2").arg(sql.left(80), text);
        return e;
    }
    return {};
}

Result<QList<SqliteHandle::Column>> SqliteHandle::columns(const QString &table) const
{
    SqliteStatement info;
    if (auto r = info.prepare(*this, QStringLiteral("SELECT name, pk, type FROM pragma_table_info(?)")); !r.ok())
        return r.error();
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(info.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    QList<Column> out;
    int rc;
    while ((rc = sqlite3_step(info.get())) == SQLITE_ROW)
        out.append(Column{QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 0))),
                          sqlite3_column_int(info.get(), 1),
                          QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 2)))});
    if (rc != SQLITE_DONE)
        return errorFor(rc, QStringLiteral("reading the columns of %1").arg(table));
    if (out.isEmpty())
        return makeError(ErrorCode::SchemaDrift, QStringLiteral("table '%1' does not exist").arg(table));
    return out;
}

Result<void> SqliteHandle::requireColumns(const QString &table, const QStringList &wanted) const
{
    const auto cols = columns(table);
    if (!cols.ok())
        return cols.error();
    QStringList present;
    for (const Column &c : *cols)
        present.append(c.name);
    QStringList missing;
    for (const QString &w : wanted)
        if (!present.contains(w))
            missing.append(w);
    if (!missing.isEmpty())
        return makeError(ErrorCode::SchemaDrift, QStringLiteral("table '%1' has no column %2 (it has: %3)")
                                                     .arg(table, missing.join(QStringLiteral(", ")),
                                                          present.join(QStringLiteral(", "))));
    return {};
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

Result<void> SqliteStatement::prepare(const SqliteHandle &db, const QString &sql)
{
    finalize();
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db.db(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot prepare \"%1\": %2").arg(sql, db.lastError()));
    return {};
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

void SqliteStatement::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

namespace sqlite {

int bind(sqlite3_stmt *stmt, int index, const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        return sqlite3_bind_null(stmt, index);
    case Value::Type::Bool:
        return sqlite3_bind_int(stmt, index, value.boolValue() ? 1 : 0);
    case Value::Type::Int:
        return sqlite3_bind_int64(stmt, index, value.intValue());
    case Value::Type::String: {
        // Short strings: encode to UTF-8 on the stack (Qt's encoder is faster than SQLite's
        // UTF-16 translation and needs no heap); long ones go as UTF-16 without a copy.
        const QString &s = value.stringValue();
        constexpr qsizetype MaxStackChars = 512;
        if (s.size() <= MaxStackChars) {
            char buf[MaxStackChars * 3];
            thread_local QStringEncoder encoder(QStringEncoder::Utf8);
            const char *end = encoder.appendToBuffer(buf, s);
            return sqlite3_bind_text(stmt, index, buf, int(end - buf), SQLITE_TRANSIENT);
        }
        return sqlite3_bind_text16(stmt, index, s.utf16(), int(s.size() * 2), SQLITE_STATIC);
    }
    case Value::Type::Decimal: {
        char buf[Decimal::MaxFormattedLength];
        const int n = value.decimalValue().format(buf);
        return sqlite3_bind_text(stmt, index, buf, n, SQLITE_TRANSIENT);
    }
    case Value::Type::Timestamp: {
        char buf[Timestamp::MaxFormattedLength];
        const int n = value.timestampValue().format(buf);
        return sqlite3_bind_text(stmt, index, buf, n, SQLITE_TRANSIENT);
    }
    case Value::Type::Date:
    case Value::Type::Json: {
        const QByteArray t = value.toString().toUtf8();
        return sqlite3_bind_text(stmt, index, t.constData(), int(t.size()), SQLITE_TRANSIENT);
    }
    }
    return SQLITE_MISUSE;
}

Value read(sqlite3_stmt *stmt, int col, const FieldType &declared)
{
    switch (sqlite3_column_type(stmt, col)) {
    case SQLITE_NULL:
        return Value();
    case SQLITE_INTEGER: {
        const qint64 i = sqlite3_column_int64(stmt, col);
        if (declared.kind == FieldType::Bool)
            return Value::fromBool(i != 0);
        return Value::fromInt(i);
    }
    case SQLITE_FLOAT: {
        // SQLite renders a REAL with 15 significant digits: the decimal the column was given.
        const char *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
        const int n = sqlite3_column_bytes(stmt, col);
        if (const auto d = Decimal::parse(t, n))
            return Value::fromDecimal(*d);
        return Value::fromString(QString::fromUtf8(t, n));
    }
    case SQLITE_TEXT: {
        if (declared.kind == FieldType::Decimal || declared.kind == FieldType::Timestamp) {
            const char *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
            const int n = sqlite3_column_bytes(stmt, col);
            if (declared.kind == FieldType::Decimal) {
                if (const auto d = Decimal::parse(t, n))
                    return Value::fromDecimal(*d);
            } else if (const auto ts = Timestamp::parse(t, n)) {
                return Value::fromTimestamp(*ts);
            }
            return Value::fromString(QString::fromUtf8(t, n));
        }
        const char *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
        return Value::fromString(QString::fromUtf8(t, sqlite3_column_bytes(stmt, col)));
    }
    case SQLITE_BLOB: {
        const QByteArray b(static_cast<const char *>(sqlite3_column_blob(stmt, col)), sqlite3_column_bytes(stmt, col));
        return Value::fromString(QString::fromLatin1(b.toBase64()));
    }
    }
    return Value();
}

int RowBinder::bindRow(sqlite3_stmt *stmt, const std::vector<Value> &values)
{
    std::size_t need = 0;
    for (const Value &v : values) {
        switch (v.type()) {
        case Value::Type::String: need += std::size_t(v.stringValue().size()) * 3; break;
        case Value::Type::Decimal: need += Decimal::MaxFormattedLength; break;
        case Value::Type::Timestamp: need += Timestamp::MaxFormattedLength; break;
        default: break;
        }
    }
    if (m_buffer.size() < need)
        m_buffer.resize(need * 2);
    char *p = m_buffer.data();
    thread_local QStringEncoder encoder(QStringEncoder::Utf8);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Value &v = values[i];
        const int index = int(i) + 1;
        int rc;
        switch (v.type()) {
        case Value::Type::String: {
            char *end = encoder.appendToBuffer(p, v.stringValue());
            rc = sqlite3_bind_text(stmt, index, p, int(end - p), SQLITE_STATIC);
            p = end;
            break;
        }
        case Value::Type::Decimal: {
            const int n = v.decimalValue().format(p);
            rc = sqlite3_bind_text(stmt, index, p, n, SQLITE_STATIC);
            p += n;
            break;
        }
        case Value::Type::Timestamp: {
            const int n = v.timestampValue().format(p);
            rc = sqlite3_bind_text(stmt, index, p, n, SQLITE_STATIC);
            p += n;
            break;
        }
        default:
            rc = bind(stmt, index, v);
            break;
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int bindRawJson(sqlite3_stmt *stmt, int index, const QJsonValue &raw)
{
    const QJsonArray a = raw.toArray();
    const QString type = a.at(0).toString();
    const QString text = a.at(1).toString();
    if (type == QLatin1String("i"))
        return sqlite3_bind_int64(stmt, index, text.toLongLong());
    if (type == QLatin1String("f"))
        return sqlite3_bind_double(stmt, index, text.toDouble());
    if (type == QLatin1String("b")) {
        const QByteArray b = QByteArray::fromBase64(text.toLatin1());
        return sqlite3_bind_blob(stmt, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    if (type == QLatin1String("t")) {
        const QByteArray u = text.toUtf8();
        return sqlite3_bind_text(stmt, index, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    }
    return sqlite3_bind_null(stmt, index);
}

} // namespace sqlite

} // namespace concord
