#include "consistency/diffside.h"

#include "consistency/canonicalhash.h"

#include "connectors/sqldialect.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <functional>

namespace concord {

namespace {

// A stored cell exactly as SQLite holds it: its storage class and bytes.
void hashRawCell(RowHasher &h, sqlite3_stmt *stmt, int col)
{
    const int type = sqlite3_column_type(stmt, col);
    const quint64 tag = quint64(0x40 + type) << 56;
    switch (type) {
    case SQLITE_INTEGER:
        h.addWord(tag);
        h.addInt(sqlite3_column_int64(stmt, col));
        break;
    case SQLITE_FLOAT: {
        const double d = sqlite3_column_double(stmt, col);
        quint64 bits;
        std::memcpy(&bits, &d, sizeof bits);
        h.addWord(tag);
        h.addWord(bits);
        break;
    }
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        const void *t = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(stmt, col))
                                            : sqlite3_column_blob(stmt, col);
        const int n = sqlite3_column_bytes(stmt, col);
        h.addWord(tag | quint64(n)); // the storage class and the length in one word
        h.add(t, std::size_t(n));
        break;
    }
    default: h.addWord(tag); break;
    }
}

// A target cell as a value of the field's declared type, as the mapping's output is: dates, booleans
// and JSON that SQLite keeps as text or integers are converted; a value that does not convert
// stays as read (and then differs from the mapped value, as it should).
Value readTyped(sqlite3_stmt *stmt, int col, const FieldType &type)
{
    Value v = sqlite::read(stmt, col, type);
    if (v.isNull())
        return v;
    const Value::Type t = v.type();
    const bool matches = (type.kind == FieldType::Int && t == Value::Type::Int)
        || (type.kind == FieldType::String && t == Value::Type::String)
        || (type.kind == FieldType::Decimal && (t == Value::Type::Decimal || t == Value::Type::Int))
        || (type.kind == FieldType::Bool && t == Value::Type::Bool)
        || (type.kind == FieldType::Timestamp && t == Value::Type::Timestamp)
        || (type.kind == FieldType::Date && t == Value::Type::Date) || (type.kind == FieldType::Json && t == Value::Type::Json);
    if (matches)
        return v;
    auto converted = v.convertTo(type);
    return converted.ok() ? std::move(converted).value() : v;
}

// One table read by an ordered key: range and point statements over the selected columns.
class Table
{
public:
    Table(QString path, QString table, QStringList columns, QStringList order)
        : m_path(std::move(path)), m_table(std::move(table)), m_columns(std::move(columns)), m_order(std::move(order))
    {
    }

    Result<void> open()
    {
        if (m_db.db())
            return {};
        if (auto r = m_db.open(m_path, true); !r.ok())
            return r;
        // A check reads every page once: mapped into memory, SQLite reads them without copying
        // each through a system call (a read-only mapping; the file is not changed through it).
        m_db.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
        return m_db.requireColumns(m_table, m_columns);
    }
    SqliteHandle &db() { return m_db; }

