#include "connectors/postgres/pgsink.h"

#include "connectors/postgres/pgbinary.h"
#include "connectors/postgres/pgcatalog.h"
#include "connectors/postgres/pgvalue.h"

#include <algorithm>

namespace concord {

namespace {

const QString OrdColumn = QStringLiteral("\"_concord_ord\"");
const QString InsertedColumn = QStringLiteral("\"_concord_inserted\"");

// `a IS DISTINCT FROM b` for a column of type `oid`. Types without an equality operator (json,
// xml, the geometric types) are compared as their text: json keeps its text as written.
QString differsSql(const QString &a, const QString &b, unsigned int oid)
{
    switch (oid) {
    case 114: // json
    case 142: // xml
    case 600: case 601: case 602: case 603: case 604: case 628: case 718: // point ... circle
        return QLatin1Char('(') + a + QLatin1String(")::text IS DISTINCT FROM (") + b + QLatin1String(")::text");
    default:
        return a + QLatin1String(" IS DISTINCT FROM ") + b;
    }
}

} // namespace

PgSink::PgSink(SystemDef system, DatasetDef dataset) : m_system(std::move(system)), m_dataset(std::move(dataset))
{
    m_table = PgTableName::parse(m_dataset.table, m_system.options.value(QStringLiteral("schema")).toString());
}

PgSink::~PgSink()
{
    close();
}

Result<void> PgSink::open(const QStringList &columns, const std::vector<int> &keyIndexes)
{
    if (auto r = m_db.open(m_system, QStringLiteral("write %1").arg(m_dataset.id)); !r.ok())
        return r;
    m_columns = columns;
    m_keyIndexes = keyIndexes;
    QStringList key;
    for (int i : keyIndexes)
        key.append(columns[i]);
    auto tableColumns = pgRequireColumns(m_db, m_table, columns, QStringLiteral("target %1").arg(m_dataset.id));
    if (!tableColumns.ok())
        return tableColumns.error();
    auto unique = pgHasUniqueKey(m_db, m_table, key);
    if (!unique.ok())
        return unique.error();
    if (!*unique)
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("target table %1 has no primary key or unique index on (%2); Concord writes "
                                        "by key and needs one to make writes idempotent")
                             .arg(m_table.qualified(), key.join(QStringLiteral(", "))));
    m_casts.clear();
    m_oids.clear();
    for (const QString &c : columns)
        for (const PgColumn &tc : std::as_const(*tableColumns))
            if (tc.name == c) {
                m_casts.append(tc.sqlType);
                m_oids.push_back(tc.oid);
            }
    m_binaryCopy = std::all_of(m_oids.cbegin(), m_oids.cend(), [](unsigned int oid) { return pg::hasBinaryForm(oid); });
    m_upsertSql.clear();
    m_rowsPerStatement = std::max(1, std::min(1000, 65000 / int(columns.size() + 1)));

    QStringList where, differs;
    int n = 1;
    for (int i = 0; i < columns.size(); ++i) {
        const QString param = QStringLiteral("$%1::%2").arg(n++).arg(m_casts[i]);
        if (std::find(keyIndexes.begin(), keyIndexes.end(), i) != keyIndexes.end())
            where.append(pgQuote(columns[i]) + QLatin1String(" = ") + param);
        else
            differs.append(differsSql(pgQuote(columns[i]), param, m_oids[std::size_t(i)]));
    }
    m_previewSql = (QLatin1String("SELECT ") + (differs.isEmpty() ? QStringLiteral("false") : differs.join(QLatin1String(" OR ")))
                    + QLatin1String(" FROM ") + m_table.quoted() + QLatin1String(" WHERE ") + where.join(QLatin1String(" AND ")))
                       .toUtf8();
    QStringList keyWhere;
    for (int k = 0; k < key.size(); ++k)
        keyWhere.append(pgQuote(key[k]) + QStringLiteral(" = $%1::%2").arg(k + 1).arg(m_casts[keyIndexes[std::size_t(k)]]));
    m_deleteSql = (QLatin1String("DELETE FROM ") + m_table.quoted() + QLatin1String(" WHERE ")
                   + keyWhere.join(QLatin1String(" AND ")))
                      .toUtf8();
    return {};
}

