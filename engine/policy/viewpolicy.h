#pragma once
// What a person sees: a preview (the mapping editor's grid, `concordctl preview`) masked for the
// viewing role through the same resolution as the sync path (policy.h). Source sample values are
// masked per source field, mapped values per target field (PolicyPlan::decideOutput), dropped
// columns are emptied, and problem messages lose the values the viewer may not see.

#include "mapping/preview.h"
#include "policy/policy.h"

namespace concord {

// Masks `preview` in place for `viewer`. Loads the workspace secret when a hash or token mask
// needs it; failing that is the only error.
Result<void> applyViewPolicy(PreviewResult &preview, const Workspace &ws, const CompiledMapping &mapping,
                             const DatasetDef &source, const DatasetDef &target, const Holder &viewer);

// Replaces each of `withheld` (texts of three characters or more) in `message` by "[hidden]",
// ignoring case.
QString withoutWithheldValues(QString message, const QStringList &withheld);

} // namespace concord
