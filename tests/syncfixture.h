#pragma once
// A small two-system workspace for sync tests: crm.items (id, name, amount, updated_at) mapped to
// wms.copy (item_id, name NOT NULL, amount decimal(10,2), updated_at).

#include "pairfixture.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>
#include <QTest>

class SyncFixture : public PairFixture
{
public:
    explicit SyncFixture(int batchSize = 3, const QByteArray &extraMapping = {})
        : PairFixture(QStringLiteral("crm.sqlite"), QStringLiteral("wms.sqlite"))
    {
        const QString d = dir.path();
        testsupport::writeFile(d + QStringLiteral("/workspace.yaml"),
                               "name: sync test\n"
                               "systems:\n"
                               "  crm: { kind: sqlite, path: crm.sqlite }\n"
                               "  wms: { kind: sqlite, path: wms.sqlite }\n"
                               "datasets:\n"
                               "  crm.items:\n"
                               "    key: [id]\n"
                               "    version: updated_at\n"
                               "    soft_delete: deleted\n"
                               "    fields:\n"
                               "      id: int\n"
                               "      name: string\n"
                               "      amount: { type: 'decimal(10,2)' }\n"
                               "      updated_at: timestamp\n"
                               "      deleted: int\n"
                               "  wms.copy:\n"
                               "    key: [item_id]\n"
                               "    fields:\n"
                               "      item_id: int\n"
                               "      name: string\n"
                               "      amount: { type: 'decimal(10,2)' }\n"
                               "      updated_at: timestamp\n"
                               "pipelines:\n"
                               "  items:\n"
                               "    source: crm.items\n"
                               "    target: wms.copy\n"
                               "    mapping: mappings/items.yaml\n"
                               "    batch_size: "
                                   + QByteArray::number(batchSize) + "\n");
        testsupport::writeFile(d + QStringLiteral("/mappings/items.yaml"),
                               "source: crm.items\n"
                               "target: wms.copy\n"
                               "fields:\n"
                               "  item_id: { from: id }\n"
                               "  name: { from: name, transform: [trim] }\n"
                               "  amount: { from: amount }\n"
                               "  updated_at: { from: updated_at }\n"
                                   + extraMapping);
        source().exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, amount TEXT, "
                                     "updated_at TEXT, deleted INTEGER DEFAULT 0)"));
        target().exec(QStringLiteral("CREATE TABLE copy (item_id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                     "amount TEXT, updated_at TEXT)"));
        reload();
    }

    void insert(int id, const QString &name, const QVariant &amount, const QString &updatedAt)
    {
        source().exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (?, ?, ?, ?)"),
                      {id, name, amount, updatedAt});
    }

    concord::RunResult run(const concord::RunOptions &options = {})
    {
        concord::PipelineRunner runner(workspace, store.get());
        std::atomic<bool> cancel{false};
        return runner.run(QStringLiteral("items"), options, cancel);
    }
};
