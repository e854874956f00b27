#pragma once
// The audit trail to a spreadsheet (docs/lineage.md §2): the entries a query matches, newest
// first, to .xlsx or .csv (core/spreadsheet.h), with every column the store keeps. The export is
// itself audited (audit.export, with the file's SHA-256), after the file is complete.

#include "core/error.h"
#include "store/auditchain.h"

namespace concord {

class StateStore;

QStringList auditColumnTitles();
QStringList auditRow(const AuditRecord &r);

// Returns the entries written.
Result<qint64> exportAudit(StateStore &store, const QString &file, const AuditQuery &query, const QString &actor,
                           const QString &role);

} // namespace concord
