#include "governance/schemadrift.h"

#include "connectors/connector.h"
#include "connectors/mysql/myconnection.h"
#include "connectors/postgres/pgcatalog.h"
#include "connectors/postgres/pgconnection.h"
#include "connectors/sqlitehandle.h"
#include "log/log.h"
#include "mapping/mapper.h"
#include "store/statestore.h"
#include "sync/runtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return makeError(ErrorCode::StateStoreError, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

// Who uses a column of a dataset: pipelines whose mapping reads it (source) or writes it
// (target), and policies naming it.
struct Use
{
    QStringList touches;
    QStringList pipelines;   // pipelines whose mapping uses the column
};

Use usesOf(const Workspace &ws, const QString &dataset, const QString &column)
{
    Use use;
    for (const PipelineDef &p : ws.pipelines) {
        if (p.source != dataset && p.target != dataset)
            continue;
        const DatasetDef *source = ws.dataset(p.source);
        const DatasetDef *target = ws.dataset(p.target);
        const MappingRules *rules = ws.mappingOf(p);
        if (!source || !target || !rules)
            continue;
        ErrorList errors;
        const CompiledMapping m = CompiledMapping::compile(*rules, *source, *target, &errors);
        if (!m.isValid())
            continue;
        QStringList fields;
        for (int i = 0; i < m.targetFields().size(); ++i) {
            if (p.source == dataset) {
                for (const int s : m.sourcesOf(i))
                    if (m.sourceFields().value(s) == column)
                        fields.append(m.targetFields()[i]);
            } else if (m.targetFields()[i] == column) {
                fields.append(column);
            }
        }
        // The reader reads every field its dataset declares, mapped or not.
        const bool declaredSource = p.source == dataset && source->schema.indexOf(column) >= 0;
        if (fields.isEmpty() && !declaredSource)
            continue;
        use.pipelines.append(p.name);
        use.touches.append(p.source != dataset ? QStringLiteral("pipeline %1 writes it (mapping %2)").arg(p.name, p.mapping)
                               : fields.isEmpty()
                               ? QStringLiteral("pipeline %1 reads it (a declared field), maps it nowhere (mapping %2)").arg(p.name, p.mapping)
                               : QStringLiteral("pipeline %1 reads it into %2 (mapping %3)")
                                     .arg(p.name, fields.join(QStringLiteral(", ")), p.mapping));
    }
    for (const PolicyRule &r : ws.policies)
        if (r.dataset == dataset && (r.field == column || r.field == QLatin1String("*")))
            use.touches.append(QStringLiteral("policy for %1.%2 towards %3").arg(dataset, r.field, r.to.join(QStringLiteral(", "))));
    if (const DatasetDef *d = ws.dataset(dataset))
        if (const int f = d->schema.indexOf(column); f >= 0)
            use.touches.append(QStringLiteral("declared in %1 as %2, %3")
                                   .arg(dataset, d->schema.fields[f].type.toString(),
                                        sensitivityName(d->schema.fields[f].effectiveSensitivity())));
    return use;
}

QJsonArray columnsJson(const QList<ColumnInfo> &columns)
{
    QJsonArray a;
    for (const ColumnInfo &c : columns)
        a.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type}});
    return a;
}

DriftItem itemFrom(const QSqlQuery &q)
{
    DriftItem d;
    d.id = q.value(0).toLongLong();
    d.dataset = q.value(1).toString();
    d.column = q.value(2).toString();
    d.kind = q.value(3).toString();
    d.before = q.value(4).toString();
    d.after = q.value(5).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        d.touches.append(v.toString());
    d.status = q.value(7).toString();
    d.firstSeen = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    d.lastSeen = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    d.acknowledgedBy = q.value(10).toString();
    d.acknowledgedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    return d;
}

constexpr auto kItemColumns = "id, dataset, column_name, kind, before_type, after_type, touches, status, first_seen, "
                              "last_seen, acknowledged_by, acknowledged_at";

