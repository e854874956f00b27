// Schema drift: a column added, removed or retyped under a pipeline's tables becomes an item
// listing what it touches; a removed or retyped column a mapping uses pauses the pipeline before
// it writes (schema_drift: pause, the default) or is only recorded (continue); acknowledging ends it.

#include "governance/schemadrift.h"
#include "lineagefixture.h"
#include "store/statestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace concord;

namespace {

const QString Orders = QStringLiteral("orders-to-shipments");
const QString Billing = QStringLiteral("shipments-to-billing");

DriftCheck check(ChainFixture &f, const QString &pipeline)
{
    const auto r = f.store->checkSchemaDrift(*f.workspace, f.workspace->pipelines.value(pipeline), 0);
    if (!r.ok())
        qFatal("drift check failed: %s", qPrintable(r.error().message));
    return *r;
}

// Sets shipments-to-billing's schema_drift: in workspace.yaml (reloaded by the caller).
void setBillingDrift(ChainFixture &f, const QString &value)
{
    const QString path = f.dir.filePath(QStringLiteral("workspace.yaml"));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QString yaml = QString::fromUtf8(in.readAll());
    in.close();
    yaml.replace(QStringLiteral("    mapping: mappings/billing.yaml\n"),
                 QStringLiteral("    mapping: mappings/billing.yaml\n    schema_drift: %1\n").arg(value));
    testsupport::writeFile(path, yaml.toUtf8());
}

const DriftItem *itemOf(const DriftCheck &c, const QString &column, const QString &kind)
{
    for (const DriftItem &d : c.open)
        if (d.column == column && d.kind == kind)
            return &d;
    return nullptr;
}

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedTablesHaveNoDrift();
    void addedColumnIsRecordedAndDoesNotBlock();
    void removedColumnPausesThePipeline();
    void retypedColumnIsFoundOnTheTarget();
    void continueRunsAnyway();
    void declaredButUnmappedFieldBlocksItsReader();
    void acknowledgedDriftNoLongerBlocks();
    void undoneDriftResolvesItself();
    void commandLine();
    void settingIsChecked();
};

void TestDrift::unchangedTablesHaveNoDrift()
{
    ChainFixture f;
    QCOMPARE(f.run(Orders).status, QStringLiteral("succeeded"));
    const DriftCheck c = check(f, Orders);
    QVERIFY(c.open.isEmpty());
    QCOMPARE(c.found, 0);
    QVERIFY(c.blocking.isEmpty());
    // A snapshot of each table was kept, with the system's own type names.
    testsupport::Db state(f.workspace->stateStorePath());
    const auto snap = state.rows(QStringLiteral("SELECT columns FROM schema_snapshots WHERE dataset = 'crm.orders'"));
    QCOMPARE(snap.size(), 1);
    QVERIFY2(snap[0][0].contains(QStringLiteral("{\"name\":\"id\",\"type\":\"INTEGER\"}")), qPrintable(snap[0][0]));
}

void TestDrift::addedColumnIsRecordedAndDoesNotBlock()
{
    ChainFixture f;
    f.run(Orders);
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("ALTER TABLE orders ADD COLUMN channel VARCHAR(16)"));
    }
    const DriftCheck c = check(f, Orders);
    QCOMPARE(c.found, 1);
    const DriftItem *d = itemOf(c, QStringLiteral("channel"), QStringLiteral("added"));
    QVERIFY(d);
    QCOMPARE(d->dataset, QStringLiteral("crm.orders"));
    QCOMPARE(d->after, QStringLiteral("VARCHAR(16)"));
    QCOMPARE(d->status, QStringLiteral("open"));
    QVERIFY(d->touches.isEmpty()); // no mapping reads it yet
    QVERIFY(c.blocking.isEmpty());
    // Seen again: the same item, not a second one.
    QCOMPARE(check(f, Orders).found, 0);
    QCOMPARE(f.store->driftItems(false)->size(), 1);
    QCOMPARE(f.run(Orders).status, QStringLiteral("succeeded"));
}

