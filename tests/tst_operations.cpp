// Reliable operation (docs/operations.md), with real faults: the target SQLite file locked by
// another process in the middle of a run (retries with a persisted schedule, the circuit breaker
// opening, probing and closing, nothing lost or doubled), poison records dead-lettered and
// replayed after a fix (written once), pause/resume/backfill audited, the scheduler's dependency
// order, metrics and alert rules with a signed webhook received by a local HTTP server.

#include "syncfixture.h"

#include "governance/alerting.h"
#include "governance/metrics.h"
#include "governance/operations.h"
#include "workspace/opsloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

using namespace concord;

namespace {

// Holds an exclusive lock on an SQLite file from another process until released.
class Locker
{
public:
    bool lock(const QString &path)
    {
        m_p.setProgram(QStringLiteral("/usr/bin/python3"));
        m_p.setArguments({QStringLiteral("-c"),
                          QStringLiteral("import sqlite3, sys\n"
                                         "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)\n"
                                         "c.execute('BEGIN EXCLUSIVE')\n"
                                         "print('locked', flush=True)\n"
                                         "sys.stdin.readline()\n"
                                         "c.execute('ROLLBACK')\n"),
                          path});
        m_p.start();
        if (!m_p.waitForStarted(10000) || !m_p.waitForReadyRead(10000))
            return false;
        return m_p.readAllStandardOutput().startsWith("locked");
    }
    void release()
    {
        if (m_p.state() == QProcess::NotRunning)
            return;
        m_p.write("\n");
        m_p.closeWriteChannel();
        if (!m_p.waitForFinished(10000))
            m_p.kill();
    }
    ~Locker() { release(); }

private:
    QProcess m_p;
};

// An HTTP server on 127.0.0.1 that answers every POST with a robot's {"errcode":0} and keeps the
// request lines and bodies.
class RobotServer : public QTcpServer
{
public:
    QStringList targets;
    QList<QByteArray> bodies;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        auto *buffer = new QByteArray;
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            buffer->append(s->readAll());
            const int end = int(buffer->indexOf("\r\n\r\n"));
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            int length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toInt();
            if (buffer->size() < end + 4 + length)
                return;
            targets.append(QString::fromLatin1(head.split(' ').value(1)));
            bodies.append(buffer->mid(end + 4, length));
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 28\r\nConnection: close\r\n\r\n"
                     "{\"errcode\":0,\"errmsg\":\"ok\"}\n");
            s->disconnectFromHost();
            delete buffer;
        });
    }
};

