#pragma once
// The consistency page's side of the engine conversation: checks and repairs go to EngineHost
// (queued: they run in the engine thread, one job at a time), the reads and the export to
// ControlHost (its own thread, so a check in progress never holds them up). Knows whether a check
// or a repair is in progress — the console's own, or the scheduler's — and drops nothing: each
// answer is forwarded with what identifies it (a request id, a pipeline, a file), and the page
// decides what is stale. Without a ControlHost it starts one in a thread of its own that follows
// the workspace EngineHost opens, as ConsoleSession does.

#include "consistency/consistencytypes.h"
#include "core/error.h"
#include "policy/policy.h"

#include "controldoor.h"

#include <QObject>
#include <QPointer>

#include <memory>


namespace concord {

class ControlHost;
class EngineHost;

class ConsistencyClient : public QObject
{
    Q_OBJECT

public:
    // host, control: EngineThread::host() and control(), owned by an EngineThread that outlives
    // the client; control may be null.
    ConsistencyClient(EngineHost *host, ControlHost *control, QObject *parent = nullptr);
    ~ConsistencyClient() override;

    // The pipeline a check or repair is running for ("" when none).
    QString busyPipeline() const { return m_busyPipeline; }
    bool isChecking() const { return m_checking; }
    bool isRepairing() const { return m_repairing; }
    bool isBusy() const { return m_checking || m_repairing; }

    // Each answers with its signal. The actor is the console's user (consoleUser()).
    void checkConsistency(const QString &pipeline);
    void repair(const QString &pipeline, const QList<qint64> &ids, bool dryRun);
    // Thread-safe on the engine side: called directly, so it reaches a busy engine. Only while a
    // check or repair is in progress, and only once it has begun (the engine cancels whatever job
    // it runs): a cancel before that is kept until it begins.
    void cancel();
    void requestRuns(const QString &pipeline, int limit);
    // Returns the id discrepanciesReady / discrepanciesFailed will carry.
    quint64 requestDiscrepancies(const DiscrepancyQuery &query, const Holder &viewer);
    void exportTo(const QString &file, const DiscrepancyQuery &query, const Holder &viewer);

Q_SIGNALS:
    void busyChanged(bool busy);
    void checkStarted(const QString &pipeline);
    void checkProgress(const concord::ConsistencyProgress &progress);
    void checkFinished(const concord::ConsistencyRun &run);
    void repairFinished(const concord::RepairResult &result);
    void runsReady(const QString &pipeline, const QList<concord::ConsistencyRun> &runs);
    void discrepanciesReady(quint64 requestId, const QList<concord::DiscrepancyRow> &rows);
    void discrepanciesFailed(quint64 requestId, const concord::Error &error);
    void exportFinished(const QString &file, qint64 rows);
    void exportFailed(const QString &file, const concord::Error &error);

private:
    void setBusy(const QString &pipeline, bool checking, bool repairing);
    void onStarted();
    template<typename F>
    void toEngine(F &&call);

    QPointer<EngineHost> m_host;
    ControlDoor m_control;
    QString m_busyPipeline;
    bool m_checking = false;
    bool m_repairing = false;
    bool m_started = false;       // the engine began the check or repair asked for
    bool m_cancelPending = false; // Cancel pressed before it began
    quint64 m_nextRequest = 0;
};

} // namespace concord
