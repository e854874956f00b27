// StateStore: two-way sync's agreed bases and the conflict queue (docs/two-way.md).

#include "store/statestore.h"

#include "store/opsqueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

QString hex(quint64 h)
{
    return QStringLiteral("%1").arg(h, 16, 16, QLatin1Char('0'));
}

QString hashesText(const QMap<QString, QPair<quint64, quint64>> &hashes)
{
    QJsonObject o;
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        o.insert(it.key(), QString(hex(it->first) + QLatin1Char(':') + hex(it->second)));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QPair<quint64, quint64>> hashesFrom(const QString &text)
{
    QMap<QString, QPair<quint64, quint64>> out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QStringList parts = it.value().toString().split(QLatin1Char(':'));
        if (parts.size() == 2)
            out.insert(it.key(), {parts[0].toULongLong(nullptr, 16), parts[1].toULongLong(nullptr, 16)});
    }
    return out;
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

const char *kConflictColumns =
    "id, pipeline, record_key, kind, fields, changed_source, changed_target, base_payload, source_payload, "
    "target_payload, source_key, target_key, hashes, source_time, target_time, reason, status, run_id, detected_at, "
    "updated_at, resolution, resolution_payload, resolved_by, resolved_at, comment";

StoredConflict readConflict(const QSqlQuery &q)
{
    StoredConflict c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.pipeline = q.value(i++).toString();
    c.key = q.value(i++).toString();
    c.kind = q.value(i++).toString();
    c.fields = opsql::listFrom(q.value(i++).toString());
    c.changedSource = opsql::listFrom(q.value(i++).toString());
    c.changedTarget = opsql::listFrom(q.value(i++).toString());
    c.basePayload = q.value(i++).toString();
    c.sourcePayload = q.value(i++).toString();
    c.targetPayload = q.value(i++).toString();
    c.sourceKey = q.value(i++).toString();
    c.targetKey = q.value(i++).toString();
    c.hashes = q.value(i++).toString();
    c.sourceTime = opsql::parseTime(q.value(i++));
    c.targetTime = opsql::parseTime(q.value(i++));
    c.reason = q.value(i++).toString();
    c.status = q.value(i++).toString();
    c.runId = q.value(i++).toLongLong();
    c.detectedAt = opsql::parseTime(q.value(i++));
    c.updatedAt = opsql::parseTime(q.value(i++));
    c.resolution = q.value(i++).toString();
    c.resolutionPayload = q.value(i++).toString();
    c.resolvedBy = q.value(i++).toString();
    c.resolvedAt = opsql::parseTime(q.value(i++));
    c.comment = q.value(i++).toString();
    return c;
}

// Keys bound in chunks: SQLite's limit on host parameters is far above this.
constexpr int kChunk = 400;

} // namespace

