#include "governance/textdiff.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace concord {

namespace {

enum class Kind : char { Same = ' ', Removed = '-', Added = '+' };

struct Edit
{
    Kind kind;
    int oldLine; // index into the old lines (Same, Removed)
    int newLine; // index into the new lines (Same, Added)
};

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

// The edit script: common prefix and suffix directly, the middle by longest common subsequence.
// A middle too large for the table (beyond ~16M cells, far beyond a mapping file) is replaced whole.
std::vector<Edit> editScript(const QStringList &a, const QStringList &b)
{
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const int n = int(a.size()) - prefix - suffix;
    const int m = int(b.size()) - prefix - suffix;
    std::vector<Edit> edits;
    for (int i = 0; i < prefix; ++i)
        edits.push_back({Kind::Same, i, i});
    if (qint64(n + 1) * (m + 1) > 16'000'000) {
        for (int i = 0; i < n; ++i)
            edits.push_back({Kind::Removed, prefix + i, -1});
        for (int j = 0; j < m; ++j)
            edits.push_back({Kind::Added, -1, prefix + j});
    } else {
        // lcs[i][j]: the longest common subsequence of a's middle from i and b's from j.
        std::vector<int> lcs(std::size_t(n + 1) * std::size_t(m + 1), 0);
        const auto at = [&](int i, int j) -> int & { return lcs[std::size_t(i) * std::size_t(m + 1) + std::size_t(j)]; };
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                edits.push_back({Kind::Same, prefix + i++, prefix + j++});
            } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
                edits.push_back({Kind::Added, -1, prefix + j++});
            } else {
                edits.push_back({Kind::Removed, prefix + i++, -1});
            }
        }
        // Removals first within a run of changes, as diff -u prints them.
        for (std::size_t s = 0; s < edits.size();) {
            if (edits[s].kind == Kind::Same) {
                ++s;
                continue;
            }
            std::size_t e = s;
            while (e < edits.size() && edits[e].kind != Kind::Same)
                ++e;
            std::stable_partition(edits.begin() + std::ptrdiff_t(s), edits.begin() + std::ptrdiff_t(e),
                                  [](const Edit &x) { return x.kind == Kind::Removed; });
            s = e;
        }
    }
    for (int k = 0; k < suffix; ++k)
        edits.push_back({Kind::Same, int(a.size()) - suffix + k, int(b.size()) - suffix + k});
    return edits;
}

QString range(int start, int count)
{
    // diff -u: "l,s" (1-based start); an empty side names the line before it
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldLabel, const QString &newLabel,
                    int context)
{
    if (oldText == newText)
        return {};
    const QStringList a = linesOf(oldText);
    const QStringList b = linesOf(newText);
    const std::vector<Edit> edits = editScript(a, b);
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldLabel, newLabel);
    const int total = int(edits.size());
    int k = 0;
    while (k < total) {
        while (k < total && edits[std::size_t(k)].kind == Kind::Same)
            ++k;
        if (k == total)
            break;
        // A hunk: from `context` lines before this change to `context` after the last change
        // that is at most 2 * context unchanged lines further on.
        const int start = std::max(0, k - context);
        int end = k;
        int lastChange = k;
        while (end < total) {
            if (edits[std::size_t(end)].kind != Kind::Same)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(total, lastChange + context + 1);
        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        QString body;
        for (int x = start; x < end; ++x) {
            const Edit &e = edits[std::size_t(x)];
            if (e.kind != Kind::Added) {
                if (oldStart < 0)
                    oldStart = e.oldLine;
                ++oldCount;
            }
            if (e.kind != Kind::Removed) {
                if (newStart < 0)
                    newStart = e.newLine;
                ++newCount;
            }
            body += QLatin1Char(char(e.kind)) + (e.kind == Kind::Added ? b[e.newLine] : a[e.oldLine]) + QLatin1Char('\n');
        }
        // An empty side starts where the other side's lines are, counted in its own lines.
        if (oldStart < 0) {
            int before = 0;
            for (int x = 0; x < start; ++x)
                before += edits[std::size_t(x)].kind != Kind::Added ? 1 : 0;
            oldStart = before;
        }
        if (newStart < 0) {
            int before = 0;
            for (int x = 0; x < start; ++x)
                before += edits[std::size_t(x)].kind != Kind::Removed ? 1 : 0;
            newStart = before;
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(oldStart, oldCount), range(newStart, newCount)) + body;
        k = end;
    }
    return out;
}

} // namespace concord
