#pragma once
// The state store's schema, as forward migrations. Step N takes a store from version N-1 to N.
// Never edit a step that has shipped: add a new one.

#include "core/error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace concord::migrations {

// Statements of each step, step 1 first.
const QList<QStringList> &steps();

// Brings `db` (PRAGMA user_version) up to steps.size(), one transaction per step. Refuses a
// database whose version is newer than the steps known here.
Result<int> apply(QSqlDatabase &db, const QList<QStringList> &steps);

} // namespace concord::migrations
