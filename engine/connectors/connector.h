#pragma once
// The access layer's two interfaces. A Source yields batches of Changes from one dataset,
// resumable from an opaque position string; a Sink writes mapped records by key.
// The pipeline runner only knows these interfaces; one adapter per system kind implements them.

#include "core/error.h"
#include "model/record.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace concord {

// What a source that talks HTTP did to read a run's changes (metrics and `run --json`).
struct SourceStats
{
    qint64 requests = 0;     // requests sent, retries included
    qint64 notModified = 0;  // answered 304: nothing changed since the last run
    qint64 rateLimited = 0;  // answered 429, and waited for
    qint64 retried = 0;      // requests sent again after a 5xx, a timeout or a refused connection
    qint64 rewinds = 0;      // pages read again because the result set moved under the reader
};

class Source
{
public:
    virtual ~Source() = default;

    // The pipeline's retry policy, for sources that retry a request inside a run (HTTP).
    virtual void setRetryPolicy(const RetrySettings &) { }
    virtual SourceStats stats() const { return {}; }

    // Starts reading after `position` ("" = from the beginning).
    virtual Result<void> open(const QString &position) = 0;
    // How many changes remain after the position, for progress; -1 if unknown.
    virtual Result<qint64> countRemaining() = 0;
    // How many changes after the position are not yet written (the backlog): countRemaining()
    // without the boundary rows a run reads again.
    virtual Result<qint64> countPending() { return countRemaining(); }
    // Fills out[0..n) with up to `max` changes and returns n (0 at the end). `out` is resized to
    // at least `max`; its elements are reused from batch to batch to spare allocations.
    virtual Result<int> next(std::vector<Change> &out, int max) = 0;
    // How many of the changes returned so far were at or before the starting position: boundary
    // rows read again so that a late commit sharing the checkpoint's version is not missed.
    virtual qint64 rechecked() const { return 0; }
    // The position just after the last change returned; what the checkpoint stores.
    virtual QString position() const = 0;
    // A starting position for a backfill from `time`: open(positionAt(t)) reads the changes whose
    // version is at or after t. Sources whose version is not a time refuse with CONFIG_INVALID.
    virtual Result<QString> positionAt(const QDateTime &time) = 0;
    // True when the source has no version column: each run is a full snapshot, and a finished run
    // clears its checkpoint so that the next one starts from the beginning again.
    virtual bool snapshotOnly() const = 0;
    // Thread-safe: makes a long read return early with CANCELLED.
    virtual void interrupt() = 0;
    virtual void close() = 0;
};

// Changes a source pushes or logs rather than keeps (logical decoding, a binary log): read from a
// position the source itself remembers, made durable in the outbox by the caller, then confirmed
// so the source may discard them. Changes come in commit order, each with its position as
// sourceVersion, so that those read again after a crash are recognised.
struct FeedBatch
{
    std::vector<Change> changes;
    QString position; // where the feed has read up to: the checkpoint stored with the changes
    bool more = false; // the batch stopped at its size limit: more changes wait
};

class ChangeFeed
{
public:
    virtual ~ChangeFeed() = default;
    // `position`: where the last batch made durable ended ("" on the first run: from now on).
    // Feeds whose source keeps the reader's position itself (a PostgreSQL slot) may ignore it.
    virtual Result<void> open(const QString &position) = 0;
    virtual Result<FeedBatch> next(int max) = 0;
    // The changes up to `position` are durable: the source may let them go.
    virtual Result<void> confirm(const QString &position) = 0;
    virtual void interrupt() = 0;
    virtual void close() = 0;
};

// Outcome of writing one record.
struct WriteOutcome
{
    enum class Kind { Inserted, Updated, Unchanged, Deleted, NotFound, Rejected };
    Kind kind = Kind::Inserted;
    Error error; // Rejected: why (TARGET_REJECTED, TYPE_MISMATCH ...)
};

// One item of a batch write: a row to upsert, or the key row of a record to delete.
struct WriteItem
{
    const Record *row = nullptr;
    bool remove = false;
};

class Sink
{
public:
    virtual ~Sink() = default;

    // `columns` are the mapped target fields in record order; `keyIndexes` point into them.
    virtual Result<void> open(const QStringList &columns, const std::vector<int> &keyIndexes) = 0;
    virtual Result<void> begin() = 0;
    // A rejected record does not abort the transaction; the caller dead-letters it and goes on.
    // Any other failure (disk, lock, connection) is returned as an error: the batch is rolled back.
    virtual Result<WriteOutcome> upsert(const Record &row) = 0;
    virtual Result<WriteOutcome> remove(const Record &keyRow) = 0;
    // Writes `items` in order inside the open transaction, one outcome each. The default calls
    // upsert() and remove() one at a time; adapters to network databases send multi-row
    // statements instead. Failures as upsert(): a rejected record does not fail the batch.
    virtual Result<void> write(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes);
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    // Dry run: what upsert(row) would do, without writing: Inserted (no row with this key),
    // Updated (a row whose mapped columns differ) or Unchanged.
    virtual Result<WriteOutcome::Kind> previewUpsert(const Record &row) = 0;
    virtual void close() = 0;
};

