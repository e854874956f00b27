#include "connectors/mysql/myconnection.h"

#include "connectors/connector.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

namespace concord {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("concord-my-%1").arg(counter.fetchAndAddRelaxed(1));
}

// "db.table" -> (db, table); the database defaults to the connection's own (DATABASE()).
QPair<QString, QString> splitTable(const QString &table)
{
    const int dot = int(table.indexOf(QLatin1Char('.')));
    if (dot < 0)
        return {QString(), table};
    return {table.left(dot), table.mid(dot + 1)};
}

Result<QSqlDatabase> connect(const SystemDef &system, const QString &name, QString *describe)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")))
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("system '%1': Qt's MySQL/MariaDB driver (QMYSQL) is not installed; on Debian "
                                        "install libqt6sql6-mysql")
                             .arg(system.name));
    const QString host = system.host.isEmpty() ? QStringLiteral("127.0.0.1") : system.host;
    const int port = system.port > 0 ? system.port : 3306;
    *describe = QStringLiteral("mysql://%1@%2:%3/%4").arg(system.user, host).arg(port).arg(system.database);
    const auto password = readSystemPassword(system);
    if (!password.ok())
        return password.error();
    const qint64 timeoutMs = system.options.value(QStringLiteral("timeout_ms"), 10000).toLongLong();
    QStringList options{QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(std::max<qint64>(1, (timeoutMs + 999) / 1000))};
    const QVariantMap extra = system.options.value(QStringLiteral("options")).toMap();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        options.append(it.key() + QLatin1Char('=') + it.value().toString().remove(QLatin1Char(';')));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(system.database);
    db.setUserName(system.user);
    db.setPassword(QString::fromUtf8(*password));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString why = db.lastError().text().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::ConnectionRefused,
                         QStringLiteral("cannot connect to system '%1': %2 (%3)").arg(system.name, why, *describe));
    }
    return db;
}

} // namespace

bool MyColumn::isTemporal() const
{
    return dataType == QLatin1String("datetime") || dataType == QLatin1String("timestamp")
        || dataType == QLatin1String("date") || dataType == QLatin1String("time");
}

QString myQuote(const QString &identifier)
{
    QStringList parts = identifier.split(QLatin1Char('.'));
    for (QString &p : parts)
        p = QLatin1Char('`') + QString(p).replace(QLatin1Char('`'), QLatin1String("``")) + QLatin1Char('`');
    return parts.join(QLatin1Char('.'));
}

QString myReadExpression(const MyColumn &c)
{
    const QString q = myQuote(c.name);
    if (c.dataType == QLatin1String("datetime"))
        return QStringLiteral("DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f')").arg(q);
    if (c.dataType == QLatin1String("timestamp")) // an instant: the session is in UTC
        return QStringLiteral("CONCAT(DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f'), 'Z')").arg(q);
    if (c.dataType == QLatin1String("date"))
        return QStringLiteral("DATE_FORMAT(%1, '%Y-%m-%d')").arg(q);
    if (c.dataType == QLatin1String("time"))
        return QStringLiteral("CAST(%1 AS CHAR)").arg(q);
    return q;
}

Value myRead(const QVariant &cell, const MyColumn &column, const FieldType &declared)
{
    if (cell.isNull())
        return Value();
    const QString &t = column.dataType;
    Value v;
    if (t == QLatin1String("tinyint") || t == QLatin1String("smallint") || t == QLatin1String("mediumint")
        || t == QLatin1String("int") || t == QLatin1String("bigint") || t == QLatin1String("year")) {
        bool ok = false;
        const qint64 i = cell.toLongLong(&ok);
        v = ok ? Value::fromInt(i) : Value::fromString(cell.toString());
    } else if (t == QLatin1String("decimal") || t == QLatin1String("float") || t == QLatin1String("double")) {
        const QString text = cell.toString();
        const auto d = Decimal::parse(text);
        v = d ? Value::fromDecimal(*d) : Value::fromString(text);
    } else if (t == QLatin1String("datetime") || t == QLatin1String("timestamp")) {
        const QString text = cell.toString();
        const auto ts = Timestamp::parse(text);
        v = ts ? Value::fromTimestamp(*ts) : Value::fromString(text);
    } else if (t == QLatin1String("date")) {
        const QDate d = QDate::fromString(cell.toString(), Qt::ISODate);
        v = d.isValid() ? Value::fromDate(d) : Value::fromString(cell.toString());
    } else if (t == QLatin1String("json")) {
        v = Value::fromJsonText(cell.toString());
    } else if (cell.typeId() == QMetaType::QByteArray) {
        v = Value::fromString(QString::fromUtf8(cell.toByteArray()));
    } else {
        v = Value::fromString(cell.toString());
    }
    if (v.type() == Value::Type::Int && declared.kind == FieldType::Int)
        return v;
    auto converted = v.convertTo(declared);
    return converted.ok() ? *converted : v;
}

QVariant myBind(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null: return QVariant(QMetaType::fromType<QString>());
    case Value::Type::Bool: return QVariant(value.boolValue() ? 1 : 0);
    case Value::Type::Int: return QVariant(value.intValue());
    case Value::Type::Timestamp: {
        // DATETIME has no zone: an instant is written as UTC (the session's time zone, which
        // TIMESTAMP columns convert from).
        Timestamp utc = value.timestampValue();
        if (!utc.naive) {
            utc.offsetMinutes = 0;
            utc.naive = true;
        }
        return QVariant(QString::fromLatin1(utc.toUtf8()));
    }
    default: return QVariant(value.toString());
    }
}

MyConnection::MyConnection() : m_connectionName(nextConnectionName()) { }

MyConnection::~MyConnection()
{
    close();
}

