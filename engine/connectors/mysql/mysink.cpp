#include "connectors/mysql/mysink.h"

#include <QSqlError>

#include <algorithm>

namespace concord {

MySink::MySink(SystemDef system, DatasetDef dataset) : m_system(std::move(system)), m_dataset(std::move(dataset)) { }

MySink::~MySink()
{
    close();
}

Result<void> MySink::open(const QStringList &columns, const std::vector<int> &keyIndexes)
{
    if (auto r = m_db.open(m_system, QStringLiteral("write %1").arg(m_dataset.id)); !r.ok())
        return r;
    m_columns = columns;
    m_keyIndexes = keyIndexes;
    QStringList key;
    for (int i : keyIndexes)
        key.append(columns[i]);
    auto meta = m_db.requireColumns(m_dataset.table, columns, QStringLiteral("target %1").arg(m_dataset.id));
    if (!meta.ok())
        return meta.error();
    auto unique = m_db.hasUniqueKey(m_dataset.table, key);
    if (!unique.ok())
        return unique.error();
    if (!*unique)
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("target table %1 has no primary key or unique index on (%2); Concord writes "
                                        "by key and needs one to make writes idempotent")
                             .arg(m_dataset.table, key.join(QStringLiteral(", "))));
    m_meta.clear();
    m_types.clear();
    for (const QString &c : columns) {
        for (const MyColumn &mc : std::as_const(*meta))
            if (mc.name == c)
                m_meta.append(mc);
        const int f = m_dataset.schema.indexOf(c);
        m_types.append(f >= 0 ? m_dataset.schema.fields[f].type : FieldType());
    }
    m_rowsPerStatement = std::max(1, std::min(500, 60000 / int(columns.size())));
    return {};
}

QString MySink::keyText(const Record &row) const
{
    QString text;
    for (int k : m_keyIndexes) {
        text += row.values[std::size_t(k)].toString();
        text += QChar(0x1f);
    }
    return text;
}

bool MySink::sameValues(const Record &stored, const Record &row) const
{
    for (std::size_t i = 0; i < row.values.size(); ++i)
        if (!(stored.values[i] == row.values[i]))
            return false;
    return true;
}

Result<QHash<QString, Record>> MySink::existing(const std::vector<const Record *> &rows, bool lock)
{
    QStringList select, keyNames, tuples;
    for (const MyColumn &c : std::as_const(m_meta))
        select.append(myReadExpression(c));
    for (int k : m_keyIndexes)
        keyNames.append(myQuote(m_columns[k]));
    QVariantList binds;
    const QString marks = m_keyIndexes.size() == 1
        ? QStringLiteral("?")
        : QLatin1Char('(') + QStringList(int(m_keyIndexes.size()), QStringLiteral("?")).join(QLatin1String(", ")) + QLatin1Char(')');
    for (const Record *r : rows) {
        tuples.append(marks);
        for (int k : m_keyIndexes)
            binds.append(myBind(r->values[std::size_t(k)]));
    }
    const QString keyList = keyNames.size() == 1 ? keyNames.front() : QLatin1Char('(') + keyNames.join(QLatin1String(", ")) + QLatin1Char(')');
    auto q = m_db.exec(QLatin1String("SELECT ") + select.join(QLatin1String(", ")) + QLatin1String(" FROM ")
                           + myQuote(m_dataset.table) + QLatin1String(" WHERE ") + keyList + QLatin1String(" IN (")
                           + tuples.join(QLatin1String(", ")) + QLatin1Char(')') + (lock ? QLatin1String(" FOR UPDATE") : QLatin1String("")),
                       binds);
    if (!q.ok())
        return q.error();
    QHash<QString, Record> out;
    while (q->next()) {
        Record r(std::size_t(m_columns.size()));
        for (int i = 0; i < m_columns.size(); ++i)
            r.values[std::size_t(i)] = myRead(q->value(i), m_meta[i], m_types[i]);
        out.insert(keyText(r), std::move(r));
    }
    return out;
}

Result<void> MySink::insertRows(const std::vector<const Record *> &rows)
{
    QStringList updates, tuples;
    for (int i = 0; i < m_columns.size(); ++i)
        if (std::find(m_keyIndexes.begin(), m_keyIndexes.end(), i) == m_keyIndexes.end())
            updates.append(myQuote(m_columns[i]) + QLatin1String(" = VALUES(") + myQuote(m_columns[i]) + QLatin1Char(')'));
    if (updates.isEmpty()) // only key columns: nothing to update
        updates.append(myQuote(m_columns[m_keyIndexes.front()]) + QLatin1String(" = ") + myQuote(m_columns[m_keyIndexes.front()]));
    const QString tuple = QLatin1Char('(') + QStringList(int(m_columns.size()), QStringLiteral("?")).join(QLatin1String(", ")) + QLatin1Char(')');
    QVariantList binds;
    binds.reserve(qsizetype(rows.size()) * m_columns.size());
    for (const Record *r : rows) {
        tuples.append(tuple);
        for (const Value &v : r->values)
            binds.append(myBind(v));
    }
    QStringList quoted;
    for (const QString &c : std::as_const(m_columns))
        quoted.append(myQuote(c));
    auto q = m_db.exec(QLatin1String("INSERT INTO ") + myQuote(m_dataset.table) + QLatin1String(" (") + quoted.join(QLatin1String(", "))
                           + QLatin1String(") VALUES ") + tuples.join(QLatin1String(", ")) + QLatin1String(" ON DUPLICATE KEY UPDATE ")
                           + updates.join(QLatin1String(", ")),
                       binds);
    if (!q.ok())
        return q.error();
    return {};
}

