#pragma once
// One batch of changes mapped and passed through the policy: what its writes need. A polled run
// maps each batch on the thread that read it (sync/sourcereader.h), so that mapping the next batch
// overlaps with writing this one; other runs map on their own thread.

#include "governance/lineage.h"
#include "model/record.h"
#include "store/statestore.h"

#include <QList>
#include <QSet>

#include <utility>
#include <vector>

namespace concord {

struct MappedBatch
{
    // Reused from batch to batch: their value vectors keep their capacity.
    std::vector<Record> out;
    std::vector<Record> written; // out after the policy, when it masks or drops anything
    std::vector<char> ok;        // per change: mapped and to be written
    std::vector<std::pair<int, QSet<QString>>> unique; // output index, values seen in this batch
    qint64 skipped = 0;          // changes the mapping's conditions skipped
    QList<DeadLetterEntry> deadLetters; // changes that failed mapping, validation or the policy
    std::size_t recheckedInBatch = 0;   // the batch's first changes that were read before (boundary re-check)
    qint64 mapNs = 0;
    LineageBatch lineage;        // what writeBatch wrote, for the state store (governance/lineage.h)
};

} // namespace concord
