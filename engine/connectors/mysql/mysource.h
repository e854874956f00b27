#pragma once
// Reads one MySQL/MariaDB table as an ordered, resumable stream (watermark polling) with the same
// ordering and resume rules as the other sources (sqlitesource.h). A run reads inside one
// transaction started WITH CONSISTENT SNAPSHOT, READ ONLY: one consistent view, fetched a batch
// at a time by key set (ORDER BY version, key ... LIMIT batch, each batch after the last row of the
// one before), never the whole result in memory.

#include "connectors/connector.h"
#include "connectors/mysql/myconnection.h"

namespace concord {

class MySource final : public Source
{
public:
    MySource(SystemDef system, DatasetDef dataset);
    ~MySource() override;

    Result<void> open(const QString &position) override;
    Result<qint64> countRemaining() override;
    Result<qint64> countPending() override;
    Result<int> next(std::vector<Change> &out, int max) override;
    QString position() const override;
    Result<QString> positionAt(const QDateTime &time) override;
    qint64 rechecked() const override { return m_rechecked; }
    bool snapshotOnly() const override { return m_dataset.schema.version.isEmpty(); }
    void interrupt() override;
    void close() override;

private:
    enum class Resume { FromStart, After, AtOrAfterFirst };
    // WHERE clause and its binds: `resume` from `cells` (the start or the last row read).
    QString predicate(Resume resume, const QJsonArray &cells, QVariantList &binds) const;
    Result<qint64> count(Resume resume);

    SystemDef m_system;
    DatasetDef m_dataset;
    MyConnection m_db;
    QList<MyColumn> m_columns;      // per dataset field
    QStringList m_order;
    QStringList m_orderExpressions; // their exact text
    std::vector<int> m_keyColumns;
    int m_softDeleteColumn = -1;
    QJsonArray m_start;
    Resume m_resume = Resume::FromStart;
    QJsonArray m_last;     // the last row read: where the next batch continues
    QJsonArray m_position; // the last row read that was not re-checked: the checkpoint
    bool m_inTransaction = false;
    bool m_done = false;
    qint64 m_rechecked = 0;
};

} // namespace concord
