#include "consolesession.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace concord {

namespace {

// A run commits a batch every few milliseconds and the engine says stateChanged up to four times
// a second; the console re-reads at most once a second, and soon after a quiet period.
constexpr qint64 RefreshGapMs = 1000;
constexpr qint64 FirstRefreshMs = 100;

} // namespace

QString consoleUser()
{
    return currentUser(); // never empty: USER, USERNAME, LOGNAME, else the home folder's name
}

ConsoleSession::ConsoleSession(EngineHost *host, ControlHost *control, QObject *parent)
    : QObject(parent), m_host(host), m_control(control)
{
    if (!control) {
        m_ownControlThread = std::make_unique<QThread>();
        m_ownControlThread->setObjectName(QStringLiteral("concord-console-control"));
        auto *own = new ControlHost;
        own->moveToThread(m_ownControlThread.get());
        connect(m_ownControlThread.get(), &QThread::finished, own, &QObject::deleteLater);
        connect(host, &EngineHost::workspaceOpened, own, &ControlHost::setWorkspace);
        m_ownControlThread->start();
        m_control = own;
    }
    connectHosts();
}

ConsoleSession::ConsoleSession(EngineHost *host, QObject *parent) : ConsoleSession(host, nullptr, parent) { }

ConsoleSession::~ConsoleSession()
{
    if (m_ownControlThread) {
        m_ownControlThread->quit();
        m_ownControlThread->wait();
    }
}

void ConsoleSession::connectHosts()
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ConsoleSession::refreshNow);

    EngineHost *host = m_host;
    connect(host, &EngineHost::workspaceOpened, this, &ConsoleSession::onWorkspaceOpened);
    connect(host, &EngineHost::workspaceFailed, this, &ConsoleSession::onWorkspaceFailed);
    connect(host, &EngineHost::runStarted, this, &ConsoleSession::onRunStarted);
    connect(host, &EngineHost::progress, this, &ConsoleSession::runProgress);
    connect(host, &EngineHost::runFinished, this, &ConsoleSession::onRunFinished);
    connect(host, &EngineHost::replayFinished, this, &ConsoleSession::onReplayFinished);
    connect(host, &EngineHost::alertsRaised, this, &ConsoleSession::alertsRaised);
    connect(host, &EngineHost::stateChanged, this, &ConsoleSession::scheduleRefresh);
    connect(host, &EngineHost::logEntry, this, &ConsoleSession::logEntry);

    ControlHost *control = m_control;
    connect(control, &ControlHost::overviewReady, this, [this](const QList<PipelineOverview> &overview) {
        // An answer for a workspace that was closed meanwhile names pipelines no longer shown.
        m_overview.clear();
        for (const PipelineOverview &o : overview)
            if (m_workspace && m_workspace->pipelines.contains(o.pipeline))
                m_overview.append(o);
        Q_EMIT overviewRefreshed(m_overview);
    });
    connect(control, &ControlHost::alertsReady, this, &ConsoleSession::onAlerts);
    connect(control, &ControlHost::metricsReady, this, &ConsoleSession::metricsReady);
    connect(control, &ControlHost::deadLettersReady, this, &ConsoleSession::deadLettersReady);
    connect(control, &ControlHost::deadLetterViewReady, this, &ConsoleSession::deadLetterViewReady);
    connect(control, &ControlHost::deadLetterViewFailed, this, &ConsoleSession::deadLetterViewFailed);
    connect(control, &ControlHost::actionDone, this, &ConsoleSession::actionDone);
    connect(control, &ControlHost::actionFailed, this, &ConsoleSession::actionFailed);
    connect(control, &ControlHost::stateChanged, this, &ConsoleSession::scheduleRefresh);
}

template<typename F>
void ConsoleSession::toControl(F &&call)
{
    if (ControlHost *c = m_control)
        QMetaObject::invokeMethod(c, [c, call = std::forward<F>(call)] { call(c); }, Qt::QueuedConnection);
}

template<typename F>
void ConsoleSession::toEngine(F &&call)
{
    if (EngineHost *h = m_host)
        QMetaObject::invokeMethod(h, [h, call = std::forward<F>(call)] { call(h); }, Qt::QueuedConnection);
}

QList<RunRecord> ConsoleSession::recentRuns(const QString &pipeline, int limit) const
{
    if (!m_workspace || pipeline.isEmpty())
        return {};
    return m_reader.recentRuns(pipeline, limit);
}

int ConsoleSession::pendingAlerts() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [](const AlertRecord &a) { return a.isActive() && !a.acknowledgedAt.isValid(); }));
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

