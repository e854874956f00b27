#pragma once
// The SQL that reads operational state (store/opstypes.h), shared by StateStore (the engine's
// connection) and StoreReader (the console's read-only one).

#include "core/error.h"
#include "governance/metrics.h"
#include "store/opstypes.h"

#include <QMap>
#include <QPair>
#include <QSqlDatabase>

#include <optional>

namespace concord::opsql {

Result<QList<PipelineControl>> controls(const QSqlDatabase &db, const QString &pipeline = {});
Result<QList<CircuitState>> circuits(const QSqlDatabase &db, const QString &system = {});
Result<QList<MetricBucket>> metrics(const QSqlDatabase &db, const QString &pipeline, const QDateTime &from,
                                    const QDateTime &to);
Result<QList<AlertRecord>> alerts(const QSqlDatabase &db, bool includeResolved, int limit,
                                  const QString &pipeline = {}, const QString &rule = {});
Result<QList<DeadLetterRecord>> deadLetters(const QSqlDatabase &db, const DeadLetterFilter &filter);
Result<std::optional<DeadLetterRecord>> deadLetter(const QSqlDatabase &db, qint64 id);

// The last real (not dry) run of each pipeline: status and start time.
Result<QMap<QString, QPair<QString, QDateTime>>> lastRuns(const QSqlDatabase &db);

QString timeText(const QDateTime &t); // ISO with ms, UTC; empty for an invalid time
// A list of names as a JSON array text ("" for none), and back.
QString listText(const QStringList &names);
QStringList listFrom(const QString &text);
QDateTime parseTime(const QVariant &v);

} // namespace concord::opsql
