#pragma once
// An export as the console and concordctl do it: the discrepancies matching the query, masked for
// the viewer, with the latest check's summary, written to the file and audited
// (consistency.export: pipeline, file name, lines, viewer — never values).

#include "consistency/consistencytypes.h"
#include "policy/policy.h"
#include "store/statestore.h"

namespace concord {

Result<qint64> exportConsistency(const Workspace &ws, StateStore &store, const QString &file,
                                 const DiscrepancyQuery &query, const Holder &viewer, const QString &actor);

} // namespace concord
