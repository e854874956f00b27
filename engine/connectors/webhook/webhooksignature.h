#pragma once
// The signature of a webhook request (docs/webhooks.md §2, the settlement → tax design):
//   X-Timestamp: Unix seconds
//   X-Signature: sha256:<hex of HMAC-SHA-256(secret, X-Timestamp + "." + body)>
//   X-Source-System: the sender's name
// Concord's receiver checks it and its own sink writes it.

#include <QByteArray>

namespace concord {

QByteArray webhookSignature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);

// Whether `signature` (as sent in X-Signature) is right for the timestamp and body, compared in
// constant time. Accepts "sha256:" and "sha256=" before the hex digits.
bool webhookSignatureMatches(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body,
                             const QByteArray &signature);

} // namespace concord
