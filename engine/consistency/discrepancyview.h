#pragma once
// Discrepancies as one person may see them (the review page, `concordctl diff`, exports): the
// stored, sealed values decoded and each field masked for the viewer through the one policy
// function — a mapped field gets the strictest decision over the source fields it is made from
// and the target field itself (PolicyPlan::decideOutput), the same as the mapping preview.
// Searching looks only at what the viewer sees.

#include "consistency/consistencytypes.h"
#include "policy/policy.h"
#include "store/statestore.h"

namespace concord {

Result<QList<DiscrepancyRow>> viewDiscrepancies(const Workspace &ws, const StateStore &store,
                                                const DiscrepancyQuery &query, const Holder &viewer);

} // namespace concord
