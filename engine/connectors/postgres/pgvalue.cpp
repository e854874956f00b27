#include "connectors/postgres/pgvalue.h"

#include "connectors/postgres/pgconnection.h"

#include <algorithm>
#include <charconv>

namespace concord::pg {

Value readText(const char *t, int n, unsigned int oid, const FieldType &declared)
{
    Value v;
    switch (oid) {
    case BoolOid:
        v = Value::fromBool(n > 0 && t[0] == 't');
        break;
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid: {
        bool ok = false;
        const qint64 i = QByteArray::fromRawData(t, n).toLongLong(&ok);
        v = ok ? Value::fromInt(i) : Value::fromString(QString::fromUtf8(t, n));
        break;
    }
    case NumericOid:
    case Float4Oid:
    case Float8Oid:
        if (const auto d = Decimal::parse(t, n))
            v = Value::fromDecimal(*d);
        else // NaN, Infinity
            v = Value::fromString(QString::fromUtf8(t, n));
        break;
    case DateOid: {
        const QDate d = QDate::fromString(QString::fromLatin1(t, n), Qt::ISODate);
        v = d.isValid() ? Value::fromDate(d) : Value::fromString(QString::fromUtf8(t, n));
        break;
    }
    case TimestampOid:
    case TimestampTzOid:
        if (const auto ts = Timestamp::parse(t, n))
            v = Value::fromTimestamp(*ts);
        else // infinity, BC dates
            v = Value::fromString(QString::fromUtf8(t, n));
        break;
    case JsonOid:
    case JsonbOid:
        v = Value::fromJsonText(QString::fromUtf8(t, n));
        break;
    default:
        v = Value::fromString(QString::fromUtf8(t, n));
        break;
    }
    const bool same = (declared.kind == FieldType::String && v.type() == Value::Type::String)
        || (declared.kind == FieldType::Int && v.type() == Value::Type::Int)
        || (declared.kind == FieldType::Decimal && v.type() == Value::Type::Decimal)
        || (declared.kind == FieldType::Bool && v.type() == Value::Type::Bool)
        || (declared.kind == FieldType::Date && v.type() == Value::Type::Date)
        || (declared.kind == FieldType::Timestamp && v.type() == Value::Type::Timestamp)
        || (declared.kind == FieldType::Json && v.type() == Value::Type::Json);
    if (same)
        return v;
    auto converted = v.convertTo(declared);
    return converted.ok() ? *converted : v;
}

Value read(const PgResult &result, int row, int col, const FieldType &declared)
{
    if (result.isNull(row, col))
        return Value();
    return readText(result.text(row, col), result.length(row, col), result.type(col), declared);
}

QByteArray toText(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null: return {};
    case Value::Type::Bool: return value.boolValue() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
    case Value::Type::Int: return QByteArray::number(value.intValue());
    case Value::Type::Timestamp: return value.timestampValue().toUtf8();
    case Value::Type::String: return value.stringValue().toUtf8();
    default: return value.toString().toUtf8();
    }
}

void appendCopyField(QByteArray &row, const Value &value)
{
    // Numbers and times have nothing to escape: formatted straight into the row (a bulk load
    // writes millions of them).
    char buf[64];
    switch (value.type()) {
    case Value::Type::Null:
        row.append("\\N");
        return;
    case Value::Type::Int: {
        const auto end = std::to_chars(buf, buf + sizeof buf, value.intValue()).ptr;
        row.append(buf, int(end - buf));
        return;
    }
    case Value::Type::Decimal:
        row.append(buf, value.decimalValue().format(buf));
        return;
    case Value::Type::Timestamp:
        row.append(buf, value.timestampValue().format(buf));
        return;
    default:
        break;
    }
    const QByteArray text = toText(value);
    // Most text has nothing to escape either.
    if (std::none_of(text.cbegin(), text.cend(), [](char c) { return c == '\\' || c == '\n' || c == '\r' || c == '\t'; })) {
        row.append(text);
        return;
    }
    for (const char c : text) {
        switch (c) {
        case '\\': row.append("\\\\"); break;
        case '\n': row.append("\\n"); break;
        case '\r': row.append("\\r"); break;
        case '\t': row.append("\\t"); break;
        default: row.append(c); break;
        }
    }
}

QString sqlType(const FieldType &type)
{
    switch (type.kind) {
    case FieldType::Int: return QStringLiteral("bigint");
    case FieldType::Decimal:
        return type.precision > 0 ? QStringLiteral("numeric(%1,%2)").arg(type.precision).arg(type.scale)
                                  : QStringLiteral("numeric");
    case FieldType::String: return QStringLiteral("text");
    case FieldType::Bool: return QStringLiteral("boolean");
    case FieldType::Date: return QStringLiteral("date");
    case FieldType::Timestamp: return QStringLiteral("timestamptz");
    case FieldType::Json: return QStringLiteral("jsonb");
    }
    return QStringLiteral("text");
}

} // namespace concord::pg
