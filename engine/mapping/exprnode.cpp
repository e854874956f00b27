#include "mapping/exprnode.h"

namespace concord::expr {

Truth Node::truth(EvalContext &ctx, Value::Type &got) const
{
    Value scratch;
    const Value &v = eval(ctx, scratch);
    switch (v.type()) {
    case Value::Type::Bool:
        return truthOf(v.boolValue());
    case Value::Type::Null:
        return Truth::Unknown;
    default:
        got = v.type();
        return Truth::NotBool;
    }
}

namespace {

// A constant; also what constant folding turns a literal-only subtree into.
class LiteralNode final : public Node
{
public:
    LiteralNode(Value value, int pos)
        : Node(pos)
        , m_value(std::move(value))
    {
    }
    const Value &eval(EvalContext &, Value &) const override { return m_value; }
    const Value *constantValue() const override { return &m_value; }

private:
    Value m_value;
};

// A field of the source record, resolved to its position when the expression was compiled.
class FieldRefNode final : public Node
{
public:
    FieldRefNode(int index, const QString &name, int pos)
        : Node(pos)
        , m_index(std::size_t(index))
        , m_name(name)
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        const Record *record = ctx.scope().record;
        if (record && m_index < record->size())
            return (*record)[m_index];
        ctx.fail(ErrorCode::MappingError,
            QStringLiteral("the record has no field '%1'").arg(m_name), pos());
        return scratch;
    }

private:
    std::size_t m_index;
    QString m_name; // only for the error message
};

// `value`: the mapped source field.
class ValueRefNode final : public Node
{
public:
    using Node::Node;

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        if (const Value *v = ctx.scope().value)
            return *v;
        ctx.fail(ErrorCode::MappingError, QStringLiteral("'value' is not set for this evaluation"),
            pos());
        return scratch;
    }
};

class NegateNode final : public Node
{
public:
    NegateNode(NodePtr operand, int pos)
        : Node(pos)
        , m_operand(std::move(operand))
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        Value tmp;
        const Value &v = m_operand->eval(ctx, tmp);
        if (!ctx.failed())
            negate(v, scratch, ctx, pos());
        return scratch;
    }

private:
    NodePtr m_operand;
};

bool needBool(EvalContext &ctx, QLatin1String op, Value::Type got, int pos)
{
    return ctx.fail(ErrorCode::TypeMismatch,
        QStringLiteral("'%1' needs true or false, got %2").arg(op, Value::typeName(got)), pos);
}

// `not x`: SQL's three-valued logic, so not null is null.
class NotNode final : public Node
{
public:
    NotNode(NodePtr operand, int pos)
        : Node(pos)
        , m_operand(std::move(operand))
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        Value::Type got = Value::Type::Null;
        scratch = valueOf(truth(ctx, got));
        return scratch;
    }

    Truth truth(EvalContext &ctx, Value::Type &) const override
    {
        Value::Type got = Value::Type::Null;
        switch (m_operand->truth(ctx, got)) {
        case Truth::True:
            return Truth::False;
        case Truth::False:
            return Truth::True;
        case Truth::Unknown:
            return Truth::Unknown;
        case Truth::NotBool:
            needBool(ctx, QLatin1String("not"), got, pos());
            return Truth::Unknown;
        }
        return Truth::Unknown;
    }

private:
    NodePtr m_operand;
};

// `and`/`or` chains, short-circuiting, with SQL's three-valued logic: false and null is false,
// true and null is null; true or null is true, false or null is null.
class LogicalNode final : public Node
{
public:
    LogicalNode(bool isAnd, NodeList operands, int pos)
        : Node(pos)
        , m_isAnd(isAnd)
        , m_operands(std::move(operands))
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        Value::Type got = Value::Type::Null;
        scratch = valueOf(truth(ctx, got));
        return scratch;
    }

    Truth truth(EvalContext &ctx, Value::Type &) const override
    {
        bool sawNull = false;
        for (const NodePtr &operand : m_operands) {
            Value::Type got = Value::Type::Null;
            const Truth t = operand->truth(ctx, got);
            switch (t) {
            case Truth::True:
            case Truth::False:
                if (ctx.failed())
                    return Truth::Unknown;
                if ((t == Truth::True) != m_isAnd) // false in an `and`, true in an `or` decides
                    return truthOf(!m_isAnd);
                break;
            case Truth::Unknown:
                if (ctx.failed())
                    return Truth::Unknown;
                sawNull = true;
                continue;
            case Truth::NotBool:
                needBool(ctx, m_isAnd ? QLatin1String("and") : QLatin1String("or"), got, operand->pos());
                return Truth::Unknown;
            }
        }
        return sawNull ? Truth::Unknown : truthOf(m_isAnd);
    }

private:
    bool m_isAnd;
    NodeList m_operands;
};

