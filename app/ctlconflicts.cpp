// concordctl's conflict commands (docs/two-way.md): list, show and resolve the conflicts of
// two-way pipelines.
#include "ctlcommands.h"
#include "ctlsupport.h"

#include "conflict/twowayrunner.h"
#include "governance/operations.h"
#include "policy/policy.h"
#include "store/statestore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace concord::ctl {

namespace {

QJsonValue cellJson(const ConflictCell &c)
{
    if (c.absent)
        return QJsonObject{{QStringLiteral("absent"), true}};
    QJsonObject o{{QStringLiteral("value"), c.null ? QJsonValue() : QJsonValue(c.text)}};
    if (c.withheld)
        o.insert(QStringLiteral("withheld"), true);
    return o;
}

QJsonObject conflictJson(const ConflictView &c, bool withFields)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("pipeline"), c.pipeline},
                  {QStringLiteral("key"), c.key},
                  {QStringLiteral("kind"), c.kind},
                  {QStringLiteral("conflicting"), QJsonArray::fromStringList(c.conflicting)},
                  {QStringLiteral("changed_source"), QJsonArray::fromStringList(c.changedSource)},
                  {QStringLiteral("changed_target"), QJsonArray::fromStringList(c.changedTarget)},
                  {QStringLiteral("source"), c.sourceDataset},
                  {QStringLiteral("target"), c.targetDataset},
                  {QStringLiteral("source_time"), jsonTime(c.sourceTime)},
                  {QStringLiteral("target_time"), jsonTime(c.targetTime)},
                  {QStringLiteral("detected_at"), jsonTime(c.detectedAt)},
                  {QStringLiteral("updated_at"), jsonTime(c.updatedAt)},
                  {QStringLiteral("reason"), c.reason},
                  {QStringLiteral("status"), c.status}};
    if (withFields) {
        QJsonObject fields;
        for (int i = 0; i < c.fields.size(); ++i)
            fields.insert(c.fields[i], QJsonObject{{QStringLiteral("base"), cellJson(c.base.value(i))},
                                                   {QStringLiteral("source"), cellJson(c.source.value(i))},
                                                   {QStringLiteral("target"), cellJson(c.target.value(i))},
                                                   {QStringLiteral("conflicting"), c.conflicting.contains(c.fields[i])}});
        o.insert(QStringLiteral("fields"), fields);
    }
    if (c.status == QLatin1String("resolved")) {
        QJsonObject choices;
        for (auto it = c.choices.cbegin(); it != c.choices.cend(); ++it)
            choices.insert(it.key(), it.value());
        o.insert(QStringLiteral("resolution"), QJsonObject{{QStringLiteral("choices"), choices},
                                                           {QStringLiteral("keep_record"), c.keptRecord},
                                                           {QStringLiteral("by"), c.resolvedBy},
                                                           {QStringLiteral("at"), jsonTime(c.resolvedAt)},
                                                           {QStringLiteral("comment"), c.comment}});
    }
    return o;
}

QString cellText(const ConflictCell &c, bool base = false)
{
    if (c.absent)
        return base ? QStringLiteral("(no base)") : QStringLiteral("(deleted)");
    if (c.null)
        return QStringLiteral("(null)");
    return c.withheld ? c.text + QStringLiteral(" [masked]") : c.text;
}

QString age(const QDateTime &t)
{
    const qint64 s = t.secsTo(QDateTime::currentDateTimeUtc());
    if (s < 120)
        return QStringLiteral("%1s").arg(s);
    if (s < 7200)
        return QStringLiteral("%1m").arg(s / 60);
    if (s < 172800)
        return QStringLiteral("%1h").arg(s / 3600);
    return QStringLiteral("%1d").arg(s / 86400);
}

QList<qint64> parseIds(const QString &text, bool *ok)
{
    QList<qint64> ids;
    *ok = true;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool good = false;
        const qint64 id = t.trimmed().toLongLong(&good);
        if (!good || id <= 0) {
            *ok = false;
            return {};
        }
        ids.append(id);
    }
    *ok = *ok && !ids.isEmpty();
    return ids;
}

