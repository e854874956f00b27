#pragma once
// Auto-map: proposes links between source and target fields whose names match exactly or nearly
// (case, underscores, camelCase, common synonyms, one typo). It only proposes; the steward accepts
// or rejects each proposal in the editor.

#include "model/schema.h"

#include <QList>
#include <QSet>
#include <QString>

namespace concord {

struct LinkProposal
{
    enum class Match { Exact, Normalized, Synonym, Similar };
    QString source;
    QString target;
    Match match = Match::Exact;
    bool typesDiffer = false; // the value will be converted (and may fail) on the way
};

// One proposal per target field not in `alreadyMapped`, best match first, each source field used
// at most once. The result is in the target schema's field order.
QList<LinkProposal> proposeLinks(const Schema &source, const Schema &target, const QSet<QString> &alreadyMapped);

// The words of a field name, lower case, with synonyms replaced by one canonical word:
// "CustomerPhone", "customer_phone" and "cust_mobile" all give "customer phone".
QStringList nameWords(const QString &name);

} // namespace concord
