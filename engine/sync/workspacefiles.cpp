#include "sync/workspacefiles.h"

#include "policy/crypto.h"
#include "governance/textdiff.h"
#include "store/statestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace concord {

namespace {

QJsonObject tagJson(const FieldTagEdit &e)
{
    return QJsonObject{{QStringLiteral("sensitivity"), e.level == Sensitivity::Unset ? QString() : sensitivityName(e.level)},
                       {QStringLiteral("mask"), e.mask},
                       {QStringLiteral("visible_to"), QJsonArray::fromStringList(e.visibleTo)}};
}

} // namespace

Result<QString> saveFieldTags(const Workspace &ws, const TagSave &save)
{
    const QString path = QDir(ws.dir).absoluteFilePath(QStringLiteral("workspace.yaml"));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
    const QString before = QString::fromUtf8(in.readAll());
    in.close();
    auto after = applyFieldTags(before, path, save.after);
    if (!after.ok())
        return after.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    const QByteArray bytes = after->toUtf8();
    out.write(bytes);
    if (!out.commit())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));

    QJsonArray changes;
    for (int i = 0; i < save.after.size(); ++i) {
        const FieldTagEdit &a = save.after[i];
        changes.append(QJsonObject{{QStringLiteral("field"), QString(a.dataset + QLatin1Char('.') + a.field)},
                                   {QStringLiteral("from"), tagJson(save.before.value(i))},
                                   {QStringLiteral("to"), tagJson(a)}});
    }
    const QJsonObject detail{{QStringLiteral("changes"), changes},
                             {QStringLiteral("diff"), unifiedDiff(before, *after, QStringLiteral("a/workspace.yaml"),
                                                                  QStringLiteral("b/workspace.yaml"))},
                             {QStringLiteral("workspace_sha256"), crypto::sha256Hex(bytes)}};
    StateStore store;
    if (auto r = store.open(ws.stateStorePath()); !r.ok())
        return r.error();
    if (auto r = store.appendAudit(AuditInput{save.actor, save.role, QStringLiteral("workspace.tags"),
                                              QStringLiteral("workspace:workspace.yaml"),
                                              QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                                              QUuid::createUuid().toString(QUuid::WithoutBraces)});
        !r.ok())
        return r.error();
    return after;
}

} // namespace concord
