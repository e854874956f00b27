#include "policy/crypto.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <memory>

namespace concord::crypto {

namespace {

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

Error cryptoError(const QString &what)
{
    return makeError(ErrorCode::PolicyDenied, what);
}

bool sizesOk(const QByteArray &key, const QByteArray &nonce)
{
    return key.size() == KeySize && nonce.size() == NonceSize;
}

} // namespace

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(bytes(data), std::size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), bytes(data), std::size_t(data.size()),
         reinterpret_cast<unsigned char *>(out.data()), &length);
    out.resize(int(length));
    return out;
}

QByteArray deriveKey(const QByteArray &secret, const char *label)
{
    return hmacSha256(secret, QByteArray("concord/") + label);
}

Result<QByteArray> randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        return cryptoError(QStringLiteral("the system's random number generator failed"));
    return out;
}

Result<QByteArray> aesGcmSeal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext,
                              const QByteArray &aad)
{
    if (!sizesOk(key, nonce))
        return cryptoError(QStringLiteral("AES-256-GCM needs a 32-byte key and a 12-byte nonce"));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size() + TagSize, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int n = 0;
    int total = 0;
    const bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) == 1
        && (aad.isEmpty() || EVP_EncryptUpdate(ctx.get(), nullptr, &n, bytes(aad), int(aad.size())) == 1)
        && EVP_EncryptUpdate(ctx.get(), o, &n, bytes(plaintext), int(plaintext.size())) == 1
        && (total = n, EVP_EncryptFinal_ex(ctx.get(), o + total, &n) == 1)
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, o + total + n) == 1;
    if (!ok)
        return cryptoError(QStringLiteral("AES-256-GCM encryption failed"));
    return out;
}

Result<QByteArray> aesGcmOpen(const QByteArray &key, const QByteArray &nonce, const QByteArray &sealed,
                              const QByteArray &aad)
{
    if (!sizesOk(key, nonce))
        return cryptoError(QStringLiteral("AES-256-GCM needs a 32-byte key and a 12-byte nonce"));
    if (sealed.size() < TagSize)
        return cryptoError(QStringLiteral("the encrypted value is too short to hold its tag"));
    const int length = int(sealed.size()) - TagSize;
    QByteArray tag = sealed.right(TagSize);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(length, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int n = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) == 1
        && (aad.isEmpty() || EVP_DecryptUpdate(ctx.get(), nullptr, &n, bytes(aad), int(aad.size())) == 1)
        && EVP_DecryptUpdate(ctx.get(), o, &n, bytes(sealed), length) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), o + n, &n) == 1;
    if (!ok) {
        out.fill('\0'); // nothing of an unauthenticated plaintext leaves here
        return cryptoError(QStringLiteral("the encrypted value does not decrypt: wrong key, or it was changed"));
    }
    return out;
}

} // namespace concord::crypto
