#include "workspace/workspace.h"

#include <QDir>

namespace concord {

QString SystemDef::resolvedPath(const QString &workspaceDir) const
{
    if (path.isEmpty())
        return {};
    return QDir::cleanPath(QDir(workspaceDir).absoluteFilePath(path));
}

const DatasetDef *Workspace::dataset(const QString &id) const
{
    const auto it = datasets.constFind(id);
    return it == datasets.cend() ? nullptr : &*it;
}

const SystemDef *Workspace::systemOf(const DatasetDef &ds) const
{
    const auto it = systems.constFind(ds.system);
    return it == systems.cend() ? nullptr : &*it;
}

const MappingRules *Workspace::mappingOf(const PipelineDef &p) const
{
    const auto it = mappings.constFind(p.mapping);
    return it == mappings.cend() ? nullptr : &*it;
}

QString Workspace::stateStorePath() const
{
    return QDir(dir).absoluteFilePath(QStringLiteral(".concord/state.sqlite"));
}

QString Workspace::logDir() const
{
    return QDir(dir).absoluteFilePath(QStringLiteral(".concord/logs"));
}

const RoleDef *Workspace::stewardRole(const QString &user) const
{
    auto it = stewards.constFind(user);
    if (it == stewards.cend())
        it = stewards.constFind(QStringLiteral("*"));
    if (it == stewards.cend())
        return nullptr;
    const auto role = roles.constFind(*it);
    return role == roles.cend() ? nullptr : &*role;
}

} // namespace concord
