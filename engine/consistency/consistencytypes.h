#pragma once
// The value types of consistency checks (docs/consistency.md): a check's summary, its
// discrepancies as one viewer may see them, a repair plan and its outcome. Light on purpose: the
// console's headers include this, not the differ.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace concord {

enum class DiscrepancyKind {
    Missing,   // the source has the record (as it would be written), the target does not
    Extra,     // the target has a record the source would not write
    Mismatch,  // both have it and at least one compared field differs
};
QString discrepancyKindName(DiscrepancyKind kind);            // missing | extra | mismatch
bool discrepancyKindFromName(const QString &name, DiscrepancyKind *kind);

// One consistency check of one pipeline, as the state store keeps it.
struct ConsistencyRun
{
    qint64 id = 0;
    QString pipeline;
    QString sourceDataset;
    QString targetDataset;
    QDateTime startedAt;
    QDateTime finishedAt;
    // running | equal | different | failed | cancelled
    QString status;
    QString actor;
    QString trigger;             // manual | schedule | repair (the re-check after a repair)
    QString mappingVersion;
    QString method;              // segments | merge | segments+merge | sorted
    qint64 sourceRows = 0;       // records the source would write (after the mapping's skips)
    qint64 targetRows = 0;
    qint64 missing = 0;
    qint64 extra = 0;
    qint64 mismatched = 0;
    qint64 newCount = 0;         // not open after the previous check
    qint64 stillOpen = 0;        // open after the previous check, found again
    qint64 fixed = 0;            // open after the previous check, not found again
    qint64 segments = 0;         // key-range segments compared by checksum
    qint64 segmentsDiffering = 0;
    qint64 rowsFetched = 0;      // full records read to compare fields
    qint64 durationMs = 0;
    QString errorCode;
    QString error;

    qint64 discrepancies() const { return missing + extra + mismatched; }
};

// A discrepancy as one viewer may see it: every compared field of the record on both sides,
// masked for the viewer through the one policy function.
struct DiscrepancyRow
{
    qint64 id = 0;
    QString pipeline;
    QString key;                 // the target's key, as text ("1001", or a JSON array)
    DiscrepancyKind kind = DiscrepancyKind::Mismatch;
    QString status;              // open | fixed | repaired
    bool isNew = false;          // first found by the latest check
    QDateTime firstSeen;
    QDateTime lastSeen;
    QStringList fields;          // the compared target fields, in the target's order
    QStringList sourceValues;    // display text per field; "" for null or absent
    QStringList targetValues;
    QList<bool> sourceNull;
    QList<bool> targetNull;
    QList<bool> withheld;        // masked or hidden for the viewer
    QStringList differing;       // Mismatch: the fields that differ
    QString note;                // e.g. why a source record does not map ("TYPE_MISMATCH: ...")
};

// Who views or exports, and what.
struct DiscrepancyQuery
{
    QString pipeline;
    QString kind;                // "" for every kind
    QString field;               // "" for every field; else only mismatches on it
    QString search;              // "" or text in the key or a visible value (case-insensitive)
    bool includeClosed = false;  // fixed and repaired ones too
    int limit = -1;              // -1: all
    QString language;            // exports: "zh_CN" for Chinese headers, else English
};

// What a repair would do, or did, for one discrepancy.
struct RepairAction
{
    qint64 discrepancy = 0;
    QString key;
    QString action;              // insert | update | delete | flag | skip
    QStringList fields;          // update: the fields written
    QString reason;              // skip: why (no longer differs, the source record fails to map ...)
};

struct RepairResult
{
    QString pipeline;
    bool dryRun = true;
    QList<RepairAction> actions;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 flagged = 0;          // extra records left alone, per `consistency.extra: flag`
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 runId = 0;            // the pipeline run that wrote (0 for a dry run)
    QString errorCode;
    QString error;
};

// Progress of a check or repair, for the console's progress bar.
struct ConsistencyProgress
{
    QString pipeline;
    QString phase;               // counting | comparing | fetching | storing | repairing
    qint64 done = 0;
    qint64 total = -1;           // -1: unknown
};

} // namespace concord

Q_DECLARE_METATYPE(concord::ConsistencyRun)
Q_DECLARE_METATYPE(concord::DiscrepancyRow)
Q_DECLARE_METATYPE(concord::DiscrepancyQuery)
Q_DECLARE_METATYPE(concord::RepairResult)
Q_DECLARE_METATYPE(concord::ConsistencyProgress)
