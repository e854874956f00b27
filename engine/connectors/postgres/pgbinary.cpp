#include "connectors/postgres/pgbinary.h"

#include "connectors/postgres/pgvalue.h"

#include <QtEndian>

#include <charconv>
#include <cstring>
#include <limits>

namespace concord::pg {

namespace {

enum ExtraOid : unsigned int { UuidOid = 2950 };

constexpr qint64 UsecsPerDay = 86400LL * 1000000LL;
constexpr qint64 PgEpochJulianDay = 2451545;   // 2000-01-01, where PostgreSQL counts from
constexpr qint64 UnixEpochJulianDay = 2440588; // 1970-01-01
constexpr qint64 PgEpochUsecs = (PgEpochJulianDay - UnixEpochJulianDay) * UsecsPerDay;
// Years 1 to 9999: what Timestamp::format writes as ISO text the server reads back the same.
constexpr qint64 FirstJulianDay = 1721426; // 0001-01-01
constexpr qint64 EndJulianDay = 5373485;   // 10000-01-01
constexpr qint64 MinLocalUsecs = (FirstJulianDay - UnixEpochJulianDay) * UsecsPerDay;
constexpr qint64 EndLocalUsecs = (EndJulianDay - UnixEpochJulianDay) * UsecsPerDay;

void put16(char *&p, quint16 v)
{
    qToBigEndian(v, p);
    p += 2;
}

void put32(char *&p, quint32 v)
{
    qToBigEndian(v, p);
    p += 4;
}

void put64(char *&p, quint64 v)
{
    qToBigEndian(v, p);
    p += 8;
}

void putBytes(char *&p, const char *data, qsizetype n)
{
    std::memcpy(p, data, std::size_t(n));
    p += n;
}

// A string field: its length, then its UTF-8 (after jsonb's version byte). ASCII, the common
// case, is copied without building a QByteArray first. Needs 5 + 3 * size bytes at most.
void putUtf8(char *&p, const QString &s, bool jsonb)
{
    const qsizetype n = s.size();
    const QChar *c = s.constData();
    bool ascii = true;
    for (qsizetype i = 0; i < n && ascii; ++i)
        ascii = c[i].unicode() < 0x80;
    if (!ascii) {
        const QByteArray utf8 = s.toUtf8();
        put32(p, quint32(utf8.size() + (jsonb ? 1 : 0)));
        if (jsonb)
            *p++ = '\1';
        putBytes(p, utf8.constData(), utf8.size());
        return;
    }
    put32(p, quint32(n + (jsonb ? 1 : 0)));
    if (jsonb)
        *p++ = '\1';
    for (qsizetype i = 0; i < n; ++i)
        *p++ = char(c[i].unicode());
}

qint64 localUsecs(const Timestamp &t)
{
    return t.usecsSinceEpochUtc + qint64(t.offsetMinutes) * 60 * 1000000LL;
}

bool inIsoYears(qint64 local)
{
    return local >= MinLocalUsecs && local < EndLocalUsecs;
}

bool dateInIsoYears(const QDate &d)
{
    return d.isValid() && d.toJulianDay() >= FirstJulianDay && d.toJulianDay() < EndJulianDay;
}

// The text appendCopyField sends for a non-null value (before escaping).
QByteArray textForm(const Value &v)
{
    char buf[64];
    switch (v.type()) {
    case Value::Type::Int: {
        const auto end = std::to_chars(buf, buf + sizeof buf, v.intValue()).ptr;
        return QByteArray(buf, int(end - buf));
    }
    case Value::Type::Decimal: return QByteArray(buf, v.decimalValue().format(buf));
    case Value::Type::Timestamp: return QByteArray(buf, v.timestampValue().format(buf));
    default: return toText(v);
    }
}

// A float column reads the number's text with strtod/strtof; from_chars rounds the same way
// (correctly) and ignores the locale.
template<typename F>
bool parseFloat(const Value &v, F &out)
{
    char buf[64];
    int n = 0;
    if (v.type() == Value::Type::Int)
        n = int(std::to_chars(buf, buf + sizeof buf, v.intValue()).ptr - buf);
    else if (v.type() == Value::Type::Decimal)
        n = v.decimalValue().format(buf);
    else
        return false;
    const auto r = std::from_chars(buf, buf + n, out);
    return r.ec == std::errc() && r.ptr == buf + n;
}

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// 8-4-4-4-12 hexadecimal digits, or the 32 digits alone.
bool parseUuid(const QString &text, unsigned char (&bytes)[16])
{
    int nibble = 0;
    for (int i = 0; i < text.size(); ++i) {
        const bool dashed = text.size() == 36 && (i == 8 || i == 13 || i == 18 || i == 23);
        if (dashed) {
            if (text[i] != QLatin1Char('-'))
                return false;
            continue;
        }
        const int h = hexValue(text[i]);
        if (h < 0 || nibble >= 32)
            return false;
        bytes[nibble / 2] = (nibble % 2) ? static_cast<unsigned char>(bytes[nibble / 2] | h)
                                         : static_cast<unsigned char>(h << 4);
        ++nibble;
    }
    return nibble == 32 && (text.size() == 32 || text.size() == 36);
}

// numeric's send form: digit count, weight (of the first base-10000 digit), sign, display
// scale, then the base-10000 digits without leading or trailing zero digits.
void putNumeric(char *&out, const Decimal &d)
{
    using U = unsigned __int128;
    U mag = d.isNegative() ? U(-d.coefficient()) : U(d.coefficient());
    const int scale = d.scale();
    char dec[48];
    int n = 0;
    while (mag > U(std::numeric_limits<quint64>::max())) { // 128-bit division is slow: only above 2^64
        dec[n++] = char(mag % 10);
        mag /= 10;
    }
    quint64 small = quint64(mag);
    do {
        dec[n++] = char(small % 10);
        small /= 10;
    } while (small != 0);
    // dec[0] is the least significant decimal digit. Digit i (from there) has the power
    // 10^(i - scale); group it by powers of 10000, counted from the decimal point.
    const int lowPower = -scale;             // power of dec[0]
    const int highPower = n - 1 - scale;     // power of the most significant digit
    const auto groupOf = [](int power) { return power >= 0 ? power / 4 : -((-power + 3) / 4); };
    const int lowGroup = groupOf(lowPower);
    const int highGroup = groupOf(highPower);
    quint16 groups[16] = {};
    const int count = highGroup - lowGroup + 1;
    for (int i = 0; i < n; ++i) {
        const int power = lowPower + i;
        const int g = groupOf(power);
        const int within = power - g * 4; // 0..3
        static const quint16 scales[4] = {1, 10, 100, 1000};
        groups[highGroup - g] = quint16(groups[highGroup - g] + dec[i] * scales[within]);
    }
    int first = 0, last = count - 1;
    while (first <= last && groups[first] == 0)
        ++first;
    while (last >= first && groups[last] == 0)
        --last;
    const int digits = first <= last ? last - first + 1 : 0;
    const int weight = digits ? highGroup - first : 0;
    put32(out, quint32(8 + 2 * digits));
    put16(out, quint16(digits));
    put16(out, quint16(qint16(weight)));
    put16(out, (digits && d.isNegative()) ? 0x4000 : 0x0000);
    put16(out, quint16(scale));
    for (int i = first; i <= last; ++i)
        put16(out, groups[i]);
}

// Encodes at *out (and moves it on) when `out` is not null; returns false (and writes nothing)
// when the value has no binary form for the column that reads as its text would.
bool encode(char **out, const Value &v, unsigned int oid)
{
    if (v.isNull()) {
        if (out)
            put32(*out, quint32(-1));
        return true;
    }
    switch (oid) {
    case BoolOid:
        if (v.type() != Value::Type::Bool)
            return false;
        if (out) {
            put32(*out, 1);
            *(*out)++ = v.boolValue() ? '\1' : '\0';
        }
        return true;
    case Int2Oid:
    case Int4Oid:
    case Int8Oid: {
        if (v.type() != Value::Type::Int)
            return false;
        const qint64 i = v.intValue();
        if (oid == Int2Oid && (i < std::numeric_limits<qint16>::min() || i > std::numeric_limits<qint16>::max()))
            return false;
        if (oid == Int4Oid && (i < std::numeric_limits<qint32>::min() || i > std::numeric_limits<qint32>::max()))
            return false;
        if (out) {
            if (oid == Int2Oid) {
                put32(*out, 2);
                put16(*out, quint16(qint16(i)));
            } else if (oid == Int4Oid) {
                put32(*out, 4);
                put32(*out, quint32(qint32(i)));
            } else {
                put32(*out, 8);
                put64(*out, quint64(i));
            }
        }
        return true;
    }
    case NumericOid:
        if (v.type() == Value::Type::Int) {
            if (out)
                putNumeric(*out, Decimal::fromInt(v.intValue()));
            return true;
        }
        if (v.type() != Value::Type::Decimal)
            return false;
        if (out)
            putNumeric(*out, v.decimalValue());
        return true;
    case Float4Oid: {
        float f = 0;
        if (!parseFloat(v, f))
            return false;
        if (out) {
            quint32 bits;
            std::memcpy(&bits, &f, 4);
            put32(*out, 4);
            put32(*out, bits);
        }
        return true;
    }
    case Float8Oid: {
        double f = 0;
        if (!parseFloat(v, f))
            return false;
        if (out) {
            quint64 bits;
            std::memcpy(&bits, &f, 8);
            put32(*out, 8);
            put64(*out, bits);
        }
        return true;
    }
    case TextOid:
    case VarcharOid:
    case BpcharOid:
    case JsonOid:
    case JsonbOid: {
        if (v.type() == Value::Type::Timestamp && !inIsoYears(localUsecs(v.timestampValue())))
            return false;
        if (out && v.type() == Value::Type::String) {
            putUtf8(*out, v.stringValue(), oid == JsonbOid);
        } else if (out) {
            const QByteArray text = textForm(v);
            const bool jsonb = oid == JsonbOid;
            put32(*out, quint32(text.size() + (jsonb ? 1 : 0)));
            if (jsonb)
                *(*out)++ = '\1'; // jsonb's binary form: version 1, then the text
            putBytes(*out, text.constData(), text.size());
        }
        return true;
    }
    case DateOid: {
        qint64 days = 0;
        if (v.type() == Value::Type::Date) {
            if (!dateInIsoYears(v.dateValue()))
                return false;
            days = v.dateValue().toJulianDay() - PgEpochJulianDay;
        } else if (v.type() == Value::Type::Timestamp) {
            // The server reads the date of the written wall-clock time.
            const qint64 local = localUsecs(v.timestampValue());
            if (!inIsoYears(local))
                return false;
            days = (local >= 0 ? local / UsecsPerDay : -((-local + UsecsPerDay - 1) / UsecsPerDay))
                + UnixEpochJulianDay - PgEpochJulianDay;
        } else {
            return false;
        }
        if (out) {
            put32(*out, 4);
            put32(*out, quint32(qint32(days)));
        }
        return true;
    }
    case TimestampOid:
    case TimestampTzOid: {
        qint64 usecs = 0;
        if (v.type() == Value::Type::Date) {
            if (!dateInIsoYears(v.dateValue()))
                return false;
            usecs = (v.dateValue().toJulianDay() - UnixEpochJulianDay) * UsecsPerDay; // midnight (UTC session)
        } else if (v.type() == Value::Type::Timestamp) {
            const Timestamp &t = v.timestampValue();
            if (!inIsoYears(localUsecs(t)))
                return false;
            // `timestamp` keeps the written wall-clock time and ignores an offset; `timestamptz`
            // is the instant (a naive time is read in the session's zone, UTC).
            usecs = oid == TimestampOid ? localUsecs(t) : t.usecsSinceEpochUtc;
        } else {
            return false;
        }
        if (out) {
            put32(*out, 8);
            put64(*out, quint64(usecs - PgEpochUsecs));
        }
        return true;
    }
    case UuidOid: {
        if (v.type() != Value::Type::String)
            return false;
        unsigned char bytes[16];
        if (!parseUuid(v.stringValue(), bytes))
            return false;
        if (out) {
            put32(*out, 16);
            putBytes(*out, reinterpret_cast<const char *>(bytes), 16);
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace

bool hasBinaryForm(unsigned int oid)
{
    switch (oid) {
    case BoolOid:
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case NumericOid:
    case Float4Oid:
    case Float8Oid:
    case TextOid:
    case VarcharOid:
    case BpcharOid:
    case JsonOid:
    case JsonbOid:
    case DateOid:
    case TimestampOid:
    case TimestampTzOid:
    case UuidOid:
        return true;
    default:
        return false;
    }
}

bool binaryEncodable(const Value &value, unsigned int oid)
{
    return encode(nullptr, value, oid);
}

qsizetype maxBinaryFieldSize(const Value &value)
{
    switch (value.type()) {
    case Value::Type::String: return 5 + 3 * value.stringValue().size();
    case Value::Type::Json: return 5 + 3 * value.jsonText().size();
    default: return 5 + 64; // numbers, times, uuids; or their text form (at most 48 bytes)
    }
}

char *putBinaryCopyHeader(char *p)
{
    putBytes(p, "PGCOPY\n\377\r\n\0", 11);
    put32(p, 0); // flags: no OIDs
    put32(p, 0); // no header extension
    return p;
}

char *putBinaryCopyTrailer(char *p)
{
    put16(p, 0xFFFF);
    return p;
}

char *putBinaryRowStart(char *p, int fields)
{
    put16(p, quint16(fields));
    return p;
}

char *putBinaryField(char *p, const Value &value, unsigned int oid)
{
    encode(&p, value, oid);
    return p;
}

char *putBinaryInt4Field(char *p, qint32 v)
{
    put32(p, 4);
    put32(p, quint32(v));
    return p;
}

} // namespace concord::pg
