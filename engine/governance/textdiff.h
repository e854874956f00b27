#pragma once
// A unified diff of two texts, line by line (`diff -u` format, three lines of context), for the
// audit trail: a mapping or workspace change is recorded with what it changed.

#include <QString>

namespace concord {

// Empty when the texts are equal. `oldLabel`/`newLabel` name the sides in the ---/+++ header.
QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldLabel, const QString &newLabel,
                    int context = 3);

} // namespace concord
