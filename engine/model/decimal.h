#pragma once
// Exact fixed-point decimal: a 128-bit coefficient and a scale (value = coefficient / 10^scale).
// Money such as decimal(18,2) lives here from the source read to the sink bind and never passes
// through a double. Up to 38 significant digits.

#include <QString>
#include <QStringView>

#include <optional>

namespace concord {

class Decimal
{
public:
    using Coefficient = __int128;
    static constexpr int MaxDigits = 38;

    enum class Rounding { HalfUp, HalfEven, Down };

    constexpr Decimal() = default;
    static Decimal fromInt(qint64 v) { return Decimal(v, 0); }
    static std::optional<Decimal> fromCoefficient(Coefficient c, int scale);

    // Parses "-12.50", "+3", ".5", "1e3", "1.25E-2". Leading/trailing spaces are an error.
    static std::optional<Decimal> parse(QStringView text);
    static std::optional<Decimal> parse(const char *text, qsizetype length);

    Coefficient coefficient() const { return m_coef; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_coef == 0; }
    bool isNegative() const { return m_coef < 0; }
    // Number of digits of the coefficient (1 for zero).
    int digits() const;
    // True if the value fits decimal(precision, scale) without losing digits.
    bool fits(int precision, int scale) const;

    // Same value with another scale; rounds when the scale shrinks. nullopt on overflow.
    std::optional<Decimal> rescaled(int scale, Rounding rounding = Rounding::HalfUp) const;
    // Removes trailing fractional zeros ("12.50" -> "12.5").
    Decimal normalized() const;

    std::optional<qint64> toInt64() const; // only when integral and in range
    QString toString() const;              // keeps the scale: "12.50"
    QByteArray toUtf8() const;
    static constexpr int MaxFormattedLength = 48;
    // Writes the text form into `buf` (at least MaxFormattedLength bytes); returns its length.
    int format(char *buf) const;

    std::optional<Decimal> add(const Decimal &o) const;
    std::optional<Decimal> subtract(const Decimal &o) const;
    std::optional<Decimal> multiply(const Decimal &o) const;
    // Quotient rounded half-up to `scale` digits; nullopt on division by zero or overflow.
    std::optional<Decimal> divide(const Decimal &o, int scale) const;
    Decimal negated() const { return Decimal(-m_coef, m_scale); }

    // Numeric comparison: 12.5 == 12.50.
    int compare(const Decimal &o) const;
    bool operator==(const Decimal &o) const { return compare(o) == 0; }
    bool operator!=(const Decimal &o) const { return compare(o) != 0; }
    bool operator<(const Decimal &o) const { return compare(o) < 0; }

private:
    constexpr Decimal(Coefficient c, int scale) : m_coef(c), m_scale(scale) { }

    Coefficient m_coef = 0;
    int m_scale = 0;
};

} // namespace concord
