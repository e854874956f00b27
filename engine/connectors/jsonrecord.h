#pragma once
// Records read from JSON, as REST sources page through them and webhook receivers take them:
// a record object whose fields are found by name or by the `column:` path of the field, or an
// array whose items follow a list of column names.

#include "model/record.h"
#include "workspace/workspace.h"

#include <QJsonValue>

namespace concord {

// The value at `path` ("data.rows", "result[0].items"; "" is `root` itself); undefined when absent.
QJsonValue jsonAt(const QJsonValue &root, const QString &path);

// Fills `c` (an upsert, or a delete when the dataset's soft_delete field says so) from `item`,
// each value typed by its field where it converts (left as it came where not: the mapping
// reports it). False when `item` is neither an object nor (with `columns`) an array, or a key
// field is missing; `why` says which.
bool changeFromJson(const DatasetDef &dataset, const QJsonValue &item, Change &c, QString *why = nullptr);

} // namespace concord
