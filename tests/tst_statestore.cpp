// The state store: schema migrations, checkpoints, batches, the audit chain.

#include "store/migrations.h"
#include "store/statestore.h"
#include "store/storereader.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
