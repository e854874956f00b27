#include "connectors/sqlitesink.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace concord {

namespace {

// Set before each upsert: SQLite updates last_insert_rowid only when a row is inserted, so an
// unchanged sentinel afterwards means the upsert updated an existing row.
constexpr sqlite3_int64 NoInsert = std::numeric_limits<sqlite3_int64>::min();

} // namespace

SqliteSink::SqliteSink(QString path, DatasetDef dataset, int busyTimeoutMs)
    : m_path(std::move(path)), m_dataset(std::move(dataset)), m_busyTimeoutMs(busyTimeoutMs)
{
}

SqliteSink::~SqliteSink()
{
    close();
}

Result<void> SqliteSink::checkTable(const QStringList &columns, const QStringList &key)
{
    if (auto r = m_db.requireColumns(m_dataset.table, columns); !r.ok()) {
        Error e = r.error();
        e.message = QStringLiteral("target %1 (%2): %3").arg(m_dataset.id, m_path, e.message);
        return e;
    }
    const auto cols = m_db.columns(m_dataset.table);
    if (!cols.ok())
        return cols.error();
    const QByteArray table = m_dataset.table.toUtf8();
    QList<QPair<int, QString>> pk;
    for (const SqliteHandle::Column &c : *cols)
        if (c.primaryKeyPosition > 0)
            pk.append({c.primaryKeyPosition, c.name});
    // Upserts need a primary key or unique index on exactly the key columns.
    std::sort(pk.begin(), pk.end());
    QStringList pkNames;
    for (const auto &p : std::as_const(pk))
        pkNames.append(p.second);
    QStringList sortedKey = key;
    sortedKey.sort();
    pkNames.sort();
    bool unique = pkNames == sortedKey;
    if (!unique) {
        SqliteStatement idx;
        if (idx.prepare(m_db, QStringLiteral("SELECT il.name FROM pragma_index_list(?) il WHERE il.\"unique\" = 1")).ok()) {
            sqlite3_bind_text(idx.get(), 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
            QStringList indexes;
            while (sqlite3_step(idx.get()) == SQLITE_ROW)
                indexes.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(idx.get(), 0))));
            for (const QString &index : std::as_const(indexes)) {
                SqliteStatement cols;
                if (!cols.prepare(m_db, QStringLiteral("SELECT name FROM pragma_index_info(?)")).ok())
                    continue;
                const QByteArray iname = index.toUtf8();
                sqlite3_bind_text(cols.get(), 1, iname.constData(), int(iname.size()), SQLITE_TRANSIENT);
                QStringList names;
                while (sqlite3_step(cols.get()) == SQLITE_ROW)
                    names.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(cols.get(), 0))));
                names.sort();
                if (names == sortedKey) {
                    unique = true;
                    break;
                }
            }
        }
    }
    if (!unique)
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("target table '%1' has no primary key or unique index on (%2); Concord writes "
                                        "by key and needs one to make writes idempotent")
                             .arg(m_dataset.table, key.join(QStringLiteral(", "))));
    // WITHOUT ROWID tables do not report inserts through last_insert_rowid.
    SqliteStatement rowid;
    m_rowidTable = rowid.prepare(m_db, QLatin1String("SELECT rowid FROM ") + m_dialect.quote(m_dataset.table)
                                           + QLatin1String(" LIMIT 0"))
                       .ok();
    return {};
}

Result<void> SqliteSink::open(const QStringList &columns, const std::vector<int> &keyIndexes)
{
    if (auto r = m_db.open(m_path, false, m_busyTimeoutMs); !r.ok())
        return r;
    // Checkpoint the WAL less often while we bulk-write: each checkpoint rewrites the pages that
    // every batch touches again (the B-tree's right edge). Bounded: 16384 pages.
    m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
    m_keyIndexes = keyIndexes;
    QStringList key;
    for (int i : keyIndexes)
        key.append(columns[i]);
    if (auto r = checkTable(columns, key); !r.ok())
        return r;
    if (auto r = m_upsert.prepare(m_db, m_dialect.upsert(m_dataset.table, columns, key)); !r.ok())
        return r;
    if (auto r = m_delete.prepare(m_db, m_dialect.deleteByKey(m_dataset.table, key)); !r.ok())
        return r;
    return m_preview.prepare(m_db, m_dialect.changedByKey(m_dataset.table, columns, key));
}

