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

} // namespace concord
