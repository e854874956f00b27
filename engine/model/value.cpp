#include "model/value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

namespace {

Error mismatch(const Value &v, const FieldType &type)
{
    return makeError(ErrorCode::TypeMismatch, QStringLiteral("cannot convert %1 '%2' to %3")
                                                  .arg(Value::typeName(v.type()), v.toString().left(60), type.toString()));
}

std::optional<bool> parseBool(const QString &s)
{
    const QString t = s.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("t")
        || t == QLatin1String("y"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("f")
        || t == QLatin1String("n"))
        return false;
    return std::nullopt;
}

Result<Value> toDecimal(const Decimal &d, const FieldType &type, const Value &original)
{
    const auto r = d.rescaled(type.scale, Decimal::Rounding::HalfUp);
    if (!r || (!r->isZero() && r->digits() > type.precision))
        return makeError(ErrorCode::TypeMismatch, QStringLiteral("value %1 does not fit %2")
                                                      .arg(original.toString(), type.toString()));
    return Value::fromDecimal(*r);
}

} // namespace

QString Value::typeName(Type t)
{
    switch (t) {
    case Type::Null: return QStringLiteral("null");
    case Type::Bool: return QStringLiteral("bool");
    case Type::Int: return QStringLiteral("int");
    case Type::Decimal: return QStringLiteral("decimal");
    case Type::String: return QStringLiteral("string");
    case Type::Date: return QStringLiteral("date");
    case Type::Timestamp: return QStringLiteral("timestamp");
    case Type::Json: return QStringLiteral("json");
    }
    return {};
}

Value Value::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Value();
    case QJsonValue::Bool:
        return fromBool(json.toBool());
    case QJsonValue::Double: {
        // QJsonValue keeps integers exactly up to 2^53; anything with a fraction is taken from its
        // shortest round-trip text, the same digits the file contained.
        const double d = json.toDouble();
        const qint64 i = json.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min() && double(i) == d)
            return fromInt(i);
        const QString text = QString::number(d, 'g', QLocale::FloatingPointShortest);
        if (const auto dec = Decimal::parse(text))
            return fromDecimal(*dec);
        return fromString(text);
    }
    case QJsonValue::String:
        return fromString(json.toString());
    case QJsonValue::Array:
        return fromJsonText(QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Object:
        return fromJsonText(QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact)));
    }
    return Value();
}