const QByteArray &PgSink::upsertSql(int rows)
{
    auto it = m_upsertSql.find(rows);
    if (it != m_upsertSql.end())
        return *it;
    QStringList quoted, sets, differs, keyQuoted, join;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString q = pgQuote(m_columns[i]);
        quoted.append(q);
        if (std::find(m_keyIndexes.begin(), m_keyIndexes.end(), i) != m_keyIndexes.end()) {
            keyQuoted.append(q);
            join.append(QLatin1String("v.") + q + QLatin1String(" = w.") + q);
        } else {
            sets.append(q + QLatin1String(" = EXCLUDED.") + q);
            differs.append(differsSql(QLatin1String("t.") + q, QLatin1String("EXCLUDED.") + q, m_oids[std::size_t(i)]));
        }
    }
    QString values;
    values.reserve(rows * m_columns.size() * 16);
    int param = 1;
    for (int r = 0; r < rows; ++r) {
        values += r == 0 ? QLatin1String("(") : QLatin1String(", (");
        values += QString::number(r);
        for (int c = 0; c < m_columns.size(); ++c) {
            values += QLatin1String(", $") + QString::number(param++) + QLatin1String("::") + m_casts[c];
        }
        values += QLatin1Char(')');
    }
    const QString conflict = sets.isEmpty()
        ? QStringLiteral(" DO NOTHING")
        : QLatin1String(" DO UPDATE SET ") + sets.join(QLatin1String(", ")) + QLatin1String(" WHERE ")
            + differs.join(QLatin1String(" OR "));
    QStringList returning;
    for (const QString &k : std::as_const(keyQuoted))
        returning.append(QLatin1String("t.") + k);
    const QString sql = QLatin1String("WITH v (") + OrdColumn + QLatin1String(", ") + quoted.join(QLatin1String(", "))
        + QLatin1String(") AS (VALUES ") + values + QLatin1String("), w AS (INSERT INTO ") + m_table.quoted()
        + QLatin1String(" AS t (") + quoted.join(QLatin1String(", ")) + QLatin1String(") SELECT ")
        + quoted.join(QLatin1String(", ")) + QLatin1String(" FROM v ON CONFLICT (") + keyQuoted.join(QLatin1String(", "))
        + QLatin1Char(')') + conflict + QLatin1String(" RETURNING ") + returning.join(QLatin1String(", "))
        + QLatin1String(", (t.xmax = 0) AS ") + InsertedColumn + QLatin1String(") SELECT v.") + OrdColumn
        + QLatin1String(", w.") + InsertedColumn + QLatin1String(" FROM w JOIN v ON ") + join.join(QLatin1String(" AND "));
    return *m_upsertSql.insert(rows, sql.toUtf8());
}

void PgSink::addRow(PgParams &params, const Record &row) const
{
    for (const Value &v : row.values) {
        if (v.isNull())
            params.addNull();
        else
            params.add(pg::toText(v));
    }
}

QString PgSink::keyText(const Record &row) const
{
    QString text;
    for (int k : m_keyIndexes) {
        const Value &v = row.values[std::size_t(k)];
        text += v.isNull() ? QStringLiteral("\x01") : v.toString();
        text += QChar(0x1f);
    }
    return text;
}

Result<void> PgSink::begin()
{
    if (auto r = m_db.command(QStringLiteral("BEGIN")); !r.ok())
        return r;
    m_inTransaction = true;
    return {};
}

Result<WriteOutcome> PgSink::upsertOne(const Record &row)
{
    if (auto r = m_db.command(QStringLiteral("SAVEPOINT concord_row")); !r.ok())
        return r.error();
    PgParams params;
    addRow(params, row);
    auto r = m_db.exec(upsertSql(1), params);
    if (!r.ok()) {
        if (!m_db.lastFailureRejectsRecord())
            return r.error();
        WriteOutcome o;
        o.kind = WriteOutcome::Kind::Rejected;
        o.error = makeError(r.error().code, QStringLiteral("%1 refused the record: %2")
                                                .arg(m_table.qualified(), m_db.lastServerMessage()));
        if (auto back = m_db.command(QStringLiteral("ROLLBACK TO SAVEPOINT concord_row")); !back.ok())
            return back.error();
        return o;
    }
    if (auto rel = m_db.command(QStringLiteral("RELEASE SAVEPOINT concord_row")); !rel.ok())
        return rel.error();
    WriteOutcome o;
    o.kind = r->rows() == 0 ? WriteOutcome::Kind::Unchanged
                            : (r->text(0, 1)[0] == 't' ? WriteOutcome::Kind::Inserted : WriteOutcome::Kind::Updated);
    return o;
}

