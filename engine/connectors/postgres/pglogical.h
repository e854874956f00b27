#pragma once
// Real-time capture from PostgreSQL's logical decoding (docs/connectors/postgres.md): a logical
// replication slot with the wal2json output plugin (format 2), read with
// pg_logical_slot_peek_changes — which leaves the slot where it is — and confirmed with
// pg_replication_slot_advance only after the caller made the changes durable (the outbox). A
// crash between the two reads the same changes again; their LSNs, kept as source versions, let
// the outbox skip what was already applied. The slot is created on first use and never dropped
// by a run.
//
// Changes come whole transactions at a time, in commit order; each carries its own LSN.

#include "connectors/connector.h"
#include "connectors/postgres/pgconnection.h"

#include <QStringList>

#include <vector>

namespace concord {

class PgLogicalCapture final : public ChangeFeed
{
public:
    // `slot`: the replication slot's name (one per pipeline: a slot has one reader).
    PgLogicalCapture(SystemDef system, DatasetDef dataset, QString slot);
    ~PgLogicalCapture() override;

    // Connects, checks the server (wal_level = logical) and creates the slot if it does not exist.
    Result<void> open(const QString &position) override;
    // Up to about `maxChanges` changes (whole transactions) committed since the slot's position;
    // its position is the LSN to confirm once they are durable.
    Result<FeedBatch> next(int maxChanges) override;
    // Moves the slot past what next() returned: those changes are never decoded again.
    Result<void> confirm(const QString &lsn) override;
    // The slot's confirmed position and how many bytes of WAL it holds back.
    Result<QPair<QString, qint64>> slotState();
    // Thread-safe: cancels a running peek.
    void interrupt() override;
    void close() override;

    const QString &slot() const { return m_slot; }

    // A slot name for a pipeline: "concord_" and the name in lower case, other characters as '_',
    // at most 63 characters.
    static QString slotNameFor(const QString &pipeline);

private:
    Result<void> fillMissing(Change &change, const QStringList &missing);

    SystemDef m_system;
    DatasetDef m_dataset;
    PgTableName m_table;
    QString m_slot;
    PgConnection m_db;
    QByteArray m_peekSql;
    std::vector<int> m_keyColumns;
    int m_softDeleteColumn = -1;
};

} // namespace concord
