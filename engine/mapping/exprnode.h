#pragma once
// The nodes a compiled expression is made of. Evaluation walks this tree; the text is never
// looked at again. The classes live in exprnode.cpp and exprfunctions.cpp; the parser builds
// them through the factories below.

#include "mapping/exprops.h"

#include <memory>
#include <utility>
#include <vector>

namespace concord::expr {

// One node of the tree. Nodes are immutable after compilation, so a compiled expression may be
// evaluated from several threads at once.
class Node
{
public:
    explicit Node(int pos)
        : m_pos(pos)
    {
    }
    virtual ~Node() = default;
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;

    // Evaluates the node. The result is either a value that outlives the call (a literal, a field
    // of the record) or `scratch`, filled in; returning a reference spares a copy per leaf. After
    // ctx.failed() the returned value means nothing.
    virtual const Value &eval(EvalContext &ctx, Value &scratch) const = 0;
    // The node as a condition: a bool result as True/False, null as Unknown, any other value as
    // NotBool with its type in `got`. After ctx.failed() the result means nothing. Comparisons
    // and logic override it so that a `when` does not build a bool Value per record.
    virtual Truth truth(EvalContext &ctx, Value::Type &got) const;
    // The value of a literal, known at compile time; nullptr for anything else.
    virtual const Value *constantValue() const { return nullptr; }

    // Offset of the node's token in the expression text, for error locations.
    int pos() const { return m_pos; }

private:
    int m_pos;
};

using NodePtr = std::unique_ptr<Node>;
using NodeList = std::vector<NodePtr>;

NodePtr makeLiteral(Value value, int pos);
NodePtr makeFieldRef(int index, const QString &name, int pos);
NodePtr makeValueRef(int pos);
NodePtr makeNegate(NodePtr operand, int pos);
NodePtr makeNot(NodePtr operand, int pos);
// `a and b and c` / `a or b or c` as one node: a flat chain keeps the tree shallow.
NodePtr makeLogical(bool isAnd, NodeList operands, int pos);
// `a + b - c ...`: `first` followed by (operator, operand, position of the operator) steps.
struct ArithStep
{
    ArithOp op;
    NodePtr operand;
    int pos;
};
NodePtr makeArithmetic(NodePtr first, std::vector<ArithStep> steps);
NodePtr makeComparison(CompareOp op, NodePtr left, NodePtr right, int pos);
NodePtr makeIn(NodePtr subject, NodeList items, bool negated, int pos);

} // namespace concord::expr
