#include "mapping/exprbuiltins.h"

#include "mapping/texttransform.h"

#include <QDateTime>

#include <limits>

namespace concord::expr {

namespace {

using Type = Value::Type;

bool typeError(EvalContext &ctx, const char *fn, const QString &what, int pos)
{
    return ctx.fail(ErrorCode::TypeMismatch, QLatin1String(fn) + QLatin1String(": ") + what, pos);
}

bool valueError(EvalContext &ctx, const char *fn, const QString &what, int pos)
{
    return ctx.fail(ErrorCode::MappingError, QLatin1String(fn) + QLatin1String(": ") + what, pos);
}

// An integer argument (a count, a position, a scale). Integral decimals are accepted.
bool integerArg(
    const Value &v, const char *fn, const char *what, qint64 &out, EvalContext &ctx, int pos)
{
    if (v.type() == Type::Int) {
        out = v.intValue();
        return true;
    }
    if (v.type() == Type::Decimal) {
        if (const auto i = v.decimalValue().toInt64()) {
            out = *i;
            return true;
        }
    }
    return typeError(ctx, fn,
        QStringLiteral("%1 must be an integer, got %2").arg(QLatin1String(what), typeName(v)), pos);
}

// Strings are counted in characters (code points), not UTF-16 units, so an emoji counts once.
qsizetype codePointCount(QStringView s)
{
    qsizetype n = s.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s[i].isHighSurrogate() && s[i + 1].isLowSurrogate()) {
            --n;
            ++i;
        }
    }
    return n;
}

// UTF-16 index of code point `cp` (cp <= count).
qsizetype unitIndex(QStringView s, qsizetype cp)
{
    qsizetype i = 0;
    for (; cp > 0 && i < s.size(); --cp)
        i += (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) ? 2 : 1;
    return i;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// The QDateTime that shows a timestamp's own wall clock: its offset for zoned values, the naive
// fields as they were written otherwise.
QDateTime wallClock(const Timestamp &ts)
{
    const qint64 msecs = floorDiv(ts.usecsSinceEpochUtc, 1000);
    if (ts.naive || ts.offsetMinutes == 0)
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, ts.offsetMinutes * 60);
}

