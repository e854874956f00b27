#include "connectors/webhook/webhookreceiver.h"

#include "connectors/jsonrecord.h"
#include "connectors/webhook/webhooksignature.h"
#include "log/log.h"
#include "policy/secrets.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>

namespace concord {

class WebhookReceiver::Server : public QObject
{
public:
    QHttpServer *http = nullptr;
    std::unique_ptr<StateStore> store;
};

namespace {

QByteArray headerOf(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    return {};
}

} // namespace

WebhookReceiver::WebhookReceiver(std::shared_ptr<const Workspace> workspace, const QString &system)
    : m_workspace(std::move(workspace)), m_system(m_workspace->systems.value(system))
{
    m_maxBody = m_system.options.value(QStringLiteral("max_body_bytes"), qint64(1 << 20)).toLongLong();
    m_windowSecs = m_system.options.value(QStringLiteral("window_ms"), qint64(300000)).toLongLong() / 1000;
}

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

void WebhookReceiver::onAccepted(std::function<void(const QString &)> callback)
{
    m_accepted = std::move(callback);
}

Result<int> WebhookReceiver::start()
{
    if (m_thread)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("the receiver of '%1' is running").arg(m_system.name));
    const QString secretRef = m_system.options.value(QStringLiteral("secret")).toString();
    auto secret = readSecret(secretRef);
    if (!secret.ok()) {
        Error e = secret.error();
        e.message = QStringLiteral("secret of webhook system '%1': %2").arg(m_system.name, e.message);
        return e;
    }
    m_secret = *secret;
    if (m_secret.size() < 16)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("the secret of webhook system '%1' is shorter than 16 "
                                                                  "bytes; use a long random one")
                                                       .arg(m_system.name));
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("concord-webhook-%1").arg(m_system.name));
    m_server = new Server;
    m_server->moveToThread(m_thread.get());
    m_thread->start();
    Result<int> result = 0;
    QMetaObject::invokeMethod(m_server, [this, &result] {
        m_server->store = std::make_unique<StateStore>();
        if (auto r = m_server->store->open(m_workspace->stateStorePath()); !r.ok()) {
            result = r.error();
            return;
        }
        m_server->http = new QHttpServer(m_server);
        const QString certPath = m_system.options.value(QStringLiteral("tls_cert")).toString();
        if (!certPath.isEmpty()) {
            QFile certFile(QDir(m_workspace->dir).absoluteFilePath(certPath));
            QFile keyFile(QDir(m_workspace->dir).absoluteFilePath(m_system.options.value(QStringLiteral("tls_key")).toString()));
            if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
                result = makeError(ErrorCode::ConfigInvalid, QStringLiteral("webhook system '%1': cannot read %2")
                                                                 .arg(m_system.name, certFile.isOpen() ? keyFile.fileName()
                                                                                                       : certFile.fileName()));
                return;
            }
            const QSslCertificate cert(&certFile, QSsl::Pem);
            const QByteArray pem = keyFile.readAll();
            QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
            if (key.isNull())
                key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
            if (cert.isNull() || key.isNull()) {
                result = makeError(ErrorCode::ConfigInvalid,
                                   QStringLiteral("webhook system '%1': the TLS certificate or key is not PEM").arg(m_system.name));
                return;
            }
            m_server->http->sslSetup(cert, key);
        }
        for (const DatasetDef &ds : std::as_const(m_workspace->datasets)) {
            if (ds.system != m_system.name)
                continue;
            const QString path = ds.endpoint;
            m_server->http->route(path, [this, path](const QHttpServerRequest &req) {
                const QByteArray method = QVariant::fromValue(req.method()).toString().toUpper().toLatin1();
                const Answer a = handle(method, path, req.headers(), req.body());
                return QHttpServerResponse(QByteArrayLiteral("application/json"), a.body,
                                           QHttpServerResponse::StatusCode(a.status));
            });
        }
        const QString host = m_system.host.isEmpty() ? QStringLiteral("127.0.0.1") : m_system.host;
        const int port = m_server->http->listen(QHostAddress(host), quint16(m_system.port));
        if (port == 0)
            result = makeError(ErrorCode::ConnectionRefused, QStringLiteral("webhook system '%1' cannot listen on %2:%3")
                                                                 .arg(m_system.name, host)
                                                                 .arg(m_system.port));
        else
            result = port;
    }, Qt::BlockingQueuedConnection);
    if (!result.ok())
        stop();
    else
        log::info(lcSync(), QStringLiteral("webhook receiver '%1' listening on %2:%3%4")
                                .arg(m_system.name, m_system.host.isEmpty() ? QStringLiteral("127.0.0.1") : m_system.host)
                                .arg(*result)
                                .arg(m_system.options.contains(QStringLiteral("tls_cert")) ? QStringLiteral(" (TLS)") : QString()));
    return result;
}

void WebhookReceiver::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_server = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

WebhookReceiver::Answer WebhookReceiver::refuse(int status, const char *code, const QString &message)
{
    if (status == 401)
        ++m_counters.unauthorized;
    else if (status >= 500)
        ++m_counters.failed;
    else
        ++m_counters.rejected;
    return Answer{status, QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                                    {QStringLiteral("message"), message}})
                              .toJson(QJsonDocument::Compact)};
}

