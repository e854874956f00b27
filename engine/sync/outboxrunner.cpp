// PipelineRunner's outbox path (DESIGN.md §3): pushed and captured changes made durable first, then
// applied; change feeds (logical decoding, binary logs) read, stored with their position, confirmed.

#include "sync/pipelinerunner.h"

#include "log/log.h"
#include "sync/runnersupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace concord {

using namespace runner;

Result<QList<OutboxEntry>> PipelineRunner::outboxEntries(const Prepared &p, const std::vector<Change> &changes) const
{
    QList<OutboxEntry> entries;
    for (const Change &c : changes) {
        OutboxEntry e;
        e.pipeline = p.pipeline->name;
        e.key = p.payloads.storedKey(c.key);
        e.op = Change::opName(c.op);
        auto payload = p.payloads.encode(c.record); // L3 values sealed
        if (!payload.ok())
            return payload.error();
        e.payload = *payload;
        e.sourceVersion = c.sourceVersion;
        e.observedAt = c.observedAt;
        e.traceId = c.traceId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : c.traceId;
        entries.append(e);
    }
    return entries;
}

Result<void> PipelineRunner::enqueue(const QString &pipeline, const std::vector<Change> &changes)
{
    Prepared p;
    if (auto r = prepare(pipeline, p); !r.ok())
        return r;
    auto entries = outboxEntries(p, changes);
    if (!entries.ok())
        return entries.error();
    return m_store->enqueue(*entries);
}

