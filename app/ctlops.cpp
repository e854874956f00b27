// concordctl's operations commands (docs/operations.md): status, pause, resume, backfill,
// deadletters and alerts.
#include "ctlcommands.h"
#include "ctlsupport.h"

#include "consistency/consistencycheck.h"
#include "governance/operations.h"
#include "governance/schedule.h"
#include "log/log.h"
#include "policy/policy.h"
#include "store/statestore.h"
#include "workspace/workspaceloader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace concord::ctl {

namespace {

QJsonObject runJson(const RunResult &r)
{
    QJsonObject o{{QStringLiteral("pipeline"), r.pipeline}, {QStringLiteral("run_id"), r.runId},
                  {QStringLiteral("status"), r.status},     {QStringLiteral("read"), r.read},
                  {QStringLiteral("inserted"), r.inserted}, {QStringLiteral("updated"), r.updated},
                  {QStringLiteral("deleted"), r.deleted},   {QStringLiteral("failed"), r.failed},
                  {QStringLiteral("duration_ms"), r.durationMs}};
    if (r.status == QLatin1String("failed"))
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), r.error.code},
                                                      {QStringLiteral("message"), r.error.message}});
    return o;
}

int exitForRun(const RunResult &r)
{
    if (r.status == QLatin1String("failed"))
        return r.error.code == ErrorCode::PipelineNotFound ? BadInput : exitFor(r.error);
    if (r.status == QLatin1String("cancelled"))
        return Environment;
    return r.failed > 0 ? Found : Success;
}

QList<qint64> parseIds(const QStringList &args, bool *ok)
{
    QList<qint64> ids;
    *ok = true;
    for (const QString &a : args) {
        bool good = false;
        const qint64 id = a.toLongLong(&good);
        if (!good || id <= 0) {
            err() << QStringLiteral("not a dead-letter id: '%1'\n").arg(a);
            *ok = false;
        }
        ids.append(id);
    }
    return ids;
}

QJsonObject letterJson(const DeadLetterRecord &d)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("pipeline"), d.pipeline},
                       {QStringLiteral("run_id"), d.runId},
                       {QStringLiteral("key"), d.key},
                       {QStringLiteral("op"), d.op},
                       {QStringLiteral("error_code"), d.errorCode},
                       {QStringLiteral("error_message"), d.errorMessage},
                       {QStringLiteral("status"), d.status},
                       {QStringLiteral("attempts"), d.attempts},
                       {QStringLiteral("edited"), d.edited},
                       {QStringLiteral("created_at"), jsonTime(d.createdAt)},
                       {QStringLiteral("resolved_at"), jsonTime(d.resolvedAt)},
                       {QStringLiteral("resolved_by"), d.resolvedBy},
                       {QStringLiteral("resolution"), d.resolution},
                       {QStringLiteral("mapping_version"), d.mappingVersion}};
}

QJsonObject replayJson(const ReplayResult &r)
{
    QJsonArray letters;
    for (const ReplayOutcome &o : r.letters)
        letters.append(QJsonObject{{QStringLiteral("id"), o.id},
                                   {QStringLiteral("status"), o.status},
                                   {QStringLiteral("error_code"), o.errorCode},
                                   {QStringLiteral("message"), o.message}});
    QJsonArray runs;
    for (const RunResult &run : r.runs)
        runs.append(runJson(run));
    return QJsonObject{{QStringLiteral("replayed"), r.replayed()},
                       {QStringLiteral("failed"), r.failed()},
                       {QStringLiteral("letters"), letters},
                       {QStringLiteral("runs"), runs}};
}

