#pragma once
// The console's side of the engine conversation. Sends requests to EngineHost (runs, backfills,
// replays: queued, so they run in the engine thread) and to ControlHost (the dashboard's reads
// and the quick actions — pause, resume, discard, edit, acknowledge — which must not wait behind
// a run), keeps what the window needs to know (the open workspace, whether a run is in progress,
// the pipelines' overview and the alerts), and refreshes when the engine says the store changed —
// coalescing bursts of stateChanged into at most one refresh a second. Widgets talk to this,
// never to the engine. Actions are recorded with consoleUser() as the actor; dead letters are
// shown as viewer() may see them and edited as signedIn().

#include "controlhost.h"
#include "enginehost.h"
#include "policy/policy.h"
#include "store/storereader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThread;

namespace concord {

// Who is at the console (the OS user), as audit entries and runs record it, and as `stewards:` names them.
QString consoleUser();

class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // host and control: the engine's two doors (EngineThread::host() and control()), owned by an
    // EngineThread that outlives the session.
    ConsoleSession(EngineHost *host, ControlHost *control, QObject *parent = nullptr);
    // Without a ControlHost: the session starts one in a thread of its own.
    explicit ConsoleSession(EngineHost *host, QObject *parent = nullptr);
    ~ConsoleSession() override;

    std::shared_ptr<const Workspace> workspace() const { return m_workspace; }
    bool isLoading() const { return m_pendingLoads > 0; }
    bool isRunning() const { return !m_runningPipeline.isEmpty(); }
    QString runningPipeline() const { return m_runningPipeline; }
    bool isDryRunning() const { return m_runningDry; }
    // A dead-letter replay occupies the engine thread like a run.
    bool isReplaying() const { return m_replaying; }
    bool isBusy() const { return isRunning() || isReplaying(); }
    QList<PipelineStatus> statuses() const { return m_statuses; }
    // The last overview ControlHost sent (state, backlog, success rate, next run per pipeline).
    QList<PipelineOverview> overview() const { return m_overview; }
    // Active and resolved alerts, active first, newest first.
    QList<AlertRecord> alerts() const { return m_alerts; }
    // Active alerts nobody acknowledged yet: the navigator's "Alerts (N)".
    int pendingAlerts() const;
    // The last runs of a pipeline, newest first (small indexed query on the GUI thread).
    QList<RunRecord> recentRuns(const QString &pipeline, int limit = 20) const;

    // Who data is shown as (DESIGN.md §6): the signed-in steward's role from workspace.yaml's
    // `stewards:`, or a narrower role chosen with "view as". Every page masks through this.
    const Holder &viewer() const { return m_viewer; }
    const Holder &signedIn() const { return m_signedIn; }
    // Roles the steward may view as: their own first, then those that see no more (seesNoMoreThan).
    QStringList viewableRoles() const;
    // Empty: back to the signed-in role. A role that would see more is refused (the error says why).
    Result<void> setViewRole(const QString &role);

    // CONCORD_SCHEDULER=off: this console never runs schedules (tests, a second console).
    static bool schedulerForcedOff();
    bool isSchedulerEnabled() const { return m_schedulerOn; }

    // Asynchronous reads through ControlHost; each returns the request id its answer carries
    // (a view keeps the last id it asked for and drops older answers).
    quint64 requestMetrics(const QString &pipeline, const QDateTime &from, const QDateTime &to);
    quint64 requestDeadLetters(const DeadLetterFilter &filter);
    // Answers deadLetterViewReady / deadLetterViewFailed, masked for viewer().
    void requestDeadLetterView(qint64 id);

public Q_SLOTS:
    void openWorkspace(const QString &dir);
    void runPipeline(const QString &pipeline, bool dryRun);
    // Re-reads from `from` (its version column) or, with `full`, the whole source.
    void backfillPipeline(const QString &pipeline, const QDateTime &from, bool full);
    // Stops schedules and retries; a run of the pipeline in progress stops at its next batch.
    void pausePipeline(const QString &pipeline, const QString &reason);
    void resumePipeline(const QString &pipeline);
    // ids empty: every open letter of `pipeline` ("" for all pipelines).
    void replayDeadLetters(const QList<qint64> &ids, const QString &pipeline);
    void discardDeadLetters(const QList<qint64> &ids, const QString &reason);
    void editDeadLetter(qint64 id, const QString &field, const QString &value, bool makeNull);
    void acknowledgeAlert(qint64 id);
    void setSchedulerEnabled(bool on);
    // Thread-safe on the engine side: called directly, not queued, so it reaches a busy engine.
    void cancelRun();
    void refreshNow();
    void scheduleRefresh();

Q_SIGNALS:
    void workspaceLoading(const QString &dir);
    void workspaceOpened(std::shared_ptr<const concord::Workspace> workspace, const concord::ErrorList &warnings);
    void workspaceFailed(const QString &dir, const concord::ErrorList &errors);
    void statusesRefreshed(const QList<concord::PipelineStatus> &statuses);
    void overviewRefreshed(const QList<concord::PipelineOverview> &overview);
    void alertsRefreshed(const QList<concord::AlertRecord> &alerts);
    // After every (coalesced) refresh: views that show store contents re-ask for them.
    void refreshed();
    void runRequested(const QString &pipeline, bool dryRun);
    void runProgress(const concord::RunProgress &progress);
    void runFinished(const concord::RunResult &result);
    void runningChanged(bool running);
    void replayRequested(const QString &pipeline, int letters);
    void replayFinished(const concord::ReplayResult &result);
    void metricsReady(quint64 requestId, const QString &pipeline, const QList<concord::MetricBucket> &buckets);
    void deadLettersReady(quint64 requestId, const QList<concord::DeadLetterRecord> &letters);
    void deadLetterViewReady(const concord::DeadLetterView &view);
    void deadLetterViewFailed(qint64 id, const concord::Error &error);
    // `action`: pause | resume | discard | edit | acknowledge (ControlHost's answers).
    void actionDone(const QString &action, const QString &message);
    void actionFailed(const QString &action, const concord::Error &error);
    void alertsRaised(const QList<concord::AlertRecord> &alerts);
    void schedulerEnabledChanged(bool on);
    void logEntry(const concord::LogEntry &entry);
    void viewerChanged();

private:
    void connectHosts();
    bool storeExists() const;
    void onWorkspaceOpened(std::shared_ptr<const Workspace> workspace, const ErrorList &warnings);
    void onWorkspaceFailed(const QString &dir, const ErrorList &errors);
    void onRunStarted(const QString &pipeline);
    void onRunFinished(const RunResult &result);
    void onReplayFinished(const ReplayResult &result);
    void onAlerts(const QList<AlertRecord> &alerts);
    template<typename F>
    void toControl(F &&call);
    template<typename F>
    void toEngine(F &&call);

    QPointer<EngineHost> m_host;
    QPointer<ControlHost> m_control;
    std::unique_ptr<QThread> m_ownControlThread; // only when no ControlHost was given
    std::shared_ptr<const Workspace> m_workspace;
    StoreReader m_reader;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    QList<PipelineStatus> m_statuses;
    QList<PipelineOverview> m_overview;
    QList<AlertRecord> m_alerts;
    quint64 m_nextRequest = 0;
    int m_pendingLoads = 0;
    QString m_runningPipeline;
    bool m_runningDry = false;
    bool m_replaying = false;
    bool m_schedulerOn = false;
    Holder m_signedIn = Holder::withoutRole();
    Holder m_viewer = Holder::withoutRole();
};

} // namespace concord
