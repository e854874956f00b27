#include "pipelinetablemodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace concord {

namespace {

const QColor Grey(0x75, 0x75, 0x75);
const QColor Red(0xc6, 0x28, 0x28);
const QColor Amber(0xa8, 0x62, 0x00);

bool isNumeric(int column)
{
    switch (column) {
    case PipelineTableModel::RowsWrittenColumn:
    case PipelineTableModel::FailuresColumn:
    case PipelineTableModel::BacklogColumn:
    case PipelineTableModel::SuccessRateColumn:
    case PipelineTableModel::DeadLettersColumn:
        return true;
    default:
        return false;
    }
}

// Not known (yet): an en dash rather than a zero that would read as a measurement.
QString unknown()
{
    return QStringLiteral("–");
}

} // namespace

PipelineTableModel::PipelineTableModel(QObject *parent) : QAbstractTableModel(parent) { }

PipelineTableModel::~PipelineTableModel() = default;

void PipelineTableModel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    beginResetModel();
    m_workspace = std::move(workspace);
    m_pipelines = m_workspace ? m_workspace->pipelines.keys() : QStringList();
    m_statuses.clear();
    m_overview.clear();
    endResetModel();
}

void PipelineTableModel::setStatuses(const QList<PipelineStatus> &statuses)
{
    m_statuses.clear();
    for (const PipelineStatus &s : statuses)
        m_statuses.insert(s.pipeline, s);
    emitAllChanged();
}

void PipelineTableModel::setOverview(const QList<PipelineOverview> &overview)
{
    m_overview.clear();
    for (const PipelineOverview &o : overview)
        m_overview.insert(o.pipeline, o);
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
    if (m_pipelines.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, LastRunColumn), index(rowCount() - 1, LastRunColumn), {Qt::DisplayRole});
    Q_EMIT dataChanged(index(0, NextRunColumn), index(rowCount() - 1, NextRunColumn), {Qt::DisplayRole});
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

QString PipelineTableModel::stateOf(const QString &pipeline) const
{
    if (!m_workspace || !m_workspace->pipelines.contains(pipeline))
        return {};
    if (pipeline == m_running)
        return QStringLiteral("running");
    if (!m_workspace->pipelines.value(pipeline).enabled)
        return QStringLiteral("disabled");
    const auto it = m_overview.constFind(pipeline);
    // The overview's "running" may be a moment old: the console knows its run has ended.
    if (it == m_overview.cend() || it->state == QLatin1String("running") || it->state.isEmpty())
        return QStringLiteral("idle");
    return it->state;
}

int PipelineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipelines.size());
}

int PipelineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PipelineTableModel::Row PipelineTableModel::rowData(int row) const
{
    Row r;
    const QString &name = m_pipelines.at(row);
    r.def = m_workspace->pipelines.value(name);
    r.status = m_statuses.value(name);
    const auto it = m_overview.constFind(name);
    r.hasOverview = it != m_overview.cend();
    if (r.hasOverview)
        r.overview = *it;
    r.running = name == m_running;
    r.state = stateOf(name);
    return r;
}

QVariant PipelineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_workspace)
        return {};
    const int column = index.column();
    switch (role) {
    case PipelineNameRole:
        return m_pipelines.at(index.row());
    case TotalWrittenRole:
        return m_statuses.value(m_pipelines.at(index.row())).totalRowsWritten;
    case Qt::DisplayRole:
        return display(rowData(index.row()), column);
    case ValueRole:
        return value(rowData(index.row()), column);
    case Qt::DecorationRole:
        if (column == StateColumn) {
            const Row r = rowData(index.row());
            return fmt::pipelineStateIcon(r.state, r.status.lastStatus);
        }
        break;
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        return foreground(rowData(index.row()), column);
    case Qt::ToolTipRole:
        return toolTip(rowData(index.row()), column);
    default:
        break;
    }
    return {};
}