QJsonValue Value::toJson() const
{
    switch (type()) {
    case Type::Null: return QJsonValue(QJsonValue::Null);
    case Type::Bool: return boolValue();
    case Type::Int: return intValue();
    // Decimals travel as strings in JSON so that no reader turns them into doubles.
    case Type::Decimal:
    case Type::String:
    case Type::Date:
    case Type::Timestamp:
        return toString();
    case Type::Json: {
        const auto doc = QJsonDocument::fromJson(jsonText().toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
        return jsonText();
    }
    }
    return {};
}

QString Value::toString() const
{
    switch (type()) {
    case Type::Null: return {};
    case Type::Bool: return boolValue() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int: return QString::number(intValue());
    case Type::Decimal: return decimalValue().toString();
    case Type::String: return stringValue();
    case Type::Date: return dateValue().toString(Qt::ISODate);
    case Type::Timestamp: return timestampValue().toString();
    case Type::Json: return jsonText();
    }
    return {};
}

Result<Value> Value::convertTo(const FieldType &target) const
{
    if (isNull())
        return *this;
    switch (target.kind) {
    case FieldType::String:
        return type() == Type::String ? *this : fromString(toString());
    case FieldType::Int:
        switch (type()) {
        case Type::Int: return *this;
        case Type::Bool: return fromInt(boolValue() ? 1 : 0);
        case Type::Decimal:
            if (const auto i = decimalValue().toInt64())
                return fromInt(*i);
            break;
        case Type::String: {
            bool ok = false;
            const qint64 i = stringValue().trimmed().toLongLong(&ok);
            if (ok)
                return fromInt(i);
            if (const auto d = Decimal::parse(QStringView(stringValue()).trimmed()))
                if (const auto i2 = d->toInt64())
                    return fromInt(*i2);
            break;
        }
        default: break;
        }
        return mismatch(*this, target);
    case FieldType::Decimal:
        switch (type()) {
        case Type::Decimal: return toDecimal(decimalValue(), target, *this);
        case Type::Int: return toDecimal(Decimal::fromInt(intValue()), target, *this);
        case Type::String:
            if (const auto d = Decimal::parse(QStringView(stringValue()).trimmed()))
                return toDecimal(*d, target, *this);
            break;
        default: break;
        }
        return mismatch(*this, target);
    case FieldType::Bool:
        switch (type()) {
        case Type::Bool: return *this;
        case Type::Int: return fromBool(intValue() != 0);
        case Type::String:
            if (const auto b = parseBool(stringValue()))
                return fromBool(*b);
            break;
        default: break;
        }
        return mismatch(*this, target);
    case FieldType::Date:
        switch (type()) {
        case Type::Date: return *this;
        case Type::Timestamp: return fromDate(timestampValue().localDate());
        case Type::String:
            if (const auto ts = Timestamp::parse(QStringView(stringValue()).trimmed()))
                return fromDate(ts->localDate());
            break;
        default: break;
        }
        return mismatch(*this, target);
    case FieldType::Timestamp:
        switch (type()) {
        case Type::Timestamp: return *this;
        case Type::Date: return fromTimestamp(Timestamp::fromDate(dateValue()));
        case Type::String:
            if (const auto ts = Timestamp::parse(QStringView(stringValue()).trimmed()))
                return fromTimestamp(*ts);
            break;
        default: break;
        }
        return mismatch(*this, target);
    case FieldType::Json:
        if (type() == Type::Json)
            return *this;
        if (type() == Type::String) {
            QJsonParseError err;
            QJsonDocument::fromJson(stringValue().toUtf8(), &err);
            if (err.error == QJsonParseError::NoError)
                return fromJsonText(stringValue());
        }
        return mismatch(*this, target);
    }
    return mismatch(*this, target);
}

bool Value::operator==(const Value &o) const
{
    if (type() == o.type()) {
        switch (type()) {
        case Type::Null: return true;
        case Type::Bool: return boolValue() == o.boolValue();
        case Type::Int: return intValue() == o.intValue();
        case Type::Decimal: return decimalValue() == o.decimalValue();
        case Type::String: return stringValue() == o.stringValue();
        case Type::Date: return dateValue() == o.dateValue();
        case Type::Timestamp: return timestampValue() == o.timestampValue();
        case Type::Json: return jsonText() == o.jsonText();
        }
    }
    if ((type() == Type::Int && o.type() == Type::Decimal) || (type() == Type::Decimal && o.type() == Type::Int))
        return compare(o) == 0;
    return false;
}

int Value::compare(const Value &o) const
{
    const auto numeric = [](const Value &v) {
        return v.type() == Type::Int ? Decimal::fromInt(v.intValue()) : v.decimalValue();
    };
    const bool thisNum = type() == Type::Int || type() == Type::Decimal;
    const bool otherNum = o.type() == Type::Int || o.type() == Type::Decimal;
    if (thisNum && otherNum) {
        if (type() == Type::Int && o.type() == Type::Int)
            return intValue() < o.intValue() ? -1 : (intValue() > o.intValue() ? 1 : 0);
        return numeric(*this).compare(numeric(o));
    }
    if (type() != o.type())
        return int(type()) < int(o.type()) ? -1 : 1;
    switch (type()) {
    case Type::Null: return 0;
    case Type::Bool: return int(boolValue()) - int(o.boolValue());
    case Type::String: return stringValue().compare(o.stringValue());
    case Type::Date: return dateValue() < o.dateValue() ? -1 : (dateValue() == o.dateValue() ? 0 : 1);
    case Type::Timestamp: return timestampValue().compare(o.timestampValue());
    case Type::Json: return jsonText().compare(o.jsonText());
    default: return 0;
    }
}

} // namespace concord
