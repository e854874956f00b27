#include "alerts/alertmodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace concord {

namespace {

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 2;
    if (severity == QLatin1String("warning"))
        return 1;
    return 0;
}

} // namespace

AlertModel::AlertModel(QObject *parent) : QAbstractTableModel(parent) { }

AlertModel::~AlertModel() = default;

void AlertModel::setAlerts(const QList<AlertRecord> &alerts)
{
    const bool sameRows = alerts.size() == m_alerts.size()
        && std::equal(alerts.cbegin(), alerts.cend(), m_alerts.cbegin(),
                      [](const AlertRecord &a, const AlertRecord &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_alerts = alerts;
        endResetModel();
        return;
    }
    m_alerts = alerts;
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AlertModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_alerts.size(); ++row)
        if (m_alerts[row].id == id)
            return row;
    return -1;
}

void AlertModel::refreshRelativeTimes()
{
    if (m_alerts.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, RaisedColumn), index(rowCount() - 1, AcknowledgedColumn), {Qt::DisplayRole});
}

void AlertModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRecord &a = m_alerts.at(index.row());
    const bool acknowledged = a.acknowledgedAt.isValid();
    const int column = index.column();
    switch (role) {
    case IdRole:
        return a.id;
    case PendingRole:
        return a.isActive() && !acknowledged;
    case ActiveRole:
        return a.isActive();
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn: return fmt::severity(a.severity);
        case PipelineColumn: return a.pipeline;
        case RuleColumn: return a.rule;
        case MessageColumn: return a.message.simplified();
        case RaisedColumn: return fmt::relativeTime(a.raisedAt);
        case LastSeenColumn: return fmt::relativeTime(a.lastSeenAt);
        case AcknowledgedColumn:
            return acknowledged ? tr("%1, %2").arg(a.acknowledgedBy, fmt::relativeTime(a.acknowledgedAt)) : QString();
        case StateColumn:
            return a.isActive() ? tr("Active") : tr("Resolved %1").arg(fmt::relativeTime(a.resolvedAt));
        default: return {};
        }
    case ValueRole:
        switch (column) {
        case SeverityColumn: return severityRank(a.severity);
        case PipelineColumn: return a.pipeline;
        case RuleColumn: return a.rule;
        case MessageColumn: return a.message;
        case RaisedColumn: return a.raisedAt;
        case LastSeenColumn: return a.lastSeenAt;
        case AcknowledgedColumn: return a.acknowledgedAt;
        case StateColumn: return a.isActive();
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return fmt::severityIcon(a.severity);
        if (column == AcknowledgedColumn && acknowledged)
            return fmt::icon("acknowledge");
        break;
    case Qt::FontRole:
        if (a.isActive() && !acknowledged) {
            QFont bold;
            bold.setBold(true);
            return bold; // nobody has looked at it yet
        }
        break;
    case Qt::ForegroundRole:
        if (!a.isActive())
            return QBrush(QColor(0x75, 0x75, 0x75));
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case MessageColumn: return a.message;
        case RaisedColumn: return QLocale().toString(a.raisedAt.toLocalTime(), QLocale::LongFormat);
        case LastSeenColumn: return QLocale().toString(a.lastSeenAt.toLocalTime(), QLocale::LongFormat);
        case AcknowledgedColumn:
            return acknowledged ? QLocale().toString(a.acknowledgedAt.toLocalTime(), QLocale::LongFormat)
                                : tr("Nobody has acknowledged this alert yet");
        case StateColumn:
            return a.isActive() ? tr("The condition still holds") : tr("The condition cleared by itself");
        default: break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case PipelineColumn: return tr("Pipeline");
    case RuleColumn: return tr("Rule");
    case MessageColumn: return tr("Message");
    case RaisedColumn: return tr("Raised");
    case LastSeenColumn: return tr("Last seen");
    case AcknowledgedColumn: return tr("Acknowledged");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace concord
