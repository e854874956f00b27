// REST API sources (docs/connectors-rest.md) against an HTTP API this test starts on 127.0.0.1
// (tests/fakerestapi.h): Kingdee-style executeBillQuery with offset paging and a
// LAST_SYNC_TIME filter, OAuth2 client credentials renewed after a 401, rows that move between
// pages, page numbers with ETags and 304s, cursors with signed requests, 429 / Retry-After, 500s
// and slow answers retried per the pipeline's retry policy.

#include "fakerestapi.h"
#include "governance/metrics.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using testsupport::FakeCustomer;
using testsupport::FakeRestApi;

namespace {

QByteArray workspaceYaml(int port)
{
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(port);
    return "name: rest test\n"
           "systems:\n"
           "  crm: { kind: sqlite, path: crm.sqlite }\n"
           "  kingdee:\n"
           "    kind: rest\n"
           "    url: " + url + "/\n"
           "    timeout: 2s\n"
           "    headers: { Accept-Language: zh-CN }\n"
           "    auth: { type: oauth2, token_url: /oauth/token, client_id: concord, client_secret: 'env:CONCORD_TEST_OAUTH' }\n"
           "  portal: { kind: rest, url: '" + url + "', timeout: 2s }\n"
           "  stream:\n"
           "    kind: rest\n"
           "    url: " + url + "\n"
           "    auth:\n"
           "      type: signed\n"
           "      secret: 'env:CONCORD_TEST_SIGNING'\n"
           "      sign: '{{METHOD}}\\n{{PATH}}\\n{{TIMESTAMP}}\\n{{BODY_SHA256}}'\n"
           "      headers: { X-Signature: '{{SIGNATURE}}', X-Timestamp: '{{TIMESTAMP}}' }\n"
           "datasets:\n"
           "  kingdee.customers:\n"
           "    endpoint: /k3cloud/ExecuteBillQuery\n"
           "    key: [FCUSTID]\n"
           "    version: FModifyDate\n"
           "    query:\n"
           "      method: POST\n"
           "      body: |\n"
           "        {\"FormId\": \"BD_Customer\", \"FieldKeys\": \"FCUSTID,FNumber,FName,FModifyDate\",\n"
           "         \"FilterString\": \"{{FILTER}}\", \"OrderString\": \"FModifyDate ASC,FCUSTID ASC\",\n"
           "         \"StartRow\": {{OFFSET}}, \"Limit\": {{LIMIT}}}\n"
           "      filter: \"FModifyDate >= '{{LAST_SYNC_TIME|datetime}}'\"\n"
           "      paging: { style: offset, limit: 100, overlap: 5 }\n"
           "      columns: [FCUSTID, FNumber, FName, FModifyDate]\n"
           "    fields:\n"
           "      FCUSTID: int\n"
           "      FNumber: string\n"
           "      FName: string\n"
           "      FModifyDate: timestamp\n"
           "  portal.customers:\n"
           "    endpoint: /api/customers\n"
           "    key: [id]\n"
           "    version: modified\n"
           "    query:\n"
           "      params: { since: '{{LAST_SYNC_TIME|datetime}}', page: '{{PAGE}}', size: '{{LIMIT}}' }\n"
           "      paging: { style: page, limit: 50 }\n"
           "      records: data.items\n"
           "    fields: &objects\n"
           "      id: int\n"
           "      code: string\n"
           "      name: { type: string, column: profile.name }\n"
           "      modified: timestamp\n"
           "  stream.customers:\n"
           "    endpoint: /api/stream\n"
           "    key: [id]\n"
           "    query:\n"
           "      params: { cursor: '{{CURSOR}}' }\n"
           "      paging: { style: cursor, next: next }\n"
           "      records: items\n"
           "    fields: *objects\n"
           "  crm.customers:\n"
           "    key: [data_id]\n"
           "    fields:\n"
           "      data_id: int\n"
           "      customer_code: string\n"
           "      customer_name: string\n"
           "      modified_at: timestamp\n"
           "pipelines:\n"
           "  kingdee: { source: kingdee.customers, target: crm.customers, mapping: mappings/kingdee.yaml, batch_size: 64,\n"
           "             retry: { max_attempts: 4, base: 20ms, max: 200ms } }\n"
           "  portal: { source: portal.customers, target: crm.customers, mapping: mappings/portal.yaml }\n"
           "  stream: { source: stream.customers, target: crm.customers, mapping: mappings/stream.yaml,\n"
           "            retry: { max_attempts: 1 } }\n";
}

QString modifiedAt(int second)
{
    return QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC).addSecs(second).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

FakeCustomer customer(qint64 id, int second, const QString &name = QString())
{
    return FakeCustomer{id, QStringLiteral("C%1").arg(id, 5, 10, QLatin1Char('0')),
                        name.isEmpty() ? QStringLiteral("客户 %1").arg(id) : name, modifiedAt(second)};
}

} // namespace

