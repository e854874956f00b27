#include "workspace/yamlreader.h"

#include <cctype>

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace concord {

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

SourceLocation YamlReader::location(const YAML::Mark &mark) const
{
    if (mark.is_null())
        return SourceLocation{m_file, 0, 0};
    return SourceLocation{m_file, mark.line + 1, mark.column + 1};
}

SourceLocation YamlReader::location(const YAML::Node &node) const
{
    return location(node.Mark());
}

void YamlReader::error(const YAML::Node &node, const QString &message, const QString &code) const
{
    error(location(node), message, code);
}

void YamlReader::error(const SourceLocation &at, const QString &message, const QString &code) const
{
    m_errors->append(Error{code, message, at});
}

int YamlReader::reportDuplicateKeys(const YAML::Node &root) const
{
    // An alias shares its anchor's node, so the document is a graph, not a tree: `&a [*a]` is a
    // cycle and aliases of aliases multiply the paths. A plain recursive walk overflowed the stack
    // on the first and took exponential time on the second (found by tests/fuzz). So the walk is
    // iterative and enters each collection once; nothing is lost, as an aliased node's keys are
    // its anchor's. The order of the reports is unchanged: depth first, in file order.
    struct Frame
    {
        YAML::Node node;
        YAML::const_iterator it;
        QHash<QString, int> seen; // map key -> line of its first occurrence
    };
    std::vector<Frame> stack;
    // Collections already entered, by where they start in the text (an alias has its anchor's
    // position); Node::is() tells apart the rare two that start at one place.
    QHash<int, std::vector<YAML::Node>> entered;
    const auto enter = [&](const YAML::Node &node) {
        if (!node.IsMap() && !node.IsSequence())
            return;
        std::vector<YAML::Node> &samePlace = entered[node.Mark().pos];
        for (const YAML::Node &n : samePlace)
            if (n.is(node))
                return;
        samePlace.push_back(node);
        stack.push_back(Frame{node, node.begin(), {}});
    };
    int found = 0;
    enter(root);
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.it == frame.node.end()) {
            stack.pop_back();
            continue;
        }
        const auto entry = *frame.it;
        ++frame.it;
        if (!frame.node.IsMap()) {
            enter(entry); // a sequence item
            continue;
        }
        if (entry.first.IsScalar()) {
            const QString key = text(entry.first);
            if (const auto first = frame.seen.constFind(key); first != frame.seen.cend()) {
                error(entry.first, QStringLiteral("duplicate key '%1' (first at line %2); a key may appear "
                                                  "only once in a mapping")
                                       .arg(key)
                                       .arg(*first));
                ++found;
            } else {
                frame.seen.insert(key, location(entry.first).line);
            }
        }
        enter(entry.second); // may reallocate the stack: `frame` is not used after this
    }
    return found;
}

YAML::Node YamlReader::load(bool *ok) const
{
    *ok = false;
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly)) {
        error(SourceLocation{m_file, 0, 0}, QStringLiteral("cannot read file: %1").arg(f.errorString()));
        return {};
    }
    return loadText(f.readAll(), ok);
}

