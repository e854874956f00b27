#pragma once
// Records kept in the state store — outbox entries waiting to be written, dead letters waiting for
// a steward — are JSON objects of the source record's fields. The store is a file on a laptop, so
// an L3 field's value is never in it in clear: it is sealed with AES-256-GCM under a key derived
// from the workspace secret ("concord/payload"), with a fresh random nonce, bound to the dataset
// and field name (a sealed value moved to another field does not open):
//
//   {"id": 42, "phone": {"$sealed": "p1:<base64url of nonce | ciphertext | tag>"}, ...}
//
// A value of another field that contains one of the record's L3 values (three characters or more,
// ignoring case: a phone number typed into a note) is sealed the same way. The plaintext is the
// value's JSON, so its type survives. A record key made of an L3 field is
// stored as a keyed hash ("k1:" + 32 hex digits): equal keys still match, nothing can be read back.

#include "core/error.h"
#include "model/record.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace concord {

class PayloadCodec
{
public:
    PayloadCodec() = default;
    // `secret` may be empty when the dataset has no L3 field; sealing then has nothing to do.
    PayloadCodec(const DatasetDef &dataset, const QByteArray &workspaceSecret);

    bool needsSecret() const { return !m_sealed.empty() || m_keyIsSensitive; }
    // Whether a key field is L3: storedKey hashes keys (with the secret).
    bool keyIsSensitive() const { return m_keyIsSensitive; }
    // Keys are hashed even though no key field of this dataset is L3 (a key made from an L3 value
    // of another dataset); storedKey then needs the secret given to the constructor.
    void hashKeys() { m_keyIsSensitive = true; }

    // The record as stored: L3 values sealed. Fails only when the secret is missing or OpenSSL fails.
    Result<QString> encode(const Record &record) const;
    // Back to a record in the dataset's field order. A sealed value that does not open (another
    // secret, a changed byte) is a POLICY_DENIED error: never a wrong value.
    Result<Record> decode(const QString &payload) const;
    // The key as the store keeps it: its text, or a keyed hash when a key field is L3.
    QString storedKey(const Key &key) const;
    // The same for a key's text (Key::toString), as a person types it.
    QString storedKeyText(const QString &keyText) const;

    // Whether `text` holds a sealed value (for tests and the canary scan).
    static bool isSealed(const QJsonValue &value);

private:
    QByteArray aad(int field) const;

    const DatasetDef *m_dataset = nullptr;
    std::vector<char> m_sealed; // per field: L3, sealed in the store
    bool m_keyIsSensitive = false;
    QByteArray m_key;           // AES-256 key for payloads
    QByteArray m_keyHashKey;    // HMAC key for stored record keys
};

} // namespace concord
