#include "connectors/mysql/mysource.h"

#include "log/log.h"

#include <QSqlRecord>

namespace concord {

MySource::MySource(SystemDef system, DatasetDef dataset) : m_system(std::move(system)), m_dataset(std::move(dataset))
{
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

MySource::~MySource()
{
    close();
}

QString MySource::predicate(Resume resume, const QJsonArray &cells, QVariantList &binds) const
{
    QStringList where;
    if (!m_dataset.schema.version.isEmpty())
        where.append(myQuote(m_dataset.schema.version) + QLatin1String(" IS NOT NULL"));
    const auto cell = [](const QJsonValue &v) {
        const QJsonArray c = v.toArray();
        return c.at(0).toString() == QLatin1String("n") ? QVariant(QMetaType::fromType<QString>())
                                                        : QVariant(c.at(1).toString());
    };
    if (resume == Resume::AtOrAfterFirst) {
        where.append(myQuote(m_order.front()) + QLatin1String(" >= ?"));
        binds.append(cell(cells.at(0)));
    } else if (resume == Resume::After) {
        QStringList names, marks;
        for (int i = 0; i < m_order.size(); ++i) {
            names.append(myQuote(m_order[i]));
            marks.append(QStringLiteral("?"));
            binds.append(cell(cells.at(i)));
        }
        where.append(QLatin1Char('(') + names.join(QLatin1String(", ")) + QLatin1String(") > (") + marks.join(QLatin1String(", "))
                     + QLatin1Char(')'));
    }
    return where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
}

Result<void> MySource::open(const QString &position)
{
    close();
    m_last = {};
    m_position = {};
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
    auto columns = m_db.requireColumns(m_dataset.table, m_dataset.schema.fieldNames(), QStringLiteral("source %1").arg(m_dataset.id));
    if (!columns.ok())
        return columns.error();
    m_columns.clear();
    for (const Field &f : m_dataset.schema.fields)
        for (const MyColumn &c : std::as_const(*columns))
            if (c.name == f.name)
                m_columns.append(c);
    m_orderExpressions.clear();
    for (const QString &o : std::as_const(m_order)) {
        const MyColumn &c = m_columns[m_dataset.schema.indexOf(o)];
        m_orderExpressions.append(c.isTemporal() ? QStringLiteral("DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f')").arg(myQuote(o))
                                                 : myQuote(o));
    }
    if (auto r = m_db.command(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")); !r.ok())
        return r;
    if (auto r = m_db.command(QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")); !r.ok())
        return r;
    m_inTransaction = true;
    return {};
}

Result<qint64> MySource::count(Resume resume)
{
    QVariantList binds;
    auto n = m_db.scalar(QLatin1String("SELECT COUNT(*) FROM ") + myQuote(m_dataset.table) + predicate(resume, m_start, binds),
                         binds);
    if (!n.ok())
        return n.error();
    return n->toLongLong();
}

Result<qint64> MySource::countRemaining()
{
    if (!m_dataset.schema.version.isEmpty()) {
        auto nulls = m_db.scalar(QLatin1String("SELECT COUNT(*) FROM ") + myQuote(m_dataset.table) + QLatin1String(" WHERE ")
                                 + myQuote(m_dataset.schema.version) + QLatin1String(" IS NULL"));
        if (!nulls.ok())
            return nulls.error();
        if (nulls->toLongLong() > 0)
            log::warning(lcSync(), QStringLiteral("%1 rows of %2 have no %3 and are not captured incrementally")
                                       .arg(*nulls, m_dataset.id, m_dataset.schema.version));
    }
    return count(m_resume);
}

Result<qint64> MySource::countPending()
{
    if (m_start.isEmpty() || m_dataset.schema.version.isEmpty())
        return countRemaining();
    return count(Resume::After);
}

Result<int> MySource::next(std::vector<Change> &out, int max)
{
    if (m_done || max <= 0)
        return 0;
    if (out.size() < std::size_t(max))
        out.resize(std::size_t(max));
    QStringList select;
    for (const MyColumn &c : std::as_const(m_columns))
        select.append(myReadExpression(c));
    select.append(m_orderExpressions);
    QVariantList binds;
    // The re-check flag compares with the starting position, whichever batch this is.
    if (m_resume == Resume::AtOrAfterFirst) {
        QStringList names, marks;
        for (int i = 0; i < m_order.size(); ++i) {
            names.append(myQuote(m_order[i]));
            marks.append(QStringLiteral("?"));
            const QJsonArray c = m_start.at(i).toArray();
            binds.append(c.at(0).toString() == QLatin1String("n") ? QVariant(QMetaType::fromType<QString>())
                                                                    : QVariant(c.at(1).toString()));
        }
        select.append(QLatin1String("COALESCE((") + names.join(QLatin1String(", ")) + QLatin1String(") <= (")
                      + marks.join(QLatin1String(", ")) + QLatin1String("), 0)"));
    } else {
        select.append(QStringLiteral("0"));
    }
    // The first batch starts at the checkpoint; later ones strictly after the last row read.
    const bool first = m_last.isEmpty();
    const QString where = first ? predicate(m_resume, m_start, binds) : predicate(Resume::After, m_last, binds);
    QStringList order;
    for (const QString &o : std::as_const(m_order))
        order.append(myQuote(o));
    auto q = m_db.exec(QLatin1String("SELECT ") + select.join(QLatin1String(", ")) + QLatin1String(" FROM ")
                           + myQuote(m_dataset.table) + where + QLatin1String(" ORDER BY ") + order.join(QLatin1String(", "))
                           + QLatin1String(" LIMIT ") + QString::number(max),
                       binds);
    if (!q.ok()) {
        Error e = q.error();
        e.message = QStringLiteral("reading %1: %2").arg(m_dataset.id, e.message);
        return e;
    }
    const QList<Field> &fields = m_dataset.schema.fields;
    const int columns = int(fields.size());
    const int orderCount = int(m_order.size());
    const QDateTime observed = QDateTime::currentDateTimeUtc();
    int n = 0;
    while (n < max && q->next()) {
        Change &c = out[std::size_t(n)];
        c.op = Change::Op::Upsert;
        c.sourceVersion.clear();
        c.record.values.resize(std::size_t(columns));
        for (int i = 0; i < columns; ++i)
            c.record.values[std::size_t(i)] = myRead(q->value(i), m_columns[i], fields[i].type);
        c.key.parts.resize(m_keyColumns.size());
        for (std::size_t k = 0; k < m_keyColumns.size(); ++k)
            c.key.parts[k] = c.record.values[std::size_t(m_keyColumns[k])];
        if (m_softDeleteColumn >= 0)
            c.op = isSoftDeleted(c.record.values[std::size_t(m_softDeleteColumn)]) ? Change::Op::Delete : Change::Op::Upsert;
        c.observedAt = observed;
        if (q->value(columns + orderCount).toInt() != 0)
            ++m_rechecked;
        // Later batches continue after the last row read, re-checked or not.
        QJsonArray last;
        for (int o = 0; o < orderCount; ++o) {
            const QVariant v = q->value(columns + o);
            last.append(v.isNull() ? QJsonArray{QStringLiteral("n"), QJsonValue()} : QJsonArray{QStringLiteral("t"), v.toString()});
        }
        m_last = last;
        if (q->value(columns + orderCount).toInt() == 0)
            m_position = last;
        ++n;
    }
    if (n < max)
        m_done = true;
    return n;
}

QString MySource::position() const
{
    return writeCheckpoint(m_position.isEmpty() ? m_start : m_position, m_order);
}

void MySource::interrupt()
{
    m_db.cancel();
}

void MySource::close()
{
    if (m_inTransaction && m_db.isOpen())
        m_db.command(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    m_db.close();
}

Result<QString> MySource::positionAt(const QDateTime &time)
{
    const QString version = m_dataset.schema.version;
    if (version.isEmpty())
        return noPointInTime(m_dataset);
    MyConnection db;
    if (auto r = db.open(m_system, QStringLiteral("backfill %1").arg(m_dataset.id)); !r.ok())
        return r.error();
    auto columns = db.requireColumns(m_dataset.table, {version}, QStringLiteral("source %1").arg(m_dataset.id));
    if (!columns.ok())
        return columns.error();
    MyColumn column;
    for (const MyColumn &c : std::as_const(*columns))
        if (c.name == version)
            column = c;
    QString first;
    if (column.dataType == QLatin1String("timestamp")) {
        first = time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    } else if (column.dataType == QLatin1String("datetime")) {
        first = time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    } else if (column.dataType == QLatin1String("date")) {
        first = time.toLocalTime().date().toString(Qt::ISODate);
    } else if (column.dataType.contains(QLatin1String("int")) || column.dataType == QLatin1String("decimal")) {
        auto latest = db.scalar(QLatin1String("SELECT MAX(") + myQuote(version) + QLatin1String(") FROM ")
                                + myQuote(m_dataset.table));
        if (!latest.ok())
            return latest.error();
        auto epoch = epochVersionAt(*latest, time, m_dataset);
        if (!epoch.ok())
            return epoch.error();
        first = *epoch;
    } else {
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("the version column %1 of %2 is neither a time nor a number; backfill with --full "
                                        "instead")
                             .arg(version, m_dataset.id));
    }
    return positionFrom(first, m_order);
}

} // namespace concord