Result<void> PgSink::upsertMany(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes,
                                std::vector<WriteOutcome> &outcomes)
{
    if (indexes.empty())
        return {};
    if (indexes.size() == 1) {
        auto o = upsertOne(*items[indexes[0]].row);
        if (!o.ok())
            return o.error();
        outcomes[indexes[0]] = *o;
        return {};
    }
    if (indexes.size() >= std::size_t(kCopyRows) || indexes.size() > std::size_t(m_rowsPerStatement))
        return copyUpsert(items, indexes, outcomes);
    if (auto r = m_db.command(QStringLiteral("SAVEPOINT concord_batch")); !r.ok())
        return r;
    PgParams params;
    params.reserve(indexes.size() * std::size_t(m_columns.size()));
    for (std::size_t i : indexes)
        addRow(params, *items[i].row);
    return finishUpsert(m_db.exec(upsertSql(int(indexes.size())), params), items, indexes, outcomes, "concord_batch");
}

Result<void> PgSink::finishUpsert(const Result<PgResult> &r, const std::vector<WriteItem> &items,
                                  const std::vector<std::size_t> &indexes, std::vector<WriteOutcome> &outcomes,
                                  const char *savepoint)
{
    if (!r.ok()) {
        if (!m_db.lastFailureRejectsRecord())
            return r.error();
        // Some record's data was refused: find it by writing the rows one at a time.
        return rowByRow(items, indexes, outcomes, savepoint);
    }
    for (std::size_t i : indexes)
        outcomes[i] = WriteOutcome{WriteOutcome::Kind::Unchanged, Error()};
    for (int row = 0; row < r->rows(); ++row) {
        const int ord = QByteArray::fromRawData(r->text(row, 0), r->length(row, 0)).toInt();
        if (ord >= 0 && std::size_t(ord) < indexes.size())
            outcomes[indexes[std::size_t(ord)]].kind =
                r->text(row, 1)[0] == 't' ? WriteOutcome::Kind::Inserted : WriteOutcome::Kind::Updated;
    }
    return m_db.command(QStringLiteral("RELEASE SAVEPOINT %1").arg(QLatin1String(savepoint)));
}