void appendYaml(SyncFixture &f, const QByteArray &text)
{
    QFile file(f.dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(file.open(QIODevice::Append));
    file.write(text);
    file.close();
    f.reload();
}

QList<QStringList> audit(SyncFixture &f, const QString &action)
{
    testsupport::Db state(f.workspace->stateStorePath());
    return state.rows(QStringLiteral("SELECT actor, object, detail FROM audit WHERE action = '%1' ORDER BY id").arg(action));
}

void fill(SyncFixture &f, int from, int to)
{
    f.source().exec(QStringLiteral("BEGIN"));
    for (int i = from; i <= to; ++i)
        f.insert(i, QStringLiteral("item %1").arg(i), QStringLiteral("%1.50").arg(i),
                 QStringLiteral("2026-11-01 08:%1:%2").arg(i / 60 % 60, 2, 10, QLatin1Char('0')).arg(i % 60, 2, 10, QLatin1Char('0')));
    f.source().exec(QStringLiteral("COMMIT"));
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private slots:
    void latencyHistogram();
    void alertRulesAreRead();
    void lockedTargetRetriesOpensCircuitAndRecovers();
    void poisonRecordsReplayAfterTheFix();
    void pauseResumeAndBackfillAreAudited();
    void schedulerOrderAndDependencies();
    void alertsAreRaisedResolvedAndPostedSigned();
};

void TestOperations::latencyHistogram()
{
    LatencyHistogram h;
    QCOMPARE(h.percentile(50), qint64(-1));
    for (int ms = 1; ms <= 1000; ++ms)
        h.add(ms);
    QCOMPARE(h.count(), qint64(1000));
    // Never optimistic, at most √2 high.
    for (double p : {50.0, 95.0, 99.0}) {
        const double exact = p * 10.0;
        QVERIFY2(h.percentile(p) >= exact && h.percentile(p) <= exact * 1.4143,
                 qPrintable(QStringLiteral("p%1 = %2").arg(p).arg(h.percentile(p))));
    }
    for (qint64 ms : {0, 1, 2, 3, 5, 100, 1000, 86400000})
        QVERIFY(LatencyHistogram::upperEdge(LatencyHistogram::binOf(ms)) >= ms);
    const LatencyHistogram back = LatencyHistogram::fromText(h.toText());
    QCOMPARE(back.count(), h.count());
    QCOMPARE(back.percentile(95), h.percentile(95));
    QCOMPARE(LatencyHistogram::fromText(QStringLiteral("x,3:-1,99:4,,2:5")).count(), qint64(5)); // junk ignored

    MetricBucket a, b;
    a.start = QDateTime::fromSecsSinceEpoch(60, Qt::UTC);
    a.values.written = 990;
    a.values.failed = 10;
    a.values.backlog = 7;
    b.start = QDateTime::fromSecsSinceEpoch(120, Qt::UTC);
    b.values.written = 1000;
    const MetricSummary s = summarize({b, a});
    QCOMPARE(s.written, qint64(1990));
    QCOMPARE(s.backlog, qint64(7));
    QVERIFY(qAbs(s.successRate() - 1990.0 / 2000.0) < 1e-9);
    QCOMPARE(bucketOf(QDateTime::fromSecsSinceEpoch(179, Qt::UTC)), qint64(120));
}

void TestOperations::alertRulesAreRead()
{
    SyncFixture f;
    QCOMPARE(f.workspace->alerts.rules.size(), defaultAlertRules().size());
    QVERIFY(f.workspace->alerts.defaults);
    appendYaml(f, "circuit_breaker: { failures: 4, probe: 2s, max_probe: 1m }\n"
                  "alerts:\n"
                  "  webhook: { url: 'http://127.0.0.1:9/robot/send?access_token=t', secret: 'env:ROBOT_SECRET', min_severity: info }\n"
                  "  rules:\n"
                  "    - { name: slow, metric: latency_p95, above: 3m, window: 1h, severity: warning }\n"
                  "    - { metric: success_rate, below: 99.5%, severity: critical, pipelines: [items] }\n");
    QCOMPARE(f.workspace->circuit.failures, 4);
    QCOMPARE(f.workspace->circuit.probeMs, qint64(2000));
    QCOMPARE(f.workspace->circuit.maxProbeMs, qint64(60000));
    QCOMPARE(f.workspace->alerts.rules.size(), 2);
    QCOMPARE(f.workspace->alerts.rules[0].threshold, 180000.0);
    QCOMPARE(f.workspace->alerts.rules[1].name, QStringLiteral("success_rate"));
    QVERIFY(qAbs(f.workspace->alerts.rules[1].threshold - 0.995) < 1e-12);
    QCOMPARE(f.workspace->alerts.webhookMinSeverity, QStringLiteral("info"));

    // Mistakes are located.
    SyncFixture g;
    QFile file(g.dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(file.open(QIODevice::Append));
    file.write("alerts:\n"
               "  webhook: { url: 'ftp://x', secret: plain-secret }\n"
               "  rules:\n"
               "    - { metric: succes_rate, below: 99% }\n"
               "    - { metric: success_rate, below: 120% }\n"
               "    - { metric: backlog, below: 5 }\n"
               "    - { metric: backlog, above: 5, pipelines: [nope] }\n"
               "circuit_breaker: { failures: 0 }\n");
    file.close();
    const WorkspaceLoad load = WorkspaceLoader::load(g.dir.path());
    QVERIFY(!load.ok());
    QStringList messages;
    for (const Error &e : load.errors) {
        messages.append(e.toString());
        QVERIFY2(e.location.line > 20 && e.location.file.endsWith(QLatin1String("workspace.yaml")), qPrintable(e.toString()));
    }
    const QString all = messages.join(QLatin1Char('\n'));
    for (const char *expected : {"http:// or https://", "a reference, env:VAR or keychain:NAME",
                                 "unknown metric 'succes_rate'", "a percentage such as 99.9%", "takes 'above:'",
                                 "unknown pipeline 'nope'", "failures must be at least 1"})
        QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(QLatin1String(expected), all)));
}

