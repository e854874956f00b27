// Governance: record lineage across pipelines (CRM -> warehouse -> finance), the dataset graph
// and its OpenLineage events, retention into signed archives, and the diffs of audited changes.

#include "governance/datasetlineage.h"
#include "governance/retention.h"
#include "governance/textdiff.h"
#include "lineagefixture.h"
#include "policy/secrets.h"
#include "store/statestore.h"
#include "sync/mappingfiles.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

QList<QStringList> hopsOf(const QList<LineageHop> &hops)
{
    QList<QStringList> out;
    for (const LineageHop &h : hops)
        out.append({QString::number(h.depth), h.pipeline, h.sourceDataset, h.sourceKey, h.targetDataset, h.targetKey, h.op});
    return out;
}

} // namespace

class TestLineage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordLineageFollowsEveryHop();
    void lineageKeepsTheWriteThatChangedTheRecord();
    void lineageFromTheCommandLine();
    void datasetGraphMarksMaskedFields();
    void openLineageEventsHaveTheRequiredFields();
    void retentionArchivesAndTheChainStillVerifies();
    void tamperedArchivesAreDetected();
    void unifiedDiffLooksLikeDiff();
    void mappingSaveIsAuditedWithItsDiff();
};

void TestLineage::recordLineageFollowsEveryHop()
{
    ChainFixture f;
    QCOMPARE(f.run(QStringLiteral("orders-to-shipments")).status, QStringLiteral("succeeded"));
    const RunResult second = f.run(QStringLiteral("shipments-to-billing"));
    QCOMPARE(second.status, QStringLiteral("succeeded"));
    QCOMPARE(second.inserted, 40);

    // Where did finance's bill S-7 come from? Two hops back, each with its run and mapping.
    LineageQuery q;
    q.dataset = QStringLiteral("finance.billing");
    q.key = QStringLiteral("S-7");
    auto r = f.store->lineage(*f.workspace, q);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(hopsOf(r->upstream),
             (QList<QStringList>{
                 sl({"1", "shipments-to-billing", "warehouse.shipments", "S-7", "finance.billing", "S-7", "inserted"}),
                 sl({"2", "orders-to-shipments", "crm.orders", "7", "warehouse.shipments", "S-7", "inserted"})}));
    QCOMPARE(r->upstream[0].runId, second.runId);
    QCOMPARE(r->upstream[0].mappingVersion, second.mappingVersion);
    QVERIFY(!r->upstream[1].mappingVersion.isEmpty());
    QVERIFY(r->upstream[1].mappingVersion != r->upstream[0].mappingVersion);
    QVERIFY(r->upstream[1].writtenAt.isValid());
    QVERIFY(r->downstream.isEmpty()); // nothing reads finance onwards

    // And from the CRM order onwards, through the warehouse to finance.
    q.dataset = QStringLiteral("crm.orders");
    q.key = QStringLiteral("7");
    r = f.store->lineage(*f.workspace, q);
    QVERIFY(r.ok());
    QVERIFY(r->upstream.isEmpty()); // entered in the CRM itself
    QCOMPARE(hopsOf(r->downstream),
             (QList<QStringList>{
                 sl({"1", "orders-to-shipments", "crm.orders", "7", "warehouse.shipments", "S-7", "inserted"}),
                 sl({"2", "shipments-to-billing", "warehouse.shipments", "S-7", "finance.billing", "S-7", "inserted"})}));

    // From the middle, both ways.
    q.dataset = QStringLiteral("warehouse.shipments");
    q.key = QStringLiteral("S-40");
    r = f.store->lineage(*f.workspace, q);
    QVERIFY(r.ok());
    QCOMPARE(r->upstream.size(), 1);
    QCOMPARE(r->upstream[0].sourceKey, QStringLiteral("40"));
    QCOMPARE(r->downstream.size(), 1);
    QCOMPARE(r->downstream[0].targetKey, QStringLiteral("S-40"));

    // A key nobody wrote has no lineage, and an unknown dataset is an error.
    q.key = QStringLiteral("S-41");
    r = f.store->lineage(*f.workspace, q);
    QVERIFY(r.ok());
    QVERIFY(r->upstream.isEmpty() && r->downstream.isEmpty());
    q.dataset = QStringLiteral("finance.nothing");
    QVERIFY(!f.store->lineage(*f.workspace, q).ok());
}

