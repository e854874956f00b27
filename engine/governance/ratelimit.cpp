#include "governance/ratelimit.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace concord {

Result<double> parseRate(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*/\\s*(s|m|h)\\s*$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("rate_limit '%1' is not N/s, N/m or N/h (records per second, minute or hour), "
                                        "e.g. 200/s")
                             .arg(text));
    const double n = m.captured(1).toDouble();
    const QChar unit = m.captured(2).front();
    const double perSecond = unit == QLatin1Char('s') ? n : unit == QLatin1Char('m') ? n / 60.0 : n / 3600.0;
    if (perSecond <= 0 || perSecond > 10'000'000)
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("rate_limit '%1' must be above zero and at most 10000000/s").arg(text));
    return perSecond;
}

TokenBucket::TokenBucket(double perSecond) : m_rate(perSecond), m_capacity(std::max(1.0, perSecond)), m_tokens(m_capacity) { }

qint64 TokenBucket::take(qint64 count, qint64 nowNs)
{
    if (m_rate <= 0 || count <= 0)
        return 0;
    if (m_lastNs >= 0 && nowNs > m_lastNs)
        m_tokens = std::min(m_capacity, m_tokens + double(nowNs - m_lastNs) * m_rate / 1e9);
    m_lastNs = std::max(m_lastNs, nowNs);
    m_tokens -= double(count);
    if (m_tokens >= 0)
        return 0;
    // Wait until the debt is refilled; the refill during the wait is counted from m_lastNs on.
    const qint64 wait = qint64(std::ceil(-m_tokens / m_rate * 1e9));
    m_tokens = 0;
    m_lastNs += wait;
    return wait;
}

} // namespace concord