// One dataset's records read and written one at a time by key, inside a transaction that holds
// the system's write lock: what two-way sync and conflict resolution need (engine/conflict). They
// read both sides' current rows and then write only the fields that change, so a value nobody
// changed is never rewritten (nor reformatted).
class RecordTable
{
public:
    virtual ~RecordTable() = default;

    virtual Result<void> begin() = 0;
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    // The row whose key fields (the dataset's key, in order) equal `key`: every schema field, in
    // schema order. nullopt when there is none.
    virtual Result<std::optional<Record>> fetch(const Key &key) = 0;
    // Inserts a row (`fields` are schema indexes and must include the key) or updates `fields` of
    // the row with `key`. A constraint failure is a Rejected outcome, not an error.
    virtual Result<WriteOutcome> insert(const std::vector<int> &fields, const std::vector<Value> &values) = 0;
    virtual Result<WriteOutcome> update(const Key &key, const std::vector<int> &fields,
                                        const std::vector<Value> &values) = 0;
    virtual Result<WriteOutcome> remove(const Key &key) = 0;
    virtual void close() = 0;
};

// A polled source's checkpoint: {"after": [cell per order column], "columns": [names]}, each cell
// ["t"|"i"|"f"|"b"|"n", text]. readCheckpoint returns the cells ([] for ""), CONFIG_INVALID when
// they do not match `order` (the dataset's version and key columns changed since).
Result<QJsonArray> readCheckpoint(const QString &position, const QStringList &order, const QString &datasetId);
QString writeCheckpoint(const QJsonArray &after, const QStringList &order); // "" for no cells

// Backfill positions, shared by the polled sources. noPointInTime: the refusal for a dataset
// without a version column. epochVersionAt: `time` as the epoch seconds or milliseconds a numeric
// version column holds (judged by its `latest` value), CONFIG_INVALID when the numbers count
// changes instead. positionFrom: the checkpoint that reads every change whose version is at or
// after `first`, none of them counted as re-checked.
Error noPointInTime(const DatasetDef &dataset);
Result<QString> epochVersionAt(const QString &latest, const QDateTime &time, const DatasetDef &dataset);
QString positionFrom(const QString &first, const QStringList &order);

// For sinks that write many upserts with one statement: walks `items` in order, handing runs of
// upserts with distinct keys (at most `maxRun` each; `keyText` tells keys apart) to `upsertRun`
// and each delete to `removeOne`, so that the writes keep the items' order.
Result<void> writeInRuns(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes, int maxRun,
                         const std::function<QString(const Record &)> &keyText,
                         const std::function<Result<void>(const std::vector<std::size_t> &)> &upsertRun,
                         const std::function<Result<WriteOutcome>(const Record &)> &removeOne);

// The password of a server system, read from its reference (keychain:/env:); empty without one.
Result<QByteArray> readSystemPassword(const SystemDef &system);

// Whether a soft-delete column's value marks its row deleted: anything but NULL, zero, false and
// the usual spellings of "no" ('', '0', 'false', 'f', 'no', 'n', 'off', any case).
bool isSoftDeleted(const Value &mark);

// Creates the adapter for a dataset's system. Returns CONFIG_INVALID for kinds not available yet.
Result<std::unique_ptr<Source>> createSource(const Workspace &ws, const DatasetDef &dataset);
Result<std::unique_ptr<Sink>> createSink(const Workspace &ws, const DatasetDef &dataset);
Result<std::unique_ptr<RecordTable>> openRecordTable(const Workspace &ws, const DatasetDef &dataset);
// The change feed a pipeline reads its source through, when the dataset's `capture:` is one
// (logical); nullptr for polled datasets.
Result<std::unique_ptr<ChangeFeed>> createChangeFeed(const Workspace &ws, const PipelineDef &pipeline,
                                                     const DatasetDef &dataset);

// The SQLite file of a dataset's system, checked to exist (a connector never creates a
// department's database). CONFIG_INVALID for a system of another kind.
Result<QString> sqlitePathFor(const Workspace &ws, const DatasetDef &dataset);

// The first `limit` records of a dataset in its capture order, for previews. Reads only.
Result<std::vector<Record>> readSampleRecords(const Workspace &ws, const DatasetDef &dataset, int limit);

} // namespace concord
