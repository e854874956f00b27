#include "mapping/mappingwriter.h"

#include "mapping/mappingoriginal.h"
#include "workspace/yamlreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace concord {

using namespace mappingtext;

namespace {

// A one-line rule or list longer than this is written as a block instead.
constexpr int kMaxLineWidth = 120;

// ---- Scalars -------------------------------------------------------------------------------

// Characters a single-quoted scalar cannot carry as they are (line breaks fold, others are
// invisible or non-printable); they need double quotes and escapes.
bool needsEscapes(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xFEFF)
            return true;
    }
    return false;
}

QString doubleQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case 0x85: out += QLatin1String("\\N"); break;
        case 0x2028: out += QLatin1String("\\L"); break;
        case 0x2029: out += QLatin1String("\\P"); break;
        case 0xFEFF: out += QLatin1String("\\uFEFF"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QLatin1String("\\x") + QString::number(c.unicode(), 16).rightJustified(2, QLatin1Char('0')).toUpper();
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

// Expressions are written in double quotes, as the documentation shows them; one with a
// backslash or a double quote and no single quote (a regex) reads better in single quotes.
QString expressionScalar(const QString &s)
{
    const bool awkward = s.contains(QLatin1Char('\\')) || s.contains(QLatin1Char('"'));
    if (awkward && !s.contains(QLatin1Char('\'')) && !needsEscapes(s))
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    return doubleQuoted(s);
}

QString quoted(const QString &s)
{
    if (needsEscapes(s))
        return doubleQuoted(s);
    QString body = s;
    body.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + body + QLatin1Char('\'');
}

// True if `s` can be written without quotes and yaml-cpp reads back exactly this text (not yet
// asking which type the loader makes of it). Deliberately stricter than YAML needs: a steward
// reads quotes around odd text easily, a wrong guess here would change the mapping.
bool plainIsSafe(const QString &s, bool inFlow)
{
    if (s.isEmpty() || needsEscapes(s) || s.front().isSpace() || s.back().isSpace())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(s.front()))
        return false;
    if (s.contains(QLatin1String(": ")) || s.endsWith(QLatin1Char(':')) || s.contains(QLatin1String(" #")))
        return false;
    if (inFlow) {
        // In { } and [ ] these end a plain scalar (yaml-cpp also stops at '?').
        static const QString flowIndicators = QStringLiteral(",[]{}:?#");
        for (const QChar c : s)
            if (flowIndicators.contains(c))
                return false;
    }
    return !YAML::IsNullString(s.toStdString());
}

// How the loader types this text if it is written unquoted.
Value plainValue(const QString &s)
{
    return YamlReader::plainValue(s);
}

// Text read by the loader as text only (dataset ids, field names, type names, codes, …).
QString textScalar(const QString &s, bool inFlow)
{
    return plainIsSafe(s, inFlow) ? s : quoted(s);
}

QString keyScalar(const QString &s, bool inFlow)
{
    return plainIsSafe(s, inFlow) && s != QLatin1String("<<") ? s : quoted(s);
}

QString valueScalar(const Value &v, bool inFlow)
{
    switch (v.type()) {
    case Value::Type::Null: return QStringLiteral("null");
    case Value::Type::Bool: return v.boolValue() ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Type::Int: return QString::number(v.intValue());
    case Value::Type::Decimal: {
        // A decimal without places ("1500", from 1.5e3) would read back as an int; an exponent
        // of zero keeps it a decimal with the same text.
        const QString text = v.toString();
        return plainValue(text).type() == Value::Type::Decimal ? text : text + QLatin1String("e0");
    }
    case Value::Type::String: {
        const QString &s = v.stringValue();
        return plainIsSafe(s, inFlow) && plainValue(s).type() == Value::Type::String ? s : quoted(s);
    }
    case Value::Type::Date:
    case Value::Type::Timestamp:
    case Value::Type::Json: break;
    }
    return quoted(v.toString()); // not something a mapping file holds; kept as its text
}

// ---- What to write: a small tree of keys and items -------------------------------------------

struct Node;
struct Child
{
    QString key; // map key, or a list item's identity (see caseId() and friends)
    Node *node;
};

