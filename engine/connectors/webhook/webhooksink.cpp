#include "connectors/webhook/webhooksink.h"

#include "connectors/webhook/webhooksignature.h"
#include "governance/faults.h"
#include "policy/crypto.h"
#include "policy/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

namespace {

constexpr int kMaxEventsPerPost = 500;

} // namespace

WebhookSink::WebhookSink(const SystemDef &system, const DatasetDef &dataset)
    : m_system(system),
      m_dataset(dataset),
      m_timeoutMs(int(system.options.value(QStringLiteral("timeout_ms"), 30000).toLongLong()))
{
}

Result<void> WebhookSink::open(const QStringList &columns, const std::vector<int> &keyIndexes)
{
    m_columns = columns;
    m_keyIndexes = keyIndexes;
    if (m_system.options.value(QStringLiteral("url")).toString().isEmpty())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("webhook system '%1' has no url: to push events to")
                                                       .arg(m_system.name));
    auto secret = readSecret(m_system.options.value(QStringLiteral("secret")).toString());
    if (!secret.ok()) {
        Error e = secret.error();
        e.message = QStringLiteral("secret of webhook system '%1': %2").arg(m_system.name, e.message);
        return e;
    }
    m_secret = *secret;
    return {};
}

QJsonObject WebhookSink::eventOf(const WriteItem &item) const
{
    QJsonObject data;
    QJsonArray key;
    for (int i = 0; i < m_columns.size() && std::size_t(i) < item.row->size(); ++i)
        data.insert(m_columns[i], (*item.row)[std::size_t(i)].toJson());
    for (const int k : m_keyIndexes)
        key.append((*item.row)[std::size_t(k)].toJson());
    const QString op = item.remove ? QStringLiteral("delete") : QStringLiteral("upsert");
    // The same change sent again has the same id: event type, key, operation and content.
    const QByteArray digest = crypto::sha256(m_dataset.id.toUtf8() + '\n' + op.toUtf8() + '\n'
                                             + QJsonDocument(key).toJson(QJsonDocument::Compact) + '\n'
                                             + QJsonDocument(data).toJson(QJsonDocument::Compact));
    return QJsonObject{{QStringLiteral("event"), m_dataset.event.isEmpty() ? m_dataset.id : m_dataset.event},
                       {QStringLiteral("id"), QString::fromLatin1(digest.toHex().left(32))},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("key"), key.size() == 1 ? key.at(0) : QJsonValue(key)},
                       {QStringLiteral("data"), data}};
}

Result<std::optional<Error>> WebhookSink::post(const QJsonArray &events)
{
    HttpRequest req;
    req.method = "POST";
    QString base = m_system.options.value(QStringLiteral("url")).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    req.url = QUrl(base + m_dataset.endpoint);
    req.body = QJsonDocument(events).toJson(QJsonDocument::Compact);
    const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QString sender = m_system.options.value(QStringLiteral("source_system"), QStringLiteral("concord")).toString();
    req.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")},
                   {QByteArrayLiteral("X-Timestamp"), ts},
                   {QByteArrayLiteral("X-Signature"), webhookSignature(m_secret, ts, req.body)},
                   {QByteArrayLiteral("X-Source-System"), sender.toUtf8()}};
    if (events.size() == 1)
        req.headers.append({QByteArrayLiteral("Idempotency-Key"), events.at(0).toObject().value(QStringLiteral("id")).toString().toLatin1()});
    for (const auto &h : std::as_const(m_system.headers))
        req.headers.append({h.first.toLatin1(), h.second.toUtf8()});
    auto reply = m_client.send(req, m_timeoutMs);
    if (!reply.ok()) {
        Error e = reply.error();
        e.message = QStringLiteral("pushing to %1: %2").arg(m_system.name, e.message);
        return e;
    }
    if (reply->status >= 200 && reply->status < 300)
        return std::optional<Error>();
    const QString said = QString::fromUtf8(reply->body.left(300)).simplified();
    if (classifyHttp(reply->status) == FaultKind::Transient)
        return makeError(errorCodeForHttp(reply->status), QStringLiteral("%1 answered %2: %3")
                                                              .arg(req.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                                                              .arg(reply->status)
                                                              .arg(said));
    return std::optional<Error>(makeError(ErrorCode::TargetRejected, QStringLiteral("%1 refused the event (%2): %3")
                                                                         .arg(m_system.name)
                                                                         .arg(reply->status)
                                                                         .arg(said)));
}

Result<void> WebhookSink::write(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes)
{
    outcomes.assign(items.size(), WriteOutcome());
    for (std::size_t from = 0; from < items.size(); from += kMaxEventsPerPost) {
        const std::size_t to = std::min(items.size(), from + kMaxEventsPerPost);
        QJsonArray events;
        for (std::size_t i = from; i < to; ++i)
            events.append(eventOf(items[i]));
        auto sent = post(events);
        if (!sent.ok())
            return sent.error();
        if (!*sent) {
            for (std::size_t i = from; i < to; ++i)
                outcomes[i].kind = items[i].remove ? WriteOutcome::Kind::Deleted : WriteOutcome::Kind::Inserted;
            continue;
        }
        // Refused: one at a time, so only the events the subscriber refuses are dead-lettered.
        for (std::size_t i = from; i < to; ++i) {
            auto one = to - from == 1 ? std::move(sent) : post(QJsonArray{events.at(int(i - from))});
            if (!one.ok())
                return one.error();
            if (*one)
                outcomes[i] = WriteOutcome{WriteOutcome::Kind::Rejected, **one};
            else
                outcomes[i].kind = items[i].remove ? WriteOutcome::Kind::Deleted : WriteOutcome::Kind::Inserted;
        }
    }
    return {};
}

Result<WriteOutcome> WebhookSink::upsert(const Record &row)
{
    std::vector<WriteOutcome> out;
    if (auto r = write({WriteItem{&row, false}}, out); !r.ok())
        return r.error();
    return out.front();
}

Result<WriteOutcome> WebhookSink::remove(const Record &keyRow)
{
    std::vector<WriteOutcome> out;
    if (auto r = write({WriteItem{&keyRow, true}}, out); !r.ok())
        return r.error();
    return out.front();
}

} // namespace concord
