#pragma once
// COPY's binary format (PostgreSQL documentation, COPY, "Binary Format"): a signature and two
// zero words, then per row a 16-bit field count and per field a 32-bit length (-1 for NULL)
// followed by the type's binary send form, then a -1 trailer; everything in network byte order.
// The server reads it without parsing text: a bulk load of numbers and times costs it about a
// third less than the text format.
//
// A value goes in binary only when the result is what the server would have made of its text
// form (what appendCopyField writes): an integer into a numeric column, a zoned timestamp into a
// `timestamp` column as its wall-clock time. Anything else — text into a bigint column, a year
// outside 1-9999 — is not encodable, and the caller sends the batch as text, where the server
// judges each value itself.

#include "model/value.h"

#include <QByteArray>

namespace concord::pg {

// Whether columns of this type OID have a binary form here. A table with any other column type
// (an enum, a domain, an array) is written in the text format.
bool hasBinaryForm(unsigned int oid);

// Whether `value` can be sent in binary to a column of type `oid` (see above). NULL always can.
bool binaryEncodable(const Value &value, unsigned int oid);

// Writers into a buffer the caller sized: each returns the end of what it wrote.
// The most bytes putBinaryField can write for `value` (its length word included).
qsizetype maxBinaryFieldSize(const Value &value);
constexpr qsizetype BinaryCopyHeaderSize = 19;
constexpr qsizetype BinaryCopyTrailerSize = 2;
char *putBinaryCopyHeader(char *p);
char *putBinaryCopyTrailer(char *p);
// A row's field count (2 bytes), before its fields.
char *putBinaryRowStart(char *p, int fields);
// One field: its length and its bytes. Only for values binaryEncodable() accepts.
char *putBinaryField(char *p, const Value &value, unsigned int oid);
char *putBinaryInt4Field(char *p, qint32 v); // 8 bytes

} // namespace concord::pg
