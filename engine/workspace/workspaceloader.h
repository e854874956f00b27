#pragma once
// Reads a workspace directory: workspace.yaml and the mappings its pipelines reference.
// Reports every problem at once, each as file:line:column: message.

#include "workspace/workspace.h"

#include <memory>

namespace concord {

struct WorkspaceLoad
{
    std::shared_ptr<Workspace> workspace; // set even when there are errors, as far as it could be read
    ErrorList errors;
    ErrorList warnings;

    bool ok() const { return errors.isEmpty(); }
};

class WorkspaceLoader
{
public:
    // Loads and validates: YAML syntax, keys, types, references between systems, datasets,
    // pipelines and mappings, and that every mapping compiles against its datasets.
    static WorkspaceLoad load(const QString &dir);
};

} // namespace concord
