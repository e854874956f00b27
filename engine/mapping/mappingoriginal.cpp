#include "mapping/mappingoriginal.h"

#include "workspace/yamlreader.h"

namespace concord::mappingtext {

// Joins the keys and item ids of a path to a node. A control character, so no key contains it.
const QChar kPathSeparator(0x1F);

QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + kPathSeparator + key;
}

// List items are known by what they say rather than their position, so that a comment stays
// with its case or check when another one is inserted or removed before it.
QString caseId(const QString &when)
{
    return QLatin1String("when=") + when;
}

QString checkId(const QString &field, const QString &check)
{
    return QLatin1String("check=") + field + QLatin1Char('|') + check;
}

// Ids of the items of one list, made unique by counting repeats in order.
QStringList uniqueIds(const QStringList &ids)
{
    QHash<QString, int> seen;
    QStringList out;
    for (const QString &id : ids) {
        const int n = seen[id]++;
        out.append(n == 0 ? id : id + QLatin1Char('~') + QString::number(n));
    }
    return out;
}

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
        ++i;
    return i;
}

namespace {

bool isBlankChar(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

struct ScannedLine
{
    enum Kind { Blank, Comment, Content, InsideScalar };
    Kind kind = Blank;
    QString comment; // the comment line, or the trailing comment of a content line
    int commentColumn = -1;
};

// Classifies each line and finds trailing comments: a '#' after a blank, outside quotes, and not
// inside a block scalar (| or >). Quotes open only where a scalar can start, so the apostrophe
// in "don't" does not hide a comment after it.
QList<ScannedLine> scanLines(const QStringList &lines)
{
    static const QRegularExpression blockScalarStart(QStringLiteral("(^|[ \\t])[|>][0-9+-]*$"));
    QList<ScannedLine> out;
    QChar quote;            // the open quote of a scalar that goes on to the next line
    int blockIndent = -1;   // inside a block scalar whose key line has this indentation
    QList<int> blanksInBlock; // blank lines at the end of a block scalar are the layout's
    for (const QString &line : lines) {
        ScannedLine s;
        const int indent = indentOf(line);
        const bool blank = indent == line.size();
        if (blockIndent >= 0) {
            if (blank || indent > blockIndent) {
                if (blank)
                    blanksInBlock.append(int(out.size()));
                else
                    blanksInBlock.clear();
                s.kind = ScannedLine::InsideScalar;
                out.append(s);
                continue;
            }
            for (const int b : std::as_const(blanksInBlock))
                out[b].kind = ScannedLine::Blank;
            blanksInBlock.clear();
            blockIndent = -1;
        }
        if (quote.isNull()) {
            if (blank) {
                out.append(s);
                continue;
            }
            if (line[indent] == QLatin1Char('#')) {
                s.kind = ScannedLine::Comment;
                s.comment = line.mid(indent).trimmed();
                out.append(s);
                continue;
            }
        }
        const bool startedInside = !quote.isNull();
        s.kind = ScannedLine::Content;
        QChar previous; // last non-blank character outside quotes on this line
        int contentEnd = line.size();
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (quote == QLatin1Char('\'')) {
                if (c == QLatin1Char('\'')) {
                    if (i + 1 < line.size() && line[i + 1] == QLatin1Char('\'')) {
                        ++i;
                    } else {
                        quote = QChar();
                        previous = c;
                    }
                }
                continue;
            }
            if (quote == QLatin1Char('"')) {
                if (c == QLatin1Char('\\')) {
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quote = QChar();
                    previous = c;
                }
                continue;
            }
            if (c == QLatin1Char('#') && (i == 0 || isBlankChar(line[i - 1]))) {
                s.comment = line.mid(i).trimmed();
                s.commentColumn = i;
                contentEnd = i;
                break;
            }
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                const bool afterBlank = i > 0 && isBlankChar(line[i - 1]);
                if (previous.isNull() || QStringLiteral("[{,").contains(previous)
                    || (afterBlank && QStringLiteral(":-?").contains(previous))) {
                    quote = c;
                    continue;
                }
            }
            if (!isBlankChar(c))
                previous = c;
        }
        if (startedInside && !quote.isNull())
            s.kind = ScannedLine::InsideScalar; // the whole line is inside a quoted scalar
        else if (quote.isNull() && blockScalarStart.match(line.left(contentEnd).trimmed()).hasMatch())
            blockIndent = indent;
        out.append(s);
    }
    return out;
}

// The identity of a list item, as the writer computes it from the rules (see caseId()).
QString itemId(const YAML::Node &item, int index)
{
    if (item.IsMap()) {
        // text() of a key that is not there would throw; ask first.
        if (const YAML::Node when = item["when"])
            return caseId(YamlReader::text(when));
        if (const YAML::Node check = item["check"]) {
            const YAML::Node field = item["field"];
            return checkId(field ? YamlReader::text(field) : QString(), YamlReader::text(check));
        }
    } else if (item.IsScalar()) {
        return QLatin1Char('=') + YamlReader::text(item);
    }
    return QLatin1Char('#') + QString::number(index);
}

