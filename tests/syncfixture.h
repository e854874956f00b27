#pragma once
// A small two-system workspace for sync tests: crm.items (id, name, amount, updated_at) mapped to
// wms.copy (item_id, name NOT NULL, amount decimal(10,2), updated_at).

#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>
#include <QTest>

class SyncFixture
{
public:
    explicit SyncFixture(int batchSize = 3, const QByteArray &extraMapping = {})
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

    void reload()
    {
        const concord::WorkspaceLoad load = concord::WorkspaceLoader::load(dir.path());
        if (!load.ok())
            qFatal("fixture workspace invalid: %s", qPrintable(load.errors.front().toString()));
        workspace = load.workspace;
        store = std::make_unique<concord::StateStore>();
        if (!store->open(workspace->stateStorePath()).ok())
            qFatal("cannot open the state store");
    }

    testsupport::Db &source()
    {
        if (!m_source)
            m_source = std::make_unique<testsupport::Db>(dir.filePath(QStringLiteral("crm.sqlite")));
        return *m_source;
    }
    testsupport::Db &target()
    {
        if (!m_target)
            m_target = std::make_unique<testsupport::Db>(dir.filePath(QStringLiteral("wms.sqlite")));
        return *m_target;
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

    QTemporaryDir dir;
    std::shared_ptr<const concord::Workspace> workspace;
    std::unique_ptr<concord::StateStore> store;

private:
    std::unique_ptr<testsupport::Db> m_source;
    std::unique_ptr<testsupport::Db> m_target;
};
