#include "consistency/differ.h"

#include "consistency/prefetch.h"

namespace concord {

namespace {

// After this many segments, most of them differing means the differences are everywhere: one
// merge pass reads each row once, where bisecting would read the differing ranges again.
constexpr qint64 kSegmentsBeforeDeciding = 4;

} // namespace

Differ::Differ(const ComparePlan &plan, DiffSide &source, DiffSide &target, const std::atomic<bool> &cancel)
    : m_plan(plan), m_source(source), m_target(target), m_cancel(cancel)
{
}

QStringList Differ::differingFields(const ComparePlan &plan, const CompareRow &source, const CompareRow &target)
{
    QStringList out;
    for (int i : plan.comparedIndexes()) {
        const std::size_t k = std::size_t(i);
        if (k >= source.values.size() || k >= target.values.size())
            continue;
        if (!plan.comparers[k].equal(source.values[k], target.values[k]))
            out.append(plan.fields[i]);
    }
    return out;
}

Result<void> Differ::checkCancel()
{
    if ((++m_ticks & 1023) != 0)
        return {};
    if (m_progress)
        m_progress(m_done, m_expected);
    if (m_cancel.load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("the check was cancelled"));
    return {};
}

Differ::Sum Differ::entrySum(const std::vector<Entry> &entries, std::size_t from, std::size_t to)
{
    Sum s;
    for (std::size_t i = from; i < to; ++i)
        s.sum += entries[i].hash;
    s.count = qint64(to - from);
    return s;
}

// The target's checksum over a key range. Streamed here for SQLite; a server database would
// answer it with one aggregate query.
Result<Differ::Sum> Differ::targetSum(const Key *after, const Key *upTo)
{
    // A server computes it in SQL: only the checksum crosses the network.
    const auto inDatabase = m_target.sum(after, upTo);
    if (!inDatabase.ok())
        return inDatabase.error();
    if (*inDatabase) {
        Sum s;
        s.count = (*inDatabase)->count;
        s.sum = (*inDatabase)->sum;
        return s;
    }
    auto cursor = m_target.range(after, upTo);
    if (!cursor.ok())
        return cursor.error();
    Sum s;
    for (;;) {
        const auto more = (*cursor)->next();
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
        s.sum += (*cursor)->hash();
        ++s.count;
        if (auto r = checkCancel(); !r.ok())
            return r.error();
    }
    return s;
}

Result<DiffStats> Differ::run(qint64 expectedSourceRows, const FoundFn &found, const ProgressFn &progress)
{
    m_found = found;
    m_progress = progress;
    m_expected = expectedSourceRows;
    const auto targetRows = m_target.count();
    if (!targetRows.ok())
        return targetRows.error();
    m_stats.targetRows = *targetRows;

    auto opened = m_source.range(nullptr, nullptr);
    if (!opened.ok())
        return opened.error();
    // The source is read ahead in a thread of its own while this one reads the target.
    std::unique_ptr<DiffCursor> cursor = std::move(*opened);
    if (auto twin = m_source.twin())
        cursor = std::make_unique<PrefetchCursor>(std::move(cursor), std::move(twin));
    DiffCursor &source = *cursor;
    auto has = source.next();
    if (!has.ok())
        return has.error();

    const std::size_t segmentRows = std::size_t(std::max(1, m_plan.segmentRows));
    std::vector<Entry> segment;
    segment.reserve(segmentRows);
    std::optional<Key> after;
    bool merged = false;
    for (;;) {
        if (m_stats.segments >= kSegmentsBeforeDeciding && m_stats.segmentsDiffering * 2 > m_stats.segments) {
            merged = true;
            if (auto r = mergeStreams(source, *has, after ? &*after : nullptr); !r.ok())
                return r.error();
            break;
        }
        segment.clear();
        while (*has && segment.size() < segmentRows) {
            segment.push_back(Entry{source.key(), source.hash(), source.fetchKey()});
            ++m_stats.sourceRows;
            ++m_done;
            has = source.next();
            if (!has.ok())
                return has.error();
            if (auto r = checkCancel(); !r.ok())
                return r.error();
        }
        // The last segment reaches to the end of the key space: whatever the target has after the
        // source's last key belongs to it.
        std::optional<Key> upTo;
        if (*has)
            upTo = segment.back().key;
        const Key *lo = after ? &*after : nullptr;
        const Key *hi = upTo ? &*upTo : nullptr;
        const auto t = targetSum(lo, hi);
        if (!t.ok())
            return t.error();
        ++m_stats.segments;
        if (!(entrySum(segment, 0, segment.size()) == *t)) {
            ++m_stats.segmentsDiffering;
            if (auto r = bisect(segment, 0, segment.size(), lo, hi, *t, 0); !r.ok())
                return r.error();
        }
        if (!*has)
            break;
        after = upTo;
    }
    m_stats.method = merged ? (m_stats.segments > kSegmentsBeforeDeciding ? QStringLiteral("segments+merge")
                                                                          : QStringLiteral("merge"))
                            : QStringLiteral("segments");
    if (m_progress)
        m_progress(m_done, m_expected);
    return m_stats;
}

Result<void> Differ::bisect(const std::vector<Entry> &entries, std::size_t from, std::size_t to, const Key *after,
                            const Key *upTo, const Sum &targetTotal, int depth)
{
    const std::size_t n = to - from;
    if (n <= std::size_t(std::max(1, m_plan.leafRows)) || depth > 40)
        return mergeEntries(entries, from, to, after, upTo);
    const std::size_t mid = from + n / 2;
    const Key &midKey = entries[mid - 1].key;
    const auto left = targetSum(after, &midKey);
    if (!left.ok())
        return left.error();
    // The right half's checksum is the whole range's less the left half's: one read per level.
    const Sum right{targetTotal.count - left->count, targetTotal.sum - left->sum};
    if (!(entrySum(entries, from, mid) == *left))
        if (auto r = bisect(entries, from, mid, after, &midKey, *left, depth + 1); !r.ok())
            return r;
    if (!(entrySum(entries, mid, to) == right))
        if (auto r = bisect(entries, mid, to, &midKey, upTo, right, depth + 1); !r.ok())
            return r;
    return {};
}

Result<void> Differ::mergeEntries(const std::vector<Entry> &entries, std::size_t from, std::size_t to,
                                  const Key *after, const Key *upTo)
{
    auto opened = m_target.range(after, upTo);
    if (!opened.ok())
        return opened.error();
    DiffCursor &target = **opened;
    auto tHas = target.next();
    if (!tHas.ok())
        return tHas.error();
    std::size_t i = from;
    while (i < to || *tHas) {
        const int c = i >= to ? 1 : (!*tHas ? -1 : compareKeys(entries[i].key, target.key()));
        if (c < 0) {
            if (auto r = onMissing(entries[i].key, entries[i].fetchKey, nullptr); !r.ok())
                return r;
            ++i;
            continue;
        }
        if (c > 0) {
            if (auto r = onExtra(target); !r.ok())
                return r;
        } else {
            if (entries[i].hash != target.hash())
                if (auto r = onBoth(entries[i].key, entries[i].fetchKey, nullptr, target); !r.ok())
                    return r;
            ++i;
        }
        tHas = target.next();
        if (!tHas.ok())
            return tHas.error();
        if (auto r = checkCancel(); !r.ok())
            return r;
    }
    return {};
}

Result<void> Differ::mergeStreams(DiffCursor &source, bool sourceHasRow, const Key *after)
{
    auto opened = m_target.range(after, nullptr);
    if (!opened.ok())
        return opened.error();
    DiffCursor &target = **opened;
    auto tHas = target.next();
    if (!tHas.ok())
        return tHas.error();
    bool sHas = sourceHasRow;
    while (sHas || *tHas) {
        const int c = !sHas ? 1 : (!*tHas ? -1 : compareKeys(source.key(), target.key()));
        bool advanceSource = false;
        bool advanceTarget = false;
        if (c < 0) {
            const auto row = source.row();
            if (!row.ok())
                return row.error();
            if (auto r = onMissing(source.key(), source.fetchKey(), &*row); !r.ok())
                return r;
            advanceSource = true;
        } else if (c > 0) {
            if (auto r = onExtra(target); !r.ok())
                return r;
            advanceTarget = true;
        } else {
            if (source.hash() != target.hash()) {
                const auto row = source.row();
                if (!row.ok())
                    return row.error();
                if (auto r = onBoth(source.key(), source.fetchKey(), &*row, target); !r.ok())
                    return r;
            }
            advanceSource = advanceTarget = true;
        }
        if (advanceSource) {
            ++m_stats.sourceRows;
            ++m_done;
            const auto more = source.next();
            if (!more.ok())
                return more.error();
            sHas = *more;
        }
        if (advanceTarget) {
            tHas = target.next();
            if (!tHas.ok())
                return tHas.error();
        }
        if (auto r = checkCancel(); !r.ok())
            return r;
    }
    return {};
}

Result<void> Differ::sourceRow(const Key &fetchKey, const CompareRow *row, std::optional<CompareRow> &out)
{
    if (row) {
        out = *row;
        return {};
    }
    auto fetched = m_source.fetch(fetchKey);
    if (!fetched.ok())
        return fetched.error();
    out = std::move(*fetched);
    return {};
}

Result<void> Differ::onMissing(const Key &key, const Key &fetchKey, const CompareRow *row)
{
    FoundDiscrepancy d;
    d.kind = DiscrepancyKind::Missing;
    d.key = key;
    if (auto r = sourceRow(fetchKey, row, d.source); !r.ok())
        return r;
    if (!d.source) // gone, or skipped by the mapping since it was read
        return {};
    ++m_stats.rowsFetched;
    d.note = d.source->note;
    return m_found(d);
}

Result<void> Differ::onExtra(DiffCursor &target)
{
    FoundDiscrepancy d;
    d.kind = DiscrepancyKind::Extra;
    d.key = target.key();
    const auto row = target.row();
    if (!row.ok())
        return row.error();
    d.target = *row;
    ++m_stats.rowsFetched;
    return m_found(d);
}

Result<void> Differ::onBoth(const Key &key, const Key &sourceFetchKey, const CompareRow *sourceRow,
                            DiffCursor &target)
{
    FoundDiscrepancy d;
    d.kind = DiscrepancyKind::Mismatch;
    d.key = key;
    if (auto r = this->sourceRow(sourceFetchKey, sourceRow, d.source); !r.ok())
        return r;
    if (!d.source)
        return {};
    const auto row = target.row();
    if (!row.ok())
        return row.error();
    d.target = *row;
    m_stats.rowsFetched += 2;
    d.note = d.source->note;
    if (d.note.isEmpty()) {
        d.differing = differingFields(m_plan, *d.source, *d.target);
        if (d.differing.isEmpty()) // the hashes differed, the values do not (stored differently)
            return {};
    }
    return m_found(d);
}

} // namespace concord
