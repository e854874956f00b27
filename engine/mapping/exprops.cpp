#include "mapping/exprops.h"

#include <limits>
#include <optional>

namespace concord::expr {

namespace {

using Type = Value::Type;

bool isNumeric(Type t)
{
    return t == Type::Int || t == Type::Decimal;
}
bool isTemporal(Type t)
{
    return t == Type::Date || t == Type::Timestamp;
}

Decimal toDecimal(const Value &v)
{
    return v.type() == Type::Int ? Decimal::fromInt(v.intValue()) : v.decimalValue();
}

// The number a value stands for in a comparison: numbers themselves, strings when they parse.
std::optional<Decimal> numberOf(const Value &v)
{
    if (isNumeric(v.type()))
        return toDecimal(v);
    if (v.type() == Type::String)
        return Decimal::parse(QStringView(v.stringValue()).trimmed());
    return std::nullopt;
}

// The instant a value stands for: a date is its (naive) midnight, strings parse as ISO 8601.
std::optional<Timestamp> instantOf(const Value &v)
{
    switch (v.type()) {
    case Type::Date:
        return Timestamp::fromDate(v.dateValue());
    case Type::Timestamp:
        return v.timestampValue();
    case Type::String:
        return Timestamp::parse(QStringView(v.stringValue()).trimmed());
    default:
        return std::nullopt;
    }
}

template <typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

enum class Order { Ok, NotNumber, NotDate, Incomparable };

// Orders two non-null values. Same types order naturally; numbers and temporal values accept a
// string partner that parses as one of them.
Order order(const Value &a, const Value &b, int &cmp)
{
    const Type ta = a.type();
    const Type tb = b.type();
    if (ta == tb) {
        switch (ta) {
        case Type::Bool:
            cmp = threeWay(a.boolValue(), b.boolValue());
            return Order::Ok;
        case Type::Int:
            cmp = threeWay(a.intValue(), b.intValue());
            return Order::Ok;
        case Type::Decimal:
            cmp = a.decimalValue().compare(b.decimalValue());
            return Order::Ok;
        case Type::String:
            cmp = a.stringValue().compare(b.stringValue());
            return Order::Ok;
        case Type::Date:
            cmp = threeWay(a.dateValue(), b.dateValue());
            return Order::Ok;
        case Type::Timestamp:
            cmp = a.timestampValue().compare(b.timestampValue());
            return Order::Ok;
        default:
            return Order::Incomparable;
        }
    }
    if (isNumeric(ta) && isNumeric(tb)) {
        cmp = a.compare(b);
        return Order::Ok;
    }
    if ((isNumeric(ta) && tb == Type::String) || (ta == Type::String && isNumeric(tb))) {
        const auto x = numberOf(a);
        const auto y = numberOf(b);
        if (!x || !y)
            return Order::NotNumber;
        cmp = x->compare(*y);
        return Order::Ok;
    }
    if ((isTemporal(ta) && (isTemporal(tb) || tb == Type::String))
        || (ta == Type::String && isTemporal(tb))) {
        const auto x = instantOf(a);
        const auto y = instantOf(b);
        if (!x || !y)
            return Order::NotDate;
        cmp = x->compare(*y);
        return Order::Ok;
    }
    return Order::Incomparable;
}

bool overflow(EvalContext &ctx, ArithOp op, const QString &what, int pos)
{
    return ctx.fail(
        ErrorCode::MappingError, QStringLiteral("%1 overflow in '%2'").arg(what, symbol(op)), pos);
}

bool divisionByZero(EvalContext &ctx, ArithOp op, int pos)
{
    return ctx.fail(
        ErrorCode::MappingError, QStringLiteral("division by zero in '%1'").arg(symbol(op)), pos);
}

bool intArithmetic(ArithOp op, qint64 a, qint64 b, Value &out, EvalContext &ctx, int pos)
{
    qint64 r = 0;
    switch (op) {
    case ArithOp::Add:
        if (__builtin_add_overflow(a, b, &r))
            return overflow(ctx, op, QStringLiteral("integer"), pos);
        break;
    case ArithOp::Subtract:
        if (__builtin_sub_overflow(a, b, &r))
            return overflow(ctx, op, QStringLiteral("integer"), pos);
        break;
    case ArithOp::Multiply:
        if (__builtin_mul_overflow(a, b, &r))
            return overflow(ctx, op, QStringLiteral("integer"), pos);
        break;
    case ArithOp::Divide:
        if (b == 0)
            return divisionByZero(ctx, op, pos);
        // -2^63 / -1 is the one quotient that does not fit.
        if (b == -1 && a == std::numeric_limits<qint64>::min())
            return overflow(ctx, op, QStringLiteral("integer"), pos);
        if (a % b != 0) {
            // Not exact: a decimal with the language's minimum division scale.
            const auto q = Decimal::fromInt(a).divide(Decimal::fromInt(b), 6);
            if (!q)
                return overflow(ctx, op, QStringLiteral("decimal"), pos);
            out = Value::fromDecimal(*q);
            return true;
        }
        r = a / b;
        break;
    case ArithOp::Modulo:
        if (b == 0)
            return divisionByZero(ctx, op, pos);
        r = b == -1 ? 0 : a % b; // a % -1 traps for -2^63 on x86
        break;
    }
    out = Value::fromInt(r);
    return true;
}

bool decimalArithmetic(
    ArithOp op, const Decimal &a, const Decimal &b, Value &out, EvalContext &ctx, int pos)
{
    std::optional<Decimal> r;
    switch (op) {
    case ArithOp::Add:
        r = a.add(b);
        break;
    case ArithOp::Subtract:
        r = a.subtract(b);
        break;
    case ArithOp::Multiply:
        r = a.multiply(b);
        break;
    case ArithOp::Divide:
        if (b.isZero())
            return divisionByZero(ctx, op, pos);
        r = a.divide(b, std::max({ 6, a.scale(), b.scale() }));
        break;
    case ArithOp::Modulo: {
        if (b.isZero())
            return divisionByZero(ctx, op, pos);
        // Remainder of the coefficients at a common scale; its sign follows the dividend as in SQL.
        const int scale = std::max(a.scale(), b.scale());
        const auto x = a.rescaled(scale);
        const auto y = b.rescaled(scale);
        if (x && y)
            r = Decimal::fromCoefficient(x->coefficient() % y->coefficient(), scale);
        break;
    }
    }
    if (!r)
        return overflow(ctx, op, QStringLiteral("decimal"), pos);
    out = Value::fromDecimal(*r);
    return true;
}

} // namespace

QLatin1String symbol(ArithOp op)
{
    switch (op) {
    case ArithOp::Add:
        return QLatin1String("+");
    case ArithOp::Subtract:
        return QLatin1String("-");
    case ArithOp::Multiply:
        return QLatin1String("*");
    case ArithOp::Divide:
        return QLatin1String("/");
    case ArithOp::Modulo:
        return QLatin1String("%");
    }
    return QLatin1String("?");
}

QLatin1String symbol(CompareOp op)
{
    switch (op) {
    case CompareOp::Eq:
        return QLatin1String("==");
    case CompareOp::Ne:
        return QLatin1String("!=");
    case CompareOp::Lt:
        return QLatin1String("<");
    case CompareOp::Le:
        return QLatin1String("<=");
    case CompareOp::Gt:
        return QLatin1String(">");
    case CompareOp::Ge:
        return QLatin1String(">=");
    }
    return QLatin1String("?");
}

bool EvalContext::fail(const QString &code, const QString &message, int pos)
{
    if (!m_failed) {
        m_failed = true;
        m_errorPos = pos;
        m_error = makeError(code, message);
    }
    return false;
}

QString typeName(const Value &v)
{
    return Value::typeName(v.type());
}

bool arithmetic(ArithOp op, const Value &a, const Value &b, Value &out, EvalContext &ctx, int pos)
{
    const Type ta = a.type();
    const Type tb = b.type();
    if (ta == Type::Null || tb == Type::Null) {
        out = Value();
        return true;
    }
    if (ta == Type::Int && tb == Type::Int)
        return intArithmetic(op, a.intValue(), b.intValue(), out, ctx, pos);
    if (isNumeric(ta) && isNumeric(tb))
        return decimalArithmetic(op, toDecimal(a), toDecimal(b), out, ctx, pos);
    if (op == ArithOp::Add && ta == Type::String && tb == Type::String) {
        const QString &x = a.stringValue();
        const QString &y = b.stringValue();
        if (x.size() + y.size() > MaxStringLength)
            return ctx.fail(ErrorCode::MappingError,
                QStringLiteral("'+' would build a string longer than %1 characters")
                    .arg(MaxStringLength),
                pos);
        out = Value::fromString(x + y);
        return true;
    }
    QString hint;
    if (ta == Type::String || tb == Type::String)
        hint = op == ArithOp::Add
            ? QStringLiteral(" (use concat() to join text, to_decimal() to read a number)")
            : QStringLiteral(" (use to_decimal() to read a number from text)");
    return ctx.fail(ErrorCode::TypeMismatch,
        QStringLiteral("cannot apply '%1' to %2 and %3").arg(symbol(op), typeName(a), typeName(b))
            + hint,
        pos);
}

bool negate(const Value &a, Value &out, EvalContext &ctx, int pos)
{
    switch (a.type()) {
    case Type::Null:
        out = Value();
        return true;
    case Type::Int:
        if (a.intValue() == std::numeric_limits<qint64>::min())
            return ctx.fail(
                ErrorCode::MappingError, QStringLiteral("integer overflow in unary '-'"), pos);
        out = Value::fromInt(-a.intValue());
        return true;
    case Type::Decimal:
        out = Value::fromDecimal(a.decimalValue().negated());
        return true;
    default:
        return ctx.fail(ErrorCode::TypeMismatch,
            QStringLiteral("cannot apply unary '-' to %1").arg(typeName(a)), pos);
    }
}

bool valuesEqual(const Value &a, const Value &b)
{
    if (a.type() == b.type() || a.isNull() || b.isNull())
        return a == b;
    int cmp = 0;
    return order(a, b, cmp) == Order::Ok && cmp == 0;
}

Truth compareTruth(CompareOp op, const Value &a, const Value &b, EvalContext &ctx, int pos)
{
    if (op == CompareOp::Eq || op == CompareOp::Ne)
        return truthOf(valuesEqual(a, b) == (op == CompareOp::Eq));
    if (a.isNull() || b.isNull())
        return Truth::Unknown; // test() treats it as false
    int cmp = 0;
    switch (order(a, b, cmp)) {
    case Order::Ok:
        break;
    case Order::NotNumber:
        ctx.fail(ErrorCode::TypeMismatch,
            QStringLiteral("cannot compare %1 with %2 using '%3': the string is not a number")
                .arg(typeName(a), typeName(b), symbol(op)),
            pos);
        return Truth::Unknown;
    case Order::NotDate:
        ctx.fail(ErrorCode::TypeMismatch,
            QStringLiteral(
                "cannot compare %1 with %2 using '%3': the string is not an ISO date or timestamp")
                .arg(typeName(a), typeName(b), symbol(op)),
            pos);
        return Truth::Unknown;
    case Order::Incomparable:
        ctx.fail(ErrorCode::TypeMismatch,
            QStringLiteral("cannot compare %1 with %2 using '%3'")
                .arg(typeName(a), typeName(b), symbol(op)),
            pos);
        return Truth::Unknown;
    }
    switch (op) {
    case CompareOp::Lt:
        return truthOf(cmp < 0);
    case CompareOp::Le:
        return truthOf(cmp <= 0);
    case CompareOp::Gt:
        return truthOf(cmp > 0);
    case CompareOp::Ge:
        return truthOf(cmp >= 0);
    case CompareOp::Eq:
        return truthOf(cmp == 0);
    case CompareOp::Ne:
        return truthOf(cmp != 0);
    }
    return Truth::Unknown;
}

} // namespace concord::expr
