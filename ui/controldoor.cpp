#include "controldoor.h"

#include "enginehost.h"

#include <QThread>

namespace concord {

ControlDoor::ControlDoor(EngineHost *host, ControlHost *given, const QString &threadName) : m_control(given)
{
    if (given || !host)
        return;
    m_ownThread = std::make_unique<QThread>();
    m_ownThread->setObjectName(threadName);
    auto *own = new ControlHost;
    own->moveToThread(m_ownThread.get());
    QObject::connect(m_ownThread.get(), &QThread::finished, own, &QObject::deleteLater);
    QObject::connect(host, &EngineHost::workspaceOpened, own, &ControlHost::setWorkspace);
    QObject::connect(host, &EngineHost::workspaceFailed, own, &ControlHost::clearWorkspace);
    m_ownThread->start();
    m_control = own;
}

ControlDoor::~ControlDoor()
{
    if (m_ownThread) {
        m_ownThread->quit();
        m_ownThread->wait();
    }
}

} // namespace concord
