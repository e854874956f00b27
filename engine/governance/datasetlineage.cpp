#include "governance/datasetlineage.h"

#include "mapping/mapper.h"
#include "policy/policy.h"
#include "policy/policyplan.h"

#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace concord {

namespace {

// How a field gets its value, in a few words for the graph and the transformation's description.
QString howOf(const FieldRule *rule)
{
    if (!rule)
        return QStringLiteral("copy");
    if (rule->constant)
        return QStringLiteral("const");
    if (rule->lookup)
        return QStringLiteral("lookup");
    if (!rule->cases.isEmpty())
        return QStringLiteral("case");
    if (!rule->expr.isEmpty())
        return QStringLiteral("expr: ") + rule->expr;
    if (!rule->transforms.isEmpty())
        return rule->transforms.join(QStringLiteral(", "));
    return QStringLiteral("copy");
}

QString policyName(PolicyDecision::Action a)
{
    switch (a) {
    case PolicyDecision::Action::Pass: return QStringLiteral("pass");
    case PolicyDecision::Action::Mask: return QStringLiteral("mask");
    case PolicyDecision::Action::Drop: return QStringLiteral("drop");
    }
    return {};
}

PipelineLineage pipelineLineage(const Workspace &ws, const PipelineDef &p)
{
    PipelineLineage out;
    out.pipeline = p.name;
    out.source = p.source;
    out.target = p.target;
    out.mapping = p.mapping;
    out.direction = p.direction;
    out.enabled = p.enabled;
    const DatasetDef *source = ws.dataset(p.source);
    const DatasetDef *target = ws.dataset(p.target);
    const MappingRules *rules = ws.mappingOf(p);
    out.sourceSystem = source ? source->system : QString();
    out.targetSystem = target ? target->system : QString();
    if (!source || !target || !rules) {
        out.problem = QStringLiteral("the pipeline names an unknown dataset or mapping");
        return out;
    }
    out.mappingVersion = rules->version;
    ErrorList errors;
    // Lookups are not read: which fields flow where does not depend on the table's contents.
    const CompiledMapping mapping = CompiledMapping::compile(*rules, *source, *target, &errors);
    if (!mapping.isValid()) {
        out.problem = errors.isEmpty() ? QStringLiteral("the mapping does not compile") : errors.front().toString();
        return out;
    }
    const SystemDef *targetSystem = ws.systemOf(*target);
    for (int i = 0; i < mapping.targetFields().size(); ++i) {
        FieldLineage f;
        f.target = mapping.targetFields()[i];
        for (const int s : mapping.sourcesOf(i))
            f.sources.append(mapping.sourceFields().value(s));
        f.direct = mapping.passThroughSource(i) >= 0;
        f.how = howOf(rules->rule(f.target));
        if (targetSystem) {
            const PolicyDecision d = PolicyPlan::decideOutput(ws, mapping, *source, *target, i, Holder::ofSystem(*targetSystem));
            f.policy = policyName(d.action);
            if (d.action == PolicyDecision::Action::Mask)
                f.mask = d.mask.text();
        }
        out.fields.append(f);
    }
    return out;
}

// OpenLineage's naming: postgres://host:port with database.schema.table, mysql://host:port with
// database.table; the others have no address of their own and are named by kind and system.
QPair<QString, QString> datasetName(const Workspace &ws, const QString &datasetId)
{
    const DatasetDef *d = ws.dataset(datasetId);
    const SystemDef *s = d ? ws.systemOf(*d) : nullptr;
    if (!d || !s)
        return {QStringLiteral("concord://") + ws.name, datasetId};
    const QString table = d->table.isEmpty() ? datasetId.section(QLatin1Char('.'), 1) : d->table;
    if (s->kind == QLatin1String("postgres")) {
        const QString schema = s->options.value(QStringLiteral("schema"), QStringLiteral("public")).toString();
        return {QStringLiteral("postgres://%1:%2").arg(s->host).arg(s->port > 0 ? s->port : 5432),
                s->database + QLatin1Char('.') + schema + QLatin1Char('.') + table};
    }
    if (s->kind == QLatin1String("mysql"))
        return {QStringLiteral("mysql://%1:%2").arg(s->host).arg(s->port > 0 ? s->port : 3306),
                s->database + QLatin1Char('.') + table};
    if (s->kind == QLatin1String("sqlite"))
        return {QStringLiteral("sqlite://") + s->name, table};
    return {s->kind + QStringLiteral("://") + s->name, d->endpoint.isEmpty() ? table : d->endpoint};
}

constexpr auto kSpec = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
constexpr auto kSchemaFacet = "https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet";
constexpr auto kColumnFacet =
    "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet";

QJsonObject schemaFacet(const DatasetDef &d, const QString &producer)
{
    QJsonArray fields;
    for (const Field &f : d.schema.fields)
        fields.append(QJsonObject{{QStringLiteral("name"), f.name},
                                  {QStringLiteral("type"), f.type.toString()},
                                  {QStringLiteral("description"),
                                   QStringLiteral("sensitivity %1").arg(sensitivityName(f.effectiveSensitivity()))}});
    return QJsonObject{{QStringLiteral("_producer"), producer},
                       {QStringLiteral("_schemaURL"), QLatin1String(kSchemaFacet)},
                       {QStringLiteral("fields"), fields}};
}

QJsonObject datasetJson(const Workspace &ws, const QString &id, const QString &producer, const QJsonObject &extraFacets)
{
    const auto [ns, name] = datasetName(ws, id);
    QJsonObject facets = extraFacets;
    if (const DatasetDef *d = ws.dataset(id))
        facets.insert(QStringLiteral("schema"), schemaFacet(*d, producer));
    return QJsonObject{{QStringLiteral("namespace"), ns}, {QStringLiteral("name"), name}, {QStringLiteral("facets"), facets}};
}

} // namespace

