#include "store/statestore.h"

#include "store/migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString uniqueConnectionName(const char *prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

StateStore::StateStore() : m_connection(uniqueConnectionName("concord-state")) { }

StateStore::~StateStore()
{
    close();
}

Error StateStore::sqlError(const QString &what) const
{
    return makeError(ErrorCode::StateStoreError,
                     QStringLiteral("%1: %2").arg(what, QSqlDatabase::database(m_connection, false).lastError().text()));
}

Result<void> StateStore::open(const QString &path)
{
    close();
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return makeError(ErrorCode::StateStoreError,
                         QStringLiteral("cannot open the state store %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    // WAL: the console reads while the engine writes. synchronous=NORMAL is enough for the polled
    // path (a lost commit is re-read from the source, checkpoint and dead letters together);
    // the outbox switches to FULL for its own commits.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(QStringLiteral("cannot configure the state store"));
    const auto migrated = migrations::apply(db, migrations::steps());
    if (!migrated.ok())
        return migrated.error();
    return {};
}

void StateStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool StateStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

int StateStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<qint64> StateStore::beginRun(const QString &pipeline, bool dryRun, const QString &mode, const QString &actor,
                                    const QString &traceId, const QString &mappingVersion)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO runs (pipeline, mode, dry_run, status, started_at, actor, trace_id, "
                             "mapping_version) VALUES (?, ?, ?, 'running', ?, ?, ?, ?)"));
    q.addBindValue(pipeline);
    q.addBindValue(mode);
    q.addBindValue(dryRun ? 1 : 0);
    q.addBindValue(now());
    q.addBindValue(actor);
    q.addBindValue(traceId);
    q.addBindValue(mappingVersion);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record the run"));
    return q.lastInsertId().toLongLong();
}

Result<void> StateStore::updateRunCounters(qint64 runId, const RunCounters &c)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE runs SET rows_read = ?, rows_inserted = ?, rows_updated = ?, rows_deleted = ?, "
                             "rows_skipped = ?, rows_failed = ? WHERE id = ?"));
    for (qint64 v : {c.read, c.inserted, c.updated, c.deleted, c.skipped, c.failed, runId})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot update the run"));
    return {};
}

Result<void> StateStore::finishRun(qint64 runId, const QString &status, const RunCounters &c, const QString &error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot begin a transaction"));
    if (auto r = updateRunCounters(runId, c); !r.ok()) {
        db.rollback();
        return r;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, error = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(now());
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(runId);
    if (!q.exec() || !db.commit()) {
        db.rollback();
        return sqlError(QStringLiteral("cannot finish the run"));
    }
    return {};
}

Result<QString> StateStore::checkpoint(const QString &pipeline) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT position FROM checkpoints WHERE pipeline = ?"));
    q.addBindValue(pipeline);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the checkpoint"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> StateStore::clearCheckpoint(const QString &pipeline)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM checkpoints WHERE pipeline = ?"));
    q.addBindValue(pipeline);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot clear the checkpoint"));
    return {};
}

Result<void> StateStore::insertDeadLetters(QList<DeadLetterEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO dead_letters (pipeline, run_id, record_key, op, payload, error_code, "
                             "error_message, mapping_version, source_version, trace_id, created_at) "
                             "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS ("
                             " SELECT 1 FROM dead_letters WHERE pipeline = ? AND record_key IS ? AND status = 'open'"
                             " AND source_version IS ? AND error_code = ? AND mapping_version IS ?)"));
    const QString ts = now();
    for (DeadLetterEntry &d : entries) {
        for (const QVariant &v : {QVariant(d.pipeline), QVariant(d.runId), QVariant(d.key), QVariant(d.op),
                                  QVariant(d.payload), QVariant(d.errorCode), QVariant(d.errorMessage),
                                  QVariant(d.mappingVersion), QVariant(d.sourceVersion), QVariant(d.traceId),
                                  QVariant(ts),
                                  // the same letter, still open?
                                  QVariant(d.pipeline), QVariant(d.key), QVariant(d.sourceVersion),
                                  QVariant(d.errorCode), QVariant(d.mappingVersion)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot write a dead letter"));
        d.alreadyOpen = q.numRowsAffected() == 0;
    }
    return {};
}

Result<void> StateStore::commitBatch(qint64 runId, const QString &pipeline, const QString &position,
                                     QList<DeadLetterEntry> &deadLetters, const RunCounters &counters,
                                     const MetricDelta *metrics, const LineageBatch *lineage)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot begin a transaction"));
    const auto fail = [&](const Error &e) {
        db.rollback();
        return e;
    };
    if (auto r = insertDeadLetters(deadLetters); !r.ok())
        return fail(r.error());
    if (!position.isNull()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO checkpoints (pipeline, position, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (pipeline) DO UPDATE SET position = excluded.position, "
                                 "updated_at = excluded.updated_at"));
        q.addBindValue(pipeline);
        q.addBindValue(position);
        q.addBindValue(now());
        if (!q.exec())
            return fail(sqlError(QStringLiteral("cannot store the checkpoint")));
    }
    if (auto r = updateRunCounters(runId, counters); !r.ok())
        return fail(r.error());
    if (metrics && !metrics->isEmpty()) {
        // A letter that was already open is no news: not dead-lettered again, and a re-checked
        // boundary row failing as before is not a new failure either (as in the run's counters).
        MetricDelta m = *metrics;
        for (const DeadLetterEntry &d : std::as_const(deadLetters)) {
            if (!d.alreadyOpen)
                continue;
            m.deadLettered = std::max<qint64>(0, m.deadLettered - 1);
            if (d.rechecked)
                m.failed = std::max<qint64>(0, m.failed - 1);
        }
        if (auto r = addMetricsInTransaction(pipeline, QDateTime::currentDateTimeUtc(), m); !r.ok())
            return fail(r.error());
    }
    if (lineage)
        if (auto r = insertLineageBatch(db, pipeline, runId, *lineage); !r.ok())
            return fail(r.error());
    if (!db.commit())
        return fail(sqlError(QStringLiteral("cannot commit the batch")));
    return {};
}

