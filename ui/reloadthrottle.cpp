#include "reloadthrottle.h"

namespace concord {

ReloadThrottle::ReloadThrottle(std::function<bool()> ready, std::function<void()> reload, QObject *parent)
    : QObject(parent), m_ready(std::move(ready)), m_reload(std::move(reload))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReloadThrottle::tryNow);
}

void ReloadThrottle::markStale()
{
    m_stale = true;
    tryNow();
}

void ReloadThrottle::tryNow()
{
    if (!m_stale || !m_ready())
        return;
    if (m_inFlight && m_sinceRequest.elapsed() < LostAnswerMs)
        return; // its answer looks here again
    const qint64 since = m_sinceRequest.isValid() ? m_sinceRequest.elapsed() : MinGapMs;
    if (since < MinGapMs) {
        if (!m_timer.isActive())
            m_timer.start(int(MinGapMs - since));
        return;
    }
    now();
}

void ReloadThrottle::now()
{
    if (!m_ready())
        return;
    m_stale = false;
    m_timer.stop();
    m_inFlight = true;
    m_sinceRequest.start();
    m_reload();
}

void ReloadThrottle::answered()
{
    m_inFlight = false;
    tryNow();
}

} // namespace concord