Result<void> MySink::upsertMany(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes,
                                std::vector<WriteOutcome> &outcomes)
{
    if (indexes.empty())
        return {};
    std::vector<const Record *> rows;
    for (std::size_t i : indexes)
        rows.push_back(items[i].row);
    auto stored = existing(rows, true);
    if (!stored.ok())
        return stored.error();
    std::vector<const Record *> toWrite;
    std::vector<std::size_t> written;
    for (std::size_t i : indexes) {
        const Record &row = *items[i].row;
        const auto it = stored->constFind(keyText(row));
        if (it == stored->constEnd())
            outcomes[i].kind = WriteOutcome::Kind::Inserted;
        else if (sameValues(*it, row))
            outcomes[i].kind = WriteOutcome::Kind::Unchanged;
        else
            outcomes[i].kind = WriteOutcome::Kind::Updated;
        if (outcomes[i].kind != WriteOutcome::Kind::Unchanged) {
            toWrite.push_back(&row);
            written.push_back(i);
        }
    }
    if (toWrite.empty())
        return {};
    auto r = insertRows(toWrite);
    if (r.ok())
        return {};
    if (!m_db.lastFailureRejectsRecord())
        return r;
    // InnoDB undid the whole statement: find the refused records one at a time.
    for (std::size_t j = 0; j < toWrite.size(); ++j) {
        auto one = insertRows({toWrite[j]});
        if (one.ok())
            continue;
        if (!m_db.lastFailureRejectsRecord())
            return one;
        outcomes[written[j]] = WriteOutcome{WriteOutcome::Kind::Rejected,
                                            makeError(one.error().code, QStringLiteral("%1 refused the record: %2")
                                                                            .arg(m_dataset.table, m_db.lastServerMessage()))};
    }
    return {};
}

Result<void> MySink::write(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes)
{
    return writeInRuns(
        items, outcomes, m_rowsPerStatement, [this](const Record &row) { return keyText(row); },
        [&](const std::vector<std::size_t> &run) { return upsertMany(items, run, outcomes); },
        [this](const Record &row) { return remove(row); });
}

Result<WriteOutcome> MySink::upsert(const Record &row)
{
    std::vector<WriteOutcome> outcomes;
    if (auto r = write({WriteItem{&row, false}}, outcomes); !r.ok())
        return r.error();
    return outcomes.front();
}

Result<WriteOutcome> MySink::remove(const Record &keyRow)
{
    QStringList where;
    QVariantList binds;
    for (int k : m_keyIndexes) {
        where.append(myQuote(m_columns[k]) + QLatin1String(" = ?"));
        binds.append(myBind(keyRow.values[std::size_t(k)]));
    }
    auto q = m_db.exec(QLatin1String("DELETE FROM ") + myQuote(m_dataset.table) + QLatin1String(" WHERE ")
                           + where.join(QLatin1String(" AND ")),
                       binds);
    if (!q.ok())
        return q.error();
    WriteOutcome o;
    o.kind = q->numRowsAffected() > 0 ? WriteOutcome::Kind::Deleted : WriteOutcome::Kind::NotFound;
    return o;
}

Result<WriteOutcome::Kind> MySink::previewUpsert(const Record &row)
{
    auto stored = existing({&row}, false);
    if (!stored.ok())
        return stored.error();
    const auto it = stored->constFind(keyText(row));
    if (it == stored->constEnd())
        return WriteOutcome::Kind::Inserted;
    return sameValues(*it, row) ? WriteOutcome::Kind::Unchanged : WriteOutcome::Kind::Updated;
}

Result<void> MySink::begin()
{
    if (auto r = m_db.command(QStringLiteral("START TRANSACTION")); !r.ok())
        return r;
    m_inTransaction = true;
    return {};
}

Result<void> MySink::commit()
{
    m_inTransaction = false;
    return m_db.command(QStringLiteral("COMMIT"));
}

void MySink::rollback()
{
    if (m_inTransaction && m_db.isOpen())
        m_db.command(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

void MySink::close()
{
    rollback();
    m_db.close();
}

} // namespace concord
