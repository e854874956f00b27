#pragma once
// The audit and lineage pages' side of the engine conversation: everything is read through
// ControlHost (its own thread, never behind a run). Answers carry the request id; the page decides
// what is stale. Without a ControlHost it starts one in a thread of its own that follows the
// workspace EngineHost opens (as ConflictClient does).

#include "core/error.h"
#include "governance/lineage.h"
#include "governance/schemadrift.h"
#include "store/auditchain.h"
#include "store/statestore.h"

#include "controldoor.h"

#include <QObject>

namespace concord {

class ControlHost;
class EngineHost;

class GovernanceClient : public QObject
{
    Q_OBJECT

public:
    GovernanceClient(EngineHost *host, ControlHost *control, QObject *parent = nullptr);
    ~GovernanceClient() override;

    quint64 requestAudit(const AuditQuery &query);
    void requestVerify();
    void exportAudit(const QString &file, const AuditQuery &query, const QString &actor, const QString &role);
    quint64 requestLineage(const LineageQuery &query);
    void requestDrift(bool includeAcknowledged);
    void checkDrift(bool includeAcknowledged);
    void acknowledgeDrift(const QList<qint64> &ids, const QString &actor, bool includeAcknowledged);
    void recordAudit(const AuditInput &entry);

Q_SIGNALS:
    void auditReady(quint64 requestId, const QList<concord::AuditRecord> &entries);
    void auditFailed(quint64 requestId, const concord::Error &error);
    void verified(const concord::AuditChainReport &report);
    void verifyFailed(const concord::Error &error);
    void exportFinished(const QString &file, qint64 entries);
    void exportFailed(const QString &file, const concord::Error &error);
    void lineageReady(quint64 requestId, const concord::LineageReport &report);
    void lineageFailed(quint64 requestId, const concord::Error &error);
    void driftReady(const QList<concord::DriftItem> &items);
    void driftFailed(const concord::Error &error);

private:

    ControlDoor m_control;
    quint64 m_nextRequest = 0;
};

} // namespace concord