struct Node
{
    enum Kind { Scalar, Map, List };
    enum ScalarKind { ValueText, PlainText, Expression, Keyword };

    Kind kind = Scalar;
    ScalarKind scalarKind = PlainText;
    Value value;
    QString text;
    std::vector<Child> children;
    bool preferFlow = false; // one line when it fits and the original did not say otherwise
    bool forceBlock = false; // never one line (a field rule with cases or a lookup)
    bool keepOrder = false;  // the order of the keys means something (fields)
    bool spaced = false;     // blank lines around block entries (top level, fields)
    QString shorthand;       // a key whose value alone may stand for the map (`id: id`)
};

// Owns every node of one write; nodes refer to each other by pointer.
class Tree
{
public:
    Node *scalar(Node::ScalarKind kind, const QString &text, const Value &value = {})
    {
        Node *n = make(Node::Scalar);
        n->scalarKind = kind;
        n->text = text;
        n->value = value;
        return n;
    }
    Node *value(const Value &v) { return scalar(Node::ValueText, QString(), v); }
    Node *text(const QString &s) { return scalar(Node::PlainText, s); }
    Node *expression(const QString &s) { return scalar(Node::Expression, s); }
    Node *keyword(const QString &s) { return scalar(Node::Keyword, s); }
    Node *map(bool preferFlow = false)
    {
        Node *n = make(Node::Map);
        n->preferFlow = preferFlow;
        return n;
    }
    Node *list(bool preferFlow = false)
    {
        Node *n = make(Node::List);
        n->preferFlow = preferFlow;
        return n;
    }
    Node *textList(const QStringList &items)
    {
        Node *n = list(true);
        for (const QString &s : items)
            n->children.push_back({QLatin1Char('=') + s, text(s)});
        return n;
    }

private:
    Node *make(Node::Kind kind)
    {
        m_nodes.emplace_back(std::make_unique<Node>());
        m_nodes.back()->kind = kind;
        return m_nodes.back().get();
    }
    std::vector<std::unique_ptr<Node>> m_nodes;
};

void add(Node *map, const QString &key, Node *child)
{
    map->children.push_back({key, child});
}

Node *fieldNode(Tree &t, const FieldRule &r)
{
    Node *n = t.map(true);
    n->shorthand = QStringLiteral("from");
    if (!r.from.isEmpty())
        add(n, QStringLiteral("from"), t.text(r.from));
    if (r.constant)
        add(n, QStringLiteral("const"), t.value(*r.constant));
    if (!r.expr.isEmpty())
        add(n, QStringLiteral("expr"), t.expression(r.expr));
    if (!r.transforms.isEmpty())
        add(n, QStringLiteral("transform"), t.textList(r.transforms));
    if (r.lookup) {
        const LookupRule &l = *r.lookup;
        Node *lookup = t.map();
        if (!l.values.isEmpty()) {
            Node *values = t.map(true);
            for (auto it = l.values.cbegin(); it != l.values.cend(); ++it)
                add(values, it.key(), t.value(it.value()));
            add(lookup, QStringLiteral("values"), values);
        }
        if (!l.dataset.isEmpty())
            add(lookup, QStringLiteral("dataset"), t.text(l.dataset));
        if (!l.keyField.isEmpty())
            add(lookup, QStringLiteral("key"), t.text(l.keyField));
        if (!l.valueField.isEmpty())
            add(lookup, QStringLiteral("value"), t.text(l.valueField));
        if (l.fallback)
            add(lookup, QStringLiteral("default"), t.value(*l.fallback));
        add(n, QStringLiteral("lookup"), lookup);
        n->forceBlock = true;
    }
    if (!r.cases.isEmpty()) {
        Node *cases = t.list();
        for (const CaseRule &c : r.cases) {
            Node *item = t.map();
            add(item, QStringLiteral("when"), t.expression(c.when));
            if (!c.thenExpr.isEmpty()) {
                Node *then = t.map(true);
                add(then, QStringLiteral("expr"), t.expression(c.thenExpr));
                add(item, QStringLiteral("then"), then);
            } else {
                add(item, QStringLiteral("then"), t.value(c.then));
            }
            cases->children.push_back({caseId(c.when), item});
        }
        add(n, QStringLiteral("cases"), cases);
        n->forceBlock = true;
    }
    if (!r.elseExpr.isEmpty()) {
        Node *e = t.map(true);
        add(e, QStringLiteral("expr"), t.expression(r.elseExpr));
        add(n, QStringLiteral("else"), e);
    } else if (r.elseValue) {
        add(n, QStringLiteral("else"), t.value(*r.elseValue));
    }
    if (r.type)
        add(n, QStringLiteral("type"), t.text(r.type->toString()));
    // The loader reads a default without on_null as on_null: default, and nothing as keep.
    const NullPolicy inferred = r.defaultValue ? NullPolicy::Default : NullPolicy::Keep;
    if (r.onNull != inferred || r.onNullWritten)
        add(n, QStringLiteral("on_null"), t.keyword(nullPolicyName(r.onNull)));
    if (r.defaultValue)
        add(n, QStringLiteral("default"), t.value(*r.defaultValue));
    if (!r.description.isEmpty())
        add(n, QStringLiteral("description"), t.text(r.description));
    return n;
}