QVariant PipelineTableModel::display(const Row &r, int column) const
{
    const PipelineDef &p = r.def;
    const PipelineStatus &s = r.status;
    const bool ran = !s.lastStatus.isEmpty();
    switch (column) {
    case StateColumn: return fmt::pipelineState(r.state);
    case NameColumn: return p.name;
    case RouteColumn: return tr("%1 → %2").arg(p.source, p.target);
    case ModeColumn: return fmt::syncMode(p.mode);
    case LastRunColumn: return ran ? fmt::relativeTime(s.lastRunAt) : QString();
    case LastStatusColumn:
        if (!r.running && !p.enabled)
            return ran ? tr("Disabled (last: %1)").arg(fmt::runStatus(s.lastStatus)) : tr("Disabled");
        return fmt::runStatus(r.running ? QStringLiteral("running") : s.lastStatus);
    case RowsWrittenColumn:
        return ran ? tr("%1 / %2").arg(fmt::count(s.lastRowsWritten), fmt::count(s.totalRowsWritten)) : QString();
    case FailuresColumn: return ran ? fmt::count(s.lastRowsFailed) : QString();
    case BacklogColumn:
        if (!r.hasOverview)
            return QString();
        return r.overview.backlog >= 0 ? fmt::count(r.overview.backlog) : unknown();
    case SuccessRateColumn:
        if (!r.hasOverview)
            return QString();
        return r.overview.attempted ? fmt::percent(r.overview.successRate) : unknown();
    case DeadLettersColumn: return ran || s.openDeadLetters > 0 ? fmt::count(s.openDeadLetters) : QString();
    case NextRunColumn: {
        if (r.state == QLatin1String("disabled") || r.state == QLatin1String("paused"))
            return unknown();
        const QDateTime next = r.overview.nextRunAt;
        // Pushed (webhook) and log-captured real-time pipelines run as changes come, under serve.
        const DatasetDef *source = m_workspace->dataset(p.source);
        if (!next.isValid() && source && source->capture.isFeed()
            && (p.mode == QLatin1String("realtime") || source->capture.method == QLatin1String("push")))
            return tr("As changes come");
        if (!next.isValid())
            return p.schedule.trimmed().isEmpty() ? fmt::schedule(QString()) : unknown();
        const QString when = fmt::untilTime(next);
        const QString &kind = r.overview.nextRunKind;
        if (kind == QLatin1String("retry"))
            return tr("%1 (retry)").arg(when);
        if (kind == QLatin1String("probe"))
            return tr("%1 (probe)").arg(when);
        if (kind == QLatin1String("dependency"))
            return tr("%1 (after another pipeline)").arg(when);
        return when;
    }
    default: return {};
    }
}

QVariant PipelineTableModel::value(const Row &r, int column) const
{
    const PipelineDef &p = r.def;
    const PipelineStatus &s = r.status;
    switch (column) {
    case StateColumn: return r.state;
    case NameColumn: return p.name;
    case RouteColumn: return QString(p.source + QLatin1Char('>') + p.target);
    case ModeColumn: return p.mode;
    case LastRunColumn: return s.lastRunAt;
    case LastStatusColumn: return s.lastStatus;
    case RowsWrittenColumn: return s.lastRowsWritten;
    case FailuresColumn: return s.lastRowsFailed;
    case BacklogColumn: return r.hasOverview ? r.overview.backlog : qint64(-1);
    case SuccessRateColumn: return r.hasOverview && r.overview.attempted ? r.overview.successRate : -1.0;
    case DeadLettersColumn: return s.openDeadLetters;
    case NextRunColumn: return r.overview.nextRunAt;
    default: return {};
    }
}

QVariant PipelineTableModel::foreground(const Row &r, int column) const
{
    const PipelineStatus &s = r.status;
    if (!r.def.enabled && column != FailuresColumn && column != DeadLettersColumn)
        return QBrush(Grey);
    // Failures and open dead letters are the numbers a steward must act on.
    if ((column == FailuresColumn && s.lastRowsFailed > 0) || (column == DeadLettersColumn && s.openDeadLetters > 0)
        || (column == LastStatusColumn && !r.running && s.lastStatus == QLatin1String("failed")))
        return QBrush(Red);
    if (column == StateColumn) {
        if (r.state == QLatin1String("failing") || r.state == QLatin1String("circuit_open"))
            return QBrush(Red);
        if (r.state == QLatin1String("retrying"))
            return QBrush(Amber);
        if (r.state == QLatin1String("paused"))
            return QBrush(Grey);
    }
    if (column == SuccessRateColumn && r.hasOverview && r.overview.attempted) {
        if (r.overview.successRate < 0.95)
            return QBrush(Red);
        if (r.overview.successRate < 0.999)
            return QBrush(Amber);
    }
    return {};
}

