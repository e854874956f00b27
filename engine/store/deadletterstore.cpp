// StateStore: what stewards do with dead letters (docs/operations.md §Dead letters), and the
// signatures webhook receivers have accepted (docs/webhooks.md).

#include "store/statestore.h"

#include "store/opsqueries.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

Result<QList<DeadLetterRecord>> StateStore::deadLetters(const DeadLetterFilter &filter) const
{
    return opsql::deadLetters(QSqlDatabase::database(m_connection, false), filter);
}

Result<std::optional<DeadLetterRecord>> StateStore::deadLetter(qint64 id) const
{
    return opsql::deadLetter(QSqlDatabase::database(m_connection, false), id);
}

Result<void> StateStore::editDeadLetter(qint64 id, const QString &payload)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE dead_letters SET payload = ?, edited = 1 WHERE id = ? AND status = 'open'"));
    q.addBindValue(payload);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot edit dead letter %1").arg(id));
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("dead letter %1 is not open; only open letters can be edited").arg(id));
    return {};
}

Result<bool> StateStore::resolveDeadLetter(qint64 id, const QString &status, const QString &actor, const QString &resolution)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE dead_letters SET status = ?, resolved_at = ?, resolved_by = ?, resolution = ? "
                             "WHERE id = ? AND status = 'open'"));
    q.addBindValue(status);
    q.addBindValue(opsql::timeText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(actor);
    q.addBindValue(resolution);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot close dead letter %1").arg(id));
    return q.numRowsAffected() > 0;
}

Result<void> StateStore::deadLetterFailedAgain(qint64 id, const QString &errorCode, const QString &errorMessage,
                                               const QString &mappingVersion)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE dead_letters SET attempts = attempts + 1, error_code = ?, error_message = ?, "
                             "mapping_version = ? WHERE id = ? AND status = 'open'"));
    q.addBindValue(errorCode);
    q.addBindValue(errorMessage);
    q.addBindValue(mappingVersion);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot update dead letter %1").arg(id));
    return {};
}

Result<bool> StateStore::claimWebhookSignature(const QString &signature, qint64 expiresAt)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM webhook_replay WHERE expires_at < ?"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot prune webhook signatures"));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO webhook_replay (signature, expires_at) VALUES (?, ?)"));
    q.addBindValue(signature);
    q.addBindValue(expiresAt);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record a webhook signature"));
    return q.numRowsAffected() == 1;
}

void StateStore::releaseWebhookSignature(const QString &signature)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM webhook_replay WHERE signature = ?"));
    q.addBindValue(signature);
    q.exec();
}

} // namespace concord
