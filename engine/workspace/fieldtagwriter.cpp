#include "workspace/fieldtagwriter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace concord {

namespace {

struct Entry
{
    int firstLine = 0; // 0-based, the line of the field's key
    int lastLine = 0;  // inclusive
    int indent = 0;    // the key's column
};

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && line[i] == QLatin1Char(' '))
        ++i;
    return i;
}

bool blankOrComment(const QString &line)
{
    const QString t = line.trimmed();
    return t.isEmpty() || t.startsWith(QLatin1Char('#'));
}

// Where a comment starts on a line of YAML flow content, outside quotes; -1 if none.
int commentStart(const QString &line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            quote = c;
        else if (c == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace()))
            return i;
    }
    return -1;
}

QString scalarText(const YAML::Node &n)
{
    return n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

// Keys a field entry may have besides the three the page edits, in the order they are written.
const char *const KeptKeys[] = {"key", "nullable", "column", "description"};

QString flowEntry(const QString &name, const YAML::Node &old, const FieldTagEdit &e)
{
    QStringList parts;
    const QString type = old.IsScalar() ? scalarText(old) : (old.IsMap() ? scalarText(old["type"]) : QString());
    if (!type.isEmpty())
        parts << QStringLiteral("type: ") + yamlFlowScalar(type);
    if (e.level != Sensitivity::Unset)
        parts << QStringLiteral("sensitivity: ") + sensitivityName(e.level);
    if (!e.mask.isEmpty())
        parts << QStringLiteral("mask: ") + yamlFlowScalar(e.mask);
    if (!e.visibleTo.isEmpty()) {
        QStringList items;
        for (const QString &d : e.visibleTo)
            items << yamlFlowScalar(d);
        parts << QStringLiteral("visible_to: [%1]").arg(items.join(QStringLiteral(", ")));
    }
    if (old.IsMap()) {
        for (const char *k : KeptKeys)
            if (old[k] && old[k].IsScalar())
                parts << QString::fromLatin1(k) + QStringLiteral(": ") + yamlFlowScalar(scalarText(old[k]));
    }
    return yamlFlowScalar(name) + QStringLiteral(": { ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" }");
}

} // namespace

QString yamlFlowScalar(const QString &text)
{
    static const QString special = QStringLiteral(",[]{}:#&*!|>'\"%@`?");
    bool plain = !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace() && text.front() != QLatin1Char('-');
    for (const QChar c : text)
        plain = plain && !special.contains(c) && c != QLatin1Char('\n');
    // Words YAML reads as something other than a string.
    static const QStringList typed = {QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("true"),
                                      QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"),
                                      QStringLiteral("on"), QStringLiteral("off")};
    plain = plain && !typed.contains(text.toLower());
    if (plain)
        return text;
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

Result<QString> applyFieldTags(const QString &yaml, const QString &file, const QList<FieldTagEdit> &edits)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("%1:%2:%3: %4")
                                                       .arg(file)
                                                       .arg(e.mark.line + 1)
                                                       .arg(e.mark.column + 1)
                                                       .arg(QString::fromStdString(e.msg)));
    }
    QStringList lines = yaml.split(QLatin1Char('\n'));
    struct Planned
    {
        Entry entry;
        QString text;
    };
    QList<Planned> planned;
    for (const FieldTagEdit &e : edits) {
        const YAML::Node &doc = root; // const: looking up a key must not add it
        const YAML::Node fields = doc["datasets"][e.dataset.toStdString()]["fields"];
        if (!fields || !fields.IsMap())
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("%1: dataset %2 has no fields: map to tag").arg(file, e.dataset));
        std::vector<std::pair<YAML::Node, YAML::Node>> entries;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            entries.emplace_back(it->first, it->second);
        const auto found = std::find_if(entries.cbegin(), entries.cend(), [&](const auto &kv) {
            return QString::fromStdString(kv.first.Scalar()) == e.field;
        });
        if (found == entries.cend())
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("%1: dataset %2 has no field '%3'").arg(file, e.dataset, e.field));
        Entry entry;
        entry.firstLine = found->first.Mark().line;
        entry.indent = found->first.Mark().column;
        if (entry.firstLine < 0 || entry.firstLine >= lines.size() || indentOf(lines[entry.firstLine]) != entry.indent)
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("%1:%2: field '%3' is written in a way the console cannot edit in place "
                                            "(put it on a line of its own)")
                                 .arg(file)
                                 .arg(entry.firstLine + 1)
                                 .arg(e.field));
        // The entry runs to the line before the next sibling, or, for the last field, while lines
        // are indented deeper than its key; blank lines and comments no deeper than the key at its end
        // belong to what follows.
        const auto next = found + 1;
        int end = next != entries.cend() ? int(next->first.Mark().line) - 1 : int(lines.size()) - 1;
        if (next == entries.cend()) {
            int i = entry.firstLine + 1;
            while (i < lines.size() && (lines[i].trimmed().isEmpty() || indentOf(lines[i]) > entry.indent))
                ++i;
            end = i - 1;
        }
        while (end > entry.firstLine && blankOrComment(lines[end])
               && (lines[end].trimmed().isEmpty() || indentOf(lines[end]) <= entry.indent))
            --end;
        entry.lastLine = end;
        QString text = QString(entry.indent, QLatin1Char(' ')) + flowEntry(e.field, found->second, e);
        if (entry.lastLine == entry.firstLine) { // keep the comment that ended the line
            const int c = commentStart(lines[entry.firstLine]);
            if (c > 0)
                text += QStringLiteral("  ") + lines[entry.firstLine].mid(c);
        }
        planned.append({entry, text});
    }
    // From the bottom up, so earlier line numbers stay valid.
    std::sort(planned.begin(), planned.end(),
              [](const Planned &a, const Planned &b) { return a.entry.firstLine > b.entry.firstLine; });
    for (int i = 1; i < planned.size(); ++i)
        if (planned[i].entry.firstLine == planned[i - 1].entry.firstLine)
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("%1: a field is edited twice").arg(file));
    for (const Planned &p : std::as_const(planned)) {
        lines.erase(lines.begin() + p.entry.firstLine, lines.begin() + p.entry.lastLine + 1);
        lines.insert(p.entry.firstLine, p.text);
    }
    const QString out = lines.join(QLatin1Char('\n'));

    // Read it back: it must parse and say what was asked.
    YAML::Node check;
    try {
        check = YAML::Load(out.toStdString());
    } catch (const YAML::Exception &e) {
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("%1: the tags could not be written back (%2)").arg(file, QString::fromStdString(e.msg)));
    }
    for (const FieldTagEdit &e : edits) {
        const YAML::Node &doc = check;
        const YAML::Node f = doc["datasets"][e.dataset.toStdString()]["fields"][e.field.toStdString()];
        const QString level = f && f.IsMap() && f["sensitivity"] ? scalarText(f["sensitivity"]) : QString();
        const QString mask = f && f.IsMap() && f["mask"] ? scalarText(f["mask"]) : QString();
        const QString wantLevel = e.level == Sensitivity::Unset ? QString() : sensitivityName(e.level);
        if (level != wantLevel || mask != e.mask)
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("%1: writing the tags of %2.%3 back did not give what was asked; the file "
                                            "was not changed")
                                 .arg(file, e.dataset, e.field));
    }
    return out;
}

} // namespace concord