WebhookReceiver::Answer WebhookReceiver::handle(const QByteArray &method, const QString &path,
                                                const QList<QPair<QByteArray, QByteArray>> &headers,
                                                const QByteArray &body)
{
    const DatasetDef *dataset = nullptr;
    for (const DatasetDef &ds : std::as_const(m_workspace->datasets))
        if (ds.system == m_system.name && ds.endpoint == path)
            dataset = &ds;
    if (!dataset)
        return refuse(404, "not_found", QStringLiteral("no dataset receives events at this path"));
    if (method != "POST")
        return refuse(405, "method_not_allowed", QStringLiteral("events are POSTed"));
    if (body.size() > m_maxBody)
        return refuse(413, "body_too_large", QStringLiteral("the body is larger than %1 bytes").arg(m_maxBody));
    // Authenticity first: nothing about the body is looked at before its signature holds.
    const QByteArray timestamp = headerOf(headers, "X-Timestamp");
    const QByteArray signature = headerOf(headers, "X-Signature");
    const QByteArray sender = headerOf(headers, "X-Source-System");
    if (timestamp.isEmpty() || signature.isEmpty() || sender.isEmpty())
        return refuse(401, "unsigned", QStringLiteral("X-Timestamp, X-Signature and X-Source-System are required"));
    bool numeric = false;
    const qint64 sentAt = timestamp.toLongLong(&numeric);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!numeric || timestamp.size() > 12)
        return refuse(401, "bad_timestamp", QStringLiteral("X-Timestamp must be Unix seconds"));
    if (sentAt < now - m_windowSecs || sentAt > now + m_windowSecs)
        return refuse(401, "stale_timestamp", QStringLiteral("X-Timestamp is more than %1 s away from now").arg(m_windowSecs));
    if (!webhookSignatureMatches(m_secret, timestamp, body, signature))
        return refuse(401, "bad_signature", QStringLiteral("X-Signature does not match timestamp and body"));
    const QString allowed = m_system.options.value(QStringLiteral("source_system")).toString();
    if (!allowed.isEmpty() && QString::fromUtf8(sender) != allowed)
        return refuse(401, "unknown_sender", QStringLiteral("X-Source-System is not '%1'").arg(allowed));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(400, "bad_json", QStringLiteral("the body is not JSON: %1 at byte %2")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset));
    QJsonArray events;
    if (doc.isObject())
        events.append(doc.object());
    else
        events = doc.array();
    if (events.isEmpty() || events.size() > 10000)
        return refuse(400, "no_events", QStringLiteral("the body must be an event object or a list of 1 to 10000"));
    std::vector<Change> changes(std::size_t(events.size()));
    const QString traceId = QString::fromLatin1(signature.mid(7, 32));
    for (int i = 0; i < events.size(); ++i) {
        QString why;
        if (!changeFromJson(*dataset, events.at(i), changes[std::size_t(i)], &why))
            return refuse(400, "bad_event", events.size() == 1 ? why : QStringLiteral("event %1: %2").arg(i).arg(why));
        Change &c = changes[std::size_t(i)];
        if (c.sourceVersion.isEmpty()) // no version field: when and under which signature it came
            c.sourceVersion = QString::fromLatin1(timestamp) + QLatin1Char(':') + QString::fromLatin1(signature.mid(7, 16))
                + (events.size() > 1 ? QStringLiteral("#%1").arg(i) : QString());
        c.traceId = traceId;
    }
    QStringList pipelines;
    for (const PipelineDef &p : std::as_const(m_workspace->pipelines))
        if (p.source == dataset->id && p.enabled)
            pipelines.append(p.name);
    if (pipelines.isEmpty())
        return refuse(404, "no_pipeline", QStringLiteral("no enabled pipeline reads %1").arg(dataset->id));

    // A signature is good once: claimed with the events, released if they cannot be stored.
    StateStore *store = m_server ? m_server->store.get() : nullptr;
    if (!store)
        return refuse(503, "not_ready", QStringLiteral("the receiver is not running"));
    const auto claimed = store->claimWebhookSignature(QString::fromLatin1(signature.mid(7).toLower()), sentAt + m_windowSecs);
    if (!claimed.ok())
        return refuse(503, "not_stored", claimed.error().message);
    if (!*claimed)
        return refuse(401, "replayed", QStringLiteral("this signature was used before"));
    PipelineRunner runner(m_workspace, store);
    for (const QString &p : std::as_const(pipelines)) {
        if (auto r = runner.enqueue(p, changes); !r.ok()) {
            store->releaseWebhookSignature(QString::fromLatin1(signature.mid(7).toLower()));
            log::error(lcSync(), QStringLiteral("webhook '%1': events for %2 could not be stored: %3")
                                     .arg(m_system.name, p, r.error().message),
                       log::Fields{{}, r.error().code});
            return refuse(503, "not_stored", QStringLiteral("the events could not be stored; send them again"));
        }
    }
    ++m_counters.accepted;
    m_counters.events += qint64(changes.size());
    if (m_accepted)
        for (const QString &p : std::as_const(pipelines))
            m_accepted(p);
    return Answer{200, QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                                                 {QStringLiteral("events"), int(changes.size())},
                                                 {QStringLiteral("trace_id"), traceId}})
                           .toJson(QJsonDocument::Compact)};
}

} // namespace concord
