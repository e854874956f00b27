#include "store/auditchain.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

const char *kColumns = "id, ts, actor, role, action, object, detail, trace_id, host, prev_hash, hash";

Error queryError(const QSqlQuery &q, const QString &what)
{
    return makeError(ErrorCode::StateStoreError, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

} // namespace

const char *auditColumns()
{
    return kColumns;
}

AuditRecord readAuditRecord(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.ts = q.value(1).toString();
    r.actor = q.value(2).toString();
    r.role = q.value(3).toString();
    r.action = q.value(4).toString();
    r.object = q.value(5).toString();
    r.detail = q.value(6).toString();
    r.traceId = q.value(7).toString();
    r.host = q.value(8).toString();
    r.prevHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}

Result<AuditChainStart> auditChainStart(QSqlDatabase &db)
{
    AuditChainStart start;
    start.prevHash = auditGenesisHash();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT head_hash, last_id, (SELECT COUNT(*) FROM audit_archives), "
                               "(SELECT SUM(entries) FROM audit_archives) FROM audit_archives ORDER BY id DESC LIMIT 1")))
        return queryError(q, QStringLiteral("cannot read the audit archives"));
    if (q.next()) {
        start.prevHash = q.value(0).toString();
        start.afterId = q.value(1).toLongLong();
        start.archives = q.value(2).toLongLong();
        start.archivedEntries = q.value(3).toLongLong();
    }
    return start;
}

QString auditGenesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString auditEntryHash(const AuditRecord &e)
{
    // Canonical content: fields joined by a separator that cannot occur in them unescaped.
    QStringList parts = {e.prevHash, e.ts, e.actor, e.role, e.action, e.object, e.detail, e.traceId, e.host};
    for (QString &p : parts)
        p.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\x1f'), QLatin1String("\\x1f"));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('\x1f')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<AuditChainReport> verifyAuditChain(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY id").arg(QLatin1String(kColumns))))
        return queryError(q, QStringLiteral("cannot read the audit trail"));
    AuditChainReport report;
    // After retention, the chain goes on from the newest archive's head.
    const auto start = auditChainStart(db);
    if (!start.ok())
        return start.error();
    report.archives = start->archives;
    report.archivedEntries = start->archivedEntries;
    QString previous = start->prevHash;
    bool first = true;
    while (q.next()) {
        const AuditRecord r = readAuditRecord(q);
        ++report.entries;
        report.head = r.hash;
        report.headId = r.id;
        if (!report.intact)
            continue; // counted to the end; the first break is what is reported
        const auto broken = [&](const char *problem, const QString &message) {
            report.intact = false;
            report.brokenAt = r.id;
            report.problem = QLatin1String(problem);
            report.message = message;
        };
        if (r.prevHash != previous) {
            if (first)
                broken("truncated_start", start->archives > 0
                                              ? QStringLiteral("entry %1 is the first after the archive that ends at "
                                                               "entry %2, but it does not follow that archive's head: "
                                                               "entries between them were removed")
                                                    .arg(r.id)
                                                    .arg(start->afterId)
                                              : QStringLiteral("entry %1 is the first, but it follows an entry that is "
                                                               "not there: entries before it were removed")
                                                    .arg(r.id));
            else
                broken("unlinked", QStringLiteral("entry %1 does not follow the entry before it: an entry between "
                                                  "them was removed, or entries were reordered")
                                       .arg(r.id));
        } else if (auditEntryHash(r) != r.hash) {
            broken("edited", QStringLiteral("entry %1 does not match its hash: it was changed after it was written")
                                 .arg(r.id));
        }
        previous = r.hash;
        first = false;
    }
    return report;
}

Result<QList<AuditRecord>> auditEntries(QSqlDatabase &db, const AuditQuery &query)
{
    QStringList where;
    QVariantList values;
    if (!query.actor.isEmpty()) {
        where.append(QStringLiteral("actor = ?"));
        values.append(query.actor);
    }
    if (query.action.endsWith(QLatin1Char('.'))) {
        where.append(QStringLiteral("substr(action, 1, ?) = ?"));
        values.append(query.action.size());
        values.append(query.action);
    } else if (!query.action.isEmpty()) {
        where.append(QStringLiteral("action = ?"));
        values.append(query.action);
    }
    if (!query.object.isEmpty()) {
        where.append(QStringLiteral("instr(object, ?) > 0"));
        values.append(query.object);
    }
    // Stored as ISO 8601 UTC with milliseconds: text order is time order.
    const auto iso = [](const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); };
    if (query.since.isValid()) {
        where.append(QStringLiteral("ts >= ?"));
        values.append(iso(query.since));
    }
    if (query.until.isValid()) {
        where.append(QStringLiteral("ts < ?"));
        values.append(iso(query.until));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit%2 ORDER BY id DESC LIMIT ?")
                  .arg(QLatin1String(kColumns),
                       where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(std::max(1, query.limit));
    if (!q.exec())
        return queryError(q, QStringLiteral("cannot read the audit trail"));
    QList<AuditRecord> out;
    while (q.next())
        out.append(readAuditRecord(q));
    return out;
}

} // namespace concord
