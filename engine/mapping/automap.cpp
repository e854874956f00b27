#include "mapping/automap.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

namespace concord {

namespace {

// Words that mean the same thing in the field names department systems use. The first word of
// each group is the canonical one.
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> table = [] {
        const QList<QStringList> groups = {
            {QStringLiteral("customer"), QStringLiteral("cust"), QStringLiteral("client"), QStringLiteral("buyer"),
             QStringLiteral("account")},
            {QStringLiteral("phone"), QStringLiteral("tel"), QStringLiteral("telephone"), QStringLiteral("mobile"),
             QStringLiteral("cell")},
            {QStringLiteral("email"), QStringLiteral("mail")},
            {QStringLiteral("amount"), QStringLiteral("amt"), QStringLiteral("total"), QStringLiteral("sum")},
            {QStringLiteral("quantity"), QStringLiteral("qty"), QStringLiteral("count")},
            {QStringLiteral("number"), QStringLiteral("no"), QStringLiteral("num"), QStringLiteral("nbr")},
            {QStringLiteral("address"), QStringLiteral("addr")},
            {QStringLiteral("status"), QStringLiteral("state"), QStringLiteral("stage")},
            {QStringLiteral("created"), QStringLiteral("create"), QStringLiteral("creation")},
            {QStringLiteral("updated"), QStringLiteral("update"), QStringLiteral("modified"), QStringLiteral("modify"),
             QStringLiteral("changed")},
            {QStringLiteral("date"), QStringLiteral("dt")},
            {QStringLiteral("time"), QStringLiteral("at"), QStringLiteral("ts"), QStringLiteral("timestamp")},
            {QStringLiteral("description"), QStringLiteral("desc"), QStringLiteral("remark"), QStringLiteral("note"),
             QStringLiteral("comment")},
            {QStringLiteral("product"), QStringLiteral("item"), QStringLiteral("sku"), QStringLiteral("goods")},
            {QStringLiteral("price"), QStringLiteral("unitprice")},
            {QStringLiteral("company"), QStringLiteral("org"), QStringLiteral("organization"), QStringLiteral("corp")},
            {QStringLiteral("identifier"), QStringLiteral("id"), QStringLiteral("key")},
        };
        QHash<QString, QString> t;
        for (const QStringList &g : groups)
            for (const QString &w : g)
                t.insert(w, g.first());
        return t;
    }();
    return table;
}

// Lower case, separators and camelCase boundaries split into words, without synonym replacement.
QStringList rawWords(const QString &name)
{
    QStringList words;
    QString cur;
    auto flush = [&] {
        if (!cur.isEmpty())
            words.append(cur.toLower());
        cur.clear();
    };
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        // "customerName" -> customer|Name; "HTTPCode" -> HTTP|Code; "order2" stays one word.
        if (c.isUpper() && !cur.isEmpty()) {
            const bool prevLower = cur.back().isLower() || cur.back().isDigit();
            const bool nextLower = i + 1 < name.size() && name.at(i + 1).isLower();
            if (prevLower || (cur.back().isUpper() && nextLower))
                flush();
        }
        cur.append(c);
    }
    flush();
    return words;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int subst = prev[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

bool compatible(const FieldType &a, const FieldType &b)
{
    return a.kind == b.kind;
}

} // namespace

QStringList nameWords(const QString &name)
{
    QStringList words = rawWords(name);
    for (QString &w : words)
        w = synonyms().value(w, w);
    return words;
}

QList<LinkProposal> proposeLinks(const Schema &source, const Schema &target, const QSet<QString> &alreadyMapped)
{
    struct Candidate
    {
        int rank;    // lower is better: the Match, then a type mismatch
        int source;
        int target;
        LinkProposal::Match match;
    };
    std::vector<Candidate> candidates;
    for (int t = 0; t < target.fields.size(); ++t) {
        const Field &tf = target.fields.at(t);
        if (alreadyMapped.contains(tf.name))
            continue;
        const QString tJoined = rawWords(tf.name).join(QString());
        const QStringList tWords = nameWords(tf.name);
        for (int s = 0; s < source.fields.size(); ++s) {
            const Field &sf = source.fields.at(s);
            std::optional<LinkProposal::Match> match;
            const QString sJoined = rawWords(sf.name).join(QString());
            if (sf.name == tf.name)
                match = LinkProposal::Match::Exact;
            else if (!sJoined.isEmpty() && sJoined == tJoined)
                match = LinkProposal::Match::Normalized;
            else if (!tWords.isEmpty() && nameWords(sf.name) == tWords)
                match = LinkProposal::Match::Synonym;
            else if (std::min(sJoined.size(), tJoined.size()) >= 5 && editDistance(sJoined, tJoined) <= 1)
                match = LinkProposal::Match::Similar;
            if (!match)
                continue;
            const int rank = int(*match) * 2 + (compatible(sf.type, tf.type) ? 0 : 1);
            candidates.push_back(Candidate{rank, s, t, *match});
        }
    }
    // Greedy by rank (then by position, so the result is stable): the best matches claim their
    // fields first.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.rank < b.rank;
    });
    QSet<int> usedSources, usedTargets;
    QList<Candidate> chosen;
    for (const Candidate &c : candidates) {
        if (usedSources.contains(c.source) || usedTargets.contains(c.target))
            continue;
        usedSources.insert(c.source);
        usedTargets.insert(c.target);
        chosen.append(c);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Candidate &a, const Candidate &b) { return a.target < b.target; });
    QList<LinkProposal> out;
    for (const Candidate &c : chosen) {
        const Field &sf = source.fields.at(c.source);
        const Field &tf = target.fields.at(c.target);
        out.append(LinkProposal{sf.name, tf.name, c.match, !compatible(sf.type, tf.type)});
    }
    return out;
}

} // namespace concord
