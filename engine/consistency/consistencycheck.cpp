#include "consistency/consistencycheck.h"

#include "consistency/compareplan.h"
#include "consistency/differ.h"
#include "consistency/sides.h"
#include "connectors/connector.h"
#include "governance/operations.h"
#include "governance/schedule.h"
#include "log/log.h"
#include "policy/sealedpayload.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

namespace {

// Turns what the differ found into what the store keeps, sealing L3 values, in batches.
class Collector
{
public:
    Collector(const ComparePlan &plan, StateStore &store, qint64 runId)
        : m_plan(plan), m_store(store), m_runId(runId), m_target(*plan.target, plan.secret),
          m_source(*plan.source, plan.secret)
    {
        for (const QString &f : plan.fields)
            m_targetIndex.push_back(plan.target->schema.indexOf(f));
    }

    Result<void> add(const FoundDiscrepancy &f)
    {
        StoredDiscrepancy d;
        d.pipeline = m_plan.pipeline->name;
        d.key = m_target.storedKey(f.key);
        d.kind = f.kind;
        d.fields = f.differing;
        d.note = f.note;
        if (f.source && !f.source->values.values.empty()) {
            const auto p = encodeTarget(f.source->values);
            if (!p.ok())
                return p.error();
            d.sourcePayload = *p;
        }
        if (f.target) {
            const auto p = encodeTarget(f.target->values);
            if (!p.ok())
                return p.error();
            d.targetPayload = *p;
        }
        if (f.source) {
            Record keyRecord(std::size_t(m_plan.source->schema.fields.size()));
            const QList<int> keys = m_plan.source->schema.keyIndexes();
            for (int k = 0; k < keys.size() && std::size_t(k) < f.source->sourceKey.parts.size(); ++k)
                keyRecord.values[std::size_t(keys[k])] = f.source->sourceKey.parts[std::size_t(k)];
            const auto p = m_source.encode(keyRecord);
            if (!p.ok())
                return p.error();
            d.sourceKey = *p;
        }
        switch (f.kind) {
        case DiscrepancyKind::Missing: ++missing; break;
        case DiscrepancyKind::Extra: ++extra; break;
        case DiscrepancyKind::Mismatch: ++mismatched; break;
        }
        m_pending.append(std::move(d));
        if (m_pending.size() >= 500)
            return flush();
        return {};
    }

    Result<void> flush()
    {
        if (m_pending.isEmpty())
            return {};
        auto r = m_store.recordDiscrepancies(m_runId, m_pending);
        m_pending.clear();
        return r;
    }

    void reset()
    {
        m_pending.clear();
        missing = extra = mismatched = 0;
    }

    qint64 missing = 0;
    qint64 extra = 0;
    qint64 mismatched = 0;

private:
    // A row in the plan's field order, as a record of the target dataset (fields it does not
    // write stay null).
    Result<QString> encodeTarget(const Record &row) const
    {
        Record full(std::size_t(m_plan.target->schema.fields.size()));
        for (std::size_t i = 0; i < m_targetIndex.size() && i < row.values.size(); ++i)
            if (m_targetIndex[i] >= 0)
                full.values[std::size_t(m_targetIndex[i])] = row.values[i];
        return m_target.encode(full);
    }

    const ComparePlan &m_plan;
    StateStore &m_store;
    qint64 m_runId;
    PayloadCodec m_target;
    PayloadCodec m_source;
    std::vector<int> m_targetIndex;
    QList<StoredDiscrepancy> m_pending;
};

} // namespace

ConsistencyCheck::ConsistencyCheck(std::shared_ptr<const Workspace> workspace, StateStore *store, Operations *ops)
    : m_workspace(std::move(workspace)), m_store(store), m_ops(ops)
{
}

void ConsistencyCheck::interrupt()
{
    if (DiffSide *s = m_sourceSide.load())
        s->interrupt();
    if (DiffSide *t = m_targetSide.load())
        t->interrupt();
}

