#pragma once
// Read-only view of the state store for the console, on its own SQLite connection (WAL lets it
// read while the engine writes). The SQL stays here; callers get value types.

#include "core/error.h"
#include "governance/metrics.h"
#include "store/opstypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace concord {

struct PipelineStatus
{
    QString pipeline;
    QString lastStatus;      // empty: never ran
    QDateTime lastRunAt;     // start of the last run
    qint64 lastRowsWritten = 0;
    qint64 lastRowsFailed = 0;
    qint64 totalRowsWritten = 0;
    qint64 openDeadLetters = 0;
    QString checkpoint;      // human-readable position
};

struct RunRecord
{
    qint64 id = 0;
    QString pipeline;
    QString status;
    bool dryRun = false;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 read = 0;
    qint64 written = 0;
    qint64 failed = 0;
    QString error;
    QString actor;
    QString traceId;
};


class StoreReader
{
public:
    StoreReader();
    ~StoreReader();
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    // Opens the store read-only. A store that does not exist yet reads as empty until it does;
    // every query opens it on first use once the engine has created it.
    Result<void> open(const QString &path);
    void close();

    QList<PipelineStatus> pipelineStatuses() const;
    QList<RunRecord> recentRuns(const QString &pipeline, int limit = 20) const;
    QList<DeadLetterRecord> deadLetters(const QString &pipeline, int limit = 500) const;
    QList<DeadLetterRecord> deadLetters(const DeadLetterFilter &filter) const;
    std::optional<DeadLetterRecord> deadLetter(qint64 id) const;

    // Operations (docs/operations.md)
    QList<PipelineControl> controls() const;
    QList<CircuitState> circuits() const;
    // One-minute buckets in [from, to); `pipeline` empty: all pipelines added up per bucket.
    QList<MetricBucket> metrics(const QString &pipeline, const QDateTime &from, const QDateTime &to) const;
    // Active alerts, then (with `includeResolved`) the resolved ones, newest first.
    QList<AlertRecord> alerts(bool includeResolved = false, int limit = 200) const;

private:
    Result<void> ensureOpen() const;

    QString m_connection;
    QString m_path;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::PipelineStatus)
