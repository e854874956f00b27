// The three demo pipelines end to end, in process: PipelineRunner against the real SQLite files of
// a fresh demo workspace. After every run each target is compared row by row with what the test
// computes on its own from the source rows and the mapping YAML (tests/syncexpectations.h).
//
// The test functions are the steps of one story and run in declaration order: first run, source
// edits (including edits stamped with the source's current maximum updated_at, the classic way a
// watermark loses changes) and an incremental run, an idle run, a --full run, a dry run.

#include "syncexpectations.h"

#include "demo/demoworkspace.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace concord;
using syncexpect::Db;
using syncexpect::Rows;

namespace {

const QString Orders = QStringLiteral("crm-opportunities-to-orders");
const QString Tax = QStringLiteral("finance-invoices-to-tax");
const QString Service = QStringLiteral("crm-customers-to-service");

} // namespace

class TestIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRun_data();
    void firstRun();
    void incrementalRunAfterSourceEdits();
    void idleRunReadsNothing_data();
    void idleRunReadsNothing();
    void fullRunChangesNothing_data();
    void fullRunChangesNothing();
    void dryRunPlansButWritesNothing();

private:
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    Rows expected(const QString &pipeline) const;
    Rows actual(const QString &pipeline) const;
    RunResult run(const QString &pipeline, const RunOptions &options = {});
    QString checkpoint(const QString &pipeline) const;

    QTemporaryDir m_dir;
    std::shared_ptr<const Workspace> m_workspace;
    StateStore m_store;
    std::atomic<bool> m_cancel{false};
    QStringList m_badOrderKeys;      // opportunities whose amount is not a number
    QString m_deletedCustomer;       // soft-deleted in the CRM after it had been synced
};

Rows TestIntegration::expected(const QString &pipeline) const
{
    if (pipeline == Orders)
        return syncexpect::expectedOrders(path(QStringLiteral("data/crm.sqlite")));
    if (pipeline == Tax)
        return syncexpect::expectedTaxInvoices(path(QStringLiteral("data/finance.sqlite")));
    return syncexpect::expectedServiceCustomers(path(QStringLiteral("data/crm.sqlite")));
}

Rows TestIntegration::actual(const QString &pipeline) const
{
    if (pipeline == Orders)
        return syncexpect::actualOrders(path(QStringLiteral("data/warehouse.sqlite")));
    if (pipeline == Tax)
        return syncexpect::actualTaxInvoices(path(QStringLiteral("data/tax.sqlite")));
    return syncexpect::actualServiceCustomers(path(QStringLiteral("data/service.sqlite")));
}

RunResult TestIntegration::run(const QString &pipeline, const RunOptions &options)
{
    PipelineRunner runner(m_workspace, &m_store);
    const RunResult r = runner.run(pipeline, options, m_cancel);
    qInfo("%s%s%s: %s, read %lld, inserted %lld, updated %lld, deleted %lld, failed %lld", qPrintable(pipeline),
          options.full ? " (full)" : "", options.dryRun ? " (dry run)" : "", qPrintable(r.status), r.read, r.inserted,
          r.updated, r.deleted, r.failed);
    return r;
}

QString TestIntegration::checkpoint(const QString &pipeline) const
{
    const Result<QString> c = m_store.checkpoint(pipeline);
    return c.ok() ? *c : QStringLiteral("<error: %1>").arg(c.error().message);
}

// Fails the calling test function with the list of differences unless the target of `pipeline`
// holds exactly the mapping of its source.
#define VERIFY_TARGET(pipeline)                                                                          \
    do {                                                                                                 \
        const QStringList diff_ = syncexpect::differences(expected(pipeline), actual(pipeline));         \
        QVERIFY2(diff_.isEmpty(), qPrintable(QLatin1String("\n") + diff_.join(QLatin1Char('\n'))));      \
    } while (false)