RunResult PipelineRunner::drainOutbox(const QString &pipeline, const RunOptions &options,
                                      const std::atomic<bool> &cancel, const ProgressFn &progress,
                                      const StartedFn &started)
{
    RunResult result = newResult(pipeline, options);
    Prepared p;
    p.traceId = result.traceId;
    p.cancel = &cancel;
    if (auto r = prepare(pipeline, p); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());
    result.mappingVersion = p.mapping.version();
    if (auto r = prepareViewer(p, options); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());
    QLockFile lock(lockPath(*m_workspace, pipeline));
    if (auto r = startWriting(p, options, QStringLiteral("realtime"), lock, result); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());
    log::ScopedContext context(log::Context{pipeline, QString::number(result.runId), p.source->system,
                                            p.target->system, result.traceId});
    if (started)
        started(result.runId);
    std::unique_ptr<ChangeFeed> feed;
    if (!options.dryRun) {
        auto created = createChangeFeed(*m_workspace, *p.pipeline, *p.source);
        if (!created.ok()) {
            result.faultSide = QStringLiteral("config");
            return finish(result, QStringLiteral("failed"), created.error());
        }
        feed = std::move(*created);
        if (feed) {
            const auto stored = m_store->checkpoint(pipeline);
            const QString position = stored.ok() && !options.full
                ? QJsonDocument::fromJson(stored->toUtf8()).object().value(QStringLiteral("feed")).toString()
                : QString();
            if (auto r = feed->open(position); !r.ok()) {
                result.faultSide = QStringLiteral("source");
                return finish(result, QStringLiteral("failed"), r.error());
            }
            m_activeFeed.store(feed.get());
        }
    }
    struct ActiveFeed // cleared on every way out, before the feed is destroyed
    {
        std::atomic<ChangeFeed *> &slot;
        ~ActiveFeed() { slot.store(nullptr); }
    } activeFeed{m_activeFeed};
    bool feedDone = !feed;
    const auto pending = m_store->pendingOutboxCount(pipeline);
    const qint64 totalRows = feed ? -1 : (pending.ok() ? *pending : -1);
    const QList<int> keyIndexes = p.source->schema.keyIndexes();
    const int batchSize = std::max(1, p.pipeline->batchSize);
    qint64 lastId = 0;
    while (!cancel.load()) {
        if (!feedDone) {
            // Durable first (outbox and position in one commit), then confirmed to the source.
            auto batch = feed->next(batchSize);
            if (!batch.ok()) {
                result.faultSide = QStringLiteral("source");
                return finish(result, QStringLiteral("failed"), batch.error());
            }
            auto captured = outboxEntries(p, batch->changes);
            if (!captured.ok())
                return finish(result, QStringLiteral("failed"), captured.error());
            const QString position = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("feed"), batch->position}}).toJson(QJsonDocument::Compact));
            if (auto r = m_store->enqueue(*captured, pipeline, position); !r.ok()) {
                result.faultSide = QStringLiteral("state");
                return finish(result, QStringLiteral("failed"), r.error());
            }
            if (auto r = feed->confirm(batch->position); !r.ok()) {
                result.faultSide = QStringLiteral("source");
                return finish(result, QStringLiteral("failed"), r.error());
            }
            feedDone = !batch->more;
        }
        auto entries = m_store->pendingOutbox(pipeline, batchSize);
        if (!entries.ok())
            return finish(result, QStringLiteral("failed"), entries.error());
        // A dry run does not consume the outbox: skip what this run already looked at.
        QList<OutboxEntry> todo;
        for (const OutboxEntry &e : std::as_const(*entries))
            if (e.id > lastId)
                todo.append(e);
        if (todo.isEmpty()) {
            if (!feedDone)
                continue;
            if (!options.follow || options.dryRun)
                break;
            // Following: nothing waits; look again shortly.
            QThread::msleep(static_cast<unsigned long>(std::max(1, options.followIdleMs)));
            feedDone = !feed;
            continue;
        }
        std::vector<Change> changes;
        QList<DeadLetterEntry> undecodable;
        QList<qint64> ids;
        QList<QPair<QString, QString>> versions;
        for (const OutboxEntry &e : std::as_const(todo)) {
            lastId = e.id;
            ids.append(e.id);
            const auto applied = m_store->appliedVersion(pipeline, e.key);
            if (applied.ok() && !e.sourceVersion.isEmpty() && *applied == e.sourceVersion) {
                ++result.skipped; // this exact version was already written
                continue;
            }
            auto record = p.payloads.decode(e.payload);
            if (!record.ok()) { // kept as it is, sealed, for a steward with the right secret
                ++result.failed;
                DeadLetterEntry d;
                d.pipeline = pipeline;
                d.runId = result.runId;
                d.key = e.key;
                d.op = e.op;
                d.payload = e.payload;
                d.errorCode = record.error().code;
                d.errorMessage = record.error().message;
                d.mappingVersion = p.mapping.version();
                d.sourceVersion = e.sourceVersion;
                d.traceId = e.traceId;
                log::warning(lcSync(), QStringLiteral("outbox entry %1 sent to dead letters with %2").arg(e.key, d.errorCode),
                             log::Fields{e.key, d.errorCode});
                undecodable.append(d);
                continue;
            }
            Change c;
            c.op = Change::opFromName(e.op);
            c.sourceVersion = e.sourceVersion;
            c.observedAt = e.observedAt;
            c.traceId = e.traceId;
            c.record = std::move(*record);
            for (int k : keyIndexes)
                c.key.parts.push_back(c.record.values[std::size_t(k)]);
            if (!e.sourceVersion.isEmpty())
                versions.append({e.key, e.sourceVersion});
            changes.push_back(std::move(c));
        }
        const RunResult before = result;
        result.read += todo.size();
        QList<DeadLetterEntry> deadLetters = undecodable;
        if (auto r = applyBatch(p, changes, changes.size(), options, result, deadLetters); !r.ok()) {
            result.faultSide = p.faultSide.isEmpty() ? QStringLiteral("config") : p.faultSide;
            result.inFlight = qint64(changes.size());
            return finish(result, QStringLiteral("failed"), r.error());
        }
        if (!options.dryRun) {
            const MetricDelta metrics = batchMetrics(before, result, changes, changes.size(), deadLetters.size(), options,
                                                     totalRows >= 0 ? std::max<qint64>(0, totalRows - result.read) : -1);
            if (auto r = m_store->completeOutbox(result.runId, pipeline, ids, versions, deadLetters, counters(result),
                                                 &metrics, &p.mapped.lineage);
                !r.ok()) {
                result.faultSide = QStringLiteral("state");
                return finish(result, QStringLiteral("failed"), r.error());
            }
        }
        if (progress)
            progress(RunProgress{pipeline, result.runId, result.read, totalRows});
    }
    p.sink->close();
    if (feed)
        feed->close();
    if (cancel.load() && !options.follow)
        return finish(result, QStringLiteral("cancelled"), makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
    return finish(result, result.failed > 0 ? QStringLiteral("partial") : QStringLiteral("succeeded"), Error());
}

} // namespace concord
