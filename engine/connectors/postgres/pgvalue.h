#pragma once
// Values between the engine and PostgreSQL's text format: cells read by their column's type OID,
// parameters and COPY rows written as text the server parses into the column's own type.

#include "model/value.h"

#include <QByteArray>

namespace concord {

class PgResult;

namespace pg {

// Type OIDs of the built-in types (stable: pg_type.dat).
enum Oid : unsigned int {
    BoolOid = 16, Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, TextOid = 25, OidOid = 26, JsonOid = 114,
    Float4Oid = 700, Float8Oid = 701, BpcharOid = 1042, VarcharOid = 1043, DateOid = 1082,
    TimestampOid = 1114, TimestampTzOid = 1184, NumericOid = 1700, JsonbOid = 3802,
};

// The cell as a Value of its column's type, converted to `declared` when the two differ and the
// conversion holds (a text column declared int keeps its text when it is not a number).
Value read(const PgResult &result, int row, int col, const FieldType &declared);
Value readText(const char *text, int length, unsigned int oid, const FieldType &declared);

// A non-null value as text for a parameter or a COPY field.
QByteArray toText(const Value &value);

// Appends one field of a COPY text-format row: \N for null, backslash escapes otherwise.
void appendCopyField(QByteArray &row, const Value &value);

// The SQL type a declared field type is cast to in statements: bigint, numeric(p,s), text,
// boolean, date, timestamptz, jsonb.
QString sqlType(const FieldType &type);

} // namespace pg
} // namespace concord
