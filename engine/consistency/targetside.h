#pragma once
// The target side of a consistency check for the target's kind of system: a SQLite file
// (diffside.h) or a PostgreSQL table, whose segment checksums the server computes in SQL
// (canonicalhash.h) so that only checksums cross the network until a segment differs.

#include "consistency/diffside.h"
#include "workspace/workspace.h"

namespace concord {

// `snapshot`: a server table is read in one REPEATABLE READ snapshot (a check); without it each
// statement sees what is committed (a repair, which reads rows again after writing them).
Result<std::unique_ptr<DiffSide>> openTargetSide(const Workspace &ws, const ComparePlan &plan, bool snapshot = true);

} // namespace concord
