#include "mapping/exprparser.h"

#include "mapping/exprfunctions.h"

#include <algorithm>

namespace concord::expr {

namespace {

bool isConstant(const NodePtr &node)
{
    return node->constantValue() != nullptr;
}

bool isKeyword(const QString &word)
{
    static const char *const keywords[] = { "and", "or", "not", "in", "true", "false", "null" };
    return std::any_of(std::begin(keywords), std::end(keywords),
        [&](const char *k) { return word == QLatin1String(k); });
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[std::size_t(j)]
                = std::min({ above + 1, row[std::size_t(j - 1)] + 1, diagonal + cost });
            diagonal = above;
        }
    }
    return row.back();
}

QString unknownFunctionMessage(const QString &name)
{
    const QStringList names = functionNames();
    const QString lower = name.toLower();
    QString best;
    int bestDistance = 3; // a closer name than this is probably what was meant
    for (const QString &candidate : names) {
        const int d = editDistance(lower, candidate);
        if (d < bestDistance && 2 * d <= lower.size()) {
            bestDistance = d;
            best = candidate;
        }
    }
    QString message = QStringLiteral("unknown function '%1'").arg(name);
    if (!best.isEmpty())
        message += QStringLiteral(" (did you mean '%1'?)").arg(best);
    return message + QStringLiteral("; known functions: ") + names.join(QLatin1String(", "));
}

std::optional<CompareOp> comparisonOp(Tok kind)
{
    switch (kind) {
    case Tok::Eq:
        return CompareOp::Eq;
    case Tok::Ne:
        return CompareOp::Ne;
    case Tok::Lt:
        return CompareOp::Lt;
    case Tok::Le:
        return CompareOp::Le;
    case Tok::Gt:
        return CompareOp::Gt;
    case Tok::Ge:
        return CompareOp::Ge;
    default:
        return std::nullopt;
    }
}

} // namespace

Parser::Parser(const QString &text, const ExpressionContext &context)
    : m_text(text)
    , m_context(context)
{
}

NodePtr Parser::parse()
{
    LexError lexError;
    if (!tokenize(m_text, m_tokens, lexError))
        return failAt(lexError.pos, lexError.message);
    if (at(Tok::End))
        return failAt(0, QStringLiteral("empty expression, expected a value"));
    NodePtr root = parseOr();
    if (!root)
        return nullptr;
    if (at(Tok::RParen))
        return failAt(cur().pos, QStringLiteral("unmatched ')'"));
    if (at(Tok::RBracket))
        return failAt(cur().pos, QStringLiteral("unmatched ']'"));
    if (at(Tok::Ident)) {
        // `a AND b`: keywords are lower case; the upper-case word reads as a stray name.
        if (const QString lower = cur().text.toLower(); isKeyword(lower))
            return expected(QStringLiteral("an operator or the end of the expression"),
                QStringLiteral(" ('%1' is written in lower case)").arg(lower));
    }
    if (!at(Tok::End))
        return expected(QStringLiteral("an operator or the end of the expression"));
    return root;
}

QString Parser::tokenText(const Token &t) const
{
    const QStringView text = QStringView(m_text).mid(t.pos, t.len);
    return text.size() > 40 ? text.left(40).toString() + QStringLiteral("...") : text.toString();
}

NodePtr Parser::expected(const QString &expectation, const QString &hint)
{
    if (at(Tok::End))
        return failAt(cur().pos,
            QStringLiteral("unexpected end of expression, expected ") + expectation + hint);
    return failAt(cur().pos,
        QStringLiteral("expected ") + expectation + QStringLiteral(", found '") + tokenText(cur())
            + QLatin1Char('\'') + hint);
}

NodePtr Parser::failAt(int offset, const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_errorOffset = offset;
        m_errorMessage = message;
    }
    return nullptr;
}

bool Parser::enter(int offset)
{
    if (++m_depth > MaxDepth) {
        failAt(offset,
            QStringLiteral("expression is nested too deeply (more than %1 levels)").arg(MaxDepth));
        return false;
    }
    return true;
}

NodePtr Parser::fold(NodePtr node)
{
    const EvalScope scope;
    EvalContext ctx(scope);
    Value scratch;
    const Value &v = node->eval(ctx, scratch);
    // A constant part that can only fail (1/0, 'a' * 2) is reported now, with its location.
    if (ctx.failed())
        return failAt(ctx.errorPos(), ctx.error().message);
    return makeLiteral(v, node->pos());
}

NodePtr Parser::parseOr()
{
    NodePtr first = parseAnd();
    if (!first || !(at(Tok::KwOr) || at(Tok::OrOr)))
        return first;
    const int pos = cur().pos;
    bool allConstant = isConstant(first);
    NodeList operands;
    operands.push_back(std::move(first));
    while (at(Tok::KwOr) || at(Tok::OrOr)) {
        ++m_i;
        NodePtr next = parseAnd();
        if (!next)
            return nullptr;
        allConstant = allConstant && isConstant(next);
        operands.push_back(std::move(next));
    }
    NodePtr node = makeLogical(false, std::move(operands), pos);
    return allConstant ? fold(std::move(node)) : std::move(node);
}

