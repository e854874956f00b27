#include "conflicts/conflictclient.h"

#include "controlhost.h"
#include "enginehost.h"

#include <QThread>

namespace concord {

ConflictClient::ConflictClient(EngineHost *host, ControlHost *control, QObject *parent)
    : QObject(parent), m_host(host), m_control(control)
{
    if (!control && host) {
        m_ownControlThread = std::make_unique<QThread>();
        m_ownControlThread->setObjectName(QStringLiteral("concord-conflicts-control"));
        auto *own = new ControlHost;
        own->moveToThread(m_ownControlThread.get());
        connect(m_ownControlThread.get(), &QThread::finished, own, &QObject::deleteLater);
        connect(host, &EngineHost::workspaceOpened, own, &ControlHost::setWorkspace);
        connect(host, &EngineHost::workspaceFailed, own, &ControlHost::clearWorkspace);
        m_ownControlThread->start();
        m_control = own;
    }
    if (host) {
        connect(host, &EngineHost::conflictsResolved, this, [this](const ConflictResolveResult &result) {
            if (!m_resolving)
                return; // not asked for here
            m_resolving = false;
            Q_EMIT resolvingChanged(false);
            Q_EMIT resolved(result);
        });
    }
    if (ControlHost *c = m_control) {
        connect(c, &ControlHost::conflictsReady, this, &ConflictClient::conflictsReady);
        connect(c, &ControlHost::conflictsFailed, this, &ConflictClient::conflictsFailed);
        connect(c, &ControlHost::conflictCountsReady, this, &ConflictClient::countsReady);
    }
}

ConflictClient::~ConflictClient()
{
    if (m_ownControlThread) {
        m_ownControlThread->quit();
        m_ownControlThread->wait();
    }
}

template<typename F>
void ConflictClient::toControl(F &&call)
{
    if (ControlHost *c = m_control)
        QMetaObject::invokeMethod(c, [c, call = std::forward<F>(call)] { call(c); }, Qt::QueuedConnection);
}

quint64 ConflictClient::requestConflicts(const ConflictQuery &query, const Holder &viewer)
{
    const quint64 id = ++m_nextRequest;
    toControl([id, query, viewer](ControlHost *c) { c->loadConflicts(id, query, viewer); });
    return id;
}

void ConflictClient::requestCounts()
{
    toControl([](ControlHost *c) { c->loadConflictCounts(); });
}

bool ConflictClient::resolve(const QList<qint64> &ids, const ConflictResolution &resolution, const QString &strategy)
{
    EngineHost *h = m_host;
    if (!h || m_resolving || ids.isEmpty())
        return false;
    m_resolving = true;
    Q_EMIT resolvingChanged(true);
    QMetaObject::invokeMethod(
        h, [h, ids, resolution, strategy] { h->resolveConflicts(ids, resolution, strategy); }, Qt::QueuedConnection);
    return true;
}

} // namespace concord
