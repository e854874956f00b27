#include "consistency/fieldcompare.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstring>

namespace concord {

namespace {

quint64 mix(quint64 x)
{
    // The finaliser of splitmix64: every input bit reaches every output bit.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

enum Tag : quint8 { TNull = 1, TBool, TNumber, TDecimal, TString, TDate, TTimestamp, TJson, TBin };

// Code-point order of two UTF-16 strings (what UTF-8 byte order gives): a surrogate pair sorts
// after every BMP character, unlike plain UTF-16 code-unit order.
int compareCodePoints(const QString &a, const QString &b)
{
    const QChar *p = a.constData();
    const QChar *q = b.constData();
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = p[i].unicode();
        const char16_t y = q[i].unicode();
        if (x == y)
            continue;
        const bool xs = x >= 0xD800 && x <= 0xDFFF;
        const bool ys = y >= 0xD800 && y <= 0xDFFF;
        if (xs != ys)
            return xs ? 1 : -1;
        return x < y ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

int typeRank(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Null: return 0;
    case Value::Type::Bool:
    case Value::Type::Int:
    case Value::Type::Decimal: return 1;
    case Value::Type::String: return 2;
    default: return 3;
    }
}

double toDouble(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Int: return double(v.intValue());
    case Value::Type::Decimal: return v.decimalValue().toString().toDouble();
    case Value::Type::Bool: return v.boolValue() ? 1 : 0;
    default: return 0;
    }
}

bool isNumber(const Value &v)
{
    return v.type() == Value::Type::Int || v.type() == Value::Type::Decimal;
}

} // namespace

Value canonicalJson(const Value &v)
{
    // Wrapped in an array so that a scalar parses too; objects come out with their keys sorted.
    const QByteArray text = v.jsonText().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + QByteArray("]"));
    if (!doc.isArray() || doc.array().size() != 1)
        return v; // not JSON after all: compared as written
    const QByteArray compact = doc.toJson(QJsonDocument::Compact);
    return Value::fromJsonText(QString::fromUtf8(compact.mid(1, compact.size() - 2)));
}

quint64 RowHasher::finish() const
{
    return mix(m_h);
}

void hashValue(RowHasher &h, const Value &v)
{
    switch (v.type()) {
    case Value::Type::Null: h.addTag(TNull); return;
    case Value::Type::Bool: h.addTag(TBool); h.addTag(v.boolValue() ? 1 : 0); return;
    case Value::Type::Int: h.addTag(TNumber); h.addInt(v.intValue()); return;
    case Value::Type::Decimal: {
        // Integral decimals hash as the integer they equal; others by their normalised text.
        if (const auto i = v.decimalValue().toInt64()) {
            h.addTag(TNumber);
            h.addInt(*i);
            return;
        }
        const QByteArray t = v.decimalValue().normalized().toUtf8();
        h.addTag(TDecimal);
        h.add(t.constData(), std::size_t(t.size()));
        return;
    }
    case Value::Type::String: {
        const QString &s = v.stringValue();
        h.addTag(TString);
        h.addInt(s.size());
        h.add(s.constData(), std::size_t(s.size()) * sizeof(QChar));
        return;
    }
    case Value::Type::Date: h.addTag(TDate); h.addInt(v.dateValue().toJulianDay()); return;
    case Value::Type::Timestamp: h.addTag(TTimestamp); h.addInt(v.timestampValue().usecsSinceEpochUtc); return;
    case Value::Type::Json: {
        const QString &s = v.jsonText();
        h.addTag(TJson);
        h.addInt(s.size());
        h.add(s.constData(), std::size_t(s.size()) * sizeof(QChar));
        return;
    }
    }
}

FieldComparer::FieldComparer(const FieldTolerance &tolerance) : m_t(tolerance)
{
    static const QList<QPair<QString, qint64>> units = {
        {QStringLiteral("millisecond"), 1000LL},     {QStringLiteral("second"), 1000000LL},
        {QStringLiteral("minute"), 60000000LL},      {QStringLiteral("hour"), 3600000000LL},
        {QStringLiteral("day"), 86400000000LL}};
    for (const auto &u : units)
        if (u.first == m_t.precision)
            m_truncateUsecs = u.second;
    m_exact = m_t.epsilon <= 0 && m_truncateUsecs == 0 && !m_t.trim && !m_t.ignoreCase && !m_t.emptyIsNull;
}

Value FieldComparer::normalised(const Value &v) const
{
    if (v.type() == Value::Type::Json)
        return canonicalJson(v);
    if (m_exact)
        return v;
    switch (v.type()) {
    case Value::Type::String: {
        QString s = m_t.trim ? v.stringValue().trimmed() : v.stringValue();
        if (m_t.ignoreCase)
            s = s.toCaseFolded();
        if (m_t.emptyIsNull && s.isEmpty())
            return Value();
        return Value::fromString(std::move(s));
    }
    case Value::Type::Timestamp: {
        if (m_truncateUsecs == 0)
            return v;
        Timestamp t = v.timestampValue();
        // Floor towards minus infinity so that times before 1970 truncate the same way.
        qint64 u = t.usecsSinceEpochUtc;
        qint64 r = u % m_truncateUsecs;
        if (r < 0)
            r += m_truncateUsecs;
        t.usecsSinceEpochUtc = u - r;
        return Value::fromTimestamp(t);
    }
    default: return v;
    }
}

bool FieldComparer::equal(const Value &a, const Value &b) const
{
    if (a.type() == Value::Type::Json || b.type() == Value::Type::Json)
        return normalised(a) == normalised(b);
    if (m_exact)
        return a == b;
    if (m_t.epsilon > 0 && isNumber(a) && isNumber(b))
        return a == b || std::fabs(toDouble(a) - toDouble(b)) <= m_t.epsilon * (1 + 1e-12);
    return normalised(a) == normalised(b);
}

void FieldComparer::hash(RowHasher &h, const Value &v) const
{
    if (m_t.epsilon > 0 && isNumber(v)) {
        // The epsilon-wide bin the value falls in: equal values share it, close ones mostly do.
        h.addTag(TBin);
        h.addInt(qint64(std::floor(toDouble(v) / m_t.epsilon)));
        return;
    }
    hashValue(h, normalised(v));
}

int compareKeys(const Key &a, const Key &b)
{
    const std::size_t n = std::min(a.parts.size(), b.parts.size());
    for (std::size_t i = 0; i < n; ++i) {
        const Value &x = a.parts[i];
        const Value &y = b.parts[i];
        const int rx = typeRank(x);
        const int ry = typeRank(y);
        if (rx != ry)
            return rx < ry ? -1 : 1;
        int c = 0;
        if (rx == 2)
            c = compareCodePoints(x.stringValue(), y.stringValue());
        else if (rx != 0)
            c = x.compare(y);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return a.parts.size() < b.parts.size() ? -1 : (a.parts.size() > b.parts.size() ? 1 : 0);
}

} // namespace concord
