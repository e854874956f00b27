#pragma once
// What to do with one record of a two-way pipeline (docs/two-way.md §2–3), given both sides as
// they are now and the base they last agreed on: nothing, writes to either side, or a conflict
// for a steward. Pure: no I/O. Detection is per field — a field changed on one side since the
// base flows to the other; changed on both to different values it is a conflict, decided by the
// pipeline's strategy or, with a steward's resolution, by their choices.

#include "conflict/conflicttypes.h"
#include "conflict/twowayplan.h"
#include "store/statestore.h"

namespace concord {

// Writes to one side: insert, update of some fields, or delete.
struct SideWrite
{
    enum class Kind { None, Insert, Update, Delete };
    Kind kind = Kind::None;
    std::vector<int> fields;     // schema indexes
    std::vector<Value> values;
};

struct Reconciliation
{
    enum class Kind { Nothing, Apply, Conflict };
    Kind kind = Kind::Nothing;
    SideWrite source;
    SideWrite target;
    // Conflict: what the queue keeps (values still to be sealed by the caller).
    QString conflictKind;        // update | delete_source | delete_target | insert
    QStringList conflicting;
    QStringList changedSource;
    QStringList changedTarget;
    QString reason;
    bool byPolicy = false;       // Apply: a conflict the strategy decided
    bool mismatchedChoices = false; // a resolution did not cover a conflicting field (stale)
};

class Reconciler
{
public:
    explicit Reconciler(const TwoWayPlan &plan) : m_plan(plan) { }

    // `base` null: the record was never agreed on. `resolution`, when a steward decides, replaces
    // the strategy for the conflicting fields; `baseValues` are the base's decoded values (for
    // `take: base`).
    Reconciliation decide(const SideView &source, const SideView &target, const SyncBase *base,
                          const ConflictResolution *resolution = nullptr,
                          const std::vector<Value> *baseValues = nullptr) const;

    // "source:target" hashes per field of both sides, to tell later whether a conflict is stale.
    static QString fingerprint(const SideView &source, const SideView &target);

private:
    enum class Flow { Keep, ToTarget, ToSource, Both };
    void writeTarget(const SideView &source, const SideView &target, const std::vector<Flow> &flow,
                     const std::vector<Value> &both, Reconciliation &r) const;
    void writeSource(const SideView &source, const SideView &target, const std::vector<Flow> &flow,
                     const std::vector<Value> &both, Reconciliation &r) const;
    void deleteOn(const SideView &side, bool sourceSide, SideWrite &w) const;
    Result<Value> customValue(int field, const FieldChoice &choice) const;

    const TwoWayPlan &m_plan;
};

} // namespace concord
