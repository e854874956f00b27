#include "conflict/twowayrunner.h"

#include "conflict/settler.h"
#include "connectors/connector.h"
#include "log/log.h"
#include "sync/runnersupport.h"

#include <QJsonObject>
#include <QLockFile>

namespace concord {

using namespace runner;
using namespace twoway;

TwoWayRunner::TwoWayRunner(std::shared_ptr<const Workspace> workspace, StateStore *store)
    : m_workspace(std::move(workspace)), m_store(store)
{
}

void TwoWayRunner::interrupt()
{
    if (Source *s = m_activeSource.load())
        s->interrupt();
}

RunResult TwoWayRunner::finish(RunResult result, const QString &status, const Error &error)
{
    result.status = status;
    result.error = error;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    result.durationMs = result.startedAt.msecsTo(result.finishedAt);
    if (result.runId > 0) {
        RunCounters c{result.read, result.inserted, result.updated, result.deleted, result.skipped, result.failed};
        if (auto r = m_store->finishRun(result.runId, status, c, error.message); !r.ok())
            log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
        if (!result.dryRun) {
            MetricDelta m;
            m.runs = 1;
            m.runsFailed = status == QLatin1String("failed") ? 1 : 0;
            if (auto r = m_store->addMetrics(result.pipeline, result.finishedAt, m); !r.ok())
                log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
        }
    }
    const QString summary = QStringLiteral("two-way run %1 %2: read %3, inserted %4, updated %5, deleted %6 (%7 of "
                                           "them in the source), conflicts queued %8, decided by strategy %9, "
                                           "failed %10 in %11 ms")
                                .arg(result.runId)
                                .arg(status)
                                .arg(result.read)
                                .arg(result.inserted)
                                .arg(result.updated)
                                .arg(result.deleted)
                                .arg(result.sourceWrites)
                                .arg(result.conflicts)
                                .arg(result.autoResolved)
                                .arg(result.failed)
                                .arg(result.durationMs);
    if (status == QLatin1String("failed"))
        log::error(lcSync(), summary + QLatin1String(": ") + error.message, log::Fields{{}, error.code});
    else
        log::info(lcSync(), summary);
    return result;
}

RunResult TwoWayRunner::run(const QString &pipeline, const RunOptions &options, const std::atomic<bool> &cancel,
                            const ProgressFn &progress, const StartedFn &started)
{
    RunResult result = newResult(pipeline, options);
    auto built = TwoWayPlan::build(*m_workspace, pipeline);
    if (!built.ok())
        return finish(result, QStringLiteral("failed"), built.error());
    const TwoWayPlan &plan = *built;
    result.mappingVersion = plan.forward.version() + QLatin1Char('/') + plan.reverse.version();
    QLockFile lock(lockPath(*m_workspace, pipeline));
    if (auto r = admit(*plan.pipeline, options, lock); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());
    const auto runId = m_store->beginRun(pipeline, options.dryRun, plan.pipeline->mode, options.actor, result.traceId,
                                         result.mappingVersion);
    if (!runId.ok())
        return finish(result, QStringLiteral("failed"), runId.error());
    result.runId = *runId;
    log::ScopedContext context(log::Context{pipeline, QString::number(result.runId), plan.source->system,
                                            plan.target->system, result.traceId});
    if (started)
        started(result.runId);
    m_store->appendAudit(AuditInput{options.actor, QString(),
                                    options.dryRun ? QStringLiteral("run.dry_run") : QStringLiteral("run.start"),
                                    QStringLiteral("pipeline:") + pipeline,
                                    compactJson(QJsonObject{{QStringLiteral("run_id"), result.runId},
                                                     {QStringLiteral("direction"), QStringLiteral("two-way")},
                                                     {QStringLiteral("full"), options.full},
                                                     {QStringLiteral("trigger"), options.trigger},
                                                     {QStringLiteral("mapping_version"), result.mappingVersion}}),
                                    result.traceId});
    const auto failAt = [&](const QString &side, const Error &e) {
        result.faultSide = side;
        return finish(result, QStringLiteral("failed"), e);
    };
    auto sourceTable = openRecordTable(*m_workspace, *plan.source);
    if (!sourceTable.ok())
        return failAt(QStringLiteral("source"), sourceTable.error());
    auto targetTable = openRecordTable(*m_workspace, *plan.target);
    if (!targetTable.ok())
        return failAt(QStringLiteral("target"), targetTable.error());
    Settler settler(plan, **sourceTable, **targetTable, options.dryRun);

    struct Stream
    {
        QString name;            // its checkpoint
        const DatasetDef *dataset;
        bool fromSource;
    };
    const QList<Stream> streams = {{pipeline, plan.source, true},
                                   {pipeline + QStringLiteral(":target"), plan.target, false}};
    const int batchSize = std::max(1, plan.pipeline->batchSize);
    qint64 total = 0;
    bool cancelled = false;
    QSet<QString> conflicted; // a record changed on both sides is read from both: counted once
    QSet<QString> planned;
    for (const Stream &stream : streams) {
        if (cancel.load()) {
            cancelled = true;
            break;
        }
        auto checkpoint = options.full ? Result<QString>(QString()) : m_store->checkpoint(stream.name);
        if (!checkpoint.ok())
            return failAt(QStringLiteral("state"), checkpoint.error());
        auto source = createSource(*m_workspace, *stream.dataset);
        if (!source.ok())
            return failAt(QStringLiteral("config"), source.error());
        std::unique_ptr<Source> src = std::move(*source);
        QString start = *checkpoint;
        if (options.from.isValid()) {
            const auto at = src->positionAt(options.from);
            if (!at.ok())
                return failAt(stream.fromSource ? QStringLiteral("source") : QStringLiteral("target"), at.error());
            start = *at;
        }
        if (auto r = src->open(start); !r.ok())
            return failAt(stream.fromSource ? QStringLiteral("source") : QStringLiteral("target"), r.error());
        m_activeSource.store(src.get());
        struct Deactivate
        {
            std::atomic<Source *> &slot;
            ~Deactivate() { slot.store(nullptr); }
        } deactivate{m_activeSource};
        const auto remaining = src->countRemaining();
        total += remaining.ok() ? *remaining : 0;
        if (progress)
            progress(RunProgress{pipeline, result.runId, result.read, total});
        std::vector<Change> batch;
        bool completed = false;
        while (!cancel.load()) {
            const auto n = src->next(batch, batchSize);
            if (!n.ok()) {
                if (n.error().code == ErrorCode::Cancelled || cancel.load())
                    break;
                return failAt(stream.fromSource ? QStringLiteral("source") : QStringLiteral("target"), n.error());
            }
            if (*n == 0) {
                completed = true;
                break;
            }
            const RunResult before = result;
            result.read += *n;
            // The keys this batch touches, once each, in both systems' terms.
            struct Item
            {
                Key sourceKey;
                Key targetKey;
                QString stored;
            };
            QList<Item> items;
            QSet<QString> seen;
            QList<DeadLetterEntry> deadLetters;
            const auto letter = [&](const Change &c, const QString &key, const Error &e) {
                DeadLetterEntry d;
                d.pipeline = pipeline;
                d.runId = result.runId;
                d.key = key;
                d.op = Change::opName(c.op);
                if (stream.fromSource) {
                    d.payload = plan.sourceCodec.encode(c.record).value_or(QStringLiteral("{}"));
                } else {
                    d.payload = QStringLiteral("{}"); // the target record stays in the target, re-read next run
                }
                d.errorCode = e.code;
                d.errorMessage = (stream.fromSource ? QString() : QStringLiteral("target record, reverse mapping: "))
                    + e.message;
                d.mappingVersion = result.mappingVersion;
                d.traceId = result.traceId;
                log::warning(lcSync(), QStringLiteral("record %1 sent to dead letters with %2").arg(key, e.code),
                             log::Fields{key, e.code});
                deadLetters.append(d);
                ++result.failed;
            };
            for (int i = 0; i < *n; ++i) {
                const Change &c = batch[std::size_t(i)];
                Item item;
                if (stream.fromSource) {
                    item.sourceKey = c.key;
                    const auto k = plan.targetKeyOf(c.record);
                    if (!k.ok()) {
                        letter(c, plan.sourceCodec.storedKey(c.key), k.error());
                        continue;
                    }
                    item.targetKey = *k;
                } else {
                    item.targetKey = c.key;
                    const auto k = plan.sourceKeyOf(c.record);
                    if (!k.ok()) {
                        letter(c, plan.storedKey(c.key), k.error());
                        continue;
                    }
                    item.sourceKey = *k;
                }
                item.stored = plan.storedKey(item.targetKey);
                if (seen.contains(item.stored) || (options.dryRun && planned.contains(item.stored)))
                    continue; // a dry run writes nothing: a record read from both sides is planned once
                seen.insert(item.stored);
                planned.insert(item.stored);
                items.append(item);
            }
            QStringList keys;
            for (const Item &i : std::as_const(items))
                keys.append(i.stored);
            const auto bases = m_store->syncBases(pipeline, keys);
            if (!bases.ok())
                return failAt(QStringLiteral("state"), bases.error());
            const auto open = m_store->openConflictIds(pipeline, keys);
            if (!open.ok())
                return failAt(QStringLiteral("state"), open.error());
            RecordTable &sourceT = **sourceTable;
            RecordTable &targetT = **targetTable;
            if (auto r = sourceT.begin(); !r.ok())
                return failAt(QStringLiteral("source"), r.error());
            if (auto r = targetT.begin(); !r.ok()) {
                sourceT.rollback();
                return failAt(QStringLiteral("target"), r.error());
            }
            TwoWayCommit commit;
            for (int i = 0; i < items.size(); ++i) {
                const Item &item = items[i];
                const auto b = bases->constFind(item.stored);
                const SyncBase *base = b == bases->cend() ? nullptr : &*b;
                const auto settled = settler.settle(item.sourceKey, item.targetKey, base, nullptr, nullptr, result);
                if (!settled.ok()) {
                    sourceT.rollback();
                    targetT.rollback();
                    result.inFlight = items.size();
                    return failAt(QStringLiteral("target"), settled.error());
                }
                if (settled->skipped) {
                    ++result.skipped;
                    continue;
                }
                if (settled->failure) {
                    Change c;
                    c.key = item.sourceKey;
                    letter(c, item.stored, *settled->failure);
                    continue;
                }
                if (settled->rec.kind == Reconciliation::Kind::Conflict) {
                    if (conflicted.contains(item.stored))
                        continue;
                    conflicted.insert(item.stored);
                    ++result.conflicts;
                    log::info(lcSync(), QStringLiteral("conflict on %1: %2").arg(item.stored, settled->rec.reason),
                              log::Fields{item.stored, ErrorCode::ConflictPending});
                } else if (settled->rec.byPolicy) {
                    ++result.autoResolved;
                }
                const auto o = open->constFind(item.stored);
                if (!options.dryRun)
                    keep(plan, *settled, item.stored, base, item.sourceKey, item.targetKey,
                         o == open->cend() ? std::nullopt : std::optional<qint64>(*o), commit);
            }
            if (options.dryRun) {
                sourceT.rollback();
                targetT.rollback();
            } else {
                if (auto r = targetT.commit(); !r.ok()) {
                    sourceT.rollback();
                    return failAt(QStringLiteral("target"), r.error());
                }
                if (auto r = sourceT.commit(); !r.ok())
                    return failAt(QStringLiteral("source"), r.error());
                const MetricDelta metrics = batchMetrics(before, result, batch, std::size_t(*n), deadLetters.size(),
                                                         options, -1);
                RunCounters counters{result.read, result.inserted, result.updated, result.deleted, result.skipped,
                                     result.failed};
                if (auto r = m_store->commitTwoWay(result.runId, pipeline, stream.name, src->position(), commit,
                                                   deadLetters, counters, &metrics);
                    !r.ok())
                    return failAt(QStringLiteral("state"), r.error());
                if (stream.fromSource)
                    result.checkpointAfter = src->position();
            }
            if (progress)
                progress(RunProgress{pipeline, result.runId, result.read, total});
        }
        result.rechecked += src->rechecked();
        src->close();
        if (!completed) {
            cancelled = true;
            break;
        }
        if (src->snapshotOnly() && !options.dryRun)
            m_store->clearCheckpoint(stream.name);
    }
    result.read -= result.rechecked;
    if (cancelled)
        return finish(result, QStringLiteral("cancelled"), makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
    return finish(result, result.failed > 0 ? QStringLiteral("partial") : QStringLiteral("succeeded"), Error());
}

} // namespace concord
