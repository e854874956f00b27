#include "mapping/texttransform.h"

#include <cstring>

namespace concord {

namespace {

// Four UTF-16 code units are handled as one 64-bit word, one 16-bit lane each. A lane holds
// ASCII when none of its bits 0xFF80 is set. For ASCII lanes x, x + (0x80 - lo) reaches 0x80
// exactly when x >= lo, and x + (0x80 - hi - 1) exactly when x > hi; neither sum leaves its lane
// (both stay below 0x100). So the 0x80 bit of the first and not the second marks a letter in
// [lo, hi], and shifting that mark down by two gives the 0x20 bit that tells the cases apart.
constexpr quint64 NonAscii = 0xFF80FF80FF80FF80ULL;
constexpr quint64 Bit80 = 0x0080008000800080ULL;
constexpr quint64 lanes(quint64 v)
{
    return v * 0x0001000100010001ULL;
}

struct AsciiRange
{
    char16_t lo;
    char16_t hi;
    quint64 addLo;
    quint64 addHi;
};

constexpr AsciiRange Lowercase{u'a', u'z', lanes(0x80 - 'a'), lanes(0x80 - 'z' - 1)};
constexpr AsciiRange Uppercase{u'A', u'Z', lanes(0x80 - 'A'), lanes(0x80 - 'Z' - 1)};

inline quint64 letters(quint64 word, const AsciiRange &r)
{
    return (word + r.addLo) & ~(word + r.addHi) & Bit80;
}

inline quint64 load(const char16_t *p)
{
    quint64 w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Where the first letter of `range` is in `src` (-1: none), or -2 when `src` is not all ASCII.
qsizetype firstLetter(QStringView src, const AsciiRange &range)
{
    const char16_t *p = src.utf16();
    const qsizetype n = src.size();
    qsizetype first = -1;
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        const quint64 w = load(p + i);
        if (w & NonAscii)
            return -2;
        if (first < 0 && letters(w, range))
            first = i; // the word's first unit: close enough, the conversion starts there
    }
    for (; i < n; ++i) {
        const char16_t c = p[i];
        if (c >= 0x80)
            return -2;
        if (first < 0 && c >= range.lo && c <= range.hi)
            first = i;
    }
    return first;
}

// Converts the letters of `range` in the all-ASCII units src[0, n) to the other case, into dst
// (which may be src itself).
void convertAscii(const char16_t *src, char16_t *dst, qsizetype n, const AsciiRange &range)
{
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 word = load(src + i);
        word ^= letters(word, range) >> 2;
        std::memcpy(dst + i, &word, sizeof word);
    }
    for (; i < n; ++i) {
        const char16_t c = src[i];
        dst[i] = c >= range.lo && c <= range.hi ? char16_t(c ^ 0x20) : c;
    }
}

// Makes `s` n units long for writing, reusing its buffer when no one else shares it and it is big
// enough (the output record's previous value, in the mapper). Returns its first unit.
char16_t *writable(QString &s, qsizetype n)
{
    if (s.isDetached() && s.capacity() >= n)
        s.resize(n);
    else
        s = QString(n, Qt::Uninitialized);
    return reinterpret_cast<char16_t *>(s.data());
}

} // namespace

std::optional<TextStep> textStepFromName(QStringView name)
{
    if (name == u"trim")
        return TextStep::Trim;
    if (name == u"upper")
        return TextStep::Upper;
    if (name == u"lower")
        return TextStep::Lower;
    return std::nullopt;
}

bool applyTextSteps(const std::vector<TextStep> &steps, const QString &text, QString &out)
{
    Q_ASSERT(&text != &out);
    QStringView cur(text);
    bool inOut = false; // cur is a view of `out` (written by a case step), otherwise of `text`
    for (const TextStep step : steps) {
        if (step == TextStep::Trim) {
            cur = cur.trimmed();
            continue;
        }
        const bool upper = step == TextStep::Upper;
        const AsciiRange &range = upper ? Lowercase : Uppercase;
        const qsizetype first = firstLetter(cur, range);
        if (first == -1)
            continue; // nothing to change
        if (first == -2) {
            // Through a const copy: Qt's in-place conversion of a temporary treats a lone
            // surrogate at the end differently, and results must equal text.toUpper()'s.
            const QString whole = cur.toString();
            out = upper ? whole.toUpper() : whole.toLower();
            cur = out;
            inOut = true;
            continue;
        }
        const qsizetype n = cur.size();
        char16_t *dst;
        if (inOut) { // in place: `out` was made here, so no one shares it
            dst = reinterpret_cast<char16_t *>(out.data()) + (cur.data() - out.constData());
        } else {
            const char16_t *src = cur.utf16();
            dst = writable(out, n);
            std::memcpy(dst, src, std::size_t(first) * sizeof(char16_t));
            cur = QStringView(src, n); // (unchanged: still the view of `text`)
        }
        convertAscii(cur.utf16() + first, dst + first, n - first, range);
        cur = QStringView(dst, n);
        inOut = true;
    }
    if (!inOut) {
        if (cur.size() == text.size())
            return false;
        const qsizetype n = cur.size();
        const char16_t *src = cur.utf16();
        std::memcpy(writable(out, n), src, std::size_t(n) * sizeof(char16_t));
        return true;
    }
    if (cur.isEmpty()) {
        out.truncate(0);
        return true;
    }
    // A trim after the last case step: move the kept part to the front.
    const qsizetype offset = cur.data() - out.constData();
    if (offset != 0 || cur.size() != out.size()) {
        const qsizetype n = cur.size();
        char16_t *d = reinterpret_cast<char16_t *>(out.data());
        std::memmove(d, d + offset, std::size_t(n) * sizeof(char16_t));
        out.truncate(n);
    }
    return true;
}

QString convertCase(const QString &text, bool upper)
{
    const AsciiRange &range = upper ? Lowercase : Uppercase;
    const qsizetype first = firstLetter(text, range);
    if (first == -1)
        return text;
    if (first == -2)
        return upper ? text.toUpper() : text.toLower();
    QString out(text.size(), Qt::Uninitialized);
    convertAscii(QStringView(text).utf16(), reinterpret_cast<char16_t *>(out.data()), text.size(), range);
    return out;
}

} // namespace concord
