#pragma once
// RecordTable over an SQLite file: one read-write connection, statements prepared once per
// column set and kept, BEGIN IMMEDIATE so that the rows read are the rows written over.

#include "connectors/connector.h"
#include "connectors/sqldialect.h"
#include "connectors/sqlitehandle.h"

#include <QHash>

namespace concord {

class SqliteRecordTable final : public RecordTable
{
public:
    SqliteRecordTable(QString path, DatasetDef dataset, int busyTimeoutMs = 5000);
    ~SqliteRecordTable() override;

    // Opens the file and checks that the table has every field of the dataset.
    Result<void> open();
    Result<void> begin() override;
    Result<void> commit() override;
    void rollback() override;
    Result<std::optional<Record>> fetch(const Key &key) override;
    Result<WriteOutcome> insert(const std::vector<int> &fields, const std::vector<Value> &values) override;
    Result<WriteOutcome> update(const Key &key, const std::vector<int> &fields, const std::vector<Value> &values) override;
    Result<WriteOutcome> remove(const Key &key) override;
    void close() override;

private:
    Result<sqlite3_stmt *> statement(const QString &sql);
    Result<WriteOutcome> step(sqlite3_stmt *stmt, WriteOutcome::Kind changed);

    QString m_path;
    DatasetDef m_dataset;
    int m_busyTimeoutMs;
    SqliteDialect m_dialect;
    SqliteHandle m_db;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements; // by SQL text
    QStringList m_key;
    QStringList m_fields;
    bool m_inTransaction = false;
};

} // namespace concord