Result<void> MyConnection::open(const SystemDef &system, const QString &purpose)
{
    close();
    m_system = system;
    auto db = connect(system, m_connectionName, &m_describe);
    if (!db.ok())
        return db.error();
    Q_UNUSED(purpose)
    if (auto r = command(QStringLiteral("SET time_zone = '+00:00', NAMES utf8mb4, sql_mode = "
                                        "'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
                                        "NO_ENGINE_SUBSTITUTION'"));
        !r.ok())
        return r;
    auto id = scalar(QStringLiteral("SELECT CONNECTION_ID()"));
    if (!id.ok())
        return id.error();
    m_threadId = id->toULong();
    return {};
}

void MyConnection::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_threadId = 0;
}

bool MyConnection::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase MyConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void *MyConnection::handle() const
{
    const QVariant h = database().driver()->handle();
    return h.isValid() ? *static_cast<void *const *>(h.constData()) : nullptr;
}

Error MyConnection::errorFor(const QSqlError &e, const QString &what)
{
    m_lastErrno = e.nativeErrorCode().toInt();
    QString code = ErrorCode::TargetRejected;
    switch (m_lastErrno) {
    case 1040: case 1045: case 1053: case 1927: case 2002: case 2003: case 2006: case 2013: case 2055:
        code = ErrorCode::ConnectionRefused;
        break;
    case 1205: case 1213: case 3024:
        code = ErrorCode::SyncTimeout;
        break;
    case 1317:
        code = ErrorCode::Cancelled;
        break;
    case 1264: case 1265: case 1292: case 1366: case 1406:
        code = ErrorCode::TypeMismatch;
        break;
    case 1146: case 1054:
        code = ErrorCode::SchemaDrift;
        break;
    default:
        if (m_lastErrno == 0)
            code = ErrorCode::ConnectionRefused; // no answer from the server
        break;
    }
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    m_lastMessage = QStringLiteral("%1 [error %2]").arg(text.trimmed()).arg(m_lastErrno);
    return makeError(code, QStringLiteral("%1: %2 [error %3]").arg(what, text.trimmed()).arg(m_lastErrno));
}

bool MyConnection::lastFailureRejectsRecord() const
{
    switch (m_lastErrno) {
    case 1048: case 1062: case 1264: case 1265: case 1292: case 1366: case 1406: case 1451: case 1452:
    case 3819: case 4025:
        return true;
    default:
        return false;
    }
}

Result<QSqlQuery> MyConnection::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(sql);
    if (prepared) {
        for (const QVariant &b : binds)
            q.addBindValue(b);
    }
    if (!prepared || !q.exec())
        return errorFor(q.lastError(), sql.left(120).simplified());
    m_lastErrno = 0;
    return q;
}

Result<void> MyConnection::command(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return errorFor(q.lastError(), sql.left(120).simplified());
    m_lastErrno = 0;
    return {};
}

Result<QString> MyConnection::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q.ok())
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QString();
    return q->value(0).toString();
}

void MyConnection::cancel()
{
    if (m_threadId == 0)
        return;
    const QString name = nextConnectionName();
    QString describe;
    {
        auto db = connect(m_system, name, &describe);
        if (db.ok()) {
            QSqlQuery(*db).exec(QStringLiteral("KILL QUERY %1").arg(m_threadId));
            db->close();
        }
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
}

Result<QList<MyColumn>> MyConnection::columns(const QString &table)
{
    const auto [schema, name] = splitTable(table);
    auto q = exec(QStringLiteral("SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE FROM information_schema.COLUMNS "
                                 "WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND TABLE_NAME = ? "
                                 "ORDER BY ORDINAL_POSITION"),
                  {schema, name});
    if (!q.ok())
        return q.error();
    QList<MyColumn> out;
    while (q->next()) {
        MyColumn c;
        c.name = q->value(0).toString();
        c.dataType = q->value(1).toString().toLower();
        c.columnType = q->value(2).toString().toLower();
        c.nullable = q->value(3).toString() == QLatin1String("YES");
        out.append(c);
    }
    if (out.isEmpty())
        return makeError(ErrorCode::SchemaDrift, QStringLiteral("table %1 does not exist in %2").arg(table, m_describe));
    return out;
}

Result<QList<MyColumn>> MyConnection::requireColumns(const QString &table, const QStringList &wanted, const QString &what)
{
    auto cols = columns(table);
    if (!cols.ok()) {
        Error e = cols.error();
        e.message = QStringLiteral("%1: %2").arg(what, e.message);
        return e;
    }
    QStringList missing;
    for (const QString &w : wanted)
        if (std::none_of(cols->cbegin(), cols->cend(), [&](const MyColumn &c) { return c.name == w; }))
            missing.append(w);
    if (!missing.isEmpty())
        return makeError(ErrorCode::SchemaDrift,
                         QStringLiteral("%1: table %2 has no column %3").arg(what, table, missing.join(QStringLiteral(", "))));
    return cols;
}

Result<bool> MyConnection::hasUniqueKey(const QString &table, const QStringList &key)
{
    const auto [schema, name] = splitTable(table);
    auto q = exec(QStringLiteral("SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS "
                                 "WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND TABLE_NAME = ? "
                                 "AND NON_UNIQUE = 0 ORDER BY INDEX_NAME, SEQ_IN_INDEX"),
                  {schema, name});
    if (!q.ok())
        return q.error();
    QMap<QString, QStringList> indexes;
    while (q->next())
        indexes[q->value(0).toString()].append(q->value(1).toString());
    QStringList wanted = key;
    wanted.sort();
    for (QStringList cols : std::as_const(indexes)) {
        cols.sort();
        if (cols == wanted)
            return true;
    }
    return false;
}

} // namespace concord
