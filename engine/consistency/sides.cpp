#include "consistency/sides.h"

#include "consistency/canonicalhash.h"
#include "connectors/connector.h"
#include "connectors/postgres/pgcatalog.h"
#include "connectors/postgres/pgconnection.h"
#include "connectors/postgres/pgvalue.h"

#include <QRegularExpression>

#include <atomic>

namespace concord {

namespace {

constexpr int kFetchRows = 2000;

// One PostgreSQL table as a check reads it: `columns` selected in order, ordered and bounded by
// `keyColumns`, inside one transaction (a snapshot for a check).
class PgTable
{
public:
    Result<void> open(const SystemDef &system, const QString &table, const QString &datasetId, const QString &what,
                      const QStringList &columns, const QStringList &keyColumns, bool snapshot)
    {
        if (auto r = db.open(system, QStringLiteral("check %1").arg(datasetId)); !r.ok())
            return r;
        name = PgTableName::parse(table, system.options.value(QStringLiteral("schema")).toString());
        const auto found = pgRequireColumns(db, name, columns, QStringLiteral("%1 %2").arg(what, datasetId));
        if (!found.ok())
            return found.error();
        for (const QString &c : columns)
            for (const PgColumn &pc : *found)
                if (pc.name == c) {
                    oids.push_back(pc.oid);
                    // Key bounds are cast to the base type: numeric(10,2) would round them.
                    static const QRegularExpression typmod(QStringLiteral("\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\)"));
                    types.append(QString(pc.sqlType).remove(typmod));
                    m_quoted.append(pgQuote(c));
                }
        selectList = m_quoted.join(QLatin1String(", "));
        QStringList order;
        for (const QString &k : keyColumns) {
            const int i = int(columns.indexOf(k));
            keyIndexes.push_back(i);
            const auto bytewise = sortsByCodePoint(k);
            if (!bytewise.ok())
                return bytewise.error();
            m_collate.push_back(!*bytewise && isText(i));
            order.append(pgQuote(k) + collation(keyIndexes.size() - 1));
        }
        keyRow = QLatin1Char('(') + order.join(QLatin1String(", ")) + QLatin1Char(')');
        orderBy = order.join(QLatin1String(", "));
        // Cursors need a transaction; a check reads everything from one snapshot.
        return db.command(snapshot ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                   : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY"));
    }

    Result<qint64> count()
    {
        const auto n = db.scalar(QStringLiteral("SELECT count(*) FROM ") + name.quoted());
        if (!n.ok())
            return n.error();
        return n->toLongLong();
    }
    // " WHERE (k...) > (after) AND (k...) <= (upTo)", or "" for an open range.
    QString rangeWhere(const Key *after, const Key *upTo, PgParams &params) const
    {
        QStringList conditions;
        for (const auto &[bound, op] : {std::pair<const Key *, const char *>{after, ">"}, {upTo, "<="}}) {
            if (!bound)
                continue;
            QStringList values;
            for (std::size_t k = 0; k < keyIndexes.size(); ++k)
                values.append(param(k, *bound, params));
            conditions.append(QStringLiteral("%1 %2 (%3)").arg(keyRow, QLatin1String(op), values.join(QLatin1String(", "))));
        }
        return conditions.isEmpty() ? QString() : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    }
    // The row with `key`: all selected columns.
    Result<PgResult> fetch(const Key &key)
    {
        PgParams params;
        QStringList where;
        for (std::size_t k = 0; k < keyIndexes.size(); ++k)
            where.append(QStringLiteral("%1 = %2").arg(m_quoted[keyIndexes[k]], equalParam(k, key, params)));
        return db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(selectList, name.quoted(), where.join(QLatin1String(" AND "))),
                       params);
    }
    QString nextCursorName() { return QStringLiteral("concord_check_%1").arg(++m_cursors); }

