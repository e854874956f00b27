#pragma once
// A two-way pipeline prepared for a run or a resolution (docs/two-way.md §2): both mappings
// compiled, the policy towards each system, and the two-way fields — the target fields the
// forward mapping writes, less the key, the version columns and what a policy drops. Records of
// both sides are compared in the target's terms: the source record mapped forward (unmasked), the
// target record as stored.

#include "conflict/conflictpolicy.h"
#include "mapping/mapper.h"
#include "policy/policyplan.h"
#include "policy/sealedpayload.h"
#include "workspace/workspace.h"

#include <QDateTime>

#include <memory>
#include <optional>
#include <vector>

namespace concord {

// FNV-1a over a value's type class and canonical text: 12, 12.0 and 12.00 hash alike, a timestamp
// by its instant; null has its own hash.
quint64 valueHash(const Value &v);

// One side's record seen in the target's terms.
struct SideView
{
    bool exists = false;         // present and not soft-deleted
    bool present = false;        // a row is there (possibly soft-deleted)
    std::optional<Record> row;   // the row as stored, every schema field
    Key key;                     // the side's own key
    std::vector<Value> values;   // per two-way field
    std::vector<quint64> hashes; // per two-way field: of values
    std::vector<quint64> asTarget; // per two-way field: as the target would hold it (source: masked)
    Record mapped;               // source side: forward mapping's output (unmasked)
    QDateTime time;              // the version column as a time, when it is one
};

struct TwoWayPlan
{
    const PipelineDef *pipeline = nullptr;
    const DatasetDef *source = nullptr;
    const DatasetDef *target = nullptr;
    CompiledMapping forward;     // source -> target
    CompiledMapping reverse;     // target -> source
    PolicyPlan toTarget;         // forward, towards the target system
    PolicyPlan toSource;         // reverse, towards the source system
    ConflictPolicy policy;
    QStringList fields;          // two-way fields, target names
    std::vector<int> fieldOut;   // per field: forward output index
    std::vector<int> fieldWritten; // per field: index in toTarget.writtenFields()
    std::vector<int> fieldTarget;  // per field: target schema index
    std::vector<int> targetKeyOut; // per target key field: forward output index
    std::vector<int> sourceKeyOut; // per source key field: reverse output index
    std::vector<int> versionOut;   // forward outputs that carry version metadata
    std::vector<int> writtenTargetIndex; // per toTarget written field: target schema index
    std::vector<int> writtenSourceIndex; // per toSource written field: source schema index
    std::vector<QList<int>> reverseReads; // per toSource written field: target schema fields it reads
    std::vector<char> reverseVersion;     // per toSource written field: carries version metadata
    PayloadCodec targetCodec;    // target records (values raised to the strictest source level), keys
    PayloadCodec sourceCodec;    // source keys
    // The target dataset as targetCodec sees it (shared: the codec points at it, and plans move).
    std::shared_ptr<const DatasetDef> sealing;

    static Result<TwoWayPlan> build(const Workspace &ws, const QString &pipeline);

    // The views of both sides from their rows (nullopt: no row). Fails when a row does not map
    // (the error names the field); a record the mapping skips has skipped set.
    Result<void> viewSource(const std::optional<Record> &row, SideView &view, bool *skipped) const;
    Result<void> viewTarget(const std::optional<Record> &row, SideView &view) const;
    // The other side's key from a row of one side.
    Result<Key> targetKeyOf(const Record &sourceRow) const;
    Result<Key> sourceKeyOf(const Record &targetRow) const;

    // Per-field values as a target record (other fields null), sealed for the store.
    Result<QString> encodeFields(const std::vector<Value> &values) const;
    Result<std::vector<Value>> decodeFields(const QString &payload) const;
    QString storedKey(const Key &targetKey) const { return targetCodec.storedKey(targetKey); }
    Result<QString> encodeKey(const Key &key, bool sourceSide) const;
    Result<Key> decodeKey(const QString &payload, bool sourceSide) const;
};

} // namespace concord
