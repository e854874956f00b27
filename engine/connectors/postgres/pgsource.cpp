#include "connectors/postgres/pgsource.h"

#include "connectors/postgres/pgcatalog.h"
#include "connectors/postgres/pgvalue.h"
#include "log/log.h"


namespace concord {

namespace {

const QByteArray CursorName = QByteArrayLiteral("concord_read");

} // namespace

PgSource::PgSource(SystemDef system, DatasetDef dataset) : m_system(std::move(system)), m_dataset(std::move(dataset))
{
    m_table = PgTableName::parse(m_dataset.table, m_system.options.value(QStringLiteral("schema")).toString());
    const Schema &s = m_dataset.schema;
    if (!s.version.isEmpty())
        m_order.append(s.version);
    for (const QString &k : s.key)
        if (!m_order.contains(k))
            m_order.append(k);
    for (int k : s.keyIndexes())
        m_keyColumns.push_back(k);
    m_softDeleteColumn = s.softDelete.isEmpty() ? -1 : s.indexOf(s.softDelete);
}

PgSource::~PgSource()
{
    close();
}

QString PgSource::predicate(Resume resume) const
{
    QStringList where;
    if (!m_dataset.schema.version.isEmpty())
        where.append(pgQuote(m_dataset.schema.version) + QLatin1String(" IS NOT NULL"));
    QStringList order, marks;
    for (int i = 0; i < m_order.size(); ++i) {
        order.append(pgQuote(m_order[i]));
        marks.append(QLatin1Char('$') + QString::number(i + 1));
    }
    if (resume == Resume::AtOrAfterFirst)
        where.append(order.front() + QLatin1String(" >= $1"));
    else if (resume == Resume::After)
        where.append(QLatin1Char('(') + order.join(QLatin1String(", ")) + QLatin1String(") > (")
                     + marks.join(QLatin1String(", ")) + QLatin1Char(')'));
    return where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
}

PgParams PgSource::positionParams(Resume resume, bool onlyFirst) const
{
    PgParams params;
    if (resume == Resume::FromStart)
        return params;
    for (const QJsonValue &cell : m_start) {
        if (onlyFirst && params.size() == 1)
            break;
        const QJsonArray c = cell.toArray();
        if (c.at(0).toString() == QLatin1String("n") || c.at(1).isNull())
            params.addNull();
        else
            params.add(c.at(1).toString().toUtf8());
    }
    return params;
}

Result<void> PgSource::open(const QString &position)
{
    close();
    m_start = {};
    m_last = {};
    m_done = false;
    m_rechecked = 0;
    auto start = readCheckpoint(position, m_order, m_dataset.id);
    if (!start.ok())
        return start.error();
    m_start = *start;
    if (m_start.isEmpty())
        m_resume = Resume::FromStart;
    else if (!m_dataset.schema.version.isEmpty())
        m_resume = Resume::AtOrAfterFirst;
    else
        m_resume = Resume::After;
    if (auto r = m_db.open(m_system, QStringLiteral("read %1").arg(m_dataset.id)); !r.ok())
        return r;
    if (auto r = pgRequireColumns(m_db, m_table, m_dataset.schema.fieldNames(), QStringLiteral("source %1").arg(m_dataset.id));
        !r.ok())
        return r.error();
    if (auto r = m_db.command(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !r.ok())
        return r;
    m_inTransaction = true;
    QStringList columns, orderText, order, marks;
    for (const QString &f : m_dataset.schema.fieldNames())
        columns.append(pgQuote(f));
    for (int i = 0; i < m_order.size(); ++i) {
        order.append(pgQuote(m_order[i]));
        orderText.append(pgQuote(m_order[i]) + QLatin1String("::text AS \"_concord_o") + QString::number(i) + QLatin1Char('"'));
        marks.append(QLatin1Char('$') + QString::number(i + 1));
    }
    QString recheck = QStringLiteral(", false");
    if (m_resume == Resume::AtOrAfterFirst)
        recheck = QLatin1String(", COALESCE((") + order.join(QLatin1String(", ")) + QLatin1String(") <= (")
            + marks.join(QLatin1String(", ")) + QLatin1String("), false)");
    const QString select = QLatin1String("SELECT ") + columns.join(QLatin1String(", ")) + QLatin1String(", ")
        + orderText.join(QLatin1String(", ")) + recheck + QLatin1String(" FROM ") + m_table.quoted()
        + predicate(m_resume) + QLatin1String(" ORDER BY ") + order.join(QLatin1String(", "));
    auto declared = m_db.exec(QLatin1String("DECLARE ") + QString::fromLatin1(CursorName)
                                  + QLatin1String(" NO SCROLL CURSOR FOR ") + select,
                              positionParams(m_resume));
    if (!declared.ok()) {
        Error e = declared.error();
        e.code = e.code == ErrorCode::TargetRejected ? ErrorCode::SourceUnreadable : e.code;
        return e;
    }
    return {};
}

Result<qint64> PgSource::count(Resume resume)
{
    // Every parameter sent must appear in the statement: `version >= $1` uses only the first.
    auto n = m_db.scalar(QLatin1String("SELECT COUNT(*) FROM ") + m_table.quoted() + predicate(resume),
                         positionParams(resume, resume == Resume::AtOrAfterFirst));
    if (!n.ok())
        return n.error();
    return n->toLongLong();
}

Result<qint64> PgSource::countRemaining()
{
    if (!m_dataset.schema.version.isEmpty()) {
        auto nulls = m_db.scalar(QLatin1String("SELECT COUNT(*) FROM ") + m_table.quoted() + QLatin1String(" WHERE ")
                                 + pgQuote(m_dataset.schema.version) + QLatin1String(" IS NULL"));
        if (!nulls.ok())
            return nulls.error();
        if (nulls->toLongLong() > 0)
            log::warning(lcSync(), QStringLiteral("%1 rows of %2 have no %3 and are not captured incrementally")
                                       .arg(*nulls, m_dataset.id, m_dataset.schema.version));
    }
    return count(m_resume);
}

Result<qint64> PgSource::countPending()
{
    if (m_start.isEmpty() || m_dataset.schema.version.isEmpty())
        return countRemaining();
    return count(Resume::After);
}

Result<int> PgSource::next(std::vector<Change> &out, int max)
{
    if (m_done || max <= 0)
        return 0;
    if (out.size() < std::size_t(max))
        out.resize(std::size_t(max));
    auto r = m_db.exec(QByteArrayLiteral("FETCH FORWARD ") + QByteArray::number(max) + QByteArrayLiteral(" FROM ")
                       + CursorName);
    if (!r.ok()) {
        Error e = r.error();
        e.message = QStringLiteral("reading %1: %2").arg(m_dataset.id, e.message);
        return e;
    }
    const QList<Field> &fields = m_dataset.schema.fields;
    const int columns = int(fields.size());
    const int orderCount = int(m_order.size());
    const QDateTime observed = QDateTime::currentDateTimeUtc();
    const int n = r->rows();
    for (int row = 0; row < n; ++row) {
        Change &c = out[std::size_t(row)];
        c.op = Change::Op::Upsert;
        c.sourceVersion.clear();
        c.record.values.resize(std::size_t(columns));
        for (int i = 0; i < columns; ++i)
            c.record.values[std::size_t(i)] = pg::read(*r, row, i, fields[i].type);
        c.key.parts.resize(m_keyColumns.size());
        for (std::size_t k = 0; k < m_keyColumns.size(); ++k)
            c.key.parts[k] = c.record.values[std::size_t(m_keyColumns[k])];
        if (m_softDeleteColumn >= 0)
            c.op = isSoftDeleted(c.record.values[std::size_t(m_softDeleteColumn)]) ? Change::Op::Delete
                                                                                   : Change::Op::Upsert;
        c.observedAt = observed;
        const bool recheckedRow = r->text(row, columns + orderCount)[0] == 't';
        if (recheckedRow) {
            ++m_rechecked; // at or before the checkpoint: the position never moves backwards
        } else {
            QJsonArray last;
            for (int o = 0; o < orderCount; ++o) {
                if (r->isNull(row, columns + o))
                    last.append(QJsonArray{QStringLiteral("n"), QJsonValue()});
                else
                    last.append(QJsonArray{QStringLiteral("t"), r->string(row, columns + o)});
            }
            m_last = last;
        }
    }
    if (n < max)
        m_done = true;
    return n;
}

QString PgSource::position() const
{
    return writeCheckpoint(m_last.isEmpty() ? m_start : m_last, m_order);
}

void PgSource::interrupt()
{
    m_db.cancel();
}

void PgSource::close()
{
    if (m_inTransaction && m_db.isOpen())
        m_db.command(QStringLiteral("ROLLBACK")); // read only: nothing to keep
    m_inTransaction = false;
    m_db.close();
}

Result<QString> PgSource::positionAt(const QDateTime &time)
{
    const QString version = m_dataset.schema.version;
    if (version.isEmpty())
        return noPointInTime(m_dataset);
    PgConnection db;
    if (auto r = db.open(m_system, QStringLiteral("backfill %1").arg(m_dataset.id)); !r.ok())
        return r.error();
    auto columns = pgRequireColumns(db, m_table, {version}, QStringLiteral("source %1").arg(m_dataset.id));
    if (!columns.ok())
        return columns.error();
    unsigned int oid = 0;
    for (const PgColumn &c : std::as_const(*columns))
        if (c.name == version)
            oid = c.oid;
    QString first;
    switch (oid) {
    case pg::TimestampTzOid: first = time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QLatin1String("+00"); break;
    case pg::TimestampOid: first = time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")); break;
    case pg::DateOid: first = time.toLocalTime().date().toString(Qt::ISODate); break;
    case pg::Int2Oid:
    case pg::Int4Oid:
    case pg::Int8Oid:
    case pg::NumericOid: {
        auto latest = db.scalar(QLatin1String("SELECT max(") + pgQuote(version) + QLatin1String(")::text FROM ")
                                + m_table.quoted());
        if (!latest.ok())
            return latest.error();
        auto epoch = epochVersionAt(*latest, time, m_dataset);
        if (!epoch.ok())
            return epoch.error();
        first = *epoch;
        break;
    }
    default:
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("the version column %1 of %2 is neither a time nor a number; backfill with --full "
                                        "instead")
                             .arg(version, m_dataset.id));
    }
    return positionFrom(first, m_order);
}

} // namespace concord
