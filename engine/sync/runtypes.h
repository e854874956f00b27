#pragma once
// Value types exchanged between the pipeline runner, EngineHost, the console and concordctl.

#include "core/error.h"
#include "policy/policy.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace concord {

struct RunOptions
{
    bool dryRun = false;     // compute everything, write nothing, move no checkpoint
    bool full = false;       // ignore the checkpoint: re-read the whole source
    bool verbose = false;    // collect per-stage timings
    int plannedRowsToKeep = 10; // dry run: how many planned writes to return
    QString actor;           // who asked (OS user, role); recorded in runs and audit
    // Backfill from a point in time: read the source from the first change at or after `from`
    // (its version column), whatever the checkpoint says. Invalid: from the checkpoint.
    QDateTime from;
    // Pipelines whose changes are pushed or log-captured (webhook, logical, binlog): keep reading
    // until cancelled, looking again every `followIdleMs` when nothing is waiting, instead of
    // stopping when the feed and the outbox are empty. `concordctl serve` follows real-time
    // pipelines so; cancelling such a run is how it ends, and it ends "succeeded".
    bool follow = false;
    int followIdleMs = 5;
    // Why the run happens, for the audit trail and the metrics: manual | schedule | retry | probe |
    // backfill | dependency | replay | webhook | realtime. A retry or probe counts what it reads as
    // retried.
    QString trigger = QStringLiteral("manual");
    // Dry run: who will read the planned writes. Their values are masked for this holder on top of
    // what the target receives (the console passes its viewer). Unset: as the target receives them.
    std::optional<Holder> plannedViewer;
};

// One write a dry run would have made.
struct PlannedWrite
{
    QString op;              // insert | update | delete
    QString key;
    QStringList fields;      // target field names
    QStringList values;      // their values as text, same order ("" for a null)
    QList<bool> nulls;       // which of them are null, same order
    QList<bool> withheld;    // masked or hidden for RunOptions::plannedViewer, same order

    bool isNull(int i) const { return nulls.value(i, false); }
    bool isWithheld(int i) const { return withheld.value(i, false); }
};

struct RunResult
{
    qint64 runId = 0;
    QString pipeline;
    // succeeded | failed | cancelled | partial (some records dead-lettered) | skipped (a scheduled
    // run of a paused pipeline: nothing ran, no run id; Operations::execute only)
    QString status;
    bool dryRun = false;
    qint64 read = 0;         // changes read after the checkpoint
    qint64 rechecked = 0;    // boundary rows at the checkpoint's version read again (see SqliteSource)
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 skipped = 0;      // records the mapping chose to skip (on_null: skip_record)
    qint64 failed = 0;       // records sent to dead letters
    // Two-way pipelines (docs/two-way.md): conflicts queued for a steward, conflicts the strategy
    // decided, and how many of the writes went to the source system.
    qint64 conflicts = 0;
    qint64 autoResolved = 0;
    qint64 sourceWrites = 0;
    qint64 durationMs = 0;
    qint64 throttledMs = 0;  // time spent waiting for rate_limit
    // HTTP sources (docs/connectors-rest.md): requests sent, answered 304 Not Modified, answered
    // 429 Too Many Requests.
    qint64 requests = 0;
    qint64 notModified = 0;
    qint64 rateLimited = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString traceId;
    QString mappingVersion;
    QString checkpointBefore;
    QString checkpointAfter;
    QList<PlannedWrite> planned;       // dry run only
    QList<QPair<QString, qint64>> stageMicros; // verbose only: read, map, write, state, throttle, total
    Error error;             // set when status is failed
    // Where a failed run failed: source | target | state | config. A transient fault at the
    // target counts towards that system's circuit breaker.
    QString faultSide;
    qint64 inFlight = 0;     // records of the batch that was being written when the run failed

    qint64 written() const { return inserted + updated + deleted; }
};

struct RunProgress
{
    QString pipeline;
    qint64 runId = 0;
    qint64 done = 0;         // records processed so far
    qint64 total = -1;       // -1 while unknown
};

// A log line as the console shows it (the same fields as the JSON lines on stderr).
struct LogEntry
{
    QDateTime time;
    QString level;           // debug | info | warning | error
    QString category;
    QString message;
    QString pipeline;
    QString taskId;          // run id
    QString sourceSystem;
    QString targetSystem;
    QString recordId;
    QString errorCode;
    QString traceId;
    QString process;         // "concord", "concordctl serve" … (when the log goes to files)
    qint64 pid = 0;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::RunOptions)
Q_DECLARE_METATYPE(concord::RunResult)
Q_DECLARE_METATYPE(concord::RunProgress)
Q_DECLARE_METATYPE(concord::LogEntry)
Q_DECLARE_METATYPE(concord::ErrorList)
