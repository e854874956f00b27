#include "consistency/consistencyclient.h"

#include "consolesession.h"
#include "controlhost.h"
#include "enginehost.h"

namespace concord {

ConsistencyClient::ConsistencyClient(EngineHost *host, ControlHost *control, QObject *parent)
    : QObject(parent), m_host(host), m_control(host, control, QStringLiteral("concord-consistency-control"))
{
    if (host) {
        connect(host, &EngineHost::consistencyStarted, this, [this](const QString &pipeline) {
            // A check the console did not ask for (the scheduler's) occupies the engine as well.
            if (!isBusy())
                setBusy(pipeline, true, false);
            if (pipeline == m_busyPipeline)
                onStarted();
            Q_EMIT checkStarted(pipeline);
        });
        connect(host, &EngineHost::consistencyProgress, this, [this](const ConsistencyProgress &progress) {
            if (isBusy() && progress.pipeline == m_busyPipeline)
                onStarted(); // a repair says it has begun with its first progress
            Q_EMIT checkProgress(progress);
        });
        connect(host, &EngineHost::consistencyFinished, this, [this](const ConsistencyRun &run) {
            // A repair re-checks before it answers: its check's end is not the repair's end.
            if (m_checking && (m_busyPipeline.isEmpty() || m_busyPipeline == run.pipeline))
                setBusy(QString(), false, false);
            Q_EMIT checkFinished(run);
        });
        connect(host, &EngineHost::repairFinished, this, [this](const RepairResult &result) {
            if (m_repairing)
                setBusy(QString(), false, false);
            Q_EMIT repairFinished(result);
        });
    }
    if (ControlHost *c = m_control.get()) {
        connect(c, &ControlHost::consistencyRunsReady, this, &ConsistencyClient::runsReady);
        connect(c, &ControlHost::discrepanciesReady, this, &ConsistencyClient::discrepanciesReady);
        connect(c, &ControlHost::discrepanciesFailed, this, &ConsistencyClient::discrepanciesFailed);
        connect(c, &ControlHost::exportFinished, this, &ConsistencyClient::exportFinished);
        connect(c, &ControlHost::exportFailed, this, &ConsistencyClient::exportFailed);
    }
}

ConsistencyClient::~ConsistencyClient() = default;

template<typename F>
void ConsistencyClient::toEngine(F &&call)
{
    if (EngineHost *h = m_host)
        QMetaObject::invokeMethod(h, [h, call = std::forward<F>(call)] { call(h); }, Qt::QueuedConnection);
}

void ConsistencyClient::onStarted()
{
    if (m_started)
        return;
    m_started = true;
    if (m_cancelPending && m_host)
        m_host->cancel();
    m_cancelPending = false;
}

void ConsistencyClient::setBusy(const QString &pipeline, bool checking, bool repairing)
{
    const bool was = isBusy();
    m_started = false;
    m_cancelPending = false;
    m_busyPipeline = pipeline;
    m_checking = checking;
    m_repairing = repairing;
    if (was != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void ConsistencyClient::checkConsistency(const QString &pipeline)
{
    if (!m_host || isBusy() || pipeline.isEmpty())
        return;
    // Marked now, not at consistencyStarted, so a second click cannot queue a second check.
    setBusy(pipeline, true, false);
    toEngine([pipeline, actor = consoleUser()](EngineHost *h) {
        h->checkConsistency(pipeline, actor, QStringLiteral("manual"));
    });
}

void ConsistencyClient::repair(const QString &pipeline, const QList<qint64> &ids, bool dryRun)
{
    if (!m_host || isBusy() || pipeline.isEmpty())
        return;
    setBusy(pipeline, false, true);
    toEngine([pipeline, ids, dryRun, actor = consoleUser()](EngineHost *h) {
        h->repairDiscrepancies(pipeline, ids, dryRun, actor);
    });
}

void ConsistencyClient::cancel()
{
    if (!m_host || !isBusy())
        return;
    // EngineHost::cancel() stops whatever job runs now: while the check still waits behind another
    // job (a scheduled run), the cancel waits for the check to begin.
    if (m_started)
        m_host->cancel();
    else
        m_cancelPending = true;
}

void ConsistencyClient::requestRuns(const QString &pipeline, int limit)
{
    m_control.call([pipeline, limit](ControlHost *c) { c->loadConsistencyRuns(pipeline, limit); });
}

quint64 ConsistencyClient::requestDiscrepancies(const DiscrepancyQuery &query, const Holder &viewer)
{
    const quint64 id = ++m_nextRequest;
    m_control.call([id, query, viewer](ControlHost *c) { c->loadDiscrepancies(id, query, viewer); });
    return id;
}

void ConsistencyClient::exportTo(const QString &file, const DiscrepancyQuery &query, const Holder &viewer)
{
    m_control.call([file, query, viewer, actor = consoleUser()](ControlHost *c) {
        c->exportDiscrepancies(file, query, viewer, actor);
    });
}

} // namespace concord