void TestDrift::removedColumnPausesThePipeline()
{
    ChainFixture f;
    f.run(Orders);
    f.run(Billing);
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("ALTER TABLE orders DROP COLUMN customer"));
    }
    const DriftCheck c = check(f, Orders);
    const DriftItem *d = itemOf(c, QStringLiteral("customer"), QStringLiteral("removed"));
    QVERIFY(d);
    QCOMPARE(d->before, QStringLiteral("TEXT"));
    QVERIFY2(d->touches.contains(QStringLiteral("pipeline orders-to-shipments reads it into customer (mapping mappings/orders.yaml)")),
             qPrintable(d->touches.join(u'|')));
    QVERIFY(d->touches.contains(QStringLiteral("declared in crm.orders as string, L1")));
    QCOMPARE(c.blocking, QStringList{QStringLiteral("crm.orders.customer removed")});

    // The run stops before it writes, pauses the pipeline and says why.
    const RunResult r = f.run(Orders);
    QCOMPARE(r.status, QStringLiteral("failed"));
    QCOMPARE(r.error.code, ErrorCode::SchemaDrift);
    QVERIFY(r.error.message.contains(QStringLiteral("crm.orders.customer removed")));
    QCOMPARE(r.inserted + r.updated, 0);
    const auto control = f.store->control(Orders);
    QVERIFY(control->paused);
    QCOMPARE(control->pausedBy, QStringLiteral("concord (schema drift)"));
    AuditQuery q;
    q.action = QStringLiteral("pipeline.pause");
    const auto audited = f.store->audit(q);
    QCOMPARE(audited->size(), 1);
    QVERIFY(audited->front().detail.contains(QStringLiteral("crm.orders.customer removed")));
    // The pipeline downstream reads the warehouse, which did not change: it runs.
    QCOMPARE(f.run(Billing).status, QStringLiteral("succeeded"));
}

void TestDrift::retypedColumnIsFoundOnTheTarget()
{
    ChainFixture f;
    f.run(Orders);
    f.run(Billing);
    {
        testsupport::Db fin(f.dir.filePath(QStringLiteral("fin.sqlite")));
        fin.exec(QStringLiteral("ALTER TABLE billing RENAME TO billing_old"));
        fin.exec(QStringLiteral("CREATE TABLE billing (bill_no TEXT PRIMARY KEY, amount INTEGER, updated_at TEXT)"));
        fin.exec(QStringLiteral("INSERT INTO billing SELECT * FROM billing_old"));
        fin.exec(QStringLiteral("DROP TABLE billing_old"));
    }
    const DriftCheck c = check(f, Billing);
    const DriftItem *d = itemOf(c, QStringLiteral("amount"), QStringLiteral("retyped"));
    QVERIFY(d);
    QCOMPARE(d->dataset, QStringLiteral("finance.billing"));
    QCOMPARE(d->before, QStringLiteral("TEXT"));
    QCOMPARE(d->after, QStringLiteral("INTEGER"));
    QVERIFY(d->touches.contains(QStringLiteral("pipeline shipments-to-billing writes it (mapping mappings/billing.yaml)")));
    QCOMPARE(c.blocking, QStringList{QStringLiteral("finance.billing.amount retyped")});
    QCOMPARE(f.run(Billing).error.code, ErrorCode::SchemaDrift);
    // The other pipeline does not write finance: not blocked by it.
    QVERIFY(check(f, Orders).blocking.isEmpty());
}

void TestDrift::continueRunsAnyway()
{
    ChainFixture f;
    setBillingDrift(f, QStringLiteral("continue"));
    f.reload();
    QVERIFY(!f.workspace->pipelines.value(Billing).pauseOnSchemaDrift);
    QVERIFY(f.workspace->pipelines.value(Orders).pauseOnSchemaDrift);
    f.run(Orders);
    f.run(Billing);
    {
        testsupport::Db fin(f.dir.filePath(QStringLiteral("fin.sqlite")));
        fin.exec(QStringLiteral("ALTER TABLE billing ADD COLUMN extra TEXT"));
        fin.exec(QStringLiteral("ALTER TABLE billing DROP COLUMN updated_at"));
    }
    QCOMPARE(check(f, Billing).blocking, QStringList{QStringLiteral("finance.billing.updated_at removed")});
    // Recorded, not paused: the run goes on and meets the missing column itself.
    const RunResult r = f.run(Billing);
    QVERIFY(r.error.code != ErrorCode::SchemaDrift || !r.error.message.contains(QStringLiteral("paused")));
    QVERIFY(!f.store->control(Billing)->paused);
}

void TestDrift::declaredButUnmappedFieldBlocksItsReader()
{
    ChainFixture f;
    f.run(Orders);
    f.run(Billing);
    {
        testsupport::Db wh(f.dir.filePath(QStringLiteral("wh.sqlite")));
        wh.exec(QStringLiteral("ALTER TABLE shipments DROP COLUMN phone"));
    }
    // Billing maps no phone but its reader reads every declared field: it would fail, so it waits.
    const DriftCheck c = check(f, Billing);
    QCOMPARE(c.blocking, QStringList{QStringLiteral("warehouse.shipments.phone removed")});
    const DriftItem *d = itemOf(c, QStringLiteral("phone"), QStringLiteral("removed"));
    QVERIFY(d);
    QVERIFY2(d->touches.contains(QStringLiteral("pipeline shipments-to-billing reads it (a declared field), maps it nowhere "
                                                "(mapping mappings/billing.yaml)")),
             qPrintable(d->touches.join(u'|')));
    QVERIFY(d->touches.contains(QStringLiteral("pipeline orders-to-shipments writes it (mapping mappings/orders.yaml)")));
    QCOMPARE(f.run(Billing).error.code, ErrorCode::SchemaDrift);
    QVERIFY(f.store->control(Billing)->paused);
}

