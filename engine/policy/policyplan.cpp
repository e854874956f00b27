#include "policy/policyplan.h"

#include <algorithm>

namespace concord {

PolicyDecision PolicyPlan::decideOutput(const Workspace &ws, const CompiledMapping &mapping, const DatasetDef &source,
                                        const DatasetDef &target, int output, const Holder &holder)
{
    QList<PolicyDecision> parts;
    for (const int s : mapping.sourcesOf(output))
        parts.append(resolvePolicy(ws, source, source.schema.fields[s], holder));
    const int t = target.schema.indexOf(mapping.targetFields().value(output));
    if (t >= 0)
        parts.append(resolvePolicy(ws, target, target.schema.fields[t], holder));
    return strictest(parts);
}

Result<PolicyPlan> PolicyPlan::build(const Workspace &ws, const CompiledMapping &mapping, const DatasetDef &source,
                                     const DatasetDef &target, const Holder &holder, const MaskKeys &keys)
{
    PolicyPlan plan;
    plan.m_keys = keys;
    plan.m_mappedFields = mapping.targetFields();
    const std::vector<int> &key = mapping.targetKeyIndexes();
    for (int i = 0; i < plan.m_mappedFields.size(); ++i) {
        const PolicyDecision d = decideOutput(ws, mapping, source, target, i, holder);
        const bool isKey = std::find(key.cbegin(), key.cend(), i) != key.cend();
        if (isKey && d.action == PolicyDecision::Action::Drop)
            return makeError(ErrorCode::PolicyDenied,
                             QStringLiteral("key field '%1' may not reach %2 (%3); Concord writes by key, so the "
                                            "pipeline cannot run. Mask the key with hash or token, or map another key")
                                 .arg(plan.m_mappedFields[i], holder.label(), d.reason));
        if (isKey && d.action == PolicyDecision::Action::Mask && d.mask.kind != MaskStrategy::Kind::Hash
            && d.mask.kind != MaskStrategy::Kind::Token)
            return makeError(ErrorCode::PolicyDenied,
                             QStringLiteral("key field '%1' would be masked with %2 for %3 (%4); that can make two "
                                            "keys one. Use hash or token for a key")
                                 .arg(plan.m_mappedFields[i], d.mask.text(), holder.label(), d.reason));
        if (d.action != PolicyDecision::Action::Drop) {
            plan.m_keep.push_back(i);
            plan.m_written.append(plan.m_mappedFields[i]);
        }
        if (d.action == PolicyDecision::Action::Mask)
            plan.m_masked.push_back(i);
        if (d.action != PolicyDecision::Action::Pass)
            plan.m_identity = false;
        plan.m_decisions.append(d);
    }
    // The key in the mapping's order, as positions among the written fields (no key is dropped).
    for (const int k : key)
        plan.m_writtenKey.push_back(int(std::find(plan.m_keep.cbegin(), plan.m_keep.cend(), k) - plan.m_keep.cbegin()));
    return plan;
}

bool PolicyPlan::needsKeys() const
{
    for (const int i : m_masked) {
        const MaskStrategy::Kind k = m_decisions[i].mask.kind;
        if (k == MaskStrategy::Kind::Hash || k == MaskStrategy::Kind::Token)
            return true;
    }
    return false;
}

Result<void> PolicyPlan::apply(Record &mapped, Record &written) const
{
    for (const int i : m_masked) {
        Value &v = mapped.values[std::size_t(i)];
        auto masked = applyMask(m_decisions[i].mask, v, m_keys);
        if (!masked.ok())
            return makeError(ErrorCode::PolicyDenied, QStringLiteral("field '%1' cannot be masked with %2: %3")
                                                          .arg(m_mappedFields[i], m_decisions[i].mask.text(),
                                                               masked.error().message));
        v = std::move(masked).value();
    }
    written.values.resize(m_keep.size());
    for (std::size_t j = 0; j < m_keep.size(); ++j)
        std::swap(written.values[j], mapped.values[std::size_t(m_keep[j])]);
    return {};
}

} // namespace concord