QVariant PipelineTableModel::toolTip(const Row &r, int column) const
{
    const PipelineDef &p = r.def;
    const PipelineStatus &s = r.status;
    const PipelineOverview &o = r.overview;
    switch (column) {
    case StateColumn: {
        QStringList tip;
        if (r.state == QLatin1String("paused"))
            tip << tr("Paused by %1 %2: schedules and retries wait for Resume; Run Now still runs it once")
                       .arg(o.control.pausedBy, fmt::relativeTime(o.control.pausedAt));
        else if (r.state == QLatin1String("circuit_open"))
            tip << tr("%1 kept failing, so pipelines writing to it wait; a probe run tries it again").arg(o.targetSystem);
        else if (r.state == QLatin1String("retrying"))
            tip << tr("The last run failed with a passing fault; retry %1 of %2").arg(o.control.retryAttempt).arg(p.retry.maxAttempts);
        else if (r.state == QLatin1String("failing"))
            tip << tr("The last run failed; the pipeline runs again on its schedule or when asked");
        else if (r.state == QLatin1String("disabled"))
            tip << tr("Disabled in workspace.yaml (enabled: false): only dry runs are allowed");
        if (!o.detail.isEmpty())
            tip << o.detail;
        tip << tr("Last run: %1").arg(fmt::runStatus(r.running ? QStringLiteral("running") : s.lastStatus));
        if (!s.checkpoint.isEmpty())
            tip << tr("Checkpoint: %1").arg(s.checkpoint);
        return tip.join(QLatin1Char('\n'));
    }
    case NameColumn:
        return p.description.isEmpty() ? p.name : p.name + QLatin1Char('\n') + p.description;
    case RouteColumn:
        return display(r, column);
    case LastRunColumn:
        return s.lastRunAt.isValid() ? QLocale().toString(s.lastRunAt.toLocalTime(), QLocale::LongFormat) : QVariant();
    case RowsWrittenColumn:
        return tr("%1 rows written by the last run, %2 by all runs").arg(fmt::count(s.lastRowsWritten), fmt::count(s.totalRowsWritten));
    case FailuresColumn:
        return tr("Records the last run could not write (sent to dead letters)");
    case BacklogColumn:
        return o.backlog >= 0 ? tr("Changes in the source not yet written to the target")
                              : tr("Not measured yet: the scheduler measures backlogs once a minute");
    case SuccessRateColumn:
        return tr("Records written out of records attempted in the last 24 hours");
    case DeadLettersColumn:
        return tr("Dead letters waiting for a fix and a replay");
    case NextRunColumn: {
        QStringList tip;
        tip << tr("Schedule: %1").arg(fmt::schedule(p.schedule));
        if (const DatasetDef *source = m_workspace->dataset(p.source); source && source->capture.isFeed())
            tip << (source->capture.method == QLatin1String("push")
                        ? tr("concordctl serve receives its events and applies each as it arrives")
                        : tr("In real-time mode, concordctl serve follows the change log continuously"));
        if (o.nextRunAt.isValid())
            tip << QLocale().toString(o.nextRunAt.toLocalTime(), QLocale::LongFormat);
        if (r.state == QLatin1String("paused"))
            tip << tr("Paused: nothing runs until Resume");
        return tip.join(QLatin1Char('\n'));
    }
    case LastStatusColumn: {
        QStringList tip;
        if (!p.enabled)
            tip << tr("Disabled in workspace.yaml (enabled: false): only dry runs are allowed");
        if (!s.checkpoint.isEmpty())
            tip << tr("Checkpoint: %1").arg(s.checkpoint);
        return tip.isEmpty() ? QVariant() : QVariant(tip.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

QVariant PipelineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StateColumn: return tr("State");
        case NameColumn: return tr("Pipeline");
        case RouteColumn: return tr("Source → target");
        case ModeColumn: return tr("Mode");
        case LastRunColumn: return tr("Last run");
        case LastStatusColumn: return tr("Last status");
        case RowsWrittenColumn: return tr("Rows written");
        case FailuresColumn: return tr("Failures");
        case BacklogColumn: return tr("Backlog");
        case SuccessRateColumn: return tr("Success (24 h)");
        case DeadLettersColumn: return tr("Dead letters");
        case NextRunColumn: return tr("Next run");
        default: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RowsWrittenColumn: return tr("Rows written by the last real run / by all real runs (dry runs write nothing)");
        case FailuresColumn: return tr("Records the last run could not write (sent to dead letters)");
        case BacklogColumn: return tr("Changes in the source not yet written to the target");
        case SuccessRateColumn: return tr("Records written out of records attempted in the last 24 hours");
        case DeadLettersColumn: return tr("Dead letters waiting for a fix and a replay");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace concord