// Records a change: the open item of the same column and kind is brought up to date, else a new
// one is added. A change that is not `fresh` (a declared field missing that the last snapshot
// lacked as well) is not news again once acknowledged. Returns whether it is new.
Result<bool> record(const Workspace &ws, QSqlDatabase &db, const QString &dataset, const QString &column,
                    const QString &kind, const QString &before, const QString &after, bool fresh)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM schema_drift WHERE dataset = ? AND column_name = ? AND kind = ? "
                             "AND status = 'open'"));
    q.addBindValue(dataset);
    q.addBindValue(column);
    q.addBindValue(kind);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the schema drift items"));
    const QString touches = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(usesOf(ws, dataset, column).touches)).toJson(QJsonDocument::Compact));
    const QString seen = now();
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        q.prepare(QStringLiteral("UPDATE schema_drift SET after_type = ?, touches = ?, last_seen = ? WHERE id = ?"));
        q.addBindValue(after);
        q.addBindValue(touches);
        q.addBindValue(seen);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, QStringLiteral("cannot update a schema drift item"));
        return false;
    }
    q.finish();
    if (!fresh) {
        q.prepare(QStringLiteral("SELECT 1 FROM schema_drift WHERE dataset = ? AND column_name = ? AND kind = ? "
                                 "AND status = 'acknowledged'"));
        for (const QVariant &v : QVariantList{dataset, column, kind})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, QStringLiteral("cannot read the schema drift items"));
        if (q.next())
            return false;
        q.finish();
    }
    // INSERT OR IGNORE: another process that saw the same change first (the unique index on open
    // items) has recorded it already.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO schema_drift (dataset, column_name, kind, before_type, after_type, "
                             "touches, status, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)"));
    for (const QVariant &v : QVariantList{dataset, column, kind, before, after, touches, seen, seen})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot record a schema drift item"));
    return q.numRowsAffected() > 0;
}

// Probes one dataset (unless it was probed within `minIntervalMs`) and records what changed.
Result<int> checkDataset(const Workspace &ws, QSqlDatabase &db, const DatasetDef &dataset, qint64 minIntervalMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT columns, checked_at FROM schema_snapshots WHERE dataset = ?"));
    q.addBindValue(dataset.id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the schema snapshots"));
    std::optional<QList<ColumnInfo>> previous;
    if (q.next()) {
        const QDateTime checked = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        if (checked.isValid() && checked.msecsTo(QDateTime::currentDateTimeUtc()) < minIntervalMs)
            return 0;
        QList<ColumnInfo> cols;
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
            cols.append(ColumnInfo{v[QLatin1String("name")].toString(), v[QLatin1String("type")].toString()});
        previous = cols;
    }
    q.finish();
    const auto probed = probeColumns(ws, dataset);
    if (!probed.ok()) {
        // A table that is gone entirely: every declared field is removed.
        if (probed.error().code != ErrorCode::SchemaDrift)
            return probed.error(); // unreachable or locked: the run will say so
    } else if (!*probed) {
        return 0; // no table to look at
    }
    const QList<ColumnInfo> current = probed.ok() ? **probed : QList<ColumnInfo>();
    const auto find = [](const QList<ColumnInfo> &cols, const QString &name) -> const ColumnInfo * {
        for (const ColumnInfo &c : cols)
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return &c;
        return nullptr;
    };
    // Open items the table itself has undone — a removed column back, a type changed back, an
    // added column gone again — close as resolved; a column back is not news either.
    QSet<QString> back;
    {
        QSqlQuery open(db);
        open.prepare(QStringLiteral("SELECT id, column_name, kind, before_type FROM schema_drift WHERE dataset = ? AND status = 'open'"));
        open.addBindValue(dataset.id);
        if (!open.exec())
            return sqlError(open, QStringLiteral("cannot read the schema drift items"));
        QList<qint64> undone;
        while (open.next()) {
            const QString column = open.value(1).toString();
            const QString kind = open.value(2).toString();
            const ColumnInfo *present = find(current, column);
            const bool isUndone = kind == QLatin1String("added") ? present == nullptr
                : kind == QLatin1String("removed")               ? present != nullptr
                                                                 : present && present->type.compare(open.value(3).toString(), Qt::CaseInsensitive) == 0;
            if (isUndone) {
                undone.append(open.value(0).toLongLong());
                if (kind != QLatin1String("added"))
                    back.insert(column.toLower());
            }
        }
        open.finish();
        for (const qint64 id : std::as_const(undone)) {
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE schema_drift SET status = 'resolved', acknowledged_by = 'concord (the table is as "
                                     "before)', acknowledged_at = ?, last_seen = ? WHERE id = ?"));
            u.addBindValue(now());
            u.addBindValue(now());
            u.addBindValue(id);
            if (!u.exec())
                return sqlError(u, QStringLiteral("cannot resolve a schema drift item"));
        }
    }
    int added = 0;
    const auto note = [&](const QString &column, const char *kind, const QString &before, const QString &after,
                          bool fresh = true) -> Result<void> {
        if (back.contains(column.toLower()))
            return {};
        const auto r = record(ws, db, dataset.id, column, QLatin1String(kind), before, after, fresh);
        if (!r.ok())
            return r.error();
        added += *r ? 1 : 0;
        return {};
    };
    if (previous) {
        for (const ColumnInfo &c : current) {
            const ColumnInfo *was = find(*previous, c.name);
            if (!was) {
                if (auto r = note(c.name, "added", QString(), c.type); !r.ok())
                    return r.error();
            } else if (was->type.compare(c.type, Qt::CaseInsensitive) != 0) {
                if (auto r = note(c.name, "retyped", was->type, c.type); !r.ok())
                    return r.error();
            }
        }
        for (const ColumnInfo &c : *previous)
            if (!find(current, c.name))
                if (auto r = note(c.name, "removed", c.type, QString()); !r.ok())
                    return r.error();
    }
    // What the dataset declares must be there, snapshot or not. One noted above is the same open
    // item (record() brings it up to date); one the last snapshot lacked too is old news.
    for (const Field &f : dataset.schema.fields)
        if (!find(current, f.name)) {
            const bool fresh = previous && find(*previous, f.name);
            if (auto r = note(f.name, "removed", f.type.toString(), QString(), fresh); !r.ok())
                return r.error();
        }
    q.prepare(QStringLiteral("INSERT INTO schema_snapshots (dataset, columns, checked_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (dataset) DO UPDATE SET columns = excluded.columns, checked_at = excluded.checked_at"));
    q.addBindValue(dataset.id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(columnsJson(current)).toJson(QJsonDocument::Compact)));
    q.addBindValue(now());
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot store the schema snapshot"));
    return added;
}

} // namespace

