// concordctl lineage: where a record came from and where it went, the workspace's dataset graph,
// and that graph as OpenLineage events (docs/lineage.md, governance/lineage.h).

#include "ctlcommands.h"
#include "ctlsupport.h"

#include "governance/datasetlineage.h"
#include "store/statestore.h"

#include <QFile>
#include <QJsonDocument>

namespace concord::ctl {

namespace {

QJsonObject hopJson(const LineageHop &h)
{
    return QJsonObject{{QStringLiteral("depth"), h.depth},
                       {QStringLiteral("pipeline"), h.pipeline},
                       {QStringLiteral("source"), h.sourceDataset},
                       {QStringLiteral("source_key"), h.sourceKey},
                       {QStringLiteral("target"), h.targetDataset},
                       {QStringLiteral("target_key"), h.targetKey},
                       {QStringLiteral("op"), h.op},
                       {QStringLiteral("run_id"), h.runId},
                       {QStringLiteral("mapping_version"), h.mappingVersion},
                       {QStringLiteral("actor"), h.actor},
                       {QStringLiteral("trace_id"), h.traceId},
                       {QStringLiteral("written_at"), jsonTime(h.writtenAt)}};
}

void printHops(const QList<LineageHop> &hops, bool upstream)
{
    for (const LineageHop &h : hops) {
        const QString indent(2 * h.depth, QLatin1Char(' '));
        if (upstream)
            out() << QStringLiteral("%1<- %2 %3  via %4 (%5 by run %6, %7, mapping %8)\n")
                         .arg(indent, h.sourceDataset, h.sourceKey, h.pipeline, h.op)
                         .arg(h.runId)
                         .arg(timeText(h.writtenAt), h.mappingVersion.isEmpty() ? QStringLiteral("-") : h.mappingVersion);
        else
            out() << QStringLiteral("%1-> %2 %3  via %4 (%5 by run %6, %7, mapping %8)\n")
                         .arg(indent, h.targetDataset, h.targetKey, h.pipeline, h.op)
                         .arg(h.runId)
                         .arg(timeText(h.writtenAt), h.mappingVersion.isEmpty() ? QStringLiteral("-") : h.mappingVersion);
    }
}

int graph(const Opened &o, bool json, bool fields)
{
    const DatasetLineageGraph g = datasetLineage(*o.workspace);
    if (json) {
        QJsonArray pipelines;
        for (const PipelineLineage &p : g.pipelines) {
            QJsonArray fs;
            for (const FieldLineage &f : p.fields)
                fs.append(QJsonObject{{QStringLiteral("target"), f.target},
                                      {QStringLiteral("sources"), QJsonArray::fromStringList(f.sources)},
                                      {QStringLiteral("how"), f.how},
                                      {QStringLiteral("direct"), f.direct},
                                      {QStringLiteral("policy"), f.policy},
                                      {QStringLiteral("masked"), f.policy == QLatin1String("mask")},
                                      {QStringLiteral("mask"), f.mask}});
            pipelines.append(QJsonObject{{QStringLiteral("pipeline"), p.pipeline},
                                         {QStringLiteral("source"), p.source},
                                         {QStringLiteral("target"), p.target},
                                         {QStringLiteral("source_system"), p.sourceSystem},
                                         {QStringLiteral("target_system"), p.targetSystem},
                                         {QStringLiteral("mapping"), p.mapping},
                                         {QStringLiteral("mapping_version"), p.mappingVersion},
                                         {QStringLiteral("direction"), p.direction},
                                         {QStringLiteral("enabled"), p.enabled},
                                         {QStringLiteral("problem"), p.problem},
                                         {QStringLiteral("fields"), fs}});
        }
        printJson(QJsonObject{{QStringLiteral("datasets"), QJsonArray::fromStringList(g.datasets)},
                              {QStringLiteral("pipelines"), pipelines}});
        return Success;
    }
    for (const PipelineLineage &p : g.pipelines) {
        out() << QStringLiteral("%1 -> %2  (%3%4, mapping %5 %6)\n")
                     .arg(p.source, p.target, p.pipeline, p.direction == QLatin1String("two-way") ? QStringLiteral(", two-way") : QString(),
                          p.mapping, p.mappingVersion);
        if (!p.problem.isEmpty())
            out() << QStringLiteral("    %1\n").arg(p.problem);
        if (!fields)
            continue;
        for (const FieldLineage &f : p.fields)
            out() << QStringLiteral("    %1 <- %2  [%3]%4\n")
                         .arg(f.target, f.sources.isEmpty() ? QStringLiteral("(none)") : f.sources.join(QStringLiteral(", ")), f.how,
                              f.policy == QLatin1String("pass") ? QString()
                              : f.policy == QLatin1String("mask") ? QStringLiteral("  masked: ") + f.mask
                                                                  : QStringLiteral("  dropped"));
    }
    return Success;
}

int openLineage(const Opened &o, const QString &file)
{
    OpenLineageOptions options;
    options.producer = QStringLiteral("urn:concord:concordctl:") + QStringLiteral(CONCORD_VERSION);
    const QJsonArray events = openLineageEvents(*o.workspace, datasetLineage(*o.workspace), options);
    QByteArray text;
    for (const QJsonValue &e : events) // one event per line (NDJSON), as lineage collectors take them
        text += QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact) + '\n';
    if (file.isEmpty() || file == QLatin1String("-")) {
        out() << QString::fromUtf8(text);
        out().flush();
        return Success;
    }
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        err() << QStringLiteral("concordctl lineage: cannot write %1: %2\n").arg(file, f.errorString());
        return Environment;
    }
    out() << QStringLiteral("%1 OpenLineage events written to %2\n").arg(events.size()).arg(file);
    return Success;
}

} // namespace

