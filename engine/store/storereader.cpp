#include "store/storereader.h"

#include "store/opsqueries.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

QDateTime parseTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

StoreReader::StoreReader()
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("concord-reader-%1").arg(counter.fetchAndAddRelaxed(1));
}

StoreReader::~StoreReader()
{
    close();
}

Result<void> StoreReader::open(const QString &path)
{
    close();
    m_path = path;
    return ensureOpen();
}

Result<void> StoreReader::ensureOpen() const
{
    if (QSqlDatabase::contains(m_connection))
        return {};
    const QString path = m_path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {}; // nothing has run yet: every view is empty until the engine creates the store
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        const Error e = makeError(ErrorCode::StateStoreError, QStringLiteral("cannot read the state store %1: %2")
                                                                  .arg(path, db.lastError().text()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return e;
    }
    return {};
}

void StoreReader::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QList<PipelineStatus> StoreReader::pipelineStatuses() const
{
    QList<PipelineStatus> out;
    if (!ensureOpen().ok() || !QSqlDatabase::contains(m_connection))
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const bool ok = q.exec(QStringLiteral(
        "SELECT r.pipeline, r.status, r.started_at, r.rows_inserted + r.rows_updated + r.rows_deleted, r.rows_failed,"
        " (SELECT COALESCE(SUM(rows_inserted + rows_updated + rows_deleted), 0) FROM runs t"
        "   WHERE t.pipeline = r.pipeline AND t.dry_run = 0),"
        " (SELECT COUNT(*) FROM dead_letters d WHERE d.pipeline = r.pipeline AND d.status = 'open'),"
        " (SELECT position FROM checkpoints c WHERE c.pipeline = r.pipeline)"
        " FROM runs r WHERE r.id IN (SELECT MAX(id) FROM runs WHERE dry_run = 0 GROUP BY pipeline)"));
    if (!ok)
        return out;
    while (q.next()) {
        PipelineStatus s;
        s.pipeline = q.value(0).toString();
        s.lastStatus = q.value(1).toString();
        s.lastRunAt = parseTime(q.value(2));
        s.lastRowsWritten = q.value(3).toLongLong();
        s.lastRowsFailed = q.value(4).toLongLong();
        s.totalRowsWritten = q.value(5).toLongLong();
        s.openDeadLetters = q.value(6).toLongLong();
        s.checkpoint = q.value(7).toString();
        out.append(s);
    }
    return out;
}

QList<RunRecord> StoreReader::recentRuns(const QString &pipeline, int limit) const
{
    QList<RunRecord> out;
    if (!ensureOpen().ok() || !QSqlDatabase::contains(m_connection))
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Two statements rather than "? = '' OR pipeline = ?", so that SQLite can use the index.
    q.prepare(QStringLiteral("SELECT id, pipeline, status, dry_run, started_at, finished_at, rows_read,"
                             " rows_inserted + rows_updated + rows_deleted, rows_failed, error, actor, trace_id"
                             " FROM runs %1 ORDER BY id DESC LIMIT ?")
                  .arg(pipeline.isEmpty() ? QString() : QStringLiteral("WHERE pipeline = ?")));
    if (!pipeline.isEmpty())
        q.addBindValue(pipeline);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        RunRecord r;
        r.id = q.value(0).toLongLong();
        r.pipeline = q.value(1).toString();
        r.status = q.value(2).toString();
        r.dryRun = q.value(3).toInt() != 0;
        r.startedAt = parseTime(q.value(4));
        r.finishedAt = parseTime(q.value(5));
        r.read = q.value(6).toLongLong();
        r.written = q.value(7).toLongLong();
        r.failed = q.value(8).toLongLong();
        r.error = q.value(9).toString();
        r.actor = q.value(10).toString();
        r.traceId = q.value(11).toString();
        out.append(r);
    }
    return out;
}

QList<DeadLetterRecord> StoreReader::deadLetters(const QString &pipeline, int limit) const
{
    DeadLetterFilter f;
    f.pipeline = pipeline;
    f.status = QStringLiteral("all");
    f.limit = limit;
    return deadLetters(f);
}

QList<DeadLetterRecord> StoreReader::deadLetters(const DeadLetterFilter &filter) const
{
    if (!ensureOpen().ok() || !QSqlDatabase::contains(m_connection))
        return {};
    return opsql::deadLetters(QSqlDatabase::database(m_connection, false), filter).value_or({});
}

std::optional<DeadLetterRecord> StoreReader::deadLetter(qint64 id) const
{
    if (!ensureOpen().ok() || !QSqlDatabase::contains(m_connection))
        return std::nullopt;
    return opsql::deadLetter(QSqlDatabase::database(m_connection, false), id).value_or(std::nullopt);
}

QList<PipelineControl> StoreReader::controls() const
{
    if (!ensureOpen().ok() || !QSqlDatabase::contains(m_connection))
        return {};
    return opsql::controls(QSqlDatabase::database(m_connection, false)).value_or({});
}

QList<CircuitState> StoreReader::circuits() const
{
    if (!ensureOpen().ok() || !QSqlDatabase::contains(m_connection))
        return {};
    return opsql::circuits(QSqlDatabase::database(m_connection, false)).value_or({});
}

QList<MetricBucket> StoreReader::metrics(const QString &pipeline, const QDateTime &from, const QDateTime &to) const
{
    if (!ensureOpen().ok() || !QSqlDatabase::contains(m_connection))
        return {};
    return opsql::metrics(QSqlDatabase::database(m_connection, false), pipeline, from, to).value_or({});
}

QList<AlertRecord> StoreReader::alerts(bool includeResolved, int limit) const
{
    if (!ensureOpen().ok() || !QSqlDatabase::contains(m_connection))
        return {};
    return opsql::alerts(QSqlDatabase::database(m_connection, false), includeResolved, limit).value_or({});
}

} // namespace concord
