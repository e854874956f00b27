#include "policy/masking.h"

#include "policy/crypto.h"

#include <QDateTime>
#include <QRegularExpression>

namespace concord {

namespace {

const QString kStrategies = QStringLiteral(
    "hash, hash(N), partial(A,B), partial(mobile|id_card|bank_card|email), generalize(month|year), "
    "generalize(B1, B2, ...), null or token");
const QByteArray kTokenPrefix = QByteArrayLiteral("tok1:");
const QByteArray kTokenAad = QByteArrayLiteral("concord token 1");

Error maskError(const QString &message)
{
    return makeError(ErrorCode::ConfigInvalid, message);
}

// Stars for every character (code point) of `text`: what a malformed value gets.
QString starsFor(const QString &text)
{
    return QString(text.toUcs4().size(), QLatin1Char('*'));
}

QString digitsOnly(const QString &text, bool *onlySeparators)
{
    QString digits;
    *onlySeparators = true;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 0x80)
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            *onlySeparators = false;
    }
    return digits;
}

QString keepEnds(const QString &text, int start, int end)
{
    const QList<uint> cps = text.toUcs4();
    const int n = int(cps.size());
    if (start + end >= n)
        return QString(n, QLatin1Char('*'));
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), start)
        + QString(n - start - end, QLatin1Char('*'))
        + QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + n - end, end);
}

QString maskMobile(const QString &text)
{
    // 1[3-9] and nine more digits, optionally after 86 or +86; spaces and dashes are separators.
    // Checked by hand: this runs once per record of every pipeline that masks a phone number.
    char digits[16];
    int n = 0;
    bool clean = true;
    for (qsizetype i = 0; i < text.size() && clean; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            if (n == int(sizeof digits))
                clean = false;
            else
                digits[n++] = char(c);
        } else if (c != u' ' && c != u'-' && !(c == u'+' && n == 0)) {
            clean = false;
        }
    }
    const char *d = digits;
    if (clean && n == 13 && d[0] == '8' && d[1] == '6') {
        d += 2;
        n = 11;
    }
    if (!clean || n != 11 || d[0] != '1' || d[1] < '3')
        return starsFor(text);
    QString out(11, QLatin1Char('*'));
    for (int i : {0, 1, 2, 7, 8, 9, 10})
        out[i] = QLatin1Char(d[i]);
    return out;
}

QString maskIdCard(const QString &text)
{
    const QString id = QString(text).remove(QLatin1Char(' ')).toUpper();
    static const QRegularExpression shape(QStringLiteral("^([0-9]{17}[0-9X]|[0-9]{15})$"));
    if (!shape.match(id).hasMatch())
        return starsFor(text);
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

QString maskBankCard(const QString &text)
{
    bool clean = false;
    const QString digits = digitsOnly(text, &clean);
    if (!clean || digits.size() < 12 || digits.size() > 19)
        return starsFor(text);
    return digits.left(4) + QString(digits.size() - 8, QLatin1Char('*')) + digits.right(4);
}

QString maskEmail(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype at = t.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == t.size() - 1 || !t.mid(at + 1).contains(QLatin1Char('.')))
        return starsFor(text);
    const QList<uint> local = t.left(at).toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(local.constData()), 1) + QStringLiteral("***")
        + t.mid(at);
}

Result<Value> generalizeTime(const Value &v, bool year)
{
    const auto start = [year](const QDate &d) { return QDate(d.year(), year ? 1 : d.month(), 1); };
    if (v.type() == Value::Type::Date)
        return Value::fromDate(start(v.dateValue()));
    if (v.type() == Value::Type::Timestamp) {
        const Timestamp &t = v.timestampValue();
        const QDate first = start(t.localDate());
        Timestamp out = Timestamp::fromDate(first);
        if (!t.naive) {
            out.naive = false;
            out.offsetMinutes = t.offsetMinutes;
            out.usecsSinceEpochUtc -= qint64(t.offsetMinutes) * 60 * 1000000;
        }
        return Value::fromTimestamp(out);
    }
    return makeError(ErrorCode::TypeMismatch, QStringLiteral("generalize(%1) needs a date or timestamp, got %2")
                                                  .arg(year ? QStringLiteral("year") : QStringLiteral("month"),
                                                       Value::typeName(v.type())));
}

