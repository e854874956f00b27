#include "model/decimal.h"

#include <array>

#include <cstring>

namespace concord {

namespace {

using C = Decimal::Coefficient;

constexpr C pow10(int n)
{
    C r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// 10^38 - 1: the largest coefficient we accept.
constexpr C MaxCoefficient = pow10(Decimal::MaxDigits) - 1;

bool inRange(C c) { return c <= MaxCoefficient && c >= -MaxCoefficient; }

// Multiplies c by 10^n; false on overflow.
bool scaleUp(C &c, int n)
{
    for (int i = 0; i < n; ++i) {
        if (__builtin_mul_overflow(c, C(10), &c))
            return false;
    }
    return inRange(c);
}

template<typename Char>
std::optional<Decimal> parseDigits(const Char *p, qsizetype n)
{
    if (n <= 0)
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (p[i] == Char('+') || p[i] == Char('-')) {
        negative = p[i] == Char('-');
        ++i;
    }
    C coef = 0;
    int digits = 0;
    int scale = 0;
    bool seenPoint = false;
    bool anyDigit = false;
    for (; i < n; ++i) {
        const auto ch = p[i];
        if (ch >= Char('0') && ch <= Char('9')) {
            anyDigit = true;
            if (coef == 0 && ch == Char('0')) {
                if (seenPoint)
                    ++scale;
                continue; // leading zeros do not count as digits
            }
            if (++digits > Decimal::MaxDigits)
                return std::nullopt;
            coef = coef * 10 + int(ch - Char('0'));
            if (seenPoint)
                ++scale;
        } else if (ch == Char('.') && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    if (i < n) {
        if (p[i] != Char('e') && p[i] != Char('E'))
            return std::nullopt;
        ++i;
        bool expNegative = false;
        if (i < n && (p[i] == Char('+') || p[i] == Char('-'))) {
            expNegative = p[i] == Char('-');
            ++i;
        }
        if (i >= n)
            return std::nullopt;
        int exp = 0;
        for (; i < n; ++i) {
            const auto ch = p[i];
            if (ch < Char('0') || ch > Char('9'))
                return std::nullopt;
            exp = exp * 10 + int(ch - Char('0'));
            if (exp > 400)
                return std::nullopt;
        }
        if (expNegative) {
            scale += exp;
        } else if (exp <= scale) {
            scale -= exp;
        } else {
            if (!scaleUp(coef, exp - scale))
                return std::nullopt;
            scale = 0;
        }
        if (scale > Decimal::MaxDigits)
            return std::nullopt;
    }
    if (scale > Decimal::MaxDigits)
        return std::nullopt;
    return Decimal::fromCoefficient(negative ? -coef : coef, scale);
}

// Aligns two decimals to the larger scale. False on overflow.
bool align(const Decimal &a, const Decimal &b, C &ca, C &cb, int &scale)
{
    ca = a.coefficient();
    cb = b.coefficient();
    scale = std::max(a.scale(), b.scale());
    return scaleUp(ca, scale - a.scale()) && scaleUp(cb, scale - b.scale());
}

C divRound(C num, C den, Decimal::Rounding rounding)
{
    C q = num / den;
    const C r = num % den;
    if (r == 0 || rounding == Decimal::Rounding::Down)
        return q;
    // Round up when the remainder is past half the divisor. 2 * |r| can exceed 128 bits (|den| may
    // be 10^38), so |r| is compared with what is left of the divisor instead.
    const C absR = r < 0 ? -r : r;
    const C absDen = den < 0 ? -den : den;
    const C rest = absDen - absR;
    const bool negative = (num < 0) != (den < 0);
    bool up = absR > rest;
    if (absR == rest)
        up = rounding == Decimal::Rounding::HalfUp || (q % 2 != 0);
    if (up)
        q += negative ? -1 : 1;
    return q;
}

} // namespace

std::optional<Decimal> Decimal::fromCoefficient(Coefficient c, int scale)
{
    if (!inRange(c) || scale < 0 || scale > MaxDigits)
        return std::nullopt;
    return Decimal(c, scale);
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    return parseDigits(text.utf16(), text.size());
}

std::optional<Decimal> Decimal::parse(const char *text, qsizetype length)
{
    return parseDigits(text, length);
}

int Decimal::digits() const
{
    // Comparisons against a table of powers of ten: a 128-bit division per digit is what a
    // mapping's per-record precision check cannot afford.
    static constexpr auto powers = [] {
        std::array<C, Decimal::MaxDigits + 1> p{};
        for (int i = 0; i <= Decimal::MaxDigits; ++i)
            p[std::size_t(i)] = pow10(i);
        return p;
    }();
    const C c = m_coef < 0 ? -m_coef : m_coef;
    int n = 1;
    while (n <= Decimal::MaxDigits && c >= powers[std::size_t(n)])
        ++n;
    return n;
}

bool Decimal::fits(int precision, int scale) const
{
    const auto r = rescaled(scale, Rounding::Down);
    if (!r || r->compare(*this) != 0)
        return false; // would lose fractional digits
    return r->isZero() || r->digits() <= precision;
}

std::optional<Decimal> Decimal::rescaled(int scale, Rounding rounding) const
{
    if (scale < 0 || scale > MaxDigits)
        return std::nullopt;
    if (scale == m_scale)
        return *this;
    if (scale > m_scale) {
        C c = m_coef;
        if (!scaleUp(c, scale - m_scale))
            return std::nullopt;
        return Decimal(c, scale);
    }
    return Decimal(divRound(m_coef, pow10(m_scale - scale), rounding), scale);
}

Decimal Decimal::normalized() const
{
    C c = m_coef;
    int s = m_scale;
    while (s > 0 && c % 10 == 0) {
        c /= 10;
        --s;
    }
    return Decimal(c, s);
}

std::optional<qint64> Decimal::toInt64() const
{
    const Decimal n = normalized();
    if (n.m_scale != 0)
        return std::nullopt;
    if (n.m_coef > C(std::numeric_limits<qint64>::max()) || n.m_coef < C(std::numeric_limits<qint64>::min()))
        return std::nullopt;
    return qint64(n.m_coef);
}

QByteArray Decimal::toUtf8() const
{
    char buf[MaxFormattedLength];
    return QByteArray(buf, format(buf));
}

int Decimal::format(char *out) const
{
    char buf[MaxFormattedLength];
    int pos = sizeof(buf);
    C c = m_coef;
    const bool negative = c < 0;
    // Work with negative numbers: -MaxCoefficient is representable either way, but this keeps
    // the loop uniform.
    if (!negative)
        c = -c;
    int written = 0;
    do {
        buf[--pos] = char('0' - int(c % 10));
        c /= 10;
        ++written;
        if (written == m_scale)
            buf[--pos] = '.';
    } while (c != 0 || written < m_scale);
    if (m_scale > 0 && buf[pos] == '.')
        buf[--pos] = '0';
    if (negative)
        buf[--pos] = '-';
    const int len = int(sizeof(buf)) - pos;
    std::memcpy(out, buf + pos, std::size_t(len));
    return len;
}

QString Decimal::toString() const
{
    return QString::fromLatin1(toUtf8());
}

std::optional<Decimal> Decimal::add(const Decimal &o) const
{
    C a, b;
    int s;
    if (!align(*this, o, a, b, s))
        return std::nullopt;
    // Two 38-digit coefficients can sum past 128 bits; fromCoefficient() rejects what passes 38 digits.
    C sum;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return fromCoefficient(sum, s);
}

std::optional<Decimal> Decimal::subtract(const Decimal &o) const
{
    return add(o.negated());
}

std::optional<Decimal> Decimal::multiply(const Decimal &o) const
{
    C c;
    if (__builtin_mul_overflow(m_coef, o.m_coef, &c))
        return std::nullopt;
    int s = m_scale + o.m_scale;
    // Keep within the digit limit by dropping fractional digits we cannot hold.
    while (s > MaxDigits) {
        c = divRound(c, 10, Rounding::HalfUp);
        --s;
    }
    return fromCoefficient(c, s);
}

std::optional<Decimal> Decimal::divide(const Decimal &o, int scale) const
{
    if (o.m_coef == 0 || scale < 0 || scale > MaxDigits)
        return std::nullopt;
    // result = (a / 10^sa) / (b / 10^sb) = a * 10^(sb - sa + scale) / b, at `scale`.
    C num = m_coef;
    C den = o.m_coef;
    const int shift = o.m_scale - m_scale + scale;
    if (shift >= 0) {
        if (!scaleUp(num, shift))
            return std::nullopt;
    } else if (!scaleUp(den, -shift)) {
        return std::nullopt;
    }
    return fromCoefficient(divRound(num, den, Rounding::HalfUp), scale);
}

int Decimal::compare(const Decimal &o) const
{
    if (m_scale == o.m_scale)
        return m_coef < o.m_coef ? -1 : (m_coef > o.m_coef ? 1 : 0);
    C a, b;
    int s;
    if (!align(*this, o, a, b, s)) {
        // Cannot align without overflow: the magnitudes alone decide.
        if ((m_coef < 0) != (o.m_coef < 0))
            return m_coef < 0 ? -1 : 1;
        const long double x = static_cast<long double>(m_coef) / static_cast<long double>(pow10(m_scale));
        const long double y = static_cast<long double>(o.m_coef) / static_cast<long double>(pow10(o.m_scale));
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace concord
