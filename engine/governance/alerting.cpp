#include "governance/alerting.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace concord {

namespace {

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', fraction >= 0.99 ? 2 : 1) + QLatin1Char('%');
}

QString windowText(qint64 ms)
{
    if (ms % 86400000 == 0)
        return QStringLiteral("%1 d").arg(ms / 86400000);
    if (ms % 3600000 == 0)
        return QStringLiteral("%1 h").arg(ms / 3600000);
    return QStringLiteral("%1 min").arg(double(ms) / 60000.0, 0, 'g', 3);
}

} // namespace

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 3;
    if (severity == QLatin1String("warning"))
        return 2;
    if (severity == QLatin1String("info"))
        return 1;
    return 0;
}

std::optional<AlertFiring> evaluateAlertRule(const AlertRule &rule, const AlertFacts &f)
{
    const QString &m = rule.metric;
    if (m == QLatin1String("success_rate")) {
        const MetricSummary s = f.window(rule.windowMs);
        if (!s.attempted() || s.successRate() >= rule.threshold)
            return std::nullopt;
        return AlertFiring{s.successRate(), QStringLiteral("%1: success rate %2 over the last %3 (%4 written, %5 failed), "
                                                           "below %6")
                                                .arg(f.pipeline, percent(s.successRate()), windowText(rule.windowMs))
                                                .arg(s.written)
                                                .arg(s.failed)
                                                .arg(percent(rule.threshold))};
    }
    if (m == QLatin1String("backlog")) {
        if (f.backlog < 0 || double(f.backlog) <= rule.threshold)
            return std::nullopt;
        return AlertFiring{double(f.backlog), QStringLiteral("%1: %2 changes waiting to be written, more than %3")
                                                  .arg(f.pipeline)
                                                  .arg(f.backlog)
                                                  .arg(rule.threshold)};
    }
    if (m == QLatin1String("failures") || m == QLatin1String("dead_letters") || m == QLatin1String("retrying")) {
        const MetricSummary s = f.window(rule.windowMs);
        const qint64 v = m == QLatin1String("failures") ? s.failed : m == QLatin1String("dead_letters") ? s.deadLettered : s.retried;
        if (double(v) <= rule.threshold)
            return std::nullopt;
        const QString what = m == QLatin1String("failures")       ? QStringLiteral("records failed")
                           : m == QLatin1String("dead_letters") ? QStringLiteral("records went to dead letters")
                                                                : QStringLiteral("records were retried");
        return AlertFiring{double(v), QStringLiteral("%1: %2 %3 in the last %4, more than %5")
                                          .arg(f.pipeline)
                                          .arg(v)
                                          .arg(what, windowText(rule.windowMs))
                                          .arg(rule.threshold)};
    }
    if (m == QLatin1String("consecutive_failures")) {
        if (double(f.control.consecutiveFailures) <= rule.threshold)
            return std::nullopt;
        return AlertFiring{double(f.control.consecutiveFailures),
                           QStringLiteral("%1: %2 runs in a row failed (last: %3), more than %4")
                               .arg(f.pipeline)
                               .arg(f.control.consecutiveFailures)
                               .arg(f.control.lastErrorCode)
                               .arg(rule.threshold)};
    }
    if (m == QLatin1String("latency_p95")) {
        const MetricSummary s = f.window(rule.windowMs);
        if (s.p95 < 0 || double(s.p95) <= rule.threshold)
            return std::nullopt;
        return AlertFiring{double(s.p95), QStringLiteral("%1: 95%% of changes took up to %2 s from capture to write over "
                                                         "the last %3, more than %4 s")
                                              .arg(f.pipeline)
                                              .arg(double(s.p95) / 1000.0, 0, 'f', 1)
                                              .arg(windowText(rule.windowMs))
                                              .arg(rule.threshold / 1000.0, 0, 'f', 1)};
    }
    if (m == QLatin1String("circuit_open")) {
        if (!f.circuit.open)
            return std::nullopt;
        return AlertFiring{1, QStringLiteral("%1: the circuit to %2 is open after %3 failures (%4); the pipeline waits, "
                                             "next probe at %5")
                                  .arg(f.pipeline, f.circuit.system)
                                  .arg(f.circuit.failures)
                                  .arg(f.circuit.lastError.left(200),
                                       f.circuit.nextProbeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))};
    }
    return std::nullopt;
}

QString signedWebhookUrl(const QString &url, const QByteArray &secret, qint64 timestampMs)
{
    if (secret.isEmpty())
        return url;
    const QByteArray ts = QByteArray::number(timestampMs);
    const QByteArray mac = QMessageAuthenticationCode::hash(ts + '\n' + secret, secret, QCryptographicHash::Sha256);
    // Written out by hand: base64's '+', '/' and '=' must arrive percent-encoded, which QUrlQuery
    // would not do for '+'.
    return url + (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("timestamp=")
        + QString::fromLatin1(ts) + QStringLiteral("&sign=") + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(mac.toBase64())));
}

QByteArray webhookBody(const AlertRecord &alert, const QString &workspaceName)
{
    const QString label = alert.severity == QLatin1String("critical")  ? QStringLiteral("严重 CRITICAL")
                        : alert.severity == QLatin1String("warning") ? QStringLiteral("警告 WARNING")
                                                                     : QStringLiteral("提示 INFO");
    const QString content = QStringLiteral("[Concord] %1 · %2\n%3\n%4 · %5")
                                .arg(label, workspaceName, alert.message, alert.rule,
                                     alert.raisedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QJsonObject body{{QStringLiteral("msgtype"), QStringLiteral("text")},
                           {QStringLiteral("text"), QJsonObject{{QStringLiteral("content"), content}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<void> postWebhook(const QString &url, const QByteArray &body, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json; charset=utf-8"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard.start(timeoutMs + 1000);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    // The host part only: the URL's query holds the robot's token.
    const QString where = QUrl(url).adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
    if (status == 0 || (error != QNetworkReply::NoError && status < 400))
        return makeError(ErrorCode::ConnectionRefused, QStringLiteral("cannot reach %1: %2").arg(where, errorText));
    if (status < 200 || status >= 300)
        return makeError(status == 429 || status >= 500 ? ErrorCode::ConnectionRefused : ErrorCode::TargetRejected,
                         QStringLiteral("%1 answered HTTP %2").arg(where).arg(status));
    const QJsonObject o = QJsonDocument::fromJson(answer).object();
    if (o.contains(QStringLiteral("errcode")) && o.value(QStringLiteral("errcode")).toInt() != 0)
        return makeError(ErrorCode::TargetRejected, QStringLiteral("%1 refused the message: %2 %3")
                                                        .arg(where)
                                                        .arg(o.value(QStringLiteral("errcode")).toInt())
                                                        .arg(o.value(QStringLiteral("errmsg")).toString()));
    return {};
}

} // namespace concord
