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
    bool upper;   // converting to upper case (the range is the lower-case letters)
    quint64 addLo;
    quint64 addHi;
};

constexpr AsciiRange Lowercase{true, lanes(0x80 - 'a'), lanes(0x80 - 'z' - 1)};
constexpr AsciiRange Uppercase{false, lanes(0x80 - 'A'), lanes(0x80 - 'Z' - 1)};

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

// What the unit `c` becomes in the other case, when that is one unit for one and known here:
// ASCII and Latin-1 letters, and the caseless scripts that Chinese, Japanese and Korean text is
// written in (CJK punctuation, kana, bopomofo, ideographs, Hangul syllables), which stay as they
// are. -1 when only Qt's full Unicode mapping knows: µ, ß and ÿ in upper case (they leave
// Latin-1 or become two letters), any other script, surrogates. tst_mapping compares every unit
// handled here with Qt's own result.
inline int otherCase(char16_t c, bool upper)
{
    if (c < 0x80) {
        const bool letter = upper ? (c >= u'a' && c <= u'z') : (c >= u'A' && c <= u'Z');
        return letter ? c ^ 0x20 : c;
    }
    if (c < 0x100) {
        if (upper) {
            if (c == 0xB5 || c == 0xDF || c == 0xFF)
                return -1;
            return c >= 0xE0 && c != 0xF7 ? c - 0x20 : c;
        }
        return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 0x20 : c;
    }
    if ((c >= 0x3000 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3))
        return c;
    return -1;
}

// Where the conversion of `src` has to start (-1: nothing changes), or -2 when some unit needs
// Qt's full mapping.
qsizetype firstChange(QStringView src, const AsciiRange &range)
{
    const char16_t *p = src.utf16();
    const qsizetype n = src.size();
    qsizetype first = -1;
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        const quint64 w = load(p + i);
        if (!(w & NonAscii)) {
            if (first < 0 && letters(w, range))
                first = i; // the word's first unit: close enough, the conversion starts there
            continue;
        }
        for (qsizetype k = i; k < i + 4; ++k) {
            const int m = otherCase(p[k], range.upper);
            if (m < 0)
                return -2;
            if (first < 0 && m != p[k])
                first = k;
        }
    }
    for (; i < n; ++i) {
        const int m = otherCase(p[i], range.upper);
        if (m < 0)
            return -2;
        if (first < 0 && m != p[i])
            first = i;
    }
    return first;
}

// Converts src[0, n), which firstChange() found free of units that need Qt, into dst (which may
// be src itself): words of ASCII at once, other words unit by unit.
void convertUnits(const char16_t *src, char16_t *dst, qsizetype n, const AsciiRange &range)
{
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 word = load(src + i);
        if (!(word & NonAscii)) {
            word ^= letters(word, range) >> 2;
            std::memcpy(dst + i, &word, sizeof word);
            continue;
        }
        for (qsizetype k = i; k < i + 4; ++k)
            dst[k] = char16_t(otherCase(src[k], range.upper));
    }
    for (; i < n; ++i)
        dst[i] = char16_t(otherCase(src[i], range.upper));
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
        const qsizetype first = firstChange(cur, range);
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
        convertUnits(cur.utf16() + first, dst + first, n - first, range);
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
    const qsizetype first = firstChange(text, range);
    if (first == -1)
        return text;
    if (first == -2)
        return upper ? text.toUpper() : text.toLower();
    QString out(text.size(), Qt::Uninitialized);
    convertUnits(QStringView(text).utf16(), reinterpret_cast<char16_t *>(out.data()), text.size(), range);
    return out;
}

} // namespace concord
