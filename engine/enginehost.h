#pragma once
// The engine's one front door (DESIGN.md §4). EngineHost lives in a worker thread; the console
// talks to it only through queued signals and slots carrying value types. Long work reports
// progress and can be cancelled from any thread.

#include "core/error.h"
#include "sync/runtypes.h"
#include "workspace/workspace.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace concord {

class EngineHost : public QObject
{
    Q_OBJECT

public:
    explicit EngineHost(QObject *parent = nullptr);
    ~EngineHost() override;

    // Thread-safe: asks the running job to stop at the next batch boundary (and interrupts a
    // long SQLite statement). Call it directly, not through a queued connection.
    void cancel();

public Q_SLOTS:
    void openWorkspace(const QString &dir);
    void runPipeline(const QString &pipeline, const concord::RunOptions &options);

Q_SIGNALS:
    void workspaceOpened(std::shared_ptr<const concord::Workspace> workspace, const concord::ErrorList &warnings);
    void workspaceFailed(const QString &dir, const concord::ErrorList &errors);
    void runStarted(const QString &pipeline, qint64 runId);
    void progress(const concord::RunProgress &progress);
    void runFinished(const concord::RunResult &result);
    // The state store changed (a run started or ended, a batch committed): re-read views.
    void stateChanged();
    // Every log line the engine writes while it is alive, for the console's log pane.
    void logEntry(const concord::LogEntry &entry);

private:
    std::shared_ptr<const Workspace> m_workspace;
    std::atomic<bool> m_cancel{false};
    std::atomic<void *> m_activeRunner{nullptr};
    int m_logListener = -1;
};

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

private:
    QThread m_thread;
    EngineHost *m_host = nullptr;
};

void registerEngineMetaTypes();

} // namespace concord
