#include "governance/auditexport.h"

#include "core/spreadsheet.h"
#include "policy/crypto.h"
#include "store/statestore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

QStringList auditColumnTitles()
{
    return {QStringLiteral("id"),     QStringLiteral("time (UTC)"), QStringLiteral("actor"),  QStringLiteral("role"),
            QStringLiteral("action"), QStringLiteral("object"),     QStringLiteral("detail"), QStringLiteral("trace id"),
            QStringLiteral("host"),   QStringLiteral("prev hash"),  QStringLiteral("hash")};
}

QStringList auditRow(const AuditRecord &r)
{
    return {QString::number(r.id), r.ts, r.actor, r.role, r.action, r.object, r.detail, r.traceId, r.host, r.prevHash, r.hash};
}

Result<qint64> exportAudit(StateStore &store, const QString &file, const AuditQuery &query, const QString &actor,
                           const QString &role)
{
    const auto entries = store.audit(query);
    if (!entries.ok())
        return entries.error();
    QList<QStringList> rows;
    rows.reserve(entries->size());
    for (const AuditRecord &r : *entries)
        rows.append(auditRow(r));
    const auto written = sheet::writeTable(file, "Audit", auditColumnTitles(), rows);
    if (!written.ok())
        return written.error();
    QString digest;
    if (QFile f(file); f.open(QIODevice::ReadOnly))
        digest = crypto::sha256Hex(f.readAll());
    const QJsonObject detail{{QStringLiteral("file"), QFileInfo(file).fileName()},
                             {QStringLiteral("sha256"), digest},
                             {QStringLiteral("entries"), *written},
                             {QStringLiteral("filter"), QStringLiteral("actor=%1 action=%2 object=%3 since=%4 until=%5")
                                                            .arg(query.actor, query.action, query.object,
                                                                 query.since.toUTC().toString(Qt::ISODate),
                                                                 query.until.toUTC().toString(Qt::ISODate))}};
    if (auto r = store.appendAudit(AuditInput{actor, role, QStringLiteral("audit.export"), QStringLiteral("audit"),
                                              QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                                              QString()});
        !r.ok()) {
        QFile::remove(file); // an export that cannot be audited is not handed out
        return r.error();
    }
    return *written;
}

} // namespace concord