void TestDrift::acknowledgedDriftNoLongerBlocks()
{
    ChainFixture f;
    f.run(Orders);
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("ALTER TABLE orders DROP COLUMN phone"));
    }
    DriftCheck c = check(f, Orders);
    QCOMPARE(c.blocking.size(), 1);
    const qint64 id = c.open.front().id;
    QCOMPARE(*f.store->acknowledgeDrift({id}, QStringLiteral("li.na")), 1);
    QCOMPARE(*f.store->acknowledgeDrift({id}, QStringLiteral("li.na")), 0); // once
    c = check(f, Orders);
    QVERIFY(c.blocking.isEmpty());
    QVERIFY(c.open.isEmpty());
    const auto all = f.store->driftItems(true);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->front().status, QStringLiteral("acknowledged"));
    QCOMPARE(all->front().acknowledgedBy, QStringLiteral("li.na"));
    // The snapshot now has no phone column: the same table does not raise it again.
    QCOMPARE(check(f, Orders).found, 0);
    // Back and then dropped again is a new change, acknowledged or not the first time.
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("ALTER TABLE orders ADD COLUMN phone TEXT"));
    }
    c = check(f, Orders);
    QVERIFY(c.blocking.isEmpty());
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("ALTER TABLE orders DROP COLUMN phone"));
    }
    QCOMPARE(check(f, Orders).blocking, QStringList{QStringLiteral("crm.orders.phone removed")});
}

void TestDrift::undoneDriftResolvesItself()
{
    ChainFixture f;
    f.run(Orders);
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("ALTER TABLE orders DROP COLUMN phone"));
    }
    QCOMPARE(check(f, Orders).blocking.size(), 1);
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("ALTER TABLE orders ADD COLUMN phone TEXT"));
    }
    // The column is back as it was: the item closes by itself, and its return is not news.
    const DriftCheck c = check(f, Orders);
    QVERIFY(c.blocking.isEmpty());
    QVERIFY(c.open.isEmpty());
    const auto all = f.store->driftItems(true);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->front().status, QStringLiteral("resolved"));
    QCOMPARE(f.run(Orders).status, QStringLiteral("succeeded"));
}

void TestDrift::commandLine()
{
    ChainFixture f;
    f.run(Orders);
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("ALTER TABLE orders DROP COLUMN amount"));
    }
    auto [rc, text] = f.ctl({QStringLiteral("drift"), QStringLiteral("check")});
    QCOMPARE(rc, 1); // open drift
    QVERIFY2(text.contains("crm.orders.amount removed (was TEXT)"), text.constData());
    QVERIFY(text.contains("pipeline orders-to-shipments reads it into amount"));
    std::tie(rc, text) = f.ctl({QStringLiteral("drift"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(rc, 1);
    const QJsonArray items = QJsonDocument::fromJson(text).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QString id = QString::number(items[0].toObject().value(QStringLiteral("id")).toInteger());
    std::tie(rc, text) = f.ctl({QStringLiteral("drift"), QStringLiteral("ack"), id});
    QCOMPARE(rc, 0);
    QVERIFY(text.startsWith("1 of 1 item(s) acknowledged"));
    std::tie(rc, text) = f.ctl({QStringLiteral("drift")});
    QCOMPARE(rc, 0);
    QCOMPARE(text, QByteArray("No schema drift.\n"));
    AuditQuery q;
    q.action = QStringLiteral("schema.acknowledge");
    QCOMPARE(f.store->audit(q)->size(), 1);
    std::tie(rc, text) = f.ctl({QStringLiteral("drift"), QStringLiteral("ack"), QStringLiteral("x")});
    QCOMPARE(rc, 2);
}

void TestDrift::settingIsChecked()
{
    ChainFixture f;
    setBillingDrift(f, QStringLiteral("ignore"));
    // It was reserved (accepted, ignored): another value is a warning, and pause stays.
    const WorkspaceLoad load = WorkspaceLoader::load(f.dir.path());
    QVERIFY(load.ok());
    QVERIFY(load.workspace->pipelines.value(Billing).pauseOnSchemaDrift);
    bool warned = false;
    for (const Error &w : load.warnings)
        warned = warned || w.message.contains(QStringLiteral("schema_drift of pipeline 'shipments-to-billing'"));
    QVERIFY(warned);
}

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