DatasetLineageGraph datasetLineage(const Workspace &ws)
{
    DatasetLineageGraph g;
    QSet<QString> datasets;
    for (const PipelineDef &p : ws.pipelines) {
        g.pipelines.append(pipelineLineage(ws, p));
        datasets.insert(p.source);
        datasets.insert(p.target);
    }
    g.datasets = QStringList(datasets.cbegin(), datasets.cend());
    g.datasets.sort();
    return g;
}

QJsonArray openLineageEvents(const Workspace &ws, const DatasetLineageGraph &graph, const OpenLineageOptions &options)
{
    const QString producer = options.producer;
    const QString time = (options.eventTime.isValid() ? options.eventTime : QDateTime::currentDateTimeUtc())
                             .toUTC()
                             .toString(Qt::ISODateWithMs);
    QJsonArray events;
    for (const PipelineLineage &p : graph.pipelines) {
        const auto [sourceNs, sourceName] = datasetName(ws, p.source);
        QJsonObject columns;
        for (const FieldLineage &f : p.fields) {
            QJsonArray inputs;
            for (const QString &s : f.sources) {
                QJsonObject t{{QStringLiteral("type"), QStringLiteral("DIRECT")},
                              {QStringLiteral("subtype"), f.direct ? QStringLiteral("IDENTITY") : QStringLiteral("TRANSFORMATION")},
                              {QStringLiteral("description"), f.how},
                              {QStringLiteral("masking"), f.policy == QLatin1String("mask")}};
                inputs.append(QJsonObject{{QStringLiteral("namespace"), sourceNs},
                                          {QStringLiteral("name"), sourceName},
                                          {QStringLiteral("field"), s},
                                          {QStringLiteral("transformations"), QJsonArray{t}}});
            }
            if (f.policy == QLatin1String("drop"))
                continue; // never written: no column of the output comes from it
            columns.insert(f.target, QJsonObject{{QStringLiteral("inputFields"), inputs}});
        }
        QJsonObject outputFacets;
        if (!p.fields.isEmpty())
            outputFacets.insert(QStringLiteral("columnLineage"),
                                QJsonObject{{QStringLiteral("_producer"), producer},
                                            {QStringLiteral("_schemaURL"), QLatin1String(kColumnFacet)},
                                            {QStringLiteral("fields"), columns}});
        const QUuid runId = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c3a52-9d0e-4c39-a6b2-6f0f3d1b8e21}")),
                                                ws.name + QLatin1Char('/') + p.pipeline + QLatin1Char('/') + p.mappingVersion);
        QJsonObject jobFacets{{QStringLiteral("jobType"),
                               QJsonObject{{QStringLiteral("_producer"), producer},
                                           {QStringLiteral("_schemaURL"),
                                            QStringLiteral("https://openlineage.io/spec/facets/2-0-3/JobTypeJobFacet.json#/$defs/JobTypeJobFacet")},
                                           {QStringLiteral("processingType"), QStringLiteral("BATCH")},
                                           {QStringLiteral("integration"), QStringLiteral("CONCORD")},
                                           {QStringLiteral("jobType"), QStringLiteral("SYNC_PIPELINE")}}}};
        events.append(QJsonObject{
            {QStringLiteral("eventType"), QStringLiteral("COMPLETE")},
            {QStringLiteral("eventTime"), time},
            {QStringLiteral("producer"), producer},
            {QStringLiteral("schemaURL"), QLatin1String(kSpec)},
            {QStringLiteral("run"), QJsonObject{{QStringLiteral("runId"), runId.toString(QUuid::WithoutBraces)}}},
            {QStringLiteral("job"), QJsonObject{{QStringLiteral("namespace"), QString(QStringLiteral("concord://") + ws.name)},
                                                {QStringLiteral("name"), p.pipeline},
                                                {QStringLiteral("facets"), jobFacets}}},
            {QStringLiteral("inputs"), QJsonArray{datasetJson(ws, p.source, producer, {})}},
            {QStringLiteral("outputs"), QJsonArray{datasetJson(ws, p.target, producer, outputFacets)}},
        });
    }
    return events;
}

} // namespace concord
