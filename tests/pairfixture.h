#pragma once
// What the sync and consistency fixtures share: a workspace in a temporary directory with two
// SQLite systems (a source and a target file), loaded, with its state store open.

#include "store/statestore.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>

#include <memory>

class PairFixture
{
public:
    PairFixture(QString sourceFile, QString targetFile)
        : m_sourceFile(std::move(sourceFile)), m_targetFile(std::move(targetFile))
    {
    }

    // Loads workspace.yaml again (it must validate) and opens a new state store connection.
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
            m_source = std::make_unique<testsupport::Db>(dir.filePath(m_sourceFile));
        return *m_source;
    }
    testsupport::Db &target()
    {
        if (!m_target)
            m_target = std::make_unique<testsupport::Db>(dir.filePath(m_targetFile));
        return *m_target;
    }

    QTemporaryDir dir;
    std::shared_ptr<const concord::Workspace> workspace;
    std::unique_ptr<concord::StateStore> store;

private:
    QString m_sourceFile;
    QString m_targetFile;
    std::unique_ptr<testsupport::Db> m_source;
    std::unique_ptr<testsupport::Db> m_target;
};
