#include "pipelinetablemodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace concord {

PipelineTableModel::PipelineTableModel(QObject *parent) : QAbstractTableModel(parent) { }

PipelineTableModel::~PipelineTableModel() = default;

void PipelineTableModel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    beginResetModel();
    m_workspace = std::move(workspace);
    m_pipelines = m_workspace ? m_workspace->pipelines.keys() : QStringList();
    m_statuses.clear();
    endResetModel();
}

void PipelineTableModel::setStatuses(const QList<PipelineStatus> &statuses)
{
    m_statuses.clear();
    for (const PipelineStatus &s : statuses)
        m_statuses.insert(s.pipeline, s);
    emitAllChanged();
}

void PipelineTableModel::setRunningPipeline(const QString &pipeline)
{
    if (pipeline == m_running)
        return;
    const int before = rowOf(m_running);
    const int after = rowOf(pipeline);
    m_running = pipeline;
    for (int row : {before, after})
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PipelineTableModel::refreshRelativeTimes()
{
    if (!m_pipelines.isEmpty())
        Q_EMIT dataChanged(index(0, LastRunColumn), index(rowCount() - 1, LastRunColumn), {Qt::DisplayRole});
}

void PipelineTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllChanged();
}

void PipelineTableModel::emitAllChanged()
{
    if (!m_pipelines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PipelineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipelines.size());
}

int PipelineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_workspace)
        return {};
    const QString &name = m_pipelines.at(index.row());
    const PipelineDef p = m_workspace->pipelines.value(name);
    const PipelineStatus s = m_statuses.value(name);
    const bool running = name == m_running;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return display(p, s, running, column);
    case PipelineNameRole:
        return name;
    case ValueRole:
        return value(p, s, column);
    case TotalWrittenRole:
        return s.totalRowsWritten;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return fmt::stateIcon(s.lastStatus, running);
        break;
    case Qt::TextAlignmentRole:
        if (column >= RowsWrittenColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (!p.enabled && column != FailuresColumn && column != DeadLettersColumn)
            return QBrush(QColor(0x75, 0x75, 0x75));
        // Failures and open dead letters are the numbers a steward must act on.
        if ((column == FailuresColumn && s.lastRowsFailed > 0) || (column == DeadLettersColumn && s.openDeadLetters > 0)
            || (column == LastStatusColumn && !running && s.lastStatus == QLatin1String("failed")))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return p.description.isEmpty() ? name : name + QLatin1Char('\n') + p.description;
        case RouteColumn:
            return display(p, s, running, column);
        case LastRunColumn:
            return s.lastRunAt.isValid() ? QLocale().toString(s.lastRunAt.toLocalTime(), QLocale::LongFormat) : QVariant();
        case RowsWrittenColumn:
            return tr("%1 rows written by the last run, %2 by all runs").arg(fmt::count(s.lastRowsWritten), fmt::count(s.totalRowsWritten));
        case FailuresColumn:
            return tr("Records the last run could not write (sent to dead letters)");
        case DeadLettersColumn:
            return tr("Dead letters waiting for a fix and a replay");
        case LastStatusColumn: {
            QStringList tip;
            if (!p.enabled)
                tip << tr("Disabled in workspace.yaml (enabled: false): only dry runs are allowed");
            if (!s.checkpoint.isEmpty())
                tip << tr("Checkpoint: %1").arg(s.checkpoint);
            return tip.isEmpty() ? QVariant() : QVariant(tip.join(QLatin1Char('\n')));
        }
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PipelineTableModel::display(const PipelineDef &p, const PipelineStatus &s, bool running, int column) const
{
    const bool ran = !s.lastStatus.isEmpty();
    switch (column) {
    case NameColumn: return p.name;
    case RouteColumn: return tr("%1 → %2").arg(p.source, p.target);
    case ModeColumn: return fmt::syncMode(p.mode);
    case ScheduleColumn: return fmt::schedule(p.schedule);
    case LastRunColumn: return ran ? fmt::relativeTime(s.lastRunAt) : QString();
    case LastStatusColumn:
        if (!running && !p.enabled)
            return ran ? tr("Disabled (last: %1)").arg(fmt::runStatus(s.lastStatus)) : tr("Disabled");
        return fmt::runStatus(running ? QStringLiteral("running") : s.lastStatus);
    case RowsWrittenColumn:
        return ran ? tr("%1 / %2").arg(fmt::count(s.lastRowsWritten), fmt::count(s.totalRowsWritten)) : QString();
    case FailuresColumn: return ran ? fmt::count(s.lastRowsFailed) : QString();
    case DeadLettersColumn: return ran ? fmt::count(s.openDeadLetters) : QString();
    default: return {};
    }
}

QVariant PipelineTableModel::value(const PipelineDef &p, const PipelineStatus &s, int column) const
{
    switch (column) {
    case NameColumn: return p.name;
    case RouteColumn: return QString(p.source + QLatin1Char('>') + p.target);
    case ModeColumn: return p.mode;
    case ScheduleColumn: return p.schedule;
    case LastRunColumn: return s.lastRunAt;
    case LastStatusColumn: return s.lastStatus;
    case RowsWrittenColumn: return s.lastRowsWritten;
    case FailuresColumn: return s.lastRowsFailed;
    case DeadLettersColumn: return s.openDeadLetters;
    default: return {};
    }
}

QVariant PipelineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Pipeline");
        case RouteColumn: return tr("Source → target");
        case ModeColumn: return tr("Mode");
        case ScheduleColumn: return tr("Schedule");
        case LastRunColumn: return tr("Last run");
        case LastStatusColumn: return tr("Last status");
        case RowsWrittenColumn: return tr("Rows written");
        case FailuresColumn: return tr("Failures");
        case DeadLettersColumn: return tr("Dead letters");
        default: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RowsWrittenColumn: return tr("Rows written by the last real run / by all real runs (dry runs write nothing)");
        case FailuresColumn: return tr("Records the last run could not write (sent to dead letters)");
        case DeadLettersColumn: return tr("Dead letters waiting for a fix and a replay");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && section >= RowsWrittenColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace concord
