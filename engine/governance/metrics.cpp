#include "governance/metrics.h"

#include <QStringList>

#include <cmath>

namespace concord {

qint64 LatencyHistogram::upperEdge(int bin)
{
    // 2^(bin/2), rounded up; odd bins are the √2 steps between powers of two.
    return qint64(std::ceil(std::pow(2.0, bin / 2.0)));
}

int LatencyHistogram::binOf(qint64 ms)
{
    if (ms <= 1)
        return 0;
    // The smallest bin whose upper edge is at least ms.
    int bin = int(std::ceil(2.0 * std::log2(double(ms))));
    while (bin > 0 && upperEdge(bin - 1) >= ms)
        --bin;
    while (bin < Bins - 1 && upperEdge(bin) < ms)
        ++bin;
    return std::min(bin, Bins - 1);
}

void LatencyHistogram::add(qint64 ms, qint64 count)
{
    if (count <= 0)
        return;
    m_bins[std::size_t(binOf(std::max<qint64>(0, ms)))] += count;
    m_count += count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (int i = 0; i < Bins; ++i)
        m_bins[std::size_t(i)] += other.m_bins[std::size_t(i)];
    m_count += other.m_count;
}

qint64 LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return -1;
    // The rank of the sample at p%, counted from 1 (nearest-rank method).
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(m_count))));
    qint64 seen = 0;
    for (int i = 0; i < Bins; ++i) {
        seen += m_bins[std::size_t(i)];
        if (seen >= rank)
            return upperEdge(i);
    }
    return upperEdge(Bins - 1);
}

QString LatencyHistogram::toText() const
{
    QStringList parts;
    for (int i = 0; i < Bins; ++i)
        if (m_bins[std::size_t(i)] != 0)
            parts.append(QString::number(i) + QLatin1Char(':') + QString::number(m_bins[std::size_t(i)]));
    return parts.join(QLatin1Char(','));
}

LatencyHistogram LatencyHistogram::fromText(const QString &text)
{
    LatencyHistogram h;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = int(part.indexOf(QLatin1Char(':')));
        bool okBin = false, okCount = false;
        const int bin = part.left(colon).toInt(&okBin);
        const qint64 count = part.mid(colon + 1).toLongLong(&okCount);
        if (colon > 0 && okBin && okCount && bin >= 0 && bin < Bins && count > 0) {
            h.m_bins[std::size_t(bin)] += count;
            h.m_count += count;
        }
    }
    return h;
}

double MetricSummary::successRate() const
{
    const qint64 attempts = written + failed;
    return attempts == 0 ? 1.0 : double(written) / double(attempts);
}

MetricSummary summarize(const QList<MetricBucket> &buckets)
{
    MetricSummary s;
    LatencyHistogram latency;
    QDateTime latestBacklog;
    for (const MetricBucket &b : buckets) {
        const MetricDelta &v = b.values;
        s.captured += v.captured;
        s.written += v.written;
        s.failed += v.failed;
        s.retried += v.retried;
        s.deadLettered += v.deadLettered;
        s.runs += v.runs;
        s.runsFailed += v.runsFailed;
        s.requests += v.requests;
        s.notModified += v.notModified;
        s.rateLimited += v.rateLimited;
        if (v.backlog >= 0 && (!latestBacklog.isValid() || b.start >= latestBacklog)) {
            latestBacklog = b.start;
            s.backlog = v.backlog;
        }
        latency.merge(v.latency);
    }
    s.p50 = latency.percentile(50);
    s.p95 = latency.percentile(95);
    s.p99 = latency.percentile(99);
    return s;
}

qint64 bucketOf(const QDateTime &t)
{
    const qint64 secs = t.toSecsSinceEpoch();
    return secs - (((secs % 60) + 60) % 60);
}

} // namespace concord
