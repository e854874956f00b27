#pragma once
// The mapping expression language (DESIGN.md §5): literals, field references, `value`,
// comparison, and/or/not, `in [...]`, arithmetic on exact decimals, and a fixed function library.
// Text is parsed once into a tree of nodes; evaluation walks the tree, never the text.
// No loops, no I/O: evaluation is bounded by the size of the tree.

#include "core/error.h"
#include "model/record.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace concord {

namespace expr {
class Node;
}

// Resolves a field name used in an expression to its index in the source record (-1: unknown).
using FieldResolver = std::function<int(const QString &name)>;

struct ExpressionContext
{
    FieldResolver resolveField;
    // Named inline lookup tables usable as lookup('table', key).
    QMap<QString, QMap<QString, Value>> lookupTables;
    // Whether `value` (the mapped source field's value) may be used.
    bool valueAllowed = true;
};

// What an expression sees when it runs.
struct EvalScope
{
    const Record *record = nullptr; // the source record
    const Value *value = nullptr;   // `value`: the mapped source field (after transforms)
};

class Expression
{
public:
    Expression() = default;

    // Compiles `text`. `start` is the location of the text's first character in its file; errors
    // inside the expression point at start.line and start.column + offset (multi-line text
    // advances the line). The error message says what was expected ("expected ')' after
    // arguments of concat").
    static Result<Expression> compile(const QString &text, const ExpressionContext &context,
                                      const SourceLocation &start = {});

    bool isValid() const { return m_root != nullptr; }
    // Errors at run time (a type that cannot be compared, division by zero) come back as
    // TYPE_MISMATCH / MAPPING_ERROR errors for the record, never as exceptions.
    Result<Value> evaluate(const EvalScope &scope) const;
    // Convenience: evaluates and treats the result as a condition (null -> false).
    Result<bool> test(const EvalScope &scope) const;
    // test() for the per-record path: no Result objects and no bool Value are built. Returns
    // false after an error (in `error`); otherwise `holds` is the condition (null -> false).
    bool test(const EvalScope &scope, bool &holds, Error &error) const;

    QStringList referencedFields() const { return m_fields; }
    QString text() const { return m_text; }

private:
    std::shared_ptr<const expr::Node> m_root;
    QStringList m_fields;
    QString m_text;
    SourceLocation m_start; // where the text starts in its file, for run-time error locations
};

// Names of the functions the language knows, for the editor's completion and for validation.
QStringList expressionFunctions();

} // namespace concord