Result<void> StateStore::enqueue(const QList<OutboxEntry> &entries)
{
    return enqueue(entries, QString(), QString());
}

Result<void> StateStore::enqueue(const QList<OutboxEntry> &entries, const QString &stream, const QString &position)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Pushed changes exist nowhere else until this commit: make it survive a power loss too.
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot begin a transaction"));
    q.prepare(QStringLiteral("INSERT INTO outbox (pipeline, record_key, op, payload, source_version, observed_at, "
                             "trace_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const OutboxEntry &e : entries) {
        q.addBindValue(e.pipeline);
        q.addBindValue(e.key);
        q.addBindValue(e.op);
        q.addBindValue(e.payload);
        q.addBindValue(e.sourceVersion);
        q.addBindValue((e.observedAt.isValid() ? e.observedAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs));
        q.addBindValue(e.traceId);
        if (!q.exec()) {
            db.rollback();
            return sqlError(QStringLiteral("cannot write to the outbox"));
        }
    }
    if (!stream.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO checkpoints (pipeline, position, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (pipeline) DO UPDATE SET position = excluded.position, "
                                 "updated_at = excluded.updated_at"));
        q.addBindValue(stream);
        q.addBindValue(position);
        q.addBindValue(now());
        if (!q.exec()) {
            db.rollback();
            return sqlError(QStringLiteral("cannot store the checkpoint"));
        }
    }
    const bool ok = db.commit();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!ok) {
        db.rollback();
        return sqlError(QStringLiteral("cannot commit to the outbox"));
    }
    return {};
}

Result<QList<OutboxEntry>> StateStore::pendingOutbox(const QString &pipeline, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, record_key, op, payload, source_version, observed_at, trace_id, attempts "
                             "FROM outbox WHERE pipeline = ? AND status = 'pending' ORDER BY id LIMIT ?"));
    q.addBindValue(pipeline);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the outbox"));
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.pipeline = pipeline;
        e.key = q.value(1).toString();
        e.op = q.value(2).toString();
        e.payload = q.value(3).toString();
        e.sourceVersion = q.value(4).toString();
        e.observedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        e.traceId = q.value(6).toString();
        e.attempts = q.value(7).toInt();
        out.append(e);
    }
    return out;
}

Result<qint64> StateStore::pendingOutboxCount(const QString &pipeline) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE pipeline = ? AND status = 'pending'"));
    q.addBindValue(pipeline);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("cannot count the outbox"));
    return q.value(0).toLongLong();
}

