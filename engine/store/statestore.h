#pragma once
// The state store: one SQLite database per workspace (.concord/state.sqlite, WAL mode) holding
// runs, checkpoints, the outbox, dead letters, applied versions and the audit trail. Its schema is
// versioned; opening a store migrates it forward in one transaction per step.
// A StateStore is used from one thread (the engine's); the console reads through StoreReader.

#include "core/error.h"
#include "consistency/consistencytypes.h"
#include "governance/lineage.h"
#include "governance/metrics.h"
#include "governance/retention.h"
#include "governance/schemadrift.h"
#include "store/auditchain.h"
#include "store/opstypes.h"
#include "model/record.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QList>
#include <QString>

#include <optional>

namespace concord {

struct DeadLetterEntry
{
    QString pipeline;
    qint64 runId = 0;
    QString key;
    QString op;
    QString payload;        // JSON of the source record
    QString errorCode;
    QString errorMessage;
    QString mappingVersion;
    QString sourceVersion;
    QString traceId;
    // Set by the runner: the record was re-read at the checkpoint's boundary (it was read before).
    bool rechecked = false;
    // Set by the store: an open letter for the same record, version, error and mapping already
    // existed, so this one was not written again.
    bool alreadyOpen = false;
};

struct OutboxEntry
{
    qint64 id = 0;
    QString pipeline;
    QString key;
    QString op;
    QString payload;        // JSON object: field -> value
    QString sourceVersion;
    QDateTime observedAt;
    QString traceId;
    int attempts = 0;
};

struct RunCounters
{
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
};

// A discrepancy as the store keeps it: values sealed like dead letters (L3 never in clear).
struct StoredDiscrepancy
{
    qint64 id = 0;
    QString pipeline;
    QString key;                 // target key text (a keyed hash when a key field is L3)
    DiscrepancyKind kind = DiscrepancyKind::Mismatch;
    QStringList fields;          // Mismatch: the differing fields
    QString sourcePayload;       // the mapped source record, in the target dataset's fields (PayloadCodec)
    QString targetPayload;
    QString sourceKey;           // the source record's key fields (PayloadCodec of the source)
    QString note;
    QString status;              // open | fixed | repaired
    qint64 firstRun = 0;
    qint64 lastRun = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime closedAt;
    QString closedBy;
};

// Two-way sync (store/conflictstore.cpp, docs/two-way.md): the last version of a record both
// sides agreed on, as per-field hashes of each side's value, and the agreed values sealed.
struct SyncBase
{
    QString key;                 // the target key's stored text
    QMap<QString, QPair<quint64, quint64>> hashes; // target field -> (source side, target side)
    QString payload;             // agreed values as a target record (PayloadCodec; L3 sealed)
    QDateTime sourceTime;
    QDateTime targetTime;
};

// A conflict as the store keeps it; payloads are target records sealed like dead letters.
struct StoredConflict
{
    qint64 id = 0;
    QString pipeline;
    QString key;                 // the target key's stored text
    QString kind;                // update | delete_source | delete_target | insert
    QStringList fields;          // conflicting fields
    QStringList changedSource;
    QStringList changedTarget;
    QString basePayload;         // empty: no base
    QString sourcePayload;       // the source record in the target's fields; empty: deleted
    QString targetPayload;       // empty: deleted
    QString sourceKey;           // the source record's key fields (source PayloadCodec)
    QString targetKey;           // the target record's key fields (target PayloadCodec)
    QString hashes;              // what both sides held when detected: stale resolutions are refused
    QDateTime sourceTime;
    QDateTime targetTime;
    QString reason;
    QString status = QStringLiteral("open"); // open | resolved | converged
    qint64 runId = 0;
    QDateTime detectedAt;
    QDateTime updatedAt;
    QString resolution;          // JSON: {"choices": {field: take}, "keep": bool}
    QString resolutionPayload;   // custom values, sealed like the payloads
    QString resolvedBy;
    QDateTime resolvedAt;
    QString comment;
};

// One two-way batch's bookkeeping, committed with its checkpoint in one transaction.
struct TwoWayCommit
{
    QList<SyncBase> bases;       // upserted
    QStringList removedBases;    // keys whose record is gone on both sides
    QList<StoredConflict> conflicts; // open ones: added, or the open one of the same key updated
    QList<qint64> converged;     // open conflicts whose sides agree again
    QList<StoredConflict> resolved; // id, resolution, resolvedBy, comment
    LineageBatch lineage;        // both directions' writes (governance/lineage.h)
};

class StateStore
{
public:
    static constexpr int SchemaVersion = 8;

    StateStore();
    ~StateStore();
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    // Opens (creating the directory and file if needed) and migrates to SchemaVersion. A store
    // written by a newer Concord is refused rather than damaged.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;
    int schemaVersion() const;
    QString path() const { return m_path; }

