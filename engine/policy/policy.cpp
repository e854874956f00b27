#include "policy/policy.h"

#include <QDir>

namespace concord {

namespace {

// An untagged field counts as L2, a system without a clearance may receive L2.
Sensitivity effective(Sensitivity s)
{
    return s == Sensitivity::Unset ? Sensitivity::L2 : s;
}

bool ruleMatches(const PolicyRule &rule, const DatasetDef &dataset, const Field &field, const Holder &holder)
{
    if (rule.dataset != dataset.id || (rule.field != QLatin1String("*") && rule.field != field.name))
        return false;
    return rule.to.contains(QStringLiteral("*")) || rule.to.contains(holder.name);
}

QString where(const SourceLocation &at)
{
    return at.isValid() ? QStringLiteral(" (%1:%2)").arg(at.file.section(QLatin1Char('/'), -1)).arg(at.line) : QString();
}

} // namespace

Holder Holder::ofSystem(const SystemDef &s)
{
    return Holder{Kind::System, s.name, s.department, effective(s.clearance)};
}

Holder Holder::ofRole(const RoleDef &r)
{
    return Holder{Kind::Role, r.name, r.department, r.clearance};
}

Holder Holder::withoutRole()
{
    return Holder{Kind::Role, QString(), QString(), Sensitivity::L1};
}

QString Holder::label() const
{
    if (!hasRole())
        return QStringLiteral("no role");
    return (kind == Kind::System ? QStringLiteral("system ") : QStringLiteral("role ")) + name;
}

QString PolicyDecision::summary() const
{
    switch (action) {
    case Action::Pass:
        return QStringLiteral("pass");
    case Action::Mask:
        return QStringLiteral("mask ") + mask.text();
    case Action::Drop:
        return QStringLiteral("drop");
    }
    return {};
}

PolicyDecision resolvePolicy(const Workspace &ws, const DatasetDef &dataset, const Field &field, const Holder &holder)
{
    PolicyDecision d;
    d.level = field.effectiveSensitivity();
    const QString levelName = sensitivityName(d.level);
    const auto fieldMask = [&field]() -> std::optional<MaskStrategy> {
        if (field.mask.isEmpty())
            return std::nullopt;
        const auto m = parseMaskStrategy(field.mask);
        return m.ok() ? std::optional<MaskStrategy>(*m) : std::nullopt; // the loader reported a bad one
    };

    for (int i = 0; i < ws.policies.size(); ++i) {
        const PolicyRule &rule = ws.policies[i];
        if (!ruleMatches(rule, dataset, field, holder))
            continue;
        d.rule = i;
        const QString because = QStringLiteral("policy rule %1%2").arg(i + 1).arg(where(rule.location))
            + (rule.reason.isEmpty() ? QString() : QStringLiteral(": ") + rule.reason);
        switch (rule.action) {
        case PolicyRule::Action::Pass:
            d.action = PolicyDecision::Action::Pass;
            d.reason = because;
            return d;
        case PolicyRule::Action::Drop:
            d.action = PolicyDecision::Action::Drop;
            d.reason = because;
            return d;
        case PolicyRule::Action::Mask: {
            std::optional<MaskStrategy> m;
            if (rule.mask.isEmpty())
                m = fieldMask();
            else if (const auto parsed = parseMaskStrategy(rule.mask); parsed.ok())
                m = *parsed;
            if (!m) {
                // Nothing usable to mask with: withhold the field rather than guess.
                d.action = PolicyDecision::Action::Drop;
                d.reason = because + QStringLiteral(" (no usable mask, so dropped)");
                return d;
            }
            d.action = PolicyDecision::Action::Mask;
            d.mask = *m;
            d.reason = because;
            return d;
        }
        }
    }

    if (!field.visibleTo.isEmpty() && !field.visibleTo.contains(holder.department)) {
        d.action = PolicyDecision::Action::Drop;
        d.reason = QStringLiteral("visible only to %1; %2 belongs to %3")
                       .arg(field.visibleTo.join(QStringLiteral(", ")), holder.label(),
                            holder.department.isEmpty() ? QStringLiteral("no department") : holder.department);
        return d;
    }
    const QString clearance = sensitivityName(holder.clearance);
    if (int(d.level) <= int(holder.clearance)) {
        d.action = PolicyDecision::Action::Pass;
        d.reason = QStringLiteral("%1 field within the %2 clearance of %3").arg(levelName, clearance, holder.label());
        return d;
    }
    if (const auto m = fieldMask()) {
        d.action = PolicyDecision::Action::Mask;
        d.mask = *m;
        d.reason = QStringLiteral("%1 field above the %2 clearance of %3: masked with %4")
                       .arg(levelName, clearance, holder.label(), m->text());
        return d;
    }
    d.action = PolicyDecision::Action::Drop;
    d.reason = QStringLiteral("%1 field above the %2 clearance of %3, and it has no mask: dropped")
                   .arg(levelName, clearance, holder.label());
    return d;
}

PolicyDecision strictest(const QList<PolicyDecision> &decisions)
{
    PolicyDecision best;
    bool any = false;
    for (const PolicyDecision &d : decisions) {
        // Stricter action first; between two masks, the one of the more sensitive field.
        if (!any || d.severity() > best.severity()
            || (d.severity() == best.severity() && int(d.level) > int(best.level))) {
            best = d;
            any = true;
        }
    }
    if (!any)
        best.reason = QStringLiteral("made from no field: nothing to withhold");
    return best;
}

QString currentUser()
{
    // Every audit entry needs an actor: a process started without USER (a service manager, a
    // container) still has a login name or a home directory named after it.
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(var);
        if (!user.isEmpty())
            return user;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

Holder stewardHolder(const Workspace &ws, const QString &user)
{
    const RoleDef *role = ws.stewardRole(user);
    return role ? Holder::ofRole(*role) : Holder::withoutRole();
}

bool seesNoMoreThan(const Workspace &ws, const Holder &other, const Holder &self, QString *why)
{
    for (const DatasetDef &ds : ws.datasets) {
        for (const Field &f : ds.schema.fields) {
            const PolicyDecision mine = resolvePolicy(ws, ds, f, self);
            const PolicyDecision theirs = resolvePolicy(ws, ds, f, other);
            // Two different masks are not comparable (partial shows digits a hash does not): refused.
            const bool otherMask = theirs.action == PolicyDecision::Action::Mask
                && mine.action == PolicyDecision::Action::Mask && !(theirs.mask == mine.mask);
            if (theirs.severity() < mine.severity() || otherMask) {
                if (why)
                    *why = QStringLiteral("%1 would see %2.%3 (%4) where %5 gets %6")
                               .arg(other.label(), ds.id, f.name, theirs.summary(), self.label(), mine.summary());
                return false;
            }
        }
    }
    return true;
}

Result<Holder> viewingHolder(const Workspace &ws, const QString &role, const QString &user)
{
    const Holder self = stewardHolder(ws, user);
    if (role.isEmpty())
        return self;
    const auto it = ws.roles.constFind(role);
    if (it == ws.roles.cend())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("no role named '%1' (roles: %2)")
                                                       .arg(role, ws.roles.keys().join(QStringLiteral(", "))));
    const Holder other = Holder::ofRole(*it);
    QString why;
    if (!seesNoMoreThan(ws, other, self, &why))
        return makeError(ErrorCode::PolicyDenied,
                         QStringLiteral("you (%1, %2) may not view as role %3: %4")
                             .arg(user.isEmpty() ? QStringLiteral("unknown user") : user, self.label(), role, why));
    return other;
}

} // namespace concord
