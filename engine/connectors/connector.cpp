#include "connectors/connector.h"

#include "connectors/mysql/mybinlog.h"
#include "connectors/mysql/mysink.h"
#include "connectors/mysql/mysource.h"
#include "connectors/postgres/pglogical.h"
#include "connectors/postgres/pgsink.h"
#include "connectors/postgres/pgsource.h"
#include "connectors/rest/restsource.h"
#include "connectors/webhook/webhooksink.h"
#include "connectors/sqliterecordtable.h"
#include "connectors/sqlitesink.h"
#include "connectors/sqlitesource.h"

#include "policy/secrets.h"

#include <QFileInfo>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace concord {

Result<QJsonArray> readCheckpoint(const QString &position, const QStringList &order, const QString &datasetId)
{
    if (position.isEmpty())
        return QJsonArray();
    const QJsonArray after = QJsonDocument::fromJson(position.toUtf8()).object().value(QStringLiteral("after")).toArray();
    if (after.size() != order.size())
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("the checkpoint of %1 does not match its version and key columns (%2); "
                                        "run once with --full")
                             .arg(datasetId, order.join(QStringLiteral(", "))));
    return after;
}

QString writeCheckpoint(const QJsonArray &after, const QStringList &order)
{
    if (after.isEmpty())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("after"), after);
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(order));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<void> Sink::write(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes)
{
    outcomes.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto w = items[i].remove ? remove(*items[i].row) : upsert(*items[i].row);
        if (!w.ok())
            return w.error();
        outcomes[i] = std::move(*w);
    }
    return {};
}

Error noPointInTime(const DatasetDef &dataset)
{
    return makeError(ErrorCode::ConfigInvalid,
                     QStringLiteral("%1 has no version column: it is read whole every run, so there is no point in "
                                    "time to start from; backfill with --full instead")
                         .arg(dataset.id));
}

Result<QString> epochVersionAt(const QString &latest, const QDateTime &time, const DatasetDef &dataset)
{
    const double v = latest.toDouble();
    if (!latest.isEmpty() && v < 1e8)
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("the version column %1 of %2 counts changes rather than holding a time; "
                                        "backfill with --full instead")
                             .arg(dataset.schema.version, dataset.id));
    return QString::number(v > 1e11 ? time.toMSecsSinceEpoch() : time.toSecsSinceEpoch());
}

QString positionFrom(const QString &first, const QStringList &order)
{
    QJsonArray after{QJsonArray{QStringLiteral("t"), first}};
    for (int i = 1; i < order.size(); ++i)
        after.append(QJsonArray{QStringLiteral("n"), QJsonValue()});
    return writeCheckpoint(after, order);
}

Result<void> writeInRuns(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes, int maxRun,
                         const std::function<QString(const Record &)> &keyText,
                         const std::function<Result<void>(const std::vector<std::size_t> &)> &upsertRun,
                         const std::function<Result<WriteOutcome>(const Record &)> &removeOne)
{
    outcomes.assign(items.size(), WriteOutcome());
    std::vector<std::size_t> run;
    QSet<QString> keys;
    const auto flush = [&]() -> Result<void> {
        if (run.empty())
            return {};
        auto r = upsertRun(run);
        run.clear();
        keys.clear();
        return r;
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].remove) {
            if (auto r = flush(); !r.ok())
                return r;
            auto o = removeOne(*items[i].row);
            if (!o.ok())
                return o.error();
            outcomes[i] = *o;
            continue;
        }
        // One statement cannot upsert the same key twice: a repeated key starts the next run.
        const QString key = keyText(*items[i].row);
        if (keys.contains(key) || int(run.size()) >= maxRun)
            if (auto r = flush(); !r.ok())
                return r;
        keys.insert(key);
        run.push_back(i);
    }
    return flush();
}

