#pragma once
// One-click export of a consistency check's discrepancies (docs/consistency.md), for colleagues
// who open it in Excel or WPS:
//   .xlsx — written with libxlsxwriter in constant-memory mode: a Summary sheet (pipeline, systems,
//           time, who ran and who exported it, viewed as, counts by kind, mapping version) and a
//           Discrepancies sheet (key, kind, field, source value, target value, first seen, status,
//           note) with a bold frozen header, an autofilter and column widths that fit. Every cell
//           is a string, never a formula; a cell over Excel's 32,767 characters is cut with "…";
//           more lines than a sheet holds is EXPORT_FAILED, not a partial file;
//   .csv  — the Discrepancies sheet as UTF-8 with a byte-order mark (so Excel reads Chinese
//           correctly), CRLF, RFC 4180 quoting. Formula injection guard: a cell that starts with
//           =, +, -, @, tab or CR and is not a plain number (-12.5, +3, 1e6) gets a leading ', so
//           a spreadsheet shows it as text. Nothing is cut.
// Times are local, "yyyy-MM-dd HH:mm:ss" (the Summary's with their UTC offset).
// The rows are already masked for the viewer (DiscrepancyRow); nothing here looks at policy.
// One line per differing field of a mismatch; one line per missing or extra record, its field
// empty and its values the record's fields as "field=value; ..." (the source's for a missing
// record, the target's for an extra one; null shows as nothing after the "=").
// The file is written beside its name and renamed into place when complete: a failed export
// leaves no half file (and an earlier file of that name as it was).

#include "consistency/consistencytypes.h"
#include "core/error.h"

namespace concord {

struct ExportHeader
{
    ConsistencyRun run;          // the latest check (counts, time, actor, mapping version)
    QString sourceSystem;
    QString targetSystem;
    QString viewer;              // "role sales_steward" (Holder::label)
    QString exportedBy;
    QDateTime exportedAt;
    // Labels, headers, kinds and statuses in "en" (the default) or "zh_CN" (any "zh…"); the sheet
    // names stay "Summary" and "Discrepancies" in both, so scripts find them.
    QString language = QStringLiteral("en");
};

// Writes `rows` to `file`, XLSX or CSV by its suffix (case-insensitive); anything else is
// CONFIG_INVALID. Returns the number of discrepancy lines written. EXPORT_FAILED (naming the file)
// when it cannot be written; a partly written file is removed.
Result<qint64> exportDiscrepancies(const QString &file, const ExportHeader &header, const QList<DiscrepancyRow> &rows);

Result<qint64> writeDiscrepancyXlsx(const QString &file, const ExportHeader &header, const QList<DiscrepancyRow> &rows);
Result<qint64> writeDiscrepancyCsv(const QString &file, const ExportHeader &header, const QList<DiscrepancyRow> &rows);

} // namespace concord
