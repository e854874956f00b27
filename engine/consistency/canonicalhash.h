#pragma once
// Row hashes that a database computes too (docs/consistency.md §2). Against a server target the
// check hashes each row as the first 8 bytes of the MD5 of its compared fields' canonical text,
// field after field: `n;` for null, `d<number>;` (integers and decimals without trailing zeros,
// so 3 and 3.00 agree), `s<bytes>:<UTF-8>;`, `bt;`/`bf;`, `D<Julian day>;`, `T<microseconds since
// 1970 UTC>;`, `j<bytes>:<compact JSON, keys sorted>;`, `e<bin>;` (a number in its epsilon-wide
// bin), each after the field's normalisation. PostgreSQL writes `x<text>;` for what the engine
// cannot read as a date or time (infinity), so that such a row is always compared in full. PostgreSQL builds the same text in SQL (canonicalSql), so that a
// segment's checksum — its row count and the sum of its row hashes modulo 2^64 — is one aggregate
// query, and only checksums cross the network until a segment differs.
//
// A value whose text the two sides build differently (a type or tolerance the database cannot
// express the same way) only makes its segment look different: the rows are then compared field
// by field, which decides.

#include "consistency/fieldcompare.h"

#include <QByteArray>
#include <QString>

namespace concord {

// Appends the canonical text of one field's value, normalised by `comparer`.
void appendCanonical(QByteArray &out, const FieldComparer &comparer, const Value &value);
// The row hash of a row's canonical text.
quint64 canonicalDigest(const QByteArray &text);

// A PostgreSQL expression whose value is appendCanonical's text for the column `quoted` of type
// `oid` under `comparer`; empty when the database cannot build it the same way (a case-insensitive
// or epsilon comparison, a type without a fixed text form here).
QString canonicalSql(const QString &quoted, unsigned int oid, const FieldComparer &comparer);
// The row hash in SQL from the concatenated field expressions: a bigint (the same 64 bits).
QString canonicalDigestSql(const QStringList &fieldExpressions);

// A numeric's text (an exact sum of row hashes) modulo 2^64.
quint64 wrapDecimalText(const QByteArray &text);

} // namespace concord