    PgConnection db;
    PgTableName name;
    std::vector<unsigned int> oids; // per selected column
    QStringList types;              // per selected column: its SQL type
    std::vector<int> keyIndexes;    // into the selected columns
    QString selectList;
    QString keyRow;
    QString orderBy;

private:
    bool isText(int column) const
    {
        const unsigned oid = column >= 0 ? oids[std::size_t(column)] : 0;
        return oid == pg::TextOid || oid == pg::VarcharOid || oid == pg::BpcharOid;
    }
    // Whether the column's collation already sorts by code point (C, POSIX, ucs_basic; "default"
    // when the database's is one of them). Then the key's own index serves ranges and order.
    Result<bool> sortsByCodePoint(const QString &column)
    {
        PgParams params;
        params.add(name.quoted().toUtf8());
        params.add(column.toUtf8());
        const auto collation = db.scalar(
            QStringLiteral("SELECT CASE WHEN c.collname = 'default' THEN (SELECT datcollate FROM pg_database "
                           "WHERE datname = current_database()) ELSE c.collname END FROM pg_attribute a "
                           "JOIN pg_collation c ON c.oid = a.attcollation WHERE a.attrelid = $1::regclass AND a.attname = $2"),
            params);
        if (!collation.ok())
            return collation.error();
        return collation->isEmpty() || *collation == QLatin1String("C") || *collation == QLatin1String("POSIX")
            || *collation == QLatin1String("ucs_basic");
    }
    // Text keys in code point order, as compareKeys and the other side order them. Under another
    // collation the ranges and the order cannot use the key's index unless one is made with
    // COLLATE "C" (docs/consistency.md §8).
    QString collation(std::size_t keyPart) const
    {
        return m_collate[keyPart] ? QStringLiteral(" COLLATE \"C\"") : QString();
    }
    QString param(std::size_t k, const Key &key, PgParams &params) const
    {
        return equalParam(k, key, params) + collation(k);
    }
    // A key value for equality: no collation needed (deterministic collations agree on equality),
    // so the key's index serves it.
    QString equalParam(std::size_t k, const Key &key, PgParams &params) const
    {
        const Value &v = key.parts[k];
        if (v.isNull())
            params.addNull();
        else
            params.add(pg::toText(v));
        return QStringLiteral("$%1::%2").arg(params.size()).arg(types[keyIndexes[k]]);
    }

    QStringList m_quoted; // the selected columns, quoted
    std::vector<bool> m_collate; // per key part: ordered with COLLATE "C"
    int m_cursors = 0;
};

// A server-side cursor over one query, fetched kFetchRows at a time.
class PgRows
{
public:
    PgRows(PgTable &table, QString name) : m_table(table), m_name(std::move(name)) { }
    ~PgRows()
    {
        if (m_declared)
            m_table.db.command(QStringLiteral("CLOSE ") + m_name);
    }
    Result<void> declare(const QString &query, const PgParams &params)
    {
        const auto r = m_table.db.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(m_name, query), params);
        if (!r.ok())
            return r.error();
        m_declared = true;
        return {};
    }
    // Moves to the next row; false at the end.
    Result<bool> next()
    {
        if (++m_row < m_rows)
            return true;
        if (m_done)
            return false;
        auto r = m_table.db.exec(QStringLiteral("FETCH FORWARD %1 FROM %2").arg(kFetchRows).arg(m_name));
        if (!r.ok())
            return r.error();
        m_result = std::move(*r);
        m_rows = m_result.rows();
        m_row = 0;
        m_done = m_rows < kFetchRows;
        return m_rows > 0;
    }
    const PgResult &result() const { return m_result; }
    int row() const { return m_row; }

private:
    PgTable &m_table;
    QString m_name;
    bool m_declared = false;
    PgResult m_result;
    int m_rows = 0;
    int m_row = -1;
    bool m_done = false;
};

// ---- target -------------------------------------------------------------------------------

class PgTargetSide final : public DiffSide
{
public:
    explicit PgTargetSide(const ComparePlan &plan) : m_plan(plan), m_compared(plan.comparedIndexes()) { }

    Result<void> open(const SystemDef &system, bool snapshot)
    {
        QStringList key;
        for (int k : m_plan.key)
            key.append(m_plan.fields[k]);
        if (auto r = m_table.open(system, m_plan.target->table, m_plan.target->id, QStringLiteral("target"),
                                  m_plan.fields, key, snapshot);
            !r.ok())
            return r;
        QStringList hashParts;
        m_sqlHash = true;
        for (int i : m_compared) {
            const QString e = canonicalSql(pgQuote(m_plan.fields[i]), m_table.oids[std::size_t(i)],
                                           m_plan.comparers[std::size_t(i)]);
            if (e.isEmpty())
                m_sqlHash = false; // hashed here from the values read instead
            hashParts.append(e);
        }
        m_hashSql = m_sqlHash ? canonicalDigestSql(hashParts) : QString();
        return {};
    }

    Result<qint64> count() override { return m_table.count(); }

    Result<std::optional<DiffSum>> sum(const Key *after, const Key *upTo) override
    {
        if (!m_sqlHash)
            return std::optional<DiffSum>();
        PgParams params;
        const QString where = m_table.rangeWhere(after, upTo, params);
        const auto r = m_table.db.exec(QStringLiteral("SELECT count(*), coalesce(sum(%1), 0) FROM %2%3")
                                           .arg(m_hashSql, m_table.name.quoted(), where),
                                       params);
        if (!r.ok())
            return r.error();
        ++m_sums;
        DiffSum s;
        s.count = QByteArray(r->text(0, 0)).toLongLong();
        s.sum = wrapDecimalText(QByteArray(r->text(0, 1)));
        return std::optional<DiffSum>(s);
    }

