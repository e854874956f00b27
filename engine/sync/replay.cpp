// PipelineRunner::replay: dead letters written again (docs/operations.md §6).

#include "sync/pipelinerunner.h"

#include "log/log.h"
#include "sync/runnersupport.h"

namespace concord {

using namespace runner;

RunResult PipelineRunner::replay(const QString &pipeline, const QList<DeadLetterRecord> &letters,
                                 const RunOptions &options, const std::atomic<bool> &cancel,
                                 QList<QPair<qint64, Error>> *outcomes)
{
    RunOptions opts = options;
    opts.dryRun = false;
    opts.trigger = QStringLiteral("replay");
    RunResult result = newResult(pipeline, opts);
    if (const auto it = m_workspace->pipelines.constFind(pipeline);
        it != m_workspace->pipelines.cend() && it->direction == QLatin1String("two-way"))
        // Both systems are read again by every run: a letter's record is still where it was.
        return finish(result, QStringLiteral("failed"),
                      makeError(ErrorCode::ConfigInvalid,
                                QStringLiteral("pipeline '%1' is two-way: its dead letters are not replayed; fix the "
                                               "record in its system (or the mapping) and run the pipeline again — "
                                               "the next run reads it again")
                                    .arg(pipeline)));
    Prepared p;
    p.traceId = result.traceId;
    p.cancel = &cancel;
    if (auto r = prepare(pipeline, p); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());
    result.mappingVersion = p.mapping.version();
    QLockFile lock(lockPath(*m_workspace, pipeline));
    if (auto r = startWriting(p, opts, QStringLiteral("replay"), lock, result); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());
    log::ScopedContext context(log::Context{pipeline, QString::number(result.runId), p.source->system,
                                            p.target->system, result.traceId});
    const QList<int> keyIndexes = p.source->schema.keyIndexes();
    std::vector<Change> one(1);
    for (const DeadLetterRecord &letter : letters) {
        if (cancel.load())
            break;
        if (letter.pipeline != pipeline || letter.status != QLatin1String("open"))
            continue;
        const RunResult before = result;
        ++result.read;
        auto record = p.payloads.decode(letter.payload);
        if (!record.ok()) {
            ++result.failed;
            m_store->deadLetterFailedAgain(letter.id, record.error().code, record.error().message, letter.mappingVersion);
            if (outcomes)
                outcomes->append({letter.id, record.error()});
            continue;
        }
        Change &c = one.front();
        c = Change();
        c.op = Change::opFromName(letter.op.isEmpty() ? QStringLiteral("upsert") : letter.op);
        c.sourceVersion = letter.sourceVersion;
        c.observedAt = QDateTime::currentDateTimeUtc();
        c.traceId = letter.traceId;
        c.record = std::move(*record);
        for (int k : keyIndexes)
            c.key.parts.push_back(c.record.values[std::size_t(k)]);
        QList<DeadLetterEntry> again;
        if (auto r = applyBatch(p, one, 1, opts, result, again); !r.ok()) {
            result.faultSide = p.faultSide.isEmpty() ? QStringLiteral("config") : p.faultSide;
            result.inFlight = 1;
            if (outcomes)
                outcomes->append({letter.id, r.error()});
            return finish(result, QStringLiteral("failed"), r.error());
        }
        if (auto r = m_store->appendLineage(pipeline, result.runId, p.mapped.lineage); !r.ok())
            log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
        MetricDelta m = batchMetrics(before, result, one, 1, 0, opts, -1);
        m.latency = LatencyHistogram(); // a replay's latency is the letter's age, not the pipeline's
        if (!again.isEmpty()) {
            const DeadLetterEntry &d = again.front();
            m_store->deadLetterFailedAgain(letter.id, d.errorCode, d.errorMessage, d.mappingVersion);
            if (outcomes)
                outcomes->append({letter.id, makeError(d.errorCode, d.errorMessage)});
        } else {
            const auto closed = m_store->resolveDeadLetter(letter.id, QStringLiteral("replayed"), opts.actor,
                                                           QStringLiteral("run %1").arg(result.runId));
            if (!closed.ok())
                return finish(result, QStringLiteral("failed"), closed.error());
            if (outcomes)
                outcomes->append({letter.id, Error()});
        }
        m_store->addMetrics(pipeline, QDateTime::currentDateTimeUtc(), m);
    }
    p.sink->close();
    if (cancel.load())
        return finish(result, QStringLiteral("cancelled"), makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
    return finish(result, result.failed > 0 ? QStringLiteral("partial") : QStringLiteral("succeeded"), Error());
}

} // namespace concord
