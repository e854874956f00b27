#include "model/fieldtype.h"

#include <QRegularExpression>

namespace concord {

std::optional<FieldType> FieldType::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("int") || t == QLatin1String("integer") || t == QLatin1String("bigint"))
        return FieldType{Int};
    if (t == QLatin1String("string") || t == QLatin1String("text"))
        return FieldType{String};
    if (t == QLatin1String("bool") || t == QLatin1String("boolean"))
        return FieldType{Bool};
    if (t == QLatin1String("date"))
        return FieldType{Date};
    if (t == QLatin1String("timestamp") || t == QLatin1String("datetime"))
        return FieldType{Timestamp};
    if (t == QLatin1String("json"))
        return FieldType{Json};
    static const QRegularExpression decimalRe(
        QStringLiteral("^(?:decimal|numeric)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)$"));
    const auto m = decimalRe.match(t);
    if (m.hasMatch()) {
        const int p = m.captured(1).toInt();
        const int s = m.capturedLength(2) ? m.captured(2).toInt() : 0;
        if (p < 1 || p > 38 || s > p)
            return std::nullopt;
        return FieldType::decimal(p, s);
    }
    if (t == QLatin1String("decimal") || t == QLatin1String("numeric"))
        return FieldType::decimal(38, 10);
    return std::nullopt;
}

QString FieldType::toString() const
{
    switch (kind) {
    case Int: return QStringLiteral("int");
    case Decimal: return QStringLiteral("decimal(%1,%2)").arg(precision).arg(scale);
    case String: return QStringLiteral("string");
    case Bool: return QStringLiteral("bool");
    case Date: return QStringLiteral("date");
    case Timestamp: return QStringLiteral("timestamp");
    case Json: return QStringLiteral("json");
    }
    return {};
}

} // namespace concord
