#pragma once
// One consistency check of one pipeline, end to end (docs/consistency.md): plan, compare
// (differ.h), store what was found beside the previous check's findings (new, still open, fixed),
// audit it, and raise or resolve the pipeline's `consistency.alert_above` alert.

#include "consistency/consistencytypes.h"
#include "store/statestore.h"
#include "workspace/workspace.h"

#include <atomic>
#include <functional>
#include <memory>

namespace concord {

class Operations;
class DiffSide;

class ConsistencyCheck
{
public:
    using ProgressFn = std::function<void(const ConsistencyProgress &)>;

    // `ops` (may be null) raises and notifies the alert.
    ConsistencyCheck(std::shared_ptr<const Workspace> workspace, StateStore *store, Operations *ops = nullptr);

    // Never fails as a call: trouble is a run with status failed (or cancelled) and its error.
    ConsistencyRun run(const QString &pipeline, const QString &actor, const QString &trigger,
                       const std::atomic<bool> &cancel, const ProgressFn &progress = {});

    // Thread-safe: interrupts a long statement of the running check.
    void interrupt();

    // Pipelines whose `consistency.schedule` has a slot due at `now`: the first slot after the last
    // scheduled check (or, if none, the last check of any kind, or else `since`) is not after now.
    // A slot missed while nothing ran is one check, not one per slot.
    static QStringList due(const Workspace &workspace, const StateStore &store, const QDateTime &since,
                           const QDateTime &now);

    // The alert rule a check raises when it finds more than alert_above discrepancies.
    static QString alertRule() { return QStringLiteral("consistency"); }

private:
    Result<void> compare(ConsistencyRun &run, const std::atomic<bool> &cancel, const ProgressFn &progress);
    void finish(ConsistencyRun &run, const QDateTime &started);

    std::shared_ptr<const Workspace> m_workspace;
    StateStore *m_store;
    Operations *m_ops;
    std::atomic<DiffSide *> m_sourceSide{nullptr};
    std::atomic<DiffSide *> m_targetSide{nullptr};
};

} // namespace concord