bool ConsoleSession::schedulerForcedOff()
{
    const QString value = qEnvironmentVariable("CONCORD_SCHEDULER").trimmed().toLower();
    return value == QLatin1String("off") || value == QLatin1String("0") || value == QLatin1String("false")
        || value == QLatin1String("no");
}

bool ConsoleSession::storeExists() const
{
    // Until the state store exists there are no metrics or dead letters to read: answer empty
    // without a round trip to the control thread.
    return m_workspace && QFileInfo::exists(m_workspace->stateStorePath());
}

quint64 ConsoleSession::requestMetrics(const QString &pipeline, const QDateTime &from, const QDateTime &to)
{
    const quint64 id = ++m_nextRequest;
    if (!storeExists())
        QMetaObject::invokeMethod(this, [this, id, pipeline] { Q_EMIT metricsReady(id, pipeline, {}); }, Qt::QueuedConnection);
    else
        toControl([id, pipeline, from, to](ControlHost *c) { c->loadMetrics(id, pipeline, from, to); });
    return id;
}

quint64 ConsoleSession::requestDeadLetters(const DeadLetterFilter &filter)
{
    const quint64 id = ++m_nextRequest;
    if (!storeExists())
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT deadLettersReady(id, {}); }, Qt::QueuedConnection);
    else
        toControl([id, filter](ControlHost *c) { c->loadDeadLetters(id, filter); });
    return id;
}

void ConsoleSession::requestDeadLetterView(qint64 id)
{
    toControl([id, viewer = m_viewer](ControlHost *c) { c->loadDeadLetterView(id, viewer); });
}

void ConsoleSession::openWorkspace(const QString &dir)
{
    if (!m_host)
        return;
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    // Replies come back in request order; only the answer to the newest request is shown.
    ++m_pendingLoads;
    Q_EMIT workspaceLoading(absolute);
    toEngine([absolute](EngineHost *h) { h->openWorkspace(absolute); });
}

void ConsoleSession::runPipeline(const QString &pipeline, bool dryRun)
{
    if (!m_host || !m_workspace || isBusy() || isLoading() || !m_workspace->pipelines.contains(pipeline))
        return;
    RunOptions options;
    options.dryRun = dryRun;
    options.actor = consoleUser();
    options.trigger = QStringLiteral("manual");
    options.plannedViewer = m_viewer; // the planned values are shown on screen: as the viewer may see them
    // Marked running now, not at runStarted, so a second click cannot queue a second run.
    m_runningPipeline = pipeline;
    m_runningDry = dryRun;
    Q_EMIT runningChanged(true);
    Q_EMIT runRequested(pipeline, dryRun);
    toEngine([pipeline, options](EngineHost *h) { h->runPipeline(pipeline, options); });
}

void ConsoleSession::backfillPipeline(const QString &pipeline, const QDateTime &from, bool full)
{
    if (!m_host || !m_workspace || isBusy() || isLoading() || !m_workspace->pipelines.contains(pipeline))
        return;
    if (!full && !from.isValid())
        return;
    m_runningPipeline = pipeline;
    m_runningDry = false;
    Q_EMIT runningChanged(true);
    Q_EMIT runRequested(pipeline, false);
    toEngine([pipeline, from, full, actor = consoleUser()](EngineHost *h) { h->backfillPipeline(pipeline, from, full, actor); });
}

void ConsoleSession::pausePipeline(const QString &pipeline, const QString &reason)
{
    if (!m_workspace || !m_workspace->pipelines.contains(pipeline))
        return;
    toControl([pipeline, reason, actor = consoleUser()](ControlHost *c) { c->pause(pipeline, actor, reason); });
    // A run in progress parks at its next batch; its checkpoint makes the resumed pipeline carry on.
    if (m_host && m_runningPipeline == pipeline)
        m_host->cancelPipeline(pipeline);
}

void ConsoleSession::resumePipeline(const QString &pipeline)
{
    if (!m_workspace || !m_workspace->pipelines.contains(pipeline))
        return;
    toControl([pipeline, actor = consoleUser()](ControlHost *c) { c->resume(pipeline, actor); });
}

void ConsoleSession::replayDeadLetters(const QList<qint64> &ids, const QString &pipeline)
{
    if (!m_host || !m_workspace || isBusy() || isLoading())
        return;
    m_replaying = true;
    Q_EMIT runningChanged(true);
    Q_EMIT replayRequested(pipeline, int(ids.size()));
    toEngine([ids, pipeline, actor = consoleUser()](EngineHost *h) { h->replayDeadLetters(ids, pipeline, actor); });
}

void ConsoleSession::discardDeadLetters(const QList<qint64> &ids, const QString &reason)
{
    if (!m_workspace || ids.isEmpty())
        return;
    toControl([ids, reason, actor = consoleUser()](ControlHost *c) { c->discard(ids, reason, actor); });
}