Node *mappingNode(Tree &t, const MappingRules &m)
{
    Node *root = t.map();
    root->spaced = true;
    add(root, QStringLiteral("source"), t.text(m.source));
    add(root, QStringLiteral("target"), t.text(m.target));
    if (!m.description.isEmpty())
        add(root, QStringLiteral("description"), t.text(m.description));
    if (!m.lookupTables.isEmpty()) {
        Node *lookups = t.map();
        for (auto table = m.lookupTables.cbegin(); table != m.lookupTables.cend(); ++table) {
            Node *entries = t.map();
            for (auto it = table->cbegin(); it != table->cend(); ++it)
                add(entries, it.key(), t.value(it.value()));
            add(lookups, table.key(), entries);
        }
        add(root, QStringLiteral("lookups"), lookups);
    }
    Node *fields = t.map();
    fields->keepOrder = true;
    fields->spaced = true;
    for (const FieldRule &r : m.fields)
        add(fields, r.target, fieldNode(t, r));
    add(root, QStringLiteral("fields"), fields);
    Node *validate = t.map();
    if (!m.required.isEmpty())
        add(validate, QStringLiteral("required"), t.textList(m.required));
    if (!m.unique.isEmpty())
        add(validate, QStringLiteral("unique"), t.textList(m.unique));
    if (!m.rules.isEmpty()) {
        Node *rules = t.list();
        for (const ValidationRule &v : m.rules) {
            Node *item = t.map(true);
            if (!v.field.isEmpty())
                add(item, QStringLiteral("field"), t.text(v.field));
            add(item, QStringLiteral("check"), t.expression(v.check));
            if (v.code != ErrorCode::ValidationFailed) // what the loader fills in when code is absent
                add(item, QStringLiteral("code"), t.text(v.code));
            if (!v.message.isEmpty())
                add(item, QStringLiteral("message"), t.text(v.message));
            rules->children.push_back({checkId(v.field, v.check), item});
        }
        add(validate, QStringLiteral("rules"), rules);
    }
    if (!validate->children.empty())
        add(root, QStringLiteral("validate"), validate);
    return root;
}

// ---- Printing --------------------------------------------------------------------------------

// The keys of a map in the order to write them: the original's order for keys it had, and each
// new key before the first key that comes after it in the conventional order.
std::vector<Child> ordered(const Node *map, const QStringList &originalOrder)
{
    if (map->keepOrder || originalOrder.isEmpty())
        return map->children;
    QHash<QString, int> rank; // position in the conventional order
    for (std::size_t i = 0; i < map->children.size(); ++i)
        rank.insert(map->children[i].key, int(i));
    std::vector<int> order; // indexes into children
    QSet<QString> placed;
    for (const QString &k : originalOrder) {
        if (rank.contains(k) && !placed.contains(k)) {
            order.push_back(rank.value(k));
            placed.insert(k);
        }
    }
    for (std::size_t i = 0; i < map->children.size(); ++i) {
        if (placed.contains(map->children[i].key))
            continue;
        const auto at = std::find_if(order.begin(), order.end(), [&](int j) { return j > int(i); });
        order.insert(at, int(i));
    }
    std::vector<Child> out;
    for (const int i : order)
        out.push_back(map->children[std::size_t(i)]);
    return out;
}

