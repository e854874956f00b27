#include "ctlcommands.h"
#include "ctlsupport.h"

#include "conflict/conflictpolicy.h"

#include "connectors/connector.h"
#include "demo/demoworkspace.h"
#include "governance/operations.h"
#include "log/logfiles.h"
#include "mapping/preview.h"
#include "policy/viewpolicy.h"
#include "store/statestore.h"
#include "sync/lookups.h"
#include "sync/pipelinerunner.h"
#include "workspace/mappingloader.h"
#include "workspace/workspaceloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace concord::ctl {


QString overview()
{
    return QStringLiteral(
        "Concord keeps department systems consistent, safely and traceably.\n"
        "\n"
        "Commands:\n"
        "  init-demo [DIR]             create the demo workspace (department databases, pipelines)\n"
        "  validate [--json]           check workspace.yaml and mappings; errors as file:line:column\n"
        "  run PIPELINE [--dry-run] [--verbose] [--full] [--json]\n"
        "                              run a pipeline once, from its checkpoint\n"
        "  preview MAPPING [--input FILE.json] [--limit N] [--as ROLE] [--json]\n"
        "                              apply a mapping to sample records; show values (masked for\n"
        "                              your role or ROLE), branches taken, defaults, errors and\n"
        "                              rule hit counts\n"
        "  unmask TOKEN... [--json]    turn token-masked values back, for key holders (L3); audited\n"
        "  serve [--once]              run every scheduled pipeline until SIGTERM (retries, circuit\n"
        "                              breakers, metrics, alerts) and receive webhook events\n"
        "  status [--range 1h|24h|7d] [--json]\n"
        "                              each pipeline's state, next run, backlog, success rate, latency\n"
        "  pause PIPELINE [--reason T] / resume PIPELINE\n"
        "                              stop and restart scheduling a pipeline; audited\n"
        "  backfill PIPELINE --from TIME | --full\n"
        "                              read the source again from a time, or whole; audited\n"
        "  deadletters list|show|edit|replay|discard\n"
        "                              inspect (masked), fix, replay or discard failed records; audited\n"
        "  alerts list|ack ID|check    alerts raised by the rules in workspace.yaml\n"
        "  diff PIPELINE [--export FILE.xlsx|FILE.csv] [--as ROLE] [--json]\n"
        "                              check that the target agrees with the source; exit 0 equal,\n"
        "                              1 differences, 2 trouble; export masked for your role or ROLE\n"
        "  repair PIPELINE [--dry-run] [--ids ID,...]\n"
        "                              write what makes the target agree (insert, update, delete or\n"
        "                              flag extra records); audited, then checked again\n"
        "  conflicts list|show ID|resolve ID[,ID...] --take source|target|FIELD=source,...\n"
        "                              conflicts of two-way pipelines: list (masked), three-way view,\n"
        "                              resolve (written to both systems; audited)\n"
        "  audit verify|list|archive [--actor A] [--action X] [--object T] [--since TIME] [--json]\n"
        "                              check the audit trail's hash chain and its archive files\n"
        "                              (exit 1 when broken), list its entries, newest first\n"
        "                              (--export FILE.xlsx|.csv), or archive what is older than\n"
        "                              the retention period\n"
        "  lineage SYSTEM.DATASET KEY [--up|--down] [--json]\n"
        "                              where a record came from and where it went, hop by hop\n"
        "  lineage --graph [--fields] [--json] | --openlineage FILE\n"
        "                              the pipelines' dataset graph (field to field, masked fields\n"
        "                              marked), or as OpenLineage events\n"
        "  drift list|check [PIPELINE...]|ack ID... [--all] [--json]\n"
        "                              columns added, removed or retyped under the pipelines'\n"
        "                              tables (exit 1 while any is open); acknowledge them\n"
        "  logs [--pipeline P] [--level L] [--code C] [--trace ID] [--grep T] [--since 6h] [-f]\n"
        "                              the structured log the console and concordctl write to\n"
        "                              .concord/logs, filtered; -f follows it\n"
        "\n"
        "Run 'concordctl COMMAND --help' for a command's options.\n"
        "Exit codes: 0 success, 1 the job found something (failed records, differences), 2 bad input or\n"
        "configuration, 3 an environment fault (a system unreachable).\n"
        "Logs go to stderr as JSON lines; --json prints one JSON document on stdout.");
}