    QString rangeSql(bool after, bool upTo) const
    {
        QString sql = QLatin1String("SELECT ") + list(m_columns) + QLatin1String(" FROM ") + m_dialect.quote(m_table);
        const QString cols = QLatin1Char('(') + list(m_order) + QLatin1Char(')');
        QStringList marks;
        for (int i = 0; i < m_order.size(); ++i)
            marks.append(QStringLiteral("?"));
        const QString params = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
        QStringList where;
        if (after)
            where.append(cols + QLatin1String(" > ") + params);
        if (upTo)
            where.append(cols + QLatin1String(" <= ") + params);
        if (!where.isEmpty())
            sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
        return sql + QLatin1String(" ORDER BY ") + list(m_order);
    }
    QString pointSql() const
    {
        QStringList eq;
        for (const QString &o : m_order)
            eq.append(m_dialect.quote(o) + QLatin1String(" = ?"));
        return QLatin1String("SELECT ") + list(m_columns) + QLatin1String(" FROM ") + m_dialect.quote(m_table)
            + QLatin1String(" WHERE ") + eq.join(QLatin1String(" AND ")) + QLatin1String(" LIMIT 1");
    }
    Result<qint64> count()
    {
        if (auto r = open(); !r.ok())
            return r.error();
        SqliteStatement st;
        if (auto r = st.prepare(m_db, QLatin1String("SELECT COUNT(*) FROM ") + m_dialect.quote(m_table)); !r.ok())
            return r.error();
        if (sqlite3_step(st.get()) != SQLITE_ROW)
            return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("cannot count %1").arg(m_table));
        return qint64(sqlite3_column_int64(st.get(), 0));
    }
    Result<void> bindKey(sqlite3_stmt *stmt, int first, const Key &key) const
    {
        for (std::size_t i = 0; i < key.parts.size(); ++i)
            if (sqlite::bind(stmt, first + int(i), key.parts[i]) != SQLITE_OK)
                return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("cannot bind a key of %1").arg(m_table));
        return {};
    }
    Result<void> prepareRange(SqliteStatement &st, const Key *after, const Key *upTo)
    {
        if (auto r = open(); !r.ok())
            return r;
        if (auto r = st.prepare(m_db, rangeSql(after, upTo)); !r.ok())
            return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("cannot read %1").arg(m_table));
        int next = 1;
        if (after) {
            if (auto r = bindKey(st.get(), next, *after); !r.ok())
                return r;
            next += int(after->parts.size());
        }
        if (upTo)
            if (auto r = bindKey(st.get(), next, *upTo); !r.ok())
                return r;
        return {};
    }
    // Prepares the point statement once and binds `key`.
    Result<sqlite3_stmt *> preparePoint(const Key &key)
    {
        if (auto r = open(); !r.ok())
            return r.error();
        if (!m_point.get())
            if (auto r = m_point.prepare(m_db, pointSql()); !r.ok())
                return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("cannot read %1").arg(m_table));
        m_point.reset();
        if (auto r = bindKey(m_point.get(), 1, key); !r.ok())
            return r.error();
        return m_point.get();
    }
    Error stepError(const QString &what) const { return m_db.errorFor(sqlite3_errcode(m_db.db()), what); }
    // Reads the row with `key` through `read` (called with the statement on the row), then resets
    // the statement so that no read lock is left behind. False when there is no such row.
    Result<bool> fetchOne(const Key &key, const QString &dataset, const std::function<void(sqlite3_stmt *)> &read)
    {
        const auto st = preparePoint(key);
        if (!st.ok())
            return st.error();
        const int rc = sqlite3_step(*st);
        if (rc == SQLITE_DONE)
            return false;
        if (rc != SQLITE_ROW)
            return stepError(QStringLiteral("reading %1").arg(dataset));
        read(*st);
        sqlite3_reset(*st);
        return true;
    }
    void interrupt()
    {
        if (sqlite3 *db = m_db.db())
            sqlite3_interrupt(db);
    }

private:
    QString list(const QStringList &names) const
    {
        QStringList q;
        for (const QString &n : names)
            q.append(m_dialect.quote(n));
        return q.join(QLatin1String(", "));
    }

    QString m_path;
    QString m_table;
    QStringList m_columns;
    QStringList m_order;
    SqliteDialect m_dialect;
    SqliteHandle m_db;
    SqliteStatement m_point;
};

Error orderError(const QString &dataset, const Key &previous, const Key &key)
{
    return makeError(KeyOrderCode, QStringLiteral("%1 returned key %2 after %3: not in ascending key order")
                                       .arg(dataset, key.toString(), previous.toString()));
}

// What both sides' cursors share: the statement, the current key and hash, the check that keys
// ascend, and how a failed step reads.
class OrderedCursor : public DiffCursor
{
public:
    OrderedCursor(const QString &dataset, bool checkOrder) : m_dataset(dataset), m_checkOrder(checkOrder) { }
    SqliteStatement &statement() { return m_stmt; }
    const Key &key() const override { return m_key; }
    quint64 hash() const override { return m_hash; }

protected:
    Result<void> checkOrder()
    {
        if (!m_checkOrder)
            return {};
        if (m_havePrevious && compareKeys(m_previous, m_key) >= 0)
            return orderError(m_dataset, m_previous, m_key);
        m_previous = m_key;
        m_havePrevious = true;
        return {};
    }
    Error stepFailed(int rc, const Table &table) const
    {
        if (rc == SQLITE_INTERRUPT)
            return makeError(ErrorCode::Cancelled, QStringLiteral("the check was cancelled"));
        return table.stepError(QStringLiteral("reading %1").arg(m_dataset));
    }

