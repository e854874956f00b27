#include "connectors/rest/restauth.h"

#include "core/texttemplate.h"
#include "policy/crypto.h"
#include "policy/secrets.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QJsonObject>
#include <QUrlQuery>

namespace concord {

namespace {

// OAuth2 tokens outlive a run: one per token endpoint and client, shared by every run of the
// process until it expires or a server refuses it.
struct CachedToken
{
    QByteArray token;
    QDateTime expires;
};
QMutex g_tokenMutex;
QHash<QString, CachedToken> g_tokens;

QString tokenCacheKey(const SystemDef &system)
{
    return system.options.value(QStringLiteral("url")).toString() + QLatin1Char('\n') + system.auth.tokenUrl
        + QLatin1Char('\n') + system.auth.clientId + QLatin1Char('\n') + system.auth.clientSecret;
}

Result<QByteArray> secretOf(const SystemDef &system, const QString &reference, const char *what)
{
    auto s = readSecret(reference);
    if (!s.ok()) {
        Error e = s.error();
        e.message = QStringLiteral("%1 of system '%2': %3").arg(QString::fromLatin1(what), system.name, e.message);
        return e;
    }
    return *s;
}

} // namespace

RestAuth::RestAuth(const SystemDef &system, HttpClient &client, int timeoutMs)
    : m_system(system), m_client(client), m_timeoutMs(timeoutMs)
{
}

bool RestAuth::invalidate()
{
    if (m_system.auth.type != QLatin1String("oauth2"))
        return false;
    m_token.clear();
    QMutexLocker lock(&g_tokenMutex);
    g_tokens.remove(tokenCacheKey(m_system));
    return true;
}

Result<void> RestAuth::apply(HttpRequest &request)
{
    const HttpAuth &auth = m_system.auth;
    if (auth.type == QLatin1String("bearer")) {
        if (m_token.isEmpty()) {
            auto token = secretOf(m_system, auth.token, "token");
            if (!token.ok())
                return token.error();
            m_token = token->trimmed();
        }
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_token)});
    } else if (auth.type == QLatin1String("oauth2")) {
        if (m_token.isEmpty()) {
            QMutexLocker lock(&g_tokenMutex);
            const CachedToken cached = g_tokens.value(tokenCacheKey(m_system));
            m_token = cached.token;
            m_expires = cached.expires;
        }
        if (m_token.isEmpty() || QDateTime::currentDateTimeUtc() >= m_expires)
            if (auto r = fetchToken(); !r.ok())
                return r;
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_token)});
    } else if (auth.type == QLatin1String("signed")) {
        return sign(request);
    }
    return {};
}

Result<void> RestAuth::fetchToken()
{
    const HttpAuth &auth = m_system.auth;
    auto secret = secretOf(m_system, auth.clientSecret, "client_secret");
    if (!secret.ok())
        return secret.error();
    HttpRequest req;
    req.method = "POST";
    const QUrl base(m_system.options.value(QStringLiteral("url")).toString());
    req.url = base.resolved(QUrl(auth.tokenUrl));
    // RFC 6749 §2.3.1: the client's credentials in HTTP Basic, form-encoded.
    const auto formEncode = [](const QString &s) { return QUrl::toPercentEncoding(s); };
    const QByteArray credentials = QByteArray(formEncode(auth.clientId)) + ':' + formEncode(QString::fromUtf8(*secret));
    req.headers.append({QByteArrayLiteral("Authorization"), QByteArray("Basic " + credentials.toBase64())});
    req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    QByteArray body = "grant_type=client_credentials";
    if (!auth.scope.isEmpty())
        body += QByteArray("&scope=" + formEncode(auth.scope));
    req.body = body;
    auto reply = m_client.send(req, m_timeoutMs);
    if (!reply.ok()) {
        Error e = reply.error();
        e.message = QStringLiteral("fetching an OAuth2 token for system '%1': %2").arg(m_system.name, e.message);
        return e;
    }
    const QJsonObject o = QJsonDocument::fromJson(reply->body).object();
    if (reply->status != 200 || o.value(QStringLiteral("access_token")).toString().isEmpty()) {
        const QString why = o.value(QStringLiteral("error")).toString();
        // A refused client is permanent; a server in trouble may recover.
        const bool permanent = reply->status >= 400 && reply->status < 500 && reply->status != 429;
        return makeError(permanent ? ErrorCode::ConfigInvalid : ErrorCode::ConnectionRefused,
                         QStringLiteral("the token endpoint of system '%1' answered %2%3")
                             .arg(m_system.name)
                             .arg(reply->status)
                             .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
    }
    m_token = o.value(QStringLiteral("access_token")).toString().toUtf8();
    const qint64 lifetime = o.value(QStringLiteral("expires_in")).toVariant().toLongLong();
    // Renewed 30 s (or a tenth of a short lifetime) before it runs out; a token without
    // expires_in is kept until a 401.
    m_expires = lifetime > 0 ? QDateTime::currentDateTimeUtc().addSecs(lifetime - std::min<qint64>(30, lifetime / 10))
                             : QDateTime::currentDateTimeUtc().addYears(100);
    ++m_fetched;
    QMutexLocker lock(&g_tokenMutex);
    g_tokens.insert(tokenCacheKey(m_system), CachedToken{m_token, m_expires});
    return {};
}

Result<void> RestAuth::sign(HttpRequest &request)
{
    const HttpAuth &auth = m_system.auth;
    auto key = secretOf(m_system, auth.secret, "secret");
    if (!key.ok())
        return key.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto nonce = crypto::randomBytes(16);
    if (!nonce.ok())
        return nonce.error();
    const QString nonceText = QString::fromLatin1(nonce->toHex());
    const auto value = [&](const TemplatePlaceholder &p) -> Result<QString> {
        if (p.name == QLatin1String("METHOD"))
            return QString::fromLatin1(request.method);
        if (p.name == QLatin1String("PATH"))
            return request.url.path(QUrl::FullyEncoded);
        if (p.name == QLatin1String("QUERY"))
            return request.url.query(QUrl::FullyEncoded);
        if (p.name == QLatin1String("TIMESTAMP"))
            return QString::number(now.toSecsSinceEpoch());
        if (p.name == QLatin1String("TIMESTAMP_MS"))
            return QString::number(now.toMSecsSinceEpoch());
        if (p.name == QLatin1String("NONCE"))
            return nonceText;
        if (p.name == QLatin1String("BODY_SHA256"))
            return crypto::sha256Hex(request.body);
        if (p.name == QLatin1String("BODY"))
            return QString::fromUtf8(request.body);
        if (p.name == QLatin1String("CLIENT_ID"))
            return auth.clientId;
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("unknown placeholder {{%1}}").arg(p.name));
    };
    // "\n" written in YAML single quotes arrives as backslash-n: both mean a line break here.
    QString sign = auth.sign;
    sign.replace(QLatin1String("\\n"), QLatin1String("\n"));
    const auto text = renderTemplate(sign, value);
    if (!text.ok())
        return text.error();
    const QByteArray mac = crypto::hmacSha256(*key, text->toUtf8());
    const QString signature = QString::fromLatin1(auth.encoding == QLatin1String("base64") ? mac.toBase64() : mac.toHex());
    for (const auto &h : auth.headers) {
        const auto v = renderTemplate(h.second, [&](const TemplatePlaceholder &p) -> Result<QString> {
            return p.name == QLatin1String("SIGNATURE") ? Result<QString>(signature) : value(p);
        });
        if (!v.ok())
            return v.error();
        request.headers.append({h.first.toLatin1(), v->toUtf8()});
    }
    return {};
}

} // namespace concord
