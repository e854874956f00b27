#include "connectors/postgres/pgconnection.h"

#include "connectors/connector.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QVariant>

#include <libpq-fe.h>

namespace concord {

std::vector<const char *> PgParams::pointers() const
{
    std::vector<const char *> p(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        p[i] = m_null[i] ? nullptr : m_values[i].constData();
    return p;
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&o) noexcept
{
    if (this != &o) {
        if (m_result)
            PQclear(m_result);
        m_result = o.m_result;
        o.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int col) const
{
    return PQgetisnull(m_result, row, col) != 0;
}

const char *PgResult::text(int row, int col) const
{
    return PQgetvalue(m_result, row, col);
}

int PgResult::length(int row, int col) const
{
    return PQgetlength(m_result, row, col);
}

QString PgResult::string(int row, int col) const
{
    return QString::fromUtf8(text(row, col), length(row, col));
}

unsigned int PgResult::type(int col) const
{
    return PQftype(m_result, col);
}

qint64 PgResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

QString PgResult::columnName(int col) const
{
    return QString::fromUtf8(PQfname(m_result, col));
}

QString pgQuote(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

PgTableName PgTableName::parse(const QString &text, const QString &defaultSchema)
{
    // Split on the first '.' outside double quotes; strip the quotes of each part.
    QStringList parts;
    QString current;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char('.') && !quoted && parts.isEmpty()) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    PgTableName n;
    if (parts.size() == 2) {
        n.schema = parts[0];
        n.table = parts[1];
    } else {
        n.schema = defaultSchema.isEmpty() ? QStringLiteral("public") : defaultSchema;
        n.table = parts[0];
    }
    return n;
}

QString PgTableName::quoted() const
{
    return pgQuote(schema) + QLatin1Char('.') + pgQuote(table);
}

PgConnection::PgConnection()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("concord-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

PgConnection::~PgConnection()
{
    close();
}

Error PgConnection::connectionError(const QString &what) const
{
    return makeError(ErrorCode::ConnectionRefused, QStringLiteral("%1 (%2)").arg(what, m_describe));
}

Result<void> PgConnection::open(const SystemDef &system, const QString &purpose)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("system '%1': Qt's PostgreSQL driver (QPSQL) is not installed; on Debian "
                                        "install libqt6sql6-psql")
                             .arg(system.name));
    const QString host = system.host.isEmpty() ? QStringLiteral("127.0.0.1") : system.host;
    const int port = system.port > 0 ? system.port : 5432;
    m_describe = QStringLiteral("postgres://%1@%2:%3/%4").arg(system.user, host).arg(port).arg(system.database);
    const auto password = readSystemPassword(system);
    if (!password.ok())
        return password.error();
    const qint64 timeoutMs = system.options.value(QStringLiteral("timeout_ms"), 10000).toLongLong();
    // libpq's conninfo syntax: key='value' with \ and ' escaped. Qt joins the options with spaces
    // after splitting them at ';', so a value must not hold one.
    const auto option = [](const QString &key, QString value) -> QString {
        value.replace(QLatin1Char(';'), QLatin1Char(' '));
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        return key + QLatin1String("='") + value + QLatin1Char('\'');
    };
    QStringList options;
    options.append(option(QStringLiteral("connect_timeout"), QString::number(std::max<qint64>(1, (timeoutMs + 999) / 1000))));
    options.append(option(QStringLiteral("application_name"), QStringLiteral("concord %1").arg(purpose).left(63)));
    const QVariantMap extra = system.options.value(QStringLiteral("options")).toMap();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        options.append(option(it.key(), it.value().toString()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(host);
        db.setPort(port);
        db.setDatabaseName(system.database);
        db.setUserName(system.user);
        db.setPassword(QString::fromUtf8(*password));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QString why = db.lastError().text().trimmed();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return connectionError(QStringLiteral("cannot connect to system '%1': %2").arg(system.name, why));
        }
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)
            m_conn = *static_cast<PGconn *const *>(handle.data());
    }
    if (!m_conn) {
        close();
        return connectionError(QStringLiteral("the QPSQL driver gave no libpq handle"));
    }
    m_cancel = PQgetCancel(m_conn);
    return command(QStringLiteral("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'iso_8601'; "
                                  "SET client_encoding = 'UTF8'; SET extra_float_digits = 3"));
}

void PgConnection::close()
{
    if (m_cancel) {
        PQfreeCancel(static_cast<PGcancel *>(m_cancel));
        m_cancel = nullptr;
    }
    m_conn = nullptr;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void PgConnection::cancel()
{
    // PQcancel is documented as safe to call from another thread (or a signal handler).
    if (m_cancel) {
        char buf[256];
        PQcancel(static_cast<PGcancel *>(m_cancel), buf, sizeof buf);
    }
}

int PgConnection::serverMajorVersion() const
{
    return m_conn ? PQserverVersion(m_conn) / 10000 : 0;
}

Error PgConnection::errorFor(pg_result *result, const QString &what) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QByteArray s = state ? QByteArray(state) : QByteArray();
    QString message = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : QString();
    if (message.isEmpty() && m_conn)
        message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    QString code = ErrorCode::TargetRejected;
    if (s.isEmpty()) // no answer from the server: the connection broke
        code = ErrorCode::ConnectionRefused;
    else if (s.startsWith("08") || s.startsWith("57P") || s.startsWith("53"))
        code = ErrorCode::ConnectionRefused;
    else if (s == "57014")
        code = ErrorCode::Cancelled;
    else if (s.startsWith("40") || s == "55P03")
        code = ErrorCode::SyncTimeout;
    else if (s.startsWith("22"))
        code = ErrorCode::TypeMismatch;
    else if (s.startsWith("23"))
        code = ErrorCode::TargetRejected;
    else if (s == "42P01" || s == "42703" || s == "3F000")
        code = ErrorCode::SchemaDrift;
    if (!s.isEmpty())
        message = QStringLiteral("%1 [SQLSTATE %2]").arg(message, QString::fromLatin1(s));
    return makeError(code, what.isEmpty() ? message : QStringLiteral("%1: %2").arg(what, message));
}

bool PgConnection::lastFailureRejectsRecord() const
{
    return m_lastState.startsWith("22") || m_lastState.startsWith("23");
}

Result<PgResult> PgConnection::exec(const QString &sql, const PgParams &params)
{
    return exec(sql.toUtf8(), params);
}

Result<PgResult> PgConnection::exec(const QByteArray &sql, const PgParams &params)
{
    if (!m_conn)
        return makeError(ErrorCode::ConnectionRefused, QStringLiteral("not connected"));
    pg_result *r = nullptr;
    if (params.size() == 0) {
        r = PQexec(m_conn, sql.constData());
    } else {
        const std::vector<const char *> values = params.pointers();
        r = PQexecParams(m_conn, sql.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    }
    PgResult result(r);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY
        || status == PGRES_COPY_IN) {
        m_lastState.clear();
        return result;
    }
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    m_lastState = state ? QByteArray(state) : QByteArray();
    const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char *detail = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    m_lastMessage = QString::fromUtf8(primary ? primary : "");
    if (detail)
        m_lastMessage += QStringLiteral(" (%1)").arg(QString::fromUtf8(detail));
    m_lastMessage += QStringLiteral(" [SQLSTATE %1]").arg(QString::fromLatin1(m_lastState));
    return errorFor(r, QString::fromUtf8(sql.left(120)).simplified());
}

Result<QString> PgConnection::scalar(const QString &sql, const PgParams &params)
{
    auto r = exec(sql, params);
    if (!r.ok())
        return r.error();
    if (r->rows() == 0 || r->columns() == 0 || r->isNull(0, 0))
        return QString();
    return r->string(0, 0);
}

Result<void> PgConnection::beginCopy(const QString &copyStatement)
{
    auto r = exec(copyStatement);
    if (!r.ok())
        return r.error();
    if (PQresultStatus(r->get()) != PGRES_COPY_IN)
        return makeError(ErrorCode::TargetRejected, QStringLiteral("COPY did not start: %1").arg(copyStatement.left(80)));
    return {};
}

Result<void> PgConnection::putCopyData(const char *data, qsizetype size)
{
    if (PQputCopyData(m_conn, data, int(size)) != 1)
        return connectionError(QStringLiteral("COPY failed: %1").arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
    return {};
}

Result<qint64> PgConnection::endCopy()
{
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return connectionError(QStringLiteral("COPY failed: %1").arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
    // The COPY's own result, then nothing.
    Result<qint64> outcome = qint64(0);
    while (pg_result *r = PQgetResult(m_conn)) {
        PgResult result(r);
        if (PQresultStatus(r) == PGRES_COMMAND_OK) {
            outcome = QByteArray(PQcmdTuples(r)).toLongLong();
            m_lastState.clear();
        } else {
            const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
            m_lastState = state ? QByteArray(state) : QByteArray();
            outcome = errorFor(r, QStringLiteral("COPY"));
        }
    }
    return outcome;
}

} // namespace concord
