#include "connectors/sqlitesource.h"

#include "log/log.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace concord {

SqliteSource::SqliteSource(QString path, DatasetDef dataset) : m_path(std::move(path)), m_dataset(std::move(dataset))
{
    const Schema &s = m_dataset.schema;
    if (!s.version.isEmpty())
        m_order.append(s.version);
    for (const QString &k : s.key)
        if (!m_order.contains(k))
            m_order.append(k);
    for (const QString &o : std::as_const(m_order))
        m_orderColumns.push_back(s.indexOf(o));
    for (int k : s.keyIndexes())
        m_keyColumns.push_back(k);
    m_softDeleteColumn = s.softDelete.isEmpty() ? -1 : s.indexOf(s.softDelete);
}

SqliteSource::~SqliteSource()
{
    close();
}

Result<void> SqliteSource::bindPosition(sqlite3_stmt *stmt) const
{
    // Statements use as many of the position's values as they have parameters (numbered ?1..?n).
    const int n = m_resume == SqlDialect::Resume::FromStart
        ? 0
        : std::min(int(m_start.size()), sqlite3_bind_parameter_count(stmt));
    for (int i = 0; i < n; ++i)
        if (sqlite::bindRawJson(stmt, i + 1, m_start.at(i)) != SQLITE_OK)
            return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("cannot bind the checkpoint"));
    return {};
}

// Rows without a version cannot be placed in the incremental order; countRemaining() reports them.
QString SqliteSource::withVersionNotNull(QString sql) const
{
    if (m_dataset.schema.version.isEmpty())
        return sql;
    const QString notNull = m_dialect.quote(m_dataset.schema.version) + QLatin1String(" IS NOT NULL");
    const int where = int(sql.indexOf(QLatin1String(" WHERE ")));
    if (where >= 0)
        return sql.insert(where + 7, notNull + QLatin1String(" AND "));
    const int orderBy = int(sql.lastIndexOf(QLatin1String(" ORDER BY ")));
    if (orderBy >= 0)
        return sql.insert(orderBy, QLatin1String(" WHERE ") + notNull);
    return sql + QLatin1String(" WHERE ") + notNull;
}

Result<void> SqliteSource::open(const QString &position)
{
    m_start = {};
    m_last.assign(m_orderColumns.size(), RawCell());
    m_haveLast = false;
    m_done = false;
    m_rechecked = 0;
    auto start = readCheckpoint(position, m_order, m_dataset.id);
    if (!start.ok())
        return start.error();
    m_start = *start;
    if (m_start.isEmpty())
        m_resume = SqlDialect::Resume::FromStart;
    else if (!m_dataset.schema.version.isEmpty())
        m_resume = SqlDialect::Resume::AtOrAfterFirst;
    else
        m_resume = SqlDialect::Resume::After;
    if (auto r = m_db.open(m_path, true); !r.ok())
        return r;
    if (auto r = m_db.requireColumns(m_dataset.table, m_dataset.schema.fieldNames()); !r.ok()) {
        Error e = r.error();
        e.message = QStringLiteral("source %1 (%2): %3").arg(m_dataset.id, m_path, e.message);
        return e;
    }
    const QString sql = withVersionNotNull(
        m_dialect.selectOrdered(m_dataset.table, m_dataset.schema.fieldNames(), m_order, m_resume));
    if (auto r = m_select.prepare(m_db, sql); !r.ok())
        return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("cannot read %1 (%2)").arg(m_dataset.id, m_path));
    return bindPosition(m_select.get());
}

Result<qint64> SqliteSource::scalar(const QString &sql, bool bindStart)
{
    SqliteStatement st;
    if (auto r = st.prepare(m_db, sql); !r.ok())
        return r.error();
    if (bindStart)
        if (auto r = bindPosition(st.get()); !r.ok())
            return r.error();
    if (sqlite3_step(st.get()) != SQLITE_ROW)
        return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("cannot count %1").arg(m_dataset.id));
    return qint64(sqlite3_column_int64(st.get(), 0));
}

Result<qint64> SqliteSource::countPending()
{
    if (m_start.isEmpty() || m_dataset.schema.version.isEmpty())
        return countRemaining();
    // Strictly after the position: the boundary rows a run re-checks were written already.
    return scalar(withVersionNotNull(m_dialect.countOrdered(m_dataset.table, m_order, SqlDialect::Resume::After)), true);
}

