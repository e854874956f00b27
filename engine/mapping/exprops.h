#pragma once
// The value-level rules of the expression language, shared by the operator nodes, the function
// library and constant folding: exact arithmetic, comparison with the language's coercions
// (numeric strings, ISO date strings), and the state of one evaluation (its first error).

#include "mapping/expression.h"
#include "model/value.h"

#include <QLatin1String>
#include <QString>

namespace concord::expr {

// Longest string an operation may build, in UTF-16 code units (1 Mi). Keeps a rule from
// turning a few fields into a memory bomb.
constexpr qsizetype MaxStringLength = qsizetype(1) << 20;

enum class ArithOp { Add, Subtract, Multiply, Divide, Modulo };
enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };

// A condition's outcome without building a bool Value: SQL's three values, and NotBool for a
// value that is not a condition at all (the caller names its type in the error).
enum class Truth { False, True, Unknown, NotBool };
inline Truth truthOf(bool b)
{
    return b ? Truth::True : Truth::False;
}
// The value a condition gives as an expression: true, false or null (Unknown and NotBool).
inline Value valueOf(Truth t)
{
    return t == Truth::True || t == Truth::False ? Value::fromBool(t == Truth::True) : Value();
}

QLatin1String symbol(ArithOp op);
QLatin1String symbol(CompareOp op);

// What one evaluation carries: the scope and the first error. Nodes stop as soon as an error is
// recorded, so the error that reaches the caller is the one that caused the failure.
class EvalContext
{
public:
    explicit EvalContext(const EvalScope &scope)
        : m_scope(scope)
    {
    }

    const EvalScope &scope() const { return m_scope; }
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    // Offset of the failing node in the expression text.
    int errorPos() const { return m_errorPos; }

    // Records the error (the first one wins). Returns false so callers can `return ctx.fail(...)`.
    bool fail(const QString &code, const QString &message, int pos);

private:
    const EvalScope &m_scope;
    bool m_failed = false;
    int m_errorPos = 0;
    Error m_error;
};

// `a op b` with null propagation. Int op Int stays Int (overflow is an error), anything with a
// decimal is an exact decimal; `+` on two strings concatenates.
bool arithmetic(ArithOp op, const Value &a, const Value &b, Value &out, EvalContext &ctx, int pos);
// Unary minus.
bool negate(const Value &a, Value &out, EvalContext &ctx, int pos);

// `==` as the language defines it: null equals only null; numbers compare numerically, also
// against numeric strings; dates and timestamps compare with each other and with ISO strings.
// Values that cannot be brought together are simply not equal: equality never fails.
bool valuesEqual(const Value &a, const Value &b);

// `<`, `<=`, `>`, `>=` (and `==`/`!=` for completeness) as a Truth. A null operand gives
// Unknown; values that have no order between them are a TYPE_MISMATCH (in ctx, and Unknown).
Truth compareTruth(CompareOp op, const Value &a, const Value &b, EvalContext &ctx, int pos);

// Type name for messages. Messages name types, never the values: a value may be sensitive.
QString typeName(const Value &v);

} // namespace concord::expr
