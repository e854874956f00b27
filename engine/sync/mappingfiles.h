#pragma once
// Saving a mapping file from the editor: the text replaces the file atomically (a crash leaves the
// old file or the new one, never half of each), and the audit trail records who changed which
// mapping from which version to which. Runs on the engine's worker thread, never the GUI's.

#include "core/error.h"
#include "workspace/workspace.h"

namespace concord {

struct MappingSave
{
    QString relativePath;   // as pipelines name it, e.g. mappings/opportunity_to_order.yaml
    QString yaml;           // the new text
    QString oldVersion;     // mapping version before the edit ("" for a new file)
    QString newVersion;     // mapping version of `yaml`
    QString actor;          // who saved (OS user, role)
};

// Writes the file (QSaveFile) and appends a `mapping.save` audit entry to the workspace's state
// store. The path must stay inside the workspace directory.
Result<void> saveMappingFile(const Workspace &ws, const MappingSave &save);

} // namespace concord
