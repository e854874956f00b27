#include "deadletters/deadlettermodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace concord {

DeadLetterModel::DeadLetterModel(QObject *parent) : QAbstractTableModel(parent) { }

DeadLetterModel::~DeadLetterModel() = default;

void DeadLetterModel::setLetters(const QList<DeadLetterRecord> &letters)
{
    const bool sameRows = letters.size() == m_letters.size()
        && std::equal(letters.cbegin(), letters.cend(), m_letters.cbegin(),
                      [](const DeadLetterRecord &a, const DeadLetterRecord &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_letters = letters;
        endResetModel();
        return;
    }
    m_letters = letters;
    if (!m_letters.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeadLetterModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_letters.size(); ++row)
        if (m_letters[row].id == id)
            return row;
    return -1;
}

QStringList DeadLetterModel::errorCodes() const
{
    QStringList codes;
    for (const DeadLetterRecord &l : m_letters)
        if (!l.errorCode.isEmpty() && !codes.contains(l.errorCode))
            codes.append(l.errorCode);
    std::sort(codes.begin(), codes.end());
    return codes;
}

void DeadLetterModel::refreshRelativeTimes()
{
    if (!m_letters.isEmpty())
        Q_EMIT dataChanged(index(0, CreatedColumn), index(rowCount() - 1, CreatedColumn), {Qt::DisplayRole});
}

void DeadLetterModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_letters.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeadLetterRecord &l = m_letters.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return l.id;
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn: return QString::number(l.id);
        case CreatedColumn: return fmt::relativeTime(l.createdAt);
        case PipelineColumn: return l.pipeline;
        case KeyColumn: return l.key;
        case ErrorCodeColumn: return l.errorCode;
        case MessageColumn: return l.errorMessage.simplified();
        case AttemptsColumn: return l.attempts > 0 ? QString::number(l.attempts) : QString();
        case StatusColumn: return fmt::deadLetterStatus(l.status);
        default: return {};
        }
    case ValueRole:
        switch (column) {
        case IdColumn: return l.id;
        case CreatedColumn: return l.createdAt;
        case PipelineColumn: return l.pipeline;
        case KeyColumn: return l.key;
        case ErrorCodeColumn: return l.errorCode;
        case MessageColumn: return l.errorMessage;
        case AttemptsColumn: return l.attempts;
        case StatusColumn: return l.status;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (l.status != QLatin1String("open"))
            return QBrush(QColor(0x75, 0x75, 0x75)); // settled: read, not acted on
        if (column == ErrorCodeColumn)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn && l.edited)
            return fmt::icon("edit");
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case CreatedColumn: return QLocale().toString(l.createdAt.toLocalTime(), QLocale::LongFormat);
        case MessageColumn: return l.errorMessage;
        case AttemptsColumn: return tr("Replays that failed again");
        case StatusColumn:
            if (l.status == QLatin1String("open"))
                return l.edited ? tr("Edited by a steward; waiting for a replay") : tr("Waiting for a fix and a replay");
            return tr("%1 by %2, %3: %4")
                .arg(fmt::deadLetterStatus(l.status), l.resolvedBy, fmt::relativeTime(l.resolvedAt), l.resolution);
        default: break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn: return tr("#");
        case CreatedColumn: return tr("Failed");
        case PipelineColumn: return tr("Pipeline");
        case KeyColumn: return tr("Record key");
        case ErrorCodeColumn: return tr("Error code");
        case MessageColumn: return tr("Message");
        case AttemptsColumn: return tr("Replays");
        case StatusColumn: return tr("Status");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && (section == IdColumn || section == AttemptsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace concord
