#pragma once
// Runs a two-way pipeline (docs/two-way.md): changes captured from each side since its own
// checkpoint, each record reconciled against its base — merged, decided by the strategy, or queued
// as a conflict — and written to both systems inside transactions that hold both systems' write
// locks while the rows are read and written. A change Concord wrote itself comes back on the next
// read with the hashes its base recorded, and is recognised and not echoed.
// Also applies stewards' resolutions of queued conflicts the same way.

#include "conflict/conflicttypes.h"
#include "conflict/reconcile.h"
#include "policy/policy.h"
#include "store/statestore.h"
#include "sync/runtypes.h"

#include <atomic>
#include <functional>
#include <memory>

namespace concord {

class Source;

class TwoWayRunner
{
public:
    using ProgressFn = std::function<void(const RunProgress &)>;
    using StartedFn = std::function<void(qint64 runId)>;

    TwoWayRunner(std::shared_ptr<const Workspace> workspace, StateStore *store);

    RunResult run(const QString &pipeline, const RunOptions &options, const std::atomic<bool> &cancel,
                  const ProgressFn &progress = {}, const StartedFn &started = {});

    // Applies `resolution` to each open conflict in `ids` (they may belong to several pipelines).
    // With `strategy` set (source | target | last_write_wins) each conflict gets the choices that
    // strategy makes for it instead of resolution.fields. A conflict whose records changed since
    // it was detected is refused with CONFLICT_STALE and shown again with the new values.
    ConflictResolveResult resolve(const QList<qint64> &ids, const ConflictResolution &resolution,
                                  const QString &strategy = QString());

    void interrupt();

private:
    struct Batch;
    RunResult finish(RunResult result, const QString &status, const Error &error);

    std::shared_ptr<const Workspace> m_workspace;
    StateStore *m_store;
    std::atomic<Source *> m_activeSource{nullptr};
};

// The conflicts matching `query`, masked for `viewer` (docs/two-way.md §5).
Result<QList<ConflictView>> viewConflicts(const Workspace &ws, const StateStore &store, const ConflictQuery &query,
                                          const Holder &viewer);

} // namespace concord
