#pragma once
// Reads one dataset from an SQLite file as an ordered, resumable stream.
// With a version column: rows ordered by (version, key), so rows that share one timestamp are
// neither missed nor repeated across batches. A run resumes at the checkpoint's version itself
// (version >= V), not strictly after (V, key): a row committed late with the same version and a
// smaller key would otherwise never be seen. Those boundary rows are re-checked each run; the
// upsert leaves them untouched when unchanged. Without a version column: a snapshot ordered by
// key, resumed strictly after the last key. One statement streams the whole run (a consistent
// snapshot of the source in WAL mode).

#include "connectors/connector.h"
#include "connectors/sqldialect.h"
#include "connectors/sqlitehandle.h"

#include <QJsonArray>

namespace concord {

class SqliteSource final : public Source
{
public:
    SqliteSource(QString path, DatasetDef dataset);
    ~SqliteSource() override;

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
    Result<void> bindPosition(sqlite3_stmt *stmt) const;
    Result<qint64> scalar(const QString &sql, bool bindStart);
    QString withVersionNotNull(QString sql) const;

    QString m_path;
    DatasetDef m_dataset;
    SqliteDialect m_dialect;
    SqliteHandle m_db;
    SqliteStatement m_select;
    QStringList m_order;              // version column (if any) then key columns
    std::vector<int> m_orderColumns;  // their indexes among the selected columns
    std::vector<int> m_keyColumns;
    int m_softDeleteColumn = -1;
    // A column value kept as stored, for the position; reused row after row without allocating.
    struct RawCell
    {
        int type = 0;
        qint64 integer = 0;
        QByteArray text;
    };
    void keepRaw(sqlite3_stmt *stmt);

    QJsonArray m_start;               // position the run started from (empty: beginning)
    SqlDialect::Resume m_resume = SqlDialect::Resume::FromStart;
    std::vector<RawCell> m_last;      // order columns of the last row returned
    bool m_haveLast = false;
    bool m_done = false;
    qint64 m_rechecked = 0;
};

} // namespace concord