ConsistencyRun ConsistencyCheck::run(const QString &pipeline, const QString &actor, const QString &trigger,
                                     const std::atomic<bool> &cancel, const ProgressFn &progress)
{
    ConsistencyRun run;
    run.pipeline = pipeline;
    run.actor = actor;
    run.trigger = trigger.isEmpty() ? QStringLiteral("manual") : trigger;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    run.startedAt = started;
    const auto p = m_workspace->pipelines.constFind(pipeline);
    if (p == m_workspace->pipelines.cend()) {
        run.status = QStringLiteral("failed");
        run.errorCode = ErrorCode::PipelineNotFound;
        run.error = QStringLiteral("no pipeline named '%1'").arg(pipeline);
        return run; // nothing to record it under
    }
    run.sourceDataset = p->source;
    run.targetDataset = p->target;
    if (const MappingRules *m = m_workspace->mappingOf(*p))
        run.mappingVersion = m->version;
    const auto id = m_store->beginConsistencyRun(run);
    if (!id.ok()) {
        run.status = QStringLiteral("failed");
        run.errorCode = id.error().code;
        run.error = id.error().message;
        return run;
    }
    run.id = *id;
    log::info(lcSync(), QStringLiteral("%1: consistency check %2 started (%3)").arg(pipeline).arg(run.id).arg(run.trigger));
    if (auto r = compare(run, cancel, progress); !r.ok()) {
        run.status = r.error().code == ErrorCode::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
        run.errorCode = r.error().code;
        run.error = r.error().message;
    } else {
        run.status = run.discrepancies() == 0 ? QStringLiteral("equal") : QStringLiteral("different");
    }
    finish(run, started);
    return run;
}

Result<void> ConsistencyCheck::compare(ConsistencyRun &run, const std::atomic<bool> &cancel, const ProgressFn &progress)
{
    const auto plan = ComparePlan::build(*m_workspace, run.pipeline);
    if (!plan.ok())
        return plan.error();

    const auto report = [&](const QString &phase, qint64 done, qint64 total) {
        if (progress)
            progress(ConsistencyProgress{run.pipeline, phase, done, total});
    };
    report(QStringLiteral("counting"), 0, -1);
    Collector collector(*plan, *m_store, run.id);
    const auto found = [&collector](const FoundDiscrepancy &d) { return collector.add(d); };
    const auto compared = [&](qint64 done, qint64 total) { report(QStringLiteral("comparing"), done, total); };

    bool sorted = !plan->keyOrderPreserved;
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto openedSource = openSourceSide(*m_workspace, *plan);
        if (!openedSource.ok())
            return openedSource.error();
        std::unique_ptr<DiffSide> source = std::move(*openedSource);
        auto opened = openTargetSide(*m_workspace, *plan);
        if (!opened.ok())
            return opened.error();
        std::unique_ptr<DiffSide> target = std::move(*opened);
        const auto expected = source->count();
        if (!expected.ok())
            return expected.error();
        if (sorted) {
            // Keys in another order on one side: both sides' (key, hash) pairs sorted in memory.
            auto s = std::make_unique<SortedSide>(std::move(source));
            auto t = std::make_unique<SortedSide>(std::move(target));
            m_sourceSide = s.get();
            m_targetSide = t.get();
            report(QStringLiteral("reading"), 0, *expected);
            if (auto r = s->load(cancel); !r.ok())
                return r;
            if (auto r = t->load(cancel); !r.ok())
                return r;
            source = std::move(s);
            target = std::move(t);
        }
        m_sourceSide = source.get();
        m_targetSide = target.get();
        Differ differ(*plan, *source, *target, cancel);
        const auto stats = differ.run(*expected, found, compared);
        const qint64 skipped = source->skipped();
        m_sourceSide = nullptr;
        m_targetSide = nullptr;
        if (!stats.ok()) {
            if (stats.error().code == KeyOrderCode && !sorted) {
                log::warning(lcSync(), QStringLiteral("%1: %2; comparing in memory instead")
                                           .arg(run.pipeline, stats.error().message));
                collector.reset();
                sorted = true;
                continue;
            }
            return stats.error();
        }
        run.sourceRows = stats->sourceRows;
        run.targetRows = stats->targetRows;
        run.segments = stats->segments;
        run.segmentsDiffering = stats->segmentsDiffering;
        run.rowsFetched = stats->rowsFetched;
        run.method = sorted ? QStringLiteral("sorted ") + stats->method : stats->method;
        if (skipped > 0)
            log::info(lcSync(), QStringLiteral("%1: %2 source records are not written by the mapping (skipped) and "
                                               "were not compared")
                                    .arg(run.pipeline)
                                    .arg(skipped));
        break;
    }
    report(QStringLiteral("storing"), 0, -1);
    if (auto r = collector.flush(); !r.ok())
        return r;
    run.missing = collector.missing;
    run.extra = collector.extra;
    run.mismatched = collector.mismatched;
    return {};
}

