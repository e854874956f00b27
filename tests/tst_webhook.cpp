// The webhook receiver (docs/webhooks.md) over real HTTP on 127.0.0.1: a signed event made
// durable in the outbox before the 200 and then applied by its pipeline; each way of being
// wrong answered with its own 4xx and a JSON error; and a fuzz-style barrage of 10,000
// malformed, oversized, unsigned, stale and replayed requests (plus raw garbage on the socket)
// that must be answered 4xx, crash nothing, and store nothing.

#include "connectors/webhook/webhookreceiver.h"
#include "connectors/webhook/webhooksignature.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

const QByteArray kSecret = "tax-hook-secret-0123456789abcdef";

struct Sent
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestWebhook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Workspace> m_ws;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<testsupport::Db> m_tax;
    QNetworkAccessManager m_net;
    int m_port = 0;
    QStringList m_acceptedFor;

    QUrl url(const QString &path = QStringLiteral("/webhooks/vouchers")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    static QList<QPair<QByteArray, QByteArray>> signedHeaders(const QByteArray &body, qint64 at = QDateTime::currentSecsSinceEpoch())
    {
        const QByteArray ts = QByteArray::number(at);
        return {{"X-Timestamp", ts}, {"X-Signature", webhookSignature(kSecret, ts, body)}, {"X-Source-System", "settlement"}};
    }

    // Sends requests, up to 32 at a time, and collects the answers in order.
    QList<Sent> sendAll(const QList<std::tuple<QByteArray, QUrl, QList<QPair<QByteArray, QByteArray>>, QByteArray>> &requests)
    {
        QList<Sent> out(requests.size());
        int next = 0, done = 0;
        QEventLoop loop;
        std::function<void()> launch = [&] {
            while (next < requests.size() && next - done < 32) {
                const int i = next++;
                const auto &[method, u, headers, body] = requests[i];
                QNetworkRequest req(u);
                req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                for (const auto &h : headers)
                    req.setRawHeader(h.first, h.second);
                QNetworkReply *reply = m_net.sendCustomRequest(req, method, body);
                connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
                    out[i].status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    out[i].body = reply->readAll();
                    reply->deleteLater();
                    ++done;
                    if (done == requests.size())
                        loop.quit();
                    else
                        launch();
                });
            }
        };
        launch();
        if (!requests.isEmpty())
            loop.exec();
        return out;
    }

    Sent send(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &method = "POST",
              const QUrl &to = QUrl())
    {
        return sendAll({{method, to.isEmpty() ? url() : to, headers, body}}).front();
    }

    qint64 outboxCount() { return *m_store->pendingOutboxCount(QStringLiteral("vouchers")); }

    static QByteArray event(int voucher, const QString &contract, const QString &amount)
    {
        return "{\"event\":\"l1_confirmed\",\"voucher_id\":" + QByteArray::number(voucher) + ",\"data\":{\"contract_no\":\""
            + contract.toUtf8() + "\",\"amount\":" + amount.toUtf8() + "}}";
    }

