#include "store/migrations.h"

namespace concord::migrations {

const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: the foundation
        {
            QStringLiteral("CREATE TABLE runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " pipeline TEXT NOT NULL,"
                           " mode TEXT,"
                           " dry_run INTEGER NOT NULL DEFAULT 0,"
                           " status TEXT NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " rows_read INTEGER NOT NULL DEFAULT 0,"
                           " rows_inserted INTEGER NOT NULL DEFAULT 0,"
                           " rows_updated INTEGER NOT NULL DEFAULT 0,"
                           " rows_deleted INTEGER NOT NULL DEFAULT 0,"
                           " rows_skipped INTEGER NOT NULL DEFAULT 0,"
                           " rows_failed INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT,"
                           " actor TEXT,"
                           " trace_id TEXT,"
                           " mapping_version TEXT)"),
            QStringLiteral("CREATE INDEX runs_pipeline ON runs(pipeline, id)"),
            QStringLiteral("CREATE TABLE checkpoints ("
                           " pipeline TEXT PRIMARY KEY,"
                           " position TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " pipeline TEXT NOT NULL,"
                           " record_key TEXT NOT NULL,"
                           " op TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " source_version TEXT,"
                           " observed_at TEXT NOT NULL,"
                           " trace_id TEXT,"
                           " status TEXT NOT NULL DEFAULT 'pending',"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " applied_at TEXT)"),
            QStringLiteral("CREATE INDEX outbox_pending ON outbox(pipeline, status, id)"),
            QStringLiteral("CREATE TABLE dead_letters ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " pipeline TEXT NOT NULL,"
                           " run_id INTEGER,"
                           " record_key TEXT,"
                           " op TEXT,"
                           " payload TEXT,"
                           " error_code TEXT NOT NULL,"
                           " error_message TEXT,"
                           " mapping_version TEXT,"
                           " source_version TEXT,"
                           " trace_id TEXT,"
                           " status TEXT NOT NULL DEFAULT 'open',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX dead_letters_pipeline ON dead_letters(pipeline, status, id)"),
            QStringLiteral("CREATE TABLE applied_versions ("
                           " pipeline TEXT NOT NULL,"
                           " record_key TEXT NOT NULL,"
                           " source_version TEXT NOT NULL,"
                           " applied_at TEXT NOT NULL,"
                           " PRIMARY KEY (pipeline, record_key)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " ts TEXT NOT NULL,"
                           " actor TEXT,"
                           " role TEXT,"
                           " action TEXT NOT NULL,"
                           " object TEXT,"
                           " detail TEXT,"
                           " trace_id TEXT,"
                           " host TEXT,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL)"),
        },
        // 2: dead letters are looked up by record, so that a record failing again the same way
        //    (a re-read boundary row, a --full run) does not get a second letter
        {
            QStringLiteral("CREATE INDEX dead_letters_record ON dead_letters(pipeline, record_key, status)"),
        },
        // 3: operations (docs/operations.md): the retry schedule and pause per pipeline, circuit
        //    breakers per system, metrics in one-minute buckets, alerts, and what was done with a
        //    dead letter
        {
            QStringLiteral("CREATE TABLE pipeline_control ("
                           " pipeline TEXT PRIMARY KEY,"
                           " paused INTEGER NOT NULL DEFAULT 0,"
                           " paused_by TEXT,"
                           " paused_at TEXT,"
                           " pause_reason TEXT,"
                           " retry_attempt INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at TEXT,"
                           " consecutive_failures INTEGER NOT NULL DEFAULT 0,"
                           " last_error_code TEXT,"
                           " last_error TEXT,"
                           " exhausted INTEGER NOT NULL DEFAULT 0,"
                           " last_scheduled_at TEXT,"
                           " last_succeeded_at TEXT)"),
            QStringLiteral("CREATE TABLE circuits ("
                           " system TEXT PRIMARY KEY,"
                           " open INTEGER NOT NULL DEFAULT 0,"
                           " failures INTEGER NOT NULL DEFAULT 0,"
                           " opened_at TEXT,"
                           " next_probe_at TEXT,"
                           " probes INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT)"),
            QStringLiteral("CREATE TABLE metrics ("
                           " pipeline TEXT NOT NULL,"
                           " bucket INTEGER NOT NULL,"
                           " captured INTEGER NOT NULL DEFAULT 0,"
                           " written INTEGER NOT NULL DEFAULT 0,"
                           " failed INTEGER NOT NULL DEFAULT 0,"
                           " retried INTEGER NOT NULL DEFAULT 0,"
                           " dead_lettered INTEGER NOT NULL DEFAULT 0,"
                           " runs INTEGER NOT NULL DEFAULT 0,"
                           " runs_failed INTEGER NOT NULL DEFAULT 0,"
                           " backlog INTEGER,"
                           " latency TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (pipeline, bucket)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX metrics_bucket ON metrics(bucket)"),
            QStringLiteral("CREATE TABLE alerts ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " rule TEXT NOT NULL,"
                           " severity TEXT NOT NULL,"
                           " pipeline TEXT NOT NULL,"
                           " message TEXT NOT NULL,"
                           " value REAL,"
                           " raised_at TEXT NOT NULL,"
                           " last_seen_at TEXT NOT NULL,"
                           " acknowledged_at TEXT,"
                           " acknowledged_by TEXT,"
                           " resolved_at TEXT,"
                           " notified_at TEXT)"),
            QStringLiteral("CREATE INDEX alerts_active ON alerts(resolved_at, pipeline, rule)"),
            QStringLiteral("ALTER TABLE dead_letters ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE dead_letters ADD COLUMN edited INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE dead_letters ADD COLUMN resolved_at TEXT"),
            QStringLiteral("ALTER TABLE dead_letters ADD COLUMN resolved_by TEXT"),
            QStringLiteral("ALTER TABLE dead_letters ADD COLUMN resolution TEXT"),
        },
        // 4: consistency checks (docs/consistency.md)
        {
            QStringLiteral("CREATE TABLE consistency_runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " pipeline TEXT NOT NULL,"
                           " source_dataset TEXT,"
                           " target_dataset TEXT,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " status TEXT NOT NULL,"
                           " actor TEXT,"
                           " trigger TEXT,"
                           " mapping_version TEXT,"
                           " method TEXT,"
                           " source_rows INTEGER NOT NULL DEFAULT 0,"
                           " target_rows INTEGER NOT NULL DEFAULT 0,"
                           " missing INTEGER NOT NULL DEFAULT 0,"
                           " extra INTEGER NOT NULL DEFAULT 0,"
                           " mismatched INTEGER NOT NULL DEFAULT 0,"
                           " new_count INTEGER NOT NULL DEFAULT 0,"
                           " still_open INTEGER NOT NULL DEFAULT 0,"
                           " fixed INTEGER NOT NULL DEFAULT 0,"
                           " segments INTEGER NOT NULL DEFAULT 0,"
                           " segments_differing INTEGER NOT NULL DEFAULT 0,"
                           " rows_fetched INTEGER NOT NULL DEFAULT 0,"
                           " duration_ms INTEGER NOT NULL DEFAULT 0,"
                           " error_code TEXT,"
                           " error TEXT)"),
            QStringLiteral("CREATE INDEX consistency_runs_pipeline ON consistency_runs(pipeline, id)"),
            // One open row per record and pipeline; a check updates it, or closes it as fixed.
            QStringLiteral("CREATE TABLE discrepancies ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " pipeline TEXT NOT NULL,"
                           " record_key TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " fields TEXT NOT NULL DEFAULT '',"
                           " source_payload TEXT,"
                           " target_payload TEXT,"
                           " source_key TEXT,"
                           " note TEXT,"
                           " status TEXT NOT NULL DEFAULT 'open',"
                           " first_run INTEGER NOT NULL,"
                           " last_run INTEGER NOT NULL,"
                           " first_seen_at TEXT NOT NULL,"
                           " last_seen_at TEXT NOT NULL,"
                           " closed_at TEXT,"
                           " closed_by TEXT)"),
            QStringLiteral("CREATE UNIQUE INDEX discrepancies_open ON discrepancies(pipeline, record_key) "
                           "WHERE status = 'open'"),
            QStringLiteral("CREATE INDEX discrepancies_pipeline ON discrepancies(pipeline, status, id)"),
        },
        // 5: two-way sync: agreed bases and the conflict queue (docs/two-way.md)
        {
            QStringLiteral("CREATE TABLE sync_base ("
                           " pipeline TEXT NOT NULL,"
                           " record_key TEXT NOT NULL,"
                           " hashes TEXT NOT NULL,"
                           " payload TEXT,"
                           " source_time TEXT,"
                           " target_time TEXT,"
                           " agreed_at TEXT NOT NULL,"
                           " run_id INTEGER,"
                           " PRIMARY KEY (pipeline, record_key))"),
            QStringLiteral("CREATE TABLE conflicts ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " pipeline TEXT NOT NULL,"
                           " record_key TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " fields TEXT NOT NULL DEFAULT '',"
                           " changed_source TEXT NOT NULL DEFAULT '',"
                           " changed_target TEXT NOT NULL DEFAULT '',"
                           " base_payload TEXT,"
                           " source_payload TEXT,"
                           " target_payload TEXT,"
                           " source_key TEXT,"
                           " target_key TEXT,"
                           " hashes TEXT,"
                           " source_time TEXT,"
                           " target_time TEXT,"
                           " reason TEXT,"
                           " status TEXT NOT NULL DEFAULT 'open',"
                           " run_id INTEGER,"
                           " detected_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " resolution TEXT,"
                           " resolution_payload TEXT,"
                           " resolved_by TEXT,"
                           " resolved_at TEXT,"
                           " comment TEXT)"),
            QStringLiteral("CREATE UNIQUE INDEX conflicts_open ON conflicts(pipeline, record_key) WHERE status = 'open'"),
            QStringLiteral("CREATE INDEX conflicts_pipeline ON conflicts(pipeline, status, id)"),
        },
        // 6: what HTTP sources tell about their requests (docs/connectors-rest.md §5); webhook replay
        //    protection (docs/webhooks.md)
        {
            QStringLiteral("ALTER TABLE metrics ADD COLUMN requests INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE metrics ADD COLUMN not_modified INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE metrics ADD COLUMN rate_limited INTEGER NOT NULL DEFAULT 0"),
            // webhook signatures already accepted, kept while their timestamp is inside the window
            QStringLiteral("CREATE TABLE webhook_replay (signature TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX webhook_replay_expiry ON webhook_replay(expires_at)"),
        },
        // 7: record lineage (docs/lineage.md): each committed batch's records, compressed; archives
        {
            QStringLiteral("CREATE TABLE lineage_batches ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " pipeline TEXT NOT NULL,"
                           " run_id INTEGER NOT NULL,"
                           " written_at TEXT NOT NULL,"
                           " records INTEGER NOT NULL,"
                           " entries BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX lineage_batches_pipeline ON lineage_batches(pipeline, id)"),
            QStringLiteral("CREATE INDEX lineage_batches_time ON lineage_batches(written_at)"),
            // retention (docs/lineage.md §4): what went to each archive file, and the chain head it ends at
            QStringLiteral("CREATE TABLE audit_archives ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " archived_at TEXT NOT NULL,"
                           " file TEXT NOT NULL,"
                           " before TEXT NOT NULL,"
                           " first_id INTEGER NOT NULL,"
                           " last_id INTEGER NOT NULL,"
                           " entries INTEGER NOT NULL,"
                           " first_prev_hash TEXT NOT NULL,"
                           " head_hash TEXT NOT NULL,"
                           " runs INTEGER NOT NULL,"
                           " lineage_batches INTEGER NOT NULL,"
                           " signature TEXT NOT NULL)"),
        },
        // 8: schema drift (docs/lineage.md §6): each dataset's columns as last seen, and what changed
        {
            QStringLiteral("CREATE TABLE schema_snapshots ("
                           " dataset TEXT PRIMARY KEY,"
                           " columns TEXT NOT NULL,"
                           " checked_at TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE schema_drift ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " dataset TEXT NOT NULL,"
                           " column_name TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " before_type TEXT,"
                           " after_type TEXT,"
                           " touches TEXT,"
                           " status TEXT NOT NULL DEFAULT 'open',"
                           " first_seen TEXT NOT NULL,"
                           " last_seen TEXT NOT NULL,"
                           " acknowledged_by TEXT,"
                           " acknowledged_at TEXT)"),
            QStringLiteral("CREATE INDEX schema_drift_open ON schema_drift(status, dataset)"),
            // one open item per change, whoever sees it first
            QStringLiteral("CREATE UNIQUE INDEX schema_drift_one_open ON schema_drift(dataset, column_name, kind) "
                           "WHERE status = 'open'"),
        },
    };
    return all;
}

} // namespace concord::migrations

