// EngineHost: consistency checks and repairs (docs/consistency.md), run in the engine's thread.

#include "enginehost.h"

#include "conflict/twowayrunner.h"

#include "consistency/consistencycheck.h"
#include "consistency/repair.h"
#include "governance/operations.h"
#include "log/log.h"
#include "store/statestore.h"

#include <QElapsedTimer>

namespace concord {

ConsistencyRun EngineHost::runCheck(const QString &pipeline, const QString &actor, const QString &trigger)
{
    m_cancel.store(false);
    ConsistencyRun failed;
    failed.pipeline = pipeline;
    failed.actor = actor;
    failed.trigger = trigger;
    failed.status = QStringLiteral("failed");
    if (auto r = ensureOps(); !r.ok()) {
        failed.errorCode = r.error().code;
        failed.error = r.error().message;
        return failed;
    }
    Q_EMIT consistencyStarted(pipeline);
    ConsistencyCheck check(m_workspace, m_store.get(), m_ops.get());
    m_activeCheck.store(&check);
    {
        QMutexLocker lock(&m_runningMutex);
        m_running = pipeline;
    }
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto progressFn = [this, &sinceProgress](const ConsistencyProgress &p) {
        // At most ten a second: the console redraws a bar, not every thousand rows.
        if (p.done > 0 && sinceProgress.elapsed() < 100)
            return;
        sinceProgress.restart();
        Q_EMIT consistencyProgress(p);
    };
    ConsistencyRun run = check.run(pipeline, actor, trigger, m_cancel, progressFn);
    m_activeCheck.store(nullptr);
    {
        QMutexLocker lock(&m_runningMutex);
        m_running.clear();
    }
    if (const QList<AlertRecord> raised = m_ops->takeRaisedAlerts(); !raised.isEmpty())
        Q_EMIT alertsRaised(raised);
    return run;
}

void EngineHost::checkConsistency(const QString &pipeline, const QString &actor, const QString &trigger)
{
    const ConsistencyRun run = runCheck(pipeline, actor, trigger.isEmpty() ? QStringLiteral("manual") : trigger);
    Q_EMIT consistencyFinished(run);
    Q_EMIT stateChanged();
}

void EngineHost::repairDiscrepancies(const QString &pipeline, const QList<qint64> &ids, bool dryRun,
                                     const QString &actor)
{
    m_cancel.store(false);
    RepairResult result;
    result.pipeline = pipeline;
    result.dryRun = dryRun;
    if (auto r = ensureOps(); !r.ok()) {
        result.errorCode = r.error().code;
        result.error = r.error().message;
        Q_EMIT repairFinished(result);
        return;
    }
    if (!dryRun)
        Q_EMIT consistencyProgress(ConsistencyProgress{pipeline, QStringLiteral("repairing"), 0, -1});
    Repairer repairer(m_workspace, m_store.get());
    result = repairer.run(pipeline, ids, dryRun, actor, m_cancel);
    Q_EMIT repairFinished(result);
    if (dryRun || !result.errorCode.isEmpty())
        return;
    Q_EMIT stateChanged();
    // Check again, so that what the repair fixed shows as fixed and anything left shows.
    const ConsistencyRun run = runCheck(pipeline, actor, QStringLiteral("repair"));
    Q_EMIT consistencyFinished(run);
    Q_EMIT stateChanged();
}

void EngineHost::resolveConflicts(const QList<qint64> &ids, const ConflictResolution &resolution,
                                  const QString &strategy)
{
    if (auto r = ensureOps(); !r.ok()) {
        ConflictResolveResult result;
        for (qint64 id : ids)
            result.failed.append({id, r.error().toString()});
        Q_EMIT conflictsResolved(result);
        return;
    }
    TwoWayRunner runner(m_workspace, m_store.get());
    const ConflictResolveResult result = runner.resolve(ids, resolution, strategy);
    Q_EMIT conflictsResolved(result);
    Q_EMIT stateChanged();
}

void EngineHost::runDueChecks()
{
    if (!m_workspace || !m_store)
        return;
    for (const QString &pipeline : ConsistencyCheck::due(*m_workspace, *m_store, m_checksSince,
                                                         QDateTime::currentDateTimeUtc())) {
        log::info(lcSync(), QStringLiteral("%1: scheduled consistency check").arg(pipeline));
        const ConsistencyRun run = runCheck(pipeline, QStringLiteral("scheduler"), QStringLiteral("schedule"));
        Q_EMIT consistencyFinished(run);
        Q_EMIT stateChanged();
        if (m_cancel.load())
            break;
    }
}

} // namespace concord
