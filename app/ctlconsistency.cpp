// concordctl's consistency commands (docs/consistency.md): diff and repair.
#include "ctlcommands.h"
#include "ctlsupport.h"

#include "consistency/consistencycheck.h"
#include "consistency/discrepancyview.h"
#include "consistency/exportjob.h"
#include "consistency/repair.h"
#include "governance/operations.h"
#include "policy/policy.h"
#include "store/statestore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace concord::ctl {

namespace {

QJsonObject checkJson(const ConsistencyRun &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("pipeline"), r.pipeline},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("source"), r.sourceDataset},
                  {QStringLiteral("target"), r.targetDataset},
                  {QStringLiteral("started_at"), jsonTime(r.startedAt)},
                  {QStringLiteral("duration_ms"), r.durationMs},
                  {QStringLiteral("method"), r.method},
                  {QStringLiteral("source_rows"), r.sourceRows},
                  {QStringLiteral("target_rows"), r.targetRows},
                  {QStringLiteral("missing"), r.missing},
                  {QStringLiteral("extra"), r.extra},
                  {QStringLiteral("mismatched"), r.mismatched},
                  {QStringLiteral("new"), r.newCount},
                  {QStringLiteral("still_open"), r.stillOpen},
                  {QStringLiteral("fixed"), r.fixed},
                  {QStringLiteral("segments"), r.segments},
                  {QStringLiteral("segments_differing"), r.segmentsDiffering},
                  {QStringLiteral("rows_fetched"), r.rowsFetched},
                  {QStringLiteral("mapping_version"), r.mappingVersion}};
    if (!r.errorCode.isEmpty())
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), r.errorCode},
                                                      {QStringLiteral("message"), r.error}});
    return o;
}

QJsonObject rowJson(const DiscrepancyRow &d)
{
    QJsonObject fields;
    for (int i = 0; i < d.fields.size(); ++i)
        fields.insert(d.fields[i],
                      QJsonObject{{QStringLiteral("source"), d.sourceNull.value(i) ? QJsonValue() : QJsonValue(d.sourceValues.value(i))},
                                  {QStringLiteral("target"), d.targetNull.value(i) ? QJsonValue() : QJsonValue(d.targetValues.value(i))},
                                  {QStringLiteral("differs"), d.differing.contains(d.fields[i])},
                                  {QStringLiteral("withheld"), d.withheld.value(i)}});
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("key"), d.key},
                  {QStringLiteral("kind"), discrepancyKindName(d.kind)},
                  {QStringLiteral("status"), d.status},
                  {QStringLiteral("new"), d.isNew},
                  {QStringLiteral("first_seen"), jsonTime(d.firstSeen)},
                  {QStringLiteral("differing"), QJsonArray::fromStringList(d.differing)},
                  {QStringLiteral("fields"), fields}};
    if (!d.note.isEmpty())
        o.insert(QStringLiteral("note"), d.note);
    return o;
}

void printCheck(const ConsistencyRun &r)
{
    out() << QStringLiteral("Consistency check %1 of %2: %3 (%4, %5 s)\n")
                 .arg(r.id)
                 .arg(r.pipeline, r.status, r.method.isEmpty() ? QStringLiteral("-") : r.method)
                 .arg(double(r.durationMs) / 1000.0, 0, 'f', 2);
    out() << QStringLiteral("  source %1: %2 records; target %3: %4 records\n")
                 .arg(r.sourceDataset)
                 .arg(r.sourceRows)
                 .arg(r.targetDataset)
                 .arg(r.targetRows);
    out() << QStringLiteral("  %1 missing in target, %2 extra in target, %3 mismatched (%4 new, %5 still open, %6 fixed "
                            "since the previous check)\n")
                 .arg(r.missing)
                 .arg(r.extra)
                 .arg(r.mismatched)
                 .arg(r.newCount)
                 .arg(r.stillOpen)
                 .arg(r.fixed);
    if (!r.errorCode.isEmpty())
        out() << QStringLiteral("  error: %1: %2\n").arg(r.errorCode, r.error);
}

QString clip(const QString &s, int n)
{
    QString t = s;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.size() > n ? t.left(n - 1) + QChar(0x2026) : t;
}

