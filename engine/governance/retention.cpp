#include "governance/retention.h"

#include "governance/lineage.h"
#include "log/log.h"
#include "log/logfiles.h"
#include "policy/secrets.h"
#include "store/statestore.h"
#include "policy/crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace concord {

namespace {

constexpr auto kFormat = "concord-archive/1";

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return makeError(ErrorCode::StateStoreError, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray signingKey(const QByteArray &secret)
{
    return crypto::deriveKey(secret, "archive");
}

QJsonObject auditJson(const AuditRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},           {QStringLiteral("ts"), r.ts},
                       {QStringLiteral("actor"), r.actor},     {QStringLiteral("role"), r.role},
                       {QStringLiteral("action"), r.action},   {QStringLiteral("object"), r.object},
                       {QStringLiteral("detail"), r.detail},   {QStringLiteral("trace_id"), r.traceId},
                       {QStringLiteral("host"), r.host},       {QStringLiteral("prev_hash"), r.prevHash},
                       {QStringLiteral("hash"), r.hash}};
}

AuditRecord auditFrom(const QJsonObject &o)
{
    AuditRecord r;
    r.id = qint64(o.value(QStringLiteral("id")).toDouble());
    r.ts = o.value(QStringLiteral("ts")).toString();
    r.actor = o.value(QStringLiteral("actor")).toString();
    r.role = o.value(QStringLiteral("role")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.object = o.value(QStringLiteral("object")).toString();
    r.detail = o.value(QStringLiteral("detail")).toString();
    r.traceId = o.value(QStringLiteral("trace_id")).toString();
    r.host = o.value(QStringLiteral("host")).toString();
    r.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    r.hash = o.value(QStringLiteral("hash")).toString();
    return r;
}

QString archiveDir(const Workspace &ws)
{
    return QDir::isAbsolutePath(ws.retention.archive) ? ws.retention.archive
                                                       : QDir(ws.dir).absoluteFilePath(ws.retention.archive);
}

// The first break in a run of entries that should follow `previous`, or an empty string.
QString chainBreak(const QList<AuditRecord> &entries, QString previous)
{
    for (const AuditRecord &r : entries) {
        if (r.prevHash != previous)
            return QStringLiteral("entry %1 does not follow the entry before it").arg(r.id);
        if (auditEntryHash(r) != r.hash)
            return QStringLiteral("entry %1 does not match its hash").arg(r.id);
        previous = r.hash;
    }
    return {};
}

} // namespace

