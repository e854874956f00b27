#pragma once
// Record lineage (docs/lineage.md): for every record a run writes, which source record produced
// it, through which pipeline, mapping version and run, and when. A committed batch adds one row to
// the state store's lineage_batches: its records as compressed lines
//
//   <op> TAB <target key> TAB <source key, empty when it is the target key> LF
//
// (op: i inserted, u updated, d deleted, = rewritten unchanged; keys as the state store keeps
// them, an L3 key as its keyed hash; TAB, LF and backslash escaped). A two-way pipeline also
// writes its source from the target's records: those lines have the op in upper case (I, U, D),
// the source dataset's key first and the target's second. Keeping a batch's records in
// one compressed value costs a run almost nothing; a question about one record decompresses the
// pipeline's batches newest first, which is quick for the history a retention period keeps.
//
// Upstream (where did this come from?) follows, for each pipeline writing the dataset, the newest
// write of the key to its source record, then that record's own origin, hop by hop. Downstream
// (where did it go?) follows the pipelines reading the dataset to what they wrote from the key.

#include "core/error.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

class QSqlDatabase;

namespace concord {

// One batch's records, built by the runner while it writes and stored with the batch's checkpoint.
class LineageBatch
{
public:
    enum class Op : char { Inserted = 'i', Updated = 'u', Deleted = 'd', Unchanged = '=' };
    // Forward: the pipeline's target written; Reverse: a two-way pipeline's source written.
    enum class Direction { Forward, Reverse };

    // `writtenKey` is the key of the record written, `fromKey` of the one it was made from.
    void add(Op op, const QString &writtenKey, const QString &fromKey, Direction direction = Direction::Forward);
    void append(const LineageBatch &other);
    bool isEmpty() const { return m_records == 0; }
    qint64 records() const { return m_records; }
    // The lines, compressed: what lineage_batches.entries holds.
    QByteArray compressed() const;
    void clear();

private:
    QByteArray m_lines;
    qint64 m_records = 0;
};

// Stores a batch (no-op when empty): inside the caller's transaction when there is one.
Result<void> insertLineageBatch(QSqlDatabase &db, const QString &pipeline, qint64 runId, const LineageBatch &batch);

struct LineageHop
{
    QString pipeline;
    QString sourceDataset;   // "system.dataset"
    QString sourceKey;
    QString targetDataset;
    QString targetKey;
    QString op;              // inserted | updated | deleted | unchanged
    qint64 runId = 0;
    QString mappingVersion;  // of the run
    QString actor;           // who started the run
    QString traceId;
    QDateTime writtenAt;
    int depth = 1;           // 1: next to the asked record; 2: one pipeline further ...
};

struct LineageReport
{
    QString dataset;
    QString key;
    QList<LineageHop> upstream;   // depth first: a hop is followed by its own origins
    QList<LineageHop> downstream;
};

struct LineageQuery
{
    QString dataset;         // "system.dataset"
    QString key;             // as the state store keeps it (LineageKeys::stored turns typed text into that)
    bool upstream = true;
    bool downstream = true;
    int maxDepth = 8;
};

Result<LineageReport> traceLineage(const Workspace &ws, QSqlDatabase &db, const LineageQuery &query);

// A key as a person gives it, as the store keeps it: a composite key's JSON array made compact
// (["A", 7] -> ["A",7]), and for a dataset whose key is L3 the keyed hash (a key that already is
// one, "k1:…", is kept). Needs the workspace secret only for an L3 key.
Result<QString> storedLineageKey(const Workspace &ws, const DatasetDef &dataset, const QString &typed);

// Batches older than `before` are removed (retention); returns how many.
Result<qint64> pruneLineage(QSqlDatabase &db, const QDateTime &before);

} // namespace concord

Q_DECLARE_METATYPE(concord::LineageQuery)
Q_DECLARE_METATYPE(concord::LineageReport)
