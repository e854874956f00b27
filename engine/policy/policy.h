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
    // Someone `stewards:` gives no role: no department, clearance L1 (only rules naming '*' widen it).
    static Holder withoutRole();
    bool hasRole() const { return kind == Kind::System || !name.isEmpty(); }
    QString label() const; // "system warehouse", "role sales_steward", "no role"
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

// The OS user this process runs as ($USER, else $USERNAME).
QString currentUser();

// The signed-in steward (DESIGN.md §6): the role workspace.yaml's `stewards:` gives `user`, or no role.
Holder stewardHolder(const Workspace &ws, const QString &user);

// Whether `other` never gets more than `self`, field by field over every dataset: at each field
// other's decision withholds at least as much (drop over mask over pass; a different mask than
// self's counts as more, since masks are not comparable). "View as" and `--as`
// may choose only such roles, so a steward cannot read through another role what theirs hides.
// When it does not hold, `why` names the first field where other would see more.
// Who data is shown as: `role` when given — it must exist and see no more than `user`'s own role
// (seesNoMoreThan), else CONFIG_INVALID saying why — otherwise `user`'s own (stewardHolder).
Result<Holder> viewingHolder(const Workspace &ws, const QString &role, const QString &user = currentUser());

bool seesNoMoreThan(const Workspace &ws, const Holder &other, const Holder &self, QString *why = nullptr);

} // namespace concord
