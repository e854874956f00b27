#include "conflict/twowayrunner.h"

#include "connectors/connector.h"
#include "log/log.h"
#include "sync/runnersupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

namespace concord {

using namespace runner;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<WriteOutcome> applyWrite(RecordTable &table, const Key &key, const SideWrite &w)
{
    switch (w.kind) {
    case SideWrite::Kind::Insert: return table.insert(w.fields, w.values);
    case SideWrite::Kind::Update: return table.update(key, w.fields, w.values);
    case SideWrite::Kind::Delete: return table.remove(key);
    case SideWrite::Kind::None: break;
    }
    return WriteOutcome{WriteOutcome::Kind::Unchanged, Error()};
}

void count(RunResult &result, const SideWrite &w, const WriteOutcome &o, bool sourceSide)
{
    if (w.kind == SideWrite::Kind::None)
        return;
    switch (o.kind) {
    case WriteOutcome::Kind::Inserted: ++result.inserted; break;
    case WriteOutcome::Kind::Updated: ++result.updated; break;
    case WriteOutcome::Kind::Deleted: ++result.deleted; break;
    default: return;
    }
    if (sourceSide)
        ++result.sourceWrites;
}

// One record settled: its writes done (or only planned), and what the store keeps of it.
struct Settled
{
    Reconciliation rec;
    SideView source;             // after the writes
    SideView target;
    bool skipped = false;        // the forward mapping skips the record
    std::optional<Error> failure; // the record does not map, or a side rejected a write
    bool rejectedBySource = false;
    bool stale = false;          // a resolution's records changed since the conflict was shown
};

class Settler
{
public:
    Settler(const TwoWayPlan &plan, RecordTable &source, RecordTable &target, bool dryRun)
        : m_plan(plan), m_reconciler(plan), m_source(source), m_target(target), m_dryRun(dryRun)
    {
    }

    Result<Settled> settle(const Key &sourceKey, const Key &targetKey, const SyncBase *base,
                           const ConflictResolution *resolution, const std::vector<Value> *baseValues,
                           RunResult &result, const QString *expected = nullptr)
    {
        Settled s;
        if (auto r = look(sourceKey, targetKey, s); !r.ok())
            return r.error();
        if (s.failure || s.skipped)
            return s;
        if (expected && Reconciler::fingerprint(s.source, s.target) != *expected) {
            // Decided on values that are gone: nothing is written; the conflict as it is now.
            s.stale = true;
            s.rec = m_reconciler.decide(s.source, s.target, base);
            return s;
        }
        s.rec = m_reconciler.decide(s.source, s.target, base, resolution, baseValues);
        if (s.rec.kind != Reconciliation::Kind::Apply || m_dryRun) {
            if (m_dryRun && s.rec.kind == Reconciliation::Kind::Apply) {
                for (const SideWrite *w : {&s.rec.target, &s.rec.source}) {
                    if (w->kind == SideWrite::Kind::Insert)
                        ++result.inserted;
                    else if (w->kind == SideWrite::Kind::Update)
                        ++result.updated;
                    else if (w->kind == SideWrite::Kind::Delete)
                        ++result.deleted;
                }
                if (s.rec.source.kind != SideWrite::Kind::None)
                    ++result.sourceWrites;
            }
            return s;
        }
        const auto t = applyWrite(m_target, targetKey, s.rec.target);
        if (!t.ok())
            return t.error();
        if (t->kind == WriteOutcome::Kind::Rejected) {
            s.failure = t->error;
            return s;
        }
        count(result, s.rec.target, *t, false);
        const Key sourceWriteKey = s.rec.source.kind == SideWrite::Kind::Insert ? Key() : sourceKey;
        const auto w = applyWrite(m_source, sourceWriteKey, s.rec.source);
        if (!w.ok())
            return w.error();
        if (w->kind == WriteOutcome::Kind::Rejected) {
            s.failure = w->error;
            s.rejectedBySource = true;
            return s;
        }
        count(result, s.rec.source, *w, true);
        // The base is what both sides hold now, read back: a write Concord made comes back with
        // these very hashes, and is known for an echo.
        if (auto r = look(sourceKey, targetKey, s); !r.ok())
            return r.error();
        return s;
    }

private:
    Result<void> look(const Key &sourceKey, const Key &targetKey, Settled &s)
    {
        const auto sourceRow = m_source.fetch(sourceKey);
        if (!sourceRow.ok())
            return sourceRow.error();
        const auto targetRow = m_target.fetch(targetKey);
        if (!targetRow.ok())
            return targetRow.error();
        if (auto r = m_plan.viewSource(*sourceRow, s.source, &s.skipped); !r.ok()) {
            s.failure = r.error();
            return {};
        }
        if (auto r = m_plan.viewTarget(*targetRow, s.target); !r.ok())
            s.failure = r.error();
        return {};
    }