// Records, for every key and list item, its path and the line it starts on (the first, i.e.
// outermost, one per line), the order of keys and the flow or block style.
void walk(const YAML::Node &node, const QString &path, const QStringList &lines, Original &o,
          QHash<int, QString> &lineAnchor, int depth = 0)
{
    // A mapping is a few levels deep; an alias can make a document a cycle (&a [*a]).
    if (depth > 32)
        return;
    const auto mark = [&](const YAML::Node &n, const QString &p) {
        const YAML::Mark m = n.Mark();
        if (!m.is_null() && !lineAnchor.contains(m.line))
            lineAnchor.insert(m.line, p);
    };
    const auto style = [&](const YAML::Node &n, const QString &p) {
        if (n.IsMap() || n.IsSequence())
            o.flow.insert(p, n.Style() == YAML::EmitterStyle::Flow);
        else if (n.IsScalar())
            o.scalars.insert(p);
    };
    if (node.IsMap()) {
        QStringList &order = o.keyOrder[path];
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = YamlReader::text(it->first);
            const QString p = childPath(path, key);
            order.append(key);
            mark(it->first, p);
            // `tax_rate:   { … }`: stewards line up the values of neighbouring keys. Recorded
            // where there is more than the one space any value has before it.
            const YAML::Mark k = it->first.Mark();
            const YAML::Mark v = it->second.Mark();
            if (!k.is_null() && !v.is_null() && v.line == k.line && v.line < lines.size()
                && lineAnchor.value(k.line) == p) {
                const QString &line = lines[v.line];
                // yaml-cpp counts columns in UTF-8 bytes.
                const int column = int(QString::fromUtf8(line.toUtf8().left(v.column)).size());
                if (column >= 3 && line.mid(column - 2, 2) == QLatin1String("  "))
                    o.valueColumn.insert(p, column);
            }
            style(it->second, p);
            walk(it->second, p, lines, o, lineAnchor, depth + 1);
        }
    } else if (node.IsSequence()) {
        QStringList ids;
        for (std::size_t i = 0; i < node.size(); ++i)
            ids.append(itemId(node[i], int(i)));
        ids = uniqueIds(ids);
        for (std::size_t i = 0; i < node.size(); ++i) {
            const QString p = childPath(path, ids[int(i)]);
            mark(node[i], p);
            style(node[i], p);
            walk(node[i], p, lines, o, lineAnchor, depth + 1);
        }
    }
}

// Collapses runs of blank lines to one.
QStringList collapsed(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines)
        if (!l.isEmpty() || out.isEmpty() || !out.last().isEmpty())
            out.append(l);
    return out;
}

QStringList trimmedBlanks(QStringList lines)
{
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

Original readOriginal(const QString &text)
{
    Original o;
    if (text.trimmed().isEmpty())
        return o;
    // A byte order mark would hide the header's first '#' from the line scan.
    QStringList lines = (text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text).split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    QHash<int, QString> lineAnchor;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        walk(root, QString(), lines, o, lineAnchor);
    } catch (const std::exception &) {
        // Text that does not parse gives no keys to place comments by; they are all reported.
        o = Original();
        lineAnchor.clear();
    }
    const QList<ScannedLine> scanned = scanLines(lines);
    QStringList pending; // comment and blank lines since the last content line
    bool seenContent = false;
    for (int i = 0; i < scanned.size(); ++i) {
        const ScannedLine &s = scanned[i];
        if (s.kind == ScannedLine::InsideScalar)
            continue;
        if (s.kind == ScannedLine::Blank || s.kind == ScannedLine::Comment) {
            pending.append(s.comment);
            continue;
        }
        if (!seenContent) {
            seenContent = true;
            const bool anyComment = std::any_of(pending.cbegin(), pending.cend(),
                                                [](const QString &l) { return !l.isEmpty(); });
            if (anyComment) {
                const int lastBlank = int(pending.lastIndexOf(QString()));
                o.header = collapsed(trimmedBlanks(pending.mid(0, lastBlank < 0 ? pending.size() : lastBlank)));
                if (lastBlank >= 0)
                    o.header.append(QString());
                pending = lastBlank < 0 ? QStringList() : pending.mid(lastBlank + 1);
            } else {
                pending.clear();
            }
        }
        const QString anchor = lineAnchor.value(i);
        if (!anchor.isEmpty()) {
            Anchor &a = o.anchors[anchor];
            a.line = i;
            a.above = collapsed(pending);
            a.trailing = s.comment;
            a.trailingColumn = s.commentColumn;
        } else {
            for (const QString &c : std::as_const(pending))
                if (!c.isEmpty())
                    o.orphans.append({i, c});
            if (!s.comment.isEmpty())
                o.orphans.append({i, s.comment});
        }
        pending.clear();
    }
    if (seenContent)
        o.footer = collapsed(pending);
    else
        o.header = collapsed(trimmedBlanks(pending));
    while (!o.footer.isEmpty() && o.footer.back().isEmpty())
        o.footer.removeLast();
    return o;
}

} // namespace concord::mappingtext
