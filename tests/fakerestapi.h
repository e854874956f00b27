#pragma once
// An HTTP API the REST tests start on 127.0.0.1 (Qt HTTP Server, on a thread of its own) that
// behaves like a Kingdee-style department API: a customer table read with executeBillQuery
// (POST, StartRow/Limit offsets, a FilterString on FModifyDate, rows as arrays), the same table
// as JSON objects by page number with ETags, and by cursor with signed requests; OAuth2 client
// credentials; and, on demand, 429s with Retry-After, 500s, slow answers and rows changing
// between pages.

#include "policy/crypto.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

namespace testsupport {

struct FakeCustomer
{
    qint64 id = 0;
    QString number;
    QString name;
    QString modified; // "yyyy-MM-ddTHH:mm:ss", the API's local time
};

class FakeRestApi
{
public:
    static constexpr const char *ClientId = "concord";
    static constexpr const char *ClientSecret = "s3cret-client";
    static constexpr const char *SigningKey = "signing-key-123";

    FakeRestApi()
    {
        m_thread.start();
        m_server = new QHttpServer;
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(m_server, [this] { setUp(); }, Qt::BlockingQueuedConnection);
    }
    ~FakeRestApi()
    {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    int port() const { return m_port; }

    // The table.
    void put(const FakeCustomer &c)
    {
        QMutexLocker lock(&m_mutex);
        m_rows[c.id] = c;
        ++m_version;
    }
    void remove(qint64 id)
    {
        QMutexLocker lock(&m_mutex);
        m_rows.erase(id);
        ++m_version;
    }
    int size() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_rows.size());
    }

    // Faults, taken one per request in order: 0 = answer normally, 429, 500, or -N = answer
    // after N ms.
    void planFaults(const QList<int> &faults)
    {
        QMutexLocker lock(&m_mutex);
        m_faults = faults;
    }
    // Called (under no lock) after the page served for a request with this StartRow.
    void afterPage(std::function<void(FakeRestApi &, int startRow)> hook)
    {
        QMutexLocker lock(&m_mutex);
        m_afterPage = std::move(hook);
    }
    void setTokenLifetime(int seconds)
    {
        QMutexLocker lock(&m_mutex);
        m_tokenLifetime = seconds;
    }
    void expireTokens()
    {
        QMutexLocker lock(&m_mutex);
        m_tokens.clear();
    }

    // What was asked.
    struct Seen
    {
        QString path;
        QByteArray body;
        QUrlQuery query;
        QByteArray ifNoneMatch;
        int status = 0;
    };
    QList<Seen> seen() const
    {
        QMutexLocker lock(&m_mutex);
        return m_seen;
    }
    void clearSeen()
    {
        QMutexLocker lock(&m_mutex);
        m_seen.clear();
    }
    int tokensIssued() const
    {
        QMutexLocker lock(&m_mutex);
        return m_tokensIssued;
    }

private:
    static QByteArray header(const QHttpServerRequest &req, const QByteArray &name)
    {
        for (const auto &h : req.headers())
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }

