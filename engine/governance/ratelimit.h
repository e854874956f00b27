#pragma once
// A pipeline's `rate_limit:` — at most so many records written per second, minute or hour
// (`200/s`, `3000/m`, `100000/h`) — kept with a token bucket: it holds up to one second's worth
// of records (at least one), refills continuously, and a batch takes as many tokens as it has
// records. A batch larger than the bucket may take it below zero; the next write then waits
// until the debt is paid, so the long-run rate holds whatever the batch size.

#include "core/error.h"

#include <QString>

namespace concord {

// Records per second from `rate_limit:` text; the error names the accepted forms.
Result<double> parseRate(const QString &text);

class TokenBucket
{
public:
    TokenBucket() = default;
    explicit TokenBucket(double perSecond);

    bool isLimited() const { return m_rate > 0; }
    double rate() const { return m_rate; }
    // Takes `count` tokens at time `nowNs` (any steady clock) and returns how long to wait, in
    // nanoseconds, before writing them (0 if the bucket had them).
    qint64 take(qint64 count, qint64 nowNs);

private:
    double m_rate = 0;      // tokens per second; 0: unlimited
    double m_capacity = 0;
    double m_tokens = 0;
    qint64 m_lastNs = -1;
};

} // namespace concord
