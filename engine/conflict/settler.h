#pragma once
// One record of a two-way pipeline settled (docs/two-way.md §2): both sides read inside the
// transactions that hold both systems' write locks, reconciled against the base, written (unless a
// dry run), read back; and what the state store keeps of it — the new base or the conflict. Shared
// by TwoWayRunner's runs and its resolutions. Not for use outside engine/conflict.

#include "conflict/reconcile.h"
#include "connectors/connector.h"
#include "sync/runtypes.h"

#include <QJsonObject>

#include <optional>

namespace concord::twoway {

// One record settled: its writes done (or only planned), and what the store keeps of it.
struct Settled
{
    Reconciliation rec;
    SideView source;             // after the writes
    SideView target;
    bool skipped = false;        // the forward mapping skips the record
    std::optional<Error> failure; // the record does not map, or a side rejected a write
    bool stale = false;          // a resolution's records changed since the conflict was shown
    bool written = false;        // the writes of `rec` were made (not a dry run, none rejected)
};

class Settler
{
public:
    Settler(const TwoWayPlan &plan, RecordTable &source, RecordTable &target, bool dryRun)
        : m_plan(plan), m_reconciler(plan), m_source(source), m_target(target), m_dryRun(dryRun)
    {
    }

    // `expected`: the fingerprint the steward saw (a resolution); when the rows differ now,
    // nothing is written and the result is stale. Counts writes into `result`.
    Result<Settled> settle(const Key &sourceKey, const Key &targetKey, const SyncBase *base,
                           const ConflictResolution *resolution, const std::vector<Value> *baseValues,
                           RunResult &result, const QString *expected = nullptr);

private:
    Result<void> look(const Key &sourceKey, const Key &targetKey, Settled &s);

    const TwoWayPlan &m_plan;
    Reconciler m_reconciler;
    RecordTable &m_source;
    RecordTable &m_target;
    bool m_dryRun;
};

// What the store keeps of a settled record: its new base, or the conflict to queue (and the open
// conflict `openConflict` closed as converged when there is none any more).
void keep(const TwoWayPlan &plan, const Settled &s, const QString &storedKey, const SyncBase *base,
          const Key &sourceKey, const Key &targetKey, std::optional<qint64> openConflict, TwoWayCommit &commit);

QString compactJson(const QJsonObject &o);

} // namespace concord::twoway