class TestRest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeRestApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const Workspace> m_ws;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<testsupport::Db> m_crm;

    RunResult run(const QString &pipeline)
    {
        PipelineRunner runner(m_ws, m_store.get());
        std::atomic<bool> cancel{false};
        return runner.run(pipeline, RunOptions(), cancel);
    }

    QString watermark(const QString &pipeline)
    {
        const auto c = m_store->checkpoint(pipeline);
        return c.ok() ? QJsonDocument::fromJson(c->toUtf8()).object().value(QStringLiteral("watermark")).toString() : QString();
    }

    qint64 crmCount() { return m_crm->count(QStringLiteral("customers")); }

private slots:
    void initTestCase()
    {
        qputenv("CONCORD_TEST_OAUTH", FakeRestApi::ClientSecret);
        qputenv("CONCORD_TEST_SIGNING", FakeRestApi::SigningKey);
    }

    void init()
    {
        m_api = std::make_unique<FakeRestApi>();
        QVERIFY(m_api->port() > 0);
        m_crm.reset();
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_crm = std::make_unique<testsupport::Db>(m_dir->filePath(QStringLiteral("crm.sqlite")));
        m_crm->exec(QStringLiteral("CREATE TABLE customers (data_id INTEGER PRIMARY KEY, customer_code TEXT, customer_name TEXT, "
                                   "modified_at TEXT)"));
        testsupport::writeFile(m_dir->filePath(QStringLiteral("workspace.yaml")), workspaceYaml(m_api->port()));
        testsupport::writeFile(m_dir->filePath(QStringLiteral("mappings/kingdee.yaml")),
                               "source: kingdee.customers\ntarget: crm.customers\nfields:\n"
                               "  data_id: { from: FCUSTID }\n  customer_code: { from: FNumber }\n"
                               "  customer_name: { from: FName }\n  modified_at: { from: FModifyDate }\n");
        for (const char *name : {"portal", "stream"})
            testsupport::writeFile(m_dir->filePath(QStringLiteral("mappings/%1.yaml").arg(QLatin1String(name))),
                                   QByteArray("source: ") + name + ".customers\ntarget: crm.customers\nfields:\n"
                                   "  data_id: { from: id }\n  customer_code: { from: code }\n"
                                   "  customer_name: { from: name }\n  modified_at: { from: modified }\n");
        const WorkspaceLoad load = WorkspaceLoader::load(m_dir->path());
        QVERIFY2(load.ok(), load.ok() ? "" : qPrintable(load.errors.front().toString()));
        for (const Error &w : load.warnings)
            QVERIFY2(!w.message.contains(QLatin1String("rest")), qPrintable(w.message));
        m_ws = load.workspace;
        m_store = std::make_unique<StateStore>();
        QVERIFY(m_store->open(m_ws->stateStorePath()).ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_crm.reset();
        m_api.reset();
    }

    // executeBillQuery: offset pages, the LAST_SYNC_TIME filter, an incremental second run, an
    // OAuth2 token fetched once and again after the server forgot it.
    void kingdeeIncremental()
    {
        for (int i = 1; i <= 1234; ++i)
            m_api->put(customer(i, i / 3));
        RunResult r = run(QStringLiteral("kingdee"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 1234);
        QCOMPARE(crmCount(), 1234);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer_code, customer_name, modified_at FROM customers WHERE data_id = 7")),
                 (QList<QStringList>{{QStringLiteral("C00007"), QStringLiteral("客户 7"), QStringLiteral("2024-03-01 08:00:02")}}));
        QCOMPARE(m_api->tokensIssued(), 1);
        const auto seen = m_api->seen();
        QVERIFY(seen.size() >= 13);
        const QJsonObject first = QJsonDocument::fromJson(seen.front().body).object();
        QCOMPARE(first.value(QStringLiteral("FilterString")).toString(), QStringLiteral("FModifyDate >= '1970-01-01 00:00:00'"));
        QCOMPARE(first.value(QStringLiteral("StartRow")).toInt(), 0);
        QCOMPARE(QJsonDocument::fromJson(seen.at(1).body).object().value(QStringLiteral("StartRow")).toInt(), 95);
        QCOMPARE(watermark(QStringLiteral("kingdee")), QStringLiteral("2024-03-01 08:06:51"));
        QCOMPARE(r.requests, qint64(seen.size()) + 0);

        // Three changed, two new: the next run asks from the watermark on.
        m_api->put(customer(5, 500, QStringLiteral("改名客户")));
        m_api->put(customer(600, 500));
        m_api->put(customer(1234, 501));
        m_api->put(customer(2001, 502));
        m_api->put(customer(2002, 502));
        m_api->clearSeen();
        r = run(QStringLiteral("kingdee"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.updated, 3);
        QCOMPARE(QJsonDocument::fromJson(m_api->seen().front().body).object().value(QStringLiteral("FilterString")).toString(),
                 QStringLiteral("FModifyDate >= '2024-03-01 08:06:51'"));
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer_name FROM customers WHERE data_id = 5")).value(0).value(0),
                 QStringLiteral("改名客户"));
        QCOMPARE(crmCount(), 1236);
        QCOMPARE(watermark(QStringLiteral("kingdee")), QStringLiteral("2024-03-01 08:08:22"));

        // The server forgets its tokens: a 401, a new token, the same request again.
        m_api->expireTokens();
        m_api->put(customer(2003, 600));
        r = run(QStringLiteral("kingdee"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(m_api->tokensIssued(), 2);
    }

    // Rows deleted and modified while the pages are read: nothing is lost, nothing doubled.
    void pagesChangingUnderTheReader()
    {
        for (int i = 1; i <= 1000; ++i)
            m_api->put(customer(i, i));
        bool deleted = false, modified = false;
        m_api->afterPage([&](FakeRestApi &api, int start) {
            if (start == 95 && !deleted) { // twelve rows of the first page vanish: the rest move back 12 > overlap 5
                deleted = true;
                for (int id = 10; id < 22; ++id)
                    api.remove(id);
            }
            if (start >= 285 && !modified) { // three rows change: they move to the end, the rest back 3
                modified = true;
                for (int id = 300; id < 303; ++id)
                    api.put(customer(id, 5000, QStringLiteral("changed %1").arg(id)));
            }
        });
        const RunResult r = run(QStringLiteral("kingdee"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        // Every row the API has now, as it is now; plus the twelve read before they were deleted.
        QCOMPARE(crmCount(), 1000);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT COUNT(*) FROM customers WHERE customer_name LIKE 'changed %'")).value(0).value(0),
                 QStringLiteral("3"));
        QCOMPARE(r.inserted, 1000);
        QCOMPARE(r.updated, 3); // the changed rows were read before and after their change
        int rereads = 0;
        for (const auto &s : m_api->seen())
            if (QJsonDocument::fromJson(s.body).object().value(QStringLiteral("StartRow")).toInt() == 95)
                ++rereads;
        QVERIFY2(rereads >= 2, "the page after the shift was not read again");
    }

    // Page numbers and ETags: an unchanged set costs one request answered 304, counted in the
    // metrics; a change is read again.
    void etagsAndNotModified()
    {
        for (int i = 1; i <= 120; ++i)
            m_api->put(customer(i, i));
        RunResult r = run(QStringLiteral("portal"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 120);
        QCOMPARE(r.requests, 3);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer_name FROM customers WHERE data_id = 3")).value(0).value(0),
                 QStringLiteral("客户 3"));
        // The watermark moved: the next run asks for the new one and learns its ETag.
        r = run(QStringLiteral("portal"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.requests, 1);
        QCOMPARE(r.notModified, 0);
        QCOMPARE(r.written(), 0);
        m_api->clearSeen();
        r = run(QStringLiteral("portal"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.requests, 1);
        QCOMPARE(r.notModified, 1);
        QCOMPARE(r.read, 0);
        QVERIFY(!m_api->seen().front().ifNoneMatch.isEmpty());
        QCOMPARE(m_api->seen().front().status, 304);
        const auto buckets = m_store->metrics(QStringLiteral("portal"), QDateTime::currentDateTimeUtc().addSecs(-3600),
                                              QDateTime::currentDateTimeUtc().addSecs(60));
        QVERIFY(buckets.ok());
        const MetricSummary s = summarize(*buckets);
        QCOMPARE(s.requests, 5);
        QCOMPARE(s.notModified, 1);
        // A change: the ETag no longer matches.
        m_api->put(customer(120, 120, QStringLiteral("新名字")));
        r = run(QStringLiteral("portal"));
        QCOMPARE(r.notModified, 0);
        QCOMPARE(r.updated, 1);
    }

    // 429 with Retry-After, then 500s: waited for and retried per the pipeline's retry policy.
    // 500s past max_attempts fail the run and move nothing; a slow answer is a timeout retried.
    void rateLimitsAndServerErrors()
    {
        for (int i = 1; i <= 150; ++i)
            m_api->put(customer(i, i));
        m_api->planFaults({429, 500, 500});
        QElapsedTimer clock;
        clock.start();
        RunResult r = run(QStringLiteral("kingdee"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QVERIFY2(clock.elapsed() >= 950, "Retry-After: 1 was not honoured");
        QCOMPARE(r.inserted, 150);
        QCOMPARE(r.rateLimited, 1);
        QCOMPARE(r.requests, 2 + 3); // two pages, three answers retried
        const auto buckets = m_store->metrics(QStringLiteral("kingdee"), QDateTime::currentDateTimeUtc().addSecs(-3600),
                                              QDateTime::currentDateTimeUtc().addSecs(60));
        QCOMPARE(summarize(*buckets).rateLimited, 1);

        const QString before = *m_store->checkpoint(QStringLiteral("kingdee"));
        m_api->put(customer(151, 900));
        m_api->planFaults({500, 500, 500, 500});
        r = run(QStringLiteral("kingdee"));
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.error.code, ErrorCode::ConnectionRefused);
        QVERIFY2(r.error.message.contains(QLatin1String("answered 500")) && r.error.message.contains(QLatin1String("after 4 attempts")),
                 qPrintable(r.error.message));
        QCOMPARE(*m_store->checkpoint(QStringLiteral("kingdee")), before);
        QCOMPARE(crmCount(), 150);

        m_api->planFaults({-2600}); // longer than the system's timeout: 2s
        r = run(QStringLiteral("kingdee"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(crmCount(), 151);
    }

    // Cursor paging with every request signed; a wrong key is refused and named.
    void cursorsAndSignedRequests()
    {
        for (int i = 1; i <= 30; ++i)
            m_api->put(customer(i, i));
        RunResult r = run(QStringLiteral("stream"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 30);
        QCOMPARE(r.requests, 5);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer_name FROM customers WHERE data_id = 29")).value(0).value(0),
                 QStringLiteral("客户 29"));
        // No version column: every run reads the whole set again, and writes nothing new.
        r = run(QStringLiteral("stream"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 30);
        QCOMPARE(r.written(), 0);

        qputenv("CONCORD_TEST_SIGNING", "not-the-key");
        r = run(QStringLiteral("stream"));
        qputenv("CONCORD_TEST_SIGNING", FakeRestApi::SigningKey);
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.error.code, ErrorCode::ConfigInvalid);
        QVERIFY2(r.error.message.contains(QLatin1String("answered 401")) && r.error.message.contains(QLatin1String("auth:")),
                 qPrintable(r.error.message));
    }

    // Mistakes in the REST settings are named at file:line:column.
    void settingsErrors()
    {
        QTemporaryDir dir;
        testsupport::writeFile(dir.filePath(QStringLiteral("workspace.yaml")),
                               "name: bad\n"
                               "systems:\n"
                               "  api:\n"
                               "    kind: rest\n"
                               "    url: ftp://example\n"
                               "    headers: { Authorization: 'Bearer abc' }\n"
                               "    auth: { type: bearer, token: abc }\n"
                               "datasets:\n"
                               "  api.things:\n"
                               "    endpoint: /things\n"
                               "    key: [id]\n"
                               "    version: changed\n"
                               "    query:\n"
                               "      params: { from: '{{LAST_SYNC_TIME|week}}', start: '{{OFSET}}' }\n"
                               "      paging: { style: offset, limit: 10, overlap: 10 }\n"
                               "    fields: { id: int, changed: timestamp }\n");
        const WorkspaceLoad load = WorkspaceLoader::load(dir.path());
        QStringList errors;
        for (const Error &e : load.errors)
            errors.append(e.toString());
        const QString all = errors.join(QLatin1Char('\n'));
        for (const char *expected :
             {"workspace.yaml:5:10: url of system 'api' must start with http:// or https://",
              "workspace.yaml:6:16: headers of system 'api': credentials never go in headers",
              "workspace.yaml:7:34: token of auth of system 'api' must be a reference",
              "{{LAST_SYNC_TIME|week}}: unknown filter",
              "unknown placeholder {{OFSET}}",
              "overlap must be at least 0 and less than limit",
              "offset paging needs {{OFFSET}}"})
            QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(QLatin1String(expected), all)));
    }
};

QTEST_GUILESS_MAIN(TestRest)
#include "tst_rest.moc"
