#include "connectors/webhook/webhooksignature.h"

#include "policy/crypto.h"

#include <openssl/crypto.h>

namespace concord {

QByteArray webhookSignature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    return "sha256:" + crypto::hmacSha256(secret, timestamp + '.' + body).toHex();
}

bool webhookSignatureMatches(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body,
                             const QByteArray &signature)
{
    if (signature.size() != 71 || !(signature.startsWith("sha256:") || signature.startsWith("sha256=")))
        return false;
    const QByteArray expected = crypto::hmacSha256(secret, timestamp + '.' + body).toHex();
    const QByteArray given = signature.mid(7).toLower();
    return CRYPTO_memcmp(expected.constData(), given.constData(), std::size_t(expected.size())) == 0;
}

} // namespace concord
