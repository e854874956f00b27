#include "controlhost.h"

#include "conflict/twowayrunner.h"

#include "consistency/discrepancyview.h"
#include "consistency/exportjob.h"

#include "governance/auditexport.h"
#include "governance/operations.h"
#include "policy/secrets.h"
#include "log/log.h"
#include "store/statestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

ControlHost::ControlHost(QObject *parent) : QObject(parent) { }

ControlHost::~ControlHost() = default;

void ControlHost::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_ops.reset();
    m_store.reset();
    m_workspace = std::move(workspace);
    m_lastBacklogMs = 0;
}

void ControlHost::clearWorkspace()
{
    setWorkspace(nullptr);
}

Result<void> ControlHost::ensureOpen()
{
    return openOperations(m_workspace, m_store, m_ops);
}

// Reads answer every request; without a store (no workspace, a store that cannot be opened) the
// answer is empty.
void ControlHost::loadOverview(const QString &running)
{
    if (!ensureOpen().ok()) {
        Q_EMIT overviewReady({});
        return;
    }
    // Backlogs are measured here too, so that the dashboard has them with the scheduler off; at
    // most once a minute (each is a count query on a source).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastBacklogMs >= 60000) {
        m_lastBacklogMs = now;
        m_ops->measureBacklogs();
    }
    Q_EMIT overviewReady(m_ops->overview(running));
}

void ControlHost::loadMetrics(quint64 requestId, const QString &pipeline, const QDateTime &from, const QDateTime &to)
{
    Q_EMIT metricsReady(requestId, pipeline,
                        ensureOpen().ok() ? m_store->metrics(pipeline, from, to).value_or({}) : QList<MetricBucket>());
}

void ControlHost::loadAlerts(bool includeResolved)
{
    Q_EMIT alertsReady(ensureOpen().ok() ? m_store->alerts(includeResolved).value_or({}) : QList<AlertRecord>());
}

void ControlHost::loadDeadLetters(quint64 requestId, const DeadLetterFilter &filter)
{
    Q_EMIT deadLettersReady(requestId,
                            ensureOpen().ok() ? m_store->deadLetters(filter).value_or({}) : QList<DeadLetterRecord>());
}

void ControlHost::loadDeadLetterView(qint64 id, const Holder &viewer)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT deadLetterViewFailed(id, r.error());
        return;
    }
    const auto view = m_ops->deadLetterView(id, viewer);
    if (!view.ok()) {
        Q_EMIT deadLetterViewFailed(id, view.error());
        return;
    }
    Q_EMIT deadLetterViewReady(*view);
}

void ControlHost::loadConsistencyRuns(const QString &pipeline, int limit)
{
    if (!ensureOpen().ok()) {
        Q_EMIT consistencyRunsReady(pipeline, {});
        return;
    }
    Q_EMIT consistencyRunsReady(pipeline, m_store->consistencyRuns(pipeline, limit).value_or(QList<ConsistencyRun>()));
}

void ControlHost::loadDiscrepancies(quint64 requestId, const DiscrepancyQuery &query, const Holder &viewer)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT discrepanciesFailed(requestId, r.error());
        return;
    }
    const auto rows = viewDiscrepancies(*m_workspace, *m_store, query, viewer);
    if (!rows.ok()) {
        Q_EMIT discrepanciesFailed(requestId, rows.error());
        return;
    }
    Q_EMIT discrepanciesReady(requestId, *rows);
}

void ControlHost::loadConflicts(quint64 requestId, const ConflictQuery &query, const Holder &viewer)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT conflictsFailed(requestId, r.error());
        return;
    }
    const auto rows = viewConflicts(*m_workspace, *m_store, query, viewer);
    if (!rows.ok()) {
        Q_EMIT conflictsFailed(requestId, rows.error());
        return;
    }
    Q_EMIT conflictsReady(requestId, *rows);
}

void ControlHost::loadConflictCounts()
{
    if (!ensureOpen().ok()) {
        Q_EMIT conflictCountsReady({});
        return;
    }
    const auto counts = m_store->openConflictCounts();
    Q_EMIT conflictCountsReady(counts.ok() ? *counts : QMap<QString, qint64>());
}

void ControlHost::exportDiscrepancies(const QString &file, const DiscrepancyQuery &query, const Holder &viewer,
                                      const QString &actor)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT exportFailed(file, r.error());
        return;
    }
    const auto written = exportConsistency(*m_workspace, *m_store, file, query, viewer, actor);
    if (!written.ok()) {
        Q_EMIT exportFailed(file, written.error());
        return;
    }
    Q_EMIT exportFinished(file, *written);
}

void ControlHost::loadAudit(quint64 requestId, const AuditQuery &query)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT auditFailed(requestId, r.error());
        return;
    }
    const auto entries = m_store->audit(query);
    if (!entries.ok())
        Q_EMIT auditFailed(requestId, entries.error());
    else
        Q_EMIT auditReady(requestId, *entries);
}

void ControlHost::verifyAudit()
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT auditVerifyFailed(r.error());
        return;
    }
    auto report = m_store->verifyAudit();
    if (!report.ok()) {
        Q_EMIT auditVerifyFailed(report.error());
        return;
    }
    // After retention the chain starts from the newest archive's head: the files count too.
    if (report->intact && report->archives > 0) {
        const auto secret = cachedWorkspaceSecret(*m_workspace);
        const auto checks = secret.ok() ? m_store->verifyArchives(*m_workspace, *secret) : Result<QList<ArchiveCheck>>(secret.error());
        if (!checks.ok()) {
            Q_EMIT auditVerifyFailed(checks.error());
            return;
        }
        for (const ArchiveCheck &c : *checks)
            if (!c.intact && report->intact) {
                report->intact = false;
                report->brokenAt = c.firstId;
                report->problem = QStringLiteral("archive_") + c.problem;
                report->message = QStringLiteral("archive %1: %2").arg(c.file, c.message);
            }
    }
    Q_EMIT auditVerified(*report);
}