void TestOperations::lockedTargetRetriesOpensCircuitAndRecovers()
{
    SyncFixture f(20);
    // wms waits 300 ms for a lock; two failed runs open its circuit; probes after 1 s, then 2 s.
    QFile yaml(f.dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    QByteArray text = yaml.readAll();
    yaml.close();
    text.replace("wms: { kind: sqlite, path: wms.sqlite }", "wms: { kind: sqlite, path: wms.sqlite, timeout: 300ms }");
    testsupport::writeFile(f.dir.filePath(QStringLiteral("workspace.yaml")), text);
    appendYaml(f, "    retry: { max_attempts: 5, base: 400ms, max: 5s, jitter: 0.25 }\n"
                  "circuit_breaker: { failures: 2, probe: 1s, max_probe: 4s }\n");
    f.target().exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    fill(f, 1, 400);

    Locker locker;
    bool locked = false;
    auto ops = std::make_unique<Operations>(f.workspace, f.store.get());
    std::atomic<bool> cancel{false};
    RunOptions options;
    options.trigger = QStringLiteral("schedule");
    // Another process takes the target's lock after the first two batches are written.
    const RunResult first = ops->execute(QStringLiteral("items"), options, cancel, [&](const RunProgress &p) {
        if (p.done >= 40 && !locked)
            locked = locker.lock(f.dir.filePath(QStringLiteral("wms.sqlite")));
    });
    QVERIFY(locked);
    QCOMPARE(first.status, QStringLiteral("failed"));
    QCOMPARE(first.error.code, ErrorCode::SyncTimeout);
    QCOMPARE(first.faultSide, QStringLiteral("target"));
    QVERIFY(first.written() >= 40 && first.written() < 400);

    // The retry schedule is in the store: a restart (new store connection, new Operations) sees it.
    ops.reset();
    f.reload();
    ops = std::make_unique<Operations>(f.workspace, f.store.get());
    PipelineControl c = f.store->control(QStringLiteral("items")).value_or(PipelineControl());
    QCOMPARE(c.retryAttempt, 1);
    QCOMPARE(c.lastErrorCode, ErrorCode::SyncTimeout);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(c.nextAttemptAt > now.addMSecs(-400) && c.nextAttemptAt <= now.addMSecs(500 + 100),
             qPrintable(c.nextAttemptAt.toString(Qt::ISODateWithMs)));
    QVERIFY(ops->due(c.nextAttemptAt.addMSecs(-1)).isEmpty());
    QList<DueRun> due = ops->due(c.nextAttemptAt);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].trigger, QStringLiteral("retry"));
    QCOMPARE(ops->overview().value(0).state, QStringLiteral("retrying"));

    // The retry fails too (still locked): the circuit to wms opens, and an alert says so.
    QVERIFY(ops->markStarted(due[0]).ok());
    options.trigger = due[0].trigger;
    const RunResult second = ops->execute(QStringLiteral("items"), options, cancel);
    QCOMPARE(second.status, QStringLiteral("failed"));
    CircuitState cs = f.store->circuit(QStringLiteral("wms")).value_or(CircuitState());
    QVERIFY(cs.open);
    QCOMPARE(cs.failures, 2);
    QCOMPARE(ops->overview().value(0).state, QStringLiteral("circuit_open"));
    const auto alerts = f.store->alerts(false).value_or({});
    QVERIFY(std::any_of(alerts.cbegin(), alerts.cend(), [](const AlertRecord &a) { return a.rule == QLatin1String("circuit-open"); }));
    QCOMPARE(audit(f, QStringLiteral("circuit.open")).size(), 1);
    // Nothing runs towards wms before the probe time, whatever the retry schedule says.
    QVERIFY(ops->due(cs.nextProbeAt.addMSecs(-1)).isEmpty());
    due = ops->due(cs.nextProbeAt);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].trigger, QStringLiteral("probe"));

    // A failed probe waits twice as long for the next.
    options.trigger = QStringLiteral("probe");
    const QDateTime beforeProbe = QDateTime::currentDateTimeUtc();
    QCOMPARE(ops->execute(QStringLiteral("items"), options, cancel).status, QStringLiteral("failed"));
    cs = f.store->circuit(QStringLiteral("wms")).value_or(CircuitState());
    QVERIFY(cs.open);
    QCOMPARE(cs.probes, 1);
    QVERIFY(cs.nextProbeAt >= beforeProbe.addMSecs(2000));

    // The target comes back; the next probe writes everything, and the circuit closes.
    locker.release();
    const RunResult probe = ops->execute(QStringLiteral("items"), options, cancel);
    QCOMPARE(probe.status, QStringLiteral("succeeded"));
    cs = f.store->circuit(QStringLiteral("wms")).value_or(CircuitState());
    QVERIFY(!cs.open);
    QCOMPARE(cs.failures, 0);
    c = f.store->control(QStringLiteral("items")).value_or(PipelineControl());
    QCOMPARE(c.retryAttempt, 0);
    QVERIFY(!c.nextAttemptAt.isValid());
    QCOMPARE(ops->overview().value(0).state, QStringLiteral("idle"));
    // Target equals source, each row once.
    QCOMPARE(f.target().count(QStringLiteral("copy")), qint64(400));
    QCOMPARE(f.target().rows(QStringLiteral("SELECT COUNT(*) FROM copy c JOIN (SELECT 1) WHERE c.name = 'item ' || c.item_id "
                                            "AND c.amount = c.item_id || '.50'")).value(0).value(0),
             QStringLiteral("400"));
    // The circuit alert resolved itself.
    const auto after = f.store->alerts(false).value_or({});
    QVERIFY(std::none_of(after.cbegin(), after.cend(), [](const AlertRecord &a) { return a.rule == QLatin1String("circuit-open"); }));
    // Metrics counted the failed batches and the writes.
    const MetricSummary m = summarize(f.store->metrics(QStringLiteral("items"), QDateTime::currentDateTimeUtc().addSecs(-3600),
                                                       QDateTime::currentDateTimeUtc().addSecs(60)).value_or({}));
    QCOMPARE(m.written, qint64(400));
    QVERIFY2(m.failed >= 20 && m.failed <= 3 * 20, qPrintable(QString::number(m.failed))); // the batches in flight
    QCOMPARE(m.runs, qint64(4));
    QCOMPARE(m.runsFailed, qint64(3));
    QVERIFY(m.retried >= 400 - first.written());
    QCOMPARE(m.p50 >= 0, true);
}

