#include "consolesession.h"

#include <QFileInfo>

namespace concord {

QString consoleUser()
{
    return currentUser();
}

ConsoleSession::ConsoleSession(EngineHost *host, QObject *parent) : QObject(parent), m_host(host)
{
    // A run commits a batch every few milliseconds; refreshing on every stateChanged would read
    // the store hundreds of times a second. The first signal arms the timer, later ones ride along.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ConsoleSession::refreshNow);

    connect(host, &EngineHost::workspaceOpened, this, &ConsoleSession::onWorkspaceOpened);
    connect(host, &EngineHost::workspaceFailed, this, &ConsoleSession::onWorkspaceFailed);
    connect(host, &EngineHost::progress, this, &ConsoleSession::runProgress);
    connect(host, &EngineHost::runFinished, this, &ConsoleSession::onRunFinished);
    connect(host, &EngineHost::stateChanged, this, &ConsoleSession::scheduleRefresh);
    connect(host, &EngineHost::logEntry, this, &ConsoleSession::logEntry);
}

ConsoleSession::~ConsoleSession() = default;

QList<RunRecord> ConsoleSession::recentRuns(const QString &pipeline, int limit) const
{
    if (!m_workspace || pipeline.isEmpty())
        return {};
    return m_reader.recentRuns(pipeline, limit);
}

QStringList ConsoleSession::viewableRoles() const
{
    QStringList roles;
    if (!m_workspace)
        return roles;
    if (m_signedIn.hasRole())
        roles.append(m_signedIn.name);
    for (const RoleDef &r : m_workspace->roles)
        if (r.name != m_signedIn.name && seesNoMoreThan(*m_workspace, Holder::ofRole(r), m_signedIn))
            roles.append(r.name);
    return roles;
}

Result<void> ConsoleSession::setViewRole(const QString &role)
{
    if (!m_workspace)
        return makeError(ErrorCode::ConfigInvalid, tr("no workspace is open"));
    const auto holder = viewingHolder(*m_workspace, role == m_signedIn.name ? QString() : role, consoleUser());
    if (!holder.ok())
        return holder.error();
    if (holder->name != m_viewer.name || holder->kind != m_viewer.kind) {
        m_viewer = *holder;
        Q_EMIT viewerChanged();
    }
    return {};
}

void ConsoleSession::openWorkspace(const QString &dir)
{
    if (!m_host)
        return;
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    // Replies come back in request order; only the answer to the newest request is shown.
    ++m_pendingLoads;
    Q_EMIT workspaceLoading(absolute);
    EngineHost *host = m_host;
    QMetaObject::invokeMethod(host, [host, absolute] { host->openWorkspace(absolute); }, Qt::QueuedConnection);
}

void ConsoleSession::runPipeline(const QString &pipeline, bool dryRun)
{
    if (!m_host || !m_workspace || isRunning() || isLoading() || !m_workspace->pipelines.contains(pipeline))
        return;
    RunOptions options;
    options.dryRun = dryRun;
    options.actor = consoleUser();
    options.plannedViewer = m_viewer; // the planned values are shown on screen: as the viewer may see them
    // Marked running now, not at runStarted, so a second click cannot queue a second run.
    m_runningPipeline = pipeline;
    m_runningDry = dryRun;
    Q_EMIT runningChanged(true);
    Q_EMIT runRequested(pipeline, dryRun);
    EngineHost *host = m_host;
    QMetaObject::invokeMethod(host, [host, pipeline, options] { host->runPipeline(pipeline, options); }, Qt::QueuedConnection);
}

void ConsoleSession::cancelRun()
{
    if (m_host && isRunning())
        m_host->cancel();
}

void ConsoleSession::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void ConsoleSession::refreshNow()
{
    m_refreshTimer.stop();
    m_statuses.clear();
    if (m_workspace) {
        m_statuses = m_reader.pipelineStatuses(); // dry runs never count as the last run
    }
    Q_EMIT statusesRefreshed(m_statuses);
}

void ConsoleSession::onWorkspaceOpened(std::shared_ptr<const Workspace> workspace, const ErrorList &warnings)
{
    if (m_pendingLoads > 0 && --m_pendingLoads > 0)
        return; // a newer request is on its way
    m_workspace = std::move(workspace);
    m_statuses.clear();
    m_reader.close();
    // A reopened workspace keeps a "view as" choice only while it is still allowed.
    const QString chosen = m_viewer.name;
    m_signedIn = m_workspace ? stewardHolder(*m_workspace, consoleUser()) : Holder::withoutRole();
    m_viewer = m_signedIn;
    if (m_workspace && !chosen.isEmpty() && chosen != m_signedIn.name) {
        if (const auto h = viewingHolder(*m_workspace, chosen, consoleUser()); h.ok())
            m_viewer = *h;
    }
    if (m_workspace) {
        if (const Result<void> opened = m_reader.open(m_workspace->stateStorePath()); !opened.ok()) {
            LogEntry e;
            e.time = QDateTime::currentDateTimeUtc();
            e.level = QStringLiteral("error");
            e.category = QStringLiteral("console");
            e.message = opened.error().message;
            e.errorCode = opened.error().code;
            Q_EMIT logEntry(e);
        }
    }
    Q_EMIT viewerChanged();
    Q_EMIT workspaceOpened(m_workspace, warnings);
    refreshNow();
}

void ConsoleSession::onWorkspaceFailed(const QString &dir, const ErrorList &errors)
{
    if (m_pendingLoads > 0 && --m_pendingLoads > 0)
        return;
    m_workspace.reset();
    m_statuses.clear();
    m_reader.close();
    m_signedIn = m_viewer = Holder::withoutRole();
    Q_EMIT viewerChanged();
    Q_EMIT workspaceFailed(dir, errors);
}

void ConsoleSession::onRunFinished(const RunResult &result)
{
    m_runningPipeline.clear();
    m_runningDry = false;
    Q_EMIT runningChanged(false);
    Q_EMIT runFinished(result);
    // The engine also says stateChanged, but the last counters must be visible even if that
    // signal arrived before runFinished and its refresh already ran.
    scheduleRefresh();
}

} // namespace concord