void TestIntegration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<void> created = createDemoWorkspace(m_dir.path(), DemoOptions{});
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const WorkspaceLoad load = WorkspaceLoader::load(m_dir.path());
    QStringList errors;
    for (const Error &e : load.errors)
        errors.append(e.toString());
    QVERIFY2(load.ok(), qPrintable(errors.join(QLatin1Char('\n'))));
    m_workspace = load.workspace;
    const Result<void> opened = m_store.open(m_workspace->stateStorePath());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));

    // The story relies on what the demo promises: bad amounts, soft-deleted customers, both empty targets.
    const Rows orders = expected(Orders);
    m_badOrderKeys = orders.failures.keys();
    QCOMPARE(m_badOrderKeys.size(), 3);
    for (const QString &k : std::as_const(m_badOrderKeys))
        QCOMPARE(orders.failures.value(k), QStringLiteral("TYPE_MISMATCH"));
    Db crm(path(QStringLiteral("data/crm.sqlite")));
    QVERIFY(crm.value(QStringLiteral("SELECT COUNT(*) FROM customers WHERE deleted = 1")).toInt() > 0);
    QVERIFY(expected(Tax).failures.isEmpty());
    QVERIFY(expected(Service).failures.isEmpty());
}

void TestIntegration::firstRun_data()
{
    QTest::addColumn<QString>("pipeline");
    QTest::addColumn<int>("failed");
    QTest::newRow("orders") << Orders << 3;
    QTest::newRow("tax") << Tax << 0;
    QTest::newRow("service") << Service << 0;
}

void TestIntegration::firstRun()
{
    QFETCH(QString, pipeline);
    QFETCH(int, failed);
    const RunResult r = run(pipeline);
    QVERIFY2(r.status != QLatin1String("failed"), qPrintable(r.error.message));
    QCOMPARE(r.status, failed ? QStringLiteral("partial") : QStringLiteral("succeeded"));
    QCOMPARE(r.failed, qint64(failed));
    QCOMPARE(r.deleted, qint64(0)); // soft-deleted rows were never in the empty target
    QCOMPARE(r.updated, qint64(0));
    QCOMPARE(r.inserted, qint64(expected(pipeline).byKey.size()));
    QVERIFY(!checkpoint(pipeline).isEmpty());
    VERIFY_TARGET(pipeline);

    if (pipeline == Orders) {
        // Each bad row is a dead letter exactly once, with the code and the mapping version that judged it.
        const MappingRules *rules = m_workspace->mappingOf(m_workspace->pipelines.value(Orders));
        QVERIFY(rules && !rules->version.isEmpty());
        QCOMPARE(r.mappingVersion, rules->version);
        QStringList keys;
        for (const syncexpect::DeadLetter &d : syncexpect::deadLetters(m_workspace->stateStorePath(), Orders)) {
            keys.append(d.key);
            QCOMPARE(d.code, QStringLiteral("TYPE_MISMATCH"));
            QCOMPARE(d.mappingVersion, rules->version);
        }
        keys.sort();
        QStringList bad = m_badOrderKeys;
        bad.sort();
        QCOMPARE(keys, bad);
    }
    if (pipeline == Service) {
        Db crm(path(QStringLiteral("data/crm.sqlite")));
        Db service(path(QStringLiteral("data/service.sqlite")));
        const QList<QVariantList> deleted = crm.query(QStringLiteral("SELECT id FROM customers WHERE deleted = 1"));
        for (const QVariantList &row : deleted)
            QVERIFY2(!service.value(QStringLiteral("SELECT 1 FROM customers WHERE customer_id = ?"), {row[0]}).isValid(),
                     qPrintable(QStringLiteral("soft-deleted customer %1 reached the target").arg(row[0].toString())));
    }
}