Result<Value> generalizeNumber(const Value &v, const QList<Decimal> &bands)
{
    if (v.type() != Value::Type::Int && v.type() != Value::Type::Decimal)
        return makeError(ErrorCode::TypeMismatch,
                         QStringLiteral("generalize to bands needs a number, got %1").arg(Value::typeName(v.type())));
    const Decimal d = v.type() == Value::Type::Int ? Decimal::fromInt(v.intValue()) : v.decimalValue();
    const Decimal *band = nullptr;
    for (const Decimal &b : bands)
        if (b.compare(d) <= 0)
            band = &b;
    if (!band)
        return Value();
    if (v.type() == Value::Type::Int) {
        if (const auto i = band->toInt64())
            return Value::fromInt(*i);
        return Value::fromDecimal(*band);
    }
    // Written at the value's own scale where it fits, so the target column takes it unchanged.
    const auto same = band->rescaled(d.scale(), Decimal::Rounding::Down);
    return Value::fromDecimal(same && same->compare(*band) == 0 ? *same : *band);
}

QByteArray base64Url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QString MaskStrategy::text() const
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Hash:
        return hashLength == 64 ? QStringLiteral("hash") : QStringLiteral("hash(%1)").arg(hashLength);
    case Kind::Token:
        return QStringLiteral("token");
    case Kind::Partial:
        switch (pattern) {
        case Pattern::Mobile:
            return QStringLiteral("partial(mobile)");
        case Pattern::IdCard:
            return QStringLiteral("partial(id_card)");
        case Pattern::BankCard:
            return QStringLiteral("partial(bank_card)");
        case Pattern::Email:
            return QStringLiteral("partial(email)");
        case Pattern::Custom:
            break;
        }
        return QStringLiteral("partial(%1,%2)").arg(keepStart).arg(keepEnd);
    case Kind::Generalize:
        if (unit == Unit::Month)
            return QStringLiteral("generalize(month)");
        if (unit == Unit::Year)
            return QStringLiteral("generalize(year)");
        QStringList b;
        for (const Decimal &d : bands)
            b.append(d.toString());
        return QStringLiteral("generalize(%1)").arg(b.join(QStringLiteral(", ")));
    }
    return {};
}

