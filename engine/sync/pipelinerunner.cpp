#include "sync/pipelinerunner.h"
#include "sync/sourcereader.h"

#include "conflict/twowayrunner.h"

#include "governance/ratelimit.h"
#include "governance/schemadrift.h"
#include "log/log.h"
#include "policy/policyplan.h"
#include "policy/sealedpayload.h"
#include "policy/secrets.h"
#include "sync/lookups.h"
#include "sync/runnersupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace concord {

namespace runner {

QString lockPath(const Workspace &ws, const QString &pipeline)
{
    const QString dir = QFileInfo(ws.stateStorePath()).absolutePath() + QStringLiteral("/locks");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + pipeline + QStringLiteral(".lock");
}

Result<void> admit(const PipelineDef &pipeline, const RunOptions &options, QLockFile &lock)
{
    if (!pipeline.enabled && !options.dryRun)
        return makeError(ErrorCode::PipelineDisabled,
                         QStringLiteral("pipeline '%1' is disabled (enabled: false in workspace.yaml); only a dry run "
                                        "is allowed")
                             .arg(pipeline.name));
    lock.setStaleLockTime(0); // a long run is not stale; a dead process's lock is (its PID is gone)
    if (!lock.tryLock(0))
        return makeError(ErrorCode::PipelineBusy,
                         QStringLiteral("pipeline '%1' is already running (%2)")
                             .arg(pipeline.name, lock.error() == QLockFile::LockFailedError
                                                     ? QStringLiteral("another process holds its lock")
                                                     : QStringLiteral("cannot create its lock file")));
    return {};
}

// An error message may quote the value that failed ("'待定' is not a decimal"). Before it is stored
// or shown, the record's L3 values in it are replaced, matched without regard to case (a transform
// may have changed it). Values shorter than three characters are left: replacing them would garble
// the message and tell next to nothing.
QString withoutSensitiveValues(QString message, const Record &record, const std::vector<int> &sensitive)
{
    for (const int i : sensitive) {
        if (std::size_t(i) >= record.values.size() || record.values[std::size_t(i)].isNull())
            continue;
        const QString text = record.values[std::size_t(i)].toString();
        if (text.size() >= 3)
            message.replace(text, QStringLiteral("[L3]"), Qt::CaseInsensitive);
    }
    return message;
}

bool countsAsRetry(const RunOptions &options)
{
    return options.trigger == QLatin1String("retry") || options.trigger == QLatin1String("probe")
        || options.trigger == QLatin1String("replay");
}

MetricDelta batchMetrics(const RunResult &before, const RunResult &after, const std::vector<Change> &changes,
                         std::size_t count, qint64 deadLetters, const RunOptions &options, qint64 backlog)
{
    MetricDelta m;
    m.captured = after.read - before.read;
    m.written = after.written() - before.written();
    m.failed = after.failed - before.failed;
    m.deadLettered = deadLetters;
    m.retried = countsAsRetry(options) ? m.captured : 0;
    m.backlog = backlog;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 lastObserved = std::numeric_limits<qint64>::min();
    qint64 run = 0;
    for (std::size_t i = 0; i < count && i < changes.size(); ++i) {
        const qint64 observed = changes[i].observedAt.isValid() ? changes[i].observedAt.toMSecsSinceEpoch() : now;
        if (observed != lastObserved && run > 0) { // a polled batch shares one capture time: one add
            m.latency.add(now - lastObserved, run);
            run = 0;
        }
        lastObserved = observed;
        ++run;
    }
    if (run > 0)
        m.latency.add(now - lastObserved, run);
    return m;
}

RunResult newResult(const QString &pipeline, const RunOptions &options)
{
    RunResult result;
    result.pipeline = pipeline;
    result.dryRun = options.dryRun;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return result;
}

} // namespace runner

using namespace runner;

PipelineRunner::PipelineRunner(std::shared_ptr<const Workspace> workspace, StateStore *store)
    : m_workspace(std::move(workspace)), m_store(store)
{
}

void PipelineRunner::interrupt()
{
    if (Source *s = m_activeSource.load())
        s->interrupt();
    if (TwoWayRunner *t = m_activeTwoWay.load())
        t->interrupt();
    if (ChangeFeed *f = m_activeFeed.load())
        f->interrupt();
}