int initDemo(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption rows(QStringLiteral("scale"),
                                  QStringLiteral("Multiply the demo's row counts by N (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    p.addOption(rows);
    if (const int rc = parseCommand(p, args,
                                    QStringLiteral("Creates the demo workspace: SQLite databases of a sales CRM, a "
                                                   "warehouse, finance, tax and customer service, with pipelines "
                                                   "between them. DIR defaults to -w."),
                                    QStringLiteral("DIR Directory to create (must not hold a workspace.yaml yet)."));
        rc >= 0)
        return rc;
    const QString dir = p.positionalArguments().value(0, g.workspace);
    bool ok = false;
    const int scale = p.value(rows).toInt(&ok);
    if (!ok || scale < 1 || scale > 1000) {
        err() << QStringLiteral("concordctl init-demo: --scale must be a whole number from 1 to 1000\n");
        return BadInput;
    }
    DemoOptions options;
    options.customers *= scale;
    options.opportunities *= scale;
    options.invoices *= scale;
    const auto r = createDemoWorkspace(dir, options);
    if (!r.ok()) {
        err() << QStringLiteral("concordctl init-demo: ") << r.error().message << Qt::endl;
        return exitFor(r.error());
    }
    out() << QStringLiteral("Created the demo workspace in %1\n").arg(QDir(dir).absolutePath());
    return Success;
}

int validate(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as one JSON document."));
    p.addOption(json);
    if (const int rc = parseCommand(p, args,
                                    QStringLiteral("Checks workspace.yaml and every mapping: YAML syntax, keys, types, "
                                                   "references and expressions. Prints every error as "
                                                   "file:line:column: message and exits 2 if there is any."),
                                    {});
        rc >= 0)
        return rc;
    WorkspaceLoad load = WorkspaceLoader::load(g.workspace);
    // Two-way pipelines: which conflict strategy each uses, and whether its `conflict:` names real
    // fields and systems (docs/two-way.md).
    QMap<QString, QString> strategies;
    if (load.ok()) {
        for (const PipelineDef &pd : std::as_const(load.workspace->pipelines)) {
            if (pd.direction != QLatin1String("two-way"))
                continue;
            QStringList fields;
            if (const MappingRules *m = load.workspace->mappingOf(pd))
                for (const FieldRule &f : m->fields)
                    fields.append(f.target);
            const auto policy = ConflictPolicy::build(*load.workspace, pd, fields);
            if (policy.ok())
                strategies.insert(pd.name, policy->describe());
            else
                load.errors.append(policy.error());
        }
    }
    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("workspace"), QFileInfo(g.workspace).absoluteFilePath()},
                      {QStringLiteral("valid"), load.ok()},
                      {QStringLiteral("errors"), errorsJson(load.errors)},
                      {QStringLiteral("warnings"), errorsJson(load.warnings)}};
        if (load.ok()) {
            QJsonArray pipelines;
            for (const PipelineDef &pd : std::as_const(load.workspace->pipelines)) {
                const MappingRules *m = load.workspace->mappingOf(pd);
                pipelines.append(QJsonObject{{QStringLiteral("name"), pd.name},
                                             {QStringLiteral("source"), pd.source},
                                             {QStringLiteral("target"), pd.target},
                                             {QStringLiteral("mapping_version"), m ? m->version : QString()},
                                             {QStringLiteral("direction"), pd.direction},
                                             {QStringLiteral("conflict_strategy"),
                                              strategies.contains(pd.name) ? QJsonValue(strategies.value(pd.name))
                                                                           : QJsonValue()}});
            }
            o.insert(QStringLiteral("pipelines"), pipelines);
        }
        printJson(o);
    } else {
        for (const Error &e : load.errors)
            out() << QStringLiteral("error: ") << e.toString() << Qt::endl;
        for (const Error &e : load.warnings)
            out() << QStringLiteral("warning: ") << e.toString() << Qt::endl;
        for (auto it = strategies.cbegin(); it != strategies.cend(); ++it)
            out() << QStringLiteral("two-way pipeline %1: conflicts by %2\n").arg(it.key(), it.value());
        if (load.ok())
            out() << QStringLiteral("%1: valid — %2 systems, %3 datasets, %4 pipelines\n")
                         .arg(load.workspace->name)
                         .arg(load.workspace->systems.size())
                         .arg(load.workspace->datasets.size())
                         .arg(load.workspace->pipelines.size());
        else
            out() << QStringLiteral("%1 error(s)\n").arg(load.errors.size());
    }
    return load.ok() ? Success : BadInput;
}