int lineage(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption up(QStringLiteral("up"), QStringLiteral("Only where the record came from."));
    const QCommandLineOption down(QStringLiteral("down"), QStringLiteral("Only where the record went."));
    const QCommandLineOption depth(QStringLiteral("depth"), QStringLiteral("Follow at most N pipelines each way (8)."),
                                   QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption graphOption(QStringLiteral("graph"),
                                         QStringLiteral("The dataset graph of the workspace's pipelines instead of one record."));
    const QCommandLineOption fields(QStringLiteral("fields"), QStringLiteral("--graph: field to field, with masked fields marked."));
    const QCommandLineOption openlineage(QStringLiteral("openlineage"),
                                         QStringLiteral("Write the dataset graph as OpenLineage run events, one JSON per "
                                                        "line, to FILE ('-': stdout)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({up, down, depth, graphOption, fields, openlineage, json});
    p.addPositionalArgument(QStringLiteral("dataset"), QStringLiteral("SYSTEM.DATASET of the record."));
    p.addPositionalArgument(QStringLiteral("key"), QStringLiteral("Its key as text; a composite key as a JSON array."));
    if (const int rc = parseCommand(p, args,
                                    QStringLiteral("Record lineage: which source record, pipeline, mapping version and run "
                                                   "wrote a record (upstream, hop by hop), and what later pipelines wrote "
                                                   "from it (downstream). With --graph or --openlineage: the dataset graph."),
                                    QStringLiteral("[SYSTEM.DATASET KEY]"));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const bool wholeGraph = p.isSet(graphOption) || p.isSet(openlineage);
    if (!wholeGraph && pos.size() != 2) {
        err() << QStringLiteral("concordctl lineage: SYSTEM.DATASET KEY, or --graph, or --openlineage FILE\n");
        return BadInput;
    }
    bool ok = false;
    const int maxDepth = p.value(depth).toInt(&ok);
    if (!ok || maxDepth < 1) {
        err() << QStringLiteral("concordctl lineage: --depth wants a positive number\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("lineage"), o); rc >= 0)
        return rc;
    if (p.isSet(openlineage))
        return openLineage(o, p.value(openlineage));
    if (p.isSet(graphOption))
        return graph(o, p.isSet(json), p.isSet(fields));

    LineageQuery q;
    q.dataset = pos[0];
    q.maxDepth = maxDepth;
    q.upstream = !p.isSet(down) || p.isSet(up);
    q.downstream = !p.isSet(up) || p.isSet(down);
    const DatasetDef *dataset = o.workspace->dataset(q.dataset);
    if (!dataset) {
        err() << QStringLiteral("concordctl lineage: no dataset named '%1' (datasets: %2)\n")
                     .arg(q.dataset, o.workspace->datasets.keys().join(QStringLiteral(", ")));
        return BadInput;
    }
    // A key the store keeps as a keyed hash (an L3 key) is asked for the same way.
    const auto stored = storedLineageKey(*o.workspace, *dataset, pos[1]);
    if (!stored.ok()) {
        err() << QStringLiteral("concordctl lineage: the key of %1 is L3: %2\n").arg(q.dataset, stored.error().message);
        return exitFor(stored.error());
    }
    q.key = *stored;
    const auto report = o.store->lineage(*o.workspace, q);
    if (!report.ok()) {
        err() << QStringLiteral("concordctl lineage: %1\n").arg(report.error().message);
        return exitFor(report.error());
    }
    if (p.isSet(json)) {
        QJsonArray ups, downs;
        for (const LineageHop &h : report->upstream)
            ups.append(hopJson(h));
        for (const LineageHop &h : report->downstream)
            downs.append(hopJson(h));
        printJson(QJsonObject{{QStringLiteral("dataset"), q.dataset},
                              {QStringLiteral("key"), q.key},
                              {QStringLiteral("upstream"), ups},
                              {QStringLiteral("downstream"), downs}});
        return Success;
    }
    out() << QStringLiteral("%1 %2\n").arg(q.dataset, q.key);
    if (q.upstream) {
        if (report->upstream.isEmpty())
            out() << QStringLiteral("  came from: nothing Concord wrote (entered in %1 itself, or written before its "
                                    "lineage was kept)\n")
                         .arg(dataset->system);
        printHops(report->upstream, true);
    }
    if (q.downstream) {
        if (report->downstream.isEmpty())
            out() << QStringLiteral("  went to: no pipeline has written it onwards\n");
        printHops(report->downstream, false);
    }
    return Success;
}

} // namespace concord::ctl
