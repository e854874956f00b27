#include "policy/suggest.h"

#include "policy/masking.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace concord {

namespace {

constexpr int kKindCount = 5;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-');
}

// The ASCII digits of `text` when everything else in it is a space or a dash; otherwise (or when
// there are more than `maxDigits` of them) an empty string.
QString separatedDigits(const QString &text, int maxDigits)
{
    QString digits;
    for (const QChar c : text) {
        if (isAsciiDigit(c)) {
            if (digits.size() == maxDigits)
                return {};
            digits += c;
        } else if (!isSeparator(c)) {
            return {};
        }
    }
    return digits;
}

int twoDigits(const QString &text, int at)
{
    return (text[at].unicode() - '0') * 10 + (text[at + 1].unicode() - '0');
}

bool isEmailLabel(QStringView label)
{
    if (label.isEmpty() || label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
        return false;
    return std::all_of(label.begin(), label.end(),
                       [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('-'); });
}

QString kindDescription(TagSuggestion::Kind kind)
{
    switch (kind) {
    case TagSuggestion::Kind::Mobile: return QStringLiteral("a Chinese mobile number");
    case TagSuggestion::Kind::IdCard: return QStringLiteral("a resident ID card number");
    case TagSuggestion::Kind::BankCard: return QStringLiteral("a bank card number");
    case TagSuggestion::Kind::Email: return QStringLiteral("an email address");
    case TagSuggestion::Kind::Address: return QStringLiteral("a street address");
    }
    return {};
}

QString kindMask(TagSuggestion::Kind kind)
{
    switch (kind) {
    case TagSuggestion::Kind::Mobile: return QStringLiteral("partial(mobile)");
    case TagSuggestion::Kind::IdCard: return QStringLiteral("partial(id_card)");
    case TagSuggestion::Kind::BankCard: return QStringLiteral("partial(bank_card)");
    case TagSuggestion::Kind::Email: return QStringLiteral("partial(email)");
    case TagSuggestion::Kind::Address: return QStringLiteral("null");
    }
    return {};
}

} // namespace

QString suggestionKindName(TagSuggestion::Kind kind)
{
    switch (kind) {
    case TagSuggestion::Kind::Mobile: return QStringLiteral("mobile");
    case TagSuggestion::Kind::IdCard: return QStringLiteral("id_card");
    case TagSuggestion::Kind::BankCard: return QStringLiteral("bank_card");
    case TagSuggestion::Kind::Email: return QStringLiteral("email");
    case TagSuggestion::Kind::Address: return QStringLiteral("address");
    }
    return {};
}

double TagSuggestion::share() const
{
    return samples > 0 ? double(matches) / double(samples) : 0.0;
}

QString TagSuggestion::summary() const
{
    // Integer percentage rounded down: 499 of 500 is 99%, never an overstated 100%.
    const qint64 percent = samples > 0 ? qint64(matches) * 100 / samples : 0;
    // One arg() call: a field name containing "%3" must not be substituted again.
    return QStringLiteral("%1 looks like %2 in %3% of %4 %5 %6 %7, %8")
        .arg(fieldName, kindDescription(kind), QString::number(percent), QString::number(samples),
             samples == 1 ? QStringLiteral("sample") : QStringLiteral("samples"), QString(QChar(0x2192)),
             sensitivityName(level), mask);
}

bool looksLikeMobile(const QString &text)
{
    QString t = text.trimmed();
    const bool plus = t.startsWith(QLatin1Char('+'));
    if (plus)
        t.remove(0, 1);
    QString digits = separatedDigits(t, 13);
    if (plus || digits.size() == 13) {
        if (digits.size() != 13 || !digits.startsWith(QLatin1String("86")))
            return false;
        digits.remove(0, 2);
    }
    return digits.size() == 11 && digits[0] == QLatin1Char('1') && digits[1] >= QLatin1Char('3')
        && digits[1] <= QLatin1Char('9');
}

bool looksLikeIdCard(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 18)
        return isValidIdCard(t);
    if (t.size() != 15 || !std::all_of(t.begin(), t.end(), isAsciiDigit))
        return false;
    // First-generation cards: the birth date as YYMMDD, all in the 1900s.
    return QDate::isValid(1900 + twoDigits(t, 6), twoDigits(t, 8), twoDigits(t, 10));
}

bool looksLikeBankCard(const QString &text)
{
    const QString digits = separatedDigits(text.trimmed(), 19);
    if (digits.size() < 16 || !passesLuhn(digits))
        return false;
    return !looksLikeMobile(digits) && !looksLikeIdCard(digits);
}

