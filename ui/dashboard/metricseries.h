#pragma once
// The dashboard charts' data: the store's one-minute metric buckets combined into the points of a
// range — 1 h in minutes, 24 h in quarter hours, 7 d in hours. Counters add up per point;
// latency percentiles come from the point's merged histograms; the backlog is the last
// measurement in the point. Pure functions, so they are tested without a window.

#include "governance/metrics.h"

#include <QDateTime>
#include <QList>

namespace concord {

enum class MetricRange { Hour, Day, Week };

struct MetricPoint
{
    QDateTime start;         // UTC, the start of the point's interval
    qint64 written = 0;
    qint64 failed = 0;
    qint64 p50 = -1, p95 = -1, p99 = -1; // ms; -1: nothing was written in the interval
    qint64 backlog = -1;     // -1: not measured in the interval
};

struct MetricSeries
{
    QDateTime from;          // UTC, inclusive
    QDateTime to;            // UTC, exclusive
    qint64 stepSecs = 60;
    QList<MetricPoint> points; // one per step, oldest first
    bool hasData = false;    // any bucket in the range held activity (a backlog alone is not)
    qint64 maxWritten() const;
    qint64 maxFailed() const;
    qint64 maxLatency() const;
    qint64 maxBacklog() const;
};

// Seconds per point and the number of points of a range.
qint64 stepSecs(MetricRange range);
int pointCount(MetricRange range);
// The window a range covers at `now`: whole steps, the last one holding `now`.
void rangeWindow(MetricRange range, const QDateTime &now, QDateTime *from, QDateTime *to);
// Buckets outside [from, to) are ignored.
MetricSeries combineBuckets(const QList<MetricBucket> &buckets, MetricRange range, const QDateTime &now);

} // namespace concord
