#pragma once
// The engine's one front door (DESIGN.md §4). EngineHost lives in a worker thread; the console
// talks to it only through queued signals and slots carrying value types. Long work reports
// progress and can be cancelled from any thread.

#include "conflict/conflicttypes.h"
#include "consistency/consistencytypes.h"
#include "core/error.h"
#include "governance/operationtypes.h"
#include "sync/runtypes.h"
#include "workspace/workspace.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <QMutex>

#include <atomic>
#include <memory>

namespace concord {

class ConsistencyCheck;
class Operations;
class StateStore;

class EngineHost : public QObject
{
    Q_OBJECT

public:
    explicit EngineHost(QObject *parent = nullptr);
    ~EngineHost() override;

    // Thread-safe: asks the running job to stop at the next batch boundary (and interrupts a
    // long SQLite statement). Call it directly, not through a queued connection.
    void cancel();

    // Thread-safe: cancels the running job only if it is a run of `pipeline` (pause does this).
    void cancelPipeline(const QString &pipeline);

public Q_SLOTS:
    void openWorkspace(const QString &dir);
    // Runs through Operations (docs/operations.md): the retry schedule, the circuit breaker, the
    // metrics and the alert rules follow the outcome. options.trigger says why.
    void runPipeline(const QString &pipeline, const concord::RunOptions &options);
    // Re-reads from `from` (or everything with `full`); audited as pipeline.backfill.
    void backfillPipeline(const QString &pipeline, const QDateTime &from, bool full, const QString &actor);
    // Dead-letter replay: the listed letters, or (ids empty) every open letter of `pipeline`
    // ("" for all pipelines). Answers replayFinished.
    void replayDeadLetters(const QList<qint64> &ids, const QString &pipeline, const QString &actor);
    // The scheduler (schedules, retries, circuit probes, `after:`), checked every second while
    // on; backlogs measured and alert rules checked every minute. Off until switched on.
    void setSchedulerEnabled(bool on);
    // One scheduler pass now (tests, and the console's "check now").
    void schedulerTick();
    // A consistency check of `pipeline` (docs/consistency.md): counts, segment checksums with
    // bisection (or one merge pass), field comparison; stored, compared with the previous check,
    // alerted on. trigger: manual | schedule. Reports consistencyProgress; answers
    // consistencyFinished (status failed or cancelled on trouble). Cancelled by cancel().
    void checkConsistency(const QString &pipeline, const QString &actor, const QString &trigger);
    // Repairs the listed open discrepancies (ids empty: all open ones) of `pipeline`: a dry run
    // lists what it would write; otherwise it writes through the pipeline's sink, audited, and
    // re-checks. Answers repairFinished.
    void repairDiscrepancies(const QString &pipeline, const QList<qint64> &ids, bool dryRun, const QString &actor);
    // Applies a steward's resolution to the listed open conflicts (docs/two-way.md §4): writes to
    // both systems, moves the bases, audits each as conflict.resolve. With `strategy` (source |
    // target | last_write_wins) each conflict gets that strategy's choices instead of
    // resolution.fields. Answers conflictsResolved.
    void resolveConflicts(const QList<qint64> &ids, const concord::ConflictResolution &resolution,
                          const QString &strategy);

Q_SIGNALS:
    void workspaceOpened(std::shared_ptr<const concord::Workspace> workspace, const concord::ErrorList &warnings);
    void workspaceFailed(const QString &dir, const concord::ErrorList &errors);
    void runStarted(const QString &pipeline, qint64 runId);
    void progress(const concord::RunProgress &progress);
    void runFinished(const concord::RunResult &result);
    void replayFinished(const concord::ReplayResult &result);
    void consistencyStarted(const QString &pipeline);
    void consistencyProgress(const concord::ConsistencyProgress &progress);
    void consistencyFinished(const concord::ConsistencyRun &run);
    void repairFinished(const concord::RepairResult &result);
    void conflictsResolved(const concord::ConflictResolveResult &result);
    // New alerts raised by the rules (after a run or on the minute).
    void alertsRaised(const QList<concord::AlertRecord> &alerts);
    // The state store changed (a run started or ended, a batch committed): re-read views.
    void stateChanged();
    // Every log line the engine writes while it is alive, for the console's log pane.
    void logEntry(const concord::LogEntry &entry);

private:
    Result<void> ensureOps();
    RunResult execute(const QString &pipeline, const RunOptions &options);
    void housekeeping();
    // Consistency checks whose `consistency.schedule` is due (enginehostconsistency.cpp).
    void runDueChecks();
    ConsistencyRun runCheck(const QString &pipeline, const QString &actor, const QString &trigger);

    std::shared_ptr<const Workspace> m_workspace;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<Operations> m_ops;
    std::atomic<bool> m_cancel{false};
    std::atomic<Operations *> m_activeOps{nullptr};
    std::atomic<ConsistencyCheck *> m_activeCheck{nullptr};
    QDateTime m_checksSince;           // scheduled checks count slots from here when none ran yet
    QString m_running;                 // guarded by m_runningMutex
    mutable QMutex m_runningMutex;
    QTimer *m_scheduler = nullptr;
    qint64 m_lastHousekeeping = 0;     // ms since the epoch
    qint64 m_lastRetention = 0;        // governance/retention.h: applyRetention
    bool m_inTick = false;
    int m_logListener = -1;
};

class ControlHost;

// Owns the worker thread and the EngineHost moved into it. Destruction cancels any run, stops
// the thread and waits for it.
class EngineThread
{
public:
    EngineThread();
    ~EngineThread();
    EngineThread(const EngineThread &) = delete;
    EngineThread &operator=(const EngineThread &) = delete;

    EngineHost *host() const { return m_host; }
    // Reads and quick actions that must not wait behind a run (controlhost.h). It follows the
    // workspace EngineHost opens.
    ControlHost *control() const { return m_control; }

private:
    QThread m_thread;
    QThread m_controlThread;
    EngineHost *m_host = nullptr;
    ControlHost *m_control = nullptr;
};

void registerEngineMetaTypes();

} // namespace concord