void TestOperations::poisonRecordsReplayAfterTheFix()
{
    SyncFixture f(10);
    fill(f, 1, 50);
    // Poison: no name (the target's name is NOT NULL), and an amount that is not a number.
    f.source().exec(QStringLiteral("UPDATE items SET name = NULL WHERE id IN (7, 23)"));
    f.source().exec(QStringLiteral("UPDATE items SET amount = 'twelve' WHERE id = 31"));
    Operations ops(f.workspace, f.store.get());
    std::atomic<bool> cancel{false};
    const RunResult r = ops.execute(QStringLiteral("items"), RunOptions(), cancel);
    QCOMPARE(r.status, QStringLiteral("partial"));
    QCOMPARE(r.failed, qint64(3));
    QCOMPARE(f.target().count(QStringLiteral("copy")), qint64(47));
    DeadLetterFilter open;
    QList<DeadLetterRecord> letters = f.store->deadLetters(open).value_or({});
    QCOMPARE(letters.size(), 3);
    QMap<QString, QString> codes;
    for (const DeadLetterRecord &d : letters)
        codes.insert(d.key, d.errorCode);
    QCOMPARE(codes.value(QStringLiteral("7")), ErrorCode::TargetRejected);
    QCOMPARE(codes.value(QStringLiteral("31")), ErrorCode::TypeMismatch);

    // Replaying before the fix fails again: letters stay open, with one more attempt.
    Holder steward; // a steward who may see every field in clear
    steward.name = QStringLiteral("data_steward");
    steward.clearance = Sensitivity::L3;
    ReplayResult again = ops.replayAll(QStringLiteral("items"), QStringLiteral("alice"), cancel);
    QCOMPARE(again.failed(), 3);
    QCOMPARE(f.store->deadLetters(open).value_or({}).value(0).attempts, 1);

    // The fix: a default name in the mapping; and the bad amount corrected by hand.
    testsupport::writeFile(f.dir.filePath(QStringLiteral("mappings/items.yaml")),
                           "source: crm.items\n"
                           "target: wms.copy\n"
                           "fields:\n"
                           "  item_id: { from: id }\n"
                           "  name: { from: name, transform: [trim], default: '(no name)' }\n"
                           "  amount: { from: amount }\n"
                           "  updated_at: { from: updated_at }\n");
    f.reload();
    Operations fixed(f.workspace, f.store.get());
    qint64 amountLetter = 0;
    for (const DeadLetterRecord &d : f.store->deadLetters(open).value_or({}))
        if (d.key == QLatin1String("31"))
            amountLetter = d.id;
    QVERIFY(amountLetter > 0);
    const auto bad = fixed.editDeadLetter(amountLetter, QStringLiteral("amount"), QStringLiteral("x1"), false,
                                          QStringLiteral("alice"), steward);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::TypeMismatch);
    QVERIFY(fixed.editDeadLetter(amountLetter, QStringLiteral("amount"), QStringLiteral("12.00"), false,
                                 QStringLiteral("alice"), steward).ok());
    const auto view = fixed.deadLetterView(amountLetter, steward);
    QVERIFY(view.ok());
    QVERIFY(view->letter.edited);
    QVERIFY(view->letter.payload.isEmpty()); // never handed out raw
    QCOMPARE(view->values.value(view->fields.indexOf(QStringLiteral("amount"))), QStringLiteral("12.00"));

    const ReplayResult replayed = fixed.replayAll(QStringLiteral("items"), QStringLiteral("alice"), cancel);
    QCOMPARE(replayed.replayed(), 3);
    QCOMPARE(replayed.failed(), 0);
    QCOMPARE(f.target().count(QStringLiteral("copy")), qint64(50));
    QCOMPARE(f.target().rows(QStringLiteral("SELECT name FROM copy WHERE item_id = 7")).value(0).value(0), QStringLiteral("(no name)"));
    QCOMPARE(f.target().rows(QStringLiteral("SELECT amount FROM copy WHERE item_id = 31")).value(0).value(0), QStringLiteral("12.00"));
    QVERIFY(f.store->deadLetters(open).value_or({}).isEmpty());

    // Idempotent: replaying the same letters again writes nothing and says why.
    QList<qint64> ids;
    DeadLetterFilter all;
    all.status = QStringLiteral("all");
    for (const DeadLetterRecord &d : f.store->deadLetters(all).value_or({})) {
        ids.append(d.id);
        QCOMPARE(d.status, QStringLiteral("replayed"));
        QCOMPARE(d.resolvedBy, QStringLiteral("alice"));
    }
    const ReplayResult twice = fixed.replay(ids, QStringLiteral("alice"), cancel);
    QCOMPARE(twice.replayed(), 0);
    QCOMPARE(twice.letters.size(), 3);
    QVERIFY(twice.runs.isEmpty());
    QCOMPARE(f.target().count(QStringLiteral("copy")), qint64(50));
    // Audited: the edit (field name only) and both replays.
    const auto edits = audit(f, QStringLiteral("deadletter.edit"));
    QCOMPARE(edits.size(), 1);
    QVERIFY(edits[0][2].contains(QLatin1String("\"field\":\"amount\"")));
    QVERIFY(!edits[0][2].contains(QLatin1String("12.00")));
    QCOMPARE(audit(f, QStringLiteral("deadletter.replay")).size(), 2);

    // Discard needs a reason; a closed letter is not discarded again.
    QVERIFY(!fixed.discard(ids, QStringLiteral(" "), QStringLiteral("alice")).ok());
    QCOMPARE(fixed.discard(ids, QStringLiteral("duplicate"), QStringLiteral("alice")).value_or(-1), 0);
    f.source().exec(QStringLiteral("UPDATE items SET amount = 'n/a', updated_at = '2026-11-02 00:00:00' WHERE id = 5"));
    QCOMPARE(fixed.execute(QStringLiteral("items"), RunOptions(), cancel).failed, qint64(1));
    const qint64 fresh = f.store->deadLetters(open).value_or({}).value(0).id;
    QCOMPARE(fixed.discard({fresh}, QStringLiteral("test row, deleted upstream"), QStringLiteral("bob")).value_or(-1), 1);
    QCOMPARE(f.store->deadLetter(fresh).value_or(std::nullopt)->resolution, QStringLiteral("test row, deleted upstream"));
    QCOMPARE(audit(f, QStringLiteral("deadletter.discard")).size(), 1);
}