int run(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Compute everything and print the planned inserts and updates; write "
                                                   "nothing to the target and move no checkpoint."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Add per-stage timings."));
    const QCommandLineOption full(QStringLiteral("full"),
                                  QStringLiteral("Ignore the checkpoint and read the whole source again."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as one JSON document."));
    const QCommandLineOption show(QStringLiteral("show"),
                                  QStringLiteral("Dry run: how many planned writes to print (default 10)."),
                                  QStringLiteral("N"), QStringLiteral("10"));
    p.addOptions({dryRun, verbose, full, json, show});
    if (const int rc = parseCommand(p, args,
                                    QStringLiteral("Runs a pipeline once: reads its source from the checkpoint, maps, "
                                                   "and writes to its target by key. Records that fail go to dead "
                                                   "letters (exit 1); the rest of the batch goes on."),
                                    QStringLiteral("PIPELINE The pipeline's name in workspace.yaml."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1) {
        err() << QStringLiteral("concordctl run: name one pipeline (see concordctl run --help)\n");
        return BadInput;
    }
    const QString pipeline = p.positionalArguments().front();
    const WorkspaceLoad load = WorkspaceLoader::load(g.workspace);
    if (!load.ok()) {
        for (const Error &e : load.errors)
            err() << QStringLiteral("error: ") << e.toString() << Qt::endl;
        return BadInput;
    }
    log::setFileOutput(load.workspace->logDir(), QStringLiteral("concordctl run"));
    StateStore store;
    if (auto r = store.open(load.workspace->stateStorePath()); !r.ok()) {
        err() << QStringLiteral("concordctl run: ") << r.error().message << Qt::endl;
        return Environment;
    }
    RunOptions options;
    options.dryRun = p.isSet(dryRun);
    options.verbose = p.isSet(verbose);
    options.full = p.isSet(full);
    options.plannedRowsToKeep = qBound(0, p.value(show).toInt(), 10000);
    options.actor = actorName(); // the OS user, as every other audited command names it
    options.trigger = QStringLiteral("manual");
    // Through Operations: a manual run also updates the retry state, the circuit, the metrics and
    // the alerts (docs/operations.md).
    Operations ops(load.workspace, &store);
    const RunResult r = ops.execute(pipeline, options, *g.stop);

    int code = Success;
    if (r.status == QLatin1String("failed"))
        code = r.error.code == ErrorCode::PipelineNotFound ? BadInput : exitFor(r.error);
    else if (r.status == QLatin1String("cancelled"))
        code = Environment;
    else if (r.failed > 0)
        code = Found;

    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("pipeline"), r.pipeline},
                      {QStringLiteral("run_id"), r.runId},
                      {QStringLiteral("status"), r.status},
                      {QStringLiteral("dry_run"), r.dryRun},
                      {QStringLiteral("read"), r.read},
                      {QStringLiteral("rechecked"), r.rechecked},
                      {QStringLiteral("inserted"), r.inserted},
                      {QStringLiteral("updated"), r.updated},
                      {QStringLiteral("deleted"), r.deleted},
                      {QStringLiteral("skipped"), r.skipped},
                      {QStringLiteral("failed"), r.failed},
                      {QStringLiteral("duration_ms"), r.durationMs},
                      {QStringLiteral("trace_id"), r.traceId},
                      {QStringLiteral("mapping_version"), r.mappingVersion},
                      {QStringLiteral("checkpoint"), r.checkpointAfter}};
        if (r.requests > 0) { // an HTTP source
            o.insert(QStringLiteral("requests"), r.requests);
            o.insert(QStringLiteral("not_modified"), r.notModified);
            o.insert(QStringLiteral("rate_limited"), r.rateLimited);
        }
        if (!r.error.message.isEmpty() && r.status == QLatin1String("failed"))
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), r.error.code},
                                                          {QStringLiteral("message"), r.error.message}});
        if (r.dryRun) {
            QJsonArray planned;
            for (const PlannedWrite &w : r.planned) {
                QJsonObject values;
                for (int i = 0; i < w.fields.size(); ++i)
                    values.insert(w.fields[i], w.isNull(i) ? QJsonValue() : QJsonValue(w.values.value(i)));
                planned.append(QJsonObject{{QStringLiteral("op"), w.op}, {QStringLiteral("key"), w.key},
                                           {QStringLiteral("values"), values}});
            }
            o.insert(QStringLiteral("planned"), planned);
        }
        if (options.verbose) {
            QJsonObject stages;
            for (const auto &s : r.stageMicros)
                stages.insert(s.first, double(s.second) / 1000.0);
            o.insert(QStringLiteral("stages_ms"), stages);
        }
        printJson(o);
        return code;
    }

    if (r.status == QLatin1String("failed")) {
        err() << QStringLiteral("concordctl run: %1: %2\n").arg(r.error.code, r.error.message);
        return code;
    }
    if (r.dryRun) {
        out() << QStringLiteral("Dry run of %1: %2 read, would insert %3, update %4, delete %5; %6 skipped, %7 would "
                                "fail. Nothing was written.\n")
                     .arg(r.pipeline)
                     .arg(r.read)
                     .arg(r.inserted)
                     .arg(r.updated)
                     .arg(r.deleted)
                     .arg(r.skipped)
                     .arg(r.failed);
        for (const PlannedWrite &w : r.planned) {
            QStringList pairs;
            for (int i = 0; i < w.fields.size(); ++i)
                pairs.append(w.fields[i] + QLatin1Char('=') + (w.isNull(i) ? QStringLiteral("NULL") : w.values.value(i)));
            out() << QStringLiteral("  %1 %2: %3\n").arg(w.op, -6).arg(w.key, pairs.join(QStringLiteral(", ")));
        }
    } else {
        out() << QStringLiteral("%1 run %2 %3: %4 read, %5 inserted, %6 updated, %7 deleted, %8 skipped, %9 failed "
                                "(dead letters) in %10 ms\n")
                     .arg(r.pipeline)
                     .arg(r.runId)
                     .arg(r.status)
                     .arg(r.read)
                     .arg(r.inserted)
                     .arg(r.updated)
                     .arg(r.deleted)
                     .arg(r.skipped)
                     .arg(r.failed)
                     .arg(r.durationMs);
        if (r.rechecked > 0)
            out() << QStringLiteral("  re-checked %1 row(s) sharing the checkpoint's version (not counted as read)\n")
                         .arg(r.rechecked);
    }
    if (options.verbose)
        for (const auto &s : r.stageMicros)
            out() << QStringLiteral("  %1: %2 ms\n").arg(s.first, -6).arg(double(s.second) / 1000.0, 0, 'f', 1);
    return code;
}

