#pragma once
// The text steps of a field's `transform:` chain (trim, upper, lower), applied without the
// intermediate strings a step-by-step chain makes: trims narrow a view, and a case step writes a
// new string only when a character changes. Results are exactly QString's trimmed(), toUpper()
// and toLower() (tst_mapping compares them on random text and on every UTF-16 unit). ASCII is
// converted here four units at a time, Latin-1 letters and the caseless CJK, kana and Hangul
// ranges unit by unit; anything else goes to Qt's full Unicode case mapping (about ten times the
// cost per character, see tests/bench/bench_mapping).

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace concord {

enum class TextStep { Trim, Upper, Lower };

// The step a mapping file calls `name` ("trim", "upper", "lower"); nullopt for anything else.
std::optional<TextStep> textStepFromName(QStringView name);

// Applies `steps` in order to `text`. Returns false when the result is `text` unchanged (the
// caller can share it); otherwise sets `out` to the result. `out` may hold an earlier result:
// when no other string shares its buffer and the buffer is big enough, the result is written into
// it (no allocation). `out` must not be `text` itself.
bool applyTextSteps(const std::vector<TextStep> &steps, const QString &text, QString &out);

// text.toUpper() / text.toLower(), with the ASCII fast path; shares `text` when nothing changes.
QString convertCase(const QString &text, bool upper);

} // namespace concord
