// The state store: schema migrations, checkpoints, batches, the audit chain.

#include "store/migrations.h"
#include "store/statestore.h"
#include "store/storereader.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace concord;

class TestStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshStoreIsCurrent();
    void migrationsRunForwardAndKeepData();
    void failedMigrationRollsBack();
    void newerStoreIsRefused();
    void walMode();
    void batchCommitIsAtomic();
    void readerSeesWhatEngineWrote();
    void auditEntriesAreChained();
    void auditTamperingIsDetected();
    void auditEntriesAreFiltered();
};

void TestStateStore::freshStoreIsCurrent()
{
    QTemporaryDir tmp;
    StateStore store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("sub/state.sqlite"))).ok());
    QCOMPARE(store.schemaVersion(), StateStore::SchemaVersion);
    QCOMPARE(StateStore::SchemaVersion, int(migrations::steps().size()));
    // Reopening does not migrate again.
    store.close();
    QVERIFY(store.open(tmp.filePath(QStringLiteral("sub/state.sqlite"))).ok());
    QCOMPARE(store.schemaVersion(), StateStore::SchemaVersion);
    testsupport::Db db(tmp.filePath(QStringLiteral("sub/state.sqlite")));
    const auto tables = db.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    for (const auto &t : tables)
        names.append(t.front());
    for (const char *t : {"alerts", "applied_versions", "audit", "checkpoints", "circuits", "dead_letters", "metrics",
                          "outbox", "pipeline_control", "runs"})
        QVERIFY2(names.contains(QLatin1String(t)), t);
}

void TestStateStore::migrationsRunForwardAndKeepData()
{
    QTemporaryDir tmp;
    const QList<QStringList> v1 = {{QStringLiteral("CREATE TABLE t (a TEXT)")}};
    QList<QStringList> v3 = v1;
    v3.append({QStringLiteral("ALTER TABLE t ADD COLUMN b INTEGER DEFAULT 7")});
    v3.append({QStringLiteral("CREATE TABLE u (x)"), QStringLiteral("INSERT INTO u SELECT a FROM t")});
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mig"));
    db.setDatabaseName(tmp.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.open());
    QCOMPARE(*migrations::apply(db, v1), 1);
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
    QCOMPARE(*migrations::apply(db, v3), 3);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT a, b, (SELECT x FROM u) FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    QCOMPARE(q.value(1).toInt(), 7);
    QCOMPARE(q.value(2).toString(), QStringLiteral("kept"));
    q.finish();
    QCOMPARE(*migrations::apply(db, v3), 3); // idempotent
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("mig"));
}

void TestStateStore::failedMigrationRollsBack()
{
    QTemporaryDir tmp;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migfail"));
    db.setDatabaseName(tmp.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.open());
    const QList<QStringList> steps = {{QStringLiteral("CREATE TABLE t (a)")},
                                      {QStringLiteral("CREATE TABLE v (a)"), QStringLiteral("THIS IS NOT SQL")}};
    const auto r = migrations::apply(db, steps);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("schema version 2")));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM v"))); // step 2 left nothing behind
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migfail"));
}

void TestStateStore::newerStoreIsRefused()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("state.sqlite"));
    {
        testsupport::Db db(path);
        db.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    StateStore store;
    const auto r = store.open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::StateStoreError);
    QVERIFY(r.error().message.contains(QLatin1String("newer")));
}

void TestStateStore::walMode()
{
    QTemporaryDir tmp;
    StateStore store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("state.sqlite"))).ok());
    testsupport::Db db(tmp.filePath(QStringLiteral("state.sqlite")));
    QCOMPARE(db.rows(QStringLiteral("PRAGMA journal_mode")).value(0).value(0), QStringLiteral("wal"));
}

void TestStateStore::batchCommitIsAtomic()
{
    QTemporaryDir tmp;
    StateStore store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("state.sqlite"))).ok());
    const qint64 run = *store.beginRun(QStringLiteral("p"), false, QStringLiteral("incremental"), QStringLiteral("me"),
                                       QStringLiteral("t1"), QStringLiteral("v1"));
    DeadLetterEntry d;
    d.pipeline = QStringLiteral("p");
    d.key = QStringLiteral("1");
    d.errorCode = ErrorCode::TypeMismatch;
    RunCounters c;
    c.read = 10;
    c.failed = 1;
    QList<DeadLetterEntry> letters{d};
    QVERIFY(store.commitBatch(run, QStringLiteral("p"), QStringLiteral("pos-1"), letters, c).ok());
    QVERIFY(!letters[0].alreadyOpen);
    QCOMPARE(*store.checkpoint(QStringLiteral("p")), QStringLiteral("pos-1"));
    QCOMPARE(*store.openDeadLetterCount(QStringLiteral("p")), 1);
    // The same record failing the same way again (a batch re-read after a crash) is one letter.
    QVERIFY(store.commitBatch(run, QStringLiteral("p"), QStringLiteral("pos-1"), letters, c).ok());
    QVERIFY(letters[0].alreadyOpen);
    QCOMPARE(*store.openDeadLetterCount(QStringLiteral("p")), 1);
    // A new version of it that fails is a new letter.
    DeadLetterEntry newer = d;
    newer.sourceVersion = QStringLiteral("2024-05-21 08:00:00|1");
    QList<DeadLetterEntry> second{newer};
    QVERIFY(store.commitBatch(run, QStringLiteral("p"), QStringLiteral("pos-1"), second, c).ok());
    QVERIFY(!second[0].alreadyOpen);
    QCOMPARE(*store.openDeadLetterCount(QStringLiteral("p")), 2);
    // A batch whose dead letter cannot be written leaves the checkpoint where it was.
    DeadLetterEntry bad = d;
    bad.errorCode = QString(); // NOT NULL
    DeadLetterEntry third = d;
    third.sourceVersion = QStringLiteral("2024-05-22 08:00:00|1");
    QList<DeadLetterEntry> failing{third, bad};
    QVERIFY(!store.commitBatch(run, QStringLiteral("p"), QStringLiteral("pos-2"), failing, c).ok());
    QCOMPARE(*store.checkpoint(QStringLiteral("p")), QStringLiteral("pos-1"));
    QCOMPARE(*store.openDeadLetterCount(QStringLiteral("p")), 2);
    QVERIFY(store.finishRun(run, QStringLiteral("partial"), c, {}).ok());
}

