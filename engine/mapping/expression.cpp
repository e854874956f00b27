#include "mapping/expression.h"

#include "mapping/exprfunctions.h"
#include "mapping/exprnode.h"
#include "mapping/exprparser.h"

namespace concord {

namespace {

constexpr int MaxTextLength = 10000;

// Where `offset` in the text lies in the file: on the first line the start column is advanced;
// after a line break the column counts from that line's start, plus the indentation a literal
// block (|) dropped; in a single-quoted scalar each ' before it took two characters (''). An
// unknown start (0:0) is taken as 1:1 so that errors in a bare expression (the editor's) still
// carry a usable column.
SourceLocation locate(const SourceLocation &start, const QString &text, int offset)
{
    SourceLocation loc = start;
    int line = start.line > 0 ? start.line : 1;
    int column = start.column > 0 ? start.column : 1;
    int lineStart = -1;
    int quotes = 0; // quotes on the current line before offset: each was written '' in the file
    const int end = std::min(offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text[i] == QLatin1Char('\n')) {
            ++line;
            lineStart = i;
            quotes = 0;
        } else if (start.doubledQuotes && text[i] == QLatin1Char('\'')) {
            ++quotes;
        }
    }
    loc.line = line;
    if (lineStart < 0)
        loc.column = column + offset + quotes;
    else
        loc.column = (start.blockIndent > 0 ? start.blockIndent : 0) + offset - lineStart + quotes;
    return loc;
}

} // namespace

Result<Expression> Expression::compile(
    const QString &text, const ExpressionContext &context, const SourceLocation &start)
{
    if (text.size() > MaxTextLength)
        return makeError(ErrorCode::MappingError,
            QStringLiteral("expression is too long: %1 characters (the limit is %2)")
                .arg(text.size())
                .arg(MaxTextLength),
            locate(start, text, 0));
    expr::Parser parser(text, context);
    expr::NodePtr root = parser.parse();
    if (!root)
        return makeError(ErrorCode::MappingError, parser.errorMessage(),
            locate(start, text, parser.errorOffset()));
    Expression e;
    e.m_root = std::move(root);
    e.m_fields = parser.fields();
    e.m_text = text;
    e.m_start = start;
    return e;
}

Result<Value> Expression::evaluate(const EvalScope &scope) const
{
    if (!m_root)
        return makeError(
            ErrorCode::MappingError, QStringLiteral("the expression was not compiled"));
    expr::EvalContext ctx(scope);
    Value scratch;
    const Value &result = m_root->eval(ctx, scratch);
    if (ctx.failed()) {
        Error error = ctx.error();
        error.location = locate(m_start, m_text, ctx.errorPos());
        return error;
    }
    return result;
}

Result<bool> Expression::test(const EvalScope &scope) const
{
    bool holds = false;
    Error error;
    if (!test(scope, holds, error))
        return error;
    return holds;
}

bool Expression::test(const EvalScope &scope, bool &holds, Error &error) const
{
    holds = false;
    if (!m_root) {
        error = makeError(ErrorCode::MappingError, QStringLiteral("the expression was not compiled"));
        return false;
    }
    expr::EvalContext ctx(scope);
    Value::Type got = Value::Type::Null;
    const expr::Truth t = m_root->truth(ctx, got);
    if (ctx.failed()) {
        error = ctx.error();
        error.location = locate(m_start, m_text, ctx.errorPos());
        return false;
    }
    if (t == expr::Truth::NotBool) {
        error = makeError(ErrorCode::TypeMismatch,
            QStringLiteral("condition must be true or false, got %1").arg(Value::typeName(got)),
            locate(m_start, m_text, 0));
        return false;
    }
    holds = t == expr::Truth::True;
    return true;
}

QStringList expressionFunctions()
{
    return expr::functionNames();
}

} // namespace concord