private slots:
    void initTestCase()
    {
        qputenv("CONCORD_TEST_HOOK_SECRET", kSecret);
        m_tax = std::make_unique<testsupport::Db>(m_dir.filePath(QStringLiteral("tax.sqlite")));
        m_tax->exec(QStringLiteral("CREATE TABLE invoice_cache (invoice_id INTEGER PRIMARY KEY, invoice_no TEXT, amount TEXT, "
                                   "event TEXT)"));
        testsupport::writeFile(m_dir.filePath(QStringLiteral("workspace.yaml")),
                               "name: webhook test\n"
                               "systems:\n"
                               "  tax: { kind: sqlite, path: tax.sqlite }\n"
                               "  settlement:\n"
                               "    kind: webhook\n"
                               "    port: 0\n"
                               "    secret: 'env:CONCORD_TEST_HOOK_SECRET'\n"
                               "    source_system: settlement\n"
                               "    max_body: 4096\n"
                               "datasets:\n"
                               "  settlement.vouchers:\n"
                               "    endpoint: /webhooks/vouchers\n"
                               "    key: [voucher_id]\n"
                               "    fields:\n"
                               "      voucher_id: int\n"
                               "      event: string\n"
                               "      contract_no: { type: string, column: data.contract_no }\n"
                               "      amount: { type: 'decimal(18,2)', column: data.amount }\n"
                               "  tax.invoice_cache:\n"
                               "    key: [invoice_id]\n"
                               "    fields: { invoice_id: int, invoice_no: string, amount: 'decimal(18,2)', event: string }\n"
                               "pipelines:\n"
                               "  vouchers:\n"
                               "    source: settlement.vouchers\n"
                               "    target: tax.invoice_cache\n"
                               "    mapping: mappings/vouchers.yaml\n"
                               "    mode: realtime\n");
        testsupport::writeFile(m_dir.filePath(QStringLiteral("mappings/vouchers.yaml")),
                               "source: settlement.vouchers\ntarget: tax.invoice_cache\nfields:\n"
                               "  invoice_id: { from: voucher_id }\n  invoice_no: { from: contract_no }\n"
                               "  amount: { from: amount }\n  event: { from: event }\n");
        const WorkspaceLoad load = WorkspaceLoader::load(m_dir.path());
        QVERIFY2(load.ok(), load.ok() ? "" : qPrintable(load.errors.front().toString()));
        for (const Error &w : load.warnings)
            QVERIFY2(!w.message.contains(QLatin1String("webhook")), qPrintable(w.message));
        m_ws = load.workspace;
        m_store = std::make_unique<StateStore>();
        QVERIFY(m_store->open(m_ws->stateStorePath()).ok());
        m_receiver = std::make_unique<WebhookReceiver>(m_ws, QStringLiteral("settlement"));
        m_receiver->onAccepted([this](const QString &p) { m_acceptedFor.append(p); });
        const auto port = m_receiver->start();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        m_port = *port;
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_store.reset();
        m_tax.reset();
    }

    // A signed voucher: durable in the outbox when the 200 comes, then written by the pipeline.
    void signedEventIsStoredThenApplied()
    {
        const QByteArray body = event(1001, QStringLiteral("L1-20251219-001"), QStringLiteral("100000.00"));
        const Sent a = send(body, signedHeaders(body));
        QCOMPARE(a.status, 200);
        QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(outboxCount(), 1);
        QCOMPARE(m_acceptedFor, QStringList{QStringLiteral("vouchers")});
        PipelineRunner runner(m_ws, m_store.get());
        std::atomic<bool> cancel{false};
        const RunResult r = runner.run(QStringLiteral("vouchers"), RunOptions(), cancel);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(outboxCount(), 0);
        QCOMPARE(m_tax->rows(QStringLiteral("SELECT invoice_id, invoice_no, amount, event FROM invoice_cache")),
                 (QList<QStringList>{{QStringLiteral("1001"), QStringLiteral("L1-20251219-001"), QStringLiteral("100000.00"),
                                      QStringLiteral("l1_confirmed")}}));
    }

    // Each way of being wrong has its answer, always JSON, and nothing is stored.
    void eachRefusalHasItsAnswer()
    {
        const QByteArray body = event(1002, QStringLiteral("L1-002"), QStringLiteral("5.00"));
        const auto headers = signedHeaders(body);
        QCOMPARE(send(body, headers).status, 200);
        const qint64 stored = outboxCount();
        const auto check = [&](const Sent &s, int status, const char *code) {
            QCOMPARE(s.status, status);
            QCOMPARE(QJsonDocument::fromJson(s.body).object().value(QStringLiteral("error")).toString(), QLatin1String(code));
        };
        check(send(body, headers), 401, "replayed");
        check(send(body, {}), 401, "unsigned");
        check(send(body, signedHeaders(body, QDateTime::currentSecsSinceEpoch() - 301)), 401, "stale_timestamp");
        check(send(body, signedHeaders(body, QDateTime::currentSecsSinceEpoch() + 400)), 401, "stale_timestamp");
        auto wrongSender = signedHeaders(body);
        wrongSender[2].second = "crm";
        check(send(body, wrongSender), 401, "unknown_sender");
        QByteArray tampered = body;
        tampered.replace("5.00", "9.00");
        check(send(tampered, signedHeaders(body)), 401, "bad_signature");
        const QByteArray notJson = "{\"voucher_id\": 3,";
        check(send(notJson, signedHeaders(notJson)), 400, "bad_json");
        const QByteArray noKey = "{\"data\":{\"amount\":1}}";
        check(send(noKey, signedHeaders(noKey)), 400, "bad_event");
        const QByteArray big = "{\"voucher_id\":4,\"pad\":\"" + QByteArray(5000, 'x') + "\"}";
        check(send(big, signedHeaders(big)), 413, "body_too_large");
        check(send(QByteArray(), {}, "GET"), 405, "method_not_allowed");
        QCOMPARE(send(body, headers, "POST", url(QStringLiteral("/elsewhere"))).status, 404);
        QCOMPARE(outboxCount(), stored);
    }

    // Concord as the sender: a settlement table pushed to the tax side's signed receiver (a second
    // workspace), in signed batches; an event the subscriber refuses is dead-lettered alone; a
    // subscriber that is down fails the run as transient, and nothing is lost.
    void pushToASignedSubscriber()
    {
        QTemporaryDir taxDir;
        testsupport::writeFile(taxDir.filePath(QStringLiteral("workspace.yaml")),
                               "name: tax side\n"
                               "systems:\n"
                               "  cache: { kind: sqlite, path: cache.sqlite }\n"
                               "  hub: { kind: webhook, port: 0, secret: 'env:CONCORD_TEST_HOOK_SECRET', source_system: concord }\n"
                               "datasets:\n"
                               "  hub.l1_synced:\n"
                               "    endpoint: /api/v1/webhooks/l1-synced\n"
                               "    key: [invoice_no]\n"
                               "    fields:\n"
                               "      invoice_no: { type: string, column: data.invoice_no }\n"
                               "      amount: { type: 'decimal(18,2)', column: data.amount }\n"
                               "      event: string\n"
                               "  cache.invoices:\n"
                               "    key: [invoice_no]\n"
                               "    fields: { invoice_no: string, amount: 'decimal(18,2)', event: string }\n"
                               "pipelines:\n"
                               "  l1: { source: hub.l1_synced, target: cache.invoices, mapping: mappings/l1.yaml }\n");
        testsupport::writeFile(taxDir.filePath(QStringLiteral("mappings/l1.yaml")),
                               "source: hub.l1_synced\ntarget: cache.invoices\nfields:\n"
                               "  invoice_no: { from: invoice_no }\n  amount: { from: amount }\n  event: { from: event }\n");
        testsupport::Db cache(taxDir.filePath(QStringLiteral("cache.sqlite")));
        cache.exec(QStringLiteral("CREATE TABLE invoices (invoice_no TEXT PRIMARY KEY, amount TEXT, event TEXT)"));
        const WorkspaceLoad taxLoad = WorkspaceLoader::load(taxDir.path());
        QVERIFY2(taxLoad.ok(), taxLoad.ok() ? "" : qPrintable(taxLoad.errors.front().toString()));
        auto tax = std::make_unique<WebhookReceiver>(taxLoad.workspace, QStringLiteral("hub"));
        const auto taxPort = tax->start();
        QVERIFY(taxPort.ok());

        // The sending side: settlement's table, pushed.
        QTemporaryDir hubDir;
        testsupport::Db settlement(hubDir.filePath(QStringLiteral("settlement.sqlite")));
        settlement.exec(QStringLiteral("CREATE TABLE vouchers (id INTEGER PRIMARY KEY, invoice_no TEXT, amount TEXT, "
                                       "updated_at TEXT)"));
        for (int i = 1; i <= 120; ++i)
            settlement.exec(QStringLiteral("INSERT INTO vouchers VALUES (?, ?, ?, '2025-12-19 10:00:00')"),
                            {i, i == 77 ? QVariant() : QVariant(QStringLiteral("INV-%1").arg(i)), QStringLiteral("%1.50").arg(i)});
        testsupport::writeFile(hubDir.filePath(QStringLiteral("workspace.yaml")),
                               "name: hub\n"
                               "systems:\n"
                               "  settlement: { kind: sqlite, path: settlement.sqlite }\n"
                               "  tax: { kind: webhook, url: 'http://127.0.0.1:" + QByteArray::number(*taxPort)
                                   + "', secret: 'env:CONCORD_TEST_HOOK_SECRET', timeout: 2s }\n"
                               "datasets:\n"
                               "  settlement.vouchers:\n"
                               "    key: [id]\n"
                               "    version: updated_at\n"
                               "    fields: { id: int, invoice_no: string, amount: 'decimal(18,2)', updated_at: timestamp }\n"
                               "  tax.l1_synced:\n"
                               "    endpoint: /api/v1/webhooks/l1-synced\n"
                               "    event: l1_synced\n"
                               "    key: [voucher_id]\n"
                               "    fields: { voucher_id: int, invoice_no: string, amount: 'decimal(18,2)' }\n"
                               "pipelines:\n"
                               "  push: { source: settlement.vouchers, target: tax.l1_synced, mapping: mappings/push.yaml, batch_size: 50 }\n");
        testsupport::writeFile(hubDir.filePath(QStringLiteral("mappings/push.yaml")),
                               "source: settlement.vouchers\ntarget: tax.l1_synced\nfields:\n"
                               "  voucher_id: { from: id }\n  invoice_no: { from: invoice_no }\n  amount: { from: amount }\n");
        const WorkspaceLoad hubLoad = WorkspaceLoader::load(hubDir.path());
        QVERIFY2(hubLoad.ok(), hubLoad.ok() ? "" : qPrintable(hubLoad.errors.front().toString()));
        StateStore hubStore;
        QVERIFY(hubStore.open(hubLoad.workspace->stateStorePath()).ok());
        std::atomic<bool> cancel{false};
        RunResult r = PipelineRunner(hubLoad.workspace, &hubStore).run(QStringLiteral("push"), RunOptions(), cancel);
        QCOMPARE(r.status, QStringLiteral("partial"));
        QCOMPARE(r.inserted, 119);
        QCOMPARE(r.failed, 1); // voucher 77 has no invoice number: the tax side refuses it (400)
        const auto letters = hubStore.deadLetters(DeadLetterFilter{});
        QVERIFY(letters.ok());
        QCOMPARE(letters->size(), 1);
        QCOMPARE(letters->front().errorCode, ErrorCode::TargetRejected);
        QVERIFY2(letters->front().errorMessage.contains(QLatin1String("invoice_no")), qPrintable(letters->front().errorMessage));
        QCOMPARE(tax->counters().accepted.load(), 51); // batches of 50 and 20, and the refused batch one by one: 49
        QCOMPARE(tax->counters().events.load(), 119);

        // The tax side applies what it received.
        StateStore taxStore;
        QVERIFY(taxStore.open(taxLoad.workspace->stateStorePath()).ok());
        r = PipelineRunner(taxLoad.workspace, &taxStore).run(QStringLiteral("l1"), RunOptions(), cancel);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(cache.count(QStringLiteral("invoices")), 119);
        QCOMPARE(cache.rows(QStringLiteral("SELECT amount, event FROM invoices WHERE invoice_no = 'INV-5'")),
                 (QList<QStringList>{{QStringLiteral("5.50"), QStringLiteral("l1_synced")}}));

        // The subscriber goes away: a transient failure, the checkpoint stays, nothing dead-lettered.
        tax.reset();
        settlement.exec(QStringLiteral("UPDATE vouchers SET amount = '9.99', updated_at = '2025-12-19 11:00:00' WHERE id = 5"));
        r = PipelineRunner(hubLoad.workspace, &hubStore).run(QStringLiteral("push"), RunOptions(), cancel);
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.error.code, ErrorCode::ConnectionRefused);
        QCOMPARE(hubStore.deadLetters(DeadLetterFilter{})->size(), 1);
    }

    // 10,000 bad requests of every kind: all 4xx, nothing stored, the receiver still serving.
    void fuzzTenThousandBadRequests()
    {
        const qint64 storedBefore = outboxCount();
        const qint64 acceptedBefore = m_receiver->counters().accepted.load();
        QRandomGenerator rng(20261202);
        const QByteArray good = event(2001, QStringLiteral("L1-FUZZ"), QStringLiteral("1.00"));
        const auto goodHeaders = signedHeaders(good);
        QCOMPARE(send(good, goodHeaders).status, 200); // the one that replays copy
        const auto randomBytes = [&](int n) {
            QByteArray b(n, '\0');
            for (char &c : b)
                c = char(rng.bounded(256));
            return b;
        };
        QList<std::tuple<QByteArray, QUrl, QList<QPair<QByteArray, QByteArray>>, QByteArray>> requests;
        for (int i = 0; i < 10000; ++i) {
            QByteArray body = rng.bounded(2) ? randomBytes(int(rng.bounded(300))) : event(int(rng.bounded(100000)), QStringLiteral("F"), QStringLiteral("1"));
            QList<QPair<QByteArray, QByteArray>> headers;
            QByteArray method = "POST";
            QUrl to = url();
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            switch (i % 12) {
            case 0: // unsigned
                break;
            case 1: // garbage signature
                headers = {{"X-Timestamp", QByteArray::number(now)}, {"X-Signature", randomBytes(40).toHex()}, {"X-Source-System", "settlement"}};
                break;
            case 2: // signed with another key
                headers = {{"X-Timestamp", QByteArray::number(now)},
                           {"X-Signature", webhookSignature("another-key-0123456789", QByteArray::number(now), body)},
                           {"X-Source-System", "settlement"}};
                break;
            case 3: // stale or future
                headers = signedHeaders(body, now + (rng.bounded(2) ? -1 : 1) * qint64(301 + rng.bounded(100000)));
                break;
            case 4: // a timestamp that is not a number
                headers = {{"X-Timestamp", randomBytes(8).toHex()}, {"X-Signature", webhookSignature(kSecret, "x", body)}, {"X-Source-System", "settlement"}};
                break;
            case 5: // replay of the accepted one
                body = good;
                headers = goodHeaders;
                break;
            case 6: // oversized, signed
                body = QByteArray(4097 + int(rng.bounded(20000)), 'a');
                headers = signedHeaders(body);
                break;
            case 7: // signed, but not JSON
                body = "{" + randomBytes(int(rng.bounded(100))).toBase64();
                headers = signedHeaders(body);
                break;
            case 8: // signed JSON without a key, or not records
                body = rng.bounded(2) ? QByteArray("[1,2,3]") : QByteArray("{\"data\":{\"amount\":\"x\"}}");
                headers = signedHeaders(body);
                break;
            case 9: // wrong method
                method = rng.bounded(2) ? "GET" : "PUT";
                headers = signedHeaders(body);
                break;
            case 10: // signature of another body
                headers = signedHeaders(good);
                body = body + "x";
                break;
            default: // wrong sender, valid signature
                headers = signedHeaders(body);
                headers[2].second = randomBytes(6).toHex();
                break;
            }
            requests.append({method, to, headers, body});
        }
        const QList<Sent> answers = sendAll(requests);
        QMap<int, int> statuses;
        for (int i = 0; i < answers.size(); ++i) {
            ++statuses[answers[i].status];
            QVERIFY2(answers[i].status >= 400 && answers[i].status < 500,
                     qPrintable(QStringLiteral("request %1 (kind %2) answered %3: %4").arg(i).arg(i % 12).arg(answers[i].status)
                                    .arg(QString::fromUtf8(answers[i].body))));
            QVERIFY(QJsonDocument::fromJson(answers[i].body).isObject());
        }
        qInfo() << "answers by status:" << statuses;
        QCOMPARE(m_receiver->counters().accepted.load(), acceptedBefore + 1);
        QCOMPARE(outboxCount(), storedBefore + 1);

        // Raw garbage on the socket: the server may close the connection, but lives on.
        for (int i = 0; i < 200; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            QVERIFY(s.waitForConnected(2000));
            s.write(i % 2 ? randomBytes(int(rng.bounded(2000))) : QByteArray("POST /webhooks/vouchers HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n{"));
            s.waitForBytesWritten(1000);
            s.waitForReadyRead(50);
            s.abort();
        }
        const QByteArray after = event(2002, QStringLiteral("L1-AFTER"), QStringLiteral("2.00"));
        QCOMPARE(send(after, signedHeaders(after)).status, 200);
        QCOMPARE(outboxCount(), storedBefore + 2);
    }
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "tst_webhook.moc"
