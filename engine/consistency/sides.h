#pragma once
// The two sides of a consistency check for their kind of system: a SQLite file (diffside.h) or a
// PostgreSQL table. A PostgreSQL table is read through server-side cursors in its key order (text
// keys in code point order, COLLATE "C"); as the target, it computes each segment's checksum in
// SQL (canonicalhash.h), so that only checksums cross the network until a segment differs; as the
// source, its records are mapped here as a run maps them.

#include "consistency/diffside.h"
#include "workspace/workspace.h"

namespace concord {

// `snapshot`: a server table is read in one REPEATABLE READ snapshot (a check); without it each
// statement sees what is committed (a repair, which reads rows again after writing them).
Result<std::unique_ptr<DiffSide>> openSourceSide(const Workspace &ws, const ComparePlan &plan, bool snapshot = true);
Result<std::unique_ptr<DiffSide>> openTargetSide(const Workspace &ws, const ComparePlan &plan, bool snapshot = true);

} // namespace concord
