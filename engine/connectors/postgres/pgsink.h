#pragma once
// Writes mapped records into a PostgreSQL table by key. A batch goes to the server as few
// multi-row statements (INSERT ... ON CONFLICT (key) DO UPDATE ... WHERE a column differs),
// each reporting per row whether it inserted, updated or left it unchanged. Each statement runs
// under a savepoint: when the server rejects one record's data (SQLSTATE classes 22, 23) the
// statement is rolled back to it and its rows are written one at a time, so only the bad record
// is rejected and the rest of the batch goes on. Values are parameters cast to the column's own
// type, never spliced into SQL text.
//
// Large runs (at least kCopyRows rows) go through COPY instead: first straight into the table, on
// the bet that the rows are new (a bulk load) — every row then counts as inserted; when a key
// already exists (unique violation) the run is rolled back to its savepoint and this sink stops
// betting: the rows are copied into a temporary stage table and upserted from there with the
// same ON CONFLICT statement, outcomes per row as above. COPY sends the binary format when every
// column's type and every value of the batch allow it (connectors/postgres/pgbinary.h), the
// text format otherwise.

#include "connectors/connector.h"
#include "connectors/postgres/pgconnection.h"

#include <QHash>

namespace concord {

class PgSink final : public Sink
{
public:
    PgSink(SystemDef system, DatasetDef dataset);
    ~PgSink() override;

    Result<void> open(const QStringList &columns, const std::vector<int> &keyIndexes) override;
    Result<void> begin() override;
    Result<WriteOutcome> upsert(const Record &row) override;
    Result<WriteOutcome> remove(const Record &keyRow) override;
    Result<void> write(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes) override;
    Result<void> commit() override;
    void rollback() override;
    Result<WriteOutcome::Kind> previewUpsert(const Record &row) override;
    void close() override;

    // Rows per multi-row statement (at most 65535 parameters in all).
    int rowsPerStatement() const { return m_rowsPerStatement; }
    // How many COPYs went in the binary format (the rest went as text).
    int binaryCopies() const { return m_binaryCopies; }

private:
    // Upserts items[indexes...] (distinct keys) with one statement under a savepoint.
    Result<void> upsertMany(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes,
                            std::vector<WriteOutcome> &outcomes);
    // One row under its own savepoint: a rejected row is rolled back alone.
    Result<WriteOutcome> upsertOne(const Record &row);
    const QByteArray &upsertSql(int rows);
    // COPY of items[indexes...] into the table itself (when `direct`) or into the stage table
    // with each row's position; the outcome of endCopy().
    Result<qint64> copyRows(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes, bool direct);
    Result<void> copyUpsert(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes,
                            std::vector<WriteOutcome> &outcomes);
    // The outcomes of an upsert statement (its rows: position, inserted?) under `savepoint`; on a
    // refused record, the rows one at a time.
    Result<void> finishUpsert(const Result<PgResult> &r, const std::vector<WriteItem> &items,
                              const std::vector<std::size_t> &indexes, std::vector<WriteOutcome> &outcomes,
                              const char *savepoint);
    // One row at a time after a rejected statement, rolled back to `savepoint` first.
    Result<void> rowByRow(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes,
                          std::vector<WriteOutcome> &outcomes, const char *savepoint);
    void addRow(PgParams &params, const Record &row) const;
    QString keyText(const Record &row) const;

    SystemDef m_system;
    DatasetDef m_dataset;
    PgTableName m_table;
    PgConnection m_db;
    QStringList m_columns;
    QStringList m_casts;              // per column: the column's own SQL type
    std::vector<unsigned int> m_oids; // per column: its type OID
    bool m_binaryCopy = false;        // every column's type has a binary COPY form (pgbinary.h)
    int m_binaryCopies = 0;
    std::vector<int> m_keyIndexes;
    QHash<int, QByteArray> m_upsertSql; // by row count
    QByteArray m_deleteSql;
    QByteArray m_previewSql;
    int m_rowsPerStatement = 1000;
    bool m_inTransaction = false;
    bool m_directCopy = true;         // keep trying COPY straight into the table (no key met yet)
    bool m_stageReady = false;        // the temporary stage table exists in this session
    QByteArray m_stageUpsertSql;

public:
    static constexpr int kCopyRows = 200; // runs at least this long go through COPY
};

} // namespace concord