Result<void> PipelineRunner::prepare(const QString &name, Prepared &p) const
{
    const auto it = m_workspace->pipelines.constFind(name);
    if (it == m_workspace->pipelines.cend())
        return makeError(ErrorCode::PipelineNotFound, QStringLiteral("no pipeline named '%1' (pipelines: %2)")
                                                          .arg(name, m_workspace->pipelines.keys().join(QStringLiteral(", "))));
    p.pipeline = &*it;
    p.source = m_workspace->dataset(p.pipeline->source);
    p.target = m_workspace->dataset(p.pipeline->target);
    const MappingRules *rules = m_workspace->mappingOf(*p.pipeline);
    if (!p.source || !p.target)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("pipeline '%1' names an unknown dataset").arg(name));
    if (!rules)
        return makeError(ErrorCode::MappingNotFound, QStringLiteral("mapping '%1' of pipeline '%2' was not loaded")
                                                         .arg(p.pipeline->mapping, name));
    // Lookups from other datasets are read once, now; mapping a record does no I/O.
    MappingRules resolved = *rules;
    if (auto r = resolveLookups(*m_workspace, resolved); !r.ok())
        return r;
    ErrorList errors;
    p.mapping = CompiledMapping::compile(resolved, *p.source, *p.target, &errors);
    if (!p.mapping.isValid())
        return makeError(ErrorCode::MappingError, errors.isEmpty() ? QStringLiteral("the mapping does not compile")
                                                                   : errors.front().toString());
    // The policy towards the target system, and the workspace secret if a mask or a stored L3
    // value needs it.
    const SystemDef *targetSystem = m_workspace->systemOf(*p.target);
    if (!targetSystem)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("dataset '%1' names an unknown system").arg(p.target->id));
    auto plan = PolicyPlan::build(*m_workspace, p.mapping, *p.source, *p.target, Holder::ofSystem(*targetSystem), {});
    if (!plan.ok())
        return plan.error();
    p.plan = std::move(*plan);
    p.payloads = PayloadCodec(*p.source, {});
    if (p.plan.needsKeys() || p.payloads.needsSecret()) {
        const auto secret = cachedWorkspaceSecret(*m_workspace);
        if (!secret.ok())
            return secret.error();
        p.plan.setKeys(MaskKeys::fromSecret(*secret));
        p.payloads = PayloadCodec(*p.source, *secret);
    }
    prepareLineageKeys(*m_workspace, p);
    for (int i = 0; i < p.source->schema.fields.size(); ++i)
        if (p.source->schema.fields[i].effectiveSensitivity() == Sensitivity::L3)
            p.sensitive.push_back(i);
    if (!p.pipeline->rateLimit.isEmpty()) {
        const auto rate = parseRate(p.pipeline->rateLimit);
        if (!rate.ok())
            return rate.error();
        p.bucket = TokenBucket(*rate);
    }
    for (const QString &u : rules->unique) {
        const int i = int(p.mapping.targetFields().indexOf(u));
        const bool isKey = p.target->schema.key.size() == 1 && p.target->schema.key.front() == u;
        if (i >= 0 && !isKey) // the key is unique by construction: later changes win
            p.unique.push_back({i, {}});
    }
    return {};
}

Result<void> PipelineRunner::prepareViewer(Prepared &p, const RunOptions &options) const
{
    if (!options.dryRun || !options.plannedViewer)
        return {};
    bool needsKeys = false;
    for (int i = 0; i < p.mapping.targetFields().size(); ++i) {
        const PolicyDecision d = PolicyPlan::decideOutput(*m_workspace, p.mapping, *p.source, *p.target, i,
                                                          *options.plannedViewer);
        needsKeys = needsKeys
            || (d.action == PolicyDecision::Action::Mask
                && (d.mask.kind == MaskStrategy::Kind::Hash || d.mask.kind == MaskStrategy::Kind::Token));
        p.viewer.append(d);
    }
    if (needsKeys) {
        const auto secret = cachedWorkspaceSecret(*m_workspace);
        if (!secret.ok())
            return secret.error();
        p.viewerKeys = MaskKeys::fromSecret(*secret);
    }
    return {};
}

