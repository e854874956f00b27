// concordctl drift: schema drift items — columns added, removed or retyped under a pipeline's
// datasets — listed, checked now, and acknowledged (docs/lineage.md §6, governance/schemadrift.h).

#include "ctlcommands.h"
#include "ctlsupport.h"

#include "store/statestore.h"

#include <QJsonDocument>

namespace concord::ctl {

namespace {

QJsonObject itemJson(const DriftItem &d)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("dataset"), d.dataset},
                       {QStringLiteral("column"), d.column},
                       {QStringLiteral("kind"), d.kind},
                       {QStringLiteral("before"), d.before},
                       {QStringLiteral("after"), d.after},
                       {QStringLiteral("touches"), QJsonArray::fromStringList(d.touches)},
                       {QStringLiteral("status"), d.status},
                       {QStringLiteral("first_seen"), jsonTime(d.firstSeen)},
                       {QStringLiteral("last_seen"), jsonTime(d.lastSeen)},
                       {QStringLiteral("acknowledged_by"), d.acknowledgedBy},
                       {QStringLiteral("acknowledged_at"), jsonTime(d.acknowledgedAt)}};
}

void printItems(const QList<DriftItem> &items)
{
    if (items.isEmpty()) {
        out() << QStringLiteral("No schema drift.\n");
        return;
    }
    for (const DriftItem &d : items) {
        const QString change = d.kind == QLatin1String("added")     ? QStringLiteral("added (%1)").arg(d.after)
                             : d.kind == QLatin1String("removed") ? QStringLiteral("removed (was %1)").arg(d.before)
                                                                  : QStringLiteral("retyped %1 -> %2").arg(d.before, d.after);
        out() << QStringLiteral("%1  %2.%3 %4  %5  since %6\n")
                     .arg(d.id, 5)
                     .arg(d.dataset, d.column, change, d.status, timeText(d.firstSeen));
        for (const QString &t : d.touches)
            out() << QStringLiteral("         %1\n").arg(t);
    }
}

} // namespace

int drift(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(1, QStringLiteral("list"));
    QCommandLineParser p;
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("list: acknowledged items too."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({all, json});
    p.addPositionalArgument(QStringLiteral("what"), QStringLiteral("list: nothing; check: pipelines (default: all); ack: item ids."));
    if (const int rc = parseCommand(p, QStringList{args.value(0) + QLatin1Char(' ') + sub} + args.mid(2),
                                    QStringLiteral("Schema drift: columns added, removed or retyped under the pipelines' "
                                                   "datasets. list: open items (exit 1 when there are any). check: "
                                                   "look at the tables now. ack: acknowledge items by id."),
                                    QStringLiteral("list|check [PIPELINE...]|ack ID..."));
        rc >= 0)
        return rc;
    if (sub != QLatin1String("list") && sub != QLatin1String("check") && sub != QLatin1String("ack")) {
        err() << QStringLiteral("concordctl drift: list, check or ack\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("drift"), o); rc >= 0)
        return rc;
    const QStringList rest = p.positionalArguments();
    if (sub == QLatin1String("ack")) {
        QList<qint64> ids;
        for (const QString &a : rest)
            for (const QString &part : a.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = part.toLongLong(&ok);
                if (!ok) {
                    err() << QStringLiteral("concordctl drift ack: '%1' is not an item id\n").arg(part);
                    return BadInput;
                }
                ids.append(id);
            }
        if (ids.isEmpty()) {
            err() << QStringLiteral("concordctl drift ack: which items? (ids from drift list)\n");
            return BadInput;
        }
        const auto done = o.store->acknowledgeDrift(ids, actorName());
        if (!done.ok()) {
            err() << QStringLiteral("concordctl drift ack: %1\n").arg(done.error().message);
            return exitFor(done.error());
        }
        QJsonArray idJson;
        for (const qint64 id : ids)
            idJson.append(id);
        o.store->appendAudit(AuditInput{actorName(), QString(), QStringLiteral("schema.acknowledge"), QStringLiteral("schema_drift"),
                                        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ids"), idJson}})
                                                              .toJson(QJsonDocument::Compact)),
                                        QString()});
        out() << QStringLiteral("%1 of %2 item(s) acknowledged. A pipeline paused for drift stays paused: resume it "
                                "when its mapping fits the tables again.\n")
                     .arg(*done)
                     .arg(ids.size());
        return Success;
    }
    if (sub == QLatin1String("check")) {
        const QStringList pipelines = rest.isEmpty() ? o.workspace->pipelines.keys() : rest;
        for (const QString &name : pipelines) {
            const auto it = o.workspace->pipelines.constFind(name);
            if (it == o.workspace->pipelines.cend()) {
                err() << QStringLiteral("concordctl drift check: no pipeline named '%1'\n").arg(name);
                return BadInput;
            }
            const auto check = o.store->checkSchemaDrift(*o.workspace, *it, 0);
            if (!check.ok()) {
                err() << QStringLiteral("concordctl drift check: %1: %2\n").arg(name, check.error().message);
                return exitFor(check.error());
            }
            for (const QString &problem : check->problems)
                err() << QStringLiteral("concordctl drift check: %1: not looked at: %2\n").arg(name, problem);
        }
    }
    const auto items = o.store->driftItems(p.isSet(all));
    if (!items.ok()) {
        err() << QStringLiteral("concordctl drift: %1\n").arg(items.error().message);
        return exitFor(items.error());
    }
    if (p.isSet(json)) {
        QJsonArray a;
        for (const DriftItem &d : *items)
            a.append(itemJson(d));
        printJson(QJsonObject{{QStringLiteral("items"), a}});
    } else {
        printItems(*items);
    }
    const bool open = std::any_of(items->cbegin(), items->cend(), [](const DriftItem &d) { return d.status == QLatin1String("open"); });
    return open ? Found : Success;
}

} // namespace concord::ctl
