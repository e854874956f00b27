#include "model/timestamp.h"

#include <cstdio>

namespace concord {

namespace {

constexpr qint64 UsecsPerDay = 86400LL * 1000000LL;
// QDate's Julian day of 1970-01-01.
constexpr qint64 EpochJulianDay = 2440588;

template<typename Char>
bool digitsAt(const Char *p, qsizetype n, qsizetype pos, int count, int &out)
{
    if (pos + count > n)
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const auto c = p[pos + i];
        if (c < Char('0') || c > Char('9'))
            return false;
        v = v * 10 + int(c - Char('0'));
    }
    out = v;
    return true;
}

template<typename Char>
std::optional<Timestamp> parseImpl(const Char *p, qsizetype n)
{
    int y, mo, d;
    if (!digitsAt(p, n, 0, 4, y) || n < 10 || p[4] != Char('-') || !digitsAt(p, n, 5, 2, mo)
        || p[7] != Char('-') || !digitsAt(p, n, 8, 2, d))
        return std::nullopt;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    qint64 usecs = (date.toJulianDay() - EpochJulianDay) * UsecsPerDay;
    qsizetype i = 10;
    Timestamp ts;
    ts.naive = true;
    if (i < n && (p[i] == Char('T') || p[i] == Char(' '))) {
        int h, mi, s = 0;
        if (!digitsAt(p, n, i + 1, 2, h) || i + 3 >= n || p[i + 3] != Char(':') || !digitsAt(p, n, i + 4, 2, mi))
            return std::nullopt;
        i += 6;
        if (i < n && p[i] == Char(':')) {
            if (!digitsAt(p, n, i + 1, 2, s))
                return std::nullopt;
            i += 3;
        }
        if (h > 23 || mi > 59 || s > 60)
            return std::nullopt;
        qint64 frac = 0;
        if (i < n && (p[i] == Char('.') || p[i] == Char(','))) {
            ++i;
            int digits = 0;
            while (i < n && p[i] >= Char('0') && p[i] <= Char('9')) {
                if (digits < 6) {
                    frac = frac * 10 + int(p[i] - Char('0'));
                    ++digits;
                }
                ++i;
            }
            if (digits == 0)
                return std::nullopt;
            for (; digits < 6; ++digits)
                frac *= 10;
        }
        usecs += (qint64(h) * 3600 + qint64(mi) * 60 + s) * 1000000LL + frac;
        if (i < n) {
            if (p[i] == Char('Z') || p[i] == Char('z')) {
                ts.naive = false;
                ++i;
            } else if (p[i] == Char('+') || p[i] == Char('-')) {
                const int sign = p[i] == Char('-') ? -1 : 1;
                int oh, om = 0;
                if (!digitsAt(p, n, i + 1, 2, oh))
                    return std::nullopt;
                i += 3;
                if (i < n && p[i] == Char(':'))
                    ++i;
                if (i < n) {
                    if (!digitsAt(p, n, i, 2, om))
                        return std::nullopt;
                    i += 2;
                }
                if (oh > 18 || om > 59)
                    return std::nullopt;
                ts.naive = false;
                ts.offsetMinutes = sign * (oh * 60 + om);
                usecs -= qint64(ts.offsetMinutes) * 60 * 1000000LL;
            }
        }
    }
    if (i != n)
        return std::nullopt;
    ts.usecsSinceEpochUtc = usecs;
    return ts;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

std::optional<Timestamp> Timestamp::parse(QStringView text)
{
    return parseImpl(text.utf16(), text.size());
}

std::optional<Timestamp> Timestamp::parse(const char *text, qsizetype length)
{
    return parseImpl(text, length);
}

Timestamp Timestamp::fromDate(const QDate &date)
{
    Timestamp ts;
    ts.naive = true;
    ts.usecsSinceEpochUtc = (date.toJulianDay() - EpochJulianDay) * UsecsPerDay;
    return ts;
}

Timestamp Timestamp::fromMSecsSinceEpoch(qint64 msecs, int offsetMinutes)
{
    Timestamp ts;
    ts.usecsSinceEpochUtc = msecs * 1000;
    ts.offsetMinutes = offsetMinutes;
    return ts;
}

QDate Timestamp::localDate() const
{
    const qint64 local = usecsSinceEpochUtc + qint64(offsetMinutes) * 60 * 1000000LL;
    return QDate::fromJulianDay(floorDiv(local, UsecsPerDay) + EpochJulianDay);
}

namespace {

char *putDigits(char *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

} // namespace

int Timestamp::format(char *buf) const
{
    const qint64 local = usecsSinceEpochUtc + qint64(offsetMinutes) * 60 * 1000000LL;
    const qint64 day = floorDiv(local, UsecsPerDay);
    qint64 rem = local - day * UsecsPerDay;
    int y, mo, d;
    QDate::fromJulianDay(day + EpochJulianDay).getDate(&y, &mo, &d);
    const int micros = int(rem % 1000000);
    rem /= 1000000;
    char *p = buf;
    if (y < 0 || y > 9999) { // outside ISO's four digits: rare enough for the slow path
        p += std::snprintf(p, 8, "%+06d", y);
    } else {
        p = putDigits(p, y, 4);
    }
    *p++ = '-';
    p = putDigits(p, mo, 2);
    *p++ = '-';
    p = putDigits(p, d, 2);
    *p++ = naive ? ' ' : 'T';
    p = putDigits(p, int(rem / 3600), 2);
    *p++ = ':';
    p = putDigits(p, int((rem / 60) % 60), 2);
    *p++ = ':';
    p = putDigits(p, int(rem % 60), 2);
    if (micros != 0) {
        *p++ = '.';
        p = micros % 1000 == 0 ? putDigits(p, micros / 1000, 3) : putDigits(p, micros, 6);
    }
    if (!naive) {
        if (offsetMinutes == 0) {
            *p++ = 'Z';
        } else {
            const int a = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
            *p++ = offsetMinutes < 0 ? '-' : '+';
            p = putDigits(p, a / 60, 2);
            *p++ = ':';
            p = putDigits(p, a % 60, 2);
        }
    }
    return int(p - buf);
}

QByteArray Timestamp::toUtf8() const
{
    char buf[MaxFormattedLength];
    return QByteArray(buf, format(buf));
}

} // namespace concord
