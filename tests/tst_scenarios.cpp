// The three end-to-end scenarios of issue 8, as documented in docs/scenarios.md, each against
// real servers this test starts on 127.0.0.1:
//  1. Settlement -> tax: a finance voucher pushed, signed, to Concord's webhook receiver, mapped
//     and pushed on, signed, to the tax side's receiver (a second Concord workspace standing in
//     for the tax system), which verifies it and writes its invoice cache; a voucher whose push
//     was lost arrives with the nightly compensation run from the settlement database.
//  2. Kingdee-style customer API -> MySQL (MariaDB) customer table: a paged incremental pull with
//     the LAST_SYNC_TIME filter, FCUSTID -> data_id, FName -> customer_name ..., upserts.
//  3. That MySQL table -> a PostgreSQL service-desk table, through the binary log.

#include "connectors/webhook/webhookreceiver.h"
#include "connectors/webhook/webhooksignature.h"
#include "fakerestapi.h"
#include "mariadbserver.h"
#include "pgserver.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using testsupport::FakeCustomer;
using testsupport::FakeRestApi;

namespace {

const QByteArray kSettlementSecret = "settlement-hook-secret-0123456789";
const QByteArray kTaxSecret = "tax-hook-secret-9876543210abcdef";

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private:
    PgServer m_pg;
    MariaDbServer m_my;
    std::unique_ptr<FakeRestApi> m_api;
    QTemporaryDir m_hubDir, m_taxDir;
    std::shared_ptr<const Workspace> m_hub, m_tax;
    std::unique_ptr<StateStore> m_hubStore, m_taxStore;
    std::unique_ptr<WebhookReceiver> m_settlementIn, m_taxIn;
    std::unique_ptr<testsupport::Db> m_settlementDb, m_taxDb;
    int m_settlementPort = 0;

    RunResult run(const std::shared_ptr<const Workspace> &ws, StateStore *store, const QString &pipeline)
    {
        std::atomic<bool> cancel{false};
        RunOptions options;
        options.trigger = QStringLiteral("schedule");
        return PipelineRunner(ws, store).run(pipeline, options, cancel);
    }

    QString my(const QString &sql)
    {
        QString out;
        const QString err = m_my.rootSql(sql, &out, QStringLiteral("crm"));
        if (!err.isEmpty())
            qFatal("mariadb: %s: %s", qPrintable(sql), qPrintable(err));
        return out;
    }

    QString pg(const QString &sql)
    {
        QString out;
        const QString err = m_pg.psql(QStringLiteral("servicedesk"), sql, &out);
        if (!err.isEmpty())
            qFatal("postgres: %s: %s", qPrintable(sql), qPrintable(err));
        return out;
    }

