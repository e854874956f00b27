#pragma once
// A pipeline's policy towards the system it writes to, decided once when a run is prepared: for
// each field the mapping writes, pass, mask or drop — the strictest decision over the source
// fields it is made from (CompiledMapping::sourcesOf) and over the target field itself. Applying
// the plan to a mapped record masks values in place and leaves dropped fields out of what is
// written, so a dropped column keeps whatever the target system has there.

#include "mapping/mapper.h"
#include "policy/policy.h"

#include <vector>

namespace concord {

class PolicyPlan
{
public:
    PolicyPlan() = default;

    // A key field may be masked only one-to-one (hash, token) and never dropped: Concord writes
    // by key. Anything else is a POLICY_DENIED error naming the field, the decision and its reason.
    static Result<PolicyPlan> build(const Workspace &ws, const CompiledMapping &mapping, const DatasetDef &source,
                                    const DatasetDef &target, const Holder &holder, const MaskKeys &keys);

    // The decision for mapped field `output` of `mapping` towards `holder`: the strictest over the
    // source fields it is made from and the target field itself.
    static PolicyDecision decideOutput(const Workspace &ws, const CompiledMapping &mapping, const DatasetDef &source,
                                       const DatasetDef &target, int output, const Holder &holder);

    const QList<PolicyDecision> &decisions() const { return m_decisions; } // one per mapped field
    const QStringList &writtenFields() const { return m_written; }
    const std::vector<int> &writtenKey() const { return m_writtenKey; }     // indexes into writtenFields()
    const std::vector<int> &writtenFrom() const { return m_keep; }          // mapped index of each written field
    bool isIdentity() const { return m_identity; }                          // everything passes
    // Whether a mask needs the workspace secret (hash, token); build() with empty keys, then
    // setKeys() once the secret is loaded, so a pipeline that needs none never asks for it.
    bool needsKeys() const;
    void setKeys(const MaskKeys &keys) { m_keys = keys; }

    // Masks `mapped` in place and swaps the fields that are written into `written` (so both keep
    // their strings' capacity from record to record). A value a mask
    // cannot take (generalize on a value of another type) is a POLICY_DENIED error for the record.
    Result<void> apply(Record &mapped, Record &written) const;

private:
    QList<PolicyDecision> m_decisions;
    QStringList m_mappedFields;
    QStringList m_written;
    std::vector<int> m_keep;        // mapped index of each written field
    std::vector<int> m_masked;      // mapped indexes to mask
    std::vector<int> m_writtenKey;
    MaskKeys m_keys;
    bool m_identity = true;
};

} // namespace concord
