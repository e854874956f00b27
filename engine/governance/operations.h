#pragma once
// Running pipelines as an operator expects (docs/operations.md): around each run of the
// PipelineRunner, the pause switch, the retry schedule with backoff, the circuit breaker of the
// target system, the metrics and the alert rules — all kept in the state store, so that a restart
// carries on where it left off. Manual actions (pause, resume, backfill, dead-letter replay,
// edit and discard, acknowledging alerts) are audited with the actor. The scheduler (`due`) says
// which pipelines to run now; `concordctl serve` and the console's engine thread both drive it.
//
// One Operations per thread, on that thread's StateStore.

#include "governance/alerting.h"
#include "governance/operationtypes.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "sync/runtypes.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace concord {

class Operations
{
public:
    using ProgressFn = PipelineRunner::ProgressFn;
    using StartedFn = PipelineRunner::StartedFn;

    Operations(std::shared_ptr<const Workspace> workspace, StateStore *store);

    // Runs a pipeline once with everything around it: refuses a paused pipeline (unless
    // options.trigger is "manual" or "backfill": an operator's explicit run goes ahead), updates
    // the retry schedule and the circuit from the outcome, and checks the alert rules after.
    RunResult execute(const QString &pipeline, const RunOptions &options, const std::atomic<bool> &cancel,
                      const ProgressFn &progress = {}, const StartedFn &started = {});
    // Thread-safe: interrupts the active run's long read.
    void interrupt();

    // Manual control, each audited with the actor.
    Result<void> pause(const QString &pipeline, const QString &actor, const QString &reason = {});
    // Clears the pause; also ends a retry give-up, and makes an open circuit probe at once.
    Result<void> resume(const QString &pipeline, const QString &actor);
    // Re-reads from `from` (its version column), or everything with `full`, then carries on as usual.
    RunResult backfill(const QString &pipeline, const QDateTime &from, bool full, const QString &actor,
                       const std::atomic<bool> &cancel, const ProgressFn &progress = {}, const StartedFn &started = {});

    // Dead letters
    Result<DeadLetterView> deadLetterView(qint64 id, const Holder &viewer) const;
    // Sets one field of an open letter's record (the text is read as the field's type); audited
    // with the field's name, never its value.
    Result<void> editDeadLetter(qint64 id, const QString &field, const QString &valueText, bool makeNull,
                                const QString &actor, const Holder &editor);
    // Maps and writes the letters' records again through the pipeline's current mapping, by key
    // (idempotent: a letter that is no longer open is skipped). A letter that fails again stays
    // open with the new error. Audited per pipeline with the ids.
    ReplayResult replay(const QList<qint64> &ids, const QString &actor, const std::atomic<bool> &cancel);
    // Every open letter of a pipeline (or of all, with an empty name).
    ReplayResult replayAll(const QString &pipeline, const QString &actor, const std::atomic<bool> &cancel);
    Result<int> discard(const QList<qint64> &ids, const QString &reason, const QString &actor);

    // Alerts
    // Checks every rule for every pipeline; returns the alerts raised now (new ones). Notifies
    // the webhook of new alerts at or above its min_severity.
    QList<AlertRecord> checkAlerts();
    // The alerts raised since the last call, by checkAlerts() after runs included (the console's
    // tray takes them from here).
    QList<AlertRecord> takeRaisedAlerts();
    // One condition of `rule` for `pipeline`, from anywhere (a consistency check's threshold):
    // holding (`firing`) raises the alert, or keeps the active one; not holding resolves it.
    // Returns the alert when it is new (logged, notified, queued for takeRaisedAlerts).
    std::optional<AlertRecord> reportCondition(const QString &rule, const QString &severity, const QString &pipeline,
                                               const std::optional<AlertFiring> &firing);
    Result<bool> acknowledgeAlert(qint64 id, const QString &actor);

    // Scheduling
    // What should run now, in dependency order. A pipeline that is paused, disabled, or whose
    // target's circuit is open (until its probe time) is not due.
    QList<DueRun> due(const QDateTime &now);
    // Records that a due run was started for its slot (so it is not due again).
    Result<void> markStarted(const DueRun &run);
    // The earliest time something will be due after `now` (invalid: nothing planned).
    QDateTime nextWake(const QDateTime &now);

    // Measures the backlog of every pipeline (outbox depth, or changes after the checkpoint; a
    // source that cannot be read now is left unknown) and records it in the metrics.
    void measureBacklogs();

    QList<PipelineOverview> overview(const QString &runningPipeline = {}) const;

private:
    void afterRun(const RunResult &result, const RunOptions &options);
    QString targetSystem(const QString &pipeline) const;
    QDateTime nextScheduled(const PipelineDef &p, const PipelineControl &c, const QDateTime &now) const;
    void notify(const AlertRecord &alert);
    void audit(const QString &actor, const QString &action, const QString &object, const QJsonObject &detail);
    ReplayResult replayLetters(const QList<DeadLetterRecord> &letters, const QString &actor,
                               const std::atomic<bool> &cancel);

    std::shared_ptr<const Workspace> m_workspace;
    StateStore *m_store;
    std::atomic<PipelineRunner *> m_active{nullptr};
    QList<AlertRecord> m_raised;
};

// Opens the workspace's state store and an Operations on it into `store` and `ops`, unless `ops`
// is there already (EngineHost and ControlHost each keep their own).
Result<void> openOperations(const std::shared_ptr<const Workspace> &workspace, std::unique_ptr<StateStore> &store,
                            std::unique_ptr<Operations> &ops);

} // namespace concord
