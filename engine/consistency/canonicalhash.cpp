#include "consistency/canonicalhash.h"

#include "connectors/postgres/pgvalue.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <charconv>
#include <cmath>

namespace concord {

namespace {

void appendNumber(QByteArray &out, qint64 v)
{
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    out.append(buf, int(end - buf));
}

void appendText(QByteArray &out, char tag, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append(tag);
    appendNumber(out, utf8.size());
    out.append(':');
    out.append(utf8);
    out.append(';');
}

double toDouble(const Value &v)
{
    return v.type() == Value::Type::Int ? double(v.intValue()) : v.decimalValue().toString().toDouble();
}

// What QString::trimmed() removes (QChar::isSpace), as one PostgreSQL string for btrim().
QString whiteSpaceLiteral()
{
    return QStringLiteral("E' \\t\\n\\r\\u000B\\f\\u0085\\u00A0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006"
                          "\\u2007\\u2008\\u2009\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000'");
}

} // namespace

void appendCanonical(QByteArray &out, const FieldComparer &comparer, const Value &value)
{
    const FieldTolerance &t = comparer.tolerance();
    const bool number = value.type() == Value::Type::Int || value.type() == Value::Type::Decimal;
    if (t.epsilon > 0 && number) {
        out.append('e');
        appendNumber(out, qint64(std::floor(toDouble(value) / t.epsilon)));
        out.append(';');
        return;
    }
    const Value v = comparer.normalised(value);
    switch (v.type()) {
    case Value::Type::Null: out.append("n;"); return;
    case Value::Type::Bool: out.append(v.boolValue() ? "bt;" : "bf;"); return;
    case Value::Type::Int:
        out.append('d');
        appendNumber(out, v.intValue());
        out.append(';');
        return;
    case Value::Type::Decimal:
        out.append('d');
        if (const auto i = v.decimalValue().toInt64())
            appendNumber(out, *i);
        else
            out.append(v.decimalValue().normalized().toUtf8());
        out.append(';');
        return;
    case Value::Type::String: appendText(out, 's', v.stringValue()); return;
    case Value::Type::Date:
        out.append('D');
        appendNumber(out, v.dateValue().toJulianDay());
        out.append(';');
        return;
    case Value::Type::Timestamp:
        out.append('T');
        appendNumber(out, v.timestampValue().usecsSinceEpochUtc);
        out.append(';');
        return;
    case Value::Type::Json: appendText(out, 'j', v.jsonText()); return;
    }
}

quint64 canonicalDigest(const QByteArray &text)
{
    const QByteArray md5 = QCryptographicHash::hash(text, QCryptographicHash::Md5);
    return qFromBigEndian<quint64>(md5.constData());
}

QString canonicalSql(const QString &c, unsigned int oid, const FieldComparer &comparer)
{
    const FieldTolerance &t = comparer.tolerance();
    if (t.epsilon > 0 || t.ignoreCase)
        return {};
    const auto orNull = [](const QString &e) { return QStringLiteral("coalesce(%1, 'n;')").arg(e); };
    switch (oid) {
    case pg::BoolOid:
        return QStringLiteral("CASE WHEN %1 IS NULL THEN 'n;' WHEN %1 THEN 'bt;' ELSE 'bf;' END").arg(c);
    case pg::Int2Oid:
    case pg::Int4Oid:
    case pg::Int8Oid:
        return orNull(QStringLiteral("'d' || %1::text || ';'").arg(c));
    case pg::NumericOid:
        // Integral values print without a fraction; others without trailing zeros (trim_scale).
        return orNull(QStringLiteral("'d' || trim_scale(%1)::text || ';'").arg(c));
    case pg::TextOid:
    case pg::VarcharOid: {
        QString e = c;
        if (t.trim)
            e = QStringLiteral("btrim(%1, %2)").arg(e, whiteSpaceLiteral());
        if (t.emptyIsNull)
            e = QStringLiteral("nullif(%1, '')").arg(e);
        return orNull(QStringLiteral("'s' || octet_length(%1) || ':' || %1 || ';'").arg(e));
    }
    case pg::DateOid: // the Julian day; infinity as an `x` the engine never writes
        return QStringLiteral("CASE WHEN %1 IS NULL THEN 'n;' WHEN isfinite(%1) THEN 'D' || to_char(%1, 'J') || ';' "
                              "ELSE 'x' || %1::text || ';' END")
            .arg(c);
    case pg::TimestampOid:
    case pg::TimestampTzOid: {
        // Microseconds since 1970 (a time without zone as UTC), floored to the precision.
        QString u = QStringLiteral("(extract(epoch from %1) * 1000000)::bigint").arg(c);
        if (const qint64 n = comparer.truncateUsecs(); n > 0)
            u = QStringLiteral("(%1 - mod(mod(%1, %2) + %2, %2))").arg(u).arg(n);
        return QStringLiteral("CASE WHEN %1 IS NULL THEN 'n;' WHEN isfinite(%1) THEN 'T' || %2::text || ';' "
                              "ELSE 'x' || %1::text || ';' END")
            .arg(c, u);
    }
    default: // json and jsonb too: compared by structure (canonicalJson), hashed by the engine
        return {};
    }
}

QString canonicalDigestSql(const QStringList &fieldExpressions)
{
    const QString text = fieldExpressions.isEmpty() ? QStringLiteral("''") : fieldExpressions.join(QLatin1String(" || "));
    return QStringLiteral("('x' || left(md5(%1), 16))::bit(64)::bigint").arg(text);
}

quint64 wrapDecimalText(const QByteArray &text)
{
    quint64 v = 0;
    bool negative = false;
    for (const char ch : text) {
        if (ch == '-')
            negative = true;
        else if (ch >= '0' && ch <= '9')
            v = v * 10 + quint64(ch - '0'); // wraps modulo 2^64, as the sum does
        else if (ch == '.')
            break;
    }
    return negative ? quint64(0) - v : v;
}

} // namespace concord
