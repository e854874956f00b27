// StateStore: operational state (docs/operations.md) — pipeline control, circuits, metrics, alerts.

#include "store/statestore.h"

#include "store/opsqueries.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(opsql::timeText(t)) : QVariant();
}

QString nowText()
{
    return opsql::timeText(QDateTime::currentDateTimeUtc());
}

} // namespace

Result<PipelineControl> StateStore::control(const QString &pipeline) const
{
    const auto all = opsql::controls(QSqlDatabase::database(m_connection, false), pipeline);
    if (!all.ok())
        return all.error();
    if (all->isEmpty()) {
        PipelineControl c;
        c.pipeline = pipeline;
        return c;
    }
    return all->front();
}

Result<QList<PipelineControl>> StateStore::controls() const
{
    return opsql::controls(QSqlDatabase::database(m_connection, false));
}

Result<QMap<QString, QPair<QString, QDateTime>>> StateStore::lastRuns() const
{
    return opsql::lastRuns(QSqlDatabase::database(m_connection, false));
}

Result<void> StateStore::saveControl(const PipelineControl &c)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO pipeline_control (pipeline, paused, paused_by, paused_at, pause_reason, "
                             "retry_attempt, next_attempt_at, consecutive_failures, last_error_code, last_error, exhausted, "
                             "last_scheduled_at, last_succeeded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (pipeline) DO UPDATE SET paused = excluded.paused, paused_by = excluded.paused_by, "
                             "paused_at = excluded.paused_at, pause_reason = excluded.pause_reason, "
                             "retry_attempt = excluded.retry_attempt, next_attempt_at = excluded.next_attempt_at, "
                             "consecutive_failures = excluded.consecutive_failures, last_error_code = excluded.last_error_code, "
                             "last_error = excluded.last_error, exhausted = excluded.exhausted, "
                             "last_scheduled_at = excluded.last_scheduled_at, last_succeeded_at = excluded.last_succeeded_at"));
    for (const QVariant &v : {QVariant(c.pipeline), QVariant(c.paused ? 1 : 0), QVariant(c.pausedBy), timeOrNull(c.pausedAt),
                              QVariant(c.pauseReason), QVariant(c.retryAttempt), timeOrNull(c.nextAttemptAt),
                              QVariant(c.consecutiveFailures), QVariant(c.lastErrorCode), QVariant(c.lastError),
                              QVariant(c.exhausted ? 1 : 0), timeOrNull(c.lastScheduledAt), timeOrNull(c.lastSucceededAt)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store the control state of %1").arg(c.pipeline));
    return {};
}

Result<CircuitState> StateStore::circuit(const QString &system) const
{
    const auto all = opsql::circuits(QSqlDatabase::database(m_connection, false), system);
    if (!all.ok())
        return all.error();
    if (all->isEmpty()) {
        CircuitState c;
        c.system = system;
        return c;
    }
    return all->front();
}

Result<QList<CircuitState>> StateStore::circuits() const
{
    return opsql::circuits(QSqlDatabase::database(m_connection, false));
}

Result<void> StateStore::saveCircuit(const CircuitState &c)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO circuits (system, open, failures, opened_at, next_probe_at, probes, last_error) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system) DO UPDATE SET open = excluded.open, "
                             "failures = excluded.failures, opened_at = excluded.opened_at, "
                             "next_probe_at = excluded.next_probe_at, probes = excluded.probes, last_error = excluded.last_error"));
    for (const QVariant &v : {QVariant(c.system), QVariant(c.open ? 1 : 0), QVariant(c.failures), timeOrNull(c.openedAt),
                              timeOrNull(c.nextProbeAt), QVariant(c.probes), QVariant(c.lastError)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store the circuit of %1").arg(c.system));
    return {};
}

Result<void> StateStore::addMetricsInTransaction(const QString &pipeline, const QDateTime &at, const MetricDelta &d)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const qint64 bucket = bucketOf(at);
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT latency FROM metrics WHERE pipeline = ? AND bucket = ?"));
    read.addBindValue(pipeline);
    read.addBindValue(bucket);
    if (!read.exec())
        return sqlError(QStringLiteral("cannot read metrics"));
    LatencyHistogram latency = d.latency;
    if (read.next())
        latency.merge(LatencyHistogram::fromText(read.value(0).toString()));
    read.finish();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO metrics (pipeline, bucket, captured, written, failed, retried, dead_lettered, runs, "
                             "runs_failed, backlog, latency, requests, not_modified, rate_limited) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (pipeline, bucket) DO UPDATE SET captured = captured + excluded.captured, "
                             "written = written + excluded.written, failed = failed + excluded.failed, "
                             "retried = retried + excluded.retried, dead_lettered = dead_lettered + excluded.dead_lettered, "
                             "runs = runs + excluded.runs, runs_failed = runs_failed + excluded.runs_failed, "
                             "backlog = COALESCE(excluded.backlog, backlog), latency = excluded.latency, "
                             "requests = requests + excluded.requests, not_modified = not_modified + excluded.not_modified, "
                             "rate_limited = rate_limited + excluded.rate_limited"));
    for (const QVariant &v : {QVariant(pipeline), QVariant(bucket), QVariant(d.captured), QVariant(d.written),
                              QVariant(d.failed), QVariant(d.retried), QVariant(d.deadLettered), QVariant(d.runs),
                              QVariant(d.runsFailed), d.backlog >= 0 ? QVariant(d.backlog) : QVariant(),
                              // an empty histogram is "", never NULL (the column is NOT NULL)
                              QVariant(latency.toText().isNull() ? QString(QLatin1String("")) : latency.toText()),
                              QVariant(d.requests), QVariant(d.notModified), QVariant(d.rateLimited)})
        q.addBindValue(v);
    if (!q.exec())
        return makeError(ErrorCode::StateStoreError,
                         QStringLiteral("cannot record metrics: %1").arg(q.lastError().text()));
    return {};
}