NodePtr Parser::parseAnd()
{
    NodePtr first = parseNot();
    if (!first || !(at(Tok::KwAnd) || at(Tok::AndAnd)))
        return first;
    const int pos = cur().pos;
    bool allConstant = isConstant(first);
    NodeList operands;
    operands.push_back(std::move(first));
    while (at(Tok::KwAnd) || at(Tok::AndAnd)) {
        ++m_i;
        NodePtr next = parseNot();
        if (!next)
            return nullptr;
        allConstant = allConstant && isConstant(next);
        operands.push_back(std::move(next));
    }
    NodePtr node = makeLogical(true, std::move(operands), pos);
    return allConstant ? fold(std::move(node)) : std::move(node);
}

NodePtr Parser::parseNot()
{
    if (!at(Tok::KwNot) && !at(Tok::Bang))
        return parseComparison();
    const int pos = cur().pos;
    ++m_i;
    if (!enter(pos))
        return nullptr;
    NodePtr operand = parseNot();
    leave();
    if (!operand)
        return nullptr;
    const bool constant = isConstant(operand);
    NodePtr node = makeNot(std::move(operand), pos);
    return constant ? fold(std::move(node)) : std::move(node);
}

NodePtr Parser::parseComparison()
{
    NodePtr left = parseAdditive();
    if (!left)
        return nullptr;
    const int pos = cur().pos;
    NodePtr node;
    bool allConstant = isConstant(left);
    if (const auto op = comparisonOp(cur().kind)) {
        ++m_i;
        NodePtr right = parseAdditive();
        if (!right)
            return nullptr;
        allConstant = allConstant && isConstant(right);
        node = makeComparison(*op, std::move(left), std::move(right), pos);
    } else if (at(Tok::KwIn) || at(Tok::KwNot)) {
        const bool negated = at(Tok::KwNot);
        ++m_i;
        if (negated && !at(Tok::KwIn))
            return expected(QStringLiteral("'in' after 'not'"));
        if (negated)
            ++m_i;
        if (!at(Tok::LBracket))
            return expected(
                negated ? QStringLiteral("'[' after 'not in'") : QStringLiteral("'[' after 'in'"));
        NodeList items;
        bool itemsConstant = true;
        if (!parseList(items, itemsConstant))
            return nullptr;
        allConstant = allConstant && itemsConstant;
        node = makeIn(std::move(left), std::move(items), negated, pos);
    } else {
        return left;
    }
    // `a < b < c` reads naturally but means nothing useful here: say so instead of guessing.
    if (comparisonOp(cur().kind) || at(Tok::KwIn) || (at(Tok::KwNot) && peek().kind == Tok::KwIn))
        return failAt(
            cur().pos, QStringLiteral("comparisons cannot be chained; combine them with 'and'"));
    return allConstant ? fold(std::move(node)) : std::move(node);
}

bool Parser::parseList(NodeList &items, bool &allConstant)
{
    const int pos = cur().pos;
    if (!enter(pos))
        return false;
    ++m_i; // '['
    if (at(Tok::RBracket)) {
        ++m_i;
        leave();
        return true;
    }
    while (true) {
        NodePtr item = parseOr();
        if (!item)
            return false;
        allConstant = allConstant && isConstant(item);
        items.push_back(std::move(item));
        if (at(Tok::Comma)) {
            ++m_i;
            continue;
        }
        if (at(Tok::RBracket)) {
            ++m_i;
            break;
        }
        expected(QStringLiteral("',' or ']' to close the list"));
        return false;
    }
    leave();
    return true;
}

NodePtr Parser::parseAdditive()
{
    NodePtr first = parseMultiplicative();
    if (!first || !(at(Tok::Plus) || at(Tok::Minus)))
        return first;
    bool allConstant = isConstant(first);
    std::vector<ArithStep> steps;
    while (at(Tok::Plus) || at(Tok::Minus)) {
        const ArithOp op = at(Tok::Plus) ? ArithOp::Add : ArithOp::Subtract;
        const int pos = cur().pos;
        ++m_i;
        NodePtr operand = parseMultiplicative();
        if (!operand)
            return nullptr;
        allConstant = allConstant && isConstant(operand);
        steps.push_back(ArithStep { op, std::move(operand), pos });
    }
    NodePtr node = makeArithmetic(std::move(first), std::move(steps));
    return allConstant ? fold(std::move(node)) : std::move(node);
}

