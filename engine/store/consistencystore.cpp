// StateStore: consistency checks and their discrepancies (docs/consistency.md).

#include "store/statestore.h"

#include "store/opsqueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

const char *kRunColumns = "id, pipeline, source_dataset, target_dataset, started_at, finished_at, status, actor, trigger, "
                          "mapping_version, method, source_rows, target_rows, missing, extra, mismatched, new_count, "
                          "still_open, fixed, segments, segments_differing, rows_fetched, duration_ms, error_code, error";

ConsistencyRun readRun(const QSqlQuery &q)
{
    ConsistencyRun r;
    int c = 0;
    r.id = q.value(c++).toLongLong();
    r.pipeline = q.value(c++).toString();
    r.sourceDataset = q.value(c++).toString();
    r.targetDataset = q.value(c++).toString();
    r.startedAt = opsql::parseTime(q.value(c++));
    r.finishedAt = opsql::parseTime(q.value(c++));
    r.status = q.value(c++).toString();
    r.actor = q.value(c++).toString();
    r.trigger = q.value(c++).toString();
    r.mappingVersion = q.value(c++).toString();
    r.method = q.value(c++).toString();
    r.sourceRows = q.value(c++).toLongLong();
    r.targetRows = q.value(c++).toLongLong();
    r.missing = q.value(c++).toLongLong();
    r.extra = q.value(c++).toLongLong();
    r.mismatched = q.value(c++).toLongLong();
    r.newCount = q.value(c++).toLongLong();
    r.stillOpen = q.value(c++).toLongLong();
    r.fixed = q.value(c++).toLongLong();
    r.segments = q.value(c++).toLongLong();
    r.segmentsDiffering = q.value(c++).toLongLong();
    r.rowsFetched = q.value(c++).toLongLong();
    r.durationMs = q.value(c++).toLongLong();
    r.errorCode = q.value(c++).toString();
    r.error = q.value(c++).toString();
    return r;
}

} // namespace

QString discrepancyKindName(DiscrepancyKind kind)
{
    switch (kind) {
    case DiscrepancyKind::Missing: return QStringLiteral("missing");
    case DiscrepancyKind::Extra: return QStringLiteral("extra");
    case DiscrepancyKind::Mismatch: return QStringLiteral("mismatch");
    }
    return QString();
}

bool discrepancyKindFromName(const QString &name, DiscrepancyKind *kind)
{
    for (DiscrepancyKind k : {DiscrepancyKind::Missing, DiscrepancyKind::Extra, DiscrepancyKind::Mismatch})
        if (discrepancyKindName(k) == name) {
            *kind = k;
            return true;
        }
    return false;
}

Result<qint64> StateStore::beginConsistencyRun(const ConsistencyRun &run)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO consistency_runs (pipeline, source_dataset, target_dataset, started_at, status, "
                             "actor, trigger, mapping_version) VALUES (?, ?, ?, ?, 'running', ?, ?, ?)"));
    q.addBindValue(run.pipeline);
    q.addBindValue(run.sourceDataset);
    q.addBindValue(run.targetDataset);
    q.addBindValue(opsql::timeText(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(run.actor);
    q.addBindValue(run.trigger);
    q.addBindValue(run.mappingVersion);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record the consistency check"));
    return q.lastInsertId().toLongLong();
}

Result<void> StateStore::recordDiscrepancies(qint64 runId, const QList<StoredDiscrepancy> &found)
{
    if (found.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot begin a transaction"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO discrepancies (pipeline, record_key, kind, fields, source_payload, target_payload, source_key, note, "
        "status, first_run, last_run, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?) "
        "ON CONFLICT (pipeline, record_key) WHERE status = 'open' DO UPDATE SET kind = excluded.kind, "
        "fields = excluded.fields, source_payload = excluded.source_payload, target_payload = excluded.target_payload, "
        "source_key = excluded.source_key, note = excluded.note, last_run = excluded.last_run, "
        "last_seen_at = excluded.last_seen_at"));
    const QString now = opsql::timeText(QDateTime::currentDateTimeUtc());
    for (const StoredDiscrepancy &d : found) {
        q.addBindValue(d.pipeline);
        q.addBindValue(d.key);
        q.addBindValue(discrepancyKindName(d.kind));
        q.addBindValue(opsql::listText(d.fields));
        q.addBindValue(d.sourcePayload.isEmpty() ? QVariant() : QVariant(d.sourcePayload));
        q.addBindValue(d.targetPayload.isEmpty() ? QVariant() : QVariant(d.targetPayload));
        q.addBindValue(d.sourceKey.isEmpty() ? QVariant() : QVariant(d.sourceKey));
        q.addBindValue(d.note.isEmpty() ? QVariant() : QVariant(d.note));
        q.addBindValue(runId);
        q.addBindValue(runId);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            const Error e = makeError(ErrorCode::StateStoreError,
                                      QStringLiteral("cannot record a discrepancy: %1").arg(q.lastError().text()));
            db.rollback();
            return e;
        }
    }
    if (!db.commit()) {
        db.rollback();
        return sqlError(QStringLiteral("cannot record discrepancies"));
    }
    return {};
}

