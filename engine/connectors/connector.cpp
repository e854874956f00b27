#include "connectors/connector.h"

#include "connectors/sqliterecordtable.h"
#include "connectors/sqlitesink.h"
#include "connectors/sqlitesource.h"

#include <QFileInfo>

#include <algorithm>

namespace concord {

Result<QString> sqlitePathFor(const Workspace &ws, const DatasetDef &dataset)
{
    const SystemDef *system = ws.systemOf(dataset);
    if (!system)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("dataset %1 names an unknown system").arg(dataset.id));
    if (system->kind != QLatin1String("sqlite"))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("system '%1' is of kind %2, whose connector is not "
                                                                  "available in this version")
                                                       .arg(system->name, system->kind));
    const QString path = system->resolvedPath(ws.dir);
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::ConnectionRefused,
                         QStringLiteral("the database of system '%1' is missing: %2").arg(system->name, path));
    return path;
}

Result<std::unique_ptr<Source>> createSource(const Workspace &ws, const DatasetDef &dataset)
{
    const auto path = sqlitePathFor(ws, dataset);
    if (!path.ok())
        return path.error();
    return std::unique_ptr<Source>(std::make_unique<SqliteSource>(*path, dataset));
}

Result<std::unique_ptr<Sink>> createSink(const Workspace &ws, const DatasetDef &dataset)
{
    const auto path = sqlitePathFor(ws, dataset);
    if (!path.ok())
        return path.error();
    const SystemDef *system = ws.systemOf(dataset);
    const int timeoutMs = system ? system->options.value(QStringLiteral("timeout_ms"), 5000).toInt() : 5000;
    return std::unique_ptr<Sink>(std::make_unique<SqliteSink>(*path, dataset, timeoutMs));
}

Result<std::unique_ptr<RecordTable>> openRecordTable(const Workspace &ws, const DatasetDef &dataset)
{
    const auto path = sqlitePathFor(ws, dataset);
    if (!path.ok())
        return path.error();
    const SystemDef *system = ws.systemOf(dataset);
    const int timeoutMs = system ? system->options.value(QStringLiteral("timeout_ms"), 5000).toInt() : 5000;
    auto table = std::make_unique<SqliteRecordTable>(*path, dataset, timeoutMs);
    if (auto r = table->open(); !r.ok())
        return r.error();
    return std::unique_ptr<RecordTable>(std::move(table));
}

Result<std::vector<Record>> readSampleRecords(const Workspace &ws, const DatasetDef &dataset, int limit)
{
    auto source = createSource(ws, dataset);
    if (!source.ok())
        return source.error();
    Source &src = **source;
    if (auto r = src.open(QString()); !r.ok())
        return r.error();
    std::vector<Change> changes;
    const auto n = src.next(changes, std::max(0, limit));
    src.close();
    if (!n.ok())
        return n.error();
    std::vector<Record> records;
    records.reserve(std::size_t(*n));
    for (int i = 0; i < *n; ++i)
        records.push_back(std::move(changes[std::size_t(i)].record));
    return records;
}

} // namespace concord
