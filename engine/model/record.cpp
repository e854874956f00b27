#include "model/record.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace concord {

QString Key::toString() const
{
    if (parts.size() == 1)
        return parts.front().toString();
    QJsonArray a;
    for (const Value &v : parts)
        a.append(v.toJson());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString Change::opName(Op op)
{
    switch (op) {
    case Op::Insert: return QStringLiteral("insert");
    case Op::Update: return QStringLiteral("update");
    case Op::Upsert: return QStringLiteral("upsert");
    case Op::Delete: return QStringLiteral("delete");
    }
    return {};
}

Change::Op Change::opFromName(const QString &name)
{
    if (name == QLatin1String("insert"))
        return Op::Insert;
    if (name == QLatin1String("update"))
        return Op::Update;
    if (name == QLatin1String("delete"))
        return Op::Delete;
    return Op::Upsert;
}

} // namespace concord
