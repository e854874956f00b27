#include "mapping/exprfunctions.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace concord::expr {

namespace {

// Sorted by name; expressionFunctions() and the "did you mean" hint read this table.
constexpr FunctionSpec Functions[] = {
    { "coalesce", 1, -1, nullptr },
    { "concat", 1, -1, nullptr },
    { "format_date", 2, 2, fnFormatDate },
    { "length", 1, 1, fnLength },
    { "lookup", 2, 2, nullptr },
    { "lower", 1, 1, fnLower },
    { "parse_date", 2, 2, fnParseDate },
    { "regex_replace", 3, 3, nullptr },
    { "replace", 3, 3, fnReplace },
    { "round", 1, 2, fnRound },
    { "substr", 2, 3, fnSubstr },
    { "to_decimal", 1, 2, fnToDecimal },
    { "to_int", 1, 1, fnToInt },
    { "to_string", 1, 1, fnToString },
    { "trim", 1, 1, fnTrim },
    { "upper", 1, 1, fnUpper },
};

constexpr int MaxBuiltinArgs = 3;

// A call to an ordinary function: arguments are evaluated into stack slots and handed to the
// builtin as pointers. Any null argument makes the result null without calling it.
class CallNode final : public Node
{
public:
    CallNode(const FunctionSpec &spec, NodeList args, int pos)
        : Node(pos)
        , m_spec(spec)
        , m_args(std::move(args))
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        Value argSlots[MaxBuiltinArgs];
        const Value *argv[MaxBuiltinArgs];
        const int argc = int(m_args.size());
        for (int i = 0; i < argc; ++i) {
            argv[i] = &m_args[std::size_t(i)]->eval(ctx, argSlots[i]);
            if (ctx.failed())
                return scratch;
            if (argv[i]->isNull()) {
                scratch = Value();
                return scratch;
            }
        }
        m_spec.builtin(argv, argc, scratch, ctx, pos());
        return scratch;
    }

private:
    const FunctionSpec &m_spec;
    NodeList m_args;
};

// concat(a, b, ...): the texts of the arguments; nulls count as empty.
class ConcatNode final : public Node
{
public:
    ConcatNode(NodeList args, int pos)
        : Node(pos)
        , m_args(std::move(args))
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        QString out;
        for (const NodePtr &arg : m_args) {
            Value slot;
            const Value &v = arg->eval(ctx, slot);
            if (ctx.failed())
                return scratch;
            if (v.isNull())
                continue;
            const QString piece = textOf(v);
            if (out.size() + piece.size() > MaxStringLength) {
                ctx.fail(ErrorCode::MappingError,
                    QStringLiteral("concat: the result would be longer than %1 characters")
                        .arg(MaxStringLength),
                    pos());
                return scratch;
            }
            out += piece; // appending to an empty string shares the piece instead of copying it
        }
        scratch = Value::fromString(std::move(out));
        return scratch;
    }

private:
    NodeList m_args;
};

// coalesce(a, b, ...): the first non-null argument; the rest are not evaluated.
class CoalesceNode final : public Node
{
public:
    CoalesceNode(NodeList args, int pos)
        : Node(pos)
        , m_args(std::move(args))
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        for (const NodePtr &arg : m_args) {
            const Value &v = arg->eval(ctx, scratch);
            if (ctx.failed() || !v.isNull())
                return v;
        }
        scratch = Value();
        return scratch;
    }

private:
    NodeList m_args;
};

// lookup('table', key): the table is copied into the node when compiling; a missing key is null.
class LookupNode final : public Node
{
public:
    LookupNode(QHash<QString, Value> table, NodePtr key, int pos)
        : Node(pos)
        , m_table(std::move(table))
        , m_key(std::move(key))
    {
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        Value slot;
        const Value &key = m_key->eval(ctx, slot);
        if (ctx.failed() || key.isNull()) {
            scratch = Value();
            return scratch;
        }
        const auto it = key.type() == Value::Type::String ? m_table.constFind(key.stringValue())
                                                          : m_table.constFind(key.toString());
        if (it == m_table.constEnd()) {
            scratch = Value();
            return scratch;
        }
        return it.value();
    }

private:
    QHash<QString, Value> m_table;
    NodePtr m_key;
};

// A regex_replace replacement, split into literal text and group references (\0 .. \9).
struct ReplacementPart
{
    QString literal;
    int group = -1;
};
using Replacement = std::vector<ReplacementPart>;

