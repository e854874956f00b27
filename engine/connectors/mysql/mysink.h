#pragma once
// Writes mapped records into a MySQL/MariaDB table by key, a batch at a time: one SELECT ... FOR
// UPDATE of the batch's keys tells which records are new, changed or unchanged; then one multi-row
// INSERT ... ON DUPLICATE KEY UPDATE writes the new and the changed ones (unchanged rows are not
// touched). Every value is bound. A statement that fails on one record's data is atomically
// undone by InnoDB; its rows are then written one at a time, so only the bad record is rejected.

#include "connectors/connector.h"
#include "connectors/mysql/myconnection.h"

#include <QHash>

namespace concord {

class MySink final : public Sink
{
public:
    MySink(SystemDef system, DatasetDef dataset);
    ~MySink() override;

    Result<void> open(const QStringList &columns, const std::vector<int> &keyIndexes) override;
    Result<void> begin() override;
    Result<WriteOutcome> upsert(const Record &row) override;
    Result<WriteOutcome> remove(const Record &keyRow) override;
    Result<void> write(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes) override;
    Result<void> commit() override;
    void rollback() override;
    Result<WriteOutcome::Kind> previewUpsert(const Record &row) override;
    void close() override;

private:
    // The stored rows of these records' keys (locked FOR UPDATE inside a transaction), by key text.
    Result<QHash<QString, Record>> existing(const std::vector<const Record *> &rows, bool lock);
    Result<void> upsertMany(const std::vector<WriteItem> &items, const std::vector<std::size_t> &indexes,
                            std::vector<WriteOutcome> &outcomes);
    Result<void> insertRows(const std::vector<const Record *> &rows);
    QString keyText(const Record &row) const;
    bool sameValues(const Record &stored, const Record &row) const;

    SystemDef m_system;
    DatasetDef m_dataset;
    MyConnection m_db;
    QStringList m_columns;
    QList<MyColumn> m_meta;     // per written column
    QList<FieldType> m_types;   // per written column: the target dataset's declared type
    std::vector<int> m_keyIndexes;
    int m_rowsPerStatement = 500;
    bool m_inTransaction = false;
};

} // namespace concord