Result<qint64> PgSink::copyRows(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes, bool direct)
{
    QStringList quoted;
    for (const QString &c : std::as_const(m_columns))
        quoted.append(pgQuote(c));
    const QString target = direct ? m_table.quoted() : QStringLiteral("concord_stage");
    // Binary when every value of the run has a binary form that reads as its text would.
    const bool binary = m_binaryCopy && std::all_of(indexes.cbegin(), indexes.cend(), [&](std::size_t i) {
        const Record &row = *items[i].row;
        for (std::size_t c = 0; c < row.values.size(); ++c)
            if (!pg::binaryEncodable(row.values[c], m_oids[c]))
                return false;
        return true;
    });
    if (auto r = m_db.beginCopy(QLatin1String("COPY ") + target + QLatin1String(" (")
                                + (direct ? QString() : OrdColumn + QLatin1String(", ")) + quoted.join(QLatin1String(", "))
                                + QLatin1String(") FROM STDIN") + (binary ? QLatin1String(" WITH (FORMAT binary)") : QLatin1String()));
        !r.ok())
        return r.error();
    m_binaryCopies += binary ? 1 : 0;
    // Sent in chunks of 64 KiB, so that the server reads one while the next is formatted.
    constexpr qsizetype kChunk = 64 * 1024;
    const int fields = int(m_columns.size()) + (direct ? 0 : 1);
    if (binary) {
        // Written straight into the buffer: a row's fields are sized first, then encoded.
        QByteArray buffer(kChunk, Qt::Uninitialized);
        char *p = pg::putBinaryCopyHeader(buffer.data());
        for (std::size_t n = 0; n < indexes.size(); ++n) {
            const Record &row = *items[indexes[n]].row;
            qsizetype need = 2 + 8 + pg::BinaryCopyTrailerSize;
            for (const Value &v : row.values)
                need += pg::maxBinaryFieldSize(v);
            if (p - buffer.data() + need > buffer.size()) {
                if (auto r = m_db.putCopyData(buffer.constData(), p - buffer.data()); !r.ok())
                    return r.error();
                if (need > buffer.size())
                    buffer.resize(need);
                p = buffer.data();
            }
            p = pg::putBinaryRowStart(p, fields);
            if (!direct)
                p = pg::putBinaryInt4Field(p, qint32(n));
            for (std::size_t c = 0; c < row.values.size(); ++c)
                p = pg::putBinaryField(p, row.values[c], m_oids[c]);
        }
        p = pg::putBinaryCopyTrailer(p); // room kept by the last row's `need`
        if (auto r = m_db.putCopyData(buffer.constData(), p - buffer.data()); !r.ok())
            return r.error();
        return m_db.endCopy();
    }
    QByteArray chunk;
    chunk.reserve(kChunk + 4096);
    for (std::size_t n = 0; n < indexes.size(); ++n) {
        const Record &row = *items[indexes[n]].row;
        if (!direct) {
            chunk.append(QByteArray::number(qulonglong(n)));
            chunk.append('\t');
        }
        for (std::size_t c = 0; c < row.values.size(); ++c) {
            if (c > 0)
                chunk.append('\t');
            pg::appendCopyField(chunk, row.values[c]);
        }
        chunk.append('\n');
        if (chunk.size() >= kChunk) {
            if (auto r = m_db.putCopyData(chunk); !r.ok())
                return r.error();
            chunk.resize(0); // keeps the capacity, unlike clear()
        }
    }
    if (!chunk.isEmpty())
        if (auto r = m_db.putCopyData(chunk); !r.ok())
            return r.error();
    return m_db.endCopy();
}

Result<void> PgSink::rowByRow(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes,
                              std::vector<WriteOutcome> &outcomes, const char *savepoint)
{
    if (auto back = m_db.command(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(QLatin1String(savepoint))); !back.ok())
        return back;
    for (std::size_t i : indexes) {
        auto o = upsertOne(*items[i].row);
        if (!o.ok())
            return o.error();
        outcomes[i] = *o;
    }
    return m_db.command(QStringLiteral("RELEASE SAVEPOINT %1").arg(QLatin1String(savepoint)));
}