Replacement parseReplacement(const QString &text)
{
    Replacement parts;
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size() && text[i + 1].isDigit()
            && text[i + 1].unicode() < 128) {
            if (!literal.isEmpty())
                parts.push_back({ std::move(literal), -1 });
            literal.clear();
            parts.push_back({ QString(), text[i + 1].unicode() - '0' });
            ++i;
        } else {
            literal += c;
        }
    }
    if (!literal.isEmpty())
        parts.push_back({ std::move(literal), -1 });
    return parts;
}

int highestGroup(const Replacement &parts)
{
    int g = 0;
    for (const ReplacementPart &p : parts)
        g = std::max(g, p.group);
    return g;
}

// How much backtracking one regex match may do (PCRE2's match limit, set in the pattern; the
// library's default is 10,000,000). A pattern such as (a+)+$ backtracks exponentially on a long
// value: with the default it spent ~0.1 s per record, and Qt reports the exhausted limit as "no
// match", so regex_replace silently returned the value unchanged, e.g. a phone number left
// unmasked (found with tests/fuzz: such inputs neared its per-input timeout). Ordinary patterns
// stay far below this even on 1 MiB values; a match that runs out is an error for the record
// (RegexReplaceNode::eval).
constexpr int RegexMatchLimit = 1000000;

QString regexLimitPrefix()
{
    return QStringLiteral("(*LIMIT_MATCH=%1)").arg(RegexMatchLimit);
}

// regex_replace(s, 'pattern', replacement): the pattern is compiled once, with the node. The
// result is assembled here rather than by QString::replace so that its size is checked while it
// grows.
class RegexReplaceNode final : public Node
{
public:
    RegexReplaceNode(NodePtr subject, QRegularExpression re, NodePtr replacement, int pos)
        : Node(pos)
        , m_subject(std::move(subject))
        , m_re(std::move(re))
        , m_replacement(std::move(replacement))
    {
        if (const Value *c = m_replacement->constantValue(); c && !c->isNull())
            m_constReplacement = parseReplacement(textOf(*c));
    }

    const Value &eval(EvalContext &ctx, Value &scratch) const override
    {
        Value subjectSlot;
        const Value &subject = m_subject->eval(ctx, subjectSlot);
        if (ctx.failed() || subject.isNull()) {
            scratch = Value();
            return scratch;
        }
        Value replacementSlot;
        const Value &replacement = m_replacement->eval(ctx, replacementSlot);
        if (ctx.failed() || replacement.isNull()) {
            scratch = Value();
            return scratch;
        }
        const QString s = textOf(subject);
        QRegularExpressionMatchIterator it = m_re.globalMatch(s);
        if (!it.hasNext()) {
            if (!it.isValid()) // not "no match": the match failed (RegexMatchLimit)
                return matchFailed(ctx, scratch);
            scratch = Value::fromString(s);
            return scratch;
        }
        const Replacement dynamic
            = m_constReplacement ? Replacement() : parseReplacement(textOf(replacement));
        const Replacement &parts = m_constReplacement ? *m_constReplacement : dynamic;
        QString out;
        qsizetype last = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(s).mid(last, m.capturedStart() - last);
            for (const ReplacementPart &part : parts) {
                if (part.group < 0)
                    out += part.literal;
                else
                    out += m.capturedView(part.group);
            }
            last = m.capturedEnd();
            if (out.size() > MaxStringLength)
                break;
        }
        if (!it.isValid())
            return matchFailed(ctx, scratch);
        out += QStringView(s).mid(last);
        if (out.size() > MaxStringLength) {
            ctx.fail(ErrorCode::MappingError,
                QStringLiteral("regex_replace: the result would be longer than %1 characters")
                    .arg(MaxStringLength),
                pos());
            return scratch;
        }
        scratch = Value::fromString(std::move(out));
        return scratch;
    }

private:
    const Value &matchFailed(EvalContext &ctx, Value &scratch) const
    {
        ctx.fail(ErrorCode::MappingError,
            QStringLiteral("regex_replace: the pattern backtracks too much on this value; simplify it "
                           "(a repeat inside a repeat, such as (a+)+, is the usual cause)"),
            pos());
        return scratch;
    }

    NodePtr m_subject;
    QRegularExpression m_re;
    NodePtr m_replacement;
    std::optional<Replacement> m_constReplacement;
};