// Whether a Qt date format asks for a time of day (or a zone). Quoted text is skipped.
bool formatHasTime(QStringView fmt)
{
    bool quoted = false;
    for (const QChar c : fmt) {
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        switch (c.unicode()) {
        case 'h':
        case 'H':
        case 'm':
        case 's':
        case 'z':
        case 'a':
        case 'A':
        case 't':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool tooLong(EvalContext &ctx, const char *fn, int pos)
{
    return valueError(ctx, fn,
        QStringLiteral("the result would be longer than %1 characters").arg(MaxStringLength), pos);
}

} // namespace

QString textOf(const Value &v)
{
    return v.type() == Type::String ? v.stringValue() : v.toString();
}

bool fnTrim(const Value *const *argv, int, Value &out, EvalContext &, int)
{
    out = Value::fromString(textOf(*argv[0]).trimmed());
    return true;
}

bool fnUpper(const Value *const *argv, int, Value &out, EvalContext &, int)
{
    out = Value::fromString(convertCase(textOf(*argv[0]), true));
    return true;
}

bool fnLower(const Value *const *argv, int, Value &out, EvalContext &, int)
{
    out = Value::fromString(convertCase(textOf(*argv[0]), false));
    return true;
}

bool fnLength(const Value *const *argv, int, Value &out, EvalContext &, int)
{
    const Value &v = *argv[0];
    out = Value::fromInt(
        v.type() == Type::String ? codePointCount(v.stringValue()) : codePointCount(v.toString()));
    return true;
}

// substr(s, start[, length]) as in SQL: 1-based; the window [start, start + length) is cut to the
// string, so substr('abc', 0, 2) is 'a' and a start past the end gives ''.
bool fnSubstr(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos)
{
    qint64 start = 0;
    qint64 length = 0;
    if (!integerArg(*argv[1], "substr", "the start position", start, ctx, pos))
        return false;
    if (argc > 2) {
        if (!integerArg(*argv[2], "substr", "the length", length, ctx, pos))
            return false;
        if (length < 0)
            return valueError(
                ctx, "substr", QStringLiteral("the length must not be negative"), pos);
    }
    const QString s = textOf(*argv[0]);
    const qsizetype count = codePointCount(s);
    // 128-bit so that extreme arguments cannot overflow.
    const __int128 from = std::max<__int128>(__int128(start) - 1, 0);
    const __int128 to = std::min<__int128>(argc > 2 ? __int128(start) - 1 + length : count, count);
    if (to <= from) {
        out = Value::fromString(QString());
        return true;
    }
    if (count == s.size()) {
        out = Value::fromString(s.mid(qsizetype(from), qsizetype(to - from)));
    } else {
        const qsizetype a = unitIndex(s, qsizetype(from));
        const qsizetype b = a + unitIndex(QStringView(s).mid(a), qsizetype(to - from));
        out = Value::fromString(s.mid(a, b - a));
    }
    return true;
}

// replace(s, from, to): every occurrence, case-sensitive. The result size is checked before it is
// built.
bool fnReplace(const Value *const *argv, int, Value &out, EvalContext &ctx, int pos)
{
    QString s = textOf(*argv[0]);
    const QString from = textOf(*argv[1]);
    const QString to = textOf(*argv[2]);
    if (from.isEmpty()) {
        out = Value::fromString(std::move(s));
        return true;
    }
    if (to.size() > from.size()) {
        const qsizetype n = s.count(from);
        if (s.size() + n * (to.size() - from.size()) > MaxStringLength)
            return tooLong(ctx, "replace", pos);
    }
    s.replace(from, to);
    out = Value::fromString(std::move(s));
    return true;
}

// format_date(d, fmt): d is a date, a timestamp or an ISO string; fmt a Qt date format.
bool fnFormatDate(const Value *const *argv, int, Value &out, EvalContext &ctx, int pos)
{
    const Value &d = *argv[0];
    const Value &fmt = *argv[1];
    if (fmt.type() != Type::String)
        return typeError(ctx, "format_date",
            QStringLiteral("the format must be a string, got %1").arg(typeName(fmt)), pos);
    Timestamp ts;
    switch (d.type()) {
    case Type::Date:
        ts = Timestamp::fromDate(d.dateValue());
        break;
    case Type::Timestamp:
        ts = d.timestampValue();
        break;
    case Type::String: {
        const auto parsed = Timestamp::parse(QStringView(d.stringValue()).trimmed());
        if (!parsed)
            return typeError(ctx, "format_date",
                QStringLiteral("the string is not an ISO date or timestamp"), pos);
        ts = *parsed;
        break;
    }
    default:
        return typeError(ctx, "format_date",
            QStringLiteral("needs a date, timestamp or ISO string, got %1").arg(typeName(d)), pos);
    }
    out = Value::fromString(wallClock(ts).toString(fmt.stringValue()));
    return true;
}

// parse_date(s, fmt): a date when fmt has no time of day, a naive timestamp otherwise (a zoned
// one if fmt reads a zone with 't'). Blank text is null: sources often send '' for "no date".
bool fnParseDate(const Value *const *argv, int, Value &out, EvalContext &ctx, int pos)
{
    const Value &s = *argv[0];
    const Value &fmt = *argv[1];
    if (fmt.type() != Type::String)
        return typeError(ctx, "parse_date",
            QStringLiteral("the format must be a string, got %1").arg(typeName(fmt)), pos);
    const bool withTime = formatHasTime(fmt.stringValue());
    switch (s.type()) {
    case Type::Date:
        out = withTime ? Value::fromTimestamp(Timestamp::fromDate(s.dateValue())) : s;
        return true;
    case Type::Timestamp:
        out = withTime ? s : Value::fromDate(s.timestampValue().localDate());
        return true;
    case Type::String:
    case Type::Int:
        break;
    default:
        return typeError(
            ctx, "parse_date", QStringLiteral("needs text, got %1").arg(typeName(s)), pos);
    }
    const QString text = textOf(s).trimmed();
    if (text.isEmpty()) {
        out = Value();
        return true;
    }
    const auto mismatch = [&] {
        return typeError(ctx, "parse_date",
            QStringLiteral("the text does not match the format '%1'").arg(fmt.stringValue()), pos);
    };
    if (!withTime) {
        const QDate date = QDate::fromString(text, fmt.stringValue());
        if (!date.isValid())
            return mismatch();
        out = Value::fromDate(date);
        return true;
    }
    const QDateTime dt = QDateTime::fromString(text, fmt.stringValue());
    if (!dt.isValid())
        return mismatch();
    Timestamp ts;
    if (dt.timeSpec() == Qt::LocalTime) {
        // No zone in the text: keep the wall clock as written (a naive timestamp).
        ts = Timestamp::fromDate(dt.date());
        ts.usecsSinceEpochUtc += qint64(dt.time().msecsSinceStartOfDay()) * 1000;
    } else {
        ts = Timestamp::fromMSecsSinceEpoch(dt.toMSecsSinceEpoch(), dt.offsetFromUtc() / 60);
    }
    out = Value::fromTimestamp(ts);
    return true;
}

// round(x[, n]): half away from zero, exact. Decimals come back with scale n; ints stay ints.
// A negative n rounds to tens, hundreds...
bool fnRound(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos)
{
    qint64 digits = 0;
    if (argc > 1 && !integerArg(*argv[1], "round", "the number of digits", digits, ctx, pos))
        return false;
    if (digits < -18 || digits > Decimal::MaxDigits)
        return valueError(
            ctx, "round", QStringLiteral("the number of digits must be between -18 and 38"), pos);
    const Value &x = *argv[0];
    if (x.type() == Type::Int) {
        if (digits >= 0) {
            out = x;
            return true;
        }
        qint64 p = 1;
        for (qint64 i = 0; i < -digits; ++i)
            p *= 10;
        const qint64 v = x.intValue();
        qint64 q = v / p;
        const qint64 r = v % p;
        if ((r < 0 ? -r : r) * 2 >= p)
            q += v < 0 ? -1 : 1;
        qint64 result = 0;
        if (__builtin_mul_overflow(q, p, &result))
            return valueError(ctx, "round", QStringLiteral("integer overflow"), pos);
        out = Value::fromInt(result);
        return true;
    }
    if (x.type() == Type::Decimal) {
        const Decimal &d = x.decimalValue();
        std::optional<Decimal> r;
        if (digits >= 0) {
            r = d.rescaled(int(digits), Decimal::Rounding::HalfUp);
        } else {
            qint64 p = 1;
            for (qint64 i = 0; i < -digits; ++i)
                p *= 10;
            if (const auto q = d.divide(Decimal::fromInt(p), 0))
                r = q->multiply(Decimal::fromInt(p));
        }
        if (!r)
            return valueError(ctx, "round", QStringLiteral("decimal overflow"), pos);
        out = Value::fromDecimal(*r);
        return true;
    }
    return typeError(ctx, "round",
        QStringLiteral("needs a number, got %1 (use to_decimal() to read text)").arg(typeName(x)),
        pos);
}

// to_int(x): strict, like a declared int column: a fraction is an error, not silently cut.
bool fnToInt(const Value *const *argv, int, Value &out, EvalContext &ctx, int pos)
{
    const Value &x = *argv[0];
    switch (x.type()) {
    case Type::Int:
        out = x;
        return true;
    case Type::Bool:
        out = Value::fromInt(x.boolValue() ? 1 : 0);
        return true;
    case Type::Decimal:
        if (const auto i = x.decimalValue().toInt64()) {
            out = Value::fromInt(*i);
            return true;
        }
        if (x.decimalValue().normalized().scale() > 0)
            return typeError(ctx, "to_int",
                QStringLiteral("the decimal has a fractional part (round it first with round(x))"),
                pos);
        return valueError(
            ctx, "to_int", QStringLiteral("the number is out of the integer range"), pos);
    case Type::String: {
        const QStringView text = QStringView(x.stringValue()).trimmed();
        if (text.isEmpty()) {
            out = Value();
            return true;
        }
        bool ok = false;
        const qint64 i = text.toLongLong(&ok);
        if (ok) {
            out = Value::fromInt(i);
            return true;
        }
        if (const auto d = Decimal::parse(text)) {
            if (const auto j = d->toInt64()) {
                out = Value::fromInt(*j);
                return true;
            }
            if (d->normalized().scale() == 0)
                return valueError(
                    ctx, "to_int", QStringLiteral("the number is out of the integer range"), pos);
        }
        return typeError(ctx, "to_int", QStringLiteral("the string is not an integer"), pos);
    }
    default:
        return typeError(
            ctx, "to_int", QStringLiteral("cannot convert %1 to int").arg(typeName(x)), pos);
    }
}

// to_decimal(x[, scale]): exact; a scale rounds half away from zero.
bool fnToDecimal(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos)
{
    qint64 scale = -1;
    if (argc > 1) {
        if (!integerArg(*argv[1], "to_decimal", "the scale", scale, ctx, pos))
            return false;
        if (scale < 0 || scale > Decimal::MaxDigits)
            return valueError(
                ctx, "to_decimal", QStringLiteral("the scale must be between 0 and 38"), pos);
    }
    const Value &x = *argv[0];
    std::optional<Decimal> d;
    switch (x.type()) {
    case Type::Int:
        d = Decimal::fromInt(x.intValue());
        break;
    case Type::Decimal:
        d = x.decimalValue();
        break;
    case Type::String: {
        const QStringView text = QStringView(x.stringValue()).trimmed();
        if (text.isEmpty()) {
            out = Value();
            return true;
        }
        d = Decimal::parse(text);
        if (!d)
            return typeError(ctx, "to_decimal", QStringLiteral("the string is not a number"), pos);
        break;
    }
    default:
        return typeError(ctx, "to_decimal",
            QStringLiteral("cannot convert %1 to decimal").arg(typeName(x)), pos);
    }
    if (scale >= 0) {
        d = d->rescaled(int(scale), Decimal::Rounding::HalfUp);
        if (!d)
            return valueError(ctx, "to_decimal",
                QStringLiteral("the number does not fit 38 digits at that scale"), pos);
    }
    out = Value::fromDecimal(*d);
    return true;
}

bool fnToString(const Value *const *argv, int, Value &out, EvalContext &ctx, int pos)
{
    QString s = textOf(*argv[0]);
    if (s.size() > MaxStringLength)
        return tooLong(ctx, "to_string", pos);
    out = Value::fromString(std::move(s));
    return true;
}

} // namespace concord::expr
