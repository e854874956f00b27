#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

namespace concord {

namespace {

constexpr char kActivate[] = "activate\n";

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("user") : user;
}

// Asks the console listening on `key` to come forward; false when none answers.
bool askRunning(const QString &key)
{
    QLocalSocket socket;
    socket.connectToServer(key);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(kActivate);
    const bool sent = socket.waitForBytesWritten(1000);
    socket.disconnectFromServer();
    return sent;
}

} // namespace

SingleInstance::SingleInstance(const QString &workspaceDir, QObject *parent) : QObject(parent), m_key(keyFor(workspaceDir))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyFor(const QString &workspaceDir)
{
    // The workspace as a canonical path, so "demo", "./demo" and "/home/li/demo" are one.
    const QFileInfo info(workspaceDir);
    const QString path = workspaceDir.isEmpty() ? QString()
        : info.exists()                        ? info.canonicalFilePath()
                                               : info.absoluteFilePath();
    const QByteArray digest = QCryptographicHash::hash((userName() + QLatin1Char('\n') + path).toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16);
    return QStringLiteral("concord-") + QString::fromLatin1(digest);
}

bool SingleInstance::forwardToRunning()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    m_lock = std::make_unique<QLockFile>(QDir(dir).filePath(m_key + QStringLiteral(".lock")));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, however long it ran
    // A console that holds the lock but is still starting gets a moment to listen.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (m_lock->tryLock(0))
            break;
        if (askRunning(m_key))
            return true;
        if (m_lock->error() == QLockFile::LockFailedError) {
            m_lock->removeStaleLockFile();
            QThread::msleep(100);
            continue;
        }
        break; // the lock file cannot be made at all: run without the guard
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_key); // a socket a crashed console left behind
    if (!m_server->listen(m_key)) {
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains("activate"))
                    Q_EMIT activateRequested();
            });
        }
    });
    return false;
}

} // namespace concord
