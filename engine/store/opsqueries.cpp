#include "store/opsqueries.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace concord::opsql {

namespace {

Error queryError(const QSqlQuery &q, const QString &what)
{
    return makeError(ErrorCode::StateStoreError, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

DeadLetterRecord readLetter(const QSqlQuery &q)
{
    DeadLetterRecord d;
    d.id = q.value(0).toLongLong();
    d.pipeline = q.value(1).toString();
    d.runId = q.value(2).toLongLong();
    d.key = q.value(3).toString();
    d.op = q.value(4).toString();
    d.payload = q.value(5).toString();
    d.errorCode = q.value(6).toString();
    d.errorMessage = q.value(7).toString();
    d.mappingVersion = q.value(8).toString();
    d.sourceVersion = q.value(9).toString();
    d.traceId = q.value(10).toString();
    d.status = q.value(11).toString();
    d.createdAt = parseTime(q.value(12));
    d.attempts = q.value(13).toInt();
    d.edited = q.value(14).toInt() != 0;
    d.resolvedAt = parseTime(q.value(15));
    d.resolvedBy = q.value(16).toString();
    d.resolution = q.value(17).toString();
    return d;
}

const char *kLetterColumns = "id, pipeline, run_id, record_key, op, payload, error_code, error_message, mapping_version, "
                             "source_version, trace_id, status, created_at, attempts, edited, resolved_at, resolved_by, "
                             "resolution";

} // namespace

QString listText(const QStringList &names)
{
    return names.isEmpty() ? QStringLiteral("")
                           : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString &text)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Result<QMap<QString, QPair<QString, QDateTime>>> lastRuns(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pipeline, status, started_at FROM runs WHERE id IN "
                               "(SELECT MAX(id) FROM runs WHERE dry_run = 0 GROUP BY pipeline)")))
        return queryError(q, QStringLiteral("cannot read runs"));
    QMap<QString, QPair<QString, QDateTime>> out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toString(), parseTime(q.value(2))});
    return out;
}

Result<QList<PipelineControl>> controls(const QSqlDatabase &db, const QString &pipeline)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pipeline, paused, paused_by, paused_at, pause_reason, retry_attempt, next_attempt_at, "
                             "consecutive_failures, last_error_code, last_error, exhausted, last_scheduled_at, "
                             "last_succeeded_at FROM pipeline_control WHERE IFNULL(?, '') = '' OR pipeline = ? ORDER BY pipeline"));
    q.addBindValue(pipeline);
    q.addBindValue(pipeline);
    if (!q.exec())
        return queryError(q, QStringLiteral("cannot read pipeline control"));
    QList<PipelineControl> out;
    while (q.next()) {
        PipelineControl c;
        c.pipeline = q.value(0).toString();
        c.paused = q.value(1).toInt() != 0;
        c.pausedBy = q.value(2).toString();
        c.pausedAt = parseTime(q.value(3));
        c.pauseReason = q.value(4).toString();
        c.retryAttempt = q.value(5).toInt();
        c.nextAttemptAt = parseTime(q.value(6));
        c.consecutiveFailures = q.value(7).toInt();
        c.lastErrorCode = q.value(8).toString();
        c.lastError = q.value(9).toString();
        c.exhausted = q.value(10).toInt() != 0;
        c.lastScheduledAt = parseTime(q.value(11));
        c.lastSucceededAt = parseTime(q.value(12));
        out.append(c);
    }
    return out;
}

Result<QList<CircuitState>> circuits(const QSqlDatabase &db, const QString &system)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT system, open, failures, opened_at, next_probe_at, probes, last_error FROM circuits "
                             "WHERE IFNULL(?, '') = '' OR system = ? ORDER BY system"));
    q.addBindValue(system);
    q.addBindValue(system);
    if (!q.exec())
        return queryError(q, QStringLiteral("cannot read circuits"));
    QList<CircuitState> out;
    while (q.next()) {
        CircuitState c;
        c.system = q.value(0).toString();
        c.open = q.value(1).toInt() != 0;
        c.failures = q.value(2).toInt();
        c.openedAt = parseTime(q.value(3));
        c.nextProbeAt = parseTime(q.value(4));
        c.probes = q.value(5).toInt();
        c.lastError = q.value(6).toString();
        out.append(c);
    }
    return out;
}