Result<QByteArray> readSystemPassword(const SystemDef &system)
{
    if (!system.passwordValue.isEmpty())
        return system.passwordValue;
    if (system.password.isEmpty())
        return QByteArray();
    auto secret = readSecret(system.password);
    if (!secret.ok()) {
        Error e = secret.error();
        e.message = QStringLiteral("password of system '%1': %2").arg(system.name, e.message);
        return e;
    }
    return *secret;
}

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

namespace {

const SystemDef *postgresSystem(const Workspace &ws, const DatasetDef &dataset)
{
    const SystemDef *system = ws.systemOf(dataset);
    return system && system->kind == QLatin1String("postgres") ? system : nullptr;
}

const SystemDef *mysqlSystem(const Workspace &ws, const DatasetDef &dataset)
{
    const SystemDef *system = ws.systemOf(dataset);
    return system && (system->kind == QLatin1String("mysql") || system->kind == QLatin1String("mariadb")) ? system : nullptr;
}

} // namespace

Result<std::unique_ptr<Source>> createSource(const Workspace &ws, const DatasetDef &dataset)
{
    if (const SystemDef *system = ws.systemOf(dataset); system && system->kind == QLatin1String("rest"))
        return std::unique_ptr<Source>(std::make_unique<RestSource>(*system, dataset));
    if (const SystemDef *system = ws.systemOf(dataset); system && system->kind == QLatin1String("webhook"))
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("%1 receives pushed events: there is nothing to read from it. Its pipelines apply "
                                        "what the receiver stored; for samples, give records in a JSON file "
                                        "(concordctl preview --input)")
                             .arg(dataset.id));
    if (const SystemDef *pg = postgresSystem(ws, dataset))
        return std::unique_ptr<Source>(std::make_unique<PgSource>(*pg, dataset));
    if (const SystemDef *my = mysqlSystem(ws, dataset))
        return std::unique_ptr<Source>(std::make_unique<MySource>(*my, dataset));
    const auto path = sqlitePathFor(ws, dataset);
    if (!path.ok())
        return path.error();
    return std::unique_ptr<Source>(std::make_unique<SqliteSource>(*path, dataset));
}

Result<std::unique_ptr<Sink>> createSink(const Workspace &ws, const DatasetDef &dataset)
{
    if (const SystemDef *system = ws.systemOf(dataset); system && system->kind == QLatin1String("rest"))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("system '%1' is a REST API that Concord reads from; it "
                                                                  "cannot be a pipeline's target")
                                                       .arg(system->name));
    if (const SystemDef *system = ws.systemOf(dataset); system && system->kind == QLatin1String("webhook"))
        return std::unique_ptr<Sink>(std::make_unique<WebhookSink>(*system, dataset));
    if (const SystemDef *pg = postgresSystem(ws, dataset))
        return std::unique_ptr<Sink>(std::make_unique<PgSink>(*pg, dataset));
    if (const SystemDef *my = mysqlSystem(ws, dataset))
        return std::unique_ptr<Sink>(std::make_unique<MySink>(*my, dataset));
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

Result<std::unique_ptr<ChangeFeed>> createChangeFeed(const Workspace &ws, const PipelineDef &pipeline,
                                                     const DatasetDef &dataset)
{
    if (!dataset.capture.isFeed() || dataset.capture.method == QLatin1String("push"))
        return std::unique_ptr<ChangeFeed>(); // pushed events are in the outbox already
    if (const SystemDef *my = mysqlSystem(ws, dataset); my && dataset.capture.method == QLatin1String("binlog"))
        return std::unique_ptr<ChangeFeed>(std::make_unique<MyBinlogCapture>(*my, dataset));
    const SystemDef *pg = dataset.capture.method == QLatin1String("logical") ? postgresSystem(ws, dataset) : nullptr;
    if (!pg)
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("dataset %1: capture %2 is not available for its system").arg(dataset.id, dataset.capture.method));
    const QString slot = dataset.capture.slot.isEmpty() ? PgLogicalCapture::slotNameFor(pipeline.name) : dataset.capture.slot;
    return std::unique_ptr<ChangeFeed>(std::make_unique<PgLogicalCapture>(*pg, dataset, slot));
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