void TestOperations::pauseResumeAndBackfillAreAudited()
{
    SyncFixture f(25);
    appendYaml(f, "    schedule: every 1m\n");
    fill(f, 1, 100);
    Operations ops(f.workspace, f.store.get());
    std::atomic<bool> cancel{false};
    QCOMPARE(ops.due(QDateTime::currentDateTimeUtc()).size(), 1); // never ran: an interval starts at once

    QVERIFY(ops.pause(QStringLiteral("items"), QStringLiteral("alice"), QStringLiteral("ERP maintenance")).ok());
    QVERIFY(ops.due(QDateTime::currentDateTimeUtc().addSecs(600)).isEmpty());
    QCOMPARE(ops.overview().value(0).state, QStringLiteral("paused"));
    QCOMPARE(ops.overview().value(0).detail, QStringLiteral("ERP maintenance"));
    RunOptions scheduled;
    scheduled.trigger = QStringLiteral("schedule");
    const RunResult skipped = ops.execute(QStringLiteral("items"), scheduled, cancel);
    QCOMPARE(skipped.status, QStringLiteral("skipped"));
    QCOMPARE(skipped.error.code, ErrorCode::PipelinePaused);
    QCOMPARE(f.target().count(QStringLiteral("copy")), qint64(0));
    // An operator's own run goes ahead while paused.
    QCOMPARE(ops.execute(QStringLiteral("items"), RunOptions(), cancel).status, QStringLiteral("succeeded"));
    QCOMPARE(f.target().count(QStringLiteral("copy")), qint64(100));
    // The backlog: nothing after a complete run (the boundary row it re-checks is not pending),
    // then what the source gained.
    ops.measureBacklogs();
    QCOMPARE(ops.overview().value(0).backlog, qint64(0));
    fill(f, 101, 105);
    ops.measureBacklogs();
    QCOMPARE(ops.overview().value(0).backlog, qint64(5));
    f.source().exec(QStringLiteral("DELETE FROM items WHERE id > 100"));
    QVERIFY(ops.resume(QStringLiteral("items"), QStringLiteral("alice")).ok());
    // Resumed; the interval counts from that last successful run.
    QVERIFY(ops.due(QDateTime::currentDateTimeUtc()).isEmpty());
    QCOMPARE(ops.due(QDateTime::currentDateTimeUtc().addSecs(61)).size(), 1);
    QVERIFY(!ops.pause(QStringLiteral("nope"), QStringLiteral("alice")).ok());
    QCOMPARE(audit(f, QStringLiteral("pipeline.pause")).size(), 1);
    QCOMPARE(audit(f, QStringLiteral("pipeline.pause")).value(0).value(0), QStringLiteral("alice"));
    QCOMPARE(audit(f, QStringLiteral("pipeline.resume")).size(), 1);

    // Backfill from a time: rows changed at or after it are read again, the others are not.
    f.target().exec(QStringLiteral("UPDATE copy SET name = 'damaged'"));
    const QDateTime from = QDateTime::fromString(QStringLiteral("2026-11-01T08:01:00"), Qt::ISODate); // local time, like the source
    const RunResult back = ops.backfill(QStringLiteral("items"), from, false, QStringLiteral("alice"), cancel);
    QCOMPARE(back.status, QStringLiteral("succeeded"));
    QCOMPARE(back.read, qint64(100 - 59)); // 08:01:00 .. 08:01:40
    QCOMPARE(f.target().rows(QStringLiteral("SELECT COUNT(*) FROM copy WHERE name = 'damaged'")).value(0).value(0), QStringLiteral("59"));
    // ... and a full one restores the rest.
    QCOMPARE(ops.backfill(QStringLiteral("items"), QDateTime(), true, QStringLiteral("alice"), cancel).read, qint64(100));
    QCOMPARE(f.target().rows(QStringLiteral("SELECT COUNT(*) FROM copy WHERE name = 'damaged'")).value(0).value(0), QStringLiteral("0"));
    const auto backfills = audit(f, QStringLiteral("pipeline.backfill"));
    QCOMPARE(backfills.size(), 2);
    QVERIFY(backfills[0][2].contains(QLatin1String("\"full\":false")));
    QVERIFY(backfills[1][2].contains(QLatin1String("\"full\":true")));
    // The run itself records who and why.
    QVERIFY(audit(f, QStringLiteral("run.start")).constLast().value(2).contains(QLatin1String("\"trigger\":\"backfill\"")));
}