void printRows(const QList<DiscrepancyRow> &rows, int limit, qint64 total)
{
    if (rows.isEmpty())
        return;
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("KEY"), -16)
                 .arg(QStringLiteral("KIND"), -9)
                 .arg(QStringLiteral("FIELD"), -18)
                 .arg(QStringLiteral("SOURCE"), -24)
                 .arg(QStringLiteral("TARGET"));
    int lines = 0;
    for (const DiscrepancyRow &d : rows) {
        if (lines >= limit)
            break;
        ++lines;
        const QString kind = discrepancyKindName(d.kind);
        if (d.kind != DiscrepancyKind::Mismatch || d.differing.isEmpty()) {
            out() << QStringLiteral("%1 %2 %3 %4\n").arg(clip(d.key, 16), -16).arg(kind, -9).arg(QString(), -18).arg(clip(d.note, 60));
            continue;
        }
        bool first = true;
        for (const QString &f : d.differing) {
            const int i = int(d.fields.indexOf(f));
            out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(first ? clip(d.key, 16) : QString(), -16)
                         .arg(first ? kind : QString(), -9)
                         .arg(clip(f, 18), -18)
                         .arg(clip(d.sourceNull.value(i) ? QStringLiteral("(null)") : d.sourceValues.value(i), 24), -24)
                         .arg(clip(d.targetNull.value(i) ? QStringLiteral("(null)") : d.targetValues.value(i), 40));
            first = false;
        }
    }
    if (total > lines)
        out() << QStringLiteral("(%1 of %2 shown; --limit N, --json or --export FILE for all)\n").arg(lines).arg(total);
}

} // namespace

