#include "governance/faults.h"

#include <algorithm>
#include <cmath>

namespace concord {

FaultKind classify(const Error &error)
{
    const QString &c = error.code;
    if (c == ErrorCode::ConnectionRefused || c == ErrorCode::SyncTimeout || c == ErrorCode::RateLimited
        || c == ErrorCode::StateStoreError || c == ErrorCode::PipelineBusy)
        return FaultKind::Transient;
    return FaultKind::Permanent;
}

FaultKind classifyHttp(int status)
{
    if (status == 408 || status == 425 || status == 429 || (status >= 500 && status <= 599))
        return FaultKind::Transient;
    return FaultKind::Permanent;
}

QString errorCodeForHttp(int status)
{
    if (status == 429)
        return ErrorCode::RateLimited;
    if (status == 408 || status == 504)
        return ErrorCode::SyncTimeout;
    if (classifyHttp(status) == FaultKind::Transient)
        return ErrorCode::ConnectionRefused;
    return ErrorCode::TargetRejected;
}

qint64 retryDelayMs(const RetrySettings &settings, int attempt, double random01, qint64 retryAfterMs)
{
    const double base = double(std::max<qint64>(1, settings.baseMs));
    const double cap = double(std::max<qint64>(settings.baseMs, settings.maxMs));
    // 2^attempt overflows nothing here: past 62 doublings the cap has long been reached.
    const double raw = std::min(cap, base * std::pow(2.0, std::clamp(attempt, 0, 62)));
    const double jitter = std::clamp(settings.jitter, 0.0, 1.0);
    const double r = std::clamp(random01, 0.0, 1.0);
    const double delay = raw * (1.0 + jitter * (2.0 * r - 1.0));
    return std::max<qint64>(std::llround(delay), retryAfterMs);
}

} // namespace concord