    SqliteStatement m_stmt;
    Key m_key;
    quint64 m_hash = 0;

private:
    QString m_dataset;
    bool m_checkOrder;
    bool m_havePrevious = false;
    Key m_previous;
};

// ---- source -------------------------------------------------------------------------------

class SourceSide;

class SourceCursor final : public OrderedCursor
{
public:
    SourceCursor(SourceSide &side, bool checkOrder);
    Result<bool> next() override;
    const Key &fetchKey() const override { return m_sourceKey; }
    Result<CompareRow> row() override;

private:
    SourceSide &m_side;
    bool m_mapped = false;  // m_row holds the current row mapped
    Key m_sourceKey;
    CompareRow m_row;
    Record m_record;
    Record m_out;
    QByteArray m_text; // the row's canonical text (ComparePlan::canonicalHash)
};

class SourceSide final : public DiffSide
{
public:
    SourceSide(const ComparePlan &plan, const QString &path)
        : m_plan(plan), m_path(path),
          m_table(path, plan.source->table, plan.source->schema.fieldNames(), plan.source->schema.key),
          m_sourceKey(plan.source->schema.keyIndexes())
    {
        const Schema &s = plan.source->schema;
        m_softDelete = s.softDelete.isEmpty() ? -1 : s.indexOf(s.softDelete);
        m_compared = plan.comparedIndexes();
    }

    Result<qint64> count() override { return m_table.count(); }
    Result<std::unique_ptr<DiffCursor>> range(const Key *after, const Key *upTo) override
    {
        auto c = std::make_unique<SourceCursor>(*this, m_orderChecked);
        if (after || upTo) {
            // Bounds are target keys; with the key order preserved they are the source key's values.
            if (!m_plan.keyOrderPreserved)
                return makeError(ErrorCode::ConfigInvalid, QStringLiteral("a key range of %1 needs its key copied "
                                                                          "unchanged into the target")
                                                               .arg(m_plan.source->id));
        }
        if (auto r = m_table.prepareRange(c->statement(), after, upTo); !r.ok())
            return r.error();
        return std::unique_ptr<DiffCursor>(std::move(c));
    }
    Result<std::optional<CompareRow>> fetch(const Key &sourceKey) override
    {
        Record record;
        Record out;
        const auto found = m_table.fetchOne(sourceKey, m_plan.source->id,
                                            [&](sqlite3_stmt *st) { readRecord(st, record); });
        if (!found.ok())
            return found.error();
        if (!*found)
            return std::optional<CompareRow>();
        CompareRow row;
        Key targetKey;
        const Outcome o = map(record, out, row, targetKey);
        if (o == Outcome::Skipped)
            return std::optional<CompareRow>();
        return std::optional<CompareRow>(std::move(row));
    }
    void interrupt() override { m_table.interrupt(); }
    qint64 skipped() const override { return m_skipped.load(); }
    std::unique_ptr<DiffSide> twin() const override { return std::make_unique<SourceSide>(m_plan, m_path); }

    using Outcome = SourceRecordMapper::Outcome;

    void readRecord(sqlite3_stmt *stmt, Record &record) const
    {
        const QList<Field> &fields = m_plan.source->schema.fields;
        record.values.resize(std::size_t(fields.size()));
        for (int i = 0; i < fields.size(); ++i)
            record.values[std::size_t(i)] = sqlite::read(stmt, i, fields[i].type);
    }
    void readSourceKey(sqlite3_stmt *stmt, Key &key) const
    {
        const QList<Field> &fields = m_plan.source->schema.fields;
        key.parts.resize(std::size_t(m_sourceKey.size()));
        for (int k = 0; k < m_sourceKey.size(); ++k)
            key.parts[std::size_t(k)] = sqlite::read(stmt, m_sourceKey[k], fields[m_sourceKey[k]].type);
    }
    bool softDeleted(sqlite3_stmt *stmt) const
    {
        if (m_softDelete < 0)
            return false;
        const Value v = sqlite::read(stmt, m_softDelete, m_plan.source->schema.fields[m_softDelete].type);
        switch (v.type()) {
        case Value::Type::Null: return false;
        case Value::Type::Int: return v.intValue() != 0;
        case Value::Type::Bool: return v.boolValue();
        case Value::Type::String: {
            static const QStringList no = {QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("f"),
                                           QStringLiteral("no"),  QStringLiteral("n"),  QStringLiteral("off")};
            const QString s = v.stringValue().trimmed();
            return !s.isEmpty() && !no.contains(s, Qt::CaseInsensitive);
        }
        default: return true;
        }
    }
    Outcome map(Record &record, Record &out, CompareRow &row, Key &targetKey) const
    {
        return m_mapper.map(record, out, row, targetKey);
    }
    void countSkipped() { ++m_skipped; }

