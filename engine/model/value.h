#pragma once
// One field value as the engine carries it: null, bool, integer, exact decimal, string, date,
// timestamp with time zone, or JSON text. Conversions between them are explicit and report a
// TYPE_MISMATCH instead of guessing.

#include "core/error.h"
#include "model/decimal.h"
#include "model/fieldtype.h"
#include "model/timestamp.h"

#include <QDate>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <variant>

namespace concord {

class Value
{
public:
    enum class Type { Null, Bool, Int, Decimal, String, Date, Timestamp, Json };

    Value() = default;
    static Value null() { return Value(); }
    static Value fromBool(bool b) { return Value(Storage(b)); }
    static Value fromInt(qint64 i) { return Value(Storage(i)); }
    static Value fromDecimal(const concord::Decimal &d) { return Value(Storage(d)); }
    static Value fromString(QString s) { return Value(Storage(std::move(s))); }
    static Value fromDate(const QDate &d) { return Value(Storage(d)); }
    static Value fromTimestamp(const concord::Timestamp &t) { return Value(Storage(t)); }
    static Value fromJsonText(QString text) { return Value(Storage(JsonText{std::move(text)})); }

    // From JSON as found in sample files and payloads: numbers with a fraction or exponent become
    // decimals (parsed from the number's text where available, never kept as double).
    static Value fromJson(const QJsonValue &json);
    QJsonValue toJson() const;

    Type type() const { return Type(m_data.index()); }
    bool isNull() const { return m_data.index() == 0; }

    bool boolValue() const { return std::get<bool>(m_data); }
    qint64 intValue() const { return std::get<qint64>(m_data); }
    const concord::Decimal &decimalValue() const { return std::get<concord::Decimal>(m_data); }
    const QString &stringValue() const { return std::get<QString>(m_data); }
    const QDate &dateValue() const { return std::get<QDate>(m_data); }
    const concord::Timestamp &timestampValue() const { return std::get<concord::Timestamp>(m_data); }
    const QString &jsonText() const { return std::get<JsonText>(m_data).text; }

    // Makes this a string value and returns the string for writing. A string value keeps its
    // text, so that its buffer can be reused (the mapper writes a transform's result into the
    // output record's previous string); any other value becomes an empty string.
    QString &stringBuffer()
    {
        if (QString *p = std::get_if<QString>(&m_data))
            return *p;
        return m_data.emplace<QString>();
    }

    // Canonical text: what is bound to a text column and shown to people ("" for null).
    QString toString() const;
    // Converts to the declared type. Strings are parsed strictly ("12a" is not an int).
    Result<Value> convertTo(const FieldType &type) const;

    // Typed equality: 12.5 == 12.50, int 3 == decimal 3.0; null equals only null.
    bool operator==(const Value &o) const;
    bool operator!=(const Value &o) const { return !(*this == o); }
    // Total order for sorting keys: null first, then by type, then by value.
    int compare(const Value &o) const;

    static QString typeName(Type t);

private:
    struct JsonText
    {
        QString text;
    };
    using Storage = std::variant<std::monostate, bool, qint64, concord::Decimal, QString, QDate,
                                 concord::Timestamp, JsonText>;

    explicit Value(Storage s) : m_data(std::move(s)) { }

    Storage m_data;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::Value)
