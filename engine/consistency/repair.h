#pragma once
// Repair (docs/consistency.md §5): for chosen open discrepancies, the writes that make the target
// agree with the source as the pipeline would write it — insert what is missing, update what
// differs, and for extra records delete them or only flag them (`consistency.extra`). Each is
// worked out again from both systems as they are now (a record fixed meanwhile is skipped). A dry
// run only lists them; otherwise they go through the pipeline's sink in transactions of 500,
// under the pipeline's lock, recorded as a run of mode "repair" and audited.

#include "consistency/consistencytypes.h"
#include "store/statestore.h"
#include "workspace/workspace.h"

#include <atomic>
#include <memory>

namespace concord {

class Repairer
{
public:
    Repairer(std::shared_ptr<const Workspace> workspace, StateStore *store);

    // `ids` empty: every open discrepancy of the pipeline.
    RepairResult run(const QString &pipeline, const QList<qint64> &ids, bool dryRun, const QString &actor,
                     const std::atomic<bool> &cancel);

private:
    std::shared_ptr<const Workspace> m_workspace;
    StateStore *m_store;
};

} // namespace concord
