#pragma once
// A blocking HTTP client for the engine's worker thread. Requests run on a network thread of the
// client's own, so the caller waits without spinning an event loop of its own (which would let
// queued engine calls in half-way through a run). interrupt() aborts the request in flight.

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;

namespace concord {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpResponse
{
    int status = 0;                                   // 0: no answer (see error)
    QList<QPair<QByteArray, QByteArray>> headers;     // as received
    QByteArray body;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;  // case-insensitive; "" when absent
};

class HttpClient
{
public:
    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // Sends the request and waits for the whole answer, at most `timeoutMs`. Any HTTP status is
    // a response; no answer at all is an error: SYNC_TIMEOUT, CONNECTION_REFUSED (refused,
    // unreachable, TLS failure) or CANCELLED (interrupt()).
    Result<HttpResponse> send(const HttpRequest &request, int timeoutMs);

    // Thread-safe: aborts the request in flight, and makes later sends fail with CANCELLED until
    // reset().
    void interrupt();
    void reset() { m_interrupted.store(false); }

private:
    class Worker;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
    std::atomic<bool> m_interrupted{false};
};

} // namespace concord