    // Runs
    Result<qint64> beginRun(const QString &pipeline, bool dryRun, const QString &mode, const QString &actor,
                            const QString &traceId, const QString &mappingVersion);
    Result<void> finishRun(qint64 runId, const QString &status, const RunCounters &counters, const QString &error);

    // Checkpoints: an opaque position string per pipeline (and stream, for two-way later).
    Result<QString> checkpoint(const QString &pipeline) const;
    Result<void> clearCheckpoint(const QString &pipeline);

    // One batch's bookkeeping in one transaction: dead letters, checkpoint, run counters. Called
    // only after the target committed the batch. A record that already has an open letter for the
    // same version, error and mapping is not written again; its entry gets `alreadyOpen`.
    // `metrics`, when given, is added to the pipeline's bucket in the same transaction.
    Result<void> commitBatch(qint64 runId, const QString &pipeline, const QString &checkpoint,
                             QList<DeadLetterEntry> &deadLetters, const RunCounters &counters,
                             const MetricDelta *metrics = nullptr, const LineageBatch *lineage = nullptr);

    // Outbox: changes that cannot be re-read from their source are made durable here first.
    Result<void> enqueue(const QList<OutboxEntry> &entries);
    // The same, and in the same transaction the checkpoint `stream` moves to `position` (a change
    // feed's position: the entries and where they were read up to are durable together).
    Result<void> enqueue(const QList<OutboxEntry> &entries, const QString &stream, const QString &position);
    Result<QList<OutboxEntry>> pendingOutbox(const QString &pipeline, int limit) const;
    // Marks entries applied, records their applied versions and dead letters, in one transaction.
    Result<void> completeOutbox(qint64 runId, const QString &pipeline, const QList<qint64> &appliedIds,
                                const QList<QPair<QString, QString>> &appliedVersions,
                                QList<DeadLetterEntry> &deadLetters, const RunCounters &counters,
                                const MetricDelta *metrics = nullptr, const LineageBatch *lineage = nullptr);
    Result<qint64> pendingOutboxCount(const QString &pipeline) const;

    // Webhook replay protection: true when `signature` was not claimed before (it is kept until
    // `expiresAt`, Unix seconds, when its timestamp leaves the window); false for a replay.
    Result<bool> claimWebhookSignature(const QString &signature, qint64 expiresAt);
    // Gives a claim back, when the events it came with could not be stored.
    void releaseWebhookSignature(const QString &signature);

    // Applied versions: the last source version written per (pipeline, key).
    Result<QString> appliedVersion(const QString &pipeline, const QString &key) const;

    Result<qint64> openDeadLetterCount(const QString &pipeline) const;

    // Dead letters (store/deadletterstore.cpp)
    Result<QList<DeadLetterRecord>> deadLetters(const DeadLetterFilter &filter) const;
    Result<std::optional<DeadLetterRecord>> deadLetter(qint64 id) const;
    // A steward's edit: the payload (sealed as before) replaces the stored one; the letter stays open.
    Result<void> editDeadLetter(qint64 id, const QString &payload);
    // Closes an open letter: status replayed or discarded, by whom, and how ("run 12", a reason).
    // Returns false when the letter was not open (already replayed or discarded).
    Result<bool> resolveDeadLetter(qint64 id, const QString &status, const QString &actor, const QString &resolution);
    // A replay that failed again: the letter stays open with the new error and one more attempt.
    Result<void> deadLetterFailedAgain(qint64 id, const QString &errorCode, const QString &errorMessage,
                                       const QString &mappingVersion);

    // Operations (store/opsstore.cpp, docs/operations.md)
    Result<PipelineControl> control(const QString &pipeline) const; // a default one if none is stored
    Result<QList<PipelineControl>> controls() const;
    Result<void> saveControl(const PipelineControl &control);
    // The last real run of each pipeline: status and start time.
    Result<QMap<QString, QPair<QString, QDateTime>>> lastRuns() const;
    Result<CircuitState> circuit(const QString &system) const;        // closed if none is stored
    Result<QList<CircuitState>> circuits() const;
    Result<void> saveCircuit(const CircuitState &circuit);
    Result<void> addMetrics(const QString &pipeline, const QDateTime &at, const MetricDelta &delta);
    Result<QList<MetricBucket>> metrics(const QString &pipeline, const QDateTime &from, const QDateTime &to) const;
    // Buckets older than `before` are removed (retention).
    Result<void> pruneMetrics(const QDateTime &before);
    Result<QList<AlertRecord>> alerts(bool includeResolved, int limit = 200) const;
    // The active alert of a rule for a pipeline, if any.
    Result<std::optional<AlertRecord>> activeAlert(const QString &rule, const QString &pipeline) const;
    // Raises a new alert, or refreshes the active one of the same rule and pipeline (value, message,
    // last seen). `isNew` tells which.
    Result<AlertRecord> raiseAlert(const QString &rule, const QString &severity, const QString &pipeline,
                                   const QString &message, double value, bool *isNew);
    Result<void> resolveAlert(qint64 id);
    Result<bool> acknowledgeAlert(qint64 id, const QString &actor);
    Result<void> markAlertNotified(qint64 id);

