#include "core/texttemplate.h"

#include <QRegularExpression>

namespace concord {

Result<QList<TemplatePlaceholder>> templatePlaceholders(const QString &text)
{
    static const QRegularExpression inner(QStringLiteral("^\\s*([A-Z][A-Z0-9_]*)\\s*(?:\\|\\s*([a-z][a-z0-9_]*)\\s*)?$"));
    QList<TemplatePlaceholder> out;
    int from = 0;
    while (true) {
        const int open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            break;
        const int close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("'{{' at character %1 is never closed with '}}'").arg(open + 1));
        const QString body = text.mid(open + 2, close - open - 2);
        const auto m = inner.match(body);
        if (!m.hasMatch())
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("'{{%1}}' is not a placeholder: write {{NAME}} or {{NAME|filter}}, the name "
                                            "in capitals")
                                 .arg(body));
        out.append(TemplatePlaceholder{m.captured(1), m.captured(2), open});
        from = close + 2;
    }
    return out;
}

Result<QString> renderTemplate(const QString &text,
                               const std::function<Result<QString>(const TemplatePlaceholder &)> &value)
{
    const auto placeholders = templatePlaceholders(text);
    if (!placeholders.ok())
        return placeholders.error();
    QString out;
    out.reserve(text.size() + 32);
    int at = 0;
    for (const TemplatePlaceholder &p : *placeholders) {
        out.append(QStringView(text).mid(at, p.offset - at));
        const auto v = value(p);
        if (!v.ok())
            return v.error();
        out.append(*v);
        at = text.indexOf(QLatin1String("}}"), p.offset + 2) + 2;
    }
    out.append(QStringView(text).mid(at));
    return out;
}

QString jsonStringEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out.append(QLatin1String("\\\"")); break;
        case '\\': out.append(QLatin1String("\\\\")); break;
        case '\n': out.append(QLatin1String("\\n")); break;
        case '\r': out.append(QLatin1String("\\r")); break;
        case '\t': out.append(QLatin1String("\\t")); break;
        default:
            if (c.unicode() < 0x20)
                out.append(QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    return out;
}

} // namespace concord
