#include "logmodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace concord {

LogTableModel::LogTableModel(int capacity, QObject *parent) : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogTableModel::flush);
}

LogTableModel::~LogTableModel() = default;

void LogTableModel::append(const LogEntry &entry)
{
    m_pending.push_back(entry);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogTableModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    // A burst larger than the cap only keeps its tail.
    const size_t cap = size_t(m_capacity);
    if (m_pending.size() > cap)
        m_pending.erase(m_pending.begin(), m_pending.end() - std::ptrdiff_t(cap));

    const size_t overflow = m_entries.size() + m_pending.size() > cap ? m_entries.size() + m_pending.size() - cap : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(overflow));
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (LogEntry &e : m_pending)
        m_entries.push_back(std::move(e));
    m_pending.clear();
    endInsertRows();
}

void LogTableModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_entries.clear();
    m_pending.clear();
    endResetModel();
}

void LogTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, LevelColumn), index(rowCount() - 1, LevelColumn));
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toLocalTime().toString(m_showDates ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn: return fmt::logLevel(e.level);
        case PipelineColumn: return e.pipeline;
        case MessageColumn: return e.message;
        case RecordColumn: return e.recordId;
        case ErrorCodeColumn: return e.errorCode;
        case TraceColumn: return e.traceId;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == MessageColumn)
            return e.message;
        break;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn) {
            const int severity = fmt::logSeverity(e.level);
            if (severity >= 3)
                return fmt::icon("problem-error");
            if (severity == 2)
                return fmt::icon("problem-warning");
        }
        break;
    case Qt::ForegroundRole:
        if (fmt::logSeverity(e.level) >= 3)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (fmt::logSeverity(e.level) == 0)
            return QBrush(QColor(0x75, 0x75, 0x75));
        break;
    case SeverityRole:
        return fmt::logSeverity(e.level);
    case PipelineRole:
        return e.pipeline;
    case SearchTextRole:
        return QString(e.message + QLatin1Char('\n') + e.recordId + QLatin1Char('\n') + e.errorCode + QLatin1Char('\n')
                       + e.traceId + QLatin1Char('\n') + e.category + QLatin1Char('\n') + e.taskId);
    default:
        break;
    }
    return {};
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case PipelineColumn: return tr("Pipeline");
    case MessageColumn: return tr("Message");
    case RecordColumn: return tr("Record");
    case ErrorCodeColumn: return tr("Error code");
    case TraceColumn: return tr("Trace id");
    default: return {};
    }
}

} // namespace concord