void TestStateStore::readerSeesWhatEngineWrote()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("state.sqlite"));
    StoreReader reader;
    QVERIFY(reader.open(path).ok()); // not created yet: empty
    QVERIFY(reader.pipelineStatuses().isEmpty());
    StateStore store;
    QVERIFY(store.open(path).ok());
    const qint64 run = *store.beginRun(QStringLiteral("p"), false, QString(), QStringLiteral("me"), QString(), QString());
    RunCounters c;
    c.read = 5;
    c.inserted = 4;
    c.failed = 1;
    DeadLetterEntry d;
    d.pipeline = QStringLiteral("p");
    d.errorCode = ErrorCode::TypeMismatch;
    QList<DeadLetterEntry> letters{d};
    QVERIFY(store.commitBatch(run, QStringLiteral("p"), QStringLiteral("pos"), letters, c).ok());
    QVERIFY(store.finishRun(run, QStringLiteral("partial"), c, {}).ok());
    const auto statuses = reader.pipelineStatuses();
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(statuses[0].lastStatus, QStringLiteral("partial"));
    QCOMPARE(statuses[0].lastRowsWritten, 4);
    QCOMPARE(statuses[0].lastRowsFailed, 1);
    QCOMPARE(statuses[0].openDeadLetters, 1);
    QCOMPARE(reader.recentRuns(QStringLiteral("p")).size(), 1);
    QCOMPARE(reader.deadLetters(QStringLiteral("p")).size(), 1);
}

void TestStateStore::auditEntriesAreChained()
{
    QTemporaryDir tmp;
    StateStore store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("state.sqlite"))).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(store.appendAudit(AuditInput{QStringLiteral("alice"), QStringLiteral("finance_steward"),
                                             QStringLiteral("run.start"), QStringLiteral("pipeline:p"), QString(), QString()})
                    .ok());
    testsupport::Db db(tmp.filePath(QStringLiteral("state.sqlite")));
    const auto rows = db.rows(QStringLiteral("SELECT prev_hash, hash FROM audit ORDER BY id"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0][0], QString(64, QLatin1Char('0')));
    QCOMPARE(rows[1][0], rows[0][1]);
    QCOMPARE(rows[2][0], rows[1][1]);
    QVERIFY(rows[0][1] != rows[1][1]);
}

