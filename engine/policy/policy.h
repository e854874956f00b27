#pragma once
// Policy resolution (DESIGN.md §6): for one field and one holder — a target system that receives
// data, or a role that views it — whether the value passes, is masked (and how) or is dropped,
// and why. This is the one place that decides; the sync path, previews, reviews, exports and the
// console all ask it.
//
// In order, the first that applies decides:
//   1. the first `policies:` rule naming the field (or its dataset's *) and the holder (or *);
//   2. `visible_to`: a holder of another department does not get the field (drop);
//   3. the levels: a field at or below the holder's clearance passes; above it, the field's
//      `mask:` applies, or, without one, the field is dropped. An L3 field therefore never
//      reaches a holder below L3 unless a rule names it.
// An untagged field counts as L2; a system without `clearance:` may receive L2.

#include "policy/masking.h"
#include "workspace/workspace.h"

#include <QList>
#include <QString>

namespace concord {

// Who gets the data.
struct Holder
{
    enum class Kind { System, Role };
    Kind kind = Kind::Role;
    QString name;
    QString department;
    Sensitivity clearance = Sensitivity::L1;

    static Holder ofSystem(const SystemDef &s);
    static Holder ofRole(const RoleDef &r);
    QString label() const; // "system warehouse", "role sales_steward"
};

struct PolicyDecision
{
    enum class Action { Pass, Mask, Drop };
    Action action = Action::Pass;
    MaskStrategy mask;       // Mask: how
    QString reason;          // why, in a sentence: "L3 field above the L2 clearance of system wms: masked with partial(mobile)"
    int rule = -1;           // the `policies:` entry that decided, -1: the levels did
    Sensitivity level = Sensitivity::L2; // the field's effective level

    // "pass", "mask partial(3,4)", "drop"
    QString summary() const;
    // How much it withholds: Drop > Mask > Pass.
    int severity() const { return int(action); }
};

// Decides for `field` of `dataset` and `holder`, from the workspace's levels and rules.
PolicyDecision resolvePolicy(const Workspace &ws, const DatasetDef &dataset, const Field &field, const Holder &holder);

// Decides for a value made from several fields (a mapped target field reads its source fields;
// the target dataset's own declaration counts too): the strictest of their decisions, so that
// nothing derived from an L3 field reaches a holder the L3 field could not.
PolicyDecision strictest(const QList<PolicyDecision> &decisions);

} // namespace concord