int list(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption pipeline(QStringLiteral("pipeline"), QStringLiteral("Only this pipeline's conflicts."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("Only conflicts of pipelines reading or "
                                                                               "writing this dataset."),
                                     QStringLiteral("SYSTEM.DATASET"));
    const QCommandLineOption field(QStringLiteral("field"), QStringLiteral("Only conflicts on this field."),
                                   QStringLiteral("FIELD"));
    const QCommandLineOption older(QStringLiteral("older-than"), QStringLiteral("Only conflicts detected at least this "
                                                                                "long ago (30m, 2h, 3d)."),
                                   QStringLiteral("AGE"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Resolved and converged ones too."));
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("Show values as ROLE sees them."),
                                QStringLiteral("ROLE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document (with every field)."));
    p.addOptions({pipeline, dataset, field, older, all, as, json});
    if (const int rc = parseCommand(p, args,
                                    QStringLiteral("Lists the conflicts of two-way pipelines that wait for a steward "
                                                   "(newest first)."),
                                    {});
        rc >= 0)
        return rc;
    ConflictQuery q;
    q.pipeline = p.value(pipeline);
    q.dataset = p.value(dataset);
    q.field = p.value(field);
    q.includeClosed = p.isSet(all);
    if (p.isSet(older)) {
        const QString t = p.value(older).trimmed();
        bool ok = false;
        const qint64 n = t.left(t.size() - 1).toLongLong(&ok);
        const QChar unit = t.isEmpty() ? QChar() : t.back();
        const qint64 factor = unit == QLatin1Char('m') ? 60 : unit == QLatin1Char('h') ? 3600 : unit == QLatin1Char('d') ? 86400 : 0;
        if (!ok || factor == 0 || n < 0) {
            err() << QStringLiteral("concordctl conflicts list: --older-than takes N m|h|d, not '%1'\n").arg(t);
            return BadInput;
        }
        q.olderThanSecs = n * factor;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("conflicts"), o); rc >= 0)
        return rc;
    if (!q.pipeline.isEmpty() && !o.workspace->pipelines.contains(q.pipeline)) {
        err() << QStringLiteral("concordctl conflicts list: no pipeline named '%1'\n").arg(q.pipeline);
        return BadInput;
    }
    const auto viewer = viewingHolder(*o.workspace, p.value(as));
    if (!viewer.ok()) {
        err() << QStringLiteral("concordctl conflicts: %1\n").arg(viewer.error().message);
        return BadInput;
    }
    const auto rows = viewConflicts(*o.workspace, *o.store, q, *viewer);
    if (!rows.ok()) {
        err() << QStringLiteral("concordctl conflicts list: %1\n").arg(rows.error().toString());
        return exitFor(rows.error());
    }
    if (p.isSet(json)) {
        QJsonArray items;
        for (const ConflictView &c : *rows)
            items.append(conflictJson(c, true));
        printJson(QJsonObject{{QStringLiteral("viewer"), viewer->label()}, {QStringLiteral("conflicts"), items}});
        return Success;
    }
    if (rows->isEmpty()) {
        out() << (q.includeClosed ? QStringLiteral("No conflicts.\n") : QStringLiteral("No open conflicts.\n"));
        return Success;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("ID"), -6)
                 .arg(QStringLiteral("PIPELINE"), -28)
                 .arg(QStringLiteral("KEY"), -18)
                 .arg(QStringLiteral("KIND"), -14)
                 .arg(QStringLiteral("AGE"), -5)
                 .arg(QStringLiteral("FIELDS"));
    for (const ConflictView &c : *rows)
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6%7\n")
                     .arg(c.id, -6)
                     .arg(c.pipeline, -28)
                     .arg(c.key.left(18), -18)
                     .arg(c.kind, -14)
                     .arg(age(c.detectedAt), -5)
                     .arg(c.conflicting.join(QStringLiteral(", ")))
                     .arg(c.status == QLatin1String("open") ? QString() : QStringLiteral("  [%1]").arg(c.status));
    return Success;
}

int show(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("Show values as ROLE sees them."),
                                QStringLiteral("ROLE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({as, json});
    if (const int rc = parseCommand(p, args,
                                    QStringLiteral("Shows one conflict in three columns — base (what both sides last "
                                                   "agreed on), source and target — field by field, masked for your role."),
                                    QStringLiteral("ID The conflict's id (from 'conflicts list')."));
        rc >= 0)
        return rc;
    bool ok = false;
    const QList<qint64> ids = parseIds(p.positionalArguments().value(0), &ok);
    if (!ok || ids.size() != 1 || p.positionalArguments().size() != 1) {
        err() << QStringLiteral("concordctl conflicts show: name one conflict id\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("conflicts"), o); rc >= 0)
        return rc;
    const auto viewer = viewingHolder(*o.workspace, p.value(as));
    if (!viewer.ok()) {
        err() << QStringLiteral("concordctl conflicts: %1\n").arg(viewer.error().message);
        return BadInput;
    }
    ConflictQuery q;
    q.ids = ids;
    q.includeClosed = true;
    const auto rows = viewConflicts(*o.workspace, *o.store, q, *viewer);
    if (!rows.ok() || rows->isEmpty()) {
        err() << QStringLiteral("concordctl conflicts show: %1\n")
                     .arg(rows.ok() ? QStringLiteral("no conflict %1").arg(ids.front()) : rows.error().toString());
        return BadInput;
    }
    const ConflictView &c = rows->front();
    if (p.isSet(json)) {
        printJson(conflictJson(c, true));
        return Success;
    }
    out() << QStringLiteral("Conflict %1 — %2, key %3 (%4, %5)\n").arg(c.id).arg(c.pipeline, c.key, c.kind, c.status);
    out() << QStringLiteral("  %1 changed %2; %3 changed %4\n")
                 .arg(c.sourceSystem, timeText(c.sourceTime), c.targetSystem, timeText(c.targetTime));
    out() << QStringLiteral("  detected %1; %2\n").arg(timeText(c.detectedAt), c.reason);
    out() << QStringLiteral("  values as %1 sees them\n\n").arg(viewer->label());
    out() << QStringLiteral("  %1 %2 %3 %4\n")
                 .arg(QStringLiteral("FIELD"), -18)
                 .arg(QStringLiteral("BASE"), -24)
                 .arg(c.sourceSystem.toUpper(), -24)
                 .arg(c.targetSystem.toUpper());
    for (int i = 0; i < c.fields.size(); ++i) {
        const bool conflicting = c.conflicting.contains(c.fields[i]);
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(conflicting ? QStringLiteral("!") : QStringLiteral(" "))
                     .arg(c.fields[i], -18)
                     .arg(cellText(c.base.value(i), true), -24)
                     .arg(cellText(c.source.value(i)) + (c.changedSource.contains(c.fields[i]) ? QStringLiteral(" *") : QString()), -24)
                     .arg(cellText(c.target.value(i)) + (c.changedTarget.contains(c.fields[i]) ? QStringLiteral(" *") : QString()));
    }
    out() << QStringLiteral("\n  ! in conflict   * changed since the base\n");
    if (c.status == QLatin1String("resolved")) {
        QStringList choices;
        for (auto it = c.choices.cbegin(); it != c.choices.cend(); ++it)
            choices.append(it.key() + QLatin1Char('=') + it.value());
        out() << QStringLiteral("  resolved by %1 at %2: %3%4\n")
                     .arg(c.resolvedBy, timeText(c.resolvedAt), choices.join(QStringLiteral(", ")),
                          c.comment.isEmpty() ? QString() : QStringLiteral(" — ") + c.comment);
    }
    return Success;
}

int resolve(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption take(
        QStringLiteral("take"),
        QStringLiteral("source or target for every conflicting field, or per field: FIELD=source,FIELD=target,"
                       "FIELD=base,FIELD=value:TEXT,FIELD=null (fields not named take the side given alone, e.g. "
                       "'target,email=source')."),
        QStringLiteral("CHOICES"));
    const QCommandLineOption strategy(QStringLiteral("strategy"),
                                      QStringLiteral("Decide each conflict by last_write_wins (the later modification "
                                                     "time) instead of --take."),
                                      QStringLiteral("last_write_wins"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Delete conflicts: keep the record (default)."));
    const QCommandLineOption drop(QStringLiteral("delete"), QStringLiteral("Delete conflicts: delete the record on both sides."));
    const QCommandLineOption comment(QStringLiteral("comment"), QStringLiteral("Why; kept with the resolution and audited."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({take, strategy, keep, drop, comment, json});
    if (const int rc = parseCommand(
            p, args,
            QStringLiteral("Resolves conflicts: writes the chosen values to both systems, moves the base, and audits "
                           "the decision (conflict.resolve). A conflict whose records changed since it was listed is "
                           "refused (CONFLICT_STALE) and shown again. Exit 0 all resolved, 1 some refused, 2 bad input."),
            QStringLiteral("ID[,ID...] The conflicts (from 'conflicts list')."));
        rc >= 0)
        return rc;
    bool ok = false;
    const QList<qint64> ids = parseIds(p.positionalArguments().value(0), &ok);
    if (!ok || p.positionalArguments().size() != 1) {
        err() << QStringLiteral("concordctl conflicts resolve: name the conflict ids (comma-separated)\n");
        return BadInput;
    }
    if (p.isSet(take) == p.isSet(strategy)) {
        err() << QStringLiteral("concordctl conflicts resolve: give --take or --strategy\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("conflicts"), o); rc >= 0)
        return rc;
    ConflictResolution r;
    r.actor = actorName();
    r.comment = p.value(comment);
    r.keepRecord = !p.isSet(drop);
    QString bulk;
    if (p.isSet(strategy)) {
        bulk = p.value(strategy);
        if (bulk != QLatin1String("last_write_wins")) {
            err() << QStringLiteral("concordctl conflicts resolve: --strategy takes last_write_wins\n");
            return BadInput;
        }
    } else {
        QString side;
        for (const QString &part : p.value(take).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            const int eq = int(t.indexOf(QLatin1Char('=')));
            if (eq < 0) {
                if (t != QLatin1String("source") && t != QLatin1String("target")) {
                    err() << QStringLiteral("concordctl conflicts resolve: '%1' is neither source, target nor "
                                            "FIELD=CHOICE\n").arg(t);
                    return BadInput;
                }
                side = t;
                continue;
            }
            const QString field = t.left(eq).trimmed();
            const QString what = t.mid(eq + 1);
            FieldChoice c;
            if (what.startsWith(QLatin1String("value:"))) {
                c.take = FieldChoice::Take::Custom;
                c.custom = what.mid(6);
            } else if (what == QLatin1String("null")) {
                c.take = FieldChoice::Take::Custom;
                c.customNull = true;
            } else if (!FieldChoice::takeFromName(what, &c.take) || c.take == FieldChoice::Take::Custom) {
                err() << QStringLiteral("concordctl conflicts resolve: %1: take source, target, base, value:TEXT or "
                                        "null, not '%2'\n").arg(field, what);
                return BadInput;
            }
            r.fields.insert(field, c);
        }
        if (!side.isEmpty() && r.fields.isEmpty() && !p.isSet(keep) && !p.isSet(drop)) {
            bulk = side; // every conflicting field from one side, and that side's record or deletion
        } else if (!side.isEmpty()) {
            // The side given alone covers the fields not named.
            const auto stored = o.store->conflicts(QString(), false, ids);
            if (stored.ok())
                for (const StoredConflict &c : *stored)
                    for (const QString &f : c.fields)
                        if (!r.fields.contains(f))
                            r.fields.insert(f, FieldChoice{side == QLatin1String("source") ? FieldChoice::Take::Source
                                                                                          : FieldChoice::Take::Target,
                                                           QString(), false});
        }
    }
    TwoWayRunner runner(o.workspace, o.store.get());
    const ConflictResolveResult result = runner.resolve(ids, r, bulk);
    if (p.isSet(json)) {
        QJsonArray resolved, failed;
        for (qint64 id : result.resolved)
            resolved.append(id);
        for (const auto &f : result.failed)
            failed.append(QJsonObject{{QStringLiteral("id"), f.first}, {QStringLiteral("error"), f.second}});
        printJson(QJsonObject{{QStringLiteral("resolved"), resolved},
                              {QStringLiteral("failed"), failed},
                              {QStringLiteral("source_writes"), result.sourceWrites},
                              {QStringLiteral("target_writes"), result.targetWrites}});
    } else {
        for (qint64 id : result.resolved)
            out() << QStringLiteral("conflict %1 resolved\n").arg(id);
        for (const auto &f : result.failed)
            out() << QStringLiteral("conflict %1 not resolved: %2\n").arg(f.first).arg(f.second);
        out() << QStringLiteral("%1 resolved, %2 refused; %3 write(s) to the source, %4 to the target\n")
                     .arg(result.resolved.size())
                     .arg(result.failed.size())
                     .arg(result.sourceWrites)
                     .arg(result.targetWrites);
    }
    return result.failed.isEmpty() ? Success : Found;
}

} // namespace

int conflicts(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + sub} + args.mid(2);
    if (sub == QLatin1String("list"))
        return list(g, rest);
    if (sub == QLatin1String("show"))
        return show(g, rest);
    if (sub == QLatin1String("resolve"))
        return resolve(g, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        (sub.isEmpty() ? err() : out()) << QStringLiteral("Usage: concordctl conflicts list|show ID|resolve ID[,ID...] [options]\n"
                                "  list     conflicts waiting for a steward (--pipeline, --dataset, --field, "
                                "--older-than, --all, --as ROLE, --json)\n"
                                "  show     one conflict: base, source and target per field\n"
                                "  resolve  --take source|target|FIELD=source,FIELD=target,... or --strategy "
                                "last_write_wins; --keep/--delete, --comment\n"
                                "Run 'concordctl conflicts SUBCOMMAND --help' for its options.\n");
        return sub.isEmpty() ? BadInput : Success;
    }
    err() << QStringLiteral("concordctl conflicts: unknown subcommand '%1' (list, show, resolve)\n").arg(sub);
    return BadInput;
}

} // namespace concord::ctl