Result<std::optional<QList<ColumnInfo>>> probeColumns(const Workspace &ws, const DatasetDef &dataset)
{
    const SystemDef *system = ws.systemOf(dataset);
    if (!system || dataset.table.isEmpty())
        return std::optional<QList<ColumnInfo>>();
    QList<ColumnInfo> out;
    if (system->kind == QLatin1String("sqlite")) {
        const auto path = sqlitePathFor(ws, dataset);
        if (!path.ok())
            return path.error();
        SqliteHandle db;
        if (auto r = db.open(*path, true); !r.ok())
            return r.error();
        const auto cols = db.columns(dataset.table);
        if (!cols.ok())
            return cols.error();
        for (const SqliteHandle::Column &c : *cols)
            out.append(ColumnInfo{c.name, c.type});
    } else if (system->kind == QLatin1String("postgres")) {
        PgConnection db;
        if (auto r = db.open(*system, QStringLiteral("schema check")); !r.ok())
            return r.error();
        const auto cols = pgColumns(db, PgTableName::parse(dataset.table, system->options.value(QStringLiteral("schema")).toString()));
        if (!cols.ok())
            return cols.error();
        for (const PgColumn &c : *cols)
            out.append(ColumnInfo{c.name, c.sqlType});
    } else if (system->kind == QLatin1String("mysql") || system->kind == QLatin1String("mariadb")) {
        MyConnection db;
        if (auto r = db.open(*system, QStringLiteral("schema check")); !r.ok())
            return r.error();
        const auto cols = db.columns(dataset.table);
        if (!cols.ok())
            return cols.error();
        if (cols->isEmpty())
            return makeError(ErrorCode::SchemaDrift, QStringLiteral("table '%1' does not exist").arg(dataset.table));
        for (const MyColumn &c : *cols)
            out.append(ColumnInfo{c.name, c.columnType});
    } else {
        return std::optional<QList<ColumnInfo>>();
    }
    return std::optional<QList<ColumnInfo>>(out);
}