Result<ArchiveOutcome> archiveHistory(const Workspace &ws, QSqlDatabase &db, const QDateTime &before,
                                      const QByteArray &secret)
{
    if (secret.isEmpty())
        return makeError(ErrorCode::PolicyDenied, QStringLiteral("archives are signed with the workspace secret, and "
                                                                 "there is none"));
    ArchiveOutcome outcome;
    // One writer at a time from the first read to the last delete: two processes archiving at once
    // (serve and the console) would otherwise both archive the same prefix.
    QSqlQuery lock(db);
    if (!lock.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(lock, QStringLiteral("cannot lock the state store to archive"));
    bool committed = false;
    const auto rollback = qScopeGuard([&] {
        if (!committed)
            lock.exec(QStringLiteral("ROLLBACK"));
    });
    const auto start = auditChainStart(db);
    if (!start.ok())
        return start.error();
    // The entries to archive are a prefix of the chain: up to the newest one older than `before`
    // (a clock set back cannot leave a hole in the middle).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit WHERE id <= (SELECT MAX(id) FROM audit WHERE ts < ?) ORDER BY id")
                  .arg(QLatin1String(auditColumns())));
    q.addBindValue(iso(before));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the audit trail"));
    QList<AuditRecord> entries;
    while (q.next())
        entries.append(readAuditRecord(q));
    q.finish();
    if (const QString why = chainBreak(entries, start->prevHash); !why.isEmpty())
        return makeError(ErrorCode::StateStoreError, QStringLiteral("the audit trail is broken (%1); it is not archived "
                                                                    "until `concordctl audit verify` passes")
                                                         .arg(why));
    QList<QJsonObject> runs;
    q.prepare(QStringLiteral("SELECT * FROM runs WHERE status <> 'running' AND COALESCE(finished_at, started_at) < ? "
                             "ORDER BY id"));
    q.addBindValue(iso(before));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the run history"));
    QList<qint64> runIds;
    while (q.next()) {
        QJsonObject o;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            o.insert(rec.fieldName(i), QJsonValue::fromVariant(q.value(i)));
        runs.append(o);
        runIds.append(q.value(QStringLiteral("id")).toLongLong());
    }
    q.finish();

    if (!entries.isEmpty() || !runs.isEmpty()) {
        QByteArray body;
        for (const AuditRecord &r : std::as_const(entries))
            body += QJsonDocument(QJsonObject{{QStringLiteral("audit"), auditJson(r)}}).toJson(QJsonDocument::Compact) + '\n';
        for (const QJsonObject &r : std::as_const(runs))
            body += QJsonDocument(QJsonObject{{QStringLiteral("run"), r}}).toJson(QJsonDocument::Compact) + '\n';
        const QByteArray compressed = qCompress(body, 9);
        outcome.auditEntries = entries.size();
        outcome.firstId = entries.isEmpty() ? 0 : entries.front().id;
        outcome.lastId = entries.isEmpty() ? start->afterId : entries.back().id;
        outcome.head = entries.isEmpty() ? start->prevHash : entries.back().hash;
        outcome.runs = runs.size();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonObject header{{QStringLiteral("format"), QLatin1String(kFormat)},
                                 {QStringLiteral("workspace"), ws.name},
                                 {QStringLiteral("created_at"), iso(now)},
                                 {QStringLiteral("before"), iso(before)},
                                 {QStringLiteral("first_id"), outcome.firstId},
                                 {QStringLiteral("last_id"), outcome.lastId},
                                 {QStringLiteral("entries"), outcome.auditEntries},
                                 {QStringLiteral("first_prev_hash"), start->prevHash},
                                 {QStringLiteral("head"), outcome.head},
                                 {QStringLiteral("runs"), outcome.runs},
                                 {QStringLiteral("body_sha256"), crypto::sha256Hex(compressed)},
                                 {QStringLiteral("body_bytes"), compressed.size()}};
        const QByteArray headerLine = QJsonDocument(header).toJson(QJsonDocument::Compact);
        const QString signature = QString::fromLatin1(crypto::hmacSha256(signingKey(secret), headerLine).toHex());
        const QString dir = archiveDir(ws);
        if (!QDir().mkpath(dir))
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot create the archive folder %1").arg(dir));
        outcome.file = QDir(dir).absoluteFilePath(QStringLiteral("audit-%1-%2-%3.cca")
                                                      .arg(now.toString(QStringLiteral("yyyyMMddTHHmmsszzz")))
                                                      .arg(outcome.firstId)
                                                      .arg(outcome.lastId));
        QSaveFile file(outcome.file);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot write %1: %2").arg(outcome.file, file.errorString()));
        file.write(headerLine + '\n');
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("signature"), signature}}).toJson(QJsonDocument::Compact) + '\n');
        file.write(compressed);
        if (!file.commit())
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot write %1: %2").arg(outcome.file, file.errorString()));

        const auto fail = [&](const Error &e) {
            QFile::remove(outcome.file); // the rows stay (rolled back): nothing is lost, the file is not needed
            return e;
        };
        QSqlQuery w(db);
        w.prepare(QStringLiteral("INSERT INTO audit_archives (archived_at, file, before, first_id, last_id, entries, "
                                 "first_prev_hash, head_hash, runs, lineage_batches, signature) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"));
        for (const QVariant &v : QVariantList{iso(now), QFileInfo(outcome.file).fileName(), iso(before), outcome.firstId,
                                              outcome.lastId, outcome.auditEntries, start->prevHash, outcome.head,
                                              outcome.runs, signature})
            w.addBindValue(v);
        if (!w.exec())
            return fail(sqlError(w, QStringLiteral("cannot record the archive")));
        if (!entries.isEmpty()) {
            w.prepare(QStringLiteral("DELETE FROM audit WHERE id <= ?"));
            w.addBindValue(outcome.lastId);
            if (!w.exec())
                return fail(sqlError(w, QStringLiteral("cannot remove archived audit entries")));
        }
        for (const qint64 id : std::as_const(runIds)) {
            w.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
            w.addBindValue(id);
            if (!w.exec())
                return fail(sqlError(w, QStringLiteral("cannot remove archived runs")));
        }
        const auto pruned = pruneLineage(db, before);
        if (!pruned.ok())
            return fail(pruned.error());
        outcome.lineageBatches = *pruned;
        w.prepare(QStringLiteral("UPDATE audit_archives SET lineage_batches = ? WHERE id = last_insert_rowid()"));
        w.addBindValue(outcome.lineageBatches);
        w.exec();
        if (!lock.exec(QStringLiteral("COMMIT")))
            return fail(sqlError(lock, QStringLiteral("cannot commit the archive")));
        committed = true;
        return outcome;
    }
    // Nothing to archive: lineage may still be older than the period.
    const auto pruned = pruneLineage(db, before);
    if (!pruned.ok())
        return pruned.error();
    outcome.lineageBatches = *pruned;
    if (!lock.exec(QStringLiteral("COMMIT")))
        return sqlError(lock, QStringLiteral("cannot commit the lineage pruning"));
    committed = true;
    return outcome;
}

