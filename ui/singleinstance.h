#pragma once
// One console per user and workspace: the first launch for a workspace (or for none) holds a lock
// file and listens on a local socket named after the user and the workspace's path; a second
// launch for the same finds it, asks it to come forward, and exits. A lock left by a crashed
// console is stale (QLockFile checks the process) and taken over.

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace concord {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `workspaceDir` as given on the command line; empty: the console started without one.
    explicit SingleInstance(const QString &workspaceDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name for this user and workspace (exposed for tests).
    static QString keyFor(const QString &workspaceDir);

    // Whether another console already has this workspace; if so it was asked to come forward
    // and this one should exit. Otherwise this one is the first: it listens from now on.
    bool forwardToRunning();
    bool isPrimary() const { return m_server != nullptr; }

Q_SIGNALS:
    // Another launch for the same workspace asked for this window.
    void activateRequested();

private:
    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace concord
