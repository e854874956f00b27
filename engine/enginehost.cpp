#include "enginehost.h"

#include "consistency/consistencycheck.h"

#include "controlhost.h"
#include "governance/operations.h"
#include "governance/retention.h"
#include "log/log.h"
#include "log/logfiles.h"
#include "store/statestore.h"
#include "store/storereader.h"
#include "sync/pipelinerunner.h"
#include "workspace/workspaceloader.h"

#include <QElapsedTimer>

namespace concord {

void registerEngineMetaTypes()
{
    qRegisterMetaType<RunOptions>();
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<LogEntry>();
    qRegisterMetaType<ErrorList>();
    qRegisterMetaType<PipelineStatus>();
    qRegisterMetaType<std::shared_ptr<const Workspace>>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<Holder>();
    qRegisterMetaType<DeadLetterFilter>();
    qRegisterMetaType<DeadLetterView>();
    qRegisterMetaType<ReplayResult>();
    qRegisterMetaType<PipelineOverview>();
    qRegisterMetaType<QList<PipelineOverview>>();
    qRegisterMetaType<MetricBucket>();
    qRegisterMetaType<QList<MetricBucket>>();
    qRegisterMetaType<AlertRecord>();
    qRegisterMetaType<QList<AlertRecord>>();
    qRegisterMetaType<DeadLetterRecord>();
    qRegisterMetaType<QList<DeadLetterRecord>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<ConsistencyRun>();
    qRegisterMetaType<QList<ConsistencyRun>>();
    qRegisterMetaType<DiscrepancyRow>();
    qRegisterMetaType<QList<DiscrepancyRow>>();
    qRegisterMetaType<DiscrepancyQuery>();
    qRegisterMetaType<RepairResult>();
    qRegisterMetaType<ConsistencyProgress>();
    qRegisterMetaType<ConflictResolution>();
    qRegisterMetaType<ConflictView>();
    qRegisterMetaType<QList<ConflictView>>();
    qRegisterMetaType<ConflictQuery>();
    qRegisterMetaType<ConflictResolveResult>();
    qRegisterMetaType<QMap<QString, qint64>>();
    qRegisterMetaType<AuditQuery>();
    qRegisterMetaType<AuditRecord>();
    qRegisterMetaType<QList<AuditRecord>>();
    qRegisterMetaType<AuditChainReport>();
    qRegisterMetaType<LineageQuery>();
    qRegisterMetaType<LineageReport>();
    qRegisterMetaType<DriftItem>();
    qRegisterMetaType<QList<DriftItem>>();
}

EngineHost::EngineHost(QObject *parent) : QObject(parent)
{
    registerEngineMetaTypes();
    log::ensureInstalled();
    // Log lines from the engine's thread reach the console through a queued signal.
    m_logListener = log::addListener([this](const LogEntry &e) { Q_EMIT logEntry(e); });
}

EngineHost::~EngineHost()
{
    log::removeListener(m_logListener);
}

void EngineHost::cancel()
{
    m_cancel.store(true);
    if (Operations *ops = m_activeOps.load())
        ops->interrupt();
    if (ConsistencyCheck *check = m_activeCheck.load())
        check->interrupt();
}

void EngineHost::cancelPipeline(const QString &pipeline)
{
    QMutexLocker lock(&m_runningMutex);
    if (!m_running.isEmpty() && m_running == pipeline)
        cancel();
}

void EngineHost::openWorkspace(const QString &dir)
{
    WorkspaceLoad load = WorkspaceLoader::load(dir);
    if (!load.ok()) {
        log::warning(lcWorkspace(), QStringLiteral("workspace %1 has %2 error(s)").arg(dir).arg(load.errors.size()));
        for (const Error &e : std::as_const(load.errors))
            log::warning(lcWorkspace(), e.toString(), log::Fields{{}, e.code});
        Q_EMIT workspaceFailed(dir, load.errors);
        return;
    }
    m_ops.reset();
    m_store.reset();
    m_workspace = load.workspace;
    m_checksSince = QDateTime::currentDateTimeUtc();
    log::setFileOutput(m_workspace->logDir(), QStringLiteral("concord"));
    log::info(lcWorkspace(), QStringLiteral("opened workspace '%1' (%2 pipelines)").arg(m_workspace->name).arg(m_workspace->pipelines.size()));
    Q_EMIT workspaceOpened(m_workspace, load.warnings);
}

Result<void> EngineHost::ensureOps()
{
    return openOperations(m_workspace, m_store, m_ops);
}

RunResult EngineHost::execute(const QString &pipeline, const RunOptions &options)
{
    m_cancel.store(false);
    RunResult failedResult;
    failedResult.pipeline = pipeline;
    failedResult.dryRun = options.dryRun;
    failedResult.status = QStringLiteral("failed");
    if (!m_workspace) {
        failedResult.error = makeError(ErrorCode::ConfigInvalid, QStringLiteral("no workspace is open"));
        return failedResult;
    }
    if (auto r = ensureOps(); !r.ok()) {
        failedResult.error = r.error();
        return failedResult;
    }
    {
        QMutexLocker lock(&m_runningMutex);
        m_running = pipeline;
    }
    m_activeOps.store(m_ops.get());
    QElapsedTimer sinceState;
    sinceState.start();
    const auto progressFn = [this, &sinceState](const RunProgress &p) {
        Q_EMIT progress(p);
        // A committed batch changed the store; tell views, but not more than 4 times a second.
        if (sinceState.elapsed() > 250) {
            sinceState.restart();
            Q_EMIT stateChanged();
        }
    };
    const auto startedFn = [this, &pipeline](qint64 runId) {
        Q_EMIT runStarted(pipeline, runId);
        Q_EMIT stateChanged();
    };
    RunResult result;
    if (options.trigger == QLatin1String("backfill"))
        result = m_ops->backfill(pipeline, options.from, options.full, options.actor, m_cancel, progressFn, startedFn);
    else
        result = m_ops->execute(pipeline, options, m_cancel, progressFn, startedFn);
    m_activeOps.store(nullptr);
    {
        QMutexLocker lock(&m_runningMutex);
        m_running.clear();
    }
    if (const QList<AlertRecord> raised = m_ops->takeRaisedAlerts(); !raised.isEmpty())
        Q_EMIT alertsRaised(raised);
    return result;
}

void EngineHost::runPipeline(const QString &pipeline, const RunOptions &options)
{
    const RunResult result = execute(pipeline, options);
    Q_EMIT runFinished(result);
    Q_EMIT stateChanged();
}

void EngineHost::backfillPipeline(const QString &pipeline, const QDateTime &from, bool full, const QString &actor)
{
    RunOptions options;
    options.trigger = QStringLiteral("backfill");
    options.from = from;
    options.full = full;
    options.actor = actor;
    runPipeline(pipeline, options);
}

void EngineHost::replayDeadLetters(const QList<qint64> &ids, const QString &pipeline, const QString &actor)
{
    // Borrow execute()'s set-up without running anything: open the store and Operations.
    if (!m_ops && m_workspace) {
        auto store = std::make_unique<StateStore>();
        if (store->open(m_workspace->stateStorePath()).ok()) {
            m_store = std::move(store);
            m_ops = std::make_unique<Operations>(m_workspace, m_store.get());
        }
    }
    if (!m_ops) {
        Q_EMIT replayFinished(ReplayResult());
        return;
    }
    m_cancel.store(false);
    m_activeOps.store(m_ops.get());
    const ReplayResult result = ids.isEmpty() ? m_ops->replayAll(pipeline, actor, m_cancel) : m_ops->replay(ids, actor, m_cancel);
    m_activeOps.store(nullptr);
    Q_EMIT replayFinished(result);
    if (const QList<AlertRecord> raised = m_ops->takeRaisedAlerts(); !raised.isEmpty())
        Q_EMIT alertsRaised(raised);
    Q_EMIT stateChanged();
}

void EngineHost::setSchedulerEnabled(bool on)
{
    if (!m_scheduler) {
        m_scheduler = new QTimer(this);
        m_scheduler->setInterval(1000);
        connect(m_scheduler, &QTimer::timeout, this, &EngineHost::schedulerTick);
    }
    if (on && !m_scheduler->isActive()) {
        m_scheduler->start();
        log::info(lcSync(), QStringLiteral("scheduler on"));
    } else if (!on && m_scheduler->isActive()) {
        m_scheduler->stop();
        log::info(lcSync(), QStringLiteral("scheduler off"));
    }
}

void EngineHost::schedulerTick()
{
    if (!m_workspace || m_inTick)
        return;
    m_inTick = true;
    if (!ensureOps().ok()) {
        m_inTick = false;
        return;
    }
    const QList<DueRun> due = m_ops->due(QDateTime::currentDateTimeUtc());
    for (const DueRun &d : due) {
        m_ops->markStarted(d);
        RunOptions options;
        options.trigger = d.trigger;
        options.actor = QStringLiteral("scheduler");
        log::info(lcSync(), QStringLiteral("%1: %2 run").arg(d.pipeline, d.trigger));
        const RunResult result = execute(d.pipeline, options);
        if (result.status == QLatin1String("skipped")) // paused meanwhile: nothing ran
            continue;
        Q_EMIT runFinished(result);
        Q_EMIT stateChanged();
        if (m_cancel.load())
            break;
    }
    runDueChecks();
    housekeeping();
    m_inTick = false;
}

void EngineHost::housekeeping()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_ops || now - m_lastHousekeeping < 60000)
        return;
    m_lastHousekeeping = now;
    m_ops->measureBacklogs();
    m_ops->checkAlerts();
    m_store->pruneMetrics(QDateTime::currentDateTimeUtc().addDays(-31));
    applyRetention(*m_workspace, *m_store, m_lastRetention);
    if (const QList<AlertRecord> raised = m_ops->takeRaisedAlerts(); !raised.isEmpty())
        Q_EMIT alertsRaised(raised);
    Q_EMIT stateChanged();
}

EngineThread::EngineThread()
{
    registerEngineMetaTypes();
    m_thread.setObjectName(QStringLiteral("concord-engine"));
    m_host = new EngineHost;
    m_host->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_controlThread.setObjectName(QStringLiteral("concord-control"));
    m_control = new ControlHost;
    m_control->moveToThread(&m_controlThread);
    QObject::connect(&m_controlThread, &QThread::finished, m_control, &QObject::deleteLater);
    QObject::connect(m_host, &EngineHost::workspaceOpened, m_control, &ControlHost::setWorkspace);
    QObject::connect(m_host, &EngineHost::workspaceFailed, m_control, &ControlHost::clearWorkspace);
    m_thread.start();
    m_controlThread.start();
}

EngineThread::~EngineThread()
{
    m_host->cancel();
    m_thread.requestInterruption();
    m_thread.quit();
    m_controlThread.quit();
    m_thread.wait();
    m_controlThread.wait();
}

} // namespace concord

