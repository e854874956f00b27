#include "enginehost.h"

#include "log/log.h"
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
    if (auto *runner = static_cast<PipelineRunner *>(m_activeRunner.load()))
        runner->interrupt();
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
    m_workspace = load.workspace;
    log::info(lcWorkspace(), QStringLiteral("opened workspace '%1' (%2 pipelines)").arg(m_workspace->name).arg(m_workspace->pipelines.size()));
    Q_EMIT workspaceOpened(m_workspace, load.warnings);
}

void EngineHost::runPipeline(const QString &pipeline, const RunOptions &options)
{
    m_cancel.store(false);
    RunResult failedResult;
    failedResult.pipeline = pipeline;
    failedResult.dryRun = options.dryRun;
    failedResult.status = QStringLiteral("failed");
    if (!m_workspace) {
        failedResult.error = makeError(ErrorCode::ConfigInvalid, QStringLiteral("no workspace is open"));
        Q_EMIT runFinished(failedResult);
        return;
    }
    StateStore store;
    if (auto r = store.open(m_workspace->stateStorePath()); !r.ok()) {
        failedResult.error = r.error();
        Q_EMIT runFinished(failedResult);
        return;
    }
    PipelineRunner runner(m_workspace, &store);
    m_activeRunner.store(&runner);
    QElapsedTimer sinceState;
    sinceState.start();
    const RunResult result = runner.run(
        pipeline, options, m_cancel,
        [this, &sinceState](const RunProgress &p) {
            Q_EMIT progress(p);
            // A committed batch changed the store; tell views, but not more than 4 times a second.
            if (sinceState.elapsed() > 250) {
                sinceState.restart();
                Q_EMIT stateChanged();
            }
        },
        [this, &pipeline](qint64 runId) {
            Q_EMIT runStarted(pipeline, runId);
            Q_EMIT stateChanged();
        });
    m_activeRunner.store(nullptr);
    Q_EMIT runFinished(result);
    Q_EMIT stateChanged();
}

EngineThread::EngineThread()
{
    registerEngineMetaTypes();
    m_thread.setObjectName(QStringLiteral("concord-engine"));
    m_host = new EngineHost;
    m_host->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.start();
}

EngineThread::~EngineThread()
{
    m_host->cancel();
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

} // namespace concord
