#pragma once
// What a consistency check compares (docs/consistency.md §2), decided once per check: the source
// read through the pipeline's mapping and its policy towards the target system — exactly the
// record a run would write — against the target's columns of the same names. Which fields are
// compared and how, which of them can be hashed as stored (copied unchanged on both sides), and
// whether the source can be read in the target's key order.

#include "consistency/fieldcompare.h"
#include "mapping/mapper.h"
#include "policy/policyplan.h"
#include "workspace/workspace.h"

#include <vector>

namespace concord {

struct ComparePlan
{
    const PipelineDef *pipeline = nullptr;
    const DatasetDef *source = nullptr;
    const DatasetDef *target = nullptr;
    const SystemDef *targetSystem = nullptr;
    CompiledMapping mapping;
    PolicyPlan plan;                   // towards the target system, as a run applies it
    QStringList fields;                // the written target fields (plan.writtenFields())
    std::vector<FieldType> types;      // their declared types in the target dataset
    std::vector<int> key;              // indexes into fields: the target key
    std::vector<char> compared;        // per field: compared (not ignored, not a key field)
    std::vector<FieldComparer> comparers;
    // Per field: the source column hashed exactly as stored on both sides (copied unchanged, the
    // policy passes it, no normalisation), or -1: hashed from the mapped, normalised value.
    std::vector<int> rawSource;
    // Every compared field is hashed as stored and no record can be skipped: the source side
    // hashes rows without mapping them.
    bool rawOnly = false;
    // The target key is the source key copied unchanged (int or text parts, same order), so the
    // source read in its key order is in the target's key order too: both sides stream.
    bool keyOrderPreserved = false;
    // Row hashes are canonicalhash.h's, which a server target computes in SQL (either side is a
    // PostgreSQL table); otherwise RowHasher's over typed values and stored cells.
    bool canonicalHash = false;
    std::vector<int> sourceKeyOfTarget; // source field per target key part, when preserved
    QByteArray secret;                 // when a mask or a sealed value needs it
    int segmentRows = 10000;
    int leafRows = 128;

    static Result<ComparePlan> build(const Workspace &ws, const QString &pipeline);

    // Indexes into `fields` of the compared fields, in order.
    std::vector<int> comparedIndexes() const;
};

} // namespace concord