RunCounters PipelineRunner::counters(const RunResult &r)
{
    RunCounters c;
    c.read = r.read;
    c.inserted = r.inserted;
    c.updated = r.updated;
    c.deleted = r.deleted;
    c.skipped = r.skipped;
    c.failed = r.failed;
    return c;
}

DeadLetterEntry PipelineRunner::deadLetter(const Prepared &p, const Change &change, bool rechecked, const Error &error, qint64 runId,
                                           const QString &traceId, bool logIt) const
{
    DeadLetterEntry d;
    d.pipeline = p.pipeline->name;
    d.runId = runId;
    d.key = p.payloads.storedKey(change.key);
    d.op = Change::opName(change.op);
    if (auto payload = p.payloads.encode(change.record); payload.ok()) {
        d.payload = *payload;
    } else { // no secret to seal with: keep the record out of the store rather than in clear
        d.payload = QStringLiteral("{}");
        log::error(lcPolicy(), QStringLiteral("dead letter %1 kept without its record: %2").arg(d.key, payload.error().message),
                   log::Fields{d.key, payload.error().code});
    }
    d.errorCode = error.code;
    d.errorMessage = withoutSensitiveValues(error.message, change.record, p.sensitive);
    if (error.location.isValid()) // an expression that failed at run time: where in the mapping
        d.errorMessage += QStringLiteral(" (at %1:%2:%3)")
                              .arg(QDir(m_workspace->dir).relativeFilePath(error.location.file))
                              .arg(error.location.line)
                              .arg(error.location.column);
    d.mappingVersion = p.mapping.version();
    if (!change.sourceVersion.isEmpty()) {
        d.sourceVersion = change.sourceVersion;
    } else if (const int v = p.source->schema.indexOf(p.source->schema.version); v >= 0) {
        d.sourceVersion = change.record.values[std::size_t(v)].toString() + QLatin1Char('|') + d.key;
    }
    d.traceId = traceId;
    d.rechecked = rechecked;
    if (logIt)
        logDeadLetter(d);
    return d;
}

void PipelineRunner::logDeadLetter(const DeadLetterEntry &d)
{
    // The message may quote a field's value; it is kept in the dead-letter table, not in the log.
    log::warning(lcSync(), QStringLiteral("record %1 sent to dead letters with %2").arg(d.key, d.errorCode),
                 log::Fields{d.key, d.errorCode});
}

Result<void> PipelineRunner::applyBatch(Prepared &p, std::vector<Change> &changes, std::size_t count,
                                        const RunOptions &options, RunResult &result,
                                        QList<DeadLetterEntry> &deadLetters)
{
    p.mapped.recheckedInBatch = p.recheckedInBatch;
    mapBatch(p, changes, count, p.mapped);
    return writeBatch(p, changes, count, options, result, deadLetters, p.mapped);
}

void PipelineRunner::mapBatch(const Prepared &p, std::vector<Change> &changes, std::size_t count, MappedBatch &m) const
{
    QElapsedTimer timer;
    timer.start();
    std::vector<Record> &out = m.out;
    if (out.size() < count)
        out.resize(count);
    std::vector<char> &ok = m.ok;
    ok.assign(count, 0);
    std::vector<Record> &written = m.written;
    if (!p.plan.isIdentity() && written.size() < count)
        written.resize(count);
    if (m.unique.size() != p.unique.size())
        m.unique = p.unique;
    for (auto &u : m.unique)
        u.second.clear();
    m.skipped = 0;
    m.deadLetters.clear();
    // Logged by writeBatch: a batch read ahead may never be written (a failure, a cancel).
    const auto fail = [&](std::size_t i, const Error &e) {
        m.deadLetters.append(deadLetter(p, changes[i], i < m.recheckedInBatch, e, p.runId, p.traceId, false));
    };
    for (std::size_t i = 0; i < count; ++i) {
        const MapOutcome o = p.mapping.map(changes[i].record, out[i]);
        if (o.kind == MapOutcome::Kind::Skipped) {
            ++m.skipped;
            continue;
        }
        if (o.kind == MapOutcome::Kind::Failed) {
            fail(i, o.error);
            continue;
        }
        bool duplicate = false;
        for (auto &u : m.unique) {
            const Value &v = out[i].values[std::size_t(u.first)];
            if (v.isNull())
                continue;
            const QString text = v.toString();
            if (u.second.contains(text)) {
                // The value is named only when the target may see it.
                const bool quotable = p.plan.decisions().value(u.first).action == PolicyDecision::Action::Pass;
                fail(i, makeError(ErrorCode::ValidationFailed,
                                  QStringLiteral("field '%1' must be unique; %2 occurs twice in the batch")
                                      .arg(p.mapping.targetFields()[u.first],
                                           quotable ? QLatin1Char('\'') + text + QLatin1Char('\'') : QStringLiteral("its value"))));
                duplicate = true;
                break;
            }
            u.second.insert(text);
        }
        if (duplicate)
            continue;
        // The policy: masked and dropped fields never reach the sink, nor a dry run's plan.
        if (!p.plan.isIdentity()) {
            if (auto r = p.plan.apply(out[i], written[i]); !r.ok()) {
                fail(i, r.error());
                continue;
            }
        }
        ok[i] = 1;
    }
    m.mapNs = timer.nsecsElapsed();
}