void TestIntegration::incrementalRunAfterSourceEdits()
{
    Db crm(path(QStringLiteral("data/crm.sqlite")), false);
    Db finance(path(QStringLiteral("data/finance.sqlite")), false);
    QVERIFY2(crm.isOpen() && finance.isOpen(), qPrintable(crm.error() + finance.error()));

    // An edit stamped with the source's current maximum updated_at, on a row whose key sorts before
    // every key already at that maximum: a watermark that resumes strictly after (max, last key)
    // never sees it. Those are the rows picked here, on purpose.
    const auto tiedRows = [](Db &db, const QString &table, const QString &key, int n, QString *max,
                             const QString &extraWhere, const QVariantList &extraBinds) {
        *max = db.value(QStringLiteral("SELECT MAX(updated_at) FROM ") + table).toString();
        const QVariant firstAtMax = db.value(QStringLiteral("SELECT MIN(%1) FROM %2 WHERE updated_at = ?").arg(key, table),
                                             {*max});
        QVariantList keys;
        const QList<QVariantList> rows = db.query(QStringLiteral("SELECT %1 FROM %2 WHERE updated_at < ? AND %1 < ?%3 "
                                                                 "ORDER BY %1 LIMIT %4")
                                                      .arg(key, table, extraWhere)
                                                      .arg(n),
                                                  QVariantList{*max, firstAtMax} + extraBinds);
        for (const QVariantList &r : rows)
            keys.append(r[0]);
        return keys;
    };

    // crm.opportunities: stage and amount edits at the current maximum and later; three new deals.
    QString maxTs;
    const QVariantList bad = [this] {
        QVariantList l;
        for (const QString &k : std::as_const(m_badOrderKeys))
            l.append(k.toLongLong());
        return l;
    }();
    const QVariantList tied = tiedRows(crm, QStringLiteral("opportunities"), QStringLiteral("id"), 4, &maxTs,
                                       QStringLiteral(" AND id NOT IN (?, ?, ?)"), bad);
    QCOMPARE(tied.size(), 4);
    const QStringList stages = {QStringLiteral("Closed Won"), QStringLiteral("Lost"), QStringLiteral("Cancelled"),
                                QStringLiteral("Negotiation")};
    const QVariantList amounts = {QStringLiteral("1.5"), QVariant(), QStringLiteral("99999999.99"), QStringLiteral("7")};
    QVERIFY(crm.transaction());
    for (int i = 0; i < tied.size(); ++i)
        QVERIFY2(crm.exec(QStringLiteral("UPDATE opportunities SET opportunity_stage = ?, amount = ?, updated_at = ? "
                                         "WHERE id = ?"),
                          {stages[i], amounts[i], maxTs, tied[i]}),
                 qPrintable(crm.error()));
    // Later edits in the middle of the table.
    for (int i = 0; i < 3; ++i)
        QVERIFY2(crm.exec(QStringLiteral("UPDATE opportunities SET opportunity_stage = ?, amount = ?, updated_at = ? "
                                         "WHERE id = ?"),
                          {stages[i], QStringLiteral("%1.%2").arg(1000 + i).arg(i * 7, 2, 10, QLatin1Char('0')),
                           syncexpect::shiftTimestamp(maxTs, 60 * (i + 1)), 1500 + 100 * i}),
                 qPrintable(crm.error()));
    const qint64 maxId = crm.value(QStringLiteral("SELECT MAX(id) FROM opportunities")).toLongLong();
    const QList<QVariantList> inserts = {
        {maxId + 1, QStringLiteral("  新客户甲 "), QStringLiteral("13800000001"), QStringLiteral("Closed Won"),
         QStringLiteral("12800.50"), maxTs},
        {maxId + 2, QStringLiteral("新客户乙"), QVariant(), QStringLiteral("Prospecting"), QVariant(),
         syncexpect::shiftTimestamp(maxTs, 120)},
        {maxId + 3, QStringLiteral("新客户丙 "), QStringLiteral("13900000003"), QStringLiteral("Cancelled"),
         QStringLiteral("0.01"), syncexpect::shiftTimestamp(maxTs, 180)},
    };
    for (const QVariantList &row : inserts)
        QVERIFY2(crm.exec(QStringLiteral("INSERT INTO opportunities (id, customer_id, customer_name, phone, title, "
                                         "opportunity_stage, amount, cost_price, owner, created_at, updated_at) "
                                         "VALUES (?, 1, ?, ?, 'test', ?, ?, NULL, 'test', '2024-10-31 23:59:59', ?)"),
                          row),
                 qPrintable(crm.error()));

    // crm.customers: a tied edit (name and level), and a soft delete of a customer already in the target.
    QString customersMax;
    const QVariantList tiedCustomers = tiedRows(crm, QStringLiteral("customers"), QStringLiteral("id"), 1,
                                                &customersMax, QStringLiteral(" AND deleted = 0"), {});
    QCOMPARE(tiedCustomers.size(), 1);
    QVERIFY(crm.exec(QStringLiteral("UPDATE customers SET name = '  改名后 ', level = 'VIP', updated_at = ? WHERE id = ?"),
                     {customersMax, tiedCustomers[0]}));
    const QVariant toDelete = crm.value(QStringLiteral("SELECT MIN(id) FROM customers WHERE deleted = 0 AND id > 100"));
    QVERIFY(toDelete.isValid());
    m_deletedCustomer = toDelete.toString();
    QVERIFY(actual(Service).byKey.contains(m_deletedCustomer));
    QVERIFY(crm.exec(QStringLiteral("UPDATE customers SET deleted = 1, updated_at = ? WHERE id = ?"),
                     {syncexpect::shiftTimestamp(customersMax, 60), toDelete}));
    QVERIFY(crm.commit());

    // finance.invoices: a tied void of an issued invoice, and a new invoice after the maximum.
    QString invoicesMax;
    const QVariantList tiedInvoices = tiedRows(finance, QStringLiteral("invoices"), QStringLiteral("invoice_no"), 1,
                                               &invoicesMax, QStringLiteral(" AND status = 'issued'"), {});
    QCOMPARE(tiedInvoices.size(), 1);
    QVERIFY(finance.transaction());
    QVERIFY(finance.exec(QStringLiteral("UPDATE invoices SET status = 'void', updated_at = ? WHERE invoice_no = ?"),
                         {invoicesMax, tiedInvoices[0]}));
    QVERIFY2(finance.exec(QStringLiteral("INSERT INTO invoices (invoice_no, customer_name, tax_id, amount, tax_rate, "
                                         "tax_amount, status, issued_at, updated_at) VALUES ('INV-2099-000001', "
                                         "' 测试有限公司 ', '91110000abcdefgh0x', '1000.05', '0.1300', '130.01', "
                                         "'issued', '2024-11-01 10:00:00', ?)"),
                          {syncexpect::shiftTimestamp(invoicesMax, 60)}),
             qPrintable(finance.error()));
    QVERIFY(finance.commit());

    // Run all three before judging any, so that one failure does not leave the others unrun for
    // the steps after this one; then report every difference at once.
    QStringList problems;
    for (const QString &pipeline : {Orders, Tax, Service}) {
        const QString before = checkpoint(pipeline);
        const RunResult r = run(pipeline);
        if (r.status != QLatin1String("succeeded") && r.status != QLatin1String("partial"))
            problems.append(pipeline + QLatin1String(": run ") + r.status + QLatin1String(": ") + r.error.message);
        if (r.read == 0 || checkpoint(pipeline) == before)
            problems.append(pipeline + QLatin1String(": the run did not see the edits"));
    }
    for (const QString &pipeline : {Orders, Tax, Service})
        for (const QString &d : syncexpect::differences(expected(pipeline), actual(pipeline)))
            problems.append(pipeline + QLatin1String(": ") + d);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String("\n") + problems.join(QLatin1Char('\n'))));
    QVERIFY2(!actual(Service).byKey.contains(m_deletedCustomer),
             qPrintable(QStringLiteral("customer %1 was soft-deleted in the CRM but is still in the target")
                            .arg(m_deletedCustomer)));
}

