#include "consistency/exportjob.h"

#include "consistency/discrepancyview.h"
#include "consistency/export.h"
#include "policy/crypto.h"
#include "store/statestore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

Result<qint64> exportConsistency(const Workspace &ws, StateStore &store, const QString &file,
                                 const DiscrepancyQuery &query, const Holder &viewer, const QString &actor)
{
    const auto rows = viewDiscrepancies(ws, store, query, viewer);
    if (!rows.ok())
        return rows.error();
    ExportHeader header;
    if (const auto runs = store.consistencyRuns(query.pipeline, 1); runs.ok() && !runs->isEmpty())
        header.run = runs->front();
    header.run.pipeline = query.pipeline;
    if (const auto p = ws.pipelines.constFind(query.pipeline); p != ws.pipelines.cend()) {
        if (const DatasetDef *s = ws.dataset(p->source))
            header.sourceSystem = s->system;
        if (const DatasetDef *t = ws.dataset(p->target))
            header.targetSystem = t->system;
        if (header.run.sourceDataset.isEmpty())
            header.run.sourceDataset = p->source;
        if (header.run.targetDataset.isEmpty())
            header.run.targetDataset = p->target;
    }
    header.viewer = viewer.label();
    header.exportedBy = actor;
    header.exportedAt = QDateTime::currentDateTime();
    if (!query.language.isEmpty())
        header.language = query.language;
    const auto written = exportDiscrepancies(file, header, *rows);
    if (!written.ok())
        return written.error();
    // The exported file's digest: which file left, without its contents in the trail.
    QString digest;
    if (QFile f(file); f.open(QIODevice::ReadOnly))
        digest = crypto::sha256Hex(f.readAll());
    const QJsonObject detail{{QStringLiteral("file"), QFileInfo(file).fileName()},
                             {QStringLiteral("sha256"), digest},
                             {QStringLiteral("lines"), *written},
                             {QStringLiteral("discrepancies"), rows->size()},
                             {QStringLiteral("viewer"), viewer.label()},
                             {QStringLiteral("check"), header.run.id},
                             {QStringLiteral("filter"), QStringLiteral("kind=%1 field=%2 search=%3")
                                                            .arg(query.kind, query.field, query.search)}};
    if (auto r = store.appendAudit(AuditInput{actor, viewer.hasRole() ? viewer.name : QString(),
                                              QStringLiteral("consistency.export"),
                                              QStringLiteral("pipeline:") + query.pipeline,
                                              QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                                              QString()});
        !r.ok()) {
        QFile::remove(file); // an export that cannot be audited is not handed out
        return r.error();
    }
    return *written;
}

} // namespace concord