Result<QHash<QString, SyncBase>> StateStore::syncBases(const QString &pipeline, const QStringList &keys) const
{
    QHash<QString, SyncBase> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (int from = 0; from < keys.size(); from += kChunk) {
        const QStringList chunk = keys.mid(from, kChunk);
        QStringList marks;
        for (int i = 0; i < chunk.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT record_key, hashes, payload, source_time, target_time FROM sync_base "
                                 "WHERE pipeline = ? AND record_key IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        q.addBindValue(pipeline);
        for (const QString &k : chunk)
            q.addBindValue(k);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot read the two-way bases"));
        while (q.next()) {
            SyncBase b;
            b.key = q.value(0).toString();
            b.hashes = hashesFrom(q.value(1).toString());
            b.payload = q.value(2).toString();
            b.sourceTime = opsql::parseTime(q.value(3));
            b.targetTime = opsql::parseTime(q.value(4));
            out.insert(b.key, b);
        }
    }
    return out;
}

Result<QHash<QString, qint64>> StateStore::openConflictIds(const QString &pipeline, const QStringList &keys) const
{
    QHash<QString, qint64> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (int from = 0; from < keys.size(); from += kChunk) {
        const QStringList chunk = keys.mid(from, kChunk);
        QStringList marks;
        for (int i = 0; i < chunk.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT record_key, id FROM conflicts WHERE pipeline = ? AND status = 'open' "
                                 "AND record_key IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        q.addBindValue(pipeline);
        for (const QString &k : chunk)
            q.addBindValue(k);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot read open conflicts"));
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

Result<void> StateStore::commitTwoWay(qint64 runId, const QString &pipeline, const QString &stream,
                                      const QString &checkpoint, const TwoWayCommit &batch,
                                      QList<DeadLetterEntry> &deadLetters, const RunCounters &counters,
                                      const MetricDelta *metrics)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot begin a transaction"));
    const auto fail = [&](const QString &what) {
        const Error e = sqlError(what);
        db.rollback();
        return e;
    };
    const QString ts = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (auto r = insertDeadLetters(deadLetters); !r.ok()) {
        db.rollback();
        return r.error();
    }
    if (auto r = insertLineageBatch(db, pipeline, runId, batch.lineage); !r.ok()) {
        db.rollback();
        return r.error();
    }
    QSqlQuery q(db);
    if (!batch.bases.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO sync_base (pipeline, record_key, hashes, payload, source_time, "
                                 "target_time, agreed_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (pipeline, record_key) DO UPDATE SET hashes = excluded.hashes, "
                                 "payload = excluded.payload, source_time = excluded.source_time, "
                                 "target_time = excluded.target_time, agreed_at = excluded.agreed_at, "
                                 "run_id = excluded.run_id"));
        for (const SyncBase &b : batch.bases) {
            q.addBindValue(pipeline);
            q.addBindValue(b.key);
            q.addBindValue(hashesText(b.hashes));
            q.addBindValue(text(b.payload));
            q.addBindValue(opsql::timeText(b.sourceTime));
            q.addBindValue(opsql::timeText(b.targetTime));
            q.addBindValue(ts);
            q.addBindValue(runId);
            if (!q.exec())
                return fail(QStringLiteral("cannot store a two-way base"));
        }
    }
    if (!batch.removedBases.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM sync_base WHERE pipeline = ? AND record_key = ?"));
        for (const QString &k : batch.removedBases) {
            q.addBindValue(pipeline);
            q.addBindValue(k);
            if (!q.exec())
                return fail(QStringLiteral("cannot remove a two-way base"));
        }
    }
    for (const StoredConflict &c : batch.conflicts) {
        q.prepare(QStringLiteral(
            "INSERT INTO conflicts (pipeline, record_key, kind, fields, changed_source, changed_target, base_payload, "
            "source_payload, target_payload, source_key, target_key, hashes, source_time, target_time, reason, "
            "status, run_id, detected_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, "
            "?, ?) ON CONFLICT (pipeline, record_key) WHERE status = 'open' DO UPDATE SET kind = excluded.kind, "
            "fields = excluded.fields, changed_source = excluded.changed_source, changed_target = "
            "excluded.changed_target, base_payload = excluded.base_payload, source_payload = excluded.source_payload, "
            "target_payload = excluded.target_payload, source_key = excluded.source_key, target_key = "
            "excluded.target_key, hashes = excluded.hashes, source_time = excluded.source_time, target_time = "
            "excluded.target_time, reason = excluded.reason, run_id = excluded.run_id, updated_at = "
            "excluded.updated_at"));
        q.addBindValue(pipeline);
        q.addBindValue(c.key);
        q.addBindValue(c.kind);
        q.addBindValue(opsql::listText(c.fields));
        q.addBindValue(opsql::listText(c.changedSource));
        q.addBindValue(opsql::listText(c.changedTarget));
        q.addBindValue(text(c.basePayload));
        q.addBindValue(text(c.sourcePayload));
        q.addBindValue(text(c.targetPayload));
        q.addBindValue(text(c.sourceKey));
        q.addBindValue(text(c.targetKey));
        q.addBindValue(text(c.hashes));
        q.addBindValue(opsql::timeText(c.sourceTime));
        q.addBindValue(opsql::timeText(c.targetTime));
        q.addBindValue(text(c.reason));
        q.addBindValue(runId);
        q.addBindValue(ts);
        q.addBindValue(ts);
        if (!q.exec())
            return fail(QStringLiteral("cannot queue a conflict"));
    }
    if (!batch.converged.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE conflicts SET status = 'converged', resolved_at = ?, updated_at = ? "
                                 "WHERE id = ? AND status = 'open'"));
        for (qint64 id : batch.converged) {
            q.addBindValue(ts);
            q.addBindValue(ts);
            q.addBindValue(id);
            if (!q.exec())
                return fail(QStringLiteral("cannot close a conflict"));
        }
    }
    for (const StoredConflict &c : batch.resolved) {
        q.prepare(QStringLiteral("UPDATE conflicts SET status = 'resolved', resolution = ?, resolution_payload = ?, "
                                 "resolved_by = ?, resolved_at = ?, comment = ?, updated_at = ? "
                                 "WHERE id = ? AND status = 'open'"));
        q.addBindValue(text(c.resolution));
        q.addBindValue(text(c.resolutionPayload));
        q.addBindValue(text(c.resolvedBy));
        q.addBindValue(ts);
        q.addBindValue(text(c.comment));
        q.addBindValue(ts);
        q.addBindValue(c.id);
        if (!q.exec())
            return fail(QStringLiteral("cannot record a conflict's resolution"));
    }
    if (!checkpoint.isNull()) {
        q.prepare(QStringLiteral("INSERT INTO checkpoints (pipeline, position, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (pipeline) DO UPDATE SET position = excluded.position, "
                                 "updated_at = excluded.updated_at"));
        q.addBindValue(stream);
        q.addBindValue(checkpoint);
        q.addBindValue(ts);
        if (!q.exec())
            return fail(QStringLiteral("cannot store the checkpoint"));
    }
    if (runId > 0) {
        if (auto r = updateRunCounters(runId, counters); !r.ok()) {
            db.rollback();
            return r.error();
        }
    }
    if (metrics && !metrics->isEmpty()) {
        if (auto r = addMetricsInTransaction(pipeline, QDateTime::currentDateTimeUtc(), *metrics); !r.ok()) {
            db.rollback();
            return r.error();
        }
    }
    if (!db.commit())
        return fail(QStringLiteral("cannot commit the two-way batch"));
    return {};
}

