#pragma once
// The two sides of a consistency check as the differ reads them (docs/consistency.md §2): rows in
// target-key order, each with its key and a hash of its compared fields, any key range of them,
// and one row in full by key. The source side reads the source table and maps each record
// through the pipeline's mapping and policy (or, when every compared field is copied unchanged,
// hashes the stored cells without mapping); the target side reads the target's written columns.
// When the source cannot be read in the target's key order, SortedSide reads (key, hash) pairs
// into memory once and sorts them.

#include "consistency/compareplan.h"
#include "connectors/sqlitehandle.h"

#include <atomic>
#include <memory>
#include <optional>

namespace concord {

// A side's keys were not in ascending order (a collation, mixed types): the check starts again
// with both sides sorted in memory.
inline const QString KeyOrderCode = QStringLiteral("KEY_ORDER");

// One row in full, in the plan's field order (ComparePlan::fields).
struct CompareRow
{
    Record values;
    Key sourceKey;   // source side: the source record's key, to read it again
    QString note;    // source side: why the record does not map ("TYPE_MISMATCH: ..."); values empty
};

class DiffCursor
{
public:
    virtual ~DiffCursor() = default;
    // Moves to the next row; false at the end.
    virtual Result<bool> next() = 0;
    virtual const Key &key() const = 0;
    virtual quint64 hash() const = 0;
    // What fetch() finds this row by: the target key, or the source key on the source side.
    virtual const Key &fetchKey() const = 0;
    // The current row in full (valid until next()).
    virtual Result<CompareRow> row() = 0;
};

// A key range's checksum: its rows and the sum of their row hashes modulo 2^64.
struct DiffSum
{
    qint64 count = 0;
    quint64 sum = 0;
};

class DiffSide
{
public:
    virtual ~DiffSide() = default;
    // Rows in the table (the source's before the mapping's skips).
    virtual Result<qint64> count() = 0;
    // Rows with after < key <= upTo in key order; null bounds are open.
    virtual Result<std::unique_ptr<DiffCursor>> range(const Key *after, const Key *upTo) = 0;
    // The checksum of the same range computed where the rows are (a database aggregate), or
    // nullopt when this side can only stream the rows (the caller sums range() then).
    virtual Result<std::optional<DiffSum>> sum(const Key *, const Key *) { return std::optional<DiffSum>(); }
    // How many checksums sum() computed in the database.
    virtual qint64 sumsInDatabase() const { return 0; }
    // One row by fetchKey(); nullopt when there is none (or the mapping skips it).
    virtual Result<std::optional<CompareRow>> fetch(const Key &fetchKey) = 0;
    // Thread-safe: makes a long statement stop with CANCELLED.
    virtual void interrupt() = 0;
    // Source side: records the mapping skipped, and records that fail to map and cannot be placed
    // in the target's key order, so far.
    virtual qint64 skipped() const { return 0; }
    // Another instance reading the same table on its own connection (for a cursor read ahead in
    // another thread), or null when this side cannot make one.
    virtual std::unique_ptr<DiffSide> twin() const { return nullptr; }
    // Whether cursors check that keys ascend (off while SortedSide reads everything).
    void setOrderChecked(bool on) { m_orderChecked = on; }

protected:
    bool m_orderChecked = true;
};

// A source record that does not map: its place in the target's key order is known, its values not.
inline constexpr quint64 UnmappedRowHash = 0x5eed0fa11ed0bad1ULL; // never a real row's hash in practice

// What every source side does with a record it read: map it as a run would write it (mapping,
// then the policy towards the target system), take its target key, and hash its compared fields.
class SourceRecordMapper
{
public:
    enum class Outcome { Mapped, Skipped, Failed };

    explicit SourceRecordMapper(const ComparePlan &plan);
    // `row.sourceKey` and `targetKey` are filled whenever they can be; a failure leaves a note and
    // no values.
    Outcome map(Record &record, Record &out, CompareRow &row, Key &targetKey) const;
    // The row hash of a mapped row's compared fields, as the plan hashes them (canonical text or
    // typed values; never stored cells). `scratch` is reused from row to row.
    quint64 hash(const CompareRow &row, QByteArray &scratch) const;

private:
    const ComparePlan &m_plan;
    QList<int> m_sourceKey;
    std::vector<int> m_compared;
};

std::unique_ptr<DiffSide> makeSourceSide(const ComparePlan &plan, const QString &path);
std::unique_ptr<DiffSide> makeTargetSide(const ComparePlan &plan, const QString &path);

// Reads every (key, hash) of `inner` once and serves ranges from memory, sorted by key.
class SortedSide final : public DiffSide
{
public:
    explicit SortedSide(std::unique_ptr<DiffSide> inner);
    Result<void> load(const std::atomic<bool> &cancel);

    Result<qint64> count() override { return m_inner->count(); }
    Result<std::unique_ptr<DiffCursor>> range(const Key *after, const Key *upTo) override;
    Result<std::optional<CompareRow>> fetch(const Key &fetchKey) override { return m_inner->fetch(fetchKey); }
    void interrupt() override { m_inner->interrupt(); }
    qint64 skipped() const override { return m_inner->skipped(); }

    struct Entry
    {
        Key key;
        quint64 hash = 0;
        Key fetchKey;
    };

private:
    std::unique_ptr<DiffSide> m_inner;
    std::vector<Entry> m_entries;
};

} // namespace concord