    Result<std::unique_ptr<DiffCursor>> range(const Key *after, const Key *upTo) override;

    Result<std::optional<CompareRow>> fetch(const Key &key) override
    {
        const auto r = m_table.fetch(key);
        if (!r.ok())
            return r.error();
        if (r->rows() == 0)
            return std::optional<CompareRow>();
        CompareRow row;
        readRow(*r, 0, row);
        return std::optional<CompareRow>(std::move(row));
    }

    void interrupt() override { m_table.db.cancel(); }
    qint64 sumsInDatabase() const override { return m_sums; }

    void readRow(const PgResult &r, int row, CompareRow &out) const
    {
        out.values.values.resize(m_plan.types.size());
        for (std::size_t i = 0; i < m_plan.types.size(); ++i)
            out.values.values[i] = pg::read(r, row, int(i), m_plan.types[i]);
    }
    quint64 hashOf(const Record &row)
    {
        m_text.clear();
        for (int i : m_compared)
            appendCanonical(m_text, m_plan.comparers[std::size_t(i)], row.values[std::size_t(i)]);
        return canonicalDigest(m_text);
    }

    const ComparePlan &m_plan;
    PgTable m_table;
    bool m_sqlHash = false;
    QString m_hashSql;

private:
    std::vector<int> m_compared;
    QByteArray m_text;
    qint64 m_sums = 0;
};

class PgTargetCursor final : public DiffCursor
{
public:
    explicit PgTargetCursor(PgTargetSide &side) : m_side(side), m_rows(side.m_table, side.m_table.nextCursorName()) { }

    Result<void> open(const Key *after, const Key *upTo)
    {
        PgParams params;
        const QString where = m_side.m_table.rangeWhere(after, upTo, params);
        const QString hash = m_side.m_sqlHash ? QStringLiteral(", ") + m_side.m_hashSql : QString();
        return m_rows.declare(QStringLiteral("SELECT %1%2 FROM %3%4 ORDER BY %5")
                                  .arg(m_side.m_table.selectList, hash, m_side.m_table.name.quoted(), where,
                                       m_side.m_table.orderBy),
                              params);
    }
    Result<bool> next() override
    {
        const auto more = m_rows.next();
        if (!more.ok() || !*more)
            return more;
        const ComparePlan &plan = m_side.m_plan;
        m_side.readRow(m_rows.result(), m_rows.row(), m_current);
        m_key.parts.resize(plan.key.size());
        for (std::size_t k = 0; k < plan.key.size(); ++k)
            m_key.parts[k] = m_current.values.values[std::size_t(plan.key[k])];
        m_hash = m_side.m_sqlHash ? quint64(QByteArray(m_rows.result().text(m_rows.row(), int(plan.fields.size()))).toLongLong())
                                  : m_side.hashOf(m_current.values);
        return true;
    }
    const Key &key() const override { return m_key; }
    quint64 hash() const override { return m_hash; }
    const Key &fetchKey() const override { return m_key; }
    Result<CompareRow> row() override { return m_current; }

private:
    PgTargetSide &m_side;
    PgRows m_rows;
    CompareRow m_current;
    Key m_key;
    quint64 m_hash = 0;
};

Result<std::unique_ptr<DiffCursor>> PgTargetSide::range(const Key *after, const Key *upTo)
{
    auto c = std::make_unique<PgTargetCursor>(*this);
    if (auto r = c->open(after, upTo); !r.ok())
        return r.error();
    return std::unique_ptr<DiffCursor>(std::move(c));
}

// ---- source -------------------------------------------------------------------------------

// A PostgreSQL source table: its records read in source-key order and mapped as a run maps them.
class PgSourceSide final : public DiffSide
{
public:
    explicit PgSourceSide(const ComparePlan &plan) : m_plan(plan), m_mapper(plan)
    {
        const Schema &s = plan.source->schema;
        m_softDelete = s.softDelete.isEmpty() ? -1 : s.indexOf(s.softDelete);
    }

    Result<void> open(const SystemDef &system, bool snapshot)
    {
        return m_table.open(system, m_plan.source->table, m_plan.source->id, QStringLiteral("source"),
                            m_plan.source->schema.fieldNames(), m_plan.source->schema.key, snapshot);
    }

    Result<qint64> count() override { return m_table.count(); }
    Result<std::unique_ptr<DiffCursor>> range(const Key *after, const Key *upTo) override;
    Result<std::optional<CompareRow>> fetch(const Key &sourceKey) override
    {
        const auto r = m_table.fetch(sourceKey);
        if (!r.ok())
            return r.error();
        if (r->rows() == 0)
            return std::optional<CompareRow>();
        Record record, out;
        readRecord(*r, 0, record);
        CompareRow row;
        Key targetKey;
        if (m_mapper.map(record, out, row, targetKey) == SourceRecordMapper::Outcome::Skipped)
            return std::optional<CompareRow>();
        return std::optional<CompareRow>(std::move(row));
    }
    void interrupt() override { m_table.db.cancel(); }
    qint64 skipped() const override { return m_skipped.load(); }