void ControlHost::exportAudit(const QString &file, const AuditQuery &query, const QString &actor, const QString &role)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT auditExportFailed(file, r.error());
        return;
    }
    const auto written = concord::exportAudit(*m_store, file, query, actor, role);
    if (!written.ok())
        Q_EMIT auditExportFailed(file, written.error());
    else
        Q_EMIT auditExportFinished(file, *written);
}

void ControlHost::loadLineage(quint64 requestId, const LineageQuery &query)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT lineageFailed(requestId, r.error());
        return;
    }
    LineageQuery q = query;
    if (const DatasetDef *d = m_workspace->dataset(query.dataset)) {
        const auto stored = storedLineageKey(*m_workspace, *d, query.key);
        if (!stored.ok()) {
            Q_EMIT lineageFailed(requestId, stored.error());
            return;
        }
        q.key = *stored;
    }
    const auto report = m_store->lineage(*m_workspace, q);
    if (!report.ok())
        Q_EMIT lineageFailed(requestId, report.error());
    else
        Q_EMIT lineageReady(requestId, *report);
}

void ControlHost::loadDrift(bool includeAcknowledged)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT driftFailed(r.error());
        return;
    }
    const auto items = m_store->driftItems(includeAcknowledged);
    if (!items.ok())
        Q_EMIT driftFailed(items.error());
    else
        Q_EMIT driftReady(*items);
}

void ControlHost::checkDrift(bool includeAcknowledged)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT driftFailed(r.error());
        return;
    }
    // Every pipeline, whatever one of them answers: a system that is down does not hide the others.
    QStringList problems;
    for (const PipelineDef &p : m_workspace->pipelines) {
        const auto check = m_store->checkSchemaDrift(*m_workspace, p, 0);
        if (!check.ok())
            problems.append(check.error().message);
        else
            problems.append(check->problems);
    }
    loadDrift(includeAcknowledged);
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        Q_EMIT driftFailed(makeError(ErrorCode::SchemaDrift, problems.join(QStringLiteral("; "))));
    }
}

void ControlHost::acknowledgeDrift(const QList<qint64> &ids, const QString &actor, bool includeAcknowledged)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT driftFailed(r.error());
        return;
    }
    const auto done = m_store->acknowledgeDrift(ids, actor);
    if (!done.ok()) {
        Q_EMIT driftFailed(done.error());
        return;
    }
    QJsonArray idJson;
    for (const qint64 id : ids)
        idJson.append(id);
    m_store->appendAudit(AuditInput{actor, QString(), QStringLiteral("schema.acknowledge"), QStringLiteral("schema_drift"),
                                    QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ids"), idJson}}).toJson(QJsonDocument::Compact)),
                                    QString()});
    loadDrift(includeAcknowledged);
}

void ControlHost::recordAudit(const AuditInput &entry)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("audit"), r.error());
        return;
    }
    if (auto r = m_store->appendAudit(entry); !r.ok())
        Q_EMIT actionFailed(QStringLiteral("audit"), r.error());
}

void ControlHost::pause(const QString &pipeline, const QString &actor, const QString &reason)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("pause"), r.error());
        return;
    }
    if (auto r = m_ops->pause(pipeline, actor, reason); !r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("pause"), r.error());
        return;
    }
    Q_EMIT actionDone(QStringLiteral("pause"), pipeline);
    Q_EMIT stateChanged();
}

void ControlHost::resume(const QString &pipeline, const QString &actor)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("resume"), r.error());
        return;
    }
    if (auto r = m_ops->resume(pipeline, actor); !r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("resume"), r.error());
        return;
    }
    Q_EMIT actionDone(QStringLiteral("resume"), pipeline);
    Q_EMIT stateChanged();
}

void ControlHost::discard(const QList<qint64> &ids, const QString &reason, const QString &actor)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("discard"), r.error());
        return;
    }
    const auto n = m_ops->discard(ids, reason, actor);
    if (!n.ok()) {
        Q_EMIT actionFailed(QStringLiteral("discard"), n.error());
        return;
    }
    Q_EMIT actionDone(QStringLiteral("discard"), QString::number(*n));
    Q_EMIT stateChanged();
}

void ControlHost::editDeadLetter(qint64 id, const QString &field, const QString &value, bool makeNull,
                                 const QString &actor, const Holder &editor)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("edit"), r.error());
        return;
    }
    if (auto r = m_ops->editDeadLetter(id, field, value, makeNull, actor, editor); !r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("edit"), r.error());
        return;
    }
    Q_EMIT actionDone(QStringLiteral("edit"), QString::number(id));
    Q_EMIT stateChanged();
}

void ControlHost::acknowledgeAlert(qint64 id, const QString &actor)
{
    if (auto r = ensureOpen(); !r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("acknowledge"), r.error());
        return;
    }
    const auto r = m_ops->acknowledgeAlert(id, actor);
    if (!r.ok()) {
        Q_EMIT actionFailed(QStringLiteral("acknowledge"), r.error());
        return;
    }
    Q_EMIT actionDone(QStringLiteral("acknowledge"), QString::number(id));
    Q_EMIT stateChanged();
}

} // namespace concord