Result<void> StateStore::completeOutbox(qint64 runId, const QString &pipeline, const QList<qint64> &appliedIds,
                                        const QList<QPair<QString, QString>> &appliedVersions,
                                        QList<DeadLetterEntry> &deadLetters, const RunCounters &counters,
                                        const MetricDelta *metrics, const LineageBatch *lineage)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot begin a transaction"));
    const auto fail = [&](const Error &e) {
        db.rollback();
        return e;
    };
    if (auto r = insertDeadLetters(deadLetters); !r.ok())
        return fail(r.error());
    const QString ts = now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET status = 'applied', applied_at = ?, attempts = attempts + 1 WHERE id = ?"));
    for (qint64 id : appliedIds) {
        q.addBindValue(ts);
        q.addBindValue(id);
        if (!q.exec())
            return fail(sqlError(QStringLiteral("cannot mark an outbox entry applied")));
    }
    QSqlQuery v(db);
    v.prepare(QStringLiteral("INSERT INTO applied_versions (pipeline, record_key, source_version, applied_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (pipeline, record_key) DO UPDATE SET "
                             "source_version = excluded.source_version, applied_at = excluded.applied_at"));
    for (const auto &kv : appliedVersions) {
        v.addBindValue(pipeline);
        v.addBindValue(kv.first);
        v.addBindValue(kv.second);
        v.addBindValue(ts);
        if (!v.exec())
            return fail(sqlError(QStringLiteral("cannot record an applied version")));
    }
    if (auto r = updateRunCounters(runId, counters); !r.ok())
        return fail(r.error());
    if (metrics && !metrics->isEmpty())
        if (auto r = addMetricsInTransaction(pipeline, QDateTime::currentDateTimeUtc(), *metrics); !r.ok())
            return fail(r.error());
    if (lineage)
        if (auto r = insertLineageBatch(db, pipeline, runId, *lineage); !r.ok())
            return fail(r.error());
    if (!db.commit())
        return fail(sqlError(QStringLiteral("cannot commit the outbox batch")));
    return {};
}

Result<QString> StateStore::appliedVersion(const QString &pipeline, const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT source_version FROM applied_versions WHERE pipeline = ? AND record_key = ?"));
    q.addBindValue(pipeline);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read applied versions"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<qint64> StateStore::openDeadLetterCount(const QString &pipeline) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM dead_letters WHERE pipeline = ? AND status = 'open'"));
    q.addBindValue(pipeline);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("cannot count dead letters"));
    return q.value(0).toLongLong();
}

Result<void> StateStore::appendAudit(const AuditInput &e)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // The write lock first: the engine, the console's control thread and concordctl append to the
    // same chain, and each entry must follow the one that is last when it is written.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("cannot lock the audit trail"));
    const auto fail = [&](const Error &err) {
        q.exec(QStringLiteral("ROLLBACK"));
        return err;
    };
    QString prev;
    if (!q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY id DESC LIMIT 1")))
        return fail(sqlError(QStringLiteral("cannot read the audit trail")));
    if (q.next()) {
        prev = q.value(0).toString();
    } else { // empty: the first entry, or everything went to an archive
        const auto start = auditChainStart(db);
        if (!start.ok())
            return fail(start.error());
        prev = start->prevHash;
    }
    q.finish();
    AuditRecord r;
    r.prevHash = prev;
    r.ts = now();
    r.actor = e.actor;
    r.role = e.role;
    r.action = e.action;
    r.object = e.object;
    r.detail = e.detail;
    r.traceId = e.traceId;
    r.host = QHostInfo::localHostName();
    const QString hash = auditEntryHash(r);
    q.prepare(QStringLiteral("INSERT INTO audit (ts, actor, role, action, object, detail, trace_id, host, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &v : {r.ts, r.actor, r.role, r.action, r.object, r.detail, r.traceId, r.host, prev, hash})
        q.addBindValue(v);
    if (!q.exec())
        return fail(sqlError(QStringLiteral("cannot append to the audit trail")));
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(sqlError(QStringLiteral("cannot append to the audit trail")));
    return {};
}

Result<AuditChainReport> StateStore::verifyAudit() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return verifyAuditChain(db);
}

Result<QList<AuditRecord>> StateStore::audit(const AuditQuery &query) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return auditEntries(db, query);
}

Result<void> StateStore::appendLineage(const QString &pipeline, qint64 runId, const LineageBatch &batch)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return insertLineageBatch(db, pipeline, runId, batch);
}

Result<LineageReport> StateStore::lineage(const Workspace &ws, const LineageQuery &query) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return traceLineage(ws, db, query);
}

Result<ArchiveOutcome> StateStore::archiveHistory(const Workspace &ws, const QDateTime &before, const QByteArray &secret)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return concord::archiveHistory(ws, db, before, secret);
}

Result<QList<ArchiveCheck>> StateStore::verifyArchives(const Workspace &ws, const QByteArray &secret) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return concord::verifyArchives(ws, db, secret);
}

Result<DriftCheck> StateStore::checkSchemaDrift(const Workspace &ws, const PipelineDef &pipeline, qint64 minIntervalMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return concord::checkSchemaDrift(ws, db, pipeline, minIntervalMs);
}

Result<QList<DriftItem>> StateStore::driftItems(bool includeAcknowledged) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return concord::driftItems(db, includeAcknowledged);
}

Result<int> StateStore::acknowledgeDrift(const QList<qint64> &ids, const QString &actor)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return concord::acknowledgeDrift(db, ids, actor);
}

} // namespace concord