void TestOperations::schedulerOrderAndDependencies()
{
    SyncFixture f(25);
    // A second pipeline that waits for the first, and a cron schedule on the first.
    appendYaml(f, "    schedule: '*/5 * * * *'\n"
                  "  items-again:\n"
                  "    source: crm.items\n"
                  "    target: wms.copy\n"
                  "    mapping: mappings/items.yaml\n"
                  "    after: [items]\n");
    fill(f, 1, 10);
    Operations ops(f.workspace, f.store.get());
    std::atomic<bool> cancel{false};
    // Never acted on: a cron schedule waits for its next time.
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-01T10:02:00Z"), Qt::ISODate);
    QVERIFY(ops.due(t0).isEmpty());
    const QDateTime wake = ops.nextWake(t0);
    QVERIFY(wake.isValid() && wake > t0 && wake <= t0.addSecs(300));
    // Acted on at 10:00; at 10:17 the missed 10:05, 10:10 and 10:15 run once, as 10:15.
    PipelineControl c = PipelineControl::of(QStringLiteral("items"));
    c.lastScheduledAt = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
    QVERIFY(f.store->saveControl(c).ok());
    const QList<DueRun> due = ops.due(QDateTime::fromString(QStringLiteral("2026-12-01T10:17:30Z"), Qt::ISODate));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].pipeline, QStringLiteral("items"));
    QCOMPARE(due[0].slot.toUTC().time(), QTime(10, 15));
    QVERIFY(ops.markStarted(due[0]).ok());
    QCOMPARE(ops.execute(QStringLiteral("items"), RunOptions(), cancel).status, QStringLiteral("succeeded"));
    // Its dependant is due now, once.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(ops.markStarted(DueRun{QStringLiteral("items"), QStringLiteral("schedule"), now}).ok()); // today's slot taken
    QList<DueRun> next = ops.due(now);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next[0].pipeline, QStringLiteral("items-again"));
    QCOMPARE(next[0].trigger, QStringLiteral("dependency"));
    QVERIFY(ops.markStarted(next[0]).ok());
    QCOMPARE(ops.execute(QStringLiteral("items-again"), RunOptions(), cancel).status, QStringLiteral("succeeded"));
    next = ops.due(QDateTime::currentDateTimeUtc());
    QVERIFY2(next.isEmpty(), qPrintable(next.value(0).pipeline));
    // The dependant waits for a dependency that failed.
    f.target().exec(QStringLiteral("DROP TABLE copy"));
    QCOMPARE(ops.execute(QStringLiteral("items"), RunOptions(), cancel).status, QStringLiteral("failed"));
    QVERIFY(ops.due(QDateTime::currentDateTimeUtc()).isEmpty());
}