Result<void> PipelineRunner::writeBatch(Prepared &p, std::vector<Change> &changes, std::size_t count,
                                        const RunOptions &options, RunResult &result,
                                        QList<DeadLetterEntry> &deadLetters, MappedBatch &m)
{
    m.lineage.clear();
    result.skipped += m.skipped;
    result.failed += m.deadLetters.size();
    for (const DeadLetterEntry &d : std::as_const(m.deadLetters))
        logDeadLetter(d);
    deadLetters.append(m.deadLetters);
    const std::vector<char> &ok = m.ok;
    // What is written: the mapped record, or what the policy left of it.
    const std::vector<Record> &rows = p.plan.isIdentity() ? m.out : m.written;
    p.mapNs += m.mapNs;
    QElapsedTimer timer;
    timer.start();

    if (options.dryRun) {
        for (std::size_t i = 0; i < count; ++i) {
            if (!ok[i])
                continue;
            const auto planned = p.sink->previewUpsert(rows[i]);
            if (!planned.ok())
                return planned.error();
            if (*planned == WriteOutcome::Kind::Rejected) { // the target would refuse its values
                ++result.failed;
                continue;
            }
            const bool exists = *planned != WriteOutcome::Kind::Inserted;
            QString op;
            if (changes[i].op == Change::Op::Delete) {
                if (!exists)
                    continue;
                ++result.deleted;
                op = QStringLiteral("delete");
            } else if (*planned == WriteOutcome::Kind::Unchanged) {
                continue; // a real run would not rewrite it either
            } else if (exists) {
                ++result.updated;
                op = QStringLiteral("update");
            } else {
                ++result.inserted;
                op = QStringLiteral("insert");
            }
            if (result.planned.size() < options.plannedRowsToKeep) {
                PlannedWrite w;
                w.op = op;
                w.fields = p.plan.writtenFields();
                std::vector<Value> shown = rows[i].values;
                for (std::size_t j = 0; j < shown.size(); ++j) {
                    Value &v = shown[j];
                    // Masked again for whoever reads the plan, if they may see less than the target.
                    const PolicyDecision *d = p.viewer.isEmpty() ? nullptr : &p.viewer[p.plan.writtenFrom()[j]];
                    if (d && d->action == PolicyDecision::Action::Drop) {
                        v = Value();
                    } else if (d && d->action == PolicyDecision::Action::Mask) {
                        auto masked = applyMask(d->mask, v, p.viewerKeys);
                        v = masked.ok() ? std::move(masked).value() : Value();
                    }
                    w.values.append(v.isNull() ? QString() : v.toString());
                    w.nulls.append(v.isNull());
                    w.withheld.append(d && d->action != PolicyDecision::Action::Pass);
                }
                // The source record's key (docs/cli.md), as the state store names it: an L3 key as a keyed hash.
                w.key = p.payloads.storedKey(changes[i].key);
                result.planned.append(w);
            }
        }
        p.writeNs += timer.nsecsElapsed();
        return {};
    }

    if (p.bucket.isLimited()) {
        // rate_limit: wait for this batch's tokens, in short slices so that cancel stays quick.
        static QElapsedTimer clock;
        if (!clock.isValid())
            clock.start();
        const qint64 records = std::count(ok.cbegin(), ok.cend(), 1);
        qint64 wait = p.bucket.take(records, clock.nsecsElapsed());
        p.throttleNs += wait;
        while (wait > 0 && !(p.cancel && p.cancel->load())) {
            const qint64 slice = std::min<qint64>(wait, 100'000'000);
            QThread::usleep(static_cast<unsigned long>(slice / 1000));
            wait -= slice;
        }
        if (p.cancel && p.cancel->load())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        timer.restart();
    }
    // Counted only once the target committed: a batch rolled back wrote nothing.
    const auto targetFault = [&](Error e) {
        p.faultSide = QStringLiteral("target");
        return e;
    };
    if (auto r = p.sink->begin(); !r.ok())
        return targetFault(r.error());
    qint64 inserted = 0, updated = 0, deleted = 0;
    QList<DeadLetterEntry> rejected;
    std::vector<WriteItem> items;
    std::vector<std::size_t> itemChange;
    items.reserve(count);
    itemChange.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (!ok[i])
            continue;
        items.push_back(WriteItem{&rows[i], changes[i].op == Change::Op::Delete});
        itemChange.push_back(i);
    }
    std::vector<WriteOutcome> outcomes;
    if (auto w = p.sink->write(items, outcomes); !w.ok()) {
        p.sink->rollback();
        return targetFault(w.error());
    }
    const auto traced = [&](LineageBatch::Op op, std::size_t i) {
        if (!p.lineage)
            return;
        Key targetKey;
        for (const int k : p.plan.writtenKey())
            targetKey.parts.push_back(rows[i].values[std::size_t(k)]);
        m.lineage.add(op, p.targetKeys.storedKey(targetKey), p.payloads.storedKey(changes[i].key));
    };
    for (std::size_t j = 0; j < items.size(); ++j) {
        const std::size_t i = itemChange[j];
        const WriteOutcome &o = outcomes[j];
        switch (o.kind) {
        case WriteOutcome::Kind::Inserted: ++inserted; traced(LineageBatch::Op::Inserted, i); break;
        case WriteOutcome::Kind::Updated: ++updated; traced(LineageBatch::Op::Updated, i); break;
        case WriteOutcome::Kind::Deleted: ++deleted; traced(LineageBatch::Op::Deleted, i); break;
        case WriteOutcome::Kind::Unchanged: traced(LineageBatch::Op::Unchanged, i); break;
        case WriteOutcome::Kind::NotFound: break;
        case WriteOutcome::Kind::Rejected:
            rejected.append(deadLetter(p, changes[i], i < m.recheckedInBatch, o.error, p.runId, p.traceId));
            break;
        }
    }
    if (auto r = p.sink->commit(); !r.ok()) {
        p.sink->rollback();
        return targetFault(r.error());
    }
    result.inserted += inserted;
    result.updated += updated;
    result.deleted += deleted;
    result.failed += rejected.size();
    deadLetters.append(rejected);
    p.writeNs += timer.nsecsElapsed();
    return {};
}

