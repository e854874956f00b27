#pragma once
// For a view that reads through the control thread: "the data changed" is coalesced into at most
// one request a second, one in flight at a time, and none while the view is hidden. A request
// whose answer never comes (the store could not be opened) stops holding the view after 10 s.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace concord {

class ReloadThrottle : public QObject
{
    Q_OBJECT

public:
    // `ready`: whether the view may ask now (visible, a workspace open). `reload`: sends the
    // request; the view calls answered() when its answer arrives.
    ReloadThrottle(std::function<bool()> ready, std::function<void()> reload, QObject *parent = nullptr);

    void markStale();   // something changed: ask again when allowed
    void tryNow();      // ask now if stale and allowed (on show, after an answer)
    void now();         // ask now, whatever the gap (the steward changed what to show)
    void answered();    // the answer to the last request arrived
    bool isInFlight() const { return m_inFlight; }

    static constexpr qint64 MinGapMs = 1000;
    static constexpr qint64 LostAnswerMs = 10000;

private:
    std::function<bool()> m_ready;
    std::function<void()> m_reload;
    QElapsedTimer m_sinceRequest;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_stale = true;
};

} // namespace concord