    const TwoWayPlan &m_plan;
    Reconciler m_reconciler;
    RecordTable &m_source;
    RecordTable &m_target;
    bool m_dryRun;
};

// What the store keeps of a settled record: its new base, or the conflict to queue.
void keep(const TwoWayPlan &plan, const Settled &s, const QString &storedKey, const SyncBase *base,
          const Key &sourceKey, const Key &targetKey, std::optional<qint64> openConflict, TwoWayCommit &commit)
{
    if (s.rec.kind == Reconciliation::Kind::Conflict) {
        StoredConflict c;
        c.key = storedKey;
        c.kind = s.rec.conflictKind;
        c.fields = s.rec.conflicting;
        c.changedSource = s.rec.changedSource;
        c.changedTarget = s.rec.changedTarget;
        c.basePayload = base ? base->payload : QString();
        if (s.source.exists)
            c.sourcePayload = plan.encodeFields(s.source.values).value_or(QString());
        if (s.target.exists)
            c.targetPayload = plan.encodeFields(s.target.values).value_or(QString());
        c.sourceKey = plan.encodeKey(sourceKey, true).value_or(QString());
        c.targetKey = plan.encodeKey(targetKey, false).value_or(QString());
        c.hashes = Reconciler::fingerprint(s.source, s.target);
        c.sourceTime = s.source.time;
        c.targetTime = s.target.time;
        c.reason = s.rec.reason;
        commit.conflicts.append(c);
        return;
    }
    if (openConflict)
        commit.converged.append(*openConflict);
    if (s.source.exists && s.target.exists) {
        SyncBase b;
        b.key = storedKey;
        for (int i = 0; i < plan.fields.size(); ++i)
            b.hashes.insert(plan.fields[i], {s.source.hashes[std::size_t(i)], s.target.hashes[std::size_t(i)]});
        if (base && base->hashes == b.hashes && base->sourceTime == s.source.time && base->targetTime == s.target.time)
            return; // an echo or nothing new: the base stands
        // The agreed values in the target's terms, unmasked (the source's), sealed for the store.
        b.payload = plan.encodeFields(s.source.values).value_or(QString());
        b.sourceTime = s.source.time;
        b.targetTime = s.target.time;
        commit.bases.append(b);
    } else if (base) {
        commit.removedBases.append(storedKey);
    }
}

} // namespace

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
                                    json(QJsonObject{{QStringLiteral("run_id"), result.runId},
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

ConflictResolveResult TwoWayRunner::resolve(const QList<qint64> &ids, const ConflictResolution &resolution,
                                            const QString &strategy)
{
    ConflictResolveResult out;
    const auto stored = m_store->conflicts(QString(), false, ids);
    if (!stored.ok()) {
        for (qint64 id : ids)
            out.failed.append({id, stored.error().toString()});
        return out;
    }
    QSet<qint64> found;
    QMap<QString, QList<StoredConflict>> byPipeline;
    for (const StoredConflict &c : *stored) {
        found.insert(c.id);
        byPipeline[c.pipeline].append(c);
    }
    for (qint64 id : ids)
        if (!found.contains(id))
            out.failed.append({id, QStringLiteral("%1: conflict %2 is not open").arg(ErrorCode::NotFound).arg(id)});

    for (auto group = byPipeline.cbegin(); group != byPipeline.cend(); ++group) {
        const QString &pipeline = group.key();
        const auto failAll = [&](const Error &e) {
            for (const StoredConflict &c : *group)
                out.failed.append({c.id, e.toString()});
        };
        auto built = TwoWayPlan::build(*m_workspace, pipeline);
        if (!built.ok()) {
            failAll(built.error());
            continue;
        }
        const TwoWayPlan &plan = *built;
        RunOptions options;
        options.actor = resolution.actor;
        options.trigger = QStringLiteral("resolve");
        QLockFile lock(lockPath(*m_workspace, pipeline));
        if (auto r = admit(*plan.pipeline, options, lock); !r.ok()) {
            failAll(r.error());
            continue;
        }
        RunResult result = newResult(pipeline, options);
        result.mappingVersion = plan.forward.version() + QLatin1Char('/') + plan.reverse.version();
        const auto runId = m_store->beginRun(pipeline, false, QStringLiteral("resolve"), resolution.actor,
                                             result.traceId, result.mappingVersion);
        if (!runId.ok()) {
            failAll(runId.error());
            continue;
        }
        result.runId = *runId;
        auto sourceTable = openRecordTable(*m_workspace, *plan.source);
        auto targetTable = openRecordTable(*m_workspace, *plan.target);
        if (!sourceTable.ok() || !targetTable.ok()) {
            const Error e = !sourceTable.ok() ? sourceTable.error() : targetTable.error();
            failAll(e);
            finish(result, QStringLiteral("failed"), e);
            continue;
        }
        Settler settler(plan, **sourceTable, **targetTable, false);
        RecordTable &sourceT = **sourceTable;
        RecordTable &targetT = **targetTable;
        if (auto r = sourceT.begin(); !r.ok()) {
            failAll(r.error());
            finish(result, QStringLiteral("failed"), r.error());
            continue;
        }
        if (auto r = targetT.begin(); !r.ok()) {
            sourceT.rollback();
            failAll(r.error());
            finish(result, QStringLiteral("failed"), r.error());
            continue;
        }
        TwoWayCommit commit;
        QList<DeadLetterEntry> deadLetters;
        QList<QPair<StoredConflict, QJsonObject>> audits;
        Error hard;
        for (const StoredConflict &c : *group) {
            const auto sourceKey = plan.decodeKey(c.sourceKey, true);
            const auto targetKey = plan.decodeKey(c.targetKey, false);
            if (!sourceKey.ok() || !targetKey.ok()) {
                out.failed.append({c.id, (!sourceKey.ok() ? sourceKey.error() : targetKey.error()).toString()});
                continue;
            }
            const auto bases = m_store->syncBases(pipeline, {c.key});
            if (!bases.ok()) {
                hard = bases.error();
                break;
            }
            const SyncBase *base = bases->contains(c.key) ? &*bases->constFind(c.key) : nullptr;
            std::vector<Value> baseValues;
            if (base && !base->payload.isEmpty()) {
                if (auto v = plan.decodeFields(base->payload); v.ok())
                    baseValues = std::move(*v);
            }
            // The choices this conflict gets.
            ConflictResolution effective = resolution;
            if (!strategy.isEmpty()) {
                effective.fields.clear();
                FieldChoice::Take take = FieldChoice::Take::Source;
                if (strategy == QLatin1String("target")) {
                    take = FieldChoice::Take::Target;
                } else if (strategy == QLatin1String("last_write_wins")) {
                    if (!c.sourceTime.isValid() || !c.targetTime.isValid()) {
                        out.failed.append({c.id, QStringLiteral("%1: last_write_wins needs both modification times")
                                                     .arg(ErrorCode::ConflictPending)});
                        continue;
                    }
                    take = c.targetTime > c.sourceTime ? FieldChoice::Take::Target : FieldChoice::Take::Source;
                }
                for (const QString &f : c.fields)
                    effective.fields.insert(f, FieldChoice{take, QString(), false});
                // The side taken keeps the record, or its deletion.
                const bool takeSource = take == FieldChoice::Take::Source;
                effective.keepRecord = c.kind == QLatin1String("delete_source") ? !takeSource
                    : c.kind == QLatin1String("delete_target")                 ? takeSource
                                                                                : true;
            }
            const auto settled = settler.settle(*sourceKey, *targetKey, base, &effective,
                                                baseValues.empty() ? nullptr : &baseValues, result, &c.hashes);
            if (!settled.ok()) {
                hard = settled.error();
                break;
            }
            if (settled->failure) {
                out.failed.append({c.id, settled->failure->toString()});
                continue;
            }
            if (settled->stale) {
                // Shown again as it is now: the open conflict refreshed, or closed when the sides agree.
                TwoWayCommit again;
                keep(plan, *settled, c.key, base, *sourceKey, *targetKey,
                     settled->rec.kind == Reconciliation::Kind::Conflict ? std::nullopt : std::optional<qint64>(c.id),
                     again);
                commit.conflicts.append(again.conflicts);
                commit.converged.append(again.converged);
                if (settled->rec.kind != Reconciliation::Kind::Apply) {
                    commit.bases.append(again.bases);
                    commit.removedBases.append(again.removedBases);
                }
                out.failed.append({c.id, QStringLiteral("%1: the record changed in %2 since the conflict was shown; "
                                                        "review it again")
                                             .arg(ErrorCode::ConflictStale, plan.source->system + QStringLiteral(" / ")
                                                                                + plan.target->system)});
                continue;
            }
            if (settled->rec.kind == Reconciliation::Kind::Conflict || settled->rec.mismatchedChoices) {
                out.failed.append({c.id, QStringLiteral("%1: %2")
                                             .arg(ErrorCode::ConflictPending,
                                                  settled->rec.reason.isEmpty()
                                                      ? QStringLiteral("choose for every conflicting field (%1)")
                                                            .arg(settled->rec.conflicting.join(QStringLiteral(", ")))
                                                      : settled->rec.reason)});
                continue;
            }
            TwoWayCommit one;
            keep(plan, *settled, c.key, base, *sourceKey, *targetKey, std::nullopt, one);
            commit.bases.append(one.bases);
            commit.removedBases.append(one.removedBases);
            StoredConflict done = c;
            QJsonObject choices;
            std::vector<Value> custom(std::size_t(plan.fields.size()));
            for (auto f = effective.fields.cbegin(); f != effective.fields.cend(); ++f) {
                choices.insert(f.key(), FieldChoice::takeName(f->take));
                const int i = int(plan.fields.indexOf(f.key()));
                if (f->take == FieldChoice::Take::Custom && i >= 0 && !f->customNull)
                    custom[std::size_t(i)] = Value::fromString(f->custom);
            }
            const QJsonObject resolutionJson{{QStringLiteral("choices"), choices},
                                             {QStringLiteral("keep"), effective.keepRecord},
                                             {QStringLiteral("strategy"), strategy}};
            done.resolution = json(resolutionJson);
            done.resolutionPayload = plan.encodeFields(custom).value_or(QString());
            done.resolvedBy = resolution.actor;
            done.comment = resolution.comment;
            commit.resolved.append(done);
            audits.append({done, resolutionJson});
            out.resolved.append(c.id);
        }
        if (!hard.code.isEmpty()) {
            sourceT.rollback();
            targetT.rollback();
            for (const StoredConflict &c : *group)
                if (!out.resolved.contains(c.id))
                    out.failed.append({c.id, hard.toString()});
            for (const StoredConflict &c : *group)
                out.resolved.removeAll(c.id);
            finish(result, QStringLiteral("failed"), hard);
            continue;
        }
        if (auto r = targetT.commit(); !r.ok()) {
            sourceT.rollback();
            for (const StoredConflict &c : *group)
                out.resolved.removeAll(c.id);
            failAll(r.error());
            finish(result, QStringLiteral("failed"), r.error());
            continue;
        }
        if (auto r = sourceT.commit(); !r.ok())
            log::error(lcSync(), r.error().message, log::Fields{{}, r.error().code});
        RunCounters counters{result.read, result.inserted, result.updated, result.deleted, result.skipped,
                             result.failed};
        if (auto r = m_store->commitTwoWay(result.runId, pipeline, QString(), QString(), commit, deadLetters, counters);
            !r.ok())
            log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
        out.sourceWrites += result.sourceWrites;
        out.targetWrites += result.written() - result.sourceWrites;
        for (const auto &a : std::as_const(audits)) {
            QJsonObject detail = a.second;
            detail.insert(QStringLiteral("conflict_id"), a.first.id);
            detail.insert(QStringLiteral("key"), a.first.key);
            detail.insert(QStringLiteral("kind"), a.first.kind);
            detail.insert(QStringLiteral("fields"), QJsonArray::fromStringList(a.first.fields));
            detail.insert(QStringLiteral("comment"), a.first.comment);
            detail.insert(QStringLiteral("run_id"), result.runId);
            m_store->appendAudit(AuditInput{resolution.actor, QString(), QStringLiteral("conflict.resolve"),
                                            QStringLiteral("pipeline:") + pipeline, json(detail), result.traceId});
        }
        finish(result, QStringLiteral("succeeded"), Error());
    }
    return out;
}

} // namespace concord