int deadLettersList(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption pipeline(QStringLiteral("pipeline"), QStringLiteral("Only this pipeline's letters."),
                                      QStringLiteral("PIPELINE"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("open (default), replayed, discarded or all."), QStringLiteral("STATUS"),
                                    QStringLiteral("open"));
    const QCommandLineOption code(QStringLiteral("code"), QStringLiteral("Only letters with this error code."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Text in the record key or the message."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N letters, newest first (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({pipeline, status, code, search, limit, json});
    if (const int rc = parseCommand(p, args, QStringLiteral("Lists dead letters, newest first, without their records "
                                                            "(see 'deadletters show ID')."),
                                    QString());
        rc >= 0)
        return rc;
    if (!QStringList{QStringLiteral("open"), QStringLiteral("replayed"), QStringLiteral("discarded"), QStringLiteral("all")}
             .contains(p.value(status))) {
        err() << QStringLiteral("concordctl deadletters list: --status must be open, replayed, discarded or all\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("deadletters"), o); rc >= 0)
        return rc;
    DeadLetterFilter f;
    f.pipeline = p.value(pipeline);
    f.status = p.value(status);
    f.errorCode = p.value(code);
    f.text = p.value(search);
    f.limit = qBound(1, p.value(limit).toInt(), 1000000);
    const auto letters = o.store->deadLetters(f);
    if (!letters.ok()) {
        err() << QStringLiteral("concordctl deadletters: %1\n").arg(letters.error().message);
        return Environment;
    }
    if (p.isSet(json)) {
        QJsonArray a;
        for (const DeadLetterRecord &d : *letters)
            a.append(letterJson(d));
        printJson(QJsonObject{{QStringLiteral("dead_letters"), a}});
        return Success;
    }
    if (letters->isEmpty()) {
        out() << QStringLiteral("No %1 dead letters.\n").arg(f.status == QLatin1String("all") ? QString() : f.status);
        return Success;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("ID"), 6)
                 .arg(QStringLiteral("PIPELINE"), -28)
                 .arg(QStringLiteral("KEY"), -16)
                 .arg(QStringLiteral("CODE"), -18)
                 .arg(QStringLiteral("STATUS"), -9)
                 .arg(QStringLiteral("MESSAGE"));
    for (const DeadLetterRecord &d : *letters)
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(d.id, 6)
                     .arg(d.pipeline, -28)
                     .arg(d.key.left(16), -16)
                     .arg(d.errorCode, -18)
                     .arg(d.status, -9)
                     .arg(d.errorMessage.left(100));
    return Success;
}

int deadLettersShow(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"),
                                QStringLiteral("Show the record as ROLE sees it (a role that sees no more than yours)."),
                                QStringLiteral("ROLE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({as, json});
    if (const int rc = parseCommand(p, args, QStringLiteral("Shows a dead letter: its error and its record, masked for your "
                                                            "role (workspace.yaml stewards:) or ROLE."),
                                    QStringLiteral("ID The dead letter's id."));
        rc >= 0)
        return rc;
    bool ok = false;
    const QList<qint64> ids = parseIds(p.positionalArguments(), &ok);
    if (!ok || ids.size() != 1) {
        err() << QStringLiteral("concordctl deadletters show: name one dead-letter id\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("deadletters"), o); rc >= 0)
        return rc;
    const auto viewer = viewingHolder(*o.workspace, p.value(as));
    if (!viewer.ok()) {
        err() << QStringLiteral("concordctl deadletters show: %1\n").arg(viewer.error().message);
        return BadInput;
    }
    const auto view = o.ops->deadLetterView(ids.front(), *viewer);
    if (!view.ok()) {
        err() << QStringLiteral("concordctl deadletters show: %1\n").arg(view.error().message);
        return view.error().code == ErrorCode::NotFound ? BadInput : Environment;
    }
    if (p.isSet(json)) {
        QJsonObject record;
        QJsonArray withheld;
        for (int i = 0; i < view->fields.size(); ++i) {
            record.insert(view->fields[i], view->nulls.value(i) ? QJsonValue() : QJsonValue(view->values.value(i)));
            if (view->withheld.value(i))
                withheld.append(view->fields[i]);
        }
        QJsonObject doc = letterJson(view->letter);
        doc.insert(QStringLiteral("record"), record);
        doc.insert(QStringLiteral("withheld"), withheld);
        doc.insert(QStringLiteral("viewer"), viewer->label());
        if (!view->decodeError.isEmpty())
            doc.insert(QStringLiteral("decode_error"), view->decodeError);
        printJson(doc);
        return Success;
    }
    const DeadLetterRecord &d = view->letter;
    out() << QStringLiteral("Dead letter %1 of %2 (%3)\n").arg(d.id).arg(d.pipeline, d.status);
    out() << QStringLiteral("  key:      %1 (%2)\n").arg(d.key, d.op);
    out() << QStringLiteral("  error:    %1: %2\n").arg(d.errorCode, d.errorMessage);
    out() << QStringLiteral("  created:  %1, run %2; %3 replay attempt(s)%4\n")
                 .arg(timeText(d.createdAt))
                 .arg(d.runId)
                 .arg(d.attempts)
                 .arg(d.edited ? QStringLiteral(", edited") : QString());
    if (d.status != QLatin1String("open"))
        out() << QStringLiteral("  %1:  %2 by %3: %4\n").arg(d.status, timeText(d.resolvedAt), d.resolvedBy, d.resolution);
    out() << QStringLiteral("  record as %1 sees it:\n").arg(viewer->label());
    if (!view->decodeError.isEmpty())
        out() << QStringLiteral("    (cannot be opened: %1)\n").arg(view->decodeError);
    for (int i = 0; i < view->fields.size(); ++i)
        out() << QStringLiteral("    %1 = %2%3\n")
                     .arg(view->fields[i], -24)
                     .arg(view->nulls.value(i) ? QStringLiteral("NULL") : view->values.value(i))
                     .arg(view->withheld.value(i) ? QStringLiteral("   (masked)") : QString());
    return Success;
}

int deadLettersEdit(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption setNull(QStringLiteral("null"), QStringLiteral("Set FIELD to null."), QStringLiteral("FIELD"));
    p.addOption(setNull);
    if (const int rc = parseCommand(p, args, QStringLiteral("Changes one field of an open dead letter's record before a "
                                                            "replay. Only fields your role sees in clear can be edited. "
                                                            "Audited with the field's name, never its value."),
                                    QStringLiteral("ID FIELD=VALUE The dead letter and the new value."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    bool ok = false;
    const QList<qint64> ids = parseIds(pos.mid(0, 1), &ok);
    const bool makeNull = p.isSet(setNull);
    if (!ok || ids.size() != 1 || pos.size() != (makeNull ? 1 : 2) || (!makeNull && !pos.value(1).contains(QLatin1Char('=')))) {
        err() << QStringLiteral("concordctl deadletters edit: ID FIELD=VALUE, or ID --null FIELD\n");
        return BadInput;
    }
    const QString field = makeNull ? p.value(setNull) : pos[1].section(QLatin1Char('='), 0, 0);
    const QString value = makeNull ? QString() : pos[1].section(QLatin1Char('='), 1);
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("deadletters"), o); rc >= 0)
        return rc;
    if (auto r = o.ops->editDeadLetter(ids.front(), field, value, makeNull, actorName(),
                                       stewardHolder(*o.workspace, currentUser()));
        !r.ok()) {
        err() << QStringLiteral("concordctl deadletters edit: %1: %2\n").arg(r.error().code, r.error().message);
        return r.error().code == ErrorCode::StateStoreError ? Environment : BadInput;
    }
    out() << QStringLiteral("Dead letter %1: %2 changed; replay it with 'concordctl deadletters replay %1'.\n")
                 .arg(ids.front())
                 .arg(field);
    return Success;
}

int deadLettersReplay(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every open letter (of --pipeline, or of all pipelines)."));
    const QCommandLineOption pipeline(QStringLiteral("pipeline"), QStringLiteral("With --all: only this pipeline's letters."),
                                      QStringLiteral("PIPELINE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({all, pipeline, json});
    if (const int rc = parseCommand(p, args, QStringLiteral("Maps and writes dead-lettered records again through the "
                                                            "pipeline's current mapping, by key: replaying twice writes "
                                                            "once. A letter that fails again stays open with its new error "
                                                            "(exit 1). Audited."),
                                    QStringLiteral("[ID...] Dead-letter ids, or --all."));
        rc >= 0)
        return rc;
    bool ok = false;
    const QList<qint64> ids = parseIds(p.positionalArguments(), &ok);
    if (!ok || (ids.isEmpty() != p.isSet(all))) {
        err() << QStringLiteral("concordctl deadletters replay: name dead-letter ids, or --all\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("deadletters"), o); rc >= 0)
        return rc;
    if (p.isSet(pipeline) && !o.workspace->pipelines.contains(p.value(pipeline))) {
        err() << QStringLiteral("concordctl deadletters replay: no pipeline named '%1'\n").arg(p.value(pipeline));
        return BadInput;
    }
    const ReplayResult r = ids.isEmpty() ? o.ops->replayAll(p.value(pipeline), actorName(), *g.stop)
                                         : o.ops->replay(ids, actorName(), *g.stop);
    int code = r.failed() > 0 ? Found : Success;
    for (const RunResult &run : r.runs)
        if (run.status == QLatin1String("failed"))
            code = exitForRun(run);
    if (p.isSet(json)) {
        printJson(replayJson(r));
        return code;
    }
    for (const ReplayOutcome &l : r.letters)
        out() << QStringLiteral("  %1 %2%3\n")
                     .arg(l.id, 6)
                     .arg(l.status, -9)
                     .arg(l.message.isEmpty()     ? QString()
                          : l.errorCode.isEmpty() ? QStringLiteral(" ") + l.message
                                                  : QStringLiteral(" %1: %2").arg(l.errorCode, l.message));
    out() << QStringLiteral("%1 replayed, %2 failed again, %3 skipped.\n")
                 .arg(r.replayed())
                 .arg(r.failed())
                 .arg(r.letters.size() - r.replayed() - r.failed());
    for (const RunResult &run : r.runs)
        if (run.status == QLatin1String("failed"))
            err() << QStringLiteral("concordctl deadletters replay: %1: %2: %3\n").arg(run.pipeline, run.error.code, run.error.message);
    return code;
}

int deadLettersDiscard(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (required; kept and audited)."),
                                    QStringLiteral("TEXT"));
    p.addOption(reason);
    if (const int rc = parseCommand(p, args, QStringLiteral("Closes open dead letters without writing them, with a reason. "
                                                            "Audited."),
                                    QStringLiteral("ID... Dead-letter ids."));
        rc >= 0)
        return rc;
    bool ok = false;
    const QList<qint64> ids = parseIds(p.positionalArguments(), &ok);
    if (!ok || ids.isEmpty() || p.value(reason).trimmed().isEmpty()) {
        err() << QStringLiteral("concordctl deadletters discard: name dead-letter ids and give --reason\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("deadletters"), o); rc >= 0)
        return rc;
    const auto n = o.ops->discard(ids, p.value(reason), actorName());
    if (!n.ok()) {
        err() << QStringLiteral("concordctl deadletters discard: %1\n").arg(n.error().message);
        return exitFor(n.error());
    }
    out() << QStringLiteral("%1 of %2 dead letter(s) discarded%3.\n")
                 .arg(*n)
                 .arg(ids.size())
                 .arg(*n < ids.size() ? QStringLiteral(" (the others were not open)") : QString());
    return Success;
}

} // namespace

int deadLetters(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + sub} + args.mid(2);
    if (sub == QLatin1String("list"))
        return deadLettersList(g, rest);
    if (sub == QLatin1String("show"))
        return deadLettersShow(g, rest);
    if (sub == QLatin1String("edit"))
        return deadLettersEdit(g, rest);
    if (sub == QLatin1String("replay"))
        return deadLettersReplay(g, rest);
    if (sub == QLatin1String("discard"))
        return deadLettersDiscard(g, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        (sub.isEmpty() ? err() : out())
            << QStringLiteral("Usage: concordctl deadletters list|show|edit|replay|discard ...\n"
                              "  list [--pipeline P] [--status open|replayed|discarded|all] [--code C] [--search T] [--json]\n"
                              "  show ID [--as ROLE] [--json]      the error and the record, masked for your role\n"
                              "  edit ID FIELD=VALUE | ID --null FIELD\n"
                              "  replay ID... | --all [--pipeline P] [--json]\n"
                              "  discard ID... --reason TEXT\n"
                              "Run 'concordctl deadletters SUBCOMMAND --help' for details.\n");
        return sub.isEmpty() ? BadInput : Success;
    }
    err() << QStringLiteral("concordctl deadletters: unknown subcommand '%1' (list, show, edit, replay, discard)\n").arg(sub);
    return BadInput;
}

int pause(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (kept, shown and audited)."),
                                    QStringLiteral("TEXT"));
    p.addOption(reason);
    if (const int rc = parseCommand(p, args, QStringLiteral("Pauses a pipeline: the scheduler (serve, the console) no "
                                                            "longer runs it, nor retries it, until 'resume'. A manual "
                                                            "'run' still goes ahead. Audited."),
                                    QStringLiteral("PIPELINE The pipeline's name."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1) {
        err() << QStringLiteral("concordctl pause: name one pipeline\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("pause"), o); rc >= 0)
        return rc;
    const QString name = p.positionalArguments().front();
    if (auto r = o.ops->pause(name, actorName(), p.value(reason)); !r.ok()) {
        err() << QStringLiteral("concordctl pause: %1\n").arg(r.error().message);
        return r.error().code == ErrorCode::PipelineNotFound ? BadInput : exitFor(r.error());
    }
    out() << QStringLiteral("%1 paused.\n").arg(name);
    return Success;
}

int resume(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    if (const int rc = parseCommand(p, args, QStringLiteral("Resumes a paused pipeline. A pipeline that gave up retrying "
                                                            "is retried at once, and an open circuit to its target is "
                                                            "probed at once. Audited."),
                                    QStringLiteral("PIPELINE The pipeline's name."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1) {
        err() << QStringLiteral("concordctl resume: name one pipeline\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("resume"), o); rc >= 0)
        return rc;
    const QString name = p.positionalArguments().front();
    if (auto r = o.ops->resume(name, actorName()); !r.ok()) {
        err() << QStringLiteral("concordctl resume: %1\n").arg(r.error().message);
        return r.error().code == ErrorCode::PipelineNotFound ? BadInput : exitFor(r.error());
    }
    out() << QStringLiteral("%1 resumed.\n").arg(name);
    return Success;
}

int backfill(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Re-read changes whose version is at or after TIME (ISO 8601, local time "
                                                 "unless it ends in Z or an offset: 2026-11-01T08:00)."),
                                  QStringLiteral("TIME"));
    const QCommandLineOption full(QStringLiteral("full"), QStringLiteral("Re-read the whole source (a full re-snapshot)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as one JSON document."));
    p.addOptions({from, full, json});
    if (const int rc = parseCommand(p, args, QStringLiteral("Backfills a pipeline: reads its source again from a point in "
                                                            "time, or whole, and writes by key (idempotent: rows already "
                                                            "in the target are left as they are). Audited."),
                                    QStringLiteral("PIPELINE The pipeline's name."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1 || p.isSet(from) == p.isSet(full)) {
        err() << QStringLiteral("concordctl backfill: name one pipeline and either --from TIME or --full\n");
        return BadInput;
    }
    QDateTime at;
    if (p.isSet(from)) {
        at = QDateTime::fromString(p.value(from), Qt::ISODate);
        if (!at.isValid())
            at = QDateTime::fromString(p.value(from), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!at.isValid())
            at = QDateTime(QDate::fromString(p.value(from), Qt::ISODate), QTime(0, 0));
        if (!at.isValid()) {
            err() << QStringLiteral("concordctl backfill: '%1' is not a time (use 2026-11-01T08:00 or 2026-11-01)\n")
                         .arg(p.value(from));
            return BadInput;
        }
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("backfill"), o); rc >= 0)
        return rc;
    const QString name = p.positionalArguments().front();
    const RunResult r = o.ops->backfill(name, at, p.isSet(full), actorName(), *g.stop);
    if (p.isSet(json)) {
        printJson(runJson(r));
        return exitForRun(r);
    }
    if (r.status == QLatin1String("failed")) {
        err() << QStringLiteral("concordctl backfill: %1: %2\n").arg(r.error.code, r.error.message);
        return exitForRun(r);
    }
    out() << QStringLiteral("%1 backfill run %2 %3: %4 read, %5 inserted, %6 updated, %7 deleted, %8 failed in %9 ms\n")
                 .arg(r.pipeline)
                 .arg(r.runId)
                 .arg(r.status)
                 .arg(r.read)
                 .arg(r.inserted)
                 .arg(r.updated)
                 .arg(r.deleted)
                 .arg(r.failed)
                 .arg(r.durationMs);
    return exitForRun(r);
}

int status(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption range(QStringLiteral("range"), QStringLiteral("Metrics over 1h, 24h (default) or 7d."),
                                   QStringLiteral("RANGE"), QStringLiteral("24h"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({range, json});
    if (const int rc = parseCommand(p, args, QStringLiteral("Shows every pipeline's state (idle, paused, circuit open, "
                                                            "retrying, failing, disabled), last run, next run, backlog and "
                                                            "metrics: captured, written, failed, retried, dead-lettered, "
                                                            "success rate and capture-to-write latency p50/p95/p99."),
                                    QString());
        rc >= 0)
        return rc;
    const QMap<QString, qint64> ranges{{QStringLiteral("1h"), 3600}, {QStringLiteral("24h"), 86400}, {QStringLiteral("7d"), 604800}};
    if (!ranges.contains(p.value(range))) {
        err() << QStringLiteral("concordctl status: --range must be 1h, 24h or 7d\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("status"), o); rc >= 0)
        return rc;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime since = now.addSecs(-ranges.value(p.value(range)));
    QJsonArray pipelines;
    if (!p.isSet(json))
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(QStringLiteral("PIPELINE"), -30)
                     .arg(QStringLiteral("STATE"), -13)
                     .arg(QStringLiteral("LAST RUN"), -30)
                     .arg(QStringLiteral("NEXT RUN"), -30)
                     .arg(QStringLiteral("BACKLOG"), 8)
                     .arg(QStringLiteral("SUCCESS"), 8)
                     .arg(QStringLiteral("P95"));
    for (const PipelineOverview &v : o.ops->overview()) {
        const MetricSummary m = summarize(o.store->metrics(v.pipeline, since, now.addSecs(60)).value_or({}));
        const auto runs = o.store->control(v.pipeline);
        Q_UNUSED(runs);
        if (p.isSet(json)) {
            pipelines.append(QJsonObject{
                {QStringLiteral("pipeline"), v.pipeline},
                {QStringLiteral("state"), v.state},
                {QStringLiteral("detail"), v.detail},
                {QStringLiteral("next_run"), jsonTime(v.nextRunAt)},
                {QStringLiteral("next_run_kind"), v.nextRunKind},
                {QStringLiteral("backlog"), v.backlog >= 0 ? QJsonValue(v.backlog) : QJsonValue()},
                {QStringLiteral("open_dead_letters"), v.openDeadLetters},
                {QStringLiteral("retry_attempt"), v.control.retryAttempt},
                {QStringLiteral("consecutive_failures"), v.control.consecutiveFailures},
                {QStringLiteral("circuit"), QJsonObject{{QStringLiteral("system"), v.circuit.system},
                                                        {QStringLiteral("open"), v.circuit.open},
                                                        {QStringLiteral("failures"), v.circuit.failures},
                                                        {QStringLiteral("next_probe"), jsonTime(v.circuit.nextProbeAt)}}},
                {QStringLiteral("metrics"),
                 QJsonObject{{QStringLiteral("range"), p.value(range)},
                             {QStringLiteral("captured"), m.captured},
                             {QStringLiteral("written"), m.written},
                             {QStringLiteral("failed"), m.failed},
                             {QStringLiteral("retried"), m.retried},
                             {QStringLiteral("dead_lettered"), m.deadLettered},
                             {QStringLiteral("runs"), m.runs},
                             {QStringLiteral("runs_failed"), m.runsFailed},
                             {QStringLiteral("success_rate"), m.attempted() ? QJsonValue(m.successRate()) : QJsonValue()},
                             {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("p50"), m.p50},
                                                                        {QStringLiteral("p95"), m.p95},
                                                                        {QStringLiteral("p99"), m.p99}}}}}});
            continue;
        }
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(v.pipeline, -30)
                     .arg(v.state, -13)
                     .arg(v.control.lastSucceededAt.isValid() || !v.control.lastErrorCode.isEmpty()
                              ? (v.control.lastErrorCode.isEmpty() ? QStringLiteral("ok ") + timeText(v.control.lastSucceededAt)
                                                                   : v.control.lastErrorCode)
                              : QStringLiteral("-"),
                          -30)
                     .arg(v.nextRunAt.isValid() ? v.nextRunKind + QLatin1Char(' ') + timeText(v.nextRunAt) : QStringLiteral("-"), -30)
                     .arg(v.backlog >= 0 ? QString::number(v.backlog) : QStringLiteral("?"), 8)
                     .arg(m.attempted() ? QString::number(m.successRate() * 100.0, 'f', 2) + QLatin1Char('%') : QStringLiteral("-"), 8)
                     .arg(m.p95 >= 0 ? QStringLiteral("%1 ms").arg(m.p95) : QStringLiteral("-"));
    }
    if (p.isSet(json)) {
        const auto alerts = o.store->alerts(false).value_or({});
        QJsonArray a;
        for (const AlertRecord &r : alerts)
            a.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("rule"), r.rule},
                                 {QStringLiteral("severity"), r.severity}, {QStringLiteral("pipeline"), r.pipeline},
                                 {QStringLiteral("message"), r.message}});
        printJson(QJsonObject{{QStringLiteral("pipelines"), pipelines}, {QStringLiteral("active_alerts"), a}});
    }
    return Success;
}

int alerts(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(1);
    QCommandLineParser p;
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("list: resolved alerts too."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({all, json});
    if (const int rc = parseCommand(p, QStringList{args.value(0) + QLatin1Char(' ') + sub} + args.mid(2),
                                    QStringLiteral("Alerts raised by the rules in workspace.yaml's alerts: (or the "
                                                   "defaults). list: the active ones (--all: resolved too); ack ID: "
                                                   "acknowledge (audited); check: evaluate the rules now."),
                                    QStringLiteral("list|ack ID|check"));
        rc >= 0)
        return rc;
    Opened o;
    if (sub != QLatin1String("list") && sub != QLatin1String("ack") && sub != QLatin1String("check")) {
        err() << QStringLiteral("concordctl alerts: list, ack ID or check\n");
        return BadInput;
    }
    if (const int rc = openWorkspace(g, QStringLiteral("alerts"), o); rc >= 0)
        return rc;
    if (sub == QLatin1String("ack")) {
        bool ok = false;
        const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
        if (!ok || p.positionalArguments().size() != 1) {
            err() << QStringLiteral("concordctl alerts ack: name one alert id\n");
            return BadInput;
        }
        const auto r = o.ops->acknowledgeAlert(id, actorName());
        if (!r.ok()) {
            err() << QStringLiteral("concordctl alerts ack: %1\n").arg(r.error().message);
            return Environment;
        }
        out() << (*r ? QStringLiteral("Alert %1 acknowledged.\n").arg(id)
                     : QStringLiteral("Alert %1 was already acknowledged, or does not exist.\n").arg(id));
        return *r ? Success : BadInput;
    }
    QList<AlertRecord> list;
    if (sub == QLatin1String("check")) {
        o.ops->measureBacklogs();
        list = o.ops->checkAlerts();
    } else {
        list = o.store->alerts(p.isSet(all), 1000).value_or({});
    }
    if (p.isSet(json)) {
        QJsonArray a;
        for (const AlertRecord &r : list)
            a.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("rule"), r.rule},
                                 {QStringLiteral("severity"), r.severity},
                                 {QStringLiteral("pipeline"), r.pipeline},
                                 {QStringLiteral("message"), r.message},
                                 {QStringLiteral("value"), r.value},
                                 {QStringLiteral("raised_at"), jsonTime(r.raisedAt)},
                                 {QStringLiteral("last_seen_at"), jsonTime(r.lastSeenAt)},
                                 {QStringLiteral("acknowledged_by"), r.acknowledgedBy},
                                 {QStringLiteral("resolved_at"), jsonTime(r.resolvedAt)}});
        printJson(QJsonObject{{QStringLiteral("alerts"), a}});
        return Success;
    }
    if (list.isEmpty())
        out() << (sub == QLatin1String("check") ? QStringLiteral("No new alerts.\n") : QStringLiteral("No active alerts.\n"));
    for (const AlertRecord &r : list)
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(r.id, 5)
                     .arg(r.severity, -8)
                     .arg(r.isActive() ? (r.acknowledgedAt.isValid() ? QStringLiteral("acked") : QStringLiteral("active"))
                                       : QStringLiteral("resolved"),
                          -8)
                     .arg(timeText(r.raisedAt))
                     .arg(r.message);
    return Success;
}

} // namespace concord::ctl
