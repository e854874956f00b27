#include "connectors/sqliterecordtable.h"

#include <sqlite3.h>

namespace concord {

SqliteRecordTable::SqliteRecordTable(QString path, DatasetDef dataset, int busyTimeoutMs)
    : m_path(std::move(path)), m_dataset(std::move(dataset)), m_busyTimeoutMs(busyTimeoutMs)
{
    m_key = m_dataset.schema.key;
    m_fields = m_dataset.schema.fieldNames();
}

SqliteRecordTable::~SqliteRecordTable()
{
    close();
}

Result<void> SqliteRecordTable::open()
{
    if (auto r = m_db.open(m_path, false, m_busyTimeoutMs); !r.ok())
        return r;
    if (m_key.isEmpty())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("dataset %1 has no key").arg(m_dataset.id));
    if (auto r = m_db.requireColumns(m_dataset.table, m_fields); !r.ok()) {
        Error e = r.error();
        e.message = QStringLiteral("%1 (%2): %3").arg(m_dataset.id, m_path, e.message);
        return e;
    }
    return {};
}

Result<sqlite3_stmt *> SqliteRecordTable::statement(const QString &sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.cend()) {
        sqlite3_reset((*it)->get());
        sqlite3_clear_bindings((*it)->get());
        return (*it)->get();
    }
    auto stmt = std::make_shared<SqliteStatement>();
    if (auto r = stmt->prepare(m_db, sql); !r.ok())
        return r.error();
    m_statements.insert(sql, stmt);
    return stmt->get();
}

Result<void> SqliteRecordTable::begin()
{
    if (auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r.ok())
        return r;
    m_inTransaction = true;
    return {};
}

Result<void> SqliteRecordTable::commit()
{
    m_inTransaction = false;
    if (auto r = m_db.exec(QStringLiteral("COMMIT")); !r.ok()) {
        m_db.exec(QStringLiteral("ROLLBACK"));
        return r;
    }
    return {};
}

void SqliteRecordTable::rollback()
{
    if (m_inTransaction)
        m_db.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

Result<std::optional<Record>> SqliteRecordTable::fetch(const Key &key)
{
    const auto stmt = statement(QLatin1String("SELECT ") + m_dialect.quotedList(m_fields) + QLatin1String(" FROM ")
                                + m_dialect.quote(m_dataset.table) + QLatin1String(" WHERE ")
                                + m_dialect.keyPredicate(m_key));
    if (!stmt.ok())
        return stmt.error();
    for (std::size_t i = 0; i < key.parts.size(); ++i)
        sqlite::bind(*stmt, int(i) + 1, key.parts[i]);
    const int rc = sqlite3_step(*stmt);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(*stmt);
        return std::optional<Record>();
    }
    if (rc != SQLITE_ROW) {
        const Error e = m_db.errorFor(rc, QStringLiteral("reading %1").arg(m_dataset.id));
        sqlite3_reset(*stmt);
        return e;
    }
    Record row(std::size_t(m_fields.size()));
    for (int i = 0; i < m_fields.size(); ++i)
        row.values[std::size_t(i)] = sqlite::read(*stmt, i, m_dataset.schema.fields[i].type);
    sqlite3_reset(*stmt);
    return std::optional<Record>(std::move(row));
}

Result<WriteOutcome> SqliteRecordTable::step(sqlite3_stmt *stmt, WriteOutcome::Kind changed)
{
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) {
        WriteOutcome o;
        o.kind = sqlite3_changes(m_db.db()) > 0
            ? changed
            : (changed == WriteOutcome::Kind::Deleted ? WriteOutcome::Kind::NotFound : WriteOutcome::Kind::Unchanged);
        sqlite3_reset(stmt);
        return o;
    }
    const Error e = m_db.errorFor(rc, QStringLiteral("writing to %1").arg(m_dataset.id));
    sqlite3_reset(stmt);
    const int primary = rc & 0xff;
    if (primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH || primary == SQLITE_TOOBIG
        || primary == SQLITE_RANGE) {
        WriteOutcome o;
        o.kind = WriteOutcome::Kind::Rejected;
        o.error = e;
        return o;
    }
    return e;
}

Result<WriteOutcome> SqliteRecordTable::insert(const std::vector<int> &fields, const std::vector<Value> &values)
{
    QStringList names, marks;
    for (int f : fields) {
        names.append(m_fields.value(f));
        marks.append(QStringLiteral("?"));
    }
    const auto stmt = statement(QLatin1String("INSERT INTO ") + m_dialect.quote(m_dataset.table) + QLatin1String(" (")
                                + m_dialect.quotedList(names) + QLatin1String(") VALUES (")
                                + marks.join(QLatin1String(", ")) + QLatin1Char(')'));
    if (!stmt.ok())
        return stmt.error();
    for (std::size_t i = 0; i < values.size(); ++i)
        sqlite::bind(*stmt, int(i) + 1, values[i]);
    return step(*stmt, WriteOutcome::Kind::Inserted);
}

Result<WriteOutcome> SqliteRecordTable::update(const Key &key, const std::vector<int> &fields,
                                               const std::vector<Value> &values)
{
    if (fields.empty())
        return WriteOutcome{WriteOutcome::Kind::Unchanged, Error()};
    QStringList sets;
    for (int f : fields)
        sets.append(m_dialect.quote(m_fields.value(f)) + QLatin1String(" = ?"));
    QString where;
    for (int k = 0; k < m_key.size(); ++k)
        where += (k ? QLatin1String(" AND ") : QLatin1String("")) + m_dialect.quote(m_key[k])
            + QLatin1String(" = ?") + QString::number(int(fields.size()) + k + 1);
    const auto stmt = statement(QLatin1String("UPDATE ") + m_dialect.quote(m_dataset.table) + QLatin1String(" SET ")
                                + sets.join(QLatin1String(", ")) + QLatin1String(" WHERE ") + where);
    if (!stmt.ok())
        return stmt.error();
    for (std::size_t i = 0; i < values.size(); ++i)
        sqlite::bind(*stmt, int(i) + 1, values[i]);
    for (std::size_t k = 0; k < key.parts.size(); ++k)
        sqlite::bind(*stmt, int(values.size() + k) + 1, key.parts[k]);
    return step(*stmt, WriteOutcome::Kind::Updated);
}

Result<WriteOutcome> SqliteRecordTable::remove(const Key &key)
{
    const auto stmt = statement(m_dialect.deleteByKey(m_dataset.table, m_key));
    if (!stmt.ok())
        return stmt.error();
    for (std::size_t k = 0; k < key.parts.size(); ++k)
        sqlite::bind(*stmt, int(k) + 1, key.parts[k]);
    return step(*stmt, WriteOutcome::Kind::Deleted);
}

void SqliteRecordTable::close()
{
    rollback();
    m_statements.clear();
    m_db.close();
}

} // namespace concord