bool looksLikeEmail(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype at = t.indexOf(QLatin1Char('@'));
    if (at <= 0 || t.lastIndexOf(QLatin1Char('@')) != at)
        return false;

    const QStringView local = QStringView(t).left(at);
    static const QString forbidden = QStringLiteral("\"(),:;<>[\\]");
    for (const QChar c : local) {
        if (c.isSpace() || c.unicode() < 0x20 || forbidden.contains(c))
            return false;
    }
    if (local.front() == QLatin1Char('.') || local.back() == QLatin1Char('.')
        || local.contains(QLatin1String("..")))
        return false;

    const QStringView domain = QStringView(t).mid(at + 1);
    const QList<QStringView> labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2 || !std::all_of(labels.begin(), labels.end(), isEmailLabel))
        return false;
    const QStringView tld = labels.back();
    return tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), [](QChar c) { return c.isLetter(); });
}

bool looksLikeAddress(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;

    if (t.size() >= 6) {
        static const QString regionMarkers = QStringLiteral("省市区县");
        static const QString streetMarkers = QStringLiteral("路街道号巷弄村镇");
        bool region = false;
        bool street = false;
        for (const QChar c : t) {
            region = region || regionMarkers.contains(c);
            street = street || streetMarkers.contains(c);
        }
        if (region && street)
            return true;
    }

    if (!isAsciiDigit(t[0]))
        return false;
    static const QRegularExpression english(
        QStringLiteral("^[0-9]+[a-z]?(?:-[0-9]+)?\\s+(?:[a-z][a-z0-9'.-]*\\s+)+"
                       "(?:street|st|road|rd|avenue|ave|lane|ln)\\.?(?:$|[\\s,])"),
        QRegularExpression::CaseInsensitiveOption);
    return english.match(t).hasMatch();
}

QList<TagSuggestion> suggestTags(const DatasetDef &dataset, const std::vector<Record> &samples,
                                 double minShare, int minSamples)
{
    using Detector = bool (*)(const QString &);
    static const std::array<Detector, kKindCount> detectors = {
        looksLikeMobile, looksLikeIdCard, looksLikeBankCard, looksLikeEmail, looksLikeAddress};

    QList<TagSuggestion> out;
    const QList<Field> &fields = dataset.schema.fields;
    for (int f = 0; f < fields.size(); ++f) {
        const Field &field = fields[f];
        const bool isString = field.type.kind == FieldType::String;
        if (!isString && field.type.kind != FieldType::Int)
            continue;
        if (field.sensitivity == Sensitivity::L3 && !field.mask.trimmed().isEmpty())
            continue; // already restricted and masked: nothing to change

        std::array<int, kKindCount> matches{};
        int looked = 0;
        for (const Record &record : samples) {
            if (std::size_t(f) >= record.size())
                continue;
            const Value &value = record[std::size_t(f)];
            QString text;
            bool digitsOnly = false; // an int: only the digit kinds can match
            switch (value.type()) {
            case Value::Type::Null:
                continue;
            case Value::Type::String:
                text = value.stringValue().trimmed();
                if (text.isEmpty())
                    continue;
                break;
            case Value::Type::Int:
                text = QString::number(value.intValue());
                digitsOnly = true;
                break;
            default:
                break; // a sample, but nothing matches it
            }
            ++looked;
            if (text.isEmpty())
                continue;
            for (int k = 0; k < kKindCount; ++k) {
                const auto kind = TagSuggestion::Kind(k);
                if (digitsOnly && kind != TagSuggestion::Kind::Mobile && kind != TagSuggestion::Kind::BankCard)
                    continue;
                if (detectors[std::size_t(k)](text))
                    ++matches[std::size_t(k)];
            }
        }

        if (looked == 0 || looked < minSamples)
            continue;
        // The first kind with the most matches: max_element keeps the first of equal ones.
        const auto best = std::max_element(matches.begin(), matches.end());
        if (*best == 0 || double(*best) < minShare * double(looked) - 1e-9)
            continue;

        TagSuggestion s;
        s.field = f;
        s.fieldName = field.name;
        s.kind = TagSuggestion::Kind(best - matches.begin());
        s.matches = *best;
        s.samples = looked;
        s.level = Sensitivity::L3;
        s.mask = kindMask(s.kind);
        out.append(s);
    }
    return out;
}

} // namespace concord