Result<void> SqliteSink::begin()
{
    if (auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r.ok())
        return r;
    m_inTransaction = true;
    return {};
}

Result<WriteOutcome> SqliteSink::stepWrite(sqlite3_stmt *stmt, WriteOutcome::Kind changedKind)
{
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) {
        const int changes = sqlite3_changes(m_db.db());
        sqlite3_reset(stmt);
        WriteOutcome o;
        if (changes == 0)
            o.kind = changedKind == WriteOutcome::Kind::Deleted ? WriteOutcome::Kind::NotFound : WriteOutcome::Kind::Unchanged;
        else if (changedKind == WriteOutcome::Kind::Deleted)
            o.kind = WriteOutcome::Kind::Deleted;
        else
            o.kind = (m_rowidTable && sqlite3_last_insert_rowid(m_db.db()) == NoInsert) ? WriteOutcome::Kind::Updated
                                                                                      : WriteOutcome::Kind::Inserted;
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

Result<WriteOutcome> SqliteSink::upsert(const Record &row)
{
    sqlite3_stmt *stmt = m_upsert.get();
    if (m_binder.bindRow(stmt, row.values) != SQLITE_OK) {
        sqlite3_reset(stmt);
        return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("binding a value"));
    }
    sqlite3_set_last_insert_rowid(m_db.db(), NoInsert);
    return stepWrite(stmt, WriteOutcome::Kind::Inserted);
}

int SqliteSink::bindKey(sqlite3_stmt *stmt, const Record &row)
{
    int index = 1;
    for (int k : m_keyIndexes) {
        const int rc = sqlite::bind(stmt, index++, row.values[std::size_t(k)]);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

Result<WriteOutcome> SqliteSink::remove(const Record &keyRow)
{
    sqlite3_stmt *stmt = m_delete.get();
    if (bindKey(stmt, keyRow) != SQLITE_OK) {
        sqlite3_reset(stmt);
        return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("binding a key"));
    }
    return stepWrite(stmt, WriteOutcome::Kind::Deleted);
}

Result<WriteOutcome::Kind> SqliteSink::previewUpsert(const Record &row)
{
    // The same binding as upsert(): the comparison sees exactly the values a write would store.
    sqlite3_stmt *stmt = m_preview.get();
    if (m_binder.bindRow(stmt, row.values) != SQLITE_OK) {
        sqlite3_reset(stmt);
        return m_db.errorFor(sqlite3_errcode(m_db.db()), QStringLiteral("binding a value"));
    }
    const int rc = sqlite3_step(stmt);
    const bool changed = rc == SQLITE_ROW && sqlite3_column_int(stmt, 0) != 0;
    sqlite3_reset(stmt);
    if (rc == SQLITE_ROW)
        return changed ? WriteOutcome::Kind::Updated : WriteOutcome::Kind::Unchanged;
    if (rc == SQLITE_DONE)
        return WriteOutcome::Kind::Inserted;
    return m_db.errorFor(rc, QStringLiteral("looking up a key in %1").arg(m_dataset.id));
}

Result<void> SqliteSink::commit()
{
    m_inTransaction = false;
    return m_db.exec(QStringLiteral("COMMIT"));
}

void SqliteSink::rollback()
{
    if (m_inTransaction && m_db.db()) {
        sqlite3_exec(m_db.db(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_inTransaction = false;
    }
}

void SqliteSink::close()
{
    rollback();
    m_upsert.finalize();
    m_delete.finalize();
    m_preview.finalize();
    m_db.close();
}

} // namespace concord