Result<void> StateStore::addMetrics(const QString &pipeline, const QDateTime &at, const MetricDelta &delta)
{
    if (delta.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot begin a transaction"));
    if (auto r = addMetricsInTransaction(pipeline, at, delta); !r.ok()) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        db.rollback();
        return sqlError(QStringLiteral("cannot commit metrics"));
    }
    return {};
}

Result<QList<MetricBucket>> StateStore::metrics(const QString &pipeline, const QDateTime &from, const QDateTime &to) const
{
    return opsql::metrics(QSqlDatabase::database(m_connection, false), pipeline, from, to);
}

Result<void> StateStore::pruneMetrics(const QDateTime &before)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM metrics WHERE bucket < ?"));
    q.addBindValue(before.toSecsSinceEpoch());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot prune metrics"));
    return {};
}

Result<QList<AlertRecord>> StateStore::alerts(bool includeResolved, int limit) const
{
    return opsql::alerts(QSqlDatabase::database(m_connection, false), includeResolved, limit);
}

Result<std::optional<AlertRecord>> StateStore::activeAlert(const QString &rule, const QString &pipeline) const
{
    const auto found = opsql::alerts(QSqlDatabase::database(m_connection, false), false, 1, pipeline, rule);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return std::optional<AlertRecord>();
    return std::optional<AlertRecord>(found->front());
}

Result<AlertRecord> StateStore::raiseAlert(const QString &rule, const QString &severity, const QString &pipeline,
                                           const QString &message, double value, bool *isNew)
{
    const auto active = activeAlert(rule, pipeline);
    if (!active.ok())
        return active.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString ts = nowText();
    if (active->has_value()) {
        q.prepare(QStringLiteral("UPDATE alerts SET message = ?, value = ?, last_seen_at = ?, severity = ? WHERE id = ?"));
        for (const QVariant &v : {QVariant(message), QVariant(value), QVariant(ts), QVariant(severity),
                                  QVariant((*active)->id)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot update an alert"));
        if (isNew)
            *isNew = false;
        AlertRecord a = **active;
        a.message = message;
        a.value = value;
        a.severity = severity;
        a.lastSeenAt = QDateTime::fromString(ts, Qt::ISODateWithMs);
        return a;
    }
    q.prepare(QStringLiteral("INSERT INTO alerts (rule, severity, pipeline, message, value, raised_at, last_seen_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(rule), QVariant(severity), QVariant(pipeline), QVariant(message), QVariant(value),
                              QVariant(ts), QVariant(ts)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record an alert"));
    if (isNew)
        *isNew = true;
    AlertRecord a;
    a.id = q.lastInsertId().toLongLong();
    a.rule = rule;
    a.severity = severity;
    a.pipeline = pipeline;
    a.message = message;
    a.value = value;
    a.raisedAt = a.lastSeenAt = opsql::parseTime(ts);
    return a;
}

Result<void> StateStore::resolveAlert(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE alerts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot resolve an alert"));
    return {};
}

Result<bool> StateStore::acknowledgeAlert(qint64 id, const QString &actor)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? "
                             "AND acknowledged_at IS NULL"));
    q.addBindValue(nowText());
    q.addBindValue(actor);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot acknowledge an alert"));
    return q.numRowsAffected() > 0;
}

Result<void> StateStore::markAlertNotified(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE alerts SET notified_at = ? WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot mark an alert notified"));
    return {};
}

} // namespace concord
