#pragma once
// Reading a pipeline's `consistency:` (docs/consistency.md), kept apart from the main loader.
// Errors go to the reader's list with file:line:column.

#include "workspace/workspace.h"
#include "workspace/yamlreader.h"

namespace concord {

// `target` is the pipeline's target dataset, if known, to check field names. Unknown keys inside
// are warnings rather than errors: before checks existed, the block was accepted unchecked, and a
// workspace that validated then must still validate.
void readConsistency(const YamlReader &r, const YAML::Node &node, const DatasetDef *target, ConsistencySettings &out,
                     ErrorList *warnings);

} // namespace concord
