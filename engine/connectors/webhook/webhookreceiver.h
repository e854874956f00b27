#pragma once
// The receiving end of pushed events (kind: webhook; docs/webhooks.md): an HTTP server, bound
// to 127.0.0.1 unless told otherwise, on a thread of its own. Each dataset of the system is a
// path (`endpoint:`); a POST there must carry a fresh timestamp and the HMAC-SHA-256 signature
// of timestamp and body (connectors/webhook/webhooksignature.h), a signature not seen before,
// and a JSON body within the size limit. The event becomes a change of the dataset, is written
// to the outbox of every pipeline that reads the dataset, and only then is the sender answered
// 200. Anything else is answered 4xx with a JSON error, and nothing is kept.

#include "core/error.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace concord {

class WebhookReceiver
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray body; // JSON
    };
    struct Counters
    {
        std::atomic<qint64> accepted{0};   // requests answered 200
        std::atomic<qint64> events{0};     // events written to the outbox
        std::atomic<qint64> unauthorized{0}; // 401: no, bad or stale signature, replay
        std::atomic<qint64> rejected{0};   // other 4xx
        std::atomic<qint64> failed{0};     // 503: the outbox could not be written
    };

    WebhookReceiver(std::shared_ptr<const Workspace> workspace, const QString &system);
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver &) = delete;
    WebhookReceiver &operator=(const WebhookReceiver &) = delete;

    // Listens on the system's host and port (port 0: any free one, for tests); returns the port.
    Result<int> start();
    void stop();
    // Called on the receiver's thread after events for `pipeline` are durable.
    void onAccepted(std::function<void(const QString &pipeline)> callback);
    const Counters &counters() const { return m_counters; }

    // One request, judged and (when good) stored; what the server answers. Called by the server,
    // on the receiver's thread (whose state store connection it uses).
    Answer handle(const QByteArray &method, const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                  const QByteArray &body);

private:
    class Server;
    Answer refuse(int status, const char *code, const QString &message);

    std::shared_ptr<const Workspace> m_workspace;
    SystemDef m_system;
    QByteArray m_secret;
    qint64 m_maxBody = 1 << 20;
    qint64 m_windowSecs = 300;
    std::unique_ptr<QThread> m_thread;
    Server *m_server = nullptr; // lives on m_thread
    std::function<void(const QString &)> m_accepted;
    Counters m_counters;
};

} // namespace concord
