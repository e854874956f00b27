#include "consistency/targetside.h"

#include "consistency/canonicalhash.h"
#include "connectors/connector.h"
#include "connectors/postgres/pgcatalog.h"
#include "connectors/postgres/pgconnection.h"
#include "connectors/postgres/pgvalue.h"

#include <atomic>

namespace concord {

namespace {

constexpr int kFetchRows = 2000;

// A PostgreSQL table read in one REPEATABLE READ snapshot. Keys are ordered as compareKeys orders
// them: text by code point (COLLATE "C", UTF-8 byte order), numbers and times by value.
class PgTargetSide final : public DiffSide
{
public:
    explicit PgTargetSide(const ComparePlan &plan) : m_plan(plan), m_compared(plan.comparedIndexes()) { }
    ~PgTargetSide() override { m_db.close(); }

    Result<void> open(const SystemDef &system, bool snapshot)
    {
        if (auto r = m_db.open(system, QStringLiteral("check %1").arg(m_plan.target->id)); !r.ok())
            return r;
        m_table = PgTableName::parse(m_plan.target->table, system.options.value(QStringLiteral("schema")).toString());
        const auto columns = pgRequireColumns(m_db, m_table, m_plan.fields, QStringLiteral("target %1").arg(m_plan.target->id));
        if (!columns.ok())
            return columns.error();
        QStringList select, hashParts;
        m_sqlHash = true;
        for (const QString &f : m_plan.fields) {
            for (const PgColumn &c : *columns) {
                if (c.name != f)
                    continue;
                m_oids.push_back(c.oid);
                m_types.append(c.sqlType);
                select.append(pgQuote(f));
            }
        }
        for (int i : m_compared) {
            const QString e = canonicalSql(pgQuote(m_plan.fields[i]), m_oids[std::size_t(i)], m_plan.comparers[std::size_t(i)]);
            if (e.isEmpty())
                m_sqlHash = false; // hashed here from the values read instead
            hashParts.append(e);
        }
        m_hashSql = m_sqlHash ? canonicalDigestSql(hashParts) : QString();
        m_select = select.join(QLatin1String(", "));
        QStringList keyColumns, order;
        for (int k : m_plan.key) {
            const QString q = pgQuote(m_plan.fields[k]) + collation(k);
            keyColumns.append(q);
            order.append(q);
        }
        m_keyRow = QStringLiteral("(%1)").arg(keyColumns.join(QLatin1String(", ")));
        m_order = order.join(QLatin1String(", "));
        // One snapshot for the whole check: both checksums and rows come from the same state.
        // Cursors need a transaction either way.
        return m_db.command(snapshot ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                     : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY"));
    }

    Result<qint64> count() override
    {
        const auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM ") + m_table.quoted());
        if (!n.ok())
            return n.error();
        return n->toLongLong();
    }

    Result<std::optional<DiffSum>> sum(const Key *after, const Key *upTo) override
    {
        if (!m_sqlHash)
            return std::optional<DiffSum>();
        PgParams params;
        const QString where = rangeWhere(after, upTo, params);
        const auto r = m_db.exec(QStringLiteral("SELECT count(*), coalesce(sum(%1), 0) FROM %2%3")
                                     .arg(m_hashSql, m_table.quoted(), where),
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
        PgParams params;
        QStringList where;
        for (std::size_t k = 0; k < m_plan.key.size(); ++k)
            where.append(QStringLiteral("%1 = %2").arg(pgQuote(m_plan.fields[m_plan.key[k]]), param(k, key, params)));
        const auto r = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                     .arg(m_select, m_table.quoted(), where.join(QLatin1String(" AND "))),
                                 params);
        if (!r.ok())
            return r.error();
        if (r->rows() == 0)
            return std::optional<CompareRow>();
        CompareRow row;
        readRow(*r, 0, row);
        return std::optional<CompareRow>(std::move(row));
    }

    void interrupt() override { m_db.cancel(); }

    qint64 sumsInDatabase() const override { return m_sums; }

    void readRow(const PgResult &r, int row, CompareRow &out) const
    {
        out.values.values.resize(m_plan.types.size());
        for (std::size_t i = 0; i < m_plan.types.size(); ++i)
            out.values.values[i] = pg::read(r, row, int(i), m_plan.types[i]);
    }
    quint64 hashOf(const Record &row) const
    {
        QByteArray text;
        for (int i : m_compared)
            appendCanonical(text, m_plan.comparers[std::size_t(i)], row.values[std::size_t(i)]);
        return canonicalDigest(text);
    }

    const ComparePlan &m_plan;
    PgConnection m_db;
    bool m_sqlHash = false;
    QString m_hashSql;

private:
    friend class PgTargetCursor;

    // Text keys in code point order, as compareKeys and the source side order them.
    QString collation(int field) const
    {
        const unsigned oid = m_oids[std::size_t(field)];
        return oid == pg::TextOid || oid == pg::VarcharOid || oid == pg::BpcharOid ? QStringLiteral(" COLLATE \"C\"")
                                                                                 : QString();
    }
    QString param(std::size_t k, const Key &key, PgParams &params) const
    {
        const Value &v = key.parts[k];
        if (v.isNull())
            params.addNull();
        else
            params.add(pg::toText(v));
        const int field = m_plan.key[k];
        return QStringLiteral("$%1::%2%3").arg(params.size()).arg(m_types[field], collation(field));
    }
    QString rangeWhere(const Key *after, const Key *upTo, PgParams &params) const
    {
        QStringList conditions;
        for (const auto &[bound, op] : {std::pair<const Key *, const char *>{after, ">"}, {upTo, "<="}}) {
            if (!bound)
                continue;
            QStringList values;
            for (std::size_t k = 0; k < m_plan.key.size(); ++k)
                values.append(param(k, *bound, params));
            conditions.append(QStringLiteral("%1 %2 (%3)").arg(m_keyRow, QLatin1String(op), values.join(QLatin1String(", "))));
        }
        return conditions.isEmpty() ? QString() : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    }

    PgTableName m_table;
    std::vector<int> m_compared;
    std::vector<unsigned int> m_oids;
    QStringList m_types;
    QString m_select;
    QString m_keyRow;
    QString m_order;
    int m_cursors = 0;
    qint64 m_sums = 0;
};

// A range read through a server-side cursor, kFetchRows at a time.
class PgTargetCursor final : public DiffCursor
{
public:
    PgTargetCursor(PgTargetSide &side, QString name) : m_side(side), m_name(std::move(name)) { }
    ~PgTargetCursor() override { m_side.m_db.command(QStringLiteral("CLOSE ") + m_name); }