NodePtr Parser::parseMultiplicative()
{
    NodePtr first = parseUnary();
    if (!first || !(at(Tok::Star) || at(Tok::Slash) || at(Tok::Percent)))
        return first;
    bool allConstant = isConstant(first);
    std::vector<ArithStep> steps;
    while (at(Tok::Star) || at(Tok::Slash) || at(Tok::Percent)) {
        const ArithOp op = at(Tok::Star) ? ArithOp::Multiply
                                         : (at(Tok::Slash) ? ArithOp::Divide : ArithOp::Modulo);
        const int pos = cur().pos;
        ++m_i;
        NodePtr operand = parseUnary();
        if (!operand)
            return nullptr;
        allConstant = allConstant && isConstant(operand);
        steps.push_back(ArithStep { op, std::move(operand), pos });
    }
    NodePtr node = makeArithmetic(std::move(first), std::move(steps));
    return allConstant ? fold(std::move(node)) : std::move(node);
}

NodePtr Parser::parseUnary()
{
    if (!at(Tok::Minus))
        return parsePrimary();
    const int pos = cur().pos;
    ++m_i;
    if (!enter(pos))
        return nullptr;
    NodePtr operand = parseUnary();
    leave();
    if (!operand)
        return nullptr;
    const bool constant = isConstant(operand);
    NodePtr node = makeNegate(std::move(operand), pos);
    return constant ? fold(std::move(node)) : std::move(node);
}

NodePtr Parser::parsePrimary()
{
    const Token &t = cur();
    switch (t.kind) {
    case Tok::Number:
        ++m_i;
        return makeLiteral(t.number, t.pos);
    case Tok::String:
        ++m_i;
        return makeLiteral(Value::fromString(t.text), t.pos);
    case Tok::KwTrue:
        ++m_i;
        return makeLiteral(Value::fromBool(true), t.pos);
    case Tok::KwFalse:
        ++m_i;
        return makeLiteral(Value::fromBool(false), t.pos);
    case Tok::KwNull:
        ++m_i;
        return makeLiteral(Value(), t.pos);
    case Tok::QuotedIdent:
        ++m_i;
        return parseField(t.text, t.pos);
    case Tok::Ident:
        return parseIdentifier();
    case Tok::LParen: {
        if (!enter(t.pos))
            return nullptr;
        ++m_i;
        NodePtr inner = parseOr();
        if (!inner)
            return nullptr;
        if (!at(Tok::RParen))
            return expected(QStringLiteral("')' to close '('"));
        ++m_i;
        leave();
        return inner;
    }
    default:
        return valueExpected();
    }
}

NodePtr Parser::valueExpected()
{
    if (m_i == 0)
        return expected(QStringLiteral("a value"));
    return expected(
        QStringLiteral("a value after '") + tokenText(m_tokens[m_i - 1]) + QLatin1Char('\''));
}

NodePtr Parser::parseIdentifier()
{
    if (peek().kind == Tok::LParen)
        return parseCall();
    const Token &t = cur();
    ++m_i;
    if (t.text == QLatin1String("value")) {
        if (!m_context.valueAllowed)
            return failAt(t.pos,
                QStringLiteral(
                    "'value' cannot be used here: this expression is not attached to a "
                    "source field (write `value` in backticks for a field named value)"));
        return makeValueRef(t.pos);
    }
    return parseField(t.text, t.pos);
}

NodePtr Parser::parseField(const QString &name, int pos)
{
    const int index = m_context.resolveField ? m_context.resolveField(name) : -1;
    if (index < 0) {
        QString message = QStringLiteral("unknown field '%1'").arg(name);
        if (const QString lower = name.toLower(); lower != name && isKeyword(lower))
            message += QStringLiteral(" ('%1' is written in lower case)").arg(lower);
        return failAt(pos, message);
    }
    if (!m_fields.contains(name))
        m_fields.append(name);
    return makeFieldRef(index, name, pos);
}

NodePtr Parser::parseCall()
{
    const QString name = cur().text;
    const int pos = cur().pos;
    const FunctionSpec *spec = findFunction(name);
    if (!spec)
        return failAt(pos, unknownFunctionMessage(name));
    m_i += 2; // name and '('
    if (!enter(pos))
        return nullptr;
    const QString closing = QStringLiteral("')' to close the call to ") + name;
    NodeList args;
    bool allConstant = true;
    if (at(Tok::RParen)) {
        ++m_i;
    } else {
        if (at(Tok::End))
            return expected(closing);
        while (true) {
            NodePtr arg = parseOr();
            if (!arg)
                return nullptr;
            allConstant = allConstant && isConstant(arg);
            args.push_back(std::move(arg));
            if (at(Tok::Comma)) {
                ++m_i;
                continue;
            }
            if (at(Tok::RParen)) {
                ++m_i;
                break;
            }
            return expected(closing);
        }
    }
    leave();
    const int count = int(args.size());
    if (count < spec->minArgs || (spec->maxArgs >= 0 && count > spec->maxArgs))
        return failAt(pos,
            QStringLiteral("%1 expects %2, got %3").arg(name, expectedArguments(*spec)).arg(count));
    BuildError error;
    NodePtr node = makeCall(*spec, std::move(args), pos, m_context, error);
    if (!node)
        return failAt(error.pos, error.message);
    return allConstant ? fold(std::move(node)) : std::move(node);
}

} // namespace concord::expr