Result<qint64> SqliteSource::countRemaining()
{
    qint64 withoutVersion = 0;
    if (!m_dataset.schema.version.isEmpty()) {
        // NULLs sort first in the version index: counting them is a short range scan.
        const auto nulls = scalar(QLatin1String("SELECT COUNT(*) FROM ") + m_dialect.quote(m_dataset.table)
                                      + QLatin1String(" WHERE ") + m_dialect.quote(m_dataset.schema.version)
                                      + QLatin1String(" IS NULL"),
                                  false);
        if (!nulls.ok())
            return nulls.error();
        withoutVersion = *nulls;
        if (withoutVersion > 0)
            log::warning(lcSync(), QStringLiteral("%1 rows of %2 have no %3 and are not captured incrementally")
                                       .arg(withoutVersion)
                                       .arg(m_dataset.id, m_dataset.schema.version));
    }
    if (m_start.isEmpty()) {
        // From the beginning: a plain COUNT(*) is answered from the b-tree's page counts, much
        // faster than walking the version index.
        const auto all = scalar(QLatin1String("SELECT COUNT(*) FROM ") + m_dialect.quote(m_dataset.table), false);
        if (!all.ok())
            return all.error();
        return *all - withoutVersion;
    }
    return scalar(withVersionNotNull(m_dialect.countOrdered(m_dataset.table, m_order, m_resume)), true);
}

void SqliteSource::keepRaw(sqlite3_stmt *stmt)
{
    for (std::size_t i = 0; i < m_orderColumns.size(); ++i) {
        RawCell &c = m_last[i];
        const int col = m_orderColumns[i];
        c.type = sqlite3_column_type(stmt, col);
        if (c.type == SQLITE_INTEGER) {
            c.integer = sqlite3_column_int64(stmt, col);
        } else if (c.type != SQLITE_NULL) {
            const char *t = c.type == SQLITE_BLOB ? static_cast<const char *>(sqlite3_column_blob(stmt, col))
                                                  : reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
            const int n = sqlite3_column_bytes(stmt, col);
            c.text.resize(n); // keeps its capacity: no allocation once warm
            if (n > 0)
                std::memcpy(c.text.data(), t, std::size_t(n));
        }
    }
    m_haveLast = true;
}

// The soft-delete column marks a row deleted unless it is NULL, zero, false or one of the usual
// spellings of "no" ('', '0', 'false', 'f', 'no', 'n', 'off', any case).
bool isSoftDeleted(const Value &d)
{
    switch (d.type()) {
    case Value::Type::Null: return false;
    case Value::Type::Int: return d.intValue() != 0;
    case Value::Type::Bool: return d.boolValue();
    case Value::Type::Decimal: return !d.decimalValue().isZero();
    case Value::Type::String: {
        static const QStringList no = {QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("f"),
                                       QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("off")};
        const QString s = d.stringValue().trimmed();
        return !s.isEmpty() && !no.contains(s, Qt::CaseInsensitive);
    }
    default: return true;
    }
}

Result<int> SqliteSource::next(std::vector<Change> &out, int max)
{
    if (m_done)
        return 0;
    if (out.size() < std::size_t(max))
        out.resize(std::size_t(max));
    sqlite3_stmt *stmt = m_select.get();
    const QList<Field> &fields = m_dataset.schema.fields;
    const int columns = int(fields.size());
    const QDateTime observed = QDateTime::currentDateTimeUtc();
    int n = 0;
    while (n < max) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) {
            m_done = true;
            break;
        }
        if (rc != SQLITE_ROW)
            return m_db.errorFor(rc, QStringLiteral("reading %1").arg(m_dataset.id));
        Change &c = out[std::size_t(n)];
        c.op = Change::Op::Upsert;
        c.sourceVersion.clear();
        c.record.values.resize(std::size_t(columns));
        for (int i = 0; i < columns; ++i)
            c.record.values[std::size_t(i)] = sqlite::read(stmt, i, fields[i].type);
        c.key.parts.resize(m_keyColumns.size());
        for (std::size_t k = 0; k < m_keyColumns.size(); ++k)
            c.key.parts[k] = c.record.values[std::size_t(m_keyColumns[k])];
        if (m_softDeleteColumn >= 0) {
            const bool deleted = isSoftDeleted(c.record.values[std::size_t(m_softDeleteColumn)]);
            c.op = deleted ? Change::Op::Delete : Change::Op::Upsert;
        }
        c.observedAt = observed;
        // A re-checked row (at or before the checkpoint) leaves the position where it was: it
        // must never move backwards.
        if (m_resume == SqlDialect::Resume::AtOrAfterFirst && sqlite3_column_int(stmt, columns) != 0)
            ++m_rechecked;
        else
            keepRaw(stmt);
        ++n;
    }
    return n;
}

