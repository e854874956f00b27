// concordctl audit: the audit trail's entries and the check of its hash chain
// (docs/cli.md, store/auditchain.h).

#include "ctlcommands.h"
#include "ctlsupport.h"

#include "governance/auditexport.h"
#include "policy/secrets.h"
#include "store/statestore.h"

#include <QFileInfo>

#include <QJsonDocument>

namespace concord::ctl {

namespace {

// Each archive file: signature, digest, its own chain and that it follows the one before.
int verifyArchiveFiles(const Opened &o, QJsonArray &json, bool quiet)
{
    const auto secret = cachedWorkspaceSecret(*o.workspace);
    if (!secret.ok()) {
        err() << QStringLiteral("concordctl audit verify: the archive files cannot be checked without the workspace "
                                "secret that signed them: %1\n")
                     .arg(secret.error().message);
        return Environment;
    }
    const auto checks = o.store->verifyArchives(*o.workspace, *secret);
    if (!checks.ok()) {
        err() << QStringLiteral("concordctl audit verify: %1\n").arg(checks.error().message);
        return exitFor(checks.error());
    }
    bool intact = true;
    for (const ArchiveCheck &c : *checks) {
        intact = intact && c.intact;
        json.append(QJsonObject{{QStringLiteral("file"), c.file},
                                {QStringLiteral("first_id"), c.firstId},
                                {QStringLiteral("last_id"), c.lastId},
                                {QStringLiteral("entries"), c.entries},
                                {QStringLiteral("intact"), c.intact},
                                {QStringLiteral("problem"), c.intact ? QJsonValue() : QJsonValue(c.problem)},
                                {QStringLiteral("message"), c.intact ? QJsonValue() : QJsonValue(c.message)}});
        if (!quiet)
            out() << (c.intact ? QStringLiteral("Archive %1: entries %2-%3 intact.\n").arg(c.file).arg(c.firstId).arg(c.lastId)
                               : QStringLiteral("Archive %1: BROKEN (%2): %3.\n").arg(c.file, c.problem, c.message));
    }
    return intact ? Success : Found;
}

int verify(const Opened &o, bool json)
{
    const auto report = o.store->verifyAudit();
    if (!report.ok()) {
        err() << QStringLiteral("concordctl audit verify: %1\n").arg(report.error().message);
        return exitFor(report.error());
    }
    // After retention the chain starts from the newest archive's head: the files are checked too,
    // so that a forged archive row cannot stand in for removed entries.
    const bool archives = report->archives > 0;
    QJsonArray archiveJson;
    const int archivesRc = archives ? verifyArchiveFiles(o, archiveJson, json) : Success;
    if (archivesRc > Found)
        return archivesRc;
    if (json) {
        printJson(QJsonObject{{QStringLiteral("entries"), report->entries},
                              {QStringLiteral("intact"), report->intact},
                              {QStringLiteral("broken_at"), report->intact ? QJsonValue() : QJsonValue(report->brokenAt)},
                              {QStringLiteral("problem"), report->intact ? QJsonValue() : QJsonValue(report->problem)},
                              {QStringLiteral("message"), report->intact ? QJsonValue() : QJsonValue(report->message)},
                              {QStringLiteral("head"), report->head},
                              {QStringLiteral("head_id"), report->headId},
                              {QStringLiteral("archives"), report->archives},
                              {QStringLiteral("archived_entries"), report->archivedEntries},
                              {QStringLiteral("archive_files"), archives ? QJsonValue(archiveJson) : QJsonValue()}});
    } else if (report->intact) {
        if (report->archives > 0)
            out() << QStringLiteral("%1 older entries are in %2 archive file(s); the chain goes on from the newest.\n")
                         .arg(report->archivedEntries)
                         .arg(report->archives);
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
    return report->intact && archivesRc == Success ? Success : Found;
}

int archive(const Opened &o, const QDateTime &before, bool json)
{
    const auto secret = cachedWorkspaceSecret(*o.workspace);
    if (!secret.ok()) {
        err() << QStringLiteral("concordctl audit archive: archives are signed with the workspace secret: %1\n")
                     .arg(secret.error().message);
        return exitFor(secret.error());
    }
    const auto done = o.store->archiveHistory(*o.workspace, before, *secret);
    if (!done.ok()) {
        err() << QStringLiteral("concordctl audit archive: %1\n").arg(done.error().message);
        return exitFor(done.error());
    }
    if (!done->file.isEmpty())
        o.store->appendAudit(AuditInput{actorName(), QString(), QStringLiteral("audit.archive"),
                                        QStringLiteral("archive:") + QFileInfo(done->file).fileName(),
                                        QString::fromUtf8(QJsonDocument(QJsonObject{
                                            {QStringLiteral("before"), jsonTime(before)},
                                            {QStringLiteral("first_id"), done->firstId},
                                            {QStringLiteral("last_id"), done->lastId},
                                            {QStringLiteral("entries"), done->auditEntries},
                                            {QStringLiteral("head"), done->head},
                                            {QStringLiteral("runs"), done->runs}}).toJson(QJsonDocument::Compact)),
                                        QString()});
    if (json) {
        printJson(QJsonObject{{QStringLiteral("file"), done->file.isEmpty() ? QJsonValue() : QJsonValue(done->file)},
                              {QStringLiteral("before"), jsonTime(before)},
                              {QStringLiteral("entries"), done->auditEntries},
                              {QStringLiteral("first_id"), done->firstId},
                              {QStringLiteral("last_id"), done->lastId},
                              {QStringLiteral("head"), done->head},
                              {QStringLiteral("runs"), done->runs},
                              {QStringLiteral("lineage_batches"), done->lineageBatches}});
    } else if (done->file.isEmpty()) {
        out() << QStringLiteral("Nothing older than %1 to archive (%2 lineage batches removed).\n")
                     .arg(timeText(before))
                     .arg(done->lineageBatches);
    } else {
        out() << QStringLiteral("Archived %1 audit entries (%2-%3) and %4 runs older than %5 to %6; head %7. "
                                "%8 lineage batches removed.\n")
                     .arg(done->auditEntries)
                     .arg(done->firstId)
                     .arg(done->lastId)
                     .arg(done->runs)
                     .arg(timeText(before), done->file, done->head)
                     .arg(done->lineageBatches);
    }
    return Success;
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
    const QCommandLineOption before(QStringLiteral("before"),
                                    QStringLiteral("archive: what is older than this time (ISO 8601; default: the "
                                                   "workspace's retention period ago)."),
                                    QStringLiteral("TIME"));
    const QCommandLineOption exportTo(QStringLiteral("export"),
                                      QStringLiteral("list: write the entries to FILE.xlsx or FILE.csv (audited)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    p.addOptions({actor, action, object, since, until, limit, before, exportTo, json});
    if (const int rc = parseCommand(p, QStringList{args.value(0) + QLatin1Char(' ') + sub} + args.mid(2),
                                    QStringLiteral("The audit trail. verify: walk its hash chain and report the first "
                                                   "entry edited, removed or moved (exit 1 when broken). list: entries, "
                                                   "newest first, filtered. archive: move entries, runs and lineage "
                                                   "older than the retention period to a signed archive file."),
                                    QStringLiteral("verify|list|archive"));
        rc >= 0)
        return rc;
    if (sub != QLatin1String("verify") && sub != QLatin1String("list") && sub != QLatin1String("archive")) {
        err() << QStringLiteral("concordctl audit: verify, list or archive\n");
        return BadInput;
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("audit"), o); rc >= 0)
        return rc;
    if (sub == QLatin1String("verify"))
        return verify(o, p.isSet(json));
    if (sub == QLatin1String("archive")) {
        QDateTime cut = QDateTime::currentDateTimeUtc().addMSecs(-o.workspace->retention.periodMs);
        if (p.isSet(before)) {
            cut = parseTime(p.value(before));
            if (!cut.isValid()) {
                err() << QStringLiteral("concordctl audit archive: --before wants an ISO 8601 time, not '%1'\n")
                             .arg(p.value(before));
                return BadInput;
            }
        }
        return archive(o, cut, p.isSet(json));
    }

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
    if (p.isSet(exportTo)) {
        const auto written = exportAudit(*o.store, p.value(exportTo), q, actorName(), QString());
        if (!written.ok()) {
            err() << QStringLiteral("concordctl audit list: %1\n").arg(written.error().message);
            return exitFor(written.error());
        }
        out() << QStringLiteral("%1 audit entries written to %2\n").arg(*written).arg(p.value(exportTo));
        return Success;
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