// A chain of additive or multiplicative operators folded left to right in a loop.
class ArithmeticNode final : public Node
{
public:
    ArithmeticNode(NodePtr first, std::vector<ArithStep> steps)
        : Node(first->pos())
        , m_first(std::move(first))
        , m_steps(std::move(steps))
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        const Value *acc = &m_first->eval(ctx, scratch);
        for (const ArithStep &step : m_steps) {
            if (ctx.failed())
                return scratch;
            Value rhsScratch;
            const Value &rhs = step.operand->eval(ctx, rhsScratch);
            if (ctx.failed())
                return scratch;
            // `acc` may be `scratch` itself: compute into a fresh value, then move it in.
            Value result;
            if (!arithmetic(step.op, *acc, rhs, result, ctx, step.pos))
                return scratch;
            scratch = std::move(result);
            acc = &scratch;
        }
        return *acc;
    }

private:
    NodePtr m_first;
    std::vector<ArithStep> m_steps;
};

class ComparisonNode final : public Node
{
public:
    ComparisonNode(CompareOp op, NodePtr left, NodePtr right, int pos)
        : Node(pos)
        , m_op(op)
        , m_left(std::move(left))
        , m_right(std::move(right))
        , m_rightConstant(m_right->constantValue())
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        Value::Type got = Value::Type::Null;
        scratch = valueOf(truth(ctx, got));
        return scratch;
    }

    Truth truth(EvalContext &ctx, Value::Type &) const override
    {
        Value ls;
        const Value &l = m_left->eval(ctx, ls);
        if (ctx.failed())
            return Truth::Unknown;
        if (m_rightConstant) // the usual `value == 'Closed Won'`
            return compareTruth(m_op, l, *m_rightConstant, ctx, pos());
        Value rs;
        const Value &r = m_right->eval(ctx, rs);
        if (ctx.failed())
            return Truth::Unknown;
        return compareTruth(m_op, l, r, ctx, pos());
    }

private:
    CompareOp m_op;
    NodePtr m_left;
    NodePtr m_right;
    const Value *m_rightConstant; // the right side's value when it is a literal
};

// `x in [a, b]`: true when x == one of the items, with `==`'s rules (so null in [null] is true).
class InNode final : public Node
{
public:
    InNode(NodePtr subject, NodeList items, bool negated, int pos)
        : Node(pos)
        , m_subject(std::move(subject))
        , m_items(std::move(items))
        , m_negated(negated)
    {
        // A list of literals (the usual `value in ['web', 'mobile']`) is compared without
        // evaluating the item nodes.
        for (const NodePtr &item : m_items) {
            const Value *c = item->constantValue();
            if (!c) {
                m_constants.clear();
                break;
            }
            m_constants.push_back(c);
        }
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        Value::Type got = Value::Type::Null;
        const Truth t = truth(ctx, got);
        if (!ctx.failed())
            scratch = Value::fromBool(t == Truth::True);
        return scratch;
    }

    Truth truth(EvalContext &ctx, Value::Type &) const override
    {
        Value ss;
        const Value &subject = m_subject->eval(ctx, ss);
        if (ctx.failed())
            return Truth::Unknown;
        bool found = false;
        if (!m_constants.empty() || m_items.empty()) {
            for (const Value *c : m_constants)
                if (valuesEqual(subject, *c)) {
                    found = true;
                    break;
                }
        } else {
            for (const NodePtr &item : m_items) {
                Value is;
                const Value &v = item->eval(ctx, is);
                if (ctx.failed())
                    return Truth::Unknown;
                if (valuesEqual(subject, v)) {
                    found = true;
                    break;
                }
            }
        }
        return truthOf(found != m_negated);
    }

private:
    NodePtr m_subject;
    NodeList m_items;
    std::vector<const Value *> m_constants; // the items' values when all are literals
    bool m_negated;
};

} // namespace

NodePtr makeLiteral(Value value, int pos)
{
    return std::make_unique<LiteralNode>(std::move(value), pos);
}

NodePtr makeFieldRef(int index, const QString &name, int pos)
{
    return std::make_unique<FieldRefNode>(index, name, pos);
}

NodePtr makeValueRef(int pos)
{
    return std::make_unique<ValueRefNode>(pos);
}

NodePtr makeNegate(NodePtr operand, int pos)
{
    return std::make_unique<NegateNode>(std::move(operand), pos);
}

NodePtr makeNot(NodePtr operand, int pos)
{
    return std::make_unique<NotNode>(std::move(operand), pos);
}

NodePtr makeLogical(bool isAnd, NodeList operands, int pos)
{
    return std::make_unique<LogicalNode>(isAnd, std::move(operands), pos);
}

NodePtr makeArithmetic(NodePtr first, std::vector<ArithStep> steps)
{
    return std::make_unique<ArithmeticNode>(std::move(first), std::move(steps));
}

NodePtr makeComparison(CompareOp op, NodePtr left, NodePtr right, int pos)
{
    return std::make_unique<ComparisonNode>(op, std::move(left), std::move(right), pos);
}

NodePtr makeIn(NodePtr subject, NodeList items, bool negated, int pos)
{
    return std::make_unique<InNode>(std::move(subject), std::move(items), negated, pos);
}

} // namespace concord::expr
