#pragma once
// How a REST system's requests are authenticated (`auth:` of the system, docs/connectors-rest.md
// §2): a bearer token, OAuth2 client credentials (the token fetched, cached until shortly before
// it expires, and fetched again after a 401), or a signed request built from templates for vendor
// schemes (an HMAC-SHA-256 over a string such as method, path, timestamp and body digest).

#include "connectors/rest/httpclient.h"
#include "workspace/workspace.h"

#include <QDateTime>

namespace concord {

class RestAuth
{
public:
    RestAuth(const SystemDef &system, HttpClient &client, int timeoutMs);

    // Adds the credentials to `request`, whose method, url, headers and body are final.
    Result<void> apply(HttpRequest &request);
    // The server answered 401: forget a cached token so that the next apply() fetches one.
    // Returns whether retrying can help (a fetched token can be renewed; a fixed one cannot).
    bool invalidate();
    qint64 tokensFetched() const { return m_fetched; }

private:
    Result<void> fetchToken();
    Result<void> sign(HttpRequest &request);

    const SystemDef &m_system;
    HttpClient &m_client;
    int m_timeoutMs;
    QByteArray m_token;
    QDateTime m_expires;
    qint64 m_fetched = 0;
};

} // namespace concord
