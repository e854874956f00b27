#pragma once
// How the conflict page marks things, in one place: the tints of the three-way view (a field in
// conflict, a side that changed, the value taken, a choice still missing), mixed from the palette so
// they read on light and dark themes alike, and the queue's icon (two sides meeting in a result).

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace concord::conflictstyle {

QColor conflictBackground(const QPalette &palette);
QColor changedBackground(const QPalette &palette);
QColor chosenBackground(const QPalette &palette);
QColor undecidedBackground(const QPalette &palette);
// The banner of a conflict that changed since it was shown.
QColor warningColor();
QIcon conflictIcon();

} // namespace concord::conflictstyle