    Result<void> open(const Key *after, const Key *upTo)
    {
        PgParams params;
        const QString where = m_side.rangeWhere(after, upTo, params);
        const QString hash = m_side.m_sqlHash ? QStringLiteral(", ") + m_side.m_hashSql : QString();
        const auto r = m_side.m_db.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR SELECT %2%3 FROM %4%5 ORDER BY %6")
                                            .arg(m_name, m_side.m_select, hash, m_side.m_table.quoted(), where,
                                                 m_side.m_order),
                                        params);
        if (!r.ok())
            return r.error();
        return {};
    }

    Result<bool> next() override
    {
        if (++m_row >= m_rows) {
            if (m_done)
                return false;
            auto r = m_side.m_db.exec(QStringLiteral("FETCH FORWARD %1 FROM %2").arg(kFetchRows).arg(m_name));
            if (!r.ok())
                return r.error();
            m_result = std::move(*r);
            m_rows = m_result.rows();
            m_row = 0;
            m_done = m_rows < kFetchRows;
            if (m_rows == 0)
                return false;
        }
        const ComparePlan &plan = m_side.m_plan;
        m_side.readRow(m_result, m_row, m_current);
        m_key.parts.resize(plan.key.size());
        for (std::size_t k = 0; k < plan.key.size(); ++k)
            m_key.parts[k] = m_current.values.values[std::size_t(plan.key[k])];
        if (m_side.m_sqlHash)
            m_hash = quint64(QByteArray(m_result.text(m_row, int(plan.fields.size()))).toLongLong());
        else
            m_hash = m_side.hashOf(m_current.values);
        return true;
    }
    const Key &key() const override { return m_key; }
    quint64 hash() const override { return m_hash; }
    const Key &fetchKey() const override { return m_key; }
    Result<CompareRow> row() override { return m_current; }

private:
    PgTargetSide &m_side;
    QString m_name;
    PgResult m_result;
    int m_rows = 0;
    int m_row = -1;
    bool m_done = false;
    CompareRow m_current;
    Key m_key;
    quint64 m_hash = 0;
};

Result<std::unique_ptr<DiffCursor>> PgTargetSide::range(const Key *after, const Key *upTo)
{
    auto c = std::make_unique<PgTargetCursor>(*this, QStringLiteral("concord_check_%1").arg(++m_cursors));
    if (auto r = c->open(after, upTo); !r.ok())
        return r.error();
    return std::unique_ptr<DiffCursor>(std::move(c));
}

} // namespace

Result<std::unique_ptr<DiffSide>> openTargetSide(const Workspace &ws, const ComparePlan &plan, bool snapshot)
{
    if (plan.targetSystem && plan.targetSystem->kind == QLatin1String("postgres")) {
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