void TestLineage::lineageKeepsTheWriteThatChangedTheRecord()
{
    ChainFixture f;
    f.run(QStringLiteral("orders-to-shipments"));
    const qint64 firstRun = f.store->lineage(*f.workspace, LineageQuery{QStringLiteral("warehouse.shipments"),
                                                                        QStringLiteral("S-3"), true, false, 8})
                                ->upstream.value(0)
                                .runId;
    QVERIFY(firstRun > 0);
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("UPDATE orders SET amount = '999.00', updated_at = '2026-02-01T00:00:00' WHERE id = 3"));
    }
    const RunResult update = f.run(QStringLiteral("orders-to-shipments"));
    QCOMPARE(update.updated, 1);
    // A full rewrite leaves the records as they are: lineage still names the run that changed them.
    RunOptions full;
    full.full = true;
    const RunResult again = f.run(QStringLiteral("orders-to-shipments"), full);
    QCOMPARE(again.status, QStringLiteral("succeeded"));
    auto r = f.store->lineage(*f.workspace, LineageQuery{QStringLiteral("warehouse.shipments"), QStringLiteral("S-3"), true, false, 8});
    QVERIFY(r.ok());
    QCOMPARE(r->upstream.size(), 1);
    QCOMPARE(r->upstream[0].op, QStringLiteral("updated"));
    QCOMPARE(r->upstream[0].runId, update.runId);
    r = f.store->lineage(*f.workspace, LineageQuery{QStringLiteral("warehouse.shipments"), QStringLiteral("S-4"), true, false, 8});
    QCOMPARE(r->upstream[0].op, QStringLiteral("inserted"));
    QCOMPARE(r->upstream[0].runId, firstRun);
    // A dry run writes nothing, so it adds no lineage.
    RunOptions dry;
    dry.dryRun = true;
    dry.full = true;
    f.run(QStringLiteral("orders-to-shipments"), dry);
    r = f.store->lineage(*f.workspace, LineageQuery{QStringLiteral("warehouse.shipments"), QStringLiteral("S-3"), true, false, 8});
    QCOMPARE(r->upstream[0].runId, update.runId);
}

void TestLineage::lineageFromTheCommandLine()
{
    ChainFixture f;
    f.run(QStringLiteral("orders-to-shipments"));
    f.run(QStringLiteral("shipments-to-billing"));
    auto [rc, text] = f.ctl({QStringLiteral("lineage"), QStringLiteral("finance.billing"), QStringLiteral("S-12")});
    QCOMPARE(rc, 0);
    QVERIFY2(text.contains("<- warehouse.shipments S-12  via shipments-to-billing"), text.constData());
    QVERIFY2(text.contains("<- crm.orders 12  via orders-to-shipments"), text.constData());
    std::tie(rc, text) = f.ctl({QStringLiteral("lineage"), QStringLiteral("crm.orders"), QStringLiteral("12"),
                                QStringLiteral("--down"), QStringLiteral("--json")});
    QCOMPARE(rc, 0);
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    QCOMPARE(o.value(QStringLiteral("downstream")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("downstream")).toArray()[1].toObject().value(QStringLiteral("target")).toString(),
             QStringLiteral("finance.billing"));
    QVERIFY(o.value(QStringLiteral("upstream")).toArray().isEmpty());
    std::tie(rc, text) = f.ctl({QStringLiteral("lineage"), QStringLiteral("crm.nothing"), QStringLiteral("1")});
    QCOMPARE(rc, 2);
    std::tie(rc, text) = f.ctl({QStringLiteral("lineage"), QStringLiteral("crm.orders")});
    QCOMPARE(rc, 2);
}

