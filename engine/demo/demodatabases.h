#pragma once
// Writes the five department databases of the demo workspace with the SQLite C API: schema,
// indexes and rows, in one transaction per file. The file must not exist yet.

#include "core/error.h"
#include "demo/demoworkspace.h"

#include <QList>
#include <QString>

namespace concord::demo {

Result<void> writeCrmDatabase(const QString &path, const DemoOptions &options); // sales
Result<void> writeWarehouseDatabase(const QString &path); // empty target
Result<void> writeFinanceDatabase(const QString &path, const DemoOptions &options); // finance
Result<void> writeTaxDatabase(const QString &path); // empty target
Result<void> writeServiceDatabase(const QString &path, const DemoOptions &options); // contacts; customers empty

// Ids of the opportunities whose amount is deliberately not a number (1000, 2000 and 3000 with
// the default sizes). Fewer than three when there are fewer than three opportunities.
QList<qint64> badOpportunityIds(int opportunities);

} // namespace concord::demo