Result<QList<MetricBucket>> metrics(const QSqlDatabase &db, const QString &pipeline, const QDateTime &from,
                                    const QDateTime &to)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT bucket, captured, written, failed, retried, dead_lettered, runs, runs_failed, backlog, "
                             "latency, requests, not_modified, rate_limited FROM metrics WHERE (IFNULL(?, '') = '' OR pipeline = ?) AND bucket >= ? AND bucket < ? "
                             "ORDER BY bucket"));
    q.addBindValue(pipeline);
    q.addBindValue(pipeline);
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec())
        return queryError(q, QStringLiteral("cannot read metrics"));
    QList<MetricBucket> out;
    while (q.next()) {
        const qint64 bucket = q.value(0).toLongLong();
        if (out.isEmpty() || out.back().start.toSecsSinceEpoch() != bucket) {
            MetricBucket b;
            b.start = QDateTime::fromSecsSinceEpoch(bucket, Qt::UTC);
            out.append(b);
        }
        MetricDelta &v = out.back().values; // pipelines of the same minute add up
        v.captured += q.value(1).toLongLong();
        v.written += q.value(2).toLongLong();
        v.failed += q.value(3).toLongLong();
        v.retried += q.value(4).toLongLong();
        v.deadLettered += q.value(5).toLongLong();
        v.runs += q.value(6).toLongLong();
        v.runsFailed += q.value(7).toLongLong();
        if (!q.value(8).isNull())
            v.backlog = std::max<qint64>(0, v.backlog) + q.value(8).toLongLong();
        v.latency.merge(LatencyHistogram::fromText(q.value(9).toString()));
        v.requests += q.value(10).toLongLong();
        v.notModified += q.value(11).toLongLong();
        v.rateLimited += q.value(12).toLongLong();
    }
    return out;
}

Result<QList<AlertRecord>> alerts(const QSqlDatabase &db, bool includeResolved, int limit, const QString &pipeline,
                                  const QString &rule)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, rule, severity, pipeline, message, value, raised_at, last_seen_at, acknowledged_at, "
                             "acknowledged_by, resolved_at FROM alerts WHERE (? OR resolved_at IS NULL) "
                             "AND (IFNULL(?, '') = '' OR pipeline = ?) AND (IFNULL(?, '') = '' OR rule = ?) "
                             "ORDER BY resolved_at IS NOT NULL, id DESC LIMIT ?"));
    q.addBindValue(includeResolved ? 1 : 0);
    q.addBindValue(pipeline);
    q.addBindValue(pipeline);
    q.addBindValue(rule);
    q.addBindValue(rule);
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(q, QStringLiteral("cannot read alerts"));
    QList<AlertRecord> out;
    while (q.next()) {
        AlertRecord a;
        a.id = q.value(0).toLongLong();
        a.rule = q.value(1).toString();
        a.severity = q.value(2).toString();
        a.pipeline = q.value(3).toString();
        a.message = q.value(4).toString();
        a.value = q.value(5).toDouble();
        a.raisedAt = parseTime(q.value(6));
        a.lastSeenAt = parseTime(q.value(7));
        a.acknowledgedAt = parseTime(q.value(8));
        a.acknowledgedBy = q.value(9).toString();
        a.resolvedAt = parseTime(q.value(10));
        out.append(a);
    }
    return out;
}

Result<QList<DeadLetterRecord>> deadLetters(const QSqlDatabase &db, const DeadLetterFilter &f)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM dead_letters WHERE (IFNULL(?, '') = '' OR pipeline = ?) AND (? = 'all' OR status = ?) "
                             "AND (IFNULL(?, '') = '' OR error_code = ?) AND (IFNULL(?, '') = '' OR instr(lower(record_key), lower(?)) > 0 "
                             "OR instr(lower(error_message), lower(?)) > 0) ORDER BY id DESC LIMIT ?")
                  .arg(QLatin1String(kLetterColumns)));
    const QString status = f.status.isEmpty() ? QStringLiteral("all") : f.status;
    for (const QVariant &v : {QVariant(f.pipeline), QVariant(f.pipeline), QVariant(status), QVariant(status),
                              QVariant(f.errorCode), QVariant(f.errorCode), QVariant(f.text), QVariant(f.text),
                              QVariant(f.text), QVariant(f.limit)})
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, QStringLiteral("cannot read dead letters"));
    QList<DeadLetterRecord> out;
    while (q.next())
        out.append(readLetter(q));
    return out;
}

Result<std::optional<DeadLetterRecord>> deadLetter(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM dead_letters WHERE id = ?").arg(QLatin1String(kLetterColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QStringLiteral("cannot read dead letter %1").arg(id));
    if (!q.next())
        return std::optional<DeadLetterRecord>();
    return std::optional<DeadLetterRecord>(readLetter(q));
}

} // namespace concord::opsql
