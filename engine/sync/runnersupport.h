#pragma once
// What PipelineRunner's source files share (pipelinerunner.cpp, replay.cpp): a prepared run and
// the small helpers around starting one. Not for use outside engine/sync.

#include "governance/metrics.h"
#include "governance/ratelimit.h"
#include "policy/policyplan.h"
#include "policy/sealedpayload.h"
#include "sync/mappedbatch.h"
#include "sync/pipelinerunner.h"

#include <QLockFile>
#include <QSet>

namespace concord {

struct PipelineRunner::Prepared
{
    const PipelineDef *pipeline = nullptr;
    const DatasetDef *source = nullptr;
    const DatasetDef *target = nullptr;
    CompiledMapping mapping;
    PolicyPlan plan;         // what the target system may receive (DESIGN.md §6)
    PayloadCodec payloads;   // how source records are kept in the outbox and dead letters
    PayloadCodec targetKeys; // how target keys are kept (record lineage)
    bool lineage = true;     // false: the target's key is L3 and no workspace secret can hash it
    std::vector<int> sensitive; // source fields at L3: their values never appear in a stored message
    QList<PolicyDecision> viewer; // dry run with RunOptions::plannedViewer: per mapped field
    MaskKeys viewerKeys;
    std::unique_ptr<Sink> sink;
    TokenBucket bucket;      // rate_limit: records written per second
    const std::atomic<bool> *cancel = nullptr;
    qint64 throttleNs = 0;
    std::vector<std::pair<int, QSet<QString>>> unique; // output index (fields that must be unique in a batch)
    qint64 runId = 0;
    QString traceId;
    qint64 mapNs = 0;
    qint64 writeNs = 0;
    MappedBatch mapped;      // applyBatch's: the batch being mapped and written on this thread
    std::size_t recheckedInBatch = 0; // the batch's first rows that were read before (boundary re-check)
    QString faultSide;       // set by applyBatch when the target fails
};

namespace runner {

// .concord/locks/PIPELINE.lock
QString lockPath(const Workspace &ws, const QString &pipeline);
// Whether this run may start: a disabled pipeline allows only dry runs, and one run per pipeline
// at a time across processes (the console, concordctl, cron), held in `lock` until it returns.
Result<void> admit(const PipelineDef &pipeline, const RunOptions &options, QLockFile &lock);
// A retry, a probe or a replay: what it reads counts as retried.
bool countsAsRetry(const RunOptions &options);
// What a committed batch adds to the pipeline's metrics: the counters' growth since `before`,
// and each change's latency from when it was captured (observed) to now, when it is written.
MetricDelta batchMetrics(const RunResult &before, const RunResult &after, const std::vector<Change> &changes,
                         std::size_t count, qint64 deadLetters, const RunOptions &options, qint64 backlog);
RunResult newResult(const QString &pipeline, const RunOptions &options);

// An error message with the record's L3 values (`sensitive`: their field indexes) replaced.
QString withoutSensitiveValues(QString message, const Record &record, const std::vector<int> &sensitive);

} // namespace runner

} // namespace concord
