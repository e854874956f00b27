#pragma once
// The few cryptographic primitives policy needs, on OpenSSL: HMAC-SHA-256 (keyed hashes, key
// derivation), AES-256-GCM (reversible tokens, encrypted payloads in the state store) and SHA-256
// digests. Failures come back as errors, never as garbage: a tampered ciphertext does not decrypt.

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace concord::crypto {

constexpr int KeySize = 32;   // AES-256 and HMAC-SHA-256 keys, in bytes
constexpr int NonceSize = 12; // AES-GCM nonce
constexpr int TagSize = 16;   // AES-GCM authentication tag

QByteArray sha256(const QByteArray &data);
// The same as 64 lowercase hex digits: how digests appear in the audit trail and archives.
QString sha256Hex(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);

// A 32-byte key for one purpose, derived from a secret: HMAC-SHA-256(secret, "concord/" + label).
// Different labels give independent keys, so one workspace secret serves every use.
QByteArray deriveKey(const QByteArray &secret, const char *label);

// `count` bytes from OpenSSL's CSPRNG.
Result<QByteArray> randomBytes(int count);

// AES-256-GCM. seal() returns ciphertext followed by the 16-byte tag; open() checks the tag and
// fails with POLICY_DENIED ("does not decrypt") on any change to key, nonce, data or `aad`.
Result<QByteArray> aesGcmSeal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext,
                              const QByteArray &aad = {});
Result<QByteArray> aesGcmOpen(const QByteArray &key, const QByteArray &nonce, const QByteArray &sealed,
                              const QByteArray &aad = {});

} // namespace concord::crypto
