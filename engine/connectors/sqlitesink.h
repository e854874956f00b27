#pragma once
// Writes mapped records into an SQLite table by key: one prepared upsert stepped per record
// inside one transaction per batch. A constraint failure rejects only its record (SQLite rolls
// back just that statement), so the rest of the batch goes on.

#include "connectors/connector.h"
#include "connectors/sqldialect.h"
#include "connectors/sqlitehandle.h"

namespace concord {

class SqliteSink final : public Sink
{
public:
    SqliteSink(QString path, DatasetDef dataset, int busyTimeoutMs = 5000);
    ~SqliteSink() override;

    Result<void> open(const QStringList &columns, const std::vector<int> &keyIndexes) override;
    Result<void> begin() override;
    Result<WriteOutcome> upsert(const Record &row) override;
    Result<WriteOutcome> remove(const Record &keyRow) override;
    Result<void> commit() override;
    void rollback() override;
    Result<WriteOutcome::Kind> previewUpsert(const Record &row) override;
    void close() override;

private:
    Result<void> checkTable(const QStringList &columns, const QStringList &key);
    Result<WriteOutcome> stepWrite(sqlite3_stmt *stmt, WriteOutcome::Kind changedKind);
    int bindKey(sqlite3_stmt *stmt, const Record &row);

    QString m_path;
    DatasetDef m_dataset;
    int m_busyTimeoutMs = 5000;
    SqliteDialect m_dialect;
    SqliteHandle m_db;
    SqliteStatement m_upsert;
    SqliteStatement m_delete;
    SqliteStatement m_preview;
    sqlite::RowBinder m_binder;
    std::vector<int> m_keyIndexes;
    bool m_rowidTable = true;
    bool m_inTransaction = false;
};

} // namespace concord