Result<void> PgSink::copyUpsert(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes,
                                std::vector<WriteOutcome> &outcomes)
{
    if (auto r = m_db.command(QStringLiteral("SAVEPOINT concord_copy")); !r.ok())
        return r;
    if (m_directCopy) {
        const auto copied = copyRows(items, indexes, true);
        if (copied.ok()) {
            for (std::size_t i : indexes)
                outcomes[i] = WriteOutcome{WriteOutcome::Kind::Inserted, Error()};
            return m_db.command(QStringLiteral("RELEASE SAVEPOINT concord_copy"));
        }
        if (m_db.lastSqlState() != "23505") {
            if (!m_db.lastFailureRejectsRecord())
                return copied.error();
            return rowByRow(items, indexes, outcomes, "concord_copy"); // a record's data was refused
        }
        // A key exists already: not a bulk load. Upsert through the stage from now on.
        m_directCopy = false;
        if (auto back = m_db.command(QStringLiteral("ROLLBACK TO SAVEPOINT concord_copy")); !back.ok())
            return back;
    }
    if (!m_stageReady) {
        QStringList quoted, sets, differs, keyQuoted, join, returning;
        for (int i = 0; i < m_columns.size(); ++i) {
            const QString q = pgQuote(m_columns[i]);
            quoted.append(q);
            if (std::find(m_keyIndexes.begin(), m_keyIndexes.end(), i) != m_keyIndexes.end()) {
                keyQuoted.append(q);
                join.append(QLatin1String("s.") + q + QLatin1String(" = w.") + q);
                returning.append(QLatin1String("t.") + q);
            } else {
                sets.append(q + QLatin1String(" = EXCLUDED.") + q);
                differs.append(differsSql(QLatin1String("t.") + q, QLatin1String("EXCLUDED.") + q, m_oids[std::size_t(i)]));
            }
        }
        // The stage has the target's column types and none of its constraints.
        if (auto r = m_db.command(QLatin1String("CREATE TEMP TABLE IF NOT EXISTS concord_stage AS SELECT 0 AS ") + OrdColumn
                                  + QLatin1String(", ") + quoted.join(QLatin1String(", ")) + QLatin1String(" FROM ")
                                  + m_table.quoted() + QLatin1String(" WITH NO DATA"));
            !r.ok())
            return r;
        const QString conflict = sets.isEmpty()
            ? QStringLiteral(" DO NOTHING")
            : QLatin1String(" DO UPDATE SET ") + sets.join(QLatin1String(", ")) + QLatin1String(" WHERE ")
                + differs.join(QLatin1String(" OR "));
        m_stageUpsertSql = (QLatin1String("WITH w AS (INSERT INTO ") + m_table.quoted() + QLatin1String(" AS t (")
                            + quoted.join(QLatin1String(", ")) + QLatin1String(") SELECT ") + quoted.join(QLatin1String(", "))
                            + QLatin1String(" FROM concord_stage ON CONFLICT (") + keyQuoted.join(QLatin1String(", "))
                            + QLatin1Char(')') + conflict + QLatin1String(" RETURNING ") + returning.join(QLatin1String(", "))
                            + QLatin1String(", (t.xmax = 0) AS ") + InsertedColumn + QLatin1String(") SELECT s.") + OrdColumn
                            + QLatin1String(", w.") + InsertedColumn + QLatin1String(" FROM w JOIN concord_stage s ON ")
                            + join.join(QLatin1String(" AND ")))
                               .toUtf8();
        m_stageReady = true;
    }
    if (auto r = m_db.command(QStringLiteral("TRUNCATE concord_stage")); !r.ok())
        return r;
    if (const auto copied = copyRows(items, indexes, false); !copied.ok()) {
        if (!m_db.lastFailureRejectsRecord())
            return copied.error();
        return rowByRow(items, indexes, outcomes, "concord_copy");
    }
    return finishUpsert(m_db.exec(m_stageUpsertSql), items, indexes, outcomes, "concord_copy");
}

Result<void> PgSink::write(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes)
{
    // Runs as long as the batch: COPY has no parameter limit; shorter runs use the VALUES statement.
    return writeInRuns(
        items, outcomes, std::max<int>(m_rowsPerStatement, int(items.size())), [this](const Record &row) { return keyText(row); },
        [&](const std::vector<std::size_t> &run) { return upsertMany(items, run, outcomes); },
        [this](const Record &row) { return remove(row); });
}

Result<WriteOutcome> PgSink::upsert(const Record &row)
{
    return upsertOne(row);
}

Result<WriteOutcome> PgSink::remove(const Record &keyRow)
{
    PgParams params;
    for (int k : m_keyIndexes) {
        const Value &v = keyRow.values[std::size_t(k)];
        if (v.isNull())
            params.addNull();
        else
            params.add(pg::toText(v));
    }
    auto r = m_db.exec(m_deleteSql, params);
    if (!r.ok())
        return r.error();
    WriteOutcome o;
    o.kind = r->affectedRows() > 0 ? WriteOutcome::Kind::Deleted : WriteOutcome::Kind::NotFound;
    return o;
}

Result<WriteOutcome::Kind> PgSink::previewUpsert(const Record &row)
{
    PgParams params;
    addRow(params, row);
    auto r = m_db.exec(m_previewSql, params);
    if (!r.ok())
        return m_db.lastFailureRejectsRecord() ? Result<WriteOutcome::Kind>(WriteOutcome::Kind::Rejected) : r.error();
    if (r->rows() == 0)
        return WriteOutcome::Kind::Inserted;
    return r->text(0, 0)[0] == 't' ? WriteOutcome::Kind::Updated : WriteOutcome::Kind::Unchanged;
}

Result<void> PgSink::commit()
{
    m_inTransaction = false;
    return m_db.command(QStringLiteral("COMMIT"));
}

void PgSink::rollback()
{
    if (m_inTransaction && m_db.isOpen())
        m_db.command(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

void PgSink::close()
{
    rollback();
    m_db.close();
}

} // namespace concord
