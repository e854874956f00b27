#pragma once
// Finds where the two sides of a consistency check disagree (docs/consistency.md §2), after
// pg_comparator's and data-diff's idea: the source is streamed once in key order and cut into
// segments of `segmentRows` records; each segment's checksum (count and sum of row hashes) is
// compared with the target's over the same key range; a segment that differs is bisected until
// ranges of `leafRows` records, whose row hashes are compared before any full record is read;
// then the differing records are compared field by field. When most segments differ,
// checksums only cost reads, so the rest is compared in one streaming merge of both sides.

#include "consistency/consistencytypes.h"
#include "consistency/diffside.h"

#include <functional>

namespace concord {

struct FoundDiscrepancy
{
    DiscrepancyKind kind = DiscrepancyKind::Mismatch;
    Key key;                         // the target key
    std::optional<CompareRow> source;
    std::optional<CompareRow> target;
    QStringList differing;           // Mismatch: compared fields that differ
    QString note;
};

struct DiffStats
{
    qint64 sourceRows = 0;           // source records on the compared side (after skips)
    qint64 targetRows = 0;
    qint64 segments = 0;
    qint64 segmentsDiffering = 0;
    qint64 rowsFetched = 0;
    QString method;                  // segments | merge | segments+merge (+ sorted)
};

class Differ
{
public:
    using FoundFn = std::function<Result<void>(const FoundDiscrepancy &)>;
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    Differ(const ComparePlan &plan, DiffSide &source, DiffSide &target, const std::atomic<bool> &cancel);

    // Compares everything; each discrepancy goes to `found` as soon as it is known.
    Result<DiffStats> run(qint64 expectedSourceRows, const FoundFn &found, const ProgressFn &progress);

    // The fields of `a` and `b` that differ under the plan's comparison.
    static QStringList differingFields(const ComparePlan &plan, const CompareRow &source, const CompareRow &target);

private:
    struct Entry
    {
        Key key;
        quint64 hash = 0;
        Key fetchKey;
    };
    struct Sum
    {
        qint64 count = 0;
        quint64 sum = 0;
        bool operator==(const Sum &o) const { return count == o.count && sum == o.sum; }
    };

    Result<Sum> targetSum(const Key *after, const Key *upTo);
    static Sum entrySum(const std::vector<Entry> &entries, std::size_t from, std::size_t to);
    Result<void> bisect(const std::vector<Entry> &entries, std::size_t from, std::size_t to, const Key *after,
                        const Key *upTo, const Sum &targetTotal, int depth);
    // Merges source entries [from, to) with the target's rows in (after, upTo].
    Result<void> mergeEntries(const std::vector<Entry> &entries, std::size_t from, std::size_t to, const Key *after,
                              const Key *upTo);
    // Merges the rest of the source cursor with the target's rows after `after`.
    Result<void> mergeStreams(DiffCursor &source, bool sourceHasRow, const Key *after);

    // The source row: `row` when the caller has it, else read again by `fetchKey` (none if gone).
    Result<void> sourceRow(const Key &fetchKey, const CompareRow *row, std::optional<CompareRow> &out);
    Result<void> onMissing(const Key &key, const Key &fetchKey, const CompareRow *row);
    Result<void> onExtra(DiffCursor &target);
    Result<void> onBoth(const Key &key, const Key &sourceFetchKey, const CompareRow *sourceRow, DiffCursor &target);
    Result<void> checkCancel();

    const ComparePlan &m_plan;
    DiffSide &m_source;
    DiffSide &m_target;
    const std::atomic<bool> &m_cancel;
    FoundFn m_found;
    ProgressFn m_progress;
    DiffStats m_stats;
    qint64 m_expected = 0;
    qint64 m_done = 0;
    qint64 m_ticks = 0;
};

} // namespace concord