void TestOperations::alertsAreRaisedResolvedAndPostedSigned()
{
    RobotServer robot;
    QVERIFY(robot.listen(QHostAddress::LocalHost));
    qputenv("CONCORD_TEST_ROBOT_SECRET", "SEC-robot-secret");
    SyncFixture f(10);
    appendYaml(f, QStringLiteral("alerts:\n"
                                 "  webhook: { url: 'http://127.0.0.1:%1/robot/send?access_token=abc', "
                                 "secret: 'env:CONCORD_TEST_ROBOT_SECRET', min_severity: warning }\n"
                                 "  rules:\n"
                                 "    - { name: rate, metric: success_rate, below: 99%, severity: critical }\n"
                                 "    - { name: quiet, metric: dead_letters, above: 100, severity: info }\n")
                      .arg(robot.serverPort())
                      .toUtf8());
    fill(f, 1, 20);
    f.source().exec(QStringLiteral("UPDATE items SET amount = 'bad' WHERE id = 4"));
    Operations ops(f.workspace, f.store.get());
    std::atomic<bool> cancel{false};
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(ops.execute(QStringLiteral("items"), RunOptions(), cancel).status, QStringLiteral("partial"));
    QList<AlertRecord> active = f.store->alerts(false).value_or({});
    QCOMPARE(active.size(), 1);
    QCOMPARE(active[0].rule, QStringLiteral("rate"));
    QCOMPARE(active[0].severity, QStringLiteral("critical"));
    QVERIFY2(active[0].message.contains(QLatin1String("95.0%")), qPrintable(active[0].message)); // 19 of 20
    // The robot got it once, signed: sign = base64(HMAC-SHA256(secret, timestamp + "\n" + secret)).
    QTRY_COMPARE(robot.bodies.size(), 1);
    QMap<QString, QByteArray> query; // as sent, still percent-encoded
    for (const QString &item : robot.targets[0].section(QLatin1Char('?'), 1).split(QLatin1Char('&')))
        query.insert(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1).toLatin1());
    QCOMPARE(query.value(QStringLiteral("access_token")), QByteArray("abc"));
    const QByteArray ts = query.value(QStringLiteral("timestamp"));
    QVERIFY(ts.toLongLong() >= before && ts.toLongLong() <= QDateTime::currentMSecsSinceEpoch());
    const QByteArray expected = QMessageAuthenticationCode::hash(ts + "\nSEC-robot-secret", "SEC-robot-secret",
                                                                 QCryptographicHash::Sha256)
                                    .toBase64();
    QVERIFY(!query.value(QStringLiteral("sign")).contains('+') && !query.value(QStringLiteral("sign")).contains('='));
    QCOMPARE(QByteArray::fromPercentEncoding(query.value(QStringLiteral("sign"))), expected);
    const QJsonObject body = QJsonDocument::fromJson(robot.bodies[0]).object();
    QCOMPARE(body.value(QStringLiteral("msgtype")).toString(), QStringLiteral("text"));
    QVERIFY(body.value(QStringLiteral("text")).toObject().value(QStringLiteral("content")).toString().contains(QStringLiteral("严重")));
    // Still true after the next check: the same alert, not a new one, not posted again.
    QVERIFY(ops.checkAlerts().isEmpty());
    QCOMPARE(f.store->alerts(false).value_or({}).size(), 1);
    QTest::qWait(200);
    QCOMPARE(robot.bodies.size(), 1);
    // Acknowledged (audited), then resolved once enough good writes bring the rate back.
    QVERIFY(ops.acknowledgeAlert(active[0].id, QStringLiteral("alice")).value_or(false));
    QVERIFY(!ops.acknowledgeAlert(active[0].id, QStringLiteral("alice")).value_or(true));
    QCOMPARE(audit(f, QStringLiteral("alert.acknowledge")).size(), 1);
    fill(f, 21, 200);
    QCOMPARE(ops.execute(QStringLiteral("items"), RunOptions(), cancel).status, QStringLiteral("succeeded"));
    active = f.store->alerts(false).value_or({});
    QVERIFY(active.isEmpty());
    const QList<AlertRecord> all = f.store->alerts(true).value_or({});
    QCOMPARE(all.size(), 1);
    QVERIFY(all[0].resolvedAt.isValid());
    QCOMPARE(all[0].acknowledgedBy, QStringLiteral("alice"));
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