Result<void> StateStore::finishConsistencyRun(ConsistencyRun &run)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot begin a transaction"));
    QSqlQuery q(db);
    const bool finished = run.status == QLatin1String("equal") || run.status == QLatin1String("different");
    const QString now = opsql::timeText(QDateTime::currentDateTimeUtc());
    if (finished) {
        q.prepare(QStringLiteral("UPDATE discrepancies SET status = 'fixed', closed_at = ?, closed_by = ? "
                                 "WHERE pipeline = ? AND status = 'open' AND last_run < ?"));
        q.addBindValue(now);
        q.addBindValue(QStringLiteral("check %1").arg(run.id));
        q.addBindValue(run.pipeline);
        q.addBindValue(run.id);
        if (!q.exec()) {
            const Error e = sqlError(QStringLiteral("cannot close fixed discrepancies"));
            db.rollback();
            return e;
        }
        run.fixed = q.numRowsAffected();
        q.prepare(QStringLiteral("SELECT SUM(first_run = ?), SUM(first_run < ?) FROM discrepancies "
                                 "WHERE pipeline = ? AND status = 'open' AND last_run = ?"));
        q.addBindValue(run.id);
        q.addBindValue(run.id);
        q.addBindValue(run.pipeline);
        q.addBindValue(run.id);
        if (q.exec() && q.next()) {
            run.newCount = q.value(0).toLongLong();
            run.stillOpen = q.value(1).toLongLong();
        }
        q.finish();
    }
    q.prepare(QStringLiteral("UPDATE consistency_runs SET finished_at = ?, status = ?, method = ?, source_rows = ?, "
                             "target_rows = ?, missing = ?, extra = ?, mismatched = ?, new_count = ?, still_open = ?, "
                             "fixed = ?, segments = ?, segments_differing = ?, rows_fetched = ?, duration_ms = ?, "
                             "error_code = ?, error = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(now), QVariant(run.status), QVariant(run.method), QVariant(run.sourceRows),
                              QVariant(run.targetRows), QVariant(run.missing), QVariant(run.extra),
                              QVariant(run.mismatched), QVariant(run.newCount), QVariant(run.stillOpen),
                              QVariant(run.fixed), QVariant(run.segments), QVariant(run.segmentsDiffering),
                              QVariant(run.rowsFetched), QVariant(run.durationMs),
                              run.errorCode.isEmpty() ? QVariant() : QVariant(run.errorCode),
                              run.error.isEmpty() ? QVariant() : QVariant(run.error), QVariant(run.id)})
        q.addBindValue(v);
    if (!q.exec() || !db.commit()) {
        const Error e = sqlError(QStringLiteral("cannot finish the consistency check"));
        db.rollback();
        return e;
    }
    run.finishedAt = opsql::parseTime(now);
    return {};
}

Result<QList<ConsistencyRun>> StateStore::consistencyRuns(const QString &pipeline, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM consistency_runs WHERE (IFNULL(?, '') = '' OR pipeline = ?) "
                             "ORDER BY id DESC LIMIT ?")
                  .arg(QLatin1String(kRunColumns)));
    q.addBindValue(pipeline);
    q.addBindValue(pipeline);
    q.addBindValue(limit < 0 ? 1000000 : limit);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read consistency checks"));
    QList<ConsistencyRun> out;
    while (q.next())
        out.append(readRun(q));
    return out;
}

Result<QList<StoredDiscrepancy>> StateStore::discrepancies(const QString &pipeline, bool includeClosed,
                                                           const QList<qint64> &ids) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, pipeline, record_key, kind, fields, source_payload, target_payload, "
                                 "source_key, note, status, first_run, last_run, first_seen_at, last_seen_at, closed_at, "
                                 "closed_by FROM discrepancies WHERE pipeline = ?");
    if (!includeClosed)
        sql += QLatin1String(" AND status = 'open'");
    if (!ids.isEmpty()) {
        QStringList list;
        for (qint64 id : ids)
            list.append(QString::number(id));
        sql += QLatin1String(" AND id IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    q.prepare(sql + QLatin1String(" ORDER BY id"));
    q.addBindValue(pipeline);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read discrepancies"));
    QList<StoredDiscrepancy> out;
    while (q.next()) {
        StoredDiscrepancy d;
        int c = 0;
        d.id = q.value(c++).toLongLong();
        d.pipeline = q.value(c++).toString();
        d.key = q.value(c++).toString();
        discrepancyKindFromName(q.value(c++).toString(), &d.kind);
        d.fields = opsql::listFrom(q.value(c++).toString());
        d.sourcePayload = q.value(c++).toString();
        d.targetPayload = q.value(c++).toString();
        d.sourceKey = q.value(c++).toString();
        d.note = q.value(c++).toString();
        d.status = q.value(c++).toString();
        d.firstRun = q.value(c++).toLongLong();
        d.lastRun = q.value(c++).toLongLong();
        d.firstSeen = opsql::parseTime(q.value(c++));
        d.lastSeen = opsql::parseTime(q.value(c++));
        d.closedAt = opsql::parseTime(q.value(c++));
        d.closedBy = q.value(c++).toString();
        out.append(std::move(d));
    }
    return out;
}

Result<void> StateStore::closeDiscrepancies(const QList<qint64> &ids, const QString &status, const QString &actor)
{
    if (ids.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot begin a transaction"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE discrepancies SET status = ?, closed_at = ?, closed_by = ? "
                             "WHERE id = ? AND status = 'open'"));
    const QString now = opsql::timeText(QDateTime::currentDateTimeUtc());
    for (qint64 id : ids) {
        q.addBindValue(status);
        q.addBindValue(now);
        q.addBindValue(actor);
        q.addBindValue(id);
        if (!q.exec()) {
            const Error e = sqlError(QStringLiteral("cannot close discrepancy %1").arg(id));
            db.rollback();
            return e;
        }
    }
    if (!db.commit()) {
        db.rollback();
        return sqlError(QStringLiteral("cannot close discrepancies"));
    }
    return {};
}

} // namespace concord
