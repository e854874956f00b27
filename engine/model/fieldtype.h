#pragma once
// The declared type of a dataset or mapping field: int, decimal(p,s), string, bool, date,
// timestamp (with time zone) or json.

#include <QString>

#include <optional>

namespace concord {

struct FieldType
{
    enum Kind { Int, Decimal, String, Bool, Date, Timestamp, Json };

    Kind kind = String;
    int precision = 0; // decimal only
    int scale = 0;     // decimal only

    static FieldType decimal(int p, int s) { return FieldType{Decimal, p, s}; }
    // Parses "int", "decimal(18,2)", "string", ... Accepts common aliases (integer, text, boolean,
    // datetime, numeric(p,s)). nullopt if unknown.
    static std::optional<FieldType> parse(const QString &text);
    QString toString() const;

    bool operator==(const FieldType &o) const
    {
        return kind == o.kind && (kind != Decimal || (precision == o.precision && scale == o.scale));
    }
    bool operator!=(const FieldType &o) const { return !(*this == o); }
};

} // namespace concord
