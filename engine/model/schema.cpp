#include "model/schema.h"

namespace concord {

std::optional<Sensitivity> parseSensitivity(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("L1"))
        return Sensitivity::L1;
    if (t == QLatin1String("L2"))
        return Sensitivity::L2;
    if (t == QLatin1String("L3"))
        return Sensitivity::L3;
    return std::nullopt;
}

QString sensitivityName(Sensitivity s)
{
    switch (s) {
    case Sensitivity::L1: return QStringLiteral("L1");
    case Sensitivity::L2: return QStringLiteral("L2");
    case Sensitivity::L3: return QStringLiteral("L3");
    case Sensitivity::Unset: break;
    }
    return {};
}

int Schema::indexOf(const QString &name) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name == name)
            return i;
    return -1;
}

QList<int> Schema::keyIndexes() const
{
    QList<int> out;
    for (const QString &k : key)
        out.append(indexOf(k));
    return out;
}

QStringList Schema::fieldNames() const
{
    QStringList out;
    for (const Field &f : fields)
        out.append(f.name);
    return out;
}

} // namespace concord
