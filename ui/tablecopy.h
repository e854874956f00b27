#pragma once
// Ctrl+C on a table copies the selected cells as tab-separated lines (UX.md: every table copies
// its selection as TSV), so that a selection pastes into Excel as the same cells.

#include <QString>

class QAbstractItemView;

namespace concord {

// The selected cells of `view` as shown (display text), one line per row in view order, columns
// separated by tabs; hidden columns are left out.
QString selectionAsTsv(const QAbstractItemView *view);
// Adds the Ctrl+C shortcut (the platform's Copy keys) to `view`.
void addTsvCopy(QAbstractItemView *view);

} // namespace concord