    static QHttpServerResponse json(const QJsonValue &v, QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
    {
        const QByteArray body = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
    }

    // Applies the next planned fault; returns a response when it answers instead of the API.
    std::optional<QHttpServerResponse> fault()
    {
        int f = 0;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_faults.isEmpty())
                f = m_faults.takeFirst();
        }
        if (f < 0)
            QThread::msleep(ulong(-f));
        if (f == 429) {
            QHttpServerResponse r = json(QJsonObject{{QStringLiteral("error"), QStringLiteral("too many requests")}},
                                         QHttpServerResponse::StatusCode::TooManyRequests);
            r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
            return r;
        }
        if (f == 500)
            return json(QJsonObject{{QStringLiteral("error"), QStringLiteral("internal error")}},
                        QHttpServerResponse::StatusCode::InternalServerError);
        return std::nullopt;
    }

    bool authorised(const QHttpServerRequest &req)
    {
        const QByteArray auth = header(req, "Authorization");
        QMutexLocker lock(&m_mutex);
        if (!auth.startsWith("Bearer "))
            return false;
        const auto it = m_tokens.find(auth.mid(7));
        return it != m_tokens.end() && QDateTime::currentDateTimeUtc() < it->second;
    }

    void record(const QHttpServerRequest &req, int status)
    {
        QMutexLocker lock(&m_mutex);
        m_seen.append(Seen{req.url().path(), req.body(), req.query(), header(req, "If-None-Match"), status});
    }

    std::vector<FakeCustomer> since(const QString &from) const
    {
        QMutexLocker lock(&m_mutex);
        std::vector<FakeCustomer> out;
        for (const auto &r : m_rows)
            if (from.isEmpty() || r.second.modified >= from)
                out.push_back(r.second);
        std::sort(out.begin(), out.end(), [](const FakeCustomer &a, const FakeCustomer &b) {
            return a.modified != b.modified ? a.modified < b.modified : a.id < b.id;
        });
        return out;
    }

    void setUp()
    {
        // OAuth2 client credentials (RFC 6749 §4.4), the client authenticated with HTTP Basic.
        m_server->route(QStringLiteral("/oauth/token"), [this](const QHttpServerRequest &req) {
            const QByteArray expected = "Basic " + QByteArray(QByteArray(ClientId) + ':' + ClientSecret).toBase64();
            if (header(req, "Authorization") != expected || !req.body().contains("grant_type=client_credentials"))
                return json(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")}},
                            QHttpServerResponse::StatusCode::Unauthorized);
            QMutexLocker lock(&m_mutex);
            const QByteArray token = QByteArray::number(++m_tokensIssued) + "-token";
            m_tokens[token] = QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime);
            return json(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                    {QStringLiteral("expires_in"), m_tokenLifetime}});
        });
        // executeBillQuery: {"FormId", "FieldKeys", "FilterString", "StartRow", "Limit"} -> [[...], ...]
        m_server->route(QStringLiteral("/k3cloud/ExecuteBillQuery"), [this](const QHttpServerRequest &req) {
            if (auto f = fault()) {
                record(req, int(f->statusCode()));
                return std::move(*f);
            }
            if (!authorised(req)) {
                record(req, 401);
                return json(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_token")}},
                            QHttpServerResponse::StatusCode::Unauthorized);
            }
            const QJsonObject q = QJsonDocument::fromJson(req.body()).object();
            static const QRegularExpression filter(QStringLiteral("^FModifyDate >= '([0-9: -]+)'$"));
            const auto m = filter.match(q.value(QStringLiteral("FilterString")).toString());
            if (q.value(QStringLiteral("FormId")).toString() != QLatin1String("BD_Customer") || !m.hasMatch()) {
                record(req, 400);
                return json(QJsonObject{{QStringLiteral("error"), QStringLiteral("bad query")}},
                            QHttpServerResponse::StatusCode::BadRequest);
            }
            const QString from = QString(m.captured(1)).replace(QLatin1Char(' '), QLatin1Char('T'));
            const int start = q.value(QStringLiteral("StartRow")).toInt();
            const int limit = q.value(QStringLiteral("Limit")).toInt();
            const QStringList keys = q.value(QStringLiteral("FieldKeys")).toString().split(QLatin1Char(','));
            const auto rows = since(from);
            QJsonArray out;
            for (int i = start; i < std::min<int>(int(rows.size()), start + limit); ++i) {
                QJsonArray row;
                for (const QString &k : keys) {
                    const FakeCustomer &c = rows[std::size_t(i)];
                    if (k == QLatin1String("FCUSTID"))
                        row.append(c.id);
                    else if (k == QLatin1String("FNumber"))
                        row.append(c.number);
                    else if (k == QLatin1String("FName"))
                        row.append(c.name);
                    else if (k == QLatin1String("FModifyDate"))
                        row.append(c.modified);
                }
                out.append(row);
            }
            record(req, 200);
            std::function<void(FakeRestApi &, int)> hook;
            {
                QMutexLocker lock(&m_mutex);
                hook = m_afterPage;
            }
            if (hook)
                hook(*this, start);
            return json(out);
        });
        // Objects by page number, with ETags: GET /api/customers?since=...&page=N&size=M
        m_server->route(QStringLiteral("/api/customers"), [this](const QHttpServerRequest &req) {
            if (auto f = fault()) {
                record(req, int(f->statusCode()));
                return std::move(*f);
            }
            const QUrlQuery q = req.query();
            const QString from = q.queryItemValue(QStringLiteral("since")).replace(QLatin1Char(' '), QLatin1Char('T'));
            const int page = q.queryItemValue(QStringLiteral("page")).toInt();
            const int size = q.queryItemValue(QStringLiteral("size")).toInt();
            QByteArray etag;
            {
                QMutexLocker lock(&m_mutex);
                etag = '"' + QByteArray::number(m_version) + '-' + concord::crypto::sha256(req.url().query().toUtf8()).toHex().left(8) + '"';
            }
            if (header(req, "If-None-Match") == etag) {
                record(req, 304);
                QHttpServerResponse r(QHttpServerResponse::StatusCode::NotModified);
                r.setHeader(QByteArrayLiteral("ETag"), etag);
                return r;
            }
            const auto rows = since(from);
            QJsonArray items;
            for (int i = (page - 1) * size; i >= 0 && i < std::min<int>(int(rows.size()), page * size); ++i) {
                const FakeCustomer &c = rows[std::size_t(i)];
                items.append(QJsonObject{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("code"), c.number},
                                         {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), c.name}}},
                                         {QStringLiteral("modified"), c.modified}});
            }
            record(req, 200);
            QHttpServerResponse r = json(QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("items"), items}}}});
            r.setHeader(QByteArrayLiteral("ETag"), etag);
            return r;
        });
        // By cursor, every request signed: X-Signature = hex HMAC-SHA-256 over
        // "METHOD\nPATH\nTIMESTAMP\nsha256(body)", X-Timestamp within five minutes.
        m_server->route(QStringLiteral("/api/stream"), [this](const QHttpServerRequest &req) {
            const QByteArray ts = header(req, "X-Timestamp");
            const QByteArray text = "GET\n" + req.url().path().toUtf8() + '\n' + ts + '\n' + concord::crypto::sha256(req.body()).toHex();
            const bool fresh = std::abs(QDateTime::currentSecsSinceEpoch() - ts.toLongLong()) <= 300;
            if (!fresh || header(req, "X-Signature") != concord::crypto::hmacSha256(SigningKey, text).toHex()) {
                record(req, 401);
                return json(QJsonObject{{QStringLiteral("error"), QStringLiteral("bad signature")}},
                            QHttpServerResponse::StatusCode::Unauthorized);
            }
            const QString cursor = req.query().queryItemValue(QStringLiteral("cursor"));
            const auto rows = since(QString());
            int start = 0;
            while (!cursor.isEmpty() && start < int(rows.size()) && QString::number(rows[std::size_t(start)].id) != cursor)
                ++start;
            QJsonArray items;
            const int end = std::min<int>(int(rows.size()), start + 7);
            for (int i = start; i < end; ++i)
                items.append(QJsonObject{{QStringLiteral("id"), rows[std::size_t(i)].id},
                                         {QStringLiteral("code"), rows[std::size_t(i)].number},
                                         {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), rows[std::size_t(i)].name}}},
                                         {QStringLiteral("modified"), rows[std::size_t(i)].modified}});
            record(req, 200);
            return json(QJsonObject{{QStringLiteral("items"), items},
                                    {QStringLiteral("next"), end < int(rows.size()) ? QJsonValue(QString::number(rows[std::size_t(end)].id))
                                                                                    : QJsonValue()}});
        });
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
    }

    QThread m_thread;
    QHttpServer *m_server = nullptr;
    int m_port = 0;
    mutable QMutex m_mutex;
    std::map<qint64, FakeCustomer> m_rows;
    qint64 m_version = 0;
    QList<int> m_faults;
    std::function<void(FakeRestApi &, int)> m_afterPage;
    std::map<QByteArray, QDateTime> m_tokens;
    int m_tokenLifetime = 3600;
    int m_tokensIssued = 0;
    QList<Seen> m_seen;
};

} // namespace testsupport
