#include "connectors/rest/httpclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <future>

namespace concord {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

class HttpClient::Worker : public QObject
{
public:
    QNetworkAccessManager *manager = nullptr; // created on the network thread
    QPointer<QNetworkReply> current;
    bool timedOut = false;
};

HttpClient::HttpClient() : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("concord-http"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

HttpClient::~HttpClient()
{
    interrupt();
    m_thread->quit();
    m_thread->wait();
}

void HttpClient::interrupt()
{
    m_interrupted.store(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        if (w->current)
            w->current->abort();
    }, Qt::QueuedConnection);
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request, int timeoutMs)
{
    if (m_interrupted.load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    std::promise<Result<HttpResponse>> promise;
    auto done = promise.get_future();
    QMetaObject::invokeMethod(m_worker, [this, &request, &promise, timeoutMs] {
        Worker *w = m_worker;
        if (!w->manager) {
            w->manager = new QNetworkAccessManager(w);
            w->manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        }
        QNetworkRequest req(request.url);
        for (const auto &h : request.headers)
            req.setRawHeader(h.first, h.second);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
            ? w->manager->get(req)
            : w->manager->sendCustomRequest(req, request.method, request.body);
        w->current = reply;
        w->timedOut = false;
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, reply, [w, reply] {
            w->timedOut = true;
            reply->abort();
        });
        timer->start(timeoutMs);
        auto *clock = new QElapsedTimer;
        clock->start();
        if (m_interrupted.load())
            reply->abort();
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, w, reply, clock, &request, &promise, timeoutMs] {
            const qint64 elapsed = clock->elapsed();
            delete clock;
            reply->deleteLater();
            w->current = nullptr;
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            const QString where = request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
            if (w->timedOut) {
                promise.set_value(makeError(ErrorCode::SyncTimeout, QStringLiteral("%1 did not answer within %2 ms")
                                                                        .arg(where)
                                                                        .arg(timeoutMs)));
                return;
            }
            if (m_interrupted.load()) {
                promise.set_value(makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
                return;
            }
            // No status, or one followed by a broken connection (network errors are 1..199).
            if (!status.isValid() || (reply->error() > QNetworkReply::NoError && reply->error() < 200)) {
                promise.set_value(makeError(ErrorCode::ConnectionRefused,
                                            QStringLiteral("%1: %2").arg(where, reply->errorString())));
                return;
            }
            HttpResponse r;
            r.status = status.toInt();
            r.headers = reply->rawHeaderPairs();
            r.body = reply->readAll();
            r.elapsedMs = elapsed;
            promise.set_value(std::move(r));
        });
    }, Qt::QueuedConnection);
    return done.get();
}

} // namespace concord
