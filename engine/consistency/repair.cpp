#include "consistency/repair.h"

#include "consistency/compareplan.h"
#include "consistency/differ.h"
#include "consistency/sides.h"
#include "connectors/connector.h"
#include "log/log.h"
#include "policy/sealedpayload.h"
#include "sync/runnersupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

namespace concord {

namespace {

struct Planned
{
    RepairAction action;
    Record row; // insert/update: the source's record as written; delete: the target's
};

Key keyOf(const ComparePlan &plan, const Record &row)
{
    Key k;
    for (int i : plan.key)
        k.parts.push_back(row.values[std::size_t(i)]);
    return k;
}

} // namespace

Repairer::Repairer(std::shared_ptr<const Workspace> workspace, StateStore *store)
    : m_workspace(std::move(workspace)), m_store(store)
{
}

RepairResult Repairer::run(const QString &pipeline, const QList<qint64> &ids, bool dryRun, const QString &actor,
                           const std::atomic<bool> &cancel)
{
    RepairResult result;
    result.pipeline = pipeline;
    result.dryRun = dryRun;
    const auto fail = [&result](const Error &e) {
        result.errorCode = e.code;
        result.error = e.message;
        return result;
    };
    const auto plan = ComparePlan::build(*m_workspace, pipeline);
    if (!plan.ok())
        return fail(plan.error());
    const auto stored = m_store->discrepancies(pipeline, false, ids);
    if (!stored.ok())
        return fail(stored.error());

    auto openedSource = openSourceSide(*m_workspace, *plan, false);
    if (!openedSource.ok())
        return fail(openedSource.error());
    std::unique_ptr<DiffSide> source = std::move(*openedSource);
    auto opened = openTargetSide(*m_workspace, *plan, false);
    if (!opened.ok())
        return fail(opened.error());
    std::unique_ptr<DiffSide> target = std::move(*opened);
    const PayloadCodec targetCodec(*plan->target, plan->secret);
    const PayloadCodec sourceCodec(*plan->source, plan->secret);
    const QList<int> sourceKeyFields = plan->source->schema.keyIndexes();
    std::vector<int> targetIndex;
    for (const QString &f : plan->fields)
        targetIndex.push_back(plan->target->schema.indexOf(f));
    const auto inPlanOrder = [&](const Record &full) {
        Record r(targetIndex.size());
        for (std::size_t i = 0; i < targetIndex.size(); ++i)
            if (targetIndex[i] >= 0)
                r.values[i] = full.values[std::size_t(targetIndex[i])];
        return r;
    };

    QList<Planned> planned;
    for (const StoredDiscrepancy &d : *stored) {
        if (cancel.load())
            return fail(makeError(ErrorCode::Cancelled, QStringLiteral("the repair was cancelled")));
        Planned p;
        p.action.discrepancy = d.id;
        p.action.key = d.key;
        const auto skip = [&](const QString &why) {
            p.action.action = QStringLiteral("skip");
            p.action.reason = why;
        };
        if (d.kind == DiscrepancyKind::Extra) {
            const auto stored = targetCodec.decode(d.targetPayload);
            if (!stored.ok()) {
                skip(stored.error().message);
            } else {
                const Key key = keyOf(*plan, inPlanOrder(*stored));
                const auto now = target->fetch(key);
                if (!now.ok())
                    return fail(now.error());
                std::optional<CompareRow> inSource;
                if (plan->keyOrderPreserved) {
                    const auto s = source->fetch(key);
                    if (!s.ok())
                        return fail(s.error());
                    inSource = *s;
                }
                if (!now->has_value()) {
                    skip(QStringLiteral("the target no longer has it"));
                } else if (inSource) {
                    skip(QStringLiteral("the source has it now; check again"));
                } else {
                    p.row = (*now)->values;
                    p.action.action = plan->pipeline->consistency.extra == QLatin1String("delete")
                        ? QStringLiteral("delete")
                        : QStringLiteral("flag");
                }
            }
        } else {
            const auto keyRecord = sourceCodec.decode(d.sourceKey);
            if (!keyRecord.ok()) {
                skip(keyRecord.error().message);
            } else {
                Key sourceKey;
                for (int k : sourceKeyFields)
                    sourceKey.parts.push_back(keyRecord->values[std::size_t(k)]);
                const auto now = source->fetch(sourceKey);
                if (!now.ok())
                    return fail(now.error());
                if (!now->has_value()) {
                    skip(QStringLiteral("the source no longer has it, or the mapping skips it"));
                } else if (!(*now)->note.isEmpty()) {
                    skip(QStringLiteral("the source record does not map: %1").arg((*now)->note));
                } else {
                    const auto there = target->fetch(keyOf(*plan, (*now)->values));
                    if (!there.ok())
                        return fail(there.error());
                    p.row = (*now)->values;
                    if (!there->has_value()) {
                        p.action.action = QStringLiteral("insert");
                        p.action.fields = plan->fields;
                    } else {
                        p.action.fields = Differ::differingFields(*plan, **now, **there);
                        if (p.action.fields.isEmpty())
                            skip(QStringLiteral("no longer differs"));
                        else
                            p.action.action = QStringLiteral("update");
                    }
                }
            }
        }
        if (p.action.action == QLatin1String("skip"))
            ++result.skipped;
        else if (p.action.action == QLatin1String("flag"))
            ++result.flagged;
        planned.append(std::move(p));
    }
    for (const Planned &p : planned)
        result.actions.append(p.action);
    source.reset(); // closes both connections before the target is written
    target.reset();
    if (dryRun)
        return result;

    // Written like a run: under the pipeline's lock, recorded in its history.
    QLockFile lock(runner::lockPath(*m_workspace, pipeline));
    RunOptions options;
    options.actor = actor;
    if (auto r = runner::admit(*plan->pipeline, options, lock); !r.ok())
        return fail(r.error());
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto runId = m_store->beginRun(pipeline, false, QStringLiteral("repair"), actor, traceId, plan->mapping.version());
    if (!runId.ok())
        return fail(runId.error());
    result.runId = *runId;
    auto sink = createSink(*m_workspace, *plan->target);
    if (!sink.ok())
        return fail(sink.error());
    Sink &out = **sink;
    const auto abort = [&](const Error &e) {
        out.rollback();
        out.close();
        m_store->finishRun(result.runId, QStringLiteral("failed"), RunCounters{}, e.code + QLatin1String(": ") + e.message);
        return fail(e);
    };
    if (auto r = out.open(plan->fields, plan->key); !r.ok())
        return abort(r.error());
    QList<qint64> repaired;
    QList<qint64> inBatch;
    RunCounters counters;
    const auto commit = [&]() -> Result<void> {
        if (auto r = out.commit(); !r.ok())
            return r;
        repaired += inBatch;
        inBatch.clear();
        return {};
    };
    bool open = false;
    for (int i = 0; i < planned.size(); ++i) {
        const Planned &p = planned[i];
        if (p.action.action != QLatin1String("insert") && p.action.action != QLatin1String("update")
            && p.action.action != QLatin1String("delete"))
            continue;
        if (!open) {
            if (auto r = out.begin(); !r.ok())
                return abort(r.error());
            open = true;
        }
        const auto written = p.action.action == QLatin1String("delete") ? out.remove(p.row) : out.upsert(p.row);
        if (!written.ok())
            return abort(written.error());
        ++counters.read;
        if (written->kind == WriteOutcome::Kind::Rejected) {
            ++result.failed;
            ++counters.failed;
            result.actions[i].action = QStringLiteral("skip");
            result.actions[i].reason = written->error.code + QLatin1String(": ") + written->error.message;
            continue;
        }
        switch (written->kind) {
        case WriteOutcome::Kind::Inserted: ++result.inserted; ++counters.inserted; break;
        case WriteOutcome::Kind::Updated: ++result.updated; ++counters.updated; break;
        case WriteOutcome::Kind::Deleted: ++result.deleted; ++counters.deleted; break;
        default: ++counters.skipped; break;
        }
        inBatch.append(p.action.discrepancy);
        if (inBatch.size() >= 500) {
            if (auto r = commit(); !r.ok())
                return abort(r.error());
            open = false;
        }
    }
    if (open)
        if (auto r = commit(); !r.ok())
            return abort(r.error());
    out.close();
    m_store->finishRun(result.runId, result.failed > 0 ? QStringLiteral("partial") : QStringLiteral("success"),
                       counters, QString());
    if (auto r = m_store->closeDiscrepancies(repaired, QStringLiteral("repaired"), actor); !r.ok())
        return fail(r.error());
    QJsonArray keys;
    for (const RepairAction &a : std::as_const(result.actions))
        if (a.action != QLatin1String("skip") && keys.size() < 1000)
            keys.append(a.key);
    const QJsonObject detail{{QStringLiteral("run"), result.runId},     {QStringLiteral("inserted"), result.inserted},
                             {QStringLiteral("updated"), result.updated}, {QStringLiteral("deleted"), result.deleted},
                             {QStringLiteral("flagged"), result.flagged}, {QStringLiteral("skipped"), result.skipped},
                             {QStringLiteral("failed"), result.failed},   {QStringLiteral("keys"), keys}};
    if (auto r = m_store->appendAudit(AuditInput{actor, QString(), QStringLiteral("consistency.repair"),
                                                 QStringLiteral("pipeline:") + pipeline,
                                                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                                                 traceId});
        !r.ok())
        log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
    log::info(lcSync(), QStringLiteral("%1: repair run %2: %3 inserted, %4 updated, %5 deleted, %6 flagged, %7 skipped, "
                                       "%8 rejected")
                            .arg(pipeline)
                            .arg(result.runId)
                            .arg(result.inserted)
                            .arg(result.updated)
                            .arg(result.deleted)
                            .arg(result.flagged)
                            .arg(result.skipped)
                            .arg(result.failed));
    return result;
}

} // namespace concord
