#pragma once
// The engine's second door, for what must not wait behind a run (docs/operations.md): reading
// the dashboard's overview, metrics, alerts and dead letters, and the quick manual actions —
// pause, resume, discard, edit, acknowledge. ControlHost lives in its own thread with its own
// state-store connection (WAL: it reads and writes while a run commits batches in the engine
// thread). Runs, backfills and replays stay with EngineHost, which holds the pipeline locks.

#include "conflict/conflicttypes.h"
#include "consistency/consistencytypes.h"
#include "core/error.h"
#include "governance/lineage.h"
#include "governance/metrics.h"
#include "governance/schemadrift.h"
#include "governance/operationtypes.h"
#include "policy/policy.h"
#include "store/auditchain.h"
#include "store/opstypes.h"
#include "workspace/workspace.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace concord {

class Operations;
class StateStore;

class ControlHost : public QObject
{
    Q_OBJECT

public:
    explicit ControlHost(QObject *parent = nullptr);
    ~ControlHost() override;

public Q_SLOTS:
    void setWorkspace(std::shared_ptr<const concord::Workspace> workspace);
    // The workspace EngineHost tried to open failed: nothing to read or act on until another opens.
    void clearWorkspace();

    // Reads; each answers with its signal (empty when there is no store to read). `running`: the
    // pipeline the engine is running now. loadOverview also measures backlogs, once a minute.
    void loadOverview(const QString &running);
    void loadMetrics(quint64 requestId, const QString &pipeline, const QDateTime &from, const QDateTime &to);
    void loadAlerts(bool includeResolved);
    void loadDeadLetters(quint64 requestId, const concord::DeadLetterFilter &filter);
    void loadDeadLetterView(qint64 id, const concord::Holder &viewer);
    // Consistency checks of `pipeline`, newest first (at most `limit`).
    void loadConsistencyRuns(const QString &pipeline, int limit);
    // Discrepancies matching `query`, masked for `viewer`.
    void loadDiscrepancies(quint64 requestId, const concord::DiscrepancyQuery &query, const concord::Holder &viewer);
    // Writes the discrepancies matching `query`, masked for `viewer`, to `file` (.xlsx or .csv by
    // its suffix), with the latest check's summary; audited as consistency.export by `actor`.
    void exportDiscrepancies(const QString &file, const concord::DiscrepancyQuery &query,
                             const concord::Holder &viewer, const QString &actor);

    // Conflicts of two-way pipelines matching `query`, masked for `viewer` (docs/two-way.md), and
    // the open ones counted per pipeline.
    void loadConflicts(quint64 requestId, const concord::ConflictQuery &query, const concord::Holder &viewer);
    void loadConflictCounts();

    // Governance (docs/lineage.md): audit entries matching `query`, newest first; the chain's
    // check; an export of the entries (audited as audit.export); a record's lineage.
    void loadAudit(quint64 requestId, const concord::AuditQuery &query);
    void verifyAudit();
    void exportAudit(const QString &file, const concord::AuditQuery &query, const QString &actor, const QString &role);
    void loadLineage(quint64 requestId, const concord::LineageQuery &query);
    // Schema drift: the items (open, or all); every pipeline's tables looked at now; items
    // acknowledged by `actor` (audited as schema.acknowledge).
    void loadDrift(bool includeAcknowledged);
    void checkDrift(bool includeAcknowledged);
    void acknowledgeDrift(const QList<qint64> &ids, const QString &actor, bool includeAcknowledged);
    // An action the console did on its own (the logs' export) into the audit trail.
    void recordAudit(const concord::AuditInput &entry);

    // Actions, audited with the actor; each answers actionDone or actionFailed.
    void pause(const QString &pipeline, const QString &actor, const QString &reason);
    void resume(const QString &pipeline, const QString &actor);
    void discard(const QList<qint64> &ids, const QString &reason, const QString &actor);
    void editDeadLetter(qint64 id, const QString &field, const QString &value, bool makeNull, const QString &actor,
                        const concord::Holder &editor);
    void acknowledgeAlert(qint64 id, const QString &actor);

Q_SIGNALS:
    void overviewReady(const QList<concord::PipelineOverview> &overview);
    void metricsReady(quint64 requestId, const QString &pipeline, const QList<concord::MetricBucket> &buckets);
    void alertsReady(const QList<concord::AlertRecord> &alerts);
    void deadLettersReady(quint64 requestId, const QList<concord::DeadLetterRecord> &letters);
    void deadLetterViewReady(const concord::DeadLetterView &view);
    void deadLetterViewFailed(qint64 id, const concord::Error &error);
    void consistencyRunsReady(const QString &pipeline, const QList<concord::ConsistencyRun> &runs);
    void discrepanciesReady(quint64 requestId, const QList<concord::DiscrepancyRow> &rows);
    void discrepanciesFailed(quint64 requestId, const concord::Error &error);
    void conflictsReady(quint64 requestId, const QList<concord::ConflictView> &conflicts);
    void conflictsFailed(quint64 requestId, const concord::Error &error);
    void conflictCountsReady(const QMap<QString, qint64> &openByPipeline);
    void auditReady(quint64 requestId, const QList<concord::AuditRecord> &entries);
    void auditFailed(quint64 requestId, const concord::Error &error);
    void auditVerified(const concord::AuditChainReport &report);
    void auditVerifyFailed(const concord::Error &error);
    void auditExportFinished(const QString &file, qint64 entries);
    void auditExportFailed(const QString &file, const concord::Error &error);
    void lineageReady(quint64 requestId, const concord::LineageReport &report);
    void lineageFailed(quint64 requestId, const concord::Error &error);
    void driftReady(const QList<concord::DriftItem> &items);
    void driftFailed(const concord::Error &error);
    void exportFinished(const QString &file, qint64 rows);
    void exportFailed(const QString &file, const concord::Error &error);
    // `action`: pause | resume | discard | edit | acknowledge.
    void actionDone(const QString &action, const QString &message);
    void actionFailed(const QString &action, const concord::Error &error);
    // Something the views show changed.
    void stateChanged();

private:
    Result<void> ensureOpen();

    std::shared_ptr<const Workspace> m_workspace;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<Operations> m_ops;
    qint64 m_lastBacklogMs = 0;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::DeadLetterFilter)
Q_DECLARE_METATYPE(concord::Holder)

