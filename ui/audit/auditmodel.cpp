#include "audit/auditmodel.h"

#include <QDateTime>

namespace concord {

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuditModel::setEntries(const QList<AuditRecord> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const AuditRecord *AuditModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::actionText(const QString &action)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("mapping.save"), QT_TR_NOOP("Mapping saved")},
        {QStringLiteral("workspace.tags"), QT_TR_NOOP("Sensitivity tags changed")},
        {QStringLiteral("run.start"), QT_TR_NOOP("Run started")},
        {QStringLiteral("run.dry_run"), QT_TR_NOOP("Dry run")},
        {QStringLiteral("pipeline.pause"), QT_TR_NOOP("Pipeline paused")},
        {QStringLiteral("pipeline.resume"), QT_TR_NOOP("Pipeline resumed")},
        {QStringLiteral("pipeline.backfill"), QT_TR_NOOP("Backfill")},
        {QStringLiteral("deadletter.edit"), QT_TR_NOOP("Dead letter edited")},
        {QStringLiteral("deadletter.replay"), QT_TR_NOOP("Dead letters replayed")},
        {QStringLiteral("deadletter.discard"), QT_TR_NOOP("Dead letters discarded")},
        {QStringLiteral("consistency.check"), QT_TR_NOOP("Consistency check")},
        {QStringLiteral("consistency.repair"), QT_TR_NOOP("Repair")},
        {QStringLiteral("consistency.export"), QT_TR_NOOP("Discrepancies exported")},
        {QStringLiteral("conflict.resolve"), QT_TR_NOOP("Conflict resolved")},
        {QStringLiteral("unmask"), QT_TR_NOOP("Values unmasked")},
        {QStringLiteral("alert.acknowledge"), QT_TR_NOOP("Alert acknowledged")},
        {QStringLiteral("circuit.open"), QT_TR_NOOP("Circuit opened")},
        {QStringLiteral("audit.archive"), QT_TR_NOOP("Audit archived")},
        {QStringLiteral("audit.export"), QT_TR_NOOP("Audit exported")},
    };
    const auto it = words.constFind(action);
    return it == words.cend() ? action : tr(it.value());
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const AuditRecord *e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Action)
        return e->action;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return QDateTime::fromString(e->ts, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor: return e->actor;
    case Role: return e->role;
    case Action: return actionText(e->action);
    case Object: return e->object;
    case Host: return e->host;
    default: return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Actor: return tr("Actor");
    case Role: return tr("Role");
    case Action: return tr("Action");
    case Object: return tr("Object");
    case Host: return tr("Host");
    default: return {};
    }
}

} // namespace concord
