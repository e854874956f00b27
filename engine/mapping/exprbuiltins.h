#pragma once
// The ordinary functions of the expression library: each one takes its evaluated arguments and
// writes its result. They are plain function pointers called by the generic call node, so a call
// costs no std::function and no allocation of its own. Null arguments never reach them: the call
// node answers null first. Forms that need compile-time work (lookup, regex_replace) or special
// null rules (concat, coalesce) are nodes of their own in exprfunctions.cpp.

#include "mapping/exprops.h"

namespace concord::expr {

using Builtin = bool (*)(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);

bool fnTrim(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnUpper(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnLower(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnLength(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnSubstr(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnReplace(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnFormatDate(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnParseDate(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnRound(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnToInt(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnToDecimal(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);
bool fnToString(const Value *const *argv, int argc, Value &out, EvalContext &ctx, int pos);

// The text a string function reads from any value: strings as they are, others by their
// canonical text (an int 42 reads as "42").
QString textOf(const Value &v);

} // namespace concord::expr