    // docs/examples/scenarios/FILE as DIR/workspace.yaml with `replace`d text, and its mappings.
    static void copyExample(const QString &file, const QTemporaryDir &dir, const QList<QPair<QByteArray, QByteArray>> &replace,
                            const QStringList &mappings)
    {
        const QString examples = QStringLiteral(CONCORD_SOURCE_DIR "/docs/examples/scenarios/");
        QFile f(examples + file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        QByteArray yaml = f.readAll();
        for (const auto &r : replace) {
            if (!yaml.contains(r.first))
                qFatal("%s does not contain %s", qPrintable(file), r.first.constData());
            yaml.replace(r.first, r.second);
        }
        testsupport::writeFile(dir.filePath(QStringLiteral("workspace.yaml")), yaml);
        for (const QString &m : mappings) {
            QFile mf(examples + QStringLiteral("mappings/%1.yaml").arg(m));
            if (!mf.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(mf.fileName()));
            testsupport::writeFile(dir.filePath(QStringLiteral("mappings/%1.yaml").arg(m)), mf.readAll());
        }
    }

    // What the settlement system does: POST the voucher, signed, to Concord.
    int pushVoucher(int id, const QString &invoiceNo, const QString &amount)
    {
        const QByteArray body = "{\"event\":\"l1_confirmed\",\"voucher_id\":" + QByteArray::number(id)
            + ",\"data\":{\"invoice_no\":\"" + invoiceNo.toUtf8() + "\",\"amount\":" + amount.toUtf8()
            + ",\"updated_at\":\"2025-12-19T10:00:00\"}}";
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        QNetworkAccessManager net;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/vouchers").arg(m_settlementPort)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("X-Timestamp", ts);
        req.setRawHeader("X-Signature", webhookSignature(kSettlementSecret, ts, body));
        req.setRawHeader("X-Source-System", "settlement");
        QNetworkReply *reply = net.post(req, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private slots:
    void initTestCase()
    {
        qputenv("SCN_SETTLEMENT_SECRET", kSettlementSecret);
        qputenv("SCN_TAX_SECRET", kTaxSecret);
        qputenv("SCN_KINGDEE_SECRET", FakeRestApi::ClientSecret);
        qputenv("SCN_MY_PW", MariaDbServer::password().toUtf8());
        qputenv("SCN_PG_PW", "unused-with-trust-auth");
        for (const QString &error : {m_pg.start(), m_my.start()}) {
            if (error.isEmpty())
                continue;
            if (PgServer::required() || MariaDbServer::required() || !PgServer::binDir().isEmpty())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        QCOMPARE(m_pg.createDatabase(QStringLiteral("servicedesk")), QString());
        pg(QStringLiteral("CREATE TABLE customers (customer_id bigint PRIMARY KEY, code text, name text NOT NULL, "
                          "source_modified timestamp)"));
        QCOMPARE(m_my.rootSql(QStringLiteral("CREATE DATABASE crm CHARACTER SET utf8mb4")), QString());
        my(QStringLiteral("CREATE TABLE customers (data_id BIGINT PRIMARY KEY, customer_code VARCHAR(20), "
                          "customer_name VARCHAR(100) NOT NULL, modify_time DATETIME(6), KEY (modify_time, data_id)) ENGINE=InnoDB"));
        m_api = std::make_unique<FakeRestApi>();

        // The tax side: its own receiver, verifying Concord's signature, and its invoice cache.
        m_taxDb = std::make_unique<testsupport::Db>(m_taxDir.filePath(QStringLiteral("tax.sqlite")));
        m_taxDb->exec(QStringLiteral("CREATE TABLE tax_invoice_cache (invoice_id INTEGER PRIMARY KEY, invoice_no TEXT, "
                                     "amount TEXT, synced_event TEXT)"));
        copyExample(QStringLiteral("tax-side.yaml"), m_taxDir, {{"port: 8443", "port: 0"}}, {QStringLiteral("l1_to_cache")});
        WorkspaceLoad taxLoad = WorkspaceLoader::load(m_taxDir.path());
        QVERIFY2(taxLoad.ok(), taxLoad.ok() ? "" : qPrintable(taxLoad.errors.front().toString()));
        m_tax = taxLoad.workspace;
        m_taxStore = std::make_unique<StateStore>();
        QVERIFY(m_taxStore->open(m_tax->stateStorePath()).ok());
        m_taxIn = std::make_unique<WebhookReceiver>(m_tax, QStringLiteral("hub"));
        const auto taxPort = m_taxIn->start();
        QVERIFY2(taxPort.ok(), taxPort.ok() ? "" : qPrintable(taxPort.error().message));

        // The hub: the documented example workspace, pointed at this test's servers.
        m_settlementDb = std::make_unique<testsupport::Db>(m_hubDir.filePath(QStringLiteral("settlement.sqlite")));
        m_settlementDb->exec(QStringLiteral("CREATE TABLE vouchers (voucher_id INTEGER PRIMARY KEY, invoice_no TEXT, "
                                            "amount TEXT, updated_at TEXT)"));
        copyExample(QStringLiteral("workspace.yaml"), m_hubDir,
                    {{"https://tax.example.invalid:8443", "http://127.0.0.1:" + QByteArray::number(*taxPort)},
                     {"https://erp.example.invalid/k3cloud/", "http://127.0.0.1:" + QByteArray::number(m_api->port()) + "/k3cloud/"},
                     {"port: 8090", "port: 0"},
                     {"host: 10.0.4.20, port: 3306", "host: 127.0.0.1, port: " + QByteArray::number(m_my.port())},
                     {"host: 10.0.4.30, port: 5432", "host: 127.0.0.1, port: " + QByteArray::number(m_pg.port())},
                     {"sslmode: prefer", "sslmode: disable"}},
                    {QStringLiteral("voucher_to_tax"), QStringLiteral("settlement_to_tax"), QStringLiteral("kingdee_customers"),
                     QStringLiteral("customers_to_servicedesk")});
        WorkspaceLoad hubLoad = WorkspaceLoader::load(m_hubDir.path());
        QVERIFY2(hubLoad.ok(), hubLoad.ok() ? "" : qPrintable(hubLoad.errors.front().toString()));
        m_hub = hubLoad.workspace;
        m_hubStore = std::make_unique<StateStore>();
        QVERIFY(m_hubStore->open(m_hub->stateStorePath()).ok());
        m_settlementIn = std::make_unique<WebhookReceiver>(m_hub, QStringLiteral("settlement"));
        const auto port = m_settlementIn->start();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        m_settlementPort = *port;
    }

    void cleanupTestCase()
    {
        m_settlementIn.reset();
        m_taxIn.reset();
        m_hubStore.reset();
        m_taxStore.reset();
        m_settlementDb.reset();
        m_taxDb.reset();
        m_api.reset();
    }

    // 1. Settlement -> tax, real time and the nightly compensation.
    void settlementToTax()
    {
        for (int id = 1001; id <= 1003; ++id)
            m_settlementDb->exec(QStringLiteral("INSERT INTO vouchers VALUES (?, ?, ?, '2025-12-19 10:00:00')"),
                                 {id, QStringLiteral("L1-20251219-%1").arg(id), QStringLiteral("%1.00").arg(id * 100)});
        // Vouchers 1001 and 1002 are pushed; 1003's push is lost on the way.
        QCOMPARE(pushVoucher(1001, QStringLiteral("L1-20251219-1001"), QStringLiteral("100100.00")), 200);
        QCOMPARE(pushVoucher(1002, QStringLiteral("L1-20251219-1002"), QStringLiteral("100200.00")), 200);
        // What serve does when the receiver wakes it: the real-time pipeline drains the outbox and
        // pushes to the tax side, whose receiver checks the signature and stores the events.
        RunResult r = run(m_hub, m_hubStore.get(), QStringLiteral("vouchers-realtime"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(m_taxIn->counters().events.load(), 2);
        QCOMPARE(m_taxIn->counters().unauthorized.load(), 0);
        r = run(m_tax, m_taxStore.get(), QStringLiteral("l1-to-cache"));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(m_taxDb->count(QStringLiteral("tax_invoice_cache")), 2);

        // The nightly compensation reads the settlement database itself: 1003 arrives; 1001 and
        // 1002 are sent again with the same event ids and change nothing on the tax side.
        r = run(m_hub, m_hubStore.get(), QStringLiteral("vouchers-nightly"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 3);
        r = run(m_tax, m_taxStore.get(), QStringLiteral("l1-to-cache"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 0);
        QCOMPARE(m_taxDb->rows(QStringLiteral("SELECT invoice_id, invoice_no, amount, synced_event FROM tax_invoice_cache "
                                              "ORDER BY invoice_id")),
                 (QList<QStringList>{
                     {QStringLiteral("1001"), QStringLiteral("L1-20251219-1001"), QStringLiteral("100100.00"), QStringLiteral("l1_synced")},
                     {QStringLiteral("1002"), QStringLiteral("L1-20251219-1002"), QStringLiteral("100200.00"), QStringLiteral("l1_synced")},
                     {QStringLiteral("1003"), QStringLiteral("L1-20251219-1003"), QStringLiteral("100300.00"), QStringLiteral("l1_synced")}}));
    }

    // 2 and 3. Kingdee customers -> MySQL by paged incremental pulls; MySQL -> PostgreSQL by binlog.
    void kingdeeToMySqlToServiceDesk()
    {
        // The binlog reader starts from the log's end on its first run.
        RunResult r = run(m_hub, m_hubStore.get(), QStringLiteral("customers-to-servicedesk"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        for (int i = 1; i <= 260; ++i)
            m_api->put(FakeCustomer{i, QStringLiteral("CUST%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("客户%1").arg(i),
                                    QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC).addSecs(i * 7).toString(Qt::ISODate).left(19)});
        r = run(m_hub, m_hubStore.get(), QStringLiteral("kingdee-customers"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 260);
        QCOMPARE(my(QStringLiteral("SELECT customer_code, customer_name, modify_time FROM customers WHERE data_id = 42")),
                 QStringLiteral("CUST0042\t客户42\t2025-12-01 09:04:54.000000"));

        // Changes in Kingdee: the next pull asks from the watermark and upserts only those.
        m_api->put(FakeCustomer{42, QStringLiteral("CUST0042"), QStringLiteral("客户42（已更名）"), QStringLiteral("2025-12-02T08:00:00")});
        m_api->put(FakeCustomer{261, QStringLiteral("CUST0261"), QStringLiteral("新客户"), QStringLiteral("2025-12-02T08:00:01")});
        m_api->clearSeen();
        r = run(m_hub, m_hubStore.get(), QStringLiteral("kingdee-customers"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 1);
        QVERIFY(m_api->seen().front().body.contains("FModifyDate >= '2025-12-01 09:30:20'"));

        // The service desk follows MySQL through the binary log.
        r = run(m_hub, m_hubStore.get(), QStringLiteral("customers-to-servicedesk"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.written(), 262); // 260 inserts, one update, one insert
        QCOMPARE(pg(QStringLiteral("SELECT count(*) FROM customers")), QStringLiteral("261"));
        QCOMPARE(pg(QStringLiteral("SELECT code, name, source_modified FROM customers WHERE customer_id = 42")),
                 QStringLiteral("CUST0042|客户42（已更名）|2025-12-02 08:00:00"));
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
