// TwoWayRunner::resolve: stewards' decisions on queued conflicts, applied like a run (docs/two-way.md §4).
#include "conflict/twowayrunner.h"

#include "conflict/settler.h"
#include "log/log.h"
#include "sync/runnersupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>

namespace concord {

using namespace runner;
using namespace twoway;

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
            commit.lineage.append(one.lineage);
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
            done.resolution = compactJson(resolutionJson);
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
                                            QStringLiteral("pipeline:") + pipeline, compactJson(detail), result.traceId});
        }
        finish(result, QStringLiteral("succeeded"), Error());
    }
    return out;
}

} // namespace concord