void TestLineage::datasetGraphMarksMaskedFields()
{
    ChainFixture f;
    const DatasetLineageGraph g = datasetLineage(*f.workspace);
    QCOMPARE(g.datasets, sl({"crm.orders", "finance.billing", "warehouse.shipments"}));
    QCOMPARE(g.pipelines.size(), 2);
    const PipelineLineage &orders = g.pipelines[0].pipeline == QLatin1String("orders-to-shipments") ? g.pipelines[0] : g.pipelines[1];
    QVERIFY(orders.problem.isEmpty());
    QCOMPARE(orders.fields.size(), 5);
    QHash<QString, FieldLineage> byTarget;
    for (const FieldLineage &fl : orders.fields)
        byTarget.insert(fl.target, fl);
    QCOMPARE(byTarget[QStringLiteral("shipment_no")].sources, QStringList{QStringLiteral("id")});
    QVERIFY(byTarget[QStringLiteral("shipment_no")].how.startsWith(QLatin1String("expr:")));
    QVERIFY(!byTarget[QStringLiteral("shipment_no")].direct);
    QCOMPARE(byTarget[QStringLiteral("customer")].how, QStringLiteral("trim"));
    QCOMPARE(byTarget[QStringLiteral("amount")].policy, QStringLiteral("pass"));
    QVERIFY(byTarget[QStringLiteral("amount")].direct);
    // The phone is L3 and the warehouse is cleared for L2: masked on the way, and marked.
    QCOMPARE(byTarget[QStringLiteral("phone")].policy, QStringLiteral("mask"));
    QCOMPARE(byTarget[QStringLiteral("phone")].mask, QStringLiteral("partial(3,4)"));

    auto [rc, text] = f.ctl({QStringLiteral("lineage"), QStringLiteral("--graph"), QStringLiteral("--fields")});
    QCOMPARE(rc, 0);
    QVERIFY2(text.contains("crm.orders -> warehouse.shipments  (orders-to-shipments"), text.constData());
    QVERIFY2(text.contains("phone <- phone  [copy]  masked: partial(3,4)"), text.constData());
}