namespace {

// The mapping named on the command line: one the workspace already loaded (by its path), or the
// file loaded on its own, so that a mapping no pipeline uses yet can be tried out too.
const MappingRules *findMapping(const Workspace &ws, const QString &arg, MappingRules *standalone, ErrorList *errors)
{
    const QString absolute = QFileInfo(QDir(ws.dir), arg).absoluteFilePath();
    for (const MappingRules &m : ws.mappings)
        if (QFileInfo(m.absolutePath).absoluteFilePath() == absolute)
            return &m;
    if (!QFileInfo::exists(absolute)) {
        errors->append(makeError(ErrorCode::MappingNotFound, QStringLiteral("no mapping file %1").arg(absolute)));
        return nullptr;
    }
    const auto loaded = MappingLoader::load(QDir(ws.dir).relativeFilePath(absolute), absolute, errors);
    if (!loaded)
        return nullptr;
    *standalone = *loaded;
    return standalone;
}

QString cell(const Value &v)
{
    return v.isNull() ? QStringLiteral("NULL") : v.toString();
}

void printPreview(const PreviewResult &r, const MappingRules &rules)
{
    int width = 0;
    for (const QString &f : r.targetFields)
        width = std::max(width, int(f.size()));
    for (const PreviewRecord &rec : r.records) {
        QString head = QStringLiteral("record %1 (key %2): ").arg(rec.index + 1).arg(rec.key);
        if (rec.outcome.kind == MapOutcome::Kind::Mapped)
            head += QStringLiteral("mapped");
        else if (rec.outcome.kind == MapOutcome::Kind::Skipped)
            head += QStringLiteral("skipped (field %1 is null, on_null: skip_record)").arg(rec.outcome.field);
        else
            head += QStringLiteral("failed: %1: %2").arg(rec.outcome.error.code, rec.outcome.error.message);
        out() << head << '\n';
        for (int f = 0; f < r.targetFields.size(); ++f) {
            const FieldTrace t = std::size_t(f) < rec.trace.fields.size() ? rec.trace.fields[std::size_t(f)] : FieldTrace();
            QStringList notes;
            const QString branch = branchLabel(t, rules.rule(r.targetFields[f]));
            if (!branch.isEmpty())
                notes << branch;
            if (t.lookup == FieldTrace::Lookup::Hit)
                notes << QStringLiteral("lookup");
            else if (t.lookup == FieldTrace::Lookup::Miss)
                notes << QStringLiteral("lookup: not in the table");
            if (t.defaultApplied)
                notes << QStringLiteral("default (value was null)");
            const bool hidden = f < r.targetPolicy.size() && r.targetPolicy[f].hidden;
            QString value = hidden ? QStringLiteral("(hidden by policy)")
                : t.outcome == MapOutcome::Kind::Mapped ? cell(rec.output.values[std::size_t(f)])
                                                                  : QStringLiteral("✗ %1").arg(t.error.code.isEmpty()
                                                                                                   ? QStringLiteral("skipped")
                                                                                                   : t.error.code);
            out() << QStringLiteral("  %1 = %2").arg(r.targetFields[f], -width).arg(value);
            if (!notes.isEmpty())
                out() << QStringLiteral("   ← ") << notes.join(QStringLiteral("; "));
            out() << '\n';
        }
        for (const RecordTrace::Problem &p : rec.trace.sourceErrors)
            out() << QStringLiteral("  problem: %1: %2\n").arg(p.error.code, p.error.message);
        for (const RecordTrace::Problem &p : rec.trace.failedRules)
            out() << QStringLiteral("  problem: rule %1: %2: %3\n").arg(p.index + 1).arg(p.error.code, p.error.message);
    }
    out() << QStringLiteral("\n%1 record(s): %2 mapped, %3 skipped, %4 failed\n")
                 .arg(r.records.size())
                 .arg(r.mapped)
                 .arg(r.skipped)
                 .arg(r.failed);
    QStringList hits;
    for (int f = 0; f < r.targetFields.size(); ++f) {
        const PreviewFieldStats &s = r.fieldStats[f];
        QStringList parts;
        for (int c = 0; c < s.caseHits.size(); ++c)
            parts << QStringLiteral("case %1 ×%2").arg(c + 1).arg(s.caseHits[c]);
        if (!s.caseHits.isEmpty())
            parts << QStringLiteral("else ×%1").arg(s.elseHits);
        if (s.lookupHits || s.lookupMisses)
            parts << QStringLiteral("lookup hit ×%1, miss ×%2").arg(s.lookupHits).arg(s.lookupMisses);
        if (s.defaultHits)
            parts << QStringLiteral("default ×%1").arg(s.defaultHits);
        if (s.failures)
            parts << QStringLiteral("failed ×%1").arg(s.failures);
        if (!parts.isEmpty())
            hits << QStringLiteral("  %1: %2").arg(r.targetFields[f], parts.join(QStringLiteral(", ")));
    }
    for (int i = 0; i < r.ruleFailures.size() && i < rules.rules.size(); ++i) {
        const ValidationRule &v = rules.rules[i];
        hits << QStringLiteral("  validate rule %1 (%2%3): failed ×%4")
                    .arg(i + 1)
                    .arg(v.code.isEmpty() ? ErrorCode::ValidationFailed : v.code,
                         v.field.isEmpty() ? QString() : QStringLiteral(", ") + v.field)
                    .arg(r.ruleFailures[i]);
    }
    if (!hits.isEmpty())
        out() << QStringLiteral("Rules over the sample:\n") << hits.join(QLatin1Char('\n')) << '\n';
}

} // namespace

