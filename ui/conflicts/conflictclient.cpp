#include "conflicts/conflictclient.h"

#include "controlhost.h"
#include "enginehost.h"

namespace concord {

ConflictClient::ConflictClient(EngineHost *host, ControlHost *control, QObject *parent)
    : QObject(parent), m_host(host), m_control(host, control, QStringLiteral("concord-conflicts-control"))
{
    if (host) {
        connect(host, &EngineHost::conflictsResolved, this, [this](const ConflictResolveResult &result) {
            if (!m_resolving)
                return; // not asked for here
            m_resolving = false;
            Q_EMIT resolvingChanged(false);
            Q_EMIT resolved(result);
        });
    }
    if (ControlHost *c = m_control.get()) {
        connect(c, &ControlHost::conflictsReady, this, &ConflictClient::conflictsReady);
        connect(c, &ControlHost::conflictsFailed, this, &ConflictClient::conflictsFailed);
        connect(c, &ControlHost::conflictCountsReady, this, &ConflictClient::countsReady);
    }
}

ConflictClient::~ConflictClient() = default;

quint64 ConflictClient::requestConflicts(const ConflictQuery &query, const Holder &viewer)
{
    const quint64 id = ++m_nextRequest;
    m_control.call([id, query, viewer](ControlHost *c) { c->loadConflicts(id, query, viewer); });
    return id;
}

void ConflictClient::requestCounts()
{
    m_control.call([](ControlHost *c) { c->loadConflictCounts(); });
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
