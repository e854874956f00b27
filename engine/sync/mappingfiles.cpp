#include "sync/mappingfiles.h"

#include "governance/textdiff.h"
#include "policy/crypto.h"
#include "store/statestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace concord {

Result<void> saveMappingFile(const Workspace &ws, const MappingSave &save)
{
    const QDir root(ws.dir);
    const QString path = QDir::cleanPath(root.absoluteFilePath(save.relativePath));
    if (QDir::isAbsolutePath(save.relativePath) || root.relativeFilePath(path).startsWith(QLatin1String("..")))
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("a mapping must be saved inside the workspace, not at %1").arg(save.relativePath));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot create the folder of %1").arg(path));
    // What the file held before: the audit entry keeps the change as a unified diff.
    QString before;
    if (QFile old(path); old.open(QIODevice::ReadOnly))
        before = QString::fromUtf8(old.readAll());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(save.yaml.toUtf8());
    if (!file.commit())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));

    StateStore store;
    if (auto r = store.open(ws.stateStorePath()); !r.ok())
        return r;
    const QByteArray bytes = save.yaml.toUtf8();
    const QJsonObject detail{{QStringLiteral("path"), save.relativePath},
                             {QStringLiteral("old_version"), save.oldVersion},
                             {QStringLiteral("new_version"), save.newVersion},
                             {QStringLiteral("diff"), unifiedDiff(before, save.yaml, QStringLiteral("a/") + save.relativePath,
                                                                  QStringLiteral("b/") + save.relativePath)},
                             {QStringLiteral("sha256"), crypto::sha256Hex(bytes)}};
    return store.appendAudit(AuditInput{save.actor, QString(), QStringLiteral("mapping.save"),
                                        QStringLiteral("mapping:") + save.relativePath,
                                        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                                        QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

} // namespace concord