YAML::Node YamlReader::loadText(const QByteArray &yaml, bool *ok) const
{
    *ok = false;
    m_source = yaml;
    try {
        YAML::Node root = YAML::Load(yaml.toStdString());
        // yaml-cpp keeps both of two equal keys and answers lookups with the first, silently.
        // Reported, and the file is still read so that its other errors show too.
        reportDuplicateKeys(root);
        *ok = true;
        return root;
    } catch (const YAML::ParserException &e) {
        error(location(e.mark), QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const YAML::Exception &e) {
        error(location(e.mark), QStringLiteral("YAML error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        // yaml-cpp may also throw standard exceptions (e.g. std::bad_alloc); they must not
        // escape the engine, whose errors are values.
        error(SourceLocation{m_file, 1, 1}, QStringLiteral("cannot read YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return {};
}

bool YamlReader::expectMap(const YAML::Node &node, const QString &what) const
{
    if (node.IsMap())
        return true;
    if (node.Mark().is_null()) { // an empty document has no position: point at its start
        error(SourceLocation{m_file, 1, 1}, QStringLiteral("the file is empty; %1 must be a mapping of key: value pairs")
                                                .arg(what));
        return false;
    }
    error(node, QStringLiteral("%1 must be a mapping of key: value pairs").arg(what));
    return false;
}

bool YamlReader::expectSequence(const YAML::Node &node, const QString &what) const
{
    if (node.IsSequence())
        return true;
    error(node, QStringLiteral("%1 must be a list").arg(what));
    return false;
}

void YamlReader::checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &where) const
{
    if (!map.IsMap())
        return;
    static const QRegularExpression commaTrap(QStringLiteral("^\\s*\\d+\\s*\\)\\s*$"));
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = text(it->first);
        if (allowed.contains(key))
            continue;
        if (commaTrap.match(key).hasMatch()) {
            error(it->first, QStringLiteral("unexpected key '%1' in %2: a value with a comma inside { } must be "
                                            "quoted, e.g. type: 'decimal(18,2)' or mask: 'partial(3,4)'")
                                 .arg(key, where));
            continue;
        }
        QString best;
        int bestDistance = 3;
        for (const QString &a : allowed) {
            const int d = editDistance(key, a);
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        QString message = QStringLiteral("unknown key '%1' in %2").arg(key, where);
        if (!best.isEmpty())
            message += QStringLiteral(" (did you mean '%1'?)").arg(best);
        else
            message += QStringLiteral(" (expected one of: %1)").arg(allowed.join(QStringLiteral(", ")));
        error(it->first, message);
    }
}

QString YamlReader::text(const YAML::Node &node)
{
    if (!node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

std::optional<QString> YamlReader::scalar(const YAML::Node &node, const QString &what) const
{
    if (!node.IsScalar()) {
        error(node, QStringLiteral("%1 must be a single value").arg(what));
        return std::nullopt;
    }
    return text(node);
}

std::optional<int> YamlReader::integer(const YAML::Node &node, const QString &what) const
{
    const auto s = scalar(node, what);
    if (!s)
        return std::nullopt;
    bool ok = false;
    const int v = s->toInt(&ok);
    if (!ok) {
        error(node, QStringLiteral("%1 must be a whole number, not '%2'").arg(what, *s));
        return std::nullopt;
    }
    return v;
}

std::optional<double> YamlReader::number(const YAML::Node &node, const QString &what) const
{
    const auto s = scalar(node, what);
    if (!s)
        return std::nullopt;
    bool ok = false;
    const double v = s->toDouble(&ok);
    if (!ok) {
        error(node, QStringLiteral("%1 must be a number, not '%2'").arg(what, *s));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> YamlReader::boolean(const YAML::Node &node, const QString &what) const
{
    const auto s = scalar(node, what);
    if (!s)
        return std::nullopt;
    const QString t = s->toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    error(node, QStringLiteral("%1 must be true or false, not '%2'").arg(what, *s));
    return std::nullopt;
}

QStringList YamlReader::stringList(const YAML::Node &node, const QString &what) const
{
    QStringList out;
    if (node.IsScalar()) {
        out.append(text(node));
    } else if (node.IsSequence()) {
        for (const auto &item : node) {
            if (const auto s = scalar(item, what))
                out.append(*s);
        }
    } else if (!node.IsNull()) {
        error(node, QStringLiteral("%1 must be a list such as [a, b]").arg(what));
    }
    return out;
}

std::optional<qint64> YamlReader::duration(const YAML::Node &node, const QString &what) const
{
    const auto s = scalar(node, what);
    if (!s)
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*(ms|s|m|h|d)?\\s*$"));
    const auto m = re.match(*s);
    if (!m.hasMatch()) {
        error(node, QStringLiteral("%1 must be a duration such as 500ms, 1s, 10m, 2h or 1d, not '%2'").arg(what, *s));
        return std::nullopt;
    }
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("ms"))
        return n;
    if (unit.isEmpty() || unit == QLatin1String("s"))
        return n * 1000;
    if (unit == QLatin1String("m"))
        return n * 60 * 1000;
    if (unit == QLatin1String("h"))
        return n * 3600 * 1000;
    return n * 86400 * 1000;
}

Value YamlReader::scalarValue(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return Value();
    if (!node.IsScalar())
        return Value::fromString(QString());
    const QString s = text(node);
    if (node.Tag() == "!")
        return Value::fromString(s); // quoted in the file: always a string
    return plainValue(s);
}

Value YamlReader::plainValue(const QString &s)
{
    const QString lower = s.toLower();
    if (lower == QLatin1String("true"))
        return Value::fromBool(true);
    if (lower == QLatin1String("false"))
        return Value::fromBool(false);
    bool ok = false;
    const qint64 i = s.toLongLong(&ok);
    if (ok)
        return Value::fromInt(i);
    if (const auto d = Decimal::parse(QStringView(s)))
        return Value::fromDecimal(*d);
    return Value::fromString(s);
}

SourceLocation YamlReader::scalarStart(const YAML::Node &node) const
{
    SourceLocation at = location(node);
    const YAML::Mark mark = node.Mark();
    const char indicator = !mark.is_null() && mark.pos >= 0 && mark.pos < m_source.size() ? m_source.at(mark.pos) : '\0';
    // yaml-cpp marks a quoted scalar at its opening quote; expressions count from the text.
    // (Block scalars carry the "!" tag too; they are told apart by their indicator below.)
    if (node.Tag() == "!" && at.column > 0 && (indicator == '\'' || indicator == '"')) {
        at.column += 1;
        at.doubledQuotes = indicator == '\'';
        return at;
    }
    // A literal block (|, |-, |+, |2 …): yaml-cpp marks it at its indicator. Its text starts on
    // the first non-blank line after it, at that line's indentation, which the block drops from
    // every line — so later lines' columns add it back.
    int p = mark.is_null() ? -1 : mark.pos;
    for (int back = 0; p > 0 && p < m_source.size() && back < 3 && m_source.at(p) != '|'
                       && (m_source.at(p) == '-' || m_source.at(p) == '+' || std::isdigit(uchar(m_source.at(p))));
         ++back)
        --p;
    if (p < 0 || p >= m_source.size() || m_source.at(p) != '|' || at.line <= 0)
        return at;
    int i = p;
    int line = int(mark.line) + 1;
    while (i < m_source.size() && m_source.at(i) != '\n')
        ++i;
    while (i < m_source.size()) {
        ++i; // past '\n'
        ++line;
        int indent = 0;
        while (i + indent < m_source.size() && m_source.at(i + indent) == ' ')
            ++indent;
        const int next = i + indent;
        if (next < m_source.size() && m_source.at(next) != '\n' && m_source.at(next) != '\r') {
            at.line = line;
            at.column = indent + 1;
            at.blockIndent = indent;
            return at;
        }
        i = next;
        while (i < m_source.size() && m_source.at(i) != '\n')
            ++i;
    }
    return at;
}

} // namespace concord