RunResult PipelineRunner::finish(RunResult result, const QString &status, const Error &error)
{
    result.status = status;
    result.error = error;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    result.durationMs = result.startedAt.msecsTo(result.finishedAt);
    if (result.runId > 0) {
        if (auto r = m_store->finishRun(result.runId, status, counters(result), error.message); !r.ok())
            log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
        if (!result.dryRun) {
            MetricDelta m;
            m.runs = 1;
            m.runsFailed = status == QLatin1String("failed") ? 1 : 0;
            m.failed = result.inFlight; // the batch that could not be written
            m.requests = result.requests;
            m.notModified = result.notModified;
            m.rateLimited = result.rateLimited;
            if (auto r = m_store->addMetrics(result.pipeline, result.finishedAt, m); !r.ok())
                log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
        }
    }
    const QString summary = QStringLiteral("run %1 %2: read %3, inserted %4, updated %5, deleted %6, skipped %7, "
                                           "failed %8 in %9 ms")
                                .arg(result.runId)
                                .arg(status)
                                .arg(result.read)
                                .arg(result.inserted)
                                .arg(result.updated)
                                .arg(result.deleted)
                                .arg(result.skipped)
                                .arg(result.failed)
                                .arg(result.durationMs);
    if (status == QLatin1String("failed"))
        log::error(lcSync(), summary + QLatin1String(": ") + error.message, log::Fields{{}, error.code});
    else
        log::info(lcSync(), summary);
    return result;
}