bool containsForcedBlock(const Node *n)
{
    if (n->forceBlock)
        return true;
    return std::any_of(n->children.cbegin(), n->children.cend(),
                       [](const Child &c) { return containsForcedBlock(c.node); });
}

class Printer
{
public:
    explicit Printer(Original original) : m_original(std::move(original)) { }

    void printRoot(const Node *root) { blockMap(root, QString(), 0, QString(), QString()); }

    MappingText result() const
    {
        QStringList out;
        const auto blank = [&out] {
            if (!out.isEmpty() && !out.last().isEmpty())
                out.append(QString());
        };
        for (const QString &l : m_original.header)
            l.isEmpty() ? blank() : out.append(l);
        QSet<QString> used;
        for (const Line &line : m_lines) {
            QString text = line.text;
            const auto a = line.anchor.isEmpty() || used.contains(line.anchor) ? m_original.anchors.cend()
                                                                                : m_original.anchors.constFind(line.anchor);
            if (a != m_original.anchors.cend()) {
                used.insert(line.anchor);
                const QString indent(indentOf(line.text), QLatin1Char(' '));
                for (const QString &l : a->above)
                    l.isEmpty() ? blank() : out.append(indent + l);
                if (!a->trailing.isEmpty()) {
                    const int pad = a->trailingColumn - int(text.size());
                    text += QString(pad >= 1 ? pad : 2, QLatin1Char(' ')) + a->trailing;
                }
            } else if (line.blankIfNew) {
                blank();
            }
            out.append(text);
        }
        for (const QString &l : m_original.footer)
            l.isEmpty() ? blank() : out.append(l);
        while (!out.isEmpty() && out.back().isEmpty())
            out.removeLast();

        MappingText result;
        result.yaml = out.join(QLatin1Char('\n')) + QLatin1Char('\n');
        QList<std::pair<int, QString>> dropped;
        for (auto a = m_original.anchors.cbegin(); a != m_original.anchors.cend(); ++a) {
            if (used.contains(a.key()))
                continue;
            for (const QString &l : a->above)
                if (!l.isEmpty())
                    dropped.append({2 * a->line, l});
            if (!a->trailing.isEmpty())
                dropped.append({2 * a->line + 1, a->trailing});
        }
        for (const auto &[line, comment] : m_original.orphans)
            dropped.append({2 * line, comment});
        std::stable_sort(dropped.begin(), dropped.end(),
                         [](const auto &x, const auto &y) { return x.first < y.first; });
        for (const auto &d : std::as_const(dropped))
            result.droppedComments.append(d.second);
        return result;
    }

private:
    struct Line
    {
        QString text;
        QString anchor;
        bool blankIfNew = false;
    };

    void push(const QString &text, const QString &anchor, bool blankIfNew = false)
    {
        m_lines.append(Line{text, anchor, blankIfNew});
    }

    QString scalarText(const Node *n, bool inFlow) const
    {
        switch (n->scalarKind) {
        case Node::ValueText: return valueScalar(n->value, inFlow);
        case Node::PlainText: return textScalar(n->text, inFlow);
        case Node::Expression: return expressionScalar(n->text);
        case Node::Keyword: return n->text;
        }
        return {};
    }

    QString flowText(const Node *n, const QString &path) const
    {
        if (n->kind == Node::Scalar)
            return scalarText(n, true);
        // `order_id: id` stays so while it still says all there is.
        if (!n->shorthand.isEmpty() && n->children.size() == 1 && n->children.front().key == n->shorthand
            && m_original.scalars.contains(path))
            return scalarText(n->children.front().node, true);
        QStringList parts;
        if (n->kind == Node::Map) {
            for (const Child &c : ordered(n, m_original.keyOrder.value(path)))
                parts.append(keyScalar(c.key, true) + QLatin1String(": ") + flowText(c.node, childPath(path, c.key)));
            return parts.isEmpty() ? QStringLiteral("{}") : QLatin1String("{ ") + parts.join(QLatin1String(", ")) + QLatin1String(" }");
        }
        QStringList ids;
        for (const Child &c : n->children)
            ids.append(c.key);
        ids = uniqueIds(ids);
        for (std::size_t i = 0; i < n->children.size(); ++i)
            parts.append(flowText(n->children[i].node, childPath(path, ids[int(i)])));
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }

    // One line, unless it cannot be (cases, a lookup), the original wrote it as a block, or it
    // does not fit.
    bool asFlow(const Node *n, const QString &path, int prefixWidth) const
    {
        if (n->kind == Node::Scalar || n->children.empty())
            return true;
        if (containsForcedBlock(n))
            return false;
        const auto original = m_original.flow.constFind(path);
        if (original != m_original.flow.cend())
            return *original;
        if (m_original.scalars.contains(path))
            return true; // the shorthand rule was one line
        return n->preferFlow && prefixWidth + flowText(n, path).size() <= kMaxLineWidth;
    }

    // Whether the original set the keys of this map apart with blank lines (most of them, after
    // the first); nullopt if it has no such keys. A new key follows the same habit.
    std::optional<bool> originalSpacing(const QString &path) const
    {
        const QStringList keys = m_original.keyOrder.value(path);
        int spaced = 0;
        int counted = 0;
        for (int i = 1; i < keys.size(); ++i) {
            const auto a = m_original.anchors.constFind(childPath(path, keys[i]));
            if (a == m_original.anchors.cend())
                continue;
            ++counted;
            spaced += a->above.contains(QString()) ? 1 : 0;
        }
        if (counted == 0)
            return std::nullopt;
        return 2 * spaced >= counted;
    }

    // Writes the entries of a block map at `indent`. For a list item the first entry goes on the
    // item's line, after `itemPrefix` ("  - "), and takes the item's anchor.
    void blockMap(const Node *map, const QString &path, int indent, const QString &itemPrefix,
                  const QString &itemAnchor)
    {
        const QString spaces(indent, QLatin1Char(' '));
        bool previousMultiLine = false;
        bool first = true;
        // At the top level a new key is set apart only when it is a block (fields:, validate:).
        const std::optional<bool> spacing = map->spaced && !path.isEmpty() ? originalSpacing(path) : std::nullopt;
        for (const Child &c : ordered(map, m_original.keyOrder.value(path))) {
            const QString p = childPath(path, c.key);
            const bool onItemLine = first && !itemPrefix.isEmpty();
            const QString prefix = (onItemLine ? itemPrefix : spaces) + keyScalar(c.key, false) + QLatin1Char(':');
            const QString anchor = onItemLine ? itemAnchor : p;
            const bool oneLine = asFlow(c.node, p, int(prefix.size()) + 1);
            const bool blank = map->spaced && !first && spacing.value_or(!oneLine || previousMultiLine);
            if (oneLine) {
                const int pad = m_original.valueColumn.value(p) - int(prefix.size());
                push(prefix + QString(std::max(pad, 1), QLatin1Char(' ')) + flowText(c.node, p), anchor, blank);
            } else {
                push(prefix, anchor, blank);
                if (c.node->kind == Node::Map)
                    blockMap(c.node, p, indent + 2, QString(), QString());
                else
                    blockList(c.node, p, indent + 2);
            }
            previousMultiLine = !oneLine;
            first = false;
        }
    }

    void blockList(const Node *list, const QString &path, int indent)
    {
        QStringList ids;
        for (const Child &c : list->children)
            ids.append(c.key);
        ids = uniqueIds(ids);
        const QString prefix = QString(indent, QLatin1Char(' ')) + QLatin1String("- ");
        for (std::size_t i = 0; i < list->children.size(); ++i) {
            const Node *item = list->children[i].node;
            const QString p = childPath(path, ids[int(i)]);
            if (item->kind == Node::Map && !asFlow(item, p, int(prefix.size())))
                blockMap(item, p, indent + 2, prefix, p);
            else
                push(prefix + flowText(item, p), p);
        }
    }

    const Original m_original;
    QList<Line> m_lines;
};

} // namespace

MappingText writeMapping(const MappingRules &rules, const QString &original)
{
    Tree tree;
    const Node *root = mappingNode(tree, rules);
    Printer printer(readOriginal(original));
    printer.printRoot(root);
    return printer.result();
}

} // namespace concord
