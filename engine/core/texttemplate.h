#pragma once
// Text templates with {{NAME}} and {{NAME|filter}} placeholders, as REST request bodies and
// signed-request headers use them (docs/connectors-rest.md). Names are upper case
// (LAST_SYNC_TIME, OFFSET ...), filters lower case (datetime, epoch ...).

#include "core/error.h"

#include <QList>
#include <QString>

#include <functional>

namespace concord {

struct TemplatePlaceholder
{
    QString name;
    QString filter; // "" without one
    int offset = 0; // where "{{" starts in the text
};

// The placeholders of `text` in order, or CONFIG_INVALID naming the first malformed one
// (an unclosed "{{", an empty or lower-case name).
Result<QList<TemplatePlaceholder>> templatePlaceholders(const QString &text);

// `text` with each placeholder replaced by what `value` returns for it. `value` may refuse a
// placeholder with an error, which is returned.
Result<QString> renderTemplate(const QString &text,
                               const std::function<Result<QString>(const TemplatePlaceholder &)> &value);

// The text as it may stand inside a JSON string literal: quotes, backslashes and control
// characters escaped, nothing added around it.
QString jsonStringEscape(const QString &text);

} // namespace concord
