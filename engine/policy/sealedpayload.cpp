#include "policy/sealedpayload.h"

#include "policy/crypto.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace concord {

namespace {

const QLatin1String SealedKey("$sealed");
const QLatin1String SealedPrefix("p1:");
const QLatin1String KeyPrefix("k1:");

} // namespace

PayloadCodec::PayloadCodec(const DatasetDef &dataset, const QByteArray &workspaceSecret) : m_dataset(&dataset)
{
    const QList<Field> &fields = dataset.schema.fields;
    m_sealed.assign(std::size_t(fields.size()), 0);
    for (int i = 0; i < fields.size(); ++i)
        m_sealed[std::size_t(i)] = fields[i].effectiveSensitivity() == Sensitivity::L3 ? 1 : 0;
    for (const int k : dataset.schema.keyIndexes())
        if (k >= 0 && m_sealed[std::size_t(k)])
            m_keyIsSensitive = true;
    if (std::find(m_sealed.cbegin(), m_sealed.cend(), 1) == m_sealed.cend())
        m_sealed.clear();
    if (!workspaceSecret.isEmpty()) {
        m_key = crypto::deriveKey(workspaceSecret, "payload");
        m_keyHashKey = crypto::deriveKey(workspaceSecret, "payload/key");
    }
}

QByteArray PayloadCodec::aad(int field) const
{
    return QByteArrayLiteral("concord payload 1|") + m_dataset->id.toUtf8() + '|'
        + m_dataset->schema.fields[field].name.toUtf8();
}

bool PayloadCodec::isSealed(const QJsonValue &value)
{
    return value.isObject() && value.toObject().value(SealedKey).toString().startsWith(SealedPrefix);
}

Result<QString> PayloadCodec::encode(const Record &record) const
{
    QJsonObject payload;
    if (!m_dataset)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("no dataset to encode a payload for"));
    const QList<Field> &fields = m_dataset->schema.fields;
    // An L3 value typed into another field (a phone number in a note) is sealed there too.
    QStringList sensitive;
    for (std::size_t i = 0; i < m_sealed.size() && i < record.values.size(); ++i)
        if (m_sealed[i] && !record.values[i].isNull() && record.values[i].toString().size() >= 3)
            sensitive.append(record.values[i].toString());
    const auto holdsSensitive = [&sensitive](const Value &v) {
        if (sensitive.isEmpty() || v.isNull())
            return false;
        const QString text = v.toString();
        return std::any_of(sensitive.cbegin(), sensitive.cend(),
                           [&text](const QString &s) { return text.contains(s, Qt::CaseInsensitive); });
    };
    for (int i = 0; i < fields.size() && std::size_t(i) < record.values.size(); ++i) {
        const Value &v = record.values[std::size_t(i)];
        const bool seal = !m_sealed.empty() && !v.isNull() && (m_sealed[std::size_t(i)] || holdsSensitive(v));
        if (!seal) {
            payload.insert(fields[i].name, v.toJson());
            continue;
        }
        if (m_key.isEmpty())
            return makeError(ErrorCode::PolicyDenied,
                             QStringLiteral("no workspace secret to seal the L3 field '%1' with").arg(fields[i].name));
        const auto nonce = crypto::randomBytes(crypto::NonceSize);
        if (!nonce.ok())
            return nonce.error();
        const QByteArray plain = QJsonDocument(QJsonArray{v.toJson()}).toJson(QJsonDocument::Compact);
        const auto sealed = crypto::aesGcmSeal(m_key, *nonce, plain, aad(i));
        if (!sealed.ok())
            return sealed.error();
        const QByteArray blob = *nonce + *sealed;
        const QString text = SealedPrefix
            + QString::fromLatin1(blob.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QJsonObject sealedValue;
        sealedValue.insert(SealedKey, text);
        payload.insert(fields[i].name, sealedValue);
    }
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Result<Record> PayloadCodec::decode(const QString &text) const
{
    if (!m_dataset)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("no dataset to decode a payload for"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("a stored payload is not a JSON object (%1)")
                                                       .arg(parseError.errorString()));
    const QJsonObject payload = doc.object();
    const QList<Field> &fields = m_dataset->schema.fields;
    Record record;
    record.values.reserve(std::size_t(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const QJsonValue json = payload.value(fields[i].name);
        if (!json.isObject() || !json.toObject().contains(SealedKey)) {
            record.values.push_back(Value::fromJson(json));
            continue;
        }
        const QString sealedText = json.toObject().value(SealedKey).toString();
        const auto failed = [&](const QString &why) {
            return makeError(ErrorCode::PolicyDenied,
                             QStringLiteral("the sealed value of field '%1' does not open: %2").arg(fields[i].name, why));
        };
        if (!sealedText.startsWith(SealedPrefix))
            return failed(QStringLiteral("unknown format"));
        if (m_key.isEmpty())
            return failed(QStringLiteral("no workspace secret"));
        const QByteArray blob = QByteArray::fromBase64(sealedText.mid(SealedPrefix.size()).toLatin1(),
                                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (blob.size() < crypto::NonceSize + crypto::TagSize)
            return failed(QStringLiteral("too short"));
        const auto plain = crypto::aesGcmOpen(m_key, blob.left(crypto::NonceSize), blob.mid(crypto::NonceSize), aad(i));
        if (!plain.ok())
            return failed(QStringLiteral("another workspace secret, or the stored bytes were changed"));
        const QJsonDocument inner = QJsonDocument::fromJson(*plain);
        if (!inner.isArray() || inner.array().size() != 1)
            return failed(QStringLiteral("unexpected content"));
        record.values.push_back(Value::fromJson(inner.array().at(0)));
    }
    return record;
}

QString PayloadCodec::storedKey(const Key &key) const
{
    return storedKeyText(key.toString());
}

QString PayloadCodec::storedKeyText(const QString &keyText) const
{
    if (!m_keyIsSensitive || m_keyHashKey.isEmpty())
        return keyText;
    return KeyPrefix + QString::fromLatin1(crypto::hmacSha256(m_keyHashKey, keyText.toUtf8()).toHex().left(32));
}

} // namespace concord
