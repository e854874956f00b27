#include "audit/governanceclient.h"

#include "controlhost.h"
#include "enginehost.h"

namespace concord {

GovernanceClient::GovernanceClient(EngineHost *host, ControlHost *control, QObject *parent)
    : QObject(parent), m_control(host, control, QStringLiteral("concord-governance-control"))
{
    if (ControlHost *c = m_control.get()) {
        connect(c, &ControlHost::auditReady, this, &GovernanceClient::auditReady);
        connect(c, &ControlHost::auditFailed, this, &GovernanceClient::auditFailed);
        connect(c, &ControlHost::auditVerified, this, &GovernanceClient::verified);
        connect(c, &ControlHost::auditVerifyFailed, this, &GovernanceClient::verifyFailed);
        connect(c, &ControlHost::auditExportFinished, this, &GovernanceClient::exportFinished);
        connect(c, &ControlHost::auditExportFailed, this, &GovernanceClient::exportFailed);
        connect(c, &ControlHost::lineageReady, this, &GovernanceClient::lineageReady);
        connect(c, &ControlHost::lineageFailed, this, &GovernanceClient::lineageFailed);
        connect(c, &ControlHost::driftReady, this, &GovernanceClient::driftReady);
        connect(c, &ControlHost::driftFailed, this, &GovernanceClient::driftFailed);
    }
}

GovernanceClient::~GovernanceClient() = default;

quint64 GovernanceClient::requestAudit(const AuditQuery &query)
{
    const quint64 id = ++m_nextRequest;
    m_control.call([id, query](ControlHost *c) { c->loadAudit(id, query); });
    return id;
}

void GovernanceClient::requestVerify()
{
    m_control.call([](ControlHost *c) { c->verifyAudit(); });
}

void GovernanceClient::exportAudit(const QString &file, const AuditQuery &query, const QString &actor, const QString &role)
{
    m_control.call([file, query, actor, role](ControlHost *c) { c->exportAudit(file, query, actor, role); });
}

quint64 GovernanceClient::requestLineage(const LineageQuery &query)
{
    const quint64 id = ++m_nextRequest;
    m_control.call([id, query](ControlHost *c) { c->loadLineage(id, query); });
    return id;
}

void GovernanceClient::requestDrift(bool includeAcknowledged)
{
    m_control.call([includeAcknowledged](ControlHost *c) { c->loadDrift(includeAcknowledged); });
}

void GovernanceClient::checkDrift(bool includeAcknowledged)
{
    m_control.call([includeAcknowledged](ControlHost *c) { c->checkDrift(includeAcknowledged); });
}

void GovernanceClient::acknowledgeDrift(const QList<qint64> &ids, const QString &actor, bool includeAcknowledged)
{
    m_control.call([ids, actor, includeAcknowledged](ControlHost *c) { c->acknowledgeDrift(ids, actor, includeAcknowledged); });
}

void GovernanceClient::recordAudit(const AuditInput &entry)
{
    m_control.call([entry](ControlHost *c) { c->recordAudit(entry); });
}

} // namespace concord