RunResult PipelineRunner::run(const QString &pipeline, const RunOptions &options, const std::atomic<bool> &cancel,
                              const ProgressFn &progress, const StartedFn &started)
{
    if (const auto it = m_workspace->pipelines.constFind(pipeline);
        it != m_workspace->pipelines.cend() && it->direction == QLatin1String("two-way")) {
        if (auto r = schemaGate(*m_workspace, *m_store, *it, options); !r.ok())
            return finish(newResult(pipeline, options), QStringLiteral("failed"), r.error());
        TwoWayRunner twoWay(m_workspace, m_store);
        m_activeTwoWay.store(&twoWay);
        RunResult r = twoWay.run(pipeline, options, cancel, progress, started);
        m_activeTwoWay.store(nullptr);
        return r;
    }
    if (const auto it = m_workspace->pipelines.constFind(pipeline); it != m_workspace->pipelines.cend()) {
        const auto ds = m_workspace->datasets.constFind(it->source);
        if (ds != m_workspace->datasets.cend() && ds->capture.isFeed())
            return drainOutbox(pipeline, options, cancel, progress, started);
    }
    RunResult result = newResult(pipeline, options);
    QElapsedTimer total;
    total.start();

    Prepared p;
    p.traceId = result.traceId;
    p.cancel = &cancel;
    if (auto r = prepare(pipeline, p); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());
    result.mappingVersion = p.mapping.version();
    if (auto r = prepareViewer(p, options); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());
    QLockFile lock(lockPath(*m_workspace, pipeline));
    if (auto r = admit(*p.pipeline, options, lock); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());
    const SystemDef *srcSystem = m_workspace->systemOf(*p.source);
    const SystemDef *dstSystem = m_workspace->systemOf(*p.target);
    const auto runId = m_store->beginRun(pipeline, options.dryRun, p.pipeline->mode, options.actor, result.traceId,
                                         result.mappingVersion);
    if (!runId.ok())
        return finish(result, QStringLiteral("failed"), runId.error());
    result.runId = p.runId = *runId;
    log::ScopedContext context(log::Context{pipeline, QString::number(result.runId),
                                            srcSystem ? srcSystem->name : QString(),
                                            dstSystem ? dstSystem->name : QString(), result.traceId});
    if (started)
        started(result.runId);
    m_store->appendAudit(AuditInput{options.actor, QString(),
                                    options.dryRun ? QStringLiteral("run.dry_run") : QStringLiteral("run.start"),
                                    QStringLiteral("pipeline:") + pipeline,
                                    QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("run_id"), result.runId},
                                                                                {QStringLiteral("full"), options.full},
                                                                                {QStringLiteral("trigger"), options.trigger},
                                                                                {QStringLiteral("from"), options.from.isValid() ? options.from.toUTC().toString(Qt::ISODate) : QString()},
                                                                                {QStringLiteral("mapping_version"), result.mappingVersion}})
                                                          .toJson(QJsonDocument::Compact)),
                                    result.traceId});
    if (auto r = schemaGate(*m_workspace, *m_store, *p.pipeline, options); !r.ok())
        return finish(result, QStringLiteral("failed"), r.error());

    // The source lives on a thread of its own and reads ahead of the writes (sync/sourcereader.h).
    qint64 mappedSoFar = 0; // the reader thread's count of changes read (outlives the reader)
    SourceReader reader;
    bool sourceCreated = false; // what the source did counts in a failed run too
    const auto sourceStats = [&] {
        SourceStats stats;
        if (sourceCreated)
            reader.call([&] { stats = reader.source()->stats(); });
        return stats;
    };
    const auto failAt = [&](const QString &side, const Error &e) {
        result.faultSide = side;
        reader.stop();
        if (sourceCreated)
            reader.source()->interrupt(); // a read ahead in progress is not needed any more
        const SourceStats stats = sourceStats();
        result.requests = stats.requests;
        result.notModified = stats.notModified;
        result.rateLimited = stats.rateLimited;
        return finish(result, QStringLiteral("failed"), e);
    };
    auto checkpoint = options.full ? Result<QString>(QString()) : m_store->checkpoint(pipeline);
    if (!checkpoint.ok())
        return failAt(QStringLiteral("state"), checkpoint.error());
    result.checkpointBefore = *checkpoint;

    if (auto r = reader.create([&] { return createSource(*m_workspace, *p.source); }); !r.ok())
        return failAt(QStringLiteral("config"), r.error());
    sourceCreated = true;
    auto sink = createSink(*m_workspace, *p.target);
    if (!sink.ok())
        return failAt(QStringLiteral("config"), sink.error());
    p.sink = std::move(*sink);
    Source *src = reader.source();
    QString start = *checkpoint;
    if (options.from.isValid()) { // backfill from a point in time
        Result<QString> at = QString();
        reader.call([&] { at = src->positionAt(options.from); });
        if (!at.ok())
            return failAt(QStringLiteral("source"), at.error());
        start = *at;
        log::info(lcSync(), QStringLiteral("backfill of %1 from %2").arg(pipeline, options.from.toString(Qt::ISODate)));
    }
    result.checkpointAfter = start;
    Result<void> opened;
    Result<qint64> remaining = qint64(-1);
    bool snapshotOnly = false;
    reader.call([&] {
        src->setRetryPolicy(p.pipeline->retry);
        opened = src->open(start);
        if (opened.ok())
            remaining = src->countRemaining();
        snapshotOnly = src->snapshotOnly();
    });
    if (!opened.ok())
        return failAt(QStringLiteral("source"), opened.error());
    if (auto r = p.sink->open(p.plan.writtenFields(), p.plan.writtenKey()); !r.ok())
        return failAt(QStringLiteral("target"), r.error());
    m_activeSource.store(src);
    struct Deactivate
    {
        std::atomic<Source *> &slot;
        ~Deactivate() { slot.store(nullptr); }
    } deactivate{m_activeSource};

    const qint64 totalRows = remaining.ok() ? *remaining : -1;
    log::info(lcSync(), QStringLiteral("%1 %2 -> %3: %4 changes to read from %5")
                          .arg(options.dryRun ? QStringLiteral("dry run") : QStringLiteral("run"), p.source->id,
                               p.target->id)
                          .arg(totalRows)
                          .arg(checkpoint->isEmpty() ? QStringLiteral("the beginning") : QStringLiteral("the checkpoint")));
    if (progress)
        progress(RunProgress{pipeline, result.runId, 0, totalRows});

    const int batchSize = std::max(1, p.pipeline->batchSize);
    // Each batch is mapped on the reader's thread too, while the one before it is written.
    reader.setPrepare([this, &p, &mappedSoFar](SourceReader::Batch &batch) {
        // The rows re-read at the checkpoint's boundary come first in the stream.
        batch.mapped.recheckedInBatch = std::size_t(std::clamp<qint64>(batch.rechecked - mappedSoFar, 0, batch.count));
        mappedSoFar += batch.count;
        mapBatch(p, batch.changes, std::size_t(batch.count), batch.mapped);
    });
    reader.start(batchSize);
    qint64 readNs = 0, stateNs = 0;
    QElapsedTimer timer;
    bool completed = false;
    QString endPosition;     // where the source stood once exhausted
    qint64 rechecked = 0;
    while (true) {
        if (cancel.load())
            break;
        timer.restart();
        SourceReader::Batch batch = reader.take(); // read while the last batch was written
        readNs += timer.nsecsElapsed();
        if (batch.failed) {
            if (batch.error.code == ErrorCode::Cancelled || cancel.load())
                break;
            return failAt(QStringLiteral("source"), batch.error);
        }
        rechecked = batch.rechecked;
        if (batch.count == 0) {
            completed = true;
            endPosition = batch.position;
            break;
        }
        const int n = batch.count;
        const RunResult before = result;
        result.read += n;
        QList<DeadLetterEntry> deadLetters;
        if (auto r = writeBatch(p, batch.changes, std::size_t(n), options, result, deadLetters, batch.mapped); !r.ok()) {
            if (r.error().code == ErrorCode::Cancelled)
                break; // while waiting for rate_limit: nothing of the batch was written
            result.inFlight = n - (result.failed - before.failed);
            return failAt(p.faultSide.isEmpty() ? QStringLiteral("config") : p.faultSide, r.error());
        }
        if (!options.dryRun) {
            timer.restart();
            const MetricDelta metrics = batchMetrics(before, result, batch.changes, std::size_t(n), deadLetters.size(),
                                                     options,
                                                     totalRows >= 0 ? std::max<qint64>(0, totalRows - result.read) : -1);
            if (auto r = m_store->commitBatch(result.runId, pipeline, batch.position, deadLetters, counters(result),
                                              &metrics, &batch.mapped.lineage);
                !r.ok())
                return failAt(QStringLiteral("state"), r.error());
            // A boundary row re-read from the last run that fails again as it did then is not a
            // new failure (an idle run stays "succeeded"); a row read again by --full is.
            for (const DeadLetterEntry &d : std::as_const(deadLetters))
                if (d.rechecked && d.alreadyOpen)
                    --result.failed;
            result.checkpointAfter = batch.position;
            stateNs += timer.nsecsElapsed();
        }
        reader.recycle(std::move(batch));
        if (progress)
            progress(RunProgress{pipeline, result.runId, result.read, totalRows});
    }
    reader.stop();
    if (!completed)
        src->interrupt(); // cancelled: a read ahead in progress is not needed
    result.throttledMs = p.throttleNs / 1'000'000;
    const SourceStats stats = sourceStats();
    result.requests = stats.requests;
    result.notModified = stats.notModified;
    result.rateLimited = stats.rateLimited;
    // A source may move its position without a change to show for it (an HTTP source that
    // learnt a new ETag): keep it.
    if (completed && !options.dryRun && !snapshotOnly && endPosition != result.checkpointAfter) {
        QList<DeadLetterEntry> none;
        if (auto r = m_store->commitBatch(result.runId, pipeline, endPosition, none, counters(result)); !r.ok())
            return failAt(QStringLiteral("state"), r.error());
        result.checkpointAfter = endPosition;
    }
    // Boundary rows re-checked at the start are not news: report them apart from what was read.
    result.rechecked = rechecked;
    result.read -= result.rechecked;
    reader.call([&] { src->close(); });
    p.sink->close();
    if (completed && snapshotOnly && !options.dryRun) {
        // A finished snapshot starts over next time.
        m_store->clearCheckpoint(pipeline);
        result.checkpointAfter.clear();
    }
    if (options.verbose) {
        result.stageMicros = {{QStringLiteral("read"), readNs / 1000},
                              {QStringLiteral("map"), p.mapNs / 1000},
                              {QStringLiteral("write"), p.writeNs / 1000},
                              {QStringLiteral("state"), stateNs / 1000},
                              {QStringLiteral("throttle"), p.throttleNs / 1000},
                              {QStringLiteral("total"), total.nsecsElapsed() / 1000}};
    }
    if (!completed)
        return finish(result, QStringLiteral("cancelled"), makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
    return finish(result, result.failed > 0 ? QStringLiteral("partial") : QStringLiteral("succeeded"), Error());
}

Result<void> PipelineRunner::startWriting(Prepared &p, const RunOptions &options, const QString &mode, QLockFile &lock,
                                          RunResult &result)
{
    if (auto r = admit(*p.pipeline, options, lock); !r.ok())
        return r;
    const auto runId = m_store->beginRun(p.pipeline->name, options.dryRun, mode, options.actor, result.traceId,
                                         result.mappingVersion);
    if (!runId.ok())
        return runId.error();
    result.runId = p.runId = *runId;
    if (auto r = schemaGate(*m_workspace, *m_store, *p.pipeline, options); !r.ok())
        return r;
    auto sink = createSink(*m_workspace, *p.target);
    if (!sink.ok())
        return sink.error();
    p.sink = std::move(*sink);
    if (auto r = p.sink->open(p.plan.writtenFields(), p.plan.writtenKey()); !r.ok()) {
        result.faultSide = QStringLiteral("target");
        return r;
    }
    return {};
}

} // namespace concord