int preview(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption input(QStringLiteral("input"),
                                   QStringLiteral("Sample records: a JSON array of objects (field: value). Without it, "
                                                  "the first records of the mapping's real source are read."),
                                   QStringLiteral("FILE.json"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("How many records to preview (default 20; with --input, 0 = all)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as one JSON document."));
    const QCommandLineOption as(QStringLiteral("as"),
                                QStringLiteral("Show the values as ROLE would see them. Without it, as your own role "
                                               "(workspace.yaml stewards:). A role that would see more than yours is "
                                               "refused."),
                                QStringLiteral("ROLE"));
    p.addOptions({input, limit, json, as});
    if (const int rc = parseCommand(p, args,
                                    QStringLiteral("Applies a mapping to sample records without writing anything: per "
                                                   "record and field the output value, which case fired, whether a "
                                                   "default or lookup applied, every validation error; then how often "
                                                   "each rule fired. Values are masked for the viewing role, as the "
                                                   "console masks them. Exit 1 if a record fails."),
                                    QStringLiteral("MAPPING The mapping file, relative to the workspace or absolute."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1) {
        err() << QStringLiteral("concordctl preview: name one mapping file (see concordctl preview --help)\n");
        return BadInput;
    }
    bool numberOk = false;
    const int n = p.value(limit).toInt(&numberOk);
    if (!numberOk || n < 0 || n > 100000) {
        err() << QStringLiteral("concordctl preview: --limit must be a whole number from 0 to 100000\n");
        return BadInput;
    }
    const WorkspaceLoad load = WorkspaceLoader::load(g.workspace);
    if (!load.workspace) {
        for (const Error &e : load.errors)
            err() << QStringLiteral("error: ") << e.toString() << Qt::endl;
        return BadInput;
    }
    const Workspace &ws = *load.workspace;
    const auto viewer = viewingHolder(ws, p.isSet(as) ? p.value(as) : QString());
    if (!viewer.ok()) {
        err() << QStringLiteral("concordctl preview: %1\n").arg(viewer.error().message);
        return BadInput;
    }
    ErrorList errors;
    MappingRules standalone;
    const MappingRules *rules = findMapping(ws, p.positionalArguments().front(), &standalone, &errors);
    const DatasetDef *source = rules ? ws.dataset(rules->source) : nullptr;
    const DatasetDef *target = rules ? ws.dataset(rules->target) : nullptr;
    if (rules && !source)
        errors.append(Error{ErrorCode::MappingError, QStringLiteral("unknown source dataset '%1'").arg(rules->source),
                            rules->location});
    if (rules && !target)
        errors.append(Error{ErrorCode::MappingError, QStringLiteral("unknown target dataset '%1'").arg(rules->target),
                            rules->location});
    // Problems of this mapping file (the workspace's other errors do not stop a preview).
    const QString file = rules ? rules->absolutePath : QString();
    for (const Error &e : load.errors)
        if (!file.isEmpty() && QFileInfo(e.location.file).absoluteFilePath() == QFileInfo(file).absoluteFilePath()
            && !errors.contains(e))
            errors.append(e);
    CompiledMapping compiled;
    MappingRules resolved;
    if (errors.isEmpty()) {
        resolved = *rules;
        if (auto r = resolveLookups(ws, resolved); !r.ok()) {
            err() << QStringLiteral("concordctl preview: %1: %2\n").arg(r.error().code, r.error().message);
            return exitFor(r.error());
        }
        compiled = CompiledMapping::compile(resolved, *source, *target, &errors);
    }
    if (!errors.isEmpty()) {
        for (const Error &e : std::as_const(errors))
            err() << QStringLiteral("error: ") << e.toString() << Qt::endl;
        return BadInput;
    }

    QStringList warnings;
    std::vector<Record> samples;
    if (p.isSet(input)) {
        QFile f(p.value(input));
        if (!f.open(QIODevice::ReadOnly)) {
            err() << QStringLiteral("concordctl preview: cannot read %1: %2\n").arg(f.fileName(), f.errorString());
            return BadInput;
        }
        auto loaded = samplesFromJson(f.readAll(), source->schema, n, &warnings);
        if (!loaded.ok()) {
            err() << QStringLiteral("concordctl preview: %1: %2\n").arg(f.fileName(), loaded.error().message);
            return BadInput;
        }
        samples = std::move(loaded).value();
    } else {
        auto read = readSampleRecords(ws, *source, n == 0 ? 20 : n);
        if (!read.ok()) {
            err() << QStringLiteral("concordctl preview: %1: %2\n").arg(read.error().code, read.error().message);
            return exitFor(read.error());
        }
        samples = std::move(read).value();
    }
    PreviewResult result = previewMapping(compiled, *rules, source->schema, std::move(samples));
    if (auto r = applyViewPolicy(result, ws, compiled, *source, *target, *viewer); !r.ok()) {
        err() << QStringLiteral("concordctl preview: %1: %2\n").arg(r.error().code, r.error().message);
        return exitFor(r.error());
    }
    if (p.isSet(json)) {
        QJsonObject o = previewToJson(result, *rules);
        o.insert(QStringLiteral("mapping"), QDir(ws.dir).relativeFilePath(rules->absolutePath));
        o.insert(QStringLiteral("source"), rules->source);
        o.insert(QStringLiteral("target"), rules->target);
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        printJson(o);
    } else {
        for (const QString &w : std::as_const(warnings))
            err() << QStringLiteral("warning: ") << w << Qt::endl;
        out() << QStringLiteral("Preview of %1 (%2 → %3, version %4), as %5\n")
                     .arg(QDir(ws.dir).relativeFilePath(rules->absolutePath), rules->source, rules->target,
                          result.mappingVersion, result.viewer);
        QStringList withheld;
        for (int f = 0; f < result.targetPolicy.size(); ++f)
            if (result.targetPolicy[f].masked || result.targetPolicy[f].hidden)
                withheld << QStringLiteral("%1: %2").arg(result.targetFields[f], result.targetPolicy[f].summary);
        if (!withheld.isEmpty())
            out() << QStringLiteral("Withheld by policy: ") << withheld.join(QStringLiteral(", ")) << '\n';
        out() << '\n';
        printPreview(result, *rules);
    }
    return result.failed > 0 ? Found : Success;
}

} // namespace concord::ctl
