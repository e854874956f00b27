#pragma once
// A console client's door to ControlHost (engine/controlhost.h): the one EngineThread gives, or,
// without one, a ControlHost of its own in a thread of its own that follows the workspace
// EngineHost opens. Calls are queued to the ControlHost's thread; answers come back as its signals.

#include "controlhost.h"

#include <QPointer>
#include <QString>

#include <memory>

class QThread;

namespace concord {

class EngineHost;

class ControlDoor
{
public:
    // `given` may be null; then `host` (may be null too: no door) is followed by an own ControlHost.
    ControlDoor(EngineHost *host, ControlHost *given, const QString &threadName);
    ~ControlDoor();
    ControlDoor(const ControlDoor &) = delete;
    ControlDoor &operator=(const ControlDoor &) = delete;

    ControlHost *get() const { return m_control; }

    template<typename F>
    void call(F &&f) const
    {
        if (ControlHost *c = m_control)
            QMetaObject::invokeMethod(c, [c, f = std::forward<F>(f)] { f(c); }, Qt::QueuedConnection);
    }

private:
    QPointer<ControlHost> m_control;
    std::unique_ptr<QThread> m_ownThread; // only when no ControlHost was given
};

} // namespace concord