void TestIntegration::idleRunReadsNothing_data()
{
    QTest::addColumn<QString>("pipeline");
    QTest::newRow("orders") << Orders;
    QTest::newRow("tax") << Tax;
    QTest::newRow("service") << Service;
}

void TestIntegration::idleRunReadsNothing()
{
    QFETCH(QString, pipeline);
    const Rows before = actual(pipeline);
    const RunResult r = run(pipeline);
    QCOMPARE(r.status, QStringLiteral("succeeded"));
    QCOMPARE(r.read, qint64(0));
    QCOMPARE(r.written(), qint64(0));
    QCOMPARE(r.failed, qint64(0));
    QCOMPARE(actual(pipeline).byKey, before.byKey);
}

void TestIntegration::fullRunChangesNothing_data()
{
    idleRunReadsNothing_data();
}

void TestIntegration::fullRunChangesNothing()
{
    QFETCH(QString, pipeline);
    const Rows before = actual(pipeline);
    RunOptions full;
    full.full = true;
    const RunResult r = run(pipeline, full);
    QVERIFY2(r.status != QLatin1String("failed"), qPrintable(r.error.message));
    // Everything is read again and written by key: no new rows, none removed, same contents.
    QVERIFY(r.read > 0);
    QCOMPARE(r.inserted, qint64(0));
    QCOMPARE(r.deleted, qint64(0));
    QCOMPARE(r.failed, qint64(pipeline == Orders ? 3 : 0)); // the bad amounts are still bad
    const Rows after = actual(pipeline);
    QCOMPARE(after.rowsRead, before.rowsRead);
    QCOMPARE(after.byKey, before.byKey);
    VERIFY_TARGET(pipeline);
}