Result<MaskStrategy> parseMaskStrategy(const QString &input)
{
    static const QRegularExpression form(QStringLiteral("^\\s*([a-z_]+)\\s*(?:\\((.*)\\))?\\s*$"));
    const auto m = form.match(input);
    const auto unknown = [&input] {
        return maskError(QStringLiteral("unknown mask '%1': expected %2").arg(input, kStrategies));
    };
    if (!m.hasMatch())
        return unknown();
    const QString name = m.captured(1);
    const bool hasArgs = m.capturedLength(2) > 0 || input.contains(QLatin1Char('('));
    QStringList args;
    for (const QString &a : m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        args.append(a.trimmed());
    MaskStrategy s;
    if (name == QLatin1String("null") && !hasArgs) {
        s.kind = MaskStrategy::Kind::Null;
    } else if (name == QLatin1String("token") && !hasArgs) {
        s.kind = MaskStrategy::Kind::Token;
    } else if (name == QLatin1String("hash")) {
        s.kind = MaskStrategy::Kind::Hash;
        if (hasArgs) {
            bool ok = false;
            s.hashLength = args.size() == 1 ? args[0].toInt(&ok) : 0;
            if (!ok || s.hashLength < 8 || s.hashLength > 64)
                return maskError(QStringLiteral("mask '%1': hash(N) keeps N hex digits, N from 8 to 64").arg(input));
        }
    } else if (name == QLatin1String("partial") && hasArgs) {
        s.kind = MaskStrategy::Kind::Partial;
        const QString a = args.value(0);
        if (args.size() == 1 && a == QLatin1String("mobile"))
            s.pattern = MaskStrategy::Pattern::Mobile;
        else if (args.size() == 1 && a == QLatin1String("id_card"))
            s.pattern = MaskStrategy::Pattern::IdCard;
        else if (args.size() == 1 && a == QLatin1String("bank_card"))
            s.pattern = MaskStrategy::Pattern::BankCard;
        else if (args.size() == 1 && a == QLatin1String("email"))
            s.pattern = MaskStrategy::Pattern::Email;
        else {
            bool ok1 = false, ok2 = false;
            s.keepStart = args.size() == 2 ? args[0].toInt(&ok1) : -1;
            s.keepEnd = args.size() == 2 ? args[1].toInt(&ok2) : -1;
            if (!ok1 || !ok2 || s.keepStart < 0 || s.keepEnd < 0 || s.keepStart > 64 || s.keepEnd > 64)
                return maskError(QStringLiteral("mask '%1': partial takes two counts, characters kept at the start "
                                                "and at the end (partial(3,4)), or a pattern: mobile, id_card, "
                                                "bank_card, email")
                                     .arg(input));
        }
    } else if (name == QLatin1String("generalize") && hasArgs) {
        s.kind = MaskStrategy::Kind::Generalize;
        if (args.size() == 1 && args[0] == QLatin1String("month")) {
            s.unit = MaskStrategy::Unit::Month;
        } else if (args.size() == 1 && args[0] == QLatin1String("year")) {
            s.unit = MaskStrategy::Unit::Year;
        } else {
            s.unit = MaskStrategy::Unit::Bands;
            for (const QString &a : std::as_const(args)) {
                const auto d = Decimal::parse(a);
                if (!d || (!s.bands.isEmpty() && d->compare(s.bands.last()) <= 0))
                    return maskError(QStringLiteral("mask '%1': generalize takes month, year, or band bounds in "
                                                    "ascending order (generalize(0, 1000, 10000))")
                                         .arg(input));
                s.bands.append(*d);
            }
            if (s.bands.isEmpty())
                return unknown();
        }
    } else {
        return unknown();
    }
    return s;
}

MaskKeys MaskKeys::fromSecret(const QByteArray &workspaceSecret)
{
    MaskKeys k;
    k.hashKey = crypto::deriveKey(workspaceSecret, "mask/hash");
    k.tokenKey = crypto::deriveKey(workspaceSecret, "mask/token");
    k.tokenNonceKey = crypto::deriveKey(workspaceSecret, "mask/token-nonce");
    return k;
}

QString maskPartial(const QString &text, const MaskStrategy &s)
{
    switch (s.pattern) {
    case MaskStrategy::Pattern::Mobile:
        return maskMobile(text);
    case MaskStrategy::Pattern::IdCard:
        return maskIdCard(text);
    case MaskStrategy::Pattern::BankCard:
        return maskBankCard(text);
    case MaskStrategy::Pattern::Email:
        return maskEmail(text);
    case MaskStrategy::Pattern::Custom:
        break;
    }
    return keepEnds(text, s.keepStart, s.keepEnd);
}

Result<Value> applyMask(const MaskStrategy &s, const Value &value, const MaskKeys &keys)
{
    if (value.isNull())
        return Value();
    switch (s.kind) {
    case MaskStrategy::Kind::Null:
        return Value();
    case MaskStrategy::Kind::Hash: {
        if (!keys.isValid())
            return makeError(ErrorCode::PolicyDenied, QStringLiteral("no workspace secret to hash with"));
        const QByteArray mac = crypto::hmacSha256(keys.hashKey, value.toString().toUtf8());
        return Value::fromString(QString::fromLatin1(mac.toHex().left(s.hashLength)));
    }
    case MaskStrategy::Kind::Partial:
        return Value::fromString(maskPartial(value.toString(), s));
    case MaskStrategy::Kind::Generalize:
        if (s.unit == MaskStrategy::Unit::Bands)
            return generalizeNumber(value, s.bands);
        return generalizeTime(value, s.unit == MaskStrategy::Unit::Year);
    case MaskStrategy::Kind::Token: {
        if (!keys.isValid())
            return makeError(ErrorCode::PolicyDenied, QStringLiteral("no workspace secret to make tokens with"));
        const QByteArray plain = value.toString().toUtf8();
        // The nonce comes from the value itself: equal values give equal tokens, and two different
        // values never share a nonce (that would break GCM).
        const QByteArray nonce = crypto::hmacSha256(keys.tokenNonceKey, plain).left(crypto::NonceSize);
        const auto sealed = crypto::aesGcmSeal(keys.tokenKey, nonce, plain, kTokenAad);
        if (!sealed.ok())
            return sealed.error();
        return Value::fromString(QString::fromLatin1(kTokenPrefix + base64Url(nonce + *sealed)));
    }
    }
    return Value();
}

Result<QString> unmaskToken(const QString &token, const MaskKeys &keys)
{
    const QByteArray t = token.trimmed().toLatin1();
    const auto bad = [] {
        return makeError(ErrorCode::PolicyDenied, QStringLiteral("not a Concord token (expected tok1:...)"));
    };
    if (!t.startsWith(kTokenPrefix))
        return bad();
    const auto decoded = QByteArray::fromBase64Encoding(t.mid(kTokenPrefix.size()),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < crypto::NonceSize + crypto::TagSize)
        return bad();
    const auto plain = crypto::aesGcmOpen(keys.tokenKey, decoded.decoded.left(crypto::NonceSize),
                                          decoded.decoded.mid(crypto::NonceSize), kTokenAad);
    if (!plain.ok())
        return plain.error();
    return QString::fromUtf8(*plain);
}

bool isValidIdCard(const QString &text)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    const QString id = text.trimmed().toUpper();
    if (id.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = id[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        sum += (c.unicode() - '0') * weights[i];
    }
    return id[17] == QLatin1Char(checks[sum % 11]);
}

bool passesLuhn(const QString &text)
{
    bool clean = false;
    const QString digits = digitsOnly(text, &clean);
    if (!clean || digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

} // namespace concord