    const ComparePlan &m_plan;
    QString m_path;
    Table m_table;
    QList<int> m_sourceKey;
    std::vector<int> m_compared;
    int m_softDelete = -1;
    std::atomic<qint64> m_skipped{0};
    SourceRecordMapper m_mapper{m_plan};
};

SourceCursor::SourceCursor(SourceSide &side, bool checkOrder)
    : OrderedCursor(side.m_plan.source->id, checkOrder), m_side(side)
{
}

Result<bool> SourceCursor::next()
{
    const ComparePlan &plan = m_side.m_plan;
    sqlite3_stmt *stmt = m_stmt.get();
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            return false;
        if (rc != SQLITE_ROW)
            return stepFailed(rc, m_side.m_table);
        if (m_side.softDeleted(stmt))
            continue;
        RowHasher h;
        if (plan.rawOnly && plan.keyOrderPreserved) {
            // Every compared field is copied unchanged: hash the stored cells, map nothing.
            m_side.readSourceKey(stmt, m_sourceKey);
            m_key = m_sourceKey;
            for (int i : m_side.m_compared)
                hashRawCell(h, stmt, plan.rawSource[std::size_t(i)]);
            m_hash = h.finish();
            m_mapped = false;
        } else {
            m_side.readRecord(stmt, m_record);
            const SourceSide::Outcome o = m_side.map(m_record, m_out, m_row, m_key);
            if (o == SourceSide::Outcome::Skipped) {
                m_side.countSkipped();
                continue;
            }
            m_sourceKey = m_row.sourceKey;
            if (o == SourceSide::Outcome::Failed) {
                if (m_key.parts.empty()) { // cannot be placed in the target's key order
                    m_side.countSkipped();
                    continue;
                }
                m_hash = UnmappedRowHash;
            } else if (plan.canonicalHash) {
                m_hash = m_side.m_mapper.hash(m_row, m_text);
            } else {
                for (int i : m_side.m_compared) {
                    const int raw = plan.rawSource[std::size_t(i)];
                    if (raw >= 0)
                        hashRawCell(h, stmt, raw);
                    else
                        plan.comparers[std::size_t(i)].hash(h, m_row.values.values[std::size_t(i)]);
                }
                m_hash = h.finish();
            }
            m_mapped = true;
        }
        if (auto r = checkOrder(); !r.ok())
            return r.error();
        return true;
    }
}

Result<CompareRow> SourceCursor::row()
{
    if (!m_mapped) {
        m_side.readRecord(m_stmt.get(), m_record);
        Key targetKey;
        m_side.map(m_record, m_out, m_row, targetKey);
        m_mapped = true;
    }
    return m_row;
}

// ---- target -------------------------------------------------------------------------------

class TargetSide;

class TargetCursor final : public OrderedCursor
{
public:
    TargetCursor(TargetSide &side, bool checkOrder);
    Result<bool> next() override;
    const Key &fetchKey() const override { return m_key; }
    Result<CompareRow> row() override;

private:
    TargetSide &m_side;
    QByteArray m_text; // the row's canonical text (ComparePlan::canonicalHash)
};

class TargetSide final : public DiffSide
{
public:
    TargetSide(const ComparePlan &plan, const QString &path)
        : m_plan(plan), m_table(path, plan.target->table, plan.fields, keyNames(plan)), m_compared(plan.comparedIndexes())
    {
    }
    static QStringList keyNames(const ComparePlan &plan)
    {
        QStringList k;
        for (int i : plan.key)
            k.append(plan.fields[i]);
        return k;
    }