// The string a compile-time argument holds, or nullptr if it is not a constant string.
const QString *constantString(const NodePtr &node)
{
    const Value *v = node->constantValue();
    return v && v->type() == Value::Type::String ? &v->stringValue() : nullptr;
}

NodePtr makeLookup(NodeList args, int pos, const ExpressionContext &context, BuildError &error)
{
    const QString *name = constantString(args[0]);
    if (!name) {
        error = { QStringLiteral("the first argument of lookup must be a table name in quotes"),
            args[0]->pos() };
        return nullptr;
    }
    const auto table = context.lookupTables.constFind(*name);
    if (table == context.lookupTables.constEnd()) {
        const QStringList known = context.lookupTables.keys();
        error = { QStringLiteral("unknown lookup table '%1' ").arg(*name)
                + (known.isEmpty() ? QStringLiteral("(no lookup tables are defined here)")
                                   : QStringLiteral("(known tables: %1)")
                                         .arg(known.join(QLatin1String(", ")))),
            args[0]->pos() };
        return nullptr;
    }
    QHash<QString, Value> hash;
    hash.reserve(table->size());
    for (auto it = table->constBegin(); it != table->constEnd(); ++it)
        hash.insert(it.key(), it.value());
    return std::make_unique<LookupNode>(std::move(hash), std::move(args[1]), pos);
}

NodePtr makeRegexReplace(NodeList args, int pos, BuildError &error)
{
    const QString *pattern = constantString(args[1]);
    if (!pattern) {
        error = { QStringLiteral("the pattern of regex_replace must be a string in quotes"),
            args[1]->pos() };
        return nullptr;
    }
    const QString limit = regexLimitPrefix();
    QRegularExpression re(limit + *pattern);
    if (!re.isValid()) {
        // The offset counts from the steward's pattern, not from the limit in front of it.
        error = {
            QStringLiteral(
                "invalid regular expression in regex_replace: %1 (at character %2 of the pattern)")
                .arg(re.errorString())
                .arg(std::max<qsizetype>(re.patternErrorOffset() - limit.size(), 0) + 1),
            args[1]->pos()
        };
        return nullptr;
    }
    if (const QString *replacement = constantString(args[2])) {
        const int group = highestGroup(parseReplacement(*replacement));
        if (group > re.captureCount()) {
            error = { QStringLiteral("the replacement of regex_replace refers to group \\%1, but "
                                     "the pattern has %2 group(s)")
                          .arg(group)
                          .arg(re.captureCount()),
                args[2]->pos() };
            return nullptr;
        }
    }
    re.optimize(); // compile (and JIT) now, not on the first record
    return std::make_unique<RegexReplaceNode>(
        std::move(args[0]), std::move(re), std::move(args[2]), pos);
}

} // namespace

const FunctionSpec *findFunction(QStringView name)
{
    for (const FunctionSpec &f : Functions) {
        if (name == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

QStringList functionNames()
{
    QStringList names;
    for (const FunctionSpec &f : Functions)
        names.append(QLatin1String(f.name));
    names.sort();
    return names;
}

QString expectedArguments(const FunctionSpec &spec)
{
    const auto plural
        = [](int n) { return n == 1 ? QStringLiteral("argument") : QStringLiteral("arguments"); };
    if (spec.maxArgs < 0)
        return QStringLiteral("at least %1 %2").arg(spec.minArgs).arg(plural(spec.minArgs));
    if (spec.minArgs == spec.maxArgs)
        return QStringLiteral("%1 %2").arg(spec.minArgs).arg(plural(spec.minArgs));
    return QStringLiteral("%1 or %2 arguments").arg(spec.minArgs).arg(spec.maxArgs);
}

NodePtr makeCall(const FunctionSpec &spec, NodeList args, int pos, const ExpressionContext &context,
    BuildError &error)
{
    const QLatin1String name(spec.name);
    if (name == QLatin1String("concat"))
        return std::make_unique<ConcatNode>(std::move(args), pos);
    if (name == QLatin1String("coalesce"))
        return std::make_unique<CoalesceNode>(std::move(args), pos);
    if (name == QLatin1String("lookup"))
        return makeLookup(std::move(args), pos, context, error);
    if (name == QLatin1String("regex_replace"))
        return makeRegexReplace(std::move(args), pos, error);
    Q_ASSERT(spec.builtin && int(args.size()) <= MaxBuiltinArgs);
    return std::make_unique<CallNode>(spec, std::move(args), pos);
}

} // namespace concord::expr