void ConsoleSession::editDeadLetter(qint64 id, const QString &field, const QString &value, bool makeNull)
{
    if (!m_workspace)
        return;
    // Edited as the signed-in steward: "view as" narrows what is shown, not who is acting.
    toControl([id, field, value, makeNull, actor = consoleUser(), editor = m_signedIn](ControlHost *c) {
        c->editDeadLetter(id, field, value, makeNull, actor, editor);
    });
}

void ConsoleSession::acknowledgeAlert(qint64 id)
{
    if (!m_workspace)
        return;
    toControl([id, actor = consoleUser()](ControlHost *c) { c->acknowledgeAlert(id, actor); });
}

void ConsoleSession::setSchedulerEnabled(bool on)
{
    const bool effective = on && !schedulerForcedOff();
    toEngine([effective](EngineHost *h) { h->setSchedulerEnabled(effective); });
    if (effective != m_schedulerOn) {
        m_schedulerOn = effective;
        Q_EMIT schedulerEnabledChanged(effective);
    }
}

void ConsoleSession::cancelRun()
{
    if (m_host && isBusy())
        m_host->cancel();
}

void ConsoleSession::scheduleRefresh()
{
    if (m_refreshTimer.isActive())
        return;
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : RefreshGapMs;
    m_refreshTimer.start(int(std::clamp(RefreshGapMs - since, FirstRefreshMs, RefreshGapMs)));
}

void ConsoleSession::refreshNow()
{
    m_refreshTimer.stop();
    m_sinceRefresh.start();
    m_statuses.clear();
    if (m_workspace) {
        m_statuses = m_reader.pipelineStatuses(); // dry runs never count as the last run
        // The rest is read in the control thread, so a busy store never holds up the window. The
        // overview may create the store (schedules and backlogs are known before any run).
        toControl([running = m_runningPipeline](ControlHost *c) {
            c->loadOverview(running);
            c->loadAlerts(true);
        });
    }
    Q_EMIT statusesRefreshed(m_statuses);
    Q_EMIT refreshed();
}

void ConsoleSession::onWorkspaceOpened(std::shared_ptr<const Workspace> workspace, const ErrorList &warnings)
{
    if (m_pendingLoads > 0 && --m_pendingLoads > 0)
        return; // a newer request is on its way
    m_workspace = std::move(workspace);
    m_statuses.clear();
    m_overview.clear();
    m_alerts.clear();
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
    Q_EMIT overviewRefreshed(m_overview);
    Q_EMIT alertsRefreshed(m_alerts);
    refreshNow();
}

void ConsoleSession::onWorkspaceFailed(const QString &dir, const ErrorList &errors)
{
    if (m_pendingLoads > 0 && --m_pendingLoads > 0)
        return;
    m_workspace.reset();
    m_statuses.clear();
    m_overview.clear();
    m_alerts.clear();
    m_reader.close();
    m_signedIn = m_viewer = Holder::withoutRole();
    Q_EMIT viewerChanged();
    Q_EMIT workspaceFailed(dir, errors);
    Q_EMIT overviewRefreshed(m_overview);
    Q_EMIT alertsRefreshed(m_alerts);
}

void ConsoleSession::onRunStarted(const QString &pipeline)
{
    // A run the console did not ask for: the scheduler's (schedule, retry, probe, `after:`).
    if (!m_runningPipeline.isEmpty() || m_replaying)
        return;
    m_runningPipeline = pipeline;
    m_runningDry = false;
    Q_EMIT runningChanged(true);
    Q_EMIT runRequested(pipeline, false);
}

void ConsoleSession::onRunFinished(const RunResult &result)
{
    // A scheduled run that ended (or was skipped) while the console's own run waits in the
    // engine's queue must not mark that one finished.
    if (m_runningPipeline.isEmpty() || result.pipeline == m_runningPipeline) {
        const bool was = !m_runningPipeline.isEmpty();
        m_runningPipeline.clear();
        m_runningDry = false;
        if (was)
            Q_EMIT runningChanged(false);
    }
    Q_EMIT runFinished(result);
    // The engine also says stateChanged, but the last counters must be visible even if that
    // signal arrived before runFinished and its refresh already ran.
    scheduleRefresh();
}

void ConsoleSession::onReplayFinished(const ReplayResult &result)
{
    m_replaying = false;
    Q_EMIT runningChanged(isBusy());
    Q_EMIT replayFinished(result);
    scheduleRefresh();
}

void ConsoleSession::onAlerts(const QList<AlertRecord> &alerts)
{
    m_alerts = m_workspace ? alerts : QList<AlertRecord>();
    Q_EMIT alertsRefreshed(m_alerts);
}

} // namespace concord
