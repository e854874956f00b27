#pragma once
// Pipeline metrics (docs/operations.md): counters per pipeline in one-minute buckets in the state
// store, and a latency histogram per bucket from which percentiles over any range are read.
// Buckets add up: a range's figures are the sums of its buckets, its percentiles those of the
// merged histograms.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

namespace concord {

// Capture-to-write latency in milliseconds, in bins growing by √2 from 1 ms: bin i holds values up
// to 2^(i/2) ms; the last bin holds everything above (about 2.2 days). A percentile is read as the
// upper edge of the bin it falls in, so it is never optimistic and at most 41% high.
class LatencyHistogram
{
public:
    static constexpr int Bins = 56;

    void add(qint64 ms, qint64 count = 1);
    void merge(const LatencyHistogram &other);
    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    // p in (0, 100]: the latency at or below which p% of the samples lie; -1 when empty.
    qint64 percentile(double p) const;
    static qint64 upperEdge(int bin);
    static int binOf(qint64 ms);

    // Compact text for the store: "bin:count" pairs joined by ','.
    QString toText() const;
    static LatencyHistogram fromText(const QString &text);

    qint64 binCount(int bin) const { return m_bins[std::size_t(bin)]; }

private:
    std::array<qint64, Bins> m_bins{};
    qint64 m_count = 0;
};

// What one batch or run adds to a bucket.
struct MetricDelta
{
    qint64 captured = 0;     // changes read from the source or the outbox
    qint64 written = 0;      // inserted, updated or deleted in the target
    qint64 failed = 0;       // records that failed an attempt (dead-lettered, or in a batch that failed)
    qint64 retried = 0;      // records read again by a retry, a probe or a dead-letter replay
    qint64 deadLettered = 0; // new dead letters
    qint64 runs = 0;         // runs finished
    qint64 runsFailed = 0;   // of which failed
    qint64 backlog = -1;     // changes known but not written when measured; -1: not measured
    qint64 requests = 0;     // HTTP sources: requests sent
    qint64 notModified = 0;  // of which answered 304 Not Modified (conditional polling)
    qint64 rateLimited = 0;  // of which answered 429 Too Many Requests
    LatencyHistogram latency;

    bool isEmpty() const
    {
        return captured == 0 && written == 0 && failed == 0 && retried == 0 && deadLettered == 0 && runs == 0
            && backlog < 0 && requests == 0 && latency.isEmpty();
    }
};

struct MetricBucket
{
    QDateTime start;         // UTC, a whole minute
    MetricDelta values;      // backlog: the last measurement in the minute
};

// A range's figures, for the dashboard, `concordctl status` and the alert rules.
struct MetricSummary
{
    qint64 captured = 0;
    qint64 written = 0;
    qint64 failed = 0;
    qint64 retried = 0;
    qint64 deadLettered = 0;
    qint64 runs = 0;
    qint64 runsFailed = 0;
    qint64 backlog = -1;     // the latest measurement in the range
    qint64 requests = 0;
    qint64 notModified = 0;
    qint64 rateLimited = 0;
    qint64 p50 = -1, p95 = -1, p99 = -1; // ms
    // written / (written + failed); 1 when nothing was attempted.
    double successRate() const;
    bool attempted() const { return written + failed > 0; }
};

MetricSummary summarize(const QList<MetricBucket> &buckets);

// The start of the minute `t` falls in (UTC seconds since the epoch).
qint64 bucketOf(const QDateTime &t);

} // namespace concord

Q_DECLARE_METATYPE(concord::MetricBucket)