    Result<qint64> count() override { return m_table.count(); }
    Result<std::unique_ptr<DiffCursor>> range(const Key *after, const Key *upTo) override
    {
        auto c = std::make_unique<TargetCursor>(*this, m_orderChecked);
        if (auto r = m_table.prepareRange(c->statement(), after, upTo); !r.ok())
            return r.error();
        return std::unique_ptr<DiffCursor>(std::move(c));
    }
    Result<std::optional<CompareRow>> fetch(const Key &key) override
    {
        CompareRow row;
        const auto found = m_table.fetchOne(key, m_plan.target->id, [&](sqlite3_stmt *st) { readRow(st, row); });
        if (!found.ok())
            return found.error();
        if (!*found)
            return std::optional<CompareRow>();
        return std::optional<CompareRow>(std::move(row));
    }
    void interrupt() override { m_table.interrupt(); }

    void readRow(sqlite3_stmt *stmt, CompareRow &row) const
    {
        row.values.values.resize(m_plan.types.size());
        for (std::size_t i = 0; i < m_plan.types.size(); ++i)
            row.values.values[i] = readTyped(stmt, int(i), m_plan.types[i]);
    }

    const ComparePlan &m_plan;
    Table m_table;
    std::vector<int> m_compared;
};

TargetCursor::TargetCursor(TargetSide &side, bool checkOrder)
    : OrderedCursor(side.m_plan.target->id, checkOrder), m_side(side)
{
}

Result<bool> TargetCursor::next()
{
    const ComparePlan &plan = m_side.m_plan;
    sqlite3_stmt *stmt = m_stmt.get();
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE)
        return false;
    if (rc != SQLITE_ROW)
        return stepFailed(rc, m_side.m_table);
    m_key.parts.resize(plan.key.size());
    for (std::size_t k = 0; k < plan.key.size(); ++k)
        m_key.parts[k] = readTyped(stmt, plan.key[k], plan.types[std::size_t(plan.key[k])]);
    if (plan.canonicalHash) {
        m_text.clear();
        for (int i : m_side.m_compared)
            appendCanonical(m_text, plan.comparers[std::size_t(i)], readTyped(stmt, i, plan.types[std::size_t(i)]));
        m_hash = canonicalDigest(m_text);
    } else {
        RowHasher h;
        for (int i : m_side.m_compared) {
            if (plan.rawSource[std::size_t(i)] >= 0)
                hashRawCell(h, stmt, i);
            else
                plan.comparers[std::size_t(i)].hash(h, readTyped(stmt, i, plan.types[std::size_t(i)]));
        }
        m_hash = h.finish();
    }
    if (auto r = checkOrder(); !r.ok())
        return r.error();
    return true;
}

Result<CompareRow> TargetCursor::row()
{
    CompareRow row;
    m_side.readRow(m_stmt.get(), row);
    return row;
}

// ---- sorted -------------------------------------------------------------------------------

class SortedCursor final : public DiffCursor
{
public:
    SortedCursor(DiffSide &inner, const std::vector<SortedSide::Entry> &entries, std::size_t from, std::size_t to)
        : m_inner(inner), m_entries(entries), m_at(from), m_end(to)
    {
    }
    Result<bool> next() override
    {
        if (m_started)
            ++m_at;
        m_started = true;
        return m_at < m_end;
    }
    const Key &key() const override { return m_entries[m_at].key; }
    quint64 hash() const override { return m_entries[m_at].hash; }
    const Key &fetchKey() const override { return m_entries[m_at].fetchKey; }
    Result<CompareRow> row() override
    {
        auto r = m_inner.fetch(fetchKey());
        if (!r.ok())
            return r.error();
        if (!r->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("record %1 is gone").arg(fetchKey().toString()));
        return std::move(**r);
    }

private:
    DiffSide &m_inner;
    const std::vector<SortedSide::Entry> &m_entries;
    std::size_t m_at;
    std::size_t m_end;
    bool m_started = false;
};

} // namespace

SourceRecordMapper::SourceRecordMapper(const ComparePlan &plan)
    : m_plan(plan), m_sourceKey(plan.source->schema.keyIndexes()), m_compared(plan.comparedIndexes())
{
}

