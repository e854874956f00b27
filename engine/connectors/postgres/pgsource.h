#pragma once
// Reads one PostgreSQL table as an ordered, resumable stream (watermark polling), with the same
// ordering and resume rules as the SQLite source (sqlitesource.h): by (version, key) from the
// checkpoint's version on, boundary rows re-checked; without a version column, a snapshot by key.
// The run reads through a server-side cursor inside one REPEATABLE READ, READ ONLY transaction:
// one consistent snapshot, fetched a batch at a time, never the whole result in memory.
// Positions keep the order columns' own text (timestamps to the microsecond).

#include "connectors/connector.h"
#include "connectors/postgres/pgconnection.h"

#include <QJsonArray>

namespace concord {

class PgSource final : public Source
{
public:
    PgSource(SystemDef system, DatasetDef dataset);
    ~PgSource() override;

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
    QString predicate(Resume resume) const;
    PgParams positionParams(Resume resume, bool onlyFirst = false) const;
    Result<qint64> count(Resume resume);

    SystemDef m_system;
    DatasetDef m_dataset;
    PgTableName m_table;
    PgConnection m_db;
    QStringList m_order;
    std::vector<int> m_keyColumns;
    int m_softDeleteColumn = -1;
    QJsonArray m_start;
    Resume m_resume = Resume::FromStart;
    QJsonArray m_last;
    bool m_inTransaction = false;
    bool m_done = false;
    qint64 m_rechecked = 0;
};

} // namespace concord