int diff(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption exportTo(QStringLiteral("export"),
                                      QStringLiteral("Also write the discrepancies to FILE (.xlsx or .csv), masked."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption as(QStringLiteral("as"),
                                QStringLiteral("Show and export values as ROLE sees them (a role that sees no more than "
                                               "yours)."),
                                QStringLiteral("ROLE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of the export's headers: en or zh_CN."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Discrepancies printed as text (default 50; --json prints all)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({exportTo, as, lang, limit, json});
    if (const int rc = parseCommand(
            p, args,
            QStringLiteral("Checks that a pipeline's target agrees with its source as the pipeline would write it: "
                           "counts, segment checksums with bisection, then field by field. Exit 0 equal, 1 "
                           "differences found, 2 trouble (bad input, a system that cannot be read)."),
            QStringLiteral("PIPELINE The pipeline to check."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1) {
        err() << QStringLiteral("concordctl diff: name one pipeline\n");
        return BadInput;
    }
    const QString pipeline = p.positionalArguments().front();
    const QString file = p.value(exportTo);
    if (!file.isEmpty() && !file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        && !file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        err() << QStringLiteral("concordctl diff: --export needs a .xlsx or .csv file name\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("diff"), o); rc >= 0)
        return rc == Environment ? BadInput : rc;
    const auto viewer = viewingHolder(*o.workspace, p.value(as));
    if (!viewer.ok()) {
        err() << QStringLiteral("concordctl diff: %1\n").arg(viewer.error().message);
        return BadInput;
    }
    static const std::atomic<bool> never{false};
    ConsistencyCheck check(o.workspace, o.store.get(), o.ops.get());
    const ConsistencyRun run = check.run(pipeline, actorName(), QStringLiteral("manual"), g.stop ? *g.stop : never);
    if (run.status != QLatin1String("equal") && run.status != QLatin1String("different")) {
        if (p.isSet(json))
            printJson(QJsonObject{{QStringLiteral("check"), checkJson(run)}});
        else
            err() << QStringLiteral("concordctl diff: %1: %2\n").arg(run.errorCode, run.error);
        return BadInput;
    }
    DiscrepancyQuery query;
    query.pipeline = pipeline;
    query.language = p.value(lang);
    const auto rows = viewDiscrepancies(*o.workspace, *o.store, query, *viewer);
    if (!rows.ok()) {
        err() << QStringLiteral("concordctl diff: %1\n").arg(rows.error().message);
        return BadInput;
    }
    qint64 exported = -1;
    if (!file.isEmpty()) {
        const auto written = exportConsistency(*o.workspace, *o.store, file, query, *viewer, actorName());
        if (!written.ok()) {
            err() << QStringLiteral("concordctl diff: %1\n").arg(written.error().message);
            return BadInput;
        }
        exported = *written;
    }
    if (p.isSet(json)) {
        QJsonArray list;
        for (const DiscrepancyRow &d : *rows)
            list.append(rowJson(d));
        QJsonObject doc{{QStringLiteral("check"), checkJson(run)},
                        {QStringLiteral("viewer"), viewer->label()},
                        {QStringLiteral("discrepancies"), list}};
        if (exported >= 0)
            doc.insert(QStringLiteral("export"), QJsonObject{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                                                             {QStringLiteral("lines"), exported}});
        printJson(doc);
    } else {
        printCheck(run);
        if (!rows->isEmpty())
            out() << QStringLiteral("Values as %1 sees them:\n").arg(viewer->label());
        printRows(*rows, qMax(0, p.value(limit).toInt()), rows->size());
        if (exported >= 0)
            out() << QStringLiteral("Exported %1 lines to %2\n").arg(exported).arg(QFileInfo(file).absoluteFilePath());
    }
    return run.status == QLatin1String("equal") ? Success : Found;
}

int repair(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("List what would be written; write nothing."));
    const QCommandLineOption ids(QStringLiteral("ids"), QStringLiteral("Only these discrepancies (comma-separated ids "
                                                                       "from 'diff --json'); default: every open one."),
                                 QStringLiteral("ID,..."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({dryRun, ids, json});
    if (const int rc = parseCommand(
            p, args,
            QStringLiteral("Makes the target agree with the source for the open discrepancies of the last check: "
                           "inserts what is missing, updates what differs, deletes or flags extra records "
                           "(consistency.extra). Written through the pipeline's sink, audited, then checked again. "
                           "Exit 0 done, 1 some could not be written, 2 trouble."),
            QStringLiteral("PIPELINE The pipeline to repair."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1) {
        err() << QStringLiteral("concordctl repair: name one pipeline\n");
        return BadInput;
    }
    QList<qint64> chosen;
    if (p.isSet(ids))
        for (const QString &t : p.value(ids).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = t.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                err() << QStringLiteral("concordctl repair: not a discrepancy id: '%1'\n").arg(t);
                return BadInput;
            }
            chosen.append(id);
        }
    const QString pipeline = p.positionalArguments().front();
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("repair"), o); rc >= 0)
        return rc == Environment ? BadInput : rc;
    static const std::atomic<bool> never{false};
    const std::atomic<bool> &stop = g.stop ? *g.stop : never;
    Repairer repairer(o.workspace, o.store.get());
    const RepairResult r = repairer.run(pipeline, chosen, p.isSet(dryRun), actorName(), stop);
    if (!r.errorCode.isEmpty()) {
        err() << QStringLiteral("concordctl repair: %1: %2\n").arg(r.errorCode, r.error);
        return BadInput;
    }
    ConsistencyRun after;
    if (!r.dryRun) {
        ConsistencyCheck check(o.workspace, o.store.get(), o.ops.get());
        after = check.run(pipeline, actorName(), QStringLiteral("repair"), stop);
    }
    if (p.isSet(json)) {
        QJsonArray actions;
        for (const RepairAction &a : r.actions) {
            QJsonObject o{{QStringLiteral("discrepancy"), a.discrepancy},
                          {QStringLiteral("key"), a.key},
                          {QStringLiteral("action"), a.action}};
            if (!a.fields.isEmpty())
                o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(a.fields));
            if (!a.reason.isEmpty())
                o.insert(QStringLiteral("reason"), a.reason);
            actions.append(o);
        }
        QJsonObject doc{{QStringLiteral("pipeline"), pipeline},     {QStringLiteral("dry_run"), r.dryRun},
                        {QStringLiteral("inserted"), r.inserted},   {QStringLiteral("updated"), r.updated},
                        {QStringLiteral("deleted"), r.deleted},     {QStringLiteral("flagged"), r.flagged},
                        {QStringLiteral("skipped"), r.skipped},     {QStringLiteral("failed"), r.failed},
                        {QStringLiteral("run_id"), r.runId},        {QStringLiteral("actions"), actions}};
        if (!r.dryRun)
            doc.insert(QStringLiteral("check"), checkJson(after));
        printJson(doc);
    } else {
        if (r.dryRun)
            out() << QStringLiteral("Repair of %1 (dry run: nothing written)\n").arg(pipeline);
        else
            out() << QStringLiteral("Repair of %1, run %2\n").arg(pipeline).arg(r.runId);
        for (const RepairAction &a : r.actions)
            out() << QStringLiteral("  %1 %2 %3\n")
                         .arg(a.action, -7)
                         .arg(clip(a.key, 20), -20)
                         .arg(a.action == QLatin1String("skip") ? a.reason : a.fields.join(QStringLiteral(", ")));
        const auto count = [&r](const char *action) {
            return std::count_if(r.actions.cbegin(), r.actions.cend(),
                                 [action](const RepairAction &a) { return a.action == QLatin1String(action); });
        };
        if (r.dryRun)
            out() << QStringLiteral("Would write: %1 inserts, %2 updates, %3 deletes; %4 flagged, %5 skipped\n")
                         .arg(count("insert"))
                         .arg(count("update"))
                         .arg(count("delete"))
                         .arg(r.flagged)
                         .arg(r.skipped);
        else {
            out() << QStringLiteral("Wrote: %1 inserted, %2 updated, %3 deleted; %4 flagged, %5 skipped, %6 rejected\n")
                         .arg(r.inserted)
                         .arg(r.updated)
                         .arg(r.deleted)
                         .arg(r.flagged)
                         .arg(r.skipped)
                         .arg(r.failed);
            printCheck(after);
        }
    }
    return r.failed > 0 ? Found : Success;
}

} // namespace concord::ctl