    // Consistency checks (store/consistencystore.cpp, docs/consistency.md)
    Result<qint64> beginConsistencyRun(const ConsistencyRun &run);
    // Records what one check found, in one transaction: an open discrepancy of the same record is
    // updated (still open), another is added (new).
    Result<void> recordDiscrepancies(qint64 runId, const QList<StoredDiscrepancy> &found);
    // Ends a check: a finished one (equal or different) closes as fixed the open discrepancies it
    // did not find again, and counts new / still open / fixed into `run`.
    Result<void> finishConsistencyRun(ConsistencyRun &run);
    Result<QList<ConsistencyRun>> consistencyRuns(const QString &pipeline, int limit) const;
    // Open ones (or all with includeClosed) of a pipeline, by id; `ids` narrows to those.
    Result<QList<StoredDiscrepancy>> discrepancies(const QString &pipeline, bool includeClosed,
                                                   const QList<qint64> &ids = {}) const;
    // Closes open discrepancies as `status` (repaired) by `actor`.
    Result<void> closeDiscrepancies(const QList<qint64> &ids, const QString &status, const QString &actor);

    // Two-way sync (store/conflictstore.cpp, docs/two-way.md)
    Result<QHash<QString, SyncBase>> syncBases(const QString &pipeline, const QStringList &keys) const;
    // Open conflicts of these keys: key -> id.
    Result<QHash<QString, qint64>> openConflictIds(const QString &pipeline, const QStringList &keys) const;
    // A batch's bases, conflicts, dead letters, run counters and the stream's checkpoint (when not
    // null) in one transaction. `stream` names the checkpoint ("PIPELINE" or "PIPELINE:target").
    Result<void> commitTwoWay(qint64 runId, const QString &pipeline, const QString &stream, const QString &checkpoint,
                              const TwoWayCommit &batch, QList<DeadLetterEntry> &deadLetters,
                              const RunCounters &counters, const MetricDelta *metrics = nullptr);
    // Conflicts by filter (ConflictQuery's pipeline, field, age, ids, includeClosed), newest first.
    Result<QList<StoredConflict>> conflicts(const QString &pipeline, bool includeClosed, const QList<qint64> &ids = {},
                                            int limit = 10000) const;
    // Open conflicts per pipeline.
    Result<QMap<QString, qint64>> openConflictCounts() const;
    // Forgets a pipeline's bases (`concordctl run --full` of a two-way pipeline starts over).
    Result<void> clearSyncBases(const QString &pipeline);

    // Audit trail, hash-chained: each entry's hash covers the previous hash and its own content
    // (store/auditchain.h).
    Result<void> appendAudit(const AuditInput &entry);
    // Walks the chain and reports its first break.
    Result<AuditChainReport> verifyAudit() const;
    // Entries matching `query`, newest first.
    Result<QList<AuditRecord>> audit(const AuditQuery &query) const;

    // Record lineage (governance/lineage.h): a batch written outside commitBatch (a replay).
    Result<void> appendLineage(const QString &pipeline, qint64 runId, const LineageBatch &batch);
    Result<LineageReport> lineage(const Workspace &ws, const LineageQuery &query) const;

    // Retention (governance/retention.h): archive and remove what is older than `before`.
    Result<ArchiveOutcome> archiveHistory(const Workspace &ws, const QDateTime &before, const QByteArray &secret);
    Result<QList<ArchiveCheck>> verifyArchives(const Workspace &ws, const QByteArray &secret) const;

    // Schema drift (governance/schemadrift.h).
    Result<DriftCheck> checkSchemaDrift(const Workspace &ws, const PipelineDef &pipeline, qint64 minIntervalMs = 60000);
    Result<QList<DriftItem>> driftItems(bool includeAcknowledged) const;
    Result<int> acknowledgeDrift(const QList<qint64> &ids, const QString &actor);

private:
    Result<void> migrate();
    Result<void> insertDeadLetters(QList<DeadLetterEntry> &entries);
    Result<void> updateRunCounters(qint64 runId, const RunCounters &counters);
    Result<void> addMetricsInTransaction(const QString &pipeline, const QDateTime &at, const MetricDelta &delta);
    Error sqlError(const QString &what) const;

    QString m_connection;
    QString m_path;
};

} // namespace concord
