#include "dashboard/metricseries.h"

#include <algorithm>

namespace concord {

namespace {

template<typename F>
qint64 maxOf(const QList<MetricPoint> &points, F field)
{
    qint64 m = -1;
    for (const MetricPoint &p : points)
        m = std::max(m, field(p));
    return m;
}

} // namespace

qint64 MetricSeries::maxWritten() const
{
    return maxOf(points, [](const MetricPoint &p) { return p.written; });
}

qint64 MetricSeries::maxFailed() const
{
    return maxOf(points, [](const MetricPoint &p) { return p.failed; });
}

qint64 MetricSeries::maxLatency() const
{
    return maxOf(points, [](const MetricPoint &p) { return p.p99; });
}

qint64 MetricSeries::maxBacklog() const
{
    return maxOf(points, [](const MetricPoint &p) { return p.backlog; });
}

qint64 stepSecs(MetricRange range)
{
    switch (range) {
    case MetricRange::Hour: return 60;
    case MetricRange::Day: return 15 * 60;
    case MetricRange::Week: return 3600;
    }
    return 60;
}

int pointCount(MetricRange range)
{
    switch (range) {
    case MetricRange::Hour: return 60;
    case MetricRange::Day: return 96;
    case MetricRange::Week: return 168;
    }
    return 60;
}

void rangeWindow(MetricRange range, const QDateTime &now, QDateTime *from, QDateTime *to)
{
    const qint64 step = stepSecs(range);
    const qint64 lastStart = now.toSecsSinceEpoch() / step * step;
    *to = QDateTime::fromSecsSinceEpoch(lastStart + step, Qt::UTC);
    *from = QDateTime::fromSecsSinceEpoch(lastStart - (pointCount(range) - 1) * step, Qt::UTC);
}

MetricSeries combineBuckets(const QList<MetricBucket> &buckets, MetricRange range, const QDateTime &now)
{
    MetricSeries s;
    s.stepSecs = stepSecs(range);
    rangeWindow(range, now, &s.from, &s.to);
    const int count = pointCount(range);
    const qint64 first = s.from.toSecsSinceEpoch();
    s.points.resize(count);
    QList<LatencyHistogram> latency(count);
    QList<qint64> backlogAt(count, -1); // when the point's backlog was measured, to keep the last
    for (int i = 0; i < count; ++i)
        s.points[i].start = QDateTime::fromSecsSinceEpoch(first + i * s.stepSecs, Qt::UTC);
    for (const MetricBucket &b : buckets) {
        const qint64 at = b.start.toSecsSinceEpoch();
        const qint64 i = (at - first) / s.stepSecs;
        if (at < first || i >= count)
            continue;
        MetricPoint &p = s.points[i];
        const MetricDelta &v = b.values;
        p.written += v.written;
        p.failed += v.failed;
        latency[i].merge(v.latency);
        if (v.backlog >= 0 && at >= backlogAt[i]) {
            p.backlog = v.backlog;
            backlogAt[i] = at;
        }
        // A backlog measured for a pipeline that never ran is not yet something to chart.
        MetricDelta activity = v;
        activity.backlog = -1;
        if (!activity.isEmpty())
            s.hasData = true;
    }
    for (int i = 0; i < count; ++i) {
        if (latency[i].isEmpty())
            continue;
        s.points[i].p50 = latency[i].percentile(50);
        s.points[i].p95 = latency[i].percentile(95);
        s.points[i].p99 = latency[i].percentile(99);
    }
    return s;
}

} // namespace concord