    void readRecord(const PgResult &r, int row, Record &record) const
    {
        const QList<Field> &fields = m_plan.source->schema.fields;
        record.values.resize(std::size_t(fields.size()));
        for (int i = 0; i < fields.size(); ++i)
            record.values[std::size_t(i)] = pg::read(r, row, i, fields[i].type);
    }
    bool softDeleted(const Record &record) const
    {
        return m_softDelete >= 0 && isSoftDeleted(record.values[std::size_t(m_softDelete)]);
    }

    const ComparePlan &m_plan;
    PgTable m_table;
    SourceRecordMapper m_mapper;
    std::atomic<qint64> m_skipped{0};

private:
    int m_softDelete = -1;
};

class PgSourceCursor final : public DiffCursor
{
public:
    explicit PgSourceCursor(PgSourceSide &side) : m_side(side), m_rows(side.m_table, side.m_table.nextCursorName()) { }

    Result<void> open(const Key *after, const Key *upTo)
    {
        PgParams params;
        const QString where = m_side.m_table.rangeWhere(after, upTo, params);
        return m_rows.declare(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                                  .arg(m_side.m_table.selectList, m_side.m_table.name.quoted(), where,
                                       m_side.m_table.orderBy),
                              params);
    }
    Result<bool> next() override
    {
        for (;;) {
            const auto more = m_rows.next();
            if (!more.ok() || !*more)
                return more;
            m_side.readRecord(m_rows.result(), m_rows.row(), m_record);
            if (m_side.softDeleted(m_record))
                continue;
            const auto o = m_side.m_mapper.map(m_record, m_out, m_row, m_key);
            if (o == SourceRecordMapper::Outcome::Skipped) {
                ++m_side.m_skipped;
                continue;
            }
            if (o == SourceRecordMapper::Outcome::Failed) {
                if (m_key.parts.empty()) { // cannot be placed in the target's key order
                    ++m_side.m_skipped;
                    continue;
                }
                m_hash = UnmappedRowHash;
            } else {
                m_hash = m_side.m_mapper.hash(m_row, m_text);
            }
            return true;
        }
    }
    const Key &key() const override { return m_key; }
    quint64 hash() const override { return m_hash; }
    const Key &fetchKey() const override { return m_row.sourceKey; }
    Result<CompareRow> row() override { return m_row; }

private:
    PgSourceSide &m_side;
    PgRows m_rows;
    Record m_record;
    Record m_out;
    CompareRow m_row;
    Key m_key;
    quint64 m_hash = 0;
    QByteArray m_text;
};

Result<std::unique_ptr<DiffCursor>> PgSourceSide::range(const Key *after, const Key *upTo)
{
    if ((after || upTo) && !m_plan.keyOrderPreserved) // bounds are target keys: the same values only then
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("a key range of %1 needs its key copied unchanged into the target").arg(m_plan.source->id));
    auto c = std::make_unique<PgSourceCursor>(*this);
    if (auto r = c->open(after, upTo); !r.ok())
        return r.error();
    return std::unique_ptr<DiffCursor>(std::move(c));
}

bool isPostgres(const SystemDef *system)
{
    return system && system->kind == QLatin1String("postgres");
}

} // namespace

Result<std::unique_ptr<DiffSide>> openSourceSide(const Workspace &ws, const ComparePlan &plan, bool snapshot)
{
    if (const SystemDef *system = ws.systemOf(*plan.source); isPostgres(system)) {
        auto side = std::make_unique<PgSourceSide>(plan);
        if (auto r = side->open(*system, snapshot); !r.ok())
            return r.error();
        return std::unique_ptr<DiffSide>(std::move(side));
    }
    const auto path = sqlitePathFor(ws, *plan.source);
    if (!path.ok())
        return path.error();
    return makeSourceSide(plan, *path);
}

Result<std::unique_ptr<DiffSide>> openTargetSide(const Workspace &ws, const ComparePlan &plan, bool snapshot)
{
    if (isPostgres(plan.targetSystem)) {
        auto side = std::make_unique<PgTargetSide>(plan);
        if (auto r = side->open(*plan.targetSystem, snapshot); !r.ok())
            return r.error();
        return std::unique_ptr<DiffSide>(std::move(side));
    }
    const auto path = sqlitePathFor(ws, *plan.target);
    if (!path.ok())
        return path.error();
    return makeTargetSide(plan, *path);
}

} // namespace concord