QString SqliteSource::position() const
{
    QJsonArray after = m_start;
    if (m_haveLast) {
        after = QJsonArray();
        for (const RawCell &c : m_last) {
            switch (c.type) {
            case SQLITE_INTEGER: after.append(QJsonArray{QStringLiteral("i"), QString::number(c.integer)}); break;
            case SQLITE_FLOAT: after.append(QJsonArray{QStringLiteral("f"), QString::fromLatin1(c.text)}); break;
            case SQLITE_TEXT: after.append(QJsonArray{QStringLiteral("t"), QString::fromUtf8(c.text)}); break;
            case SQLITE_BLOB: after.append(QJsonArray{QStringLiteral("b"), QString::fromLatin1(c.text.toBase64())}); break;
            default: after.append(QJsonArray{QStringLiteral("n"), QJsonValue()}); break;
            }
        }
    }
    return writeCheckpoint(after, m_order);
}

void SqliteSource::interrupt()
{
    if (sqlite3 *db = m_db.db())
        sqlite3_interrupt(db);
}

void SqliteSource::close()
{
    m_select.finalize();
    m_db.close();
}

Result<QString> SqliteSource::positionAt(const QDateTime &time)
{
    const QString version = m_dataset.schema.version;
    if (version.isEmpty())
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("%1 has no version column: it is read whole every run, so there is no point in "
                                        "time to start from; backfill with --full instead")
                             .arg(m_dataset.id));
    SqliteHandle db;
    if (auto r = db.open(m_path, true); !r.ok())
        return r.error();
    // The column's values decide how the time is written: seconds or milliseconds since the
    // epoch, or text in the layout the source uses (compared as text, as the source sorts it).
    SqliteStatement sample;
    if (auto r = sample.prepare(db, QLatin1String("SELECT typeof(") + m_dialect.quote(version) + QLatin1String("), ")
                                        + m_dialect.quote(version) + QLatin1String(" FROM ") + m_dialect.quote(m_dataset.table)
                                        + QLatin1String(" WHERE ") + m_dialect.quote(version)
                                        + QLatin1String(" IS NOT NULL ORDER BY 2 DESC LIMIT 1"));
        !r.ok())
        return r.error();
    QJsonArray first;
    if (sqlite3_step(sample.get()) != SQLITE_ROW) {
        first = QJsonArray{QStringLiteral("t"), time.toUTC().toString(Qt::ISODate)}; // empty table: anything will do
    } else {
        const QString type = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(sample.get(), 0)));
        if (type == QLatin1String("integer") || type == QLatin1String("real")) {
            const double latest = sqlite3_column_double(sample.get(), 1);
            if (latest < 1e8) // a change counter, not a time
                return makeError(ErrorCode::ConfigInvalid,
                                 QStringLiteral("the version column %1 of %2 counts changes rather than holding a time; "
                                                "backfill with --full instead")
                                     .arg(version, m_dataset.id));
            const bool millis = latest > 1e11;
            const qint64 at = millis ? time.toMSecsSinceEpoch() : time.toSecsSinceEpoch();
            first = QJsonArray{QStringLiteral("i"), QString::number(at)};
        } else {
            const QString latest = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(sample.get(), 1)));
            static const QRegularExpression layout(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([T ])\\d{2}:\\d{2}(:\\d{2})?"));
            const auto m = layout.match(latest);
            if (!m.hasMatch())
                return makeError(ErrorCode::ConfigInvalid,
                                 QStringLiteral("the version column %1 of %2 does not hold times as YYYY-MM-DD hh:mm "
                                                "(it holds values such as '%3'); backfill with --full instead")
                                     .arg(version, m_dataset.id, latest.left(40)));
            const bool utc = latest.endsWith(QLatin1Char('Z')) || latest.contains(QLatin1Char('+'));
            const QDateTime t = utc ? time.toUTC() : time.toLocalTime();
            QString text = t.toString(QStringLiteral("yyyy-MM-dd") + m.captured(1) + QStringLiteral("HH:mm:ss"));
            if (utc)
                text += QLatin1Char('Z');
            first = QJsonArray{QStringLiteral("t"), text};
        }
    }
    // Version at the time, key columns null: every change at or after the time is read, none of
    // them counted as a re-checked boundary row.
    QJsonArray after{first};
    for (int i = 1; i < m_order.size(); ++i)
        after.append(QJsonArray{QStringLiteral("n"), QJsonValue()});
    return writeCheckpoint(after, m_order);
}

} // namespace concord