Result<DriftCheck> checkSchemaDrift(const Workspace &ws, QSqlDatabase &db, const PipelineDef &pipeline, qint64 minIntervalMs)
{
    DriftCheck check;
    for (const QString &id : {pipeline.source, pipeline.target}) {
        const DatasetDef *d = ws.dataset(id);
        if (!d)
            continue;
        // A system that cannot be looked at now is not drift; what is already open still counts.
        const auto n = checkDataset(ws, db, *d, minIntervalMs);
        if (n.ok())
            check.found += *n;
        else
            check.problems.append(QStringLiteral("%1: %2").arg(id, n.error().message));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM schema_drift WHERE status = 'open' AND dataset IN (?, ?) ORDER BY id")
                  .arg(QLatin1String(kItemColumns)));
    q.addBindValue(pipeline.source);
    q.addBindValue(pipeline.target);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the schema drift items"));
    while (q.next()) {
        const DriftItem item = itemFrom(q);
        check.open.append(item);
        if (item.kind != QLatin1String("added") && usesOf(ws, item.dataset, item.column).pipelines.contains(pipeline.name))
            check.blocking.append(QStringLiteral("%1.%2 %3").arg(item.dataset, item.column, item.kind));
    }
    return check;
}

Result<QList<DriftItem>> driftItems(QSqlDatabase &db, bool includeAcknowledged)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM schema_drift%2 ORDER BY id DESC")
                    .arg(QLatin1String(kItemColumns), includeAcknowledged ? QString() : QStringLiteral(" WHERE status = 'open'"))))
        return sqlError(q, QStringLiteral("cannot read the schema drift items"));
    QList<DriftItem> out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

Result<int> acknowledgeDrift(QSqlDatabase &db, const QList<qint64> &ids, const QString &actor)
{
    int done = 0;
    QSqlQuery q(db);
    for (const qint64 id : ids) {
        q.prepare(QStringLiteral("UPDATE schema_drift SET status = 'acknowledged', acknowledged_by = ?, acknowledged_at = ? "
                                 "WHERE id = ? AND status = 'open'"));
        q.addBindValue(actor);
        q.addBindValue(now());
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, QStringLiteral("cannot acknowledge schema drift item %1").arg(id));
        done += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return done;
}

Result<void> schemaGate(const Workspace &ws, StateStore &store, const PipelineDef &pipeline, const RunOptions &options)
{
    // Runs that come as changes come (every few seconds) look at most once a minute; any other
    // run looks now, so a column dropped since the last run is caught before the reader meets it.
    const bool frequent = options.trigger == QLatin1String("realtime") || options.trigger == QLatin1String("webhook");
    const auto check = store.checkSchemaDrift(ws, pipeline, frequent ? 60000 : 0);
    if (!check.ok()) {
        log::warning(lcSync(), QStringLiteral("schema check skipped: %1").arg(check.error().message),
                     log::Fields{{}, check.error().code});
        return {};
    }
    for (const QString &p : check->problems)
        log::warning(lcSync(), QStringLiteral("schema not checked: %1").arg(p));
    for (const DriftItem &d : check->open)
        if (d.lastSeen.isValid() && d.firstSeen == d.lastSeen)
            log::warning(lcSync(), QStringLiteral("schema drift: %1.%2 %3").arg(d.dataset, d.column, d.kind),
                         log::Fields{{}, ErrorCode::SchemaDrift});
    if (check->blocking.isEmpty() || !pipeline.pauseOnSchemaDrift)
        return {};
    const QString items = check->blocking.join(QStringLiteral(", "));
    if (!options.dryRun) {
        auto control = store.control(pipeline.name);
        if (control.ok() && !control->paused) {
            control->paused = true;
            control->pausedBy = QStringLiteral("concord (schema drift)");
            control->pausedAt = QDateTime::currentDateTimeUtc();
            control->pauseReason = QStringLiteral("schema drift: %1").arg(items);
            store.saveControl(*control);
            store.appendAudit(AuditInput{QStringLiteral("concord (schema drift)"), QString(), QStringLiteral("pipeline.pause"),
                                         QStringLiteral("pipeline:") + pipeline.name,
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reason"), QStringLiteral("schema drift")},
                                                                                     {QStringLiteral("items"), QJsonArray::fromStringList(check->blocking)}})
                                                               .toJson(QJsonDocument::Compact)),
                                         QString()});
        }
    }
    return makeError(ErrorCode::SchemaDrift,
                     QStringLiteral("the schema changed under pipeline '%1' (%2); the pipeline is paused until a steward "
                                    "acknowledges the drift and resumes it (concordctl drift, or the console's Schema "
                                    "drift pane), or set schema_drift: continue")
                         .arg(pipeline.name, items));
}

} // namespace concord
