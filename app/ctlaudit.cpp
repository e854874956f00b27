// concordctl audit: the audit trail's entries and the check of its hash chain
// (docs/cli.md, store/auditchain.h).

#include "ctlcommands.h"
#include "ctlsupport.h"

#include "store/statestore.h"

#include <QJsonDocument>

namespace concord::ctl {

namespace {

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    return t;
}

int verify(const Opened &o, bool json)
{
    const auto report = o.store->verifyAudit();
    if (!report.ok()) {
        err() << QStringLiteral("concordctl audit verify: %1\n").arg(report.error().message);
        return exitFor(report.error());
    }
    if (json) {
        printJson(QJsonObject{{QStringLiteral("entries"), report->entries},
                              {QStringLiteral("intact"), report->intact},
                              {QStringLiteral("broken_at"), report->intact ? QJsonValue() : QJsonValue(report->brokenAt)},
                              {QStringLiteral("problem"), report->intact ? QJsonValue() : QJsonValue(report->problem)},
                              {QStringLiteral("message"), report->intact ? QJsonValue() : QJsonValue(report->message)},
                              {QStringLiteral("head"), report->head},
                              {QStringLiteral("head_id"), report->headId}});
    } else if (report->intact) {
        out() << QStringLiteral("Audit trail intact: %1 entries; head %2 (entry %3).\n"
                                "Record the head elsewhere: only deleting the newest entries leaves a chain that "
                                "still verifies.\n")
                     .arg(report->entries)
                     .arg(report->head.isEmpty() ? QStringLiteral("-") : report->head)
                     .arg(report->headId);
    } else {
        out() << QStringLiteral("Audit trail BROKEN at entry %1 (%2): %3.\n%4 entries; head %5.\n")
                     .arg(report->brokenAt)
                     .arg(report->problem, report->message)
                     .arg(report->entries)
                     .arg(report->head);
    }
    return report->intact ? Success : Found;
}

} // namespace

int audit(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(1);
    QCommandLineParser p;
    const QCommandLineOption actor(QStringLiteral("actor"), QStringLiteral("list: entries by this actor."), QStringLiteral("NAME"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    QStringLiteral("list: this action, or a family ending in '.' (run.)."), QStringLiteral("ACTION"));
    const QCommandLineOption object(QStringLiteral("object"), QStringLiteral("list: objects containing this text."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("list: from this time (ISO 8601)."), QStringLiteral("TIME"));
    const QCommandLineOption until(QStringLiteral("until"), QStringLiteral("list: before this time (ISO 8601)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("list: at most N entries, newest first (200)."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({actor, action, object, since, until, limit, json});
    if (const int rc = parseCommand(p, QStringList{args.value(0) + QLatin1Char(' ') + sub} + args.mid(2),
                                    QStringLiteral("The audit trail. verify: walk its hash chain and report the first "
                                                   "entry edited, removed or moved (exit 1 when broken). list: entries, "
                                                   "newest first, filtered."),
                                    QStringLiteral("verify|list"));
        rc >= 0)
        return rc;
    if (sub != QLatin1String("verify") && sub != QLatin1String("list")) {
        err() << QStringLiteral("concordctl audit: verify or list\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("audit"), o); rc >= 0)
        return rc;
    if (sub == QLatin1String("verify"))
        return verify(o, p.isSet(json));

    AuditQuery q;
    q.actor = p.value(actor);
    q.action = p.value(action);
    q.object = p.value(object);
    for (const auto &[option, target] : {std::pair<const QCommandLineOption *, QDateTime *>{&since, &q.since}, {&until, &q.until}}) {
        if (!p.isSet(*option))
            continue;
        *target = parseTime(p.value(*option));
        if (!target->isValid()) {
            err() << QStringLiteral("concordctl audit list: --%1 wants an ISO 8601 time, not '%2'\n")
                         .arg(option->names().front(), p.value(*option));
            return BadInput;
        }
    }
    bool ok = false;
    q.limit = p.value(limit).toInt(&ok);
    if (!ok || q.limit < 1) {
        err() << QStringLiteral("concordctl audit list: --limit wants a positive number\n");
        return BadInput;
    }
    const auto entries = o.store->audit(q);
    if (!entries.ok()) {
        err() << QStringLiteral("concordctl audit list: %1\n").arg(entries.error().message);
        return exitFor(entries.error());
    }
    if (p.isSet(json)) {
        QJsonArray a;
        for (const AuditRecord &r : *entries)
            a.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("ts"), r.ts},
                                 {QStringLiteral("actor"), r.actor},
                                 {QStringLiteral("role"), r.role},
                                 {QStringLiteral("action"), r.action},
                                 {QStringLiteral("object"), r.object},
                                 {QStringLiteral("detail"), QJsonDocument::fromJson(r.detail.toUtf8()).object()},
                                 {QStringLiteral("trace_id"), r.traceId},
                                 {QStringLiteral("host"), r.host},
                                 {QStringLiteral("hash"), r.hash}});
        printJson(QJsonObject{{QStringLiteral("entries"), a}});
        return Success;
    }
    if (entries->isEmpty()) {
        out() << QStringLiteral("No audit entries match.\n");
        return Success;
    }
    for (const AuditRecord &r : *entries)
        out() << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                     .arg(r.id, 6)
                     .arg(timeText(QDateTime::fromString(r.ts, Qt::ISODateWithMs)), r.actor, r.action, r.object,
                          r.role.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(r.role));
    return Success;
}

} // namespace concord::ctl