// Every kind of change made to the audit table behind Concord's back breaks the chain where it was
// made: an edited entry (even with its hash recomputed), a deleted one, two swapped, the oldest
// removed. Put back as it was, the chain verifies again.
void TestStateStore::auditTamperingIsDetected()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("state.sqlite"));
    StateStore store;
    QVERIFY(store.open(path).ok());
    QVERIFY(store.verifyAudit()->intact);
    QCOMPARE(store.verifyAudit()->entries, 0);
    for (int i = 1; i <= 10; ++i)
        QVERIFY(store.appendAudit(AuditInput{QStringLiteral("alice"), QStringLiteral("finance_steward"),
                                             i % 2 ? QStringLiteral("run.start") : QStringLiteral("mapping.save"),
                                             QStringLiteral("pipeline:p%1").arg(i),
                                             QStringLiteral("{\"n\":%1,\"note\":\"a\\\\b\\u001f c\"}").arg(i), QString()})
                    .ok());
    auto report = store.verifyAudit();
    QVERIFY(report.ok());
    QVERIFY(report->intact);
    QCOMPARE(report->entries, 10);
    QCOMPARE(report->headId, 10);

    testsupport::Db db(path);
    const auto expectBroken = [&](qint64 at, const char *problem) {
        const auto r = store.verifyAudit();
        QVERIFY(r.ok());
        QVERIFY2(!r->intact, "the chain should be broken");
        QCOMPARE(r->brokenAt, at);
        QCOMPARE(r->problem, QLatin1String(problem));
    };
    const QStringList row5 = db.rows(QStringLiteral("SELECT detail, hash FROM audit WHERE id = 5")).value(0);

    // Edited.
    db.exec(QStringLiteral("UPDATE audit SET detail = '{\"n\":50}' WHERE id = 5"));
    expectBroken(5, "edited");
    // Edited, and its hash recomputed to match: the next entry no longer follows it.
    AuditRecord forged = store.audit(AuditQuery{QString(), QString(), QStringLiteral("p5"), {}, {}, 1})->value(0);
    QCOMPARE(forged.id, 5);
    db.exec(QStringLiteral("UPDATE audit SET hash = ? WHERE id = 5"), {auditEntryHash(forged)});
    expectBroken(6, "unlinked");
    db.exec(QStringLiteral("UPDATE audit SET detail = ?, hash = ? WHERE id = 5"), {row5[0], row5[1]});
    QVERIFY(store.verifyAudit()->intact);

    // Deleted.
    const QString columns = QStringLiteral("id, ts, actor, role, action, object, detail, trace_id, host, prev_hash, hash");
    db.exec(QStringLiteral("CREATE TABLE saved AS SELECT %1 FROM audit").arg(columns));
    db.exec(QStringLiteral("DELETE FROM audit WHERE id = 7"));
    expectBroken(8, "unlinked");
    db.exec(QStringLiteral("INSERT INTO audit (%1) SELECT %1 FROM saved WHERE id = 7").arg(columns));
    QVERIFY(store.verifyAudit()->intact);

    // Reordered: entries 3 and 4 trade places.
    const QString content = QStringLiteral("ts, actor, role, action, object, detail, trace_id, host, prev_hash, hash");
    db.exec(QStringLiteral("DELETE FROM audit WHERE id IN (3, 4)"));
    db.exec(QStringLiteral("INSERT INTO audit (id, %1) SELECT 3, %1 FROM saved WHERE id = 4").arg(content));
    db.exec(QStringLiteral("INSERT INTO audit (id, %1) SELECT 4, %1 FROM saved WHERE id = 3").arg(content));
    expectBroken(3, "unlinked");
    db.exec(QStringLiteral("DELETE FROM audit WHERE id IN (3, 4)"));
    db.exec(QStringLiteral("INSERT INTO audit (%1) SELECT %1 FROM saved WHERE id IN (3, 4)").arg(columns));
    QVERIFY(store.verifyAudit()->intact);

    // The oldest removed.
    db.exec(QStringLiteral("DELETE FROM audit WHERE id = 1"));
    expectBroken(2, "truncated_start");
    QCOMPARE(store.verifyAudit()->entries, 9);

    // Appending goes on from the head; only the new tail is intact after the break.
    db.exec(QStringLiteral("INSERT INTO audit (%1) SELECT %1 FROM saved WHERE id = 1").arg(columns));
    QVERIFY(store.appendAudit(AuditInput{QStringLiteral("bob"), QString(), QStringLiteral("pause"),
                                         QStringLiteral("pipeline:p"), QStringLiteral("{}"), QString()})
                .ok());
    report = store.verifyAudit();
    QVERIFY(report->intact);
    QCOMPARE(report->entries, 11);
}

void TestStateStore::auditEntriesAreFiltered()
{
    QTemporaryDir tmp;
    StateStore store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("state.sqlite"))).ok());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (const auto &[actor, action, object] :
         {std::tuple{"alice", "run.start", "pipeline:crm-to-wms"}, std::tuple{"bob", "run.dry_run", "pipeline:crm-to-wms"},
          std::tuple{"alice", "mapping.save", "mapping:mappings/crm.yaml"}, std::tuple{"bob", "runner", "pipeline:tax"}})
        QVERIFY(store.appendAudit(AuditInput{QLatin1String(actor), QString(), QLatin1String(action), QLatin1String(object),
                                             QStringLiteral("{}"), QString()})
                    .ok());
    const auto ids = [&](const AuditQuery &q) {
        QList<qint64> out;
        const auto entries = store.audit(q);
        for (const AuditRecord &r : *entries)
            out.append(r.id);
        return out;
    };
    QCOMPARE(ids(AuditQuery{}), (QList<qint64>{4, 3, 2, 1}));
    QCOMPARE(ids(AuditQuery{QStringLiteral("alice"), {}, {}, {}, {}, 200}), (QList<qint64>{3, 1}));
    QCOMPARE(ids(AuditQuery{{}, QStringLiteral("run."), {}, {}, {}, 200}), (QList<qint64>{2, 1})); // not "runner"
    QCOMPARE(ids(AuditQuery{{}, QStringLiteral("runner"), {}, {}, {}, 200}), (QList<qint64>{4}));
    QCOMPARE(ids(AuditQuery{{}, {}, QStringLiteral("crm-to-wms"), {}, {}, 200}), (QList<qint64>{2, 1}));
    QCOMPARE(ids(AuditQuery{{}, {}, {}, before, {}, 2}), (QList<qint64>{4, 3}));
    QCOMPARE(ids(AuditQuery{{}, {}, {}, {}, before, 200}), QList<qint64>());
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