void TestIntegration::dryRunPlansButWritesNothing()
{
    // One change of each kind: an update and an insert for the orders, a soft delete for the service.
    QString updatedKey, insertedKey, deletedKey;
    {
        Db crm(path(QStringLiteral("data/crm.sqlite")), false);
        const QString maxTs = crm.value(QStringLiteral("SELECT MAX(updated_at) FROM opportunities")).toString();
        const QString later = syncexpect::shiftTimestamp(maxTs, 3600);
        updatedKey = QStringLiteral("42");
        QVERIFY(crm.exec(QStringLiteral("UPDATE opportunities SET opportunity_stage = 'Closed Won', amount = '4242.42', "
                                        "updated_at = ? WHERE id = 42"),
                         {later}));
        insertedKey = QString::number(crm.value(QStringLiteral("SELECT MAX(id) FROM opportunities")).toLongLong() + 1);
        QVERIFY(crm.exec(QStringLiteral("INSERT INTO opportunities (id, customer_id, customer_name, phone, title, "
                                        "opportunity_stage, amount, cost_price, owner, created_at, updated_at) "
                                        "VALUES (?, 1, '试运行', NULL, 'dry', 'Lost', '10.00', NULL, 'test', "
                                        "'2024-11-01 08:00:00', ?)"),
                         {insertedKey.toLongLong(), later}));
        const QString customersMax = crm.value(QStringLiteral("SELECT MAX(updated_at) FROM customers")).toString();
        deletedKey = crm.value(QStringLiteral("SELECT MIN(id) FROM customers WHERE deleted = 0 AND id > 200")).toString();
        QVERIFY(actual(Service).byKey.contains(deletedKey));
        QVERIFY(crm.exec(QStringLiteral("UPDATE customers SET deleted = 1, updated_at = ? WHERE id = ?"),
                         {syncexpect::shiftTimestamp(customersMax, 3600), deletedKey.toLongLong()}));
    }
    QVERIFY(!updatedKey.isEmpty() && !insertedKey.isEmpty() && !deletedKey.isEmpty());

    struct Want
    {
        QString pipeline;
        QString key;
        QString op;
    };
    const QList<Want> wants = {{Orders, updatedKey, QStringLiteral("update")},
                               {Orders, insertedKey, QStringLiteral("insert")},
                               {Service, deletedKey, QStringLiteral("delete")}};
    for (const QString &pipeline : {Orders, Service}) {
        const Rows before = actual(pipeline);
        const QString checkpointBefore = checkpoint(pipeline);
        const qint64 deadBefore = syncexpect::deadLetters(m_workspace->stateStorePath(), pipeline).size();
        RunOptions dry;
        dry.dryRun = true;
        dry.plannedRowsToKeep = 1000;
        const RunResult r = run(pipeline, dry);
        QVERIFY2(r.status != QLatin1String("failed"), qPrintable(r.error.message));
        QVERIFY(r.dryRun);
        QVERIFY(!r.planned.isEmpty());
        for (const Want &w : wants) {
            if (w.pipeline != pipeline)
                continue;
            const auto hit = std::find_if(r.planned.cbegin(), r.planned.cend(),
                                          [&](const PlannedWrite &p) { return p.key == w.key; });
            QVERIFY2(hit != r.planned.cend(), qPrintable(QStringLiteral("no planned write for key %1").arg(w.key)));
            QCOMPARE(hit->op, w.op);
            if (w.key == updatedKey) {
                const int status = int(hit->fields.indexOf(QStringLiteral("order_status")));
                QVERIFY(status >= 0);
                QCOMPARE(hit->values.value(status), QStringLiteral("confirmed"));
            }
        }
        // Nothing written anywhere: target, checkpoint, dead letters.
        const Rows after = actual(pipeline);
        QCOMPARE(after.rowsRead, before.rowsRead);
        QCOMPARE(after.byKey, before.byKey);
        QCOMPARE(checkpoint(pipeline), checkpointBefore);
        QCOMPARE(syncexpect::deadLetters(m_workspace->stateStorePath(), pipeline).size(), deadBefore);
    }

    // The dry run did not consume the changes: a real run applies them.
    for (const QString &pipeline : {Orders, Service}) {
        const RunResult r = run(pipeline);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QVERIFY(r.written() >= (pipeline == Orders ? 2 : 1));
        VERIFY_TARGET(pipeline);
    }
    QVERIFY(!actual(Service).byKey.contains(deletedKey));
}

QTEST_GUILESS_MAIN(TestIntegration)
#include "tst_integration.moc"