Result<QList<StoredConflict>> StateStore::conflicts(const QString &pipeline, bool includeClosed,
                                                    const QList<qint64> &ids, int limit) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QStringList where;
    if (!pipeline.isEmpty())
        where.append(QStringLiteral("pipeline = ?"));
    if (!includeClosed)
        where.append(QStringLiteral("status = 'open'"));
    if (!ids.isEmpty()) {
        QStringList list;
        for (qint64 id : ids)
            list.append(QString::number(id));
        where.append(QStringLiteral("id IN (%1)").arg(list.join(QLatin1Char(','))));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM conflicts %2 ORDER BY id DESC LIMIT %3")
                  .arg(QLatin1String(kConflictColumns),
                       where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                  .arg(std::max(1, limit)));
    if (!pipeline.isEmpty())
        q.addBindValue(pipeline);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read conflicts"));
    QList<StoredConflict> out;
    while (q.next())
        out.append(readConflict(q));
    return out;
}

Result<QMap<QString, qint64>> StateStore::openConflictCounts() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pipeline, COUNT(*) FROM conflicts WHERE status = 'open' GROUP BY pipeline")))
        return sqlError(QStringLiteral("cannot count conflicts"));
    QMap<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<void> StateStore::clearSyncBases(const QString &pipeline)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM sync_base WHERE pipeline = ?"));
    q.addBindValue(pipeline);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot clear the two-way bases"));
    return {};
}

} // namespace concord
