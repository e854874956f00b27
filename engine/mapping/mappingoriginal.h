#pragma once
// Internal to the mapping writer (mappingwriter.cpp): what a mapping file's original text says
// besides its rules — comments, blank lines, key order, flow or block style, value columns —
// found line by line (yaml-cpp forgets comments) and keyed by the path of the key or list item
// they belong to. See mappingwriter.h for the rules of what is kept.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace concord::mappingtext {

// Paths join the keys and item ids leading to a node with a control character no key contains.
QString childPath(const QString &parent, const QString &key);

// List items are known by what they say rather than their position, so that a comment stays
// with its case or check when another one is inserted or removed before it.
QString caseId(const QString &when);
QString checkId(const QString &field, const QString &check);
// Ids of the items of one list, made unique by counting repeats in order.
QStringList uniqueIds(const QStringList &ids);

// Width of the leading blanks of a line.
int indentOf(const QString &line);

// The comments and blank lines directly above a key or list item, and the comment after it.
struct Anchor
{
    int line = 0;
    QStringList above;        // "" stands for a blank line
    QString trailing;         // "# …" or empty
    int trailingColumn = 0;
};

struct Original
{
    QStringList header; // "" stands for a blank line
    QStringList footer;
    QHash<QString, Anchor> anchors;       // by path
    QHash<QString, bool> flow;            // path -> the map or list was written in { } / [ ]
    QHash<QString, QStringList> keyOrder; // path of a map -> its keys in the order written
    QHash<QString, int> valueColumn;      // path of a key -> where its value starts on its line
    QSet<QString> scalars;                // paths whose value was a single scalar
    QList<std::pair<int, QString>> orphans; // (line, comment) with no key to go with
};

// Reads `text` (empty or unparsable text gives what can be found: header and footer comments).
Original readOriginal(const QString &text);

} // namespace concord::mappingtext
