#pragma once
// The console's side of the engine conversation. Sends requests to EngineHost (queued, so they
// run in the engine thread), keeps what the window needs to know (the open workspace, whether a
// run is in progress), and re-reads the state store through StoreReader when the engine says it
// changed — coalescing bursts of stateChanged into one refresh. Widgets talk to this, never to
// the engine.

#include "enginehost.h"
#include "policy/policy.h"
#include "store/storereader.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace concord {

// Who is at the console (the OS user), as audit entries and runs record it, and as `stewards:` names them.
QString consoleUser();

class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(EngineHost *host, QObject *parent = nullptr);
    ~ConsoleSession() override;

    std::shared_ptr<const Workspace> workspace() const { return m_workspace; }
    bool isLoading() const { return m_pendingLoads > 0; }
    bool isRunning() const { return !m_runningPipeline.isEmpty(); }
    QString runningPipeline() const { return m_runningPipeline; }
    bool isDryRunning() const { return m_runningDry; }
    QList<PipelineStatus> statuses() const { return m_statuses; }
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

public Q_SLOTS:
    void openWorkspace(const QString &dir);
    void runPipeline(const QString &pipeline, bool dryRun);
    // Thread-safe on the engine side: called directly, not queued, so it reaches a busy engine.
    void cancelRun();
    void refreshNow();
    void scheduleRefresh();

Q_SIGNALS:
    void workspaceLoading(const QString &dir);
    void workspaceOpened(std::shared_ptr<const concord::Workspace> workspace, const concord::ErrorList &warnings);
    void workspaceFailed(const QString &dir, const concord::ErrorList &errors);
    void statusesRefreshed(const QList<concord::PipelineStatus> &statuses);
    void runRequested(const QString &pipeline, bool dryRun);
    void runProgress(const concord::RunProgress &progress);
    void runFinished(const concord::RunResult &result);
    void runningChanged(bool running);
    void logEntry(const concord::LogEntry &entry);
    void viewerChanged();

private:
    void onWorkspaceOpened(std::shared_ptr<const Workspace> workspace, const ErrorList &warnings);
    void onWorkspaceFailed(const QString &dir, const ErrorList &errors);
    void onRunFinished(const RunResult &result);

    QPointer<EngineHost> m_host;
    std::shared_ptr<const Workspace> m_workspace;
    StoreReader m_reader;
    QTimer m_refreshTimer;
    QList<PipelineStatus> m_statuses;
    int m_pendingLoads = 0;
    QString m_runningPipeline;
    bool m_runningDry = false;
    Holder m_signedIn = Holder::withoutRole();
    Holder m_viewer = Holder::withoutRole();
};

} // namespace concord
