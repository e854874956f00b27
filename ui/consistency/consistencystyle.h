#pragma once
// How the consistency page marks things, in one place: a colour per discrepancy kind (the table's
// mark, the summary tiles, the trend chart's lines) and the highlight of a differing field, mixed
// from the palette so it reads on light and dark themes alike.

#include "consistency/consistencytypes.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace concord::consistencystyle {

QColor kindColor(DiscrepancyKind kind);
// A small rounded square in the kind's colour.
QIcon kindIcon(DiscrepancyKind kind);
// `color` laid over the palette's base at `opacity`: a tint that keeps the text readable.
QColor tint(const QPalette &palette, const QColor &color, double opacity);
// The background of a field that differs between source and target.
QColor differingBackground(const QPalette &palette);
// Good news (source and target agree) and bad news, for banners and tile numbers.
QColor goodColor();
QColor badColor();

} // namespace concord::consistencystyle