SourceRecordMapper::Outcome SourceRecordMapper::map(Record &record, Record &out, CompareRow &row, Key &targetKey) const
{
    row.sourceKey.parts.resize(std::size_t(m_sourceKey.size()));
    for (int k = 0; k < m_sourceKey.size(); ++k)
        row.sourceKey.parts[std::size_t(k)] = record.values[std::size_t(m_sourceKey[k])];
    const MapOutcome outcome = m_plan.mapping.map(record, out);
    if (outcome.kind == MapOutcome::Kind::Skipped)
        return Outcome::Skipped;
    Error error = outcome.error;
    QString field = outcome.field;
    if (outcome.kind == MapOutcome::Kind::Mapped) {
        if (auto r = m_plan.plan.apply(out, row.values); r.ok()) {
            targetKey.parts.resize(m_plan.key.size());
            for (std::size_t k = 0; k < m_plan.key.size(); ++k)
                targetKey.parts[k] = row.values.values[std::size_t(m_plan.key[k])];
            row.note.clear();
            return Outcome::Mapped;
        } else {
            error = r.error();
        }
    }
    row.values.values.clear();
    // No values in the note: the message may quote one (an L3 phone typed into an amount), and
    // the note is stored and shown to people of any clearance. The dead letter has the detail.
    row.note = field.isEmpty()
        ? QStringLiteral("%1: the source record does not map (see its dead letter)").arg(error.code)
        : QStringLiteral("%1: the source record does not map at field '%2' (see its dead letter)").arg(error.code, field);
    targetKey.parts.clear();
    if (m_plan.keyOrderPreserved)
        targetKey = row.sourceKey;
    return Outcome::Failed;
}

quint64 SourceRecordMapper::hash(const CompareRow &row, QByteArray &scratch) const
{
    if (m_plan.canonicalHash) {
        scratch.clear();
        for (int i : m_compared)
            appendCanonical(scratch, m_plan.comparers[std::size_t(i)], row.values.values[std::size_t(i)]);
        return canonicalDigest(scratch);
    }
    RowHasher h;
    for (int i : m_compared)
        m_plan.comparers[std::size_t(i)].hash(h, row.values.values[std::size_t(i)]);
    return h.finish();
}

std::unique_ptr<DiffSide> makeSourceSide(const ComparePlan &plan, const QString &path)
{
    return std::make_unique<SourceSide>(plan, path);
}

std::unique_ptr<DiffSide> makeTargetSide(const ComparePlan &plan, const QString &path)
{
    return std::make_unique<TargetSide>(plan, path);
}

SortedSide::SortedSide(std::unique_ptr<DiffSide> inner) : m_inner(std::move(inner))
{
    m_inner->setOrderChecked(false);
}

Result<void> SortedSide::load(const std::atomic<bool> &cancel)
{
    auto cursor = m_inner->range(nullptr, nullptr);
    if (!cursor.ok())
        return cursor.error();
    for (;;) {
        const auto more = (*cursor)->next();
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
        m_entries.push_back(Entry{(*cursor)->key(), (*cursor)->hash(), (*cursor)->fetchKey()});
        if ((m_entries.size() & 4095) == 0 && cancel.load())
            return makeError(ErrorCode::Cancelled, QStringLiteral("the check was cancelled"));
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return compareKeys(a.key, b.key) < 0; });
    return {};
}

Result<std::unique_ptr<DiffCursor>> SortedSide::range(const Key *after, const Key *upTo)
{
    const auto lessOrEqual = [](const Entry &e, const Key &k) { return compareKeys(e.key, k) <= 0; };
    std::size_t from = 0;
    std::size_t to = m_entries.size();
    if (after) // first entry > after
        from = std::size_t(std::partition_point(m_entries.begin(), m_entries.end(),
                                                [&](const Entry &e) { return lessOrEqual(e, *after); })
                           - m_entries.begin());
    if (upTo) // first entry > upTo
        to = std::size_t(std::partition_point(m_entries.begin(), m_entries.end(),
                                              [&](const Entry &e) { return lessOrEqual(e, *upTo); })
                         - m_entries.begin());
    return std::unique_ptr<DiffCursor>(std::make_unique<SortedCursor>(*m_inner, m_entries, from, std::max(from, to)));
}

} // namespace concord