#include <QSqlError>
#include <QSqlQuery>

namespace concord::migrations {

Result<int> apply(QSqlDatabase &db, const QList<QStringList> &all)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return makeError(ErrorCode::StateStoreError, QStringLiteral("cannot read the store's schema version: %1")
                                                         .arg(q.lastError().text()));
    const int current = q.value(0).toInt();
    q.finish();
    if (current > all.size())
        return makeError(ErrorCode::StateStoreError,
                         QStringLiteral("the state store has schema version %1, newer than this Concord knows (%2); "
                                        "use a newer Concord")
                             .arg(current)
                             .arg(all.size()));
    for (int v = current; v < all.size(); ++v) {
        // Two processes may open a new store at once (the console's threads, concordctl): take
        // the write lock first, then look again at the version another one may have reached.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return makeError(ErrorCode::StateStoreError, QStringLiteral("cannot lock the state store to migrate it: %1")
                                                             .arg(q.lastError().text()));
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const QString why = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return makeError(ErrorCode::StateStoreError, QStringLiteral("cannot read the store's schema version: %1").arg(why));
        }
        const int now = q.value(0).toInt();
        q.finish();
        if (now > v) { // done by someone else meanwhile
            q.exec(QStringLiteral("COMMIT"));
            v = now - 1;
            continue;
        }
        for (const QString &sql : all[v]) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return makeError(ErrorCode::StateStoreError,
                                 QStringLiteral("migration to schema version %1 failed: %2").arg(v + 1).arg(why));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !q.exec(QStringLiteral("COMMIT"))) {
            const QString why = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return makeError(ErrorCode::StateStoreError, why);
        }
    }
    return int(all.size());
}

} // namespace concord::migrations
