#pragma once
// The function library's registry: names, argument counts, and the factory that turns a parsed
// call into a node (doing the compile-time work: regex compilation, lookup table resolution).

#include "mapping/exprbuiltins.h"
#include "mapping/exprnode.h"

#include <QStringList>
#include <QStringView>

namespace concord::expr {

struct FunctionSpec
{
    const char *name;
    int minArgs;
    int maxArgs; // -1: any number
    Builtin builtin; // nullptr for forms with a node of their own
};

// The spec of `name`, or nullptr.
const FunctionSpec *findFunction(QStringView name);
// All names, sorted.
QStringList functionNames();
// "1 argument", "2 or 3 arguments", "at least 1 argument".
QString expectedArguments(const FunctionSpec &spec);

struct BuildError
{
    QString message;
    int pos = 0;
};

// Builds the node for a call whose argument count has been checked. nullptr with `error` set
// when an argument that must be known at compile time is not, or is wrong.
NodePtr makeCall(const FunctionSpec &spec, NodeList args, int pos, const ExpressionContext &context,
    BuildError &error);

} // namespace concord::expr
