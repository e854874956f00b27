#pragma once
// Lookup tables read from another dataset (`lookup: { dataset, key, value }` in a field rule):
// loaded once per run into the rules' in-memory tables, before the mapping is compiled, so that
// mapping a record never does I/O.

#include "core/error.h"
#include "mapping/mappingrules.h"
#include "workspace/workspace.h"

namespace concord {

// The most entries one lookup table may hold: lookups are for code lists and small reference
// data; a bigger table is a join, and reading it into memory per run would be a mistake.
constexpr int MaxLookupEntries = 1000000;

// Fills `values` of every dataset lookup in `rules` from its dataset: key field text -> value
// field. Rows marked deleted by the dataset's soft_delete column are left out; if a key occurs
// twice the first row in key order wins. Errors: the dataset unreadable, more than `maxEntries`.
Result<void> resolveLookups(const Workspace &ws, MappingRules &rules, int maxEntries = MaxLookupEntries);

} // namespace concord