void TestLineage::openLineageEventsHaveTheRequiredFields()
{
    ChainFixture f;
    OpenLineageOptions options;
    options.producer = QStringLiteral("urn:concord:test");
    const QJsonArray events = openLineageEvents(*f.workspace, datasetLineage(*f.workspace), options);
    QCOMPARE(events.size(), 2);
    const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const auto facetOk = [](const QJsonObject &facet) {
        return facet.value(QStringLiteral("_producer")).isString()
            && facet.value(QStringLiteral("_schemaURL")).toString().startsWith(QLatin1String("https://openlineage.io/spec/"));
    };
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        // RunEvent's required properties (OpenLineage 2-0-2): eventTime, producer, schemaURL, run, job.
        QVERIFY(QDateTime::fromString(e.value(QStringLiteral("eventTime")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(e.value(QStringLiteral("producer")).toString(), QStringLiteral("urn:concord:test"));
        QVERIFY(e.value(QStringLiteral("schemaURL")).toString().endsWith(QLatin1String("OpenLineage.json#/$defs/RunEvent")));
        QVERIFY(sl({"START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"})
                    .contains(e.value(QStringLiteral("eventType")).toString()));
        QVERIFY(uuid.match(e.value(QStringLiteral("run")).toObject().value(QStringLiteral("runId")).toString()).hasMatch());
        const QJsonObject job = e.value(QStringLiteral("job")).toObject();
        QVERIFY(!job.value(QStringLiteral("namespace")).toString().isEmpty());
        QVERIFY(!job.value(QStringLiteral("name")).toString().isEmpty());
        for (const QString &side : {QStringLiteral("inputs"), QStringLiteral("outputs")}) {
            const QJsonArray datasets = e.value(side).toArray();
            QCOMPARE(datasets.size(), 1);
            const QJsonObject d = datasets[0].toObject();
            QVERIFY(!d.value(QStringLiteral("namespace")).toString().isEmpty());
            QVERIFY(!d.value(QStringLiteral("name")).toString().isEmpty());
            const QJsonObject facets = d.value(QStringLiteral("facets")).toObject();
            for (auto it = facets.constBegin(); it != facets.constEnd(); ++it)
                QVERIFY2(facetOk(it.value().toObject()), qPrintable(it.key()));
            QVERIFY(!facets.value(QStringLiteral("schema")).toObject().value(QStringLiteral("fields")).toArray().isEmpty());
        }
        if (job.value(QStringLiteral("name")).toString() != QLatin1String("orders-to-shipments"))
            continue;
        const QJsonObject columns = e.value(QStringLiteral("outputs"))
                                        .toArray()[0]
                                        .toObject()
                                        .value(QStringLiteral("facets"))
                                        .toObject()
                                        .value(QStringLiteral("columnLineage"))
                                        .toObject()
                                        .value(QStringLiteral("fields"))
                                        .toObject();
        QCOMPARE(columns.size(), 5);
        const QJsonObject phoneInput =
            columns.value(QStringLiteral("phone")).toObject().value(QStringLiteral("inputFields")).toArray()[0].toObject();
        QCOMPARE(phoneInput.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
        QCOMPARE(phoneInput.value(QStringLiteral("namespace")).toString(), QStringLiteral("sqlite://crm"));
        QCOMPARE(phoneInput.value(QStringLiteral("name")).toString(), QStringLiteral("orders"));
        const QJsonObject t = phoneInput.value(QStringLiteral("transformations")).toArray()[0].toObject();
        QCOMPARE(t.value(QStringLiteral("type")).toString(), QStringLiteral("DIRECT"));
        QCOMPARE(t.value(QStringLiteral("masking")).toBool(), true);
        const QJsonObject amount = columns.value(QStringLiteral("amount")).toObject().value(QStringLiteral("inputFields")).toArray()[0].toObject();
        QCOMPARE(amount.value(QStringLiteral("transformations")).toArray()[0].toObject().value(QStringLiteral("subtype")).toString(),
                 QStringLiteral("IDENTITY"));
    }
    // The same workspace gives the same run ids: a collector sees one job run per mapping version.
    QCOMPARE(openLineageEvents(*f.workspace, datasetLineage(*f.workspace), options)[0].toObject().value(QStringLiteral("run")),
             events[0].toObject().value(QStringLiteral("run")));
    // concordctl writes them one per line.
    const QString file = f.dir.filePath(QStringLiteral("lineage.ndjson"));
    auto [rc, text] = f.ctl({QStringLiteral("lineage"), QStringLiteral("--openlineage"), file});
    QCOMPARE(rc, 0);
    QFile out(file);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(QJsonDocument::fromJson(lines[1]).isObject());
}

void TestLineage::retentionArchivesAndTheChainStillVerifies()
{
    ChainFixture f;
    f.run(QStringLiteral("orders-to-shipments"));
    f.run(QStringLiteral("shipments-to-billing"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(f.store->appendAudit(AuditInput{QStringLiteral("alice"), QString(), QStringLiteral("pipeline.pause"),
                                                QStringLiteral("pipeline:p%1").arg(i), QStringLiteral("{}"), QString()})
                    .ok());
    const qint64 before = f.store->verifyAudit()->entries;
    QVERIFY(before >= 7);
    const auto secret = cachedWorkspaceSecret(*f.workspace);
    QVERIFY(secret.ok());
    // Everything so far is "older than the period".
    QTest::qWait(5);
    const QDateTime cut = QDateTime::currentDateTimeUtc();
    QTest::qWait(5);
    const auto done = f.store->archiveHistory(*f.workspace, cut, *secret);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    QCOMPARE(done->auditEntries, before);
    QCOMPARE(done->runs, 2);
    QCOMPARE(done->lineageBatches, 2);
    QVERIFY(QFileInfo(done->file).isFile());
    QVERIFY(done->file.startsWith(f.dir.filePath(QStringLiteral(".concord/archive/"))));
    testsupport::Db state(f.workspace->stateStorePath());
    QCOMPARE(state.count(QStringLiteral("audit")), 0);
    QCOMPARE(state.count(QStringLiteral("runs")), 0);
    QCOMPARE(state.count(QStringLiteral("lineage_batches")), 0);

    // New entries chain on from the archive's head: verification passes across the boundary.
    QVERIFY(f.store->appendAudit(AuditInput{QStringLiteral("bob"), QString(), QStringLiteral("pipeline.resume"),
                                            QStringLiteral("pipeline:p1"), QStringLiteral("{}"), QString()})
                .ok());
    f.run(QStringLiteral("orders-to-shipments"));
    auto report = f.store->verifyAudit();
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->message));
    QCOMPARE(report->archives, 1);
    QCOMPARE(report->archivedEntries, before);
    QCOMPARE(state.rows(QStringLiteral("SELECT prev_hash FROM audit ORDER BY id LIMIT 1"))[0][0], done->head);
    auto checks = f.store->verifyArchives(*f.workspace, *secret);
    QVERIFY(checks.ok());
    QCOMPARE(checks->size(), 1);
    QVERIFY2(checks->front().intact, qPrintable(checks->front().message));

    // The archive holds the entries as they were, and a second archive continues the first.
    const auto contents = readArchive(done->file, *secret);
    QVERIFY(contents.ok());
    QCOMPARE(contents->audit.size(), before);
    QCOMPARE(contents->audit.back().hash, done->head);
    QCOMPARE(contents->runs.size(), 2);
    QTest::qWait(5);
    const auto second = f.store->archiveHistory(*f.workspace, QDateTime::currentDateTimeUtc(), *secret);
    QVERIFY(second.ok());
    QCOMPARE(second->firstId, done->lastId + 1);
    QVERIFY(f.store->appendAudit(AuditInput{QStringLiteral("bob"), QString(), QStringLiteral("pipeline.pause"),
                                            QStringLiteral("pipeline:p1"), QStringLiteral("{}"), QString()})
                .ok());
    QVERIFY(f.store->verifyAudit()->intact);
    checks = f.store->verifyArchives(*f.workspace, *secret);
    QCOMPARE(checks->size(), 2);
    QVERIFY(checks->at(0).intact && checks->at(1).intact);

    // Removing the first entry after the boundary is still caught.
    f.store->appendAudit(AuditInput{QStringLiteral("bob"), QString(), QStringLiteral("x"), QString(), QString(), QString()});
    state.exec(QStringLiteral("DELETE FROM audit WHERE id = (SELECT MIN(id) FROM audit)"));
    report = f.store->verifyAudit();
    QVERIFY(!report->intact);
    QCOMPARE(report->problem, QStringLiteral("truncated_start"));

    // concordctl: verify checks the archive files too; archive with nothing old enough says so.
    auto [rc, text] = f.ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(rc, 1); // the deletion above
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    QCOMPARE(o.value(QStringLiteral("archive_files")).toArray().size(), 2);
    QVERIFY(o.value(QStringLiteral("archive_files")).toArray()[0].toObject().value(QStringLiteral("intact")).toBool());
    std::tie(rc, text) = f.ctl({QStringLiteral("audit"), QStringLiteral("archive")});
    QCOMPARE(rc, 0);
    QVERIFY2(text.startsWith("Nothing older than"), text.constData());
}

void TestLineage::tamperedArchivesAreDetected()
{
    ChainFixture f;
    for (int i = 0; i < 4; ++i)
        f.store->appendAudit(AuditInput{QStringLiteral("alice"), QString(), QStringLiteral("pipeline.pause"),
                                        QStringLiteral("pipeline:p%1").arg(i), QStringLiteral("{}"), QString()});
    const auto secret = cachedWorkspaceSecret(*f.workspace);
    QTest::qWait(5);
    const auto done = f.store->archiveHistory(*f.workspace, QDateTime::currentDateTimeUtc().addMSecs(1), *secret);
    QVERIFY(done.ok());
    QFile file(done->file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    const auto problemAfter = [&](const QByteArray &content) {
        QFile w(done->file);
        w.open(QIODevice::WriteOnly | QIODevice::Truncate);
        w.write(content);
        w.close();
        const auto checks = f.store->verifyArchives(*f.workspace, *secret);
        return checks->front().intact ? QString() : checks->front().problem;
    };
    QCOMPARE(problemAfter(original), QString());
    // A byte of the compressed body changed: its digest no longer matches the signed header.
    QByteArray body = original;
    body[body.size() - 3] = char(body[body.size() - 3] ^ 0x01);
    QCOMPARE(problemAfter(body), QStringLiteral("signature"));
    // The header edited (an entry count changed): the signature fails.
    QByteArray header = original;
    header.replace("\"entries\":4", "\"entries\":3");
    QVERIFY(header != original);
    QCOMPARE(problemAfter(header), QStringLiteral("signature"));
    // Signed with another secret.
    problemAfter(original);
    QCOMPARE(f.store->verifyArchives(*f.workspace, QByteArray(32, 'x'))->front().problem, QStringLiteral("signature"));
    // The file gone.
    QFile::remove(done->file);
    QCOMPARE(f.store->verifyArchives(*f.workspace, *secret)->front().problem, QStringLiteral("missing"));
}

void TestLineage::unifiedDiffLooksLikeDiff()
{
    QCOMPARE(unifiedDiff(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"), QStringLiteral("x"), QStringLiteral("y")), QString());
    const QString before = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n");
    const QString after = QStringLiteral("1\n2\n3\nfour\n5\n6\n7\n8\n9\n10\n11\n12\n14\n15\n16\n");
    QCOMPARE(unifiedDiff(before, after, QStringLiteral("a/m.yaml"), QStringLiteral("b/m.yaml")),
             QStringLiteral("--- a/m.yaml\n+++ b/m.yaml\n"
                            "@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+four\n 5\n 6\n 7\n"
                            "@@ -10,6 +10,6 @@\n 10\n 11\n 12\n-13\n 14\n 15\n+16\n"));
    // From nothing: every line added.
    QCOMPARE(unifiedDiff(QString(), QStringLiteral("x\ny\n"), QStringLiteral("a"), QStringLiteral("b")),
             QStringLiteral("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n"));
}

void TestLineage::mappingSaveIsAuditedWithItsDiff()
{
    ChainFixture f;
    const QString path = f.dir.filePath(QStringLiteral("mappings/billing.yaml"));
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString old = QString::fromUtf8(in.readAll());
    in.close();
    MappingSave save;
    save.relativePath = QStringLiteral("mappings/billing.yaml");
    save.yaml = QString(old).replace(QStringLiteral("  amount: { from: amount }\n"),
                                     QStringLiteral("  amount: { from: amount, default: 0 }\n"));
    save.actor = QStringLiteral("steward");
    save.oldVersion = QStringLiteral("v-old");
    save.newVersion = QStringLiteral("v-new");
    QVERIFY(saveMappingFile(*f.workspace, save).ok());
    f.reload();
    AuditQuery q;
    q.action = QStringLiteral("mapping.save");
    const auto entries = f.store->audit(q);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    const QJsonObject detail = QJsonDocument::fromJson(entries->front().detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("old_version")).toString(), QStringLiteral("v-old"));
    QCOMPARE(detail.value(QStringLiteral("new_version")).toString(), QStringLiteral("v-new"));
    const QString diff = detail.value(QStringLiteral("diff")).toString();
    QVERIFY2(diff.contains(QStringLiteral("-  amount: { from: amount }\n+  amount: { from: amount, default: 0 }\n")),
             qPrintable(diff));
    QVERIFY(diff.startsWith(QStringLiteral("--- a/mappings/billing.yaml\n+++ b/mappings/billing.yaml\n")));
    QCOMPARE(detail.value(QStringLiteral("sha256")).toString().size(), 64);
}

QTEST_GUILESS_MAIN(TestLineage)
#include "tst_lineage.moc"