void ConsistencyCheck::finish(ConsistencyRun &run, const QDateTime &started)
{
    run.durationMs = started.msecsTo(QDateTime::currentDateTimeUtc());
    if (auto r = m_store->finishConsistencyRun(run); !r.ok())
        log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
    QJsonObject detail{{QStringLiteral("check"), run.id},
                       {QStringLiteral("status"), run.status},
                       {QStringLiteral("trigger"), run.trigger},
                       {QStringLiteral("missing"), run.missing},
                       {QStringLiteral("extra"), run.extra},
                       {QStringLiteral("mismatched"), run.mismatched},
                       {QStringLiteral("duration_ms"), run.durationMs}};
    if (!run.errorCode.isEmpty())
        detail.insert(QStringLiteral("error"), run.errorCode);
    if (auto r = m_store->appendAudit(AuditInput{run.actor, QString(), QStringLiteral("consistency.check"),
                                                 QStringLiteral("pipeline:") + run.pipeline,
                                                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                                                 QString()});
        !r.ok())
        log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
    const QString summary = QStringLiteral("%1: consistency check %2 %3 in %4 ms: %5 missing, %6 extra, %7 mismatched "
                                           "(%8 source, %9 target records; %10)")
                                .arg(run.pipeline)
                                .arg(run.id)
                                .arg(run.status)
                                .arg(run.durationMs)
                                .arg(run.missing)
                                .arg(run.extra)
                                .arg(run.mismatched)
                                .arg(run.sourceRows)
                                .arg(run.targetRows)
                                .arg(run.method.isEmpty() ? run.error : run.method);
    if (run.status == QLatin1String("failed"))
        log::error(lcSync(), summary, log::Fields{{}, run.errorCode});
    else
        log::info(lcSync(), summary);

    const auto p = m_workspace->pipelines.constFind(run.pipeline);
    if (!m_ops || p == m_workspace->pipelines.cend() || p->consistency.alertAbove < 0
        || (run.status != QLatin1String("equal") && run.status != QLatin1String("different")))
        return;
    std::optional<AlertFiring> firing;
    if (run.discrepancies() > p->consistency.alertAbove)
        firing = AlertFiring{double(run.discrepancies()),
                             QStringLiteral("%1: the consistency check found %2 discrepancies (%3 missing, %4 extra, "
                                            "%5 mismatched), above the threshold of %6")
                                 .arg(run.pipeline)
                                 .arg(run.discrepancies())
                                 .arg(run.missing)
                                 .arg(run.extra)
                                 .arg(run.mismatched)
                                 .arg(p->consistency.alertAbove)};
    m_ops->reportCondition(alertRule(), QStringLiteral("warning"), run.pipeline, firing);
}

QStringList ConsistencyCheck::due(const Workspace &workspace, const StateStore &store, const QDateTime &since,
                                  const QDateTime &now)
{
    QStringList out;
    for (const PipelineDef &p : workspace.pipelines) {
        if (p.consistency.schedule.isEmpty())
            continue;
        const auto schedule = Schedule::parse(p.consistency.schedule);
        if (!schedule.ok())
            continue;
        QDateTime last;
        QDateTime anyCheck;
        if (const auto runs = store.consistencyRuns(p.name, 50); runs.ok())
            for (const ConsistencyRun &r : *runs) {
                if (!anyCheck.isValid())
                    anyCheck = r.startedAt;
                if (r.trigger == QLatin1String("schedule")) {
                    last = r.startedAt;
                    break;
                }
            }
        if (!last.isValid())
            last = anyCheck.isValid() ? anyCheck : since;
        const QDateTime next = schedule->next(last);
        if (next.isValid() && next <= now)
            out.append(p.name);
    }
    return out;
}

} // namespace concord