Result<ArchiveContents> readArchive(const QString &path, const QByteArray &secret)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray all = f.readAll();
    const qsizetype nl1 = all.indexOf('\n');
    const qsizetype nl2 = nl1 < 0 ? -1 : all.indexOf('\n', nl1 + 1);
    if (nl2 < 0)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("%1 is not a Concord archive").arg(path));
    const QByteArray headerLine = all.left(nl1);
    ArchiveContents out;
    out.header = QJsonDocument::fromJson(headerLine).object();
    if (out.header.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("%1 is not a Concord archive").arg(path));
    const QString signature = QJsonDocument::fromJson(all.mid(nl1 + 1, nl2 - nl1 - 1)).object().value(QStringLiteral("signature")).toString();
    if (secret.isEmpty()
        || signature != QString::fromLatin1(crypto::hmacSha256(signingKey(secret), headerLine).toHex()))
        return makeError(ErrorCode::PolicyDenied, QStringLiteral("%1: the signature does not match (the header was "
                                                                 "changed, or another workspace secret signed it)")
                                                      .arg(path));
    const QByteArray compressed = all.mid(nl2 + 1);
    if (crypto::sha256Hex(compressed) != out.header.value(QStringLiteral("body_sha256")).toString())
        return makeError(ErrorCode::PolicyDenied, QStringLiteral("%1: the body does not match its signed digest").arg(path));
    const QByteArray body = qUncompress(compressed);
    for (const QByteArray &line : body.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("audit")))
            out.audit.append(auditFrom(o.value(QStringLiteral("audit")).toObject()));
        else if (o.contains(QStringLiteral("run")))
            out.runs.append(o.value(QStringLiteral("run")).toObject());
    }
    return out;
}

Result<QList<ArchiveCheck>> verifyArchives(const Workspace &ws, QSqlDatabase &db, const QByteArray &secret)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT file, first_id, last_id, entries, first_prev_hash, head_hash FROM audit_archives ORDER BY id")))
        return sqlError(q, QStringLiteral("cannot read the audit archives"));
    QList<ArchiveCheck> checks;
    QString previousHead = auditGenesisHash();
    while (q.next()) {
        ArchiveCheck c;
        c.file = QDir(archiveDir(ws)).absoluteFilePath(q.value(0).toString());
        c.firstId = q.value(1).toLongLong();
        c.lastId = q.value(2).toLongLong();
        c.entries = q.value(3).toLongLong();
        const QString firstPrev = q.value(4).toString();
        const QString head = q.value(5).toString();
        const auto broken = [&](const char *problem, const QString &message) {
            c.intact = false;
            c.problem = QLatin1String(problem);
            c.message = message;
        };
        if (firstPrev != previousHead) {
            broken("sequence", QStringLiteral("it does not continue the archive before it"));
        } else if (!QFileInfo::exists(c.file)) {
            broken("missing", QStringLiteral("the file is missing"));
        } else {
            const auto contents = readArchive(c.file, secret);
            if (!contents.ok()) {
                broken(contents.error().code == ErrorCode::PolicyDenied ? "signature" : "unreadable", contents.error().message);
            } else if (contents->header.value(QStringLiteral("head")).toString() != head
                       || contents->header.value(QStringLiteral("first_prev_hash")).toString() != firstPrev
                       || contents->audit.size() != c.entries) {
                broken("chain", QStringLiteral("the file is not the archive the store recorded"));
            } else if (const QString why = chainBreak(contents->audit, firstPrev); !why.isEmpty()) {
                broken("chain", why);
            } else if (!contents->audit.isEmpty() && contents->audit.back().hash != head) {
                broken("chain", QStringLiteral("its last entry is not the recorded head"));
            }
        }
        previousHead = head;
        checks.append(c);
    }
    return checks;
}

void applyRetention(const Workspace &ws, StateStore &store, qint64 &lastRun, qint64 everyMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (lastRun > 0 && now - lastRun < everyMs)
        return;
    lastRun = now;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-ws.retention.periodMs);
    // The log files' days wholly before the cut-off go (they are operational, not evidence).
    if (const int removed = log::removeLogsBefore(ws.logDir(), before.date()); removed > 0)
        log::info(lcStore(), QStringLiteral("retention: removed %1 log file(s) of days before %2")
                                 .arg(removed)
                                 .arg(before.date().toString(Qt::ISODate)));
    const auto secret = cachedWorkspaceSecret(ws);
    if (!secret.ok()) {
        log::warning(lcStore(), QStringLiteral("retention: nothing archived, archives are signed with the workspace "
                                               "secret: %1")
                                    .arg(secret.error().message),
                     log::Fields{{}, secret.error().code});
        return;
    }
    const auto done = store.archiveHistory(ws, before, *secret);
    if (!done.ok()) {
        log::error(lcStore(), QStringLiteral("retention: %1").arg(done.error().message),
                   log::Fields{{}, done.error().code});
        return;
    }
    if (done->file.isEmpty())
        return;
    store.appendAudit(AuditInput{QStringLiteral("concord (retention)"), QString(), QStringLiteral("audit.archive"),
                                 QStringLiteral("archive:") + QFileInfo(done->file).fileName(),
                                 QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("before"), iso(before)},
                                                                             {QStringLiteral("first_id"), done->firstId},
                                                                             {QStringLiteral("last_id"), done->lastId},
                                                                             {QStringLiteral("entries"), done->auditEntries},
                                                                             {QStringLiteral("head"), done->head},
                                                                             {QStringLiteral("runs"), done->runs}})
                                                       .toJson(QJsonDocument::Compact)),
                                 QString()});
    log::info(lcStore(), QStringLiteral("retention: archived %1 audit entries and %2 runs older than %3 to %4")
                             .arg(done->auditEntries)
                             .arg(done->runs)
                             .arg(iso(before), done->file));
}

} // namespace concord
