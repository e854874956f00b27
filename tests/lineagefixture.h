#pragma once
// Three department systems for lineage tests: crm.orders (40 rows) -> warehouse.shipments
// (shipment_no = concat('S-', id); the phone masked for the warehouse) -> finance.billing.

#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

using namespace concord;

// Three department systems: crm.orders (id) -> warehouse.shipments (shipment_no = 'S-' + id)
// -> finance.billing (bill_no from shipment_no). The keys change on the way, so every hop has to
// be followed by what was written, not by assuming equal keys.
class ChainFixture
{
public:
    ChainFixture()
    {
        const QString d = dir.path();
        testsupport::writeFile(d + QStringLiteral("/workspace.yaml"),
                               "name: lineage test\n"
                               "departments: [sales, logistics, finance]\n"
                               "systems:\n"
                               "  crm: { kind: sqlite, path: crm.sqlite, department: sales, clearance: L3 }\n"
                               "  warehouse: { kind: sqlite, path: wh.sqlite, department: logistics, clearance: L2 }\n"
                               "  finance: { kind: sqlite, path: fin.sqlite, department: finance, clearance: L2 }\n"
                               "datasets:\n"
                               "  crm.orders:\n"
                               "    key: [id]\n"
                               "    version: updated_at\n"
                               "    fields:\n"
                               "      id: { type: int, sensitivity: L1 }\n"
                               "      customer: { type: string, sensitivity: L1 }\n"
                               "      phone: { type: string, sensitivity: L3, mask: 'partial(3,4)' }\n"
                               "      amount: { type: 'decimal(10,2)', sensitivity: L1 }\n"
                               "      updated_at: { type: timestamp, sensitivity: L1 }\n"
                               "  warehouse.shipments:\n"
                               "    key: [shipment_no]\n"
                               "    version: updated_at\n"
                               "    fields:\n"
                               "      shipment_no: { type: string, sensitivity: L1 }\n"
                               "      customer: { type: string, sensitivity: L1 }\n"
                               "      phone: { type: string, sensitivity: L2 }\n"
                               "      amount: { type: 'decimal(10,2)', sensitivity: L1 }\n"
                               "      updated_at: { type: timestamp, sensitivity: L1 }\n"
                               "  finance.billing:\n"
                               "    key: [bill_no]\n"
                               "    fields:\n"
                               "      bill_no: { type: string, sensitivity: L1 }\n"
                               "      amount: { type: 'decimal(10,2)', sensitivity: L1 }\n"
                               "      updated_at: { type: timestamp, sensitivity: L1 }\n"
                               "pipelines:\n"
                               "  orders-to-shipments:\n"
                               "    source: crm.orders\n"
                               "    target: warehouse.shipments\n"
                               "    mapping: mappings/orders.yaml\n"
                               "  shipments-to-billing:\n"
                               "    source: warehouse.shipments\n"
                               "    target: finance.billing\n"
                               "    mapping: mappings/billing.yaml\n");
        testsupport::writeFile(d + QStringLiteral("/mappings/orders.yaml"),
                               "source: crm.orders\n"
                               "target: warehouse.shipments\n"
                               "fields:\n"
                               "  shipment_no: { expr: \"concat('S-', id)\" }\n"
                               "  customer: { from: customer, transform: [trim] }\n"
                               "  phone: { from: phone }\n"
                               "  amount: { from: amount }\n"
                               "  updated_at: { from: updated_at }\n");
        testsupport::writeFile(d + QStringLiteral("/mappings/billing.yaml"),
                               "source: warehouse.shipments\n"
                               "target: finance.billing\n"
                               "fields:\n"
                               "  bill_no: { from: shipment_no }\n"
                               "  amount: { from: amount }\n"
                               "  updated_at: { from: updated_at }\n");
        testsupport::Db crm(d + QStringLiteral("/crm.sqlite"));
        crm.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, phone TEXT, amount TEXT, "
                                "updated_at TEXT)"));
        for (int i = 1; i <= 40; ++i)
            crm.exec(QStringLiteral("INSERT INTO orders VALUES (?, ?, ?, ?, ?)"),
                     {i, QStringLiteral(" customer %1 ").arg(i), QStringLiteral("1380000%1").arg(1000 + i),
                      QStringLiteral("%1.50").arg(i * 10), QStringLiteral("2026-01-01T00:00:%1").arg(i % 60, 2, 10, QLatin1Char('0'))});
        testsupport::Db wh(d + QStringLiteral("/wh.sqlite"));
        wh.exec(QStringLiteral("CREATE TABLE shipments (shipment_no TEXT PRIMARY KEY, customer TEXT, phone TEXT, "
                               "amount TEXT, updated_at TEXT)"));
        testsupport::Db fin(d + QStringLiteral("/fin.sqlite"));
        fin.exec(QStringLiteral("CREATE TABLE billing (bill_no TEXT PRIMARY KEY, amount TEXT, updated_at TEXT)"));
        reload();
    }

    void reload()
    {
        const WorkspaceLoad load = WorkspaceLoader::load(dir.path());
        if (!load.ok())
            qFatal("fixture workspace invalid: %s", qPrintable(load.errors.front().toString()));
        workspace = load.workspace;
        store = std::make_unique<StateStore>();
        if (!store->open(workspace->stateStorePath()).ok())
            qFatal("cannot open the state store");
    }

    RunResult run(const QString &pipeline, const RunOptions &options = {})
    {
        PipelineRunner runner(workspace, store.get());
        std::atomic<bool> cancel{false};
        return runner.run(pipeline, options, cancel);
    }

    // concordctl in this workspace: exit code and stdout.
    std::pair<int, QByteArray> ctl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CONCORDCTL_PATH),
                QStringList{QStringLiteral("-w"), dir.path(), QStringLiteral("--log-level"), QStringLiteral("none")} + args);
        if (!p.waitForFinished(60000))
            qFatal("concordctl did not finish");
        return {p.exitCode(), p.readAllStandardOutput()};
    }

    QTemporaryDir dir;
    std::shared_ptr<const Workspace> workspace;
    std::unique_ptr<StateStore> store;
};
