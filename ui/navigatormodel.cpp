#include "navigatormodel.h"

#include "conflicts/conflictstyle.h"
#include "formatting.h"

#include <QFont>

namespace concord {

namespace {

// Top-level rows carry internal id 0; children carry their group's row + 1.
constexpr quintptr TopLevel = 0;

} // namespace

NavigatorModel::NavigatorModel(QObject *parent) : QAbstractItemModel(parent) { }

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    beginResetModel();
    m_workspace = std::move(workspace);
    m_systems.clear();
    m_datasets.clear();
    m_pipelines.clear();
    m_twoWay.clear();
    m_conflicts.clear();
    m_statuses.clear();
    m_states.clear();
    m_openDeadLetters = 0;
    m_pendingAlerts = 0;
    if (m_workspace) {
        m_systems = m_workspace->systems.keys();
        m_datasets = m_workspace->datasets.keys();
        m_pipelines = m_workspace->pipelines.keys();
        for (const QString &p : std::as_const(m_pipelines))
            if (m_workspace->pipelines.value(p).direction == QLatin1String("two-way"))
                m_twoWay.append(p);
    }
    endResetModel();
}

void NavigatorModel::setStatuses(const QList<PipelineStatus> &statuses)
{
    m_statuses.clear();
    qint64 open = 0;
    for (const PipelineStatus &s : statuses) {
        m_statuses.insert(s.pipeline, s);
        if (m_pipelines.contains(s.pipeline))
            open += s.openDeadLetters;
    }
    emitPipelinesChanged();
    if (open != m_openDeadLetters) {
        m_openDeadLetters = open;
        emitNodeChanged(DeadLettersNode);
    }
}

void NavigatorModel::setOverview(const QList<PipelineOverview> &overview)
{
    QHash<QString, QString> states;
    for (const PipelineOverview &o : overview)
        states.insert(o.pipeline, o.state);
    if (states == m_states)
        return;
    m_states = states;
    emitPipelinesChanged();
}

void NavigatorModel::setPendingAlerts(int count)
{
    if (count == m_pendingAlerts)
        return;
    m_pendingAlerts = count;
    emitNodeChanged(AlertsNode);
}

void NavigatorModel::setConflictCounts(const QMap<QString, qint64> &openByPipeline)
{
    if (openByPipeline == m_conflicts)
        return;
    m_conflicts = openByPipeline;
    emitNodeChanged(ConflictsNode);
    emitConflictPipelinesChanged();
}

void NavigatorModel::emitConflictPipelinesChanged()
{
    const QModelIndex node = groupIndex(ConflictsNode);
    if (!m_twoWay.isEmpty() && node.isValid())
        Q_EMIT dataChanged(index(0, 0, node), index(int(m_twoWay.size()) - 1, 0, node));
}

qint64 NavigatorModel::openConflicts() const
{
    qint64 n = 0;
    for (const QString &p : m_twoWay)
        n += m_conflicts.value(p);
    return n;
}

void NavigatorModel::emitNodeChanged(Group node)
{
    const QModelIndex index = groupIndex(node);
    if (index.isValid())
        Q_EMIT dataChanged(index, index);
}

void NavigatorModel::setRunningPipeline(const QString &pipeline)
{
    if (pipeline == m_running)
        return;
    m_running = pipeline;
    emitPipelinesChanged();
}

void NavigatorModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    emitPipelinesChanged(); // tooltips carry translated statuses
    emitConflictPipelinesChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
}

void NavigatorModel::emitPipelinesChanged()
{
    if (m_pipelines.isEmpty() || !m_workspace)
        return;
    const QModelIndex group = groupIndex(PipelinesGroup);
    Q_EMIT dataChanged(index(0, 0, group), index(int(m_pipelines.size()) - 1, 0, group));
}

QModelIndex NavigatorModel::pipelineIndex(const QString &name) const
{
    const int row = int(m_pipelines.indexOf(name));
    return row < 0 ? QModelIndex() : index(row, 0, groupIndex(PipelinesGroup));
}

QModelIndex NavigatorModel::groupIndex(Group group) const
{
    return m_workspace ? index(group, 0) : QModelIndex();
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!m_workspace)
        return 0;
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0 || parent.internalId() != TopLevel)
        return 0; // only groups have children
    switch (parent.row()) {
    case SystemsGroup: return int(m_systems.size());
    case DatasetsGroup: return int(m_datasets.size());
    case PipelinesGroup: return int(m_pipelines.size());
    case ConflictsNode: return int(m_twoWay.size());
    default: return 0;
    }
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_workspace)
        return {};
    if (index.internalId() == TopLevel)
        return groupData(index.row(), role);
    return childData(int(index.internalId() - 1), index.row(), role);
}

QVariant NavigatorModel::groupData(int group, int role) const
{
    if (role == KindRole)
        return int(group == DeadLettersNode ? Kind::DeadLetters
                   : group == AlertsNode    ? Kind::Alerts
                   : group == ConflictsNode ? Kind::Conflicts
                                            : Kind::Group);
    switch (group) {
    case SystemsGroup:
        if (role == Qt::DisplayRole)
            return tr("Systems (%1)").arg(m_systems.size());
        if (role == Qt::DecorationRole)
            return fmt::icon("system");
        if (role == Qt::ToolTipRole)
            return tr("The department systems this workspace connects");
        break;
    case DatasetsGroup:
        if (role == Qt::DisplayRole)
            return tr("Datasets (%1)").arg(m_datasets.size());
        if (role == Qt::DecorationRole)
            return fmt::icon("dataset");
        if (role == Qt::ToolTipRole)
            return tr("Tables and the fields declared for them, with their sensitivity");
        break;
    case PipelinesGroup:
        if (role == Qt::DisplayRole)
            return tr("Pipelines (%1)").arg(m_pipelines.size());
        if (role == Qt::DecorationRole)
            return fmt::icon("pipeline");
        if (role == Qt::ToolTipRole)
            return tr("Sync pipelines: select one to run it or to filter the log");
        break;
    case ConflictsNode:
        if (role == Qt::DisplayRole)
            return tr("Conflicts (%1)").arg(fmt::count(openConflicts()));
        if (role == Qt::DecorationRole)
            return conflictstyle::conflictIcon();
        if (role == Qt::FontRole && openConflicts() > 0) {
            QFont bold;
            bold.setBold(true);
            return bold; // records changed on both sides wait for the steward
        }
        if (role == Qt::ToolTipRole)
            return tr("Records of two-way pipelines changed on both sides, waiting for a steward to choose the values");
        break;
    case DeadLettersNode:
        if (role == Qt::DisplayRole)
            return tr("Dead letters (%1)").arg(fmt::count(m_openDeadLetters));
        if (role == Qt::DecorationRole)
            return fmt::icon("dead-letter");
        if (role == Qt::FontRole && m_openDeadLetters > 0) {
            QFont bold;
            bold.setBold(true);
            return bold; // open dead letters are work waiting for the steward
        }
        if (role == Qt::ToolTipRole)
            return tr("Records that failed permanently and wait for a fix and a replay");
        break;
    case AlertsNode:
        if (role == Qt::DisplayRole)
            return tr("Alerts (%1)").arg(fmt::count(m_pendingAlerts));
        if (role == Qt::DecorationRole)
            return fmt::icon("alert");
        if (role == Qt::FontRole && m_pendingAlerts > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return tr("Active alerts nobody has acknowledged yet");
        break;
    default:
        break;
    }
    return {};
}

QVariant NavigatorModel::childData(int group, int row, int role) const
{
    switch (group) {
    case SystemsGroup: {
        const QString &name = m_systems.at(row);
        if (role == KindRole)
            return int(Kind::System);
        if (role == Qt::DisplayRole || role == NameRole)
            return name;
        if (role == Qt::ToolTipRole) {
            const SystemDef &s = m_workspace->systems.value(name);
            return tr("%1 system · department: %2").arg(s.kind, s.department.isEmpty() ? tr("none") : s.department);
        }
        break;
    }
    case DatasetsGroup: {
        const QString &id = m_datasets.at(row);
        if (role == KindRole)
            return int(Kind::Dataset);
        if (role == Qt::DisplayRole || role == NameRole)
            return id;
        if (role == Qt::ToolTipRole)
            return tr("Table %1 in system %2").arg(m_workspace->datasets.value(id).table, m_workspace->datasets.value(id).system);
        break;
    }
    case PipelinesGroup: {
        const QString &name = m_pipelines.at(row);
        const PipelineStatus status = m_statuses.value(name);
        const bool running = name == m_running;
        if (role == KindRole)
            return int(Kind::Pipeline);
        if (role == Qt::DisplayRole || role == NameRole)
            return name;
        const PipelineDef &p = m_workspace->pipelines.value(name);
        const QString state = running ? QStringLiteral("running")
                              : !p.enabled ? QStringLiteral("disabled")
                                           : m_states.value(name, QStringLiteral("idle"));
        if (role == Qt::DecorationRole)
            return state == QLatin1String("running") ? fmt::stateIcon(status.lastStatus, true)
                                                      : fmt::pipelineStateIcon(state, status.lastStatus);
        if (role == Qt::ToolTipRole) {
            QString tip = tr("%1 → %2\nLast run: %3")
                              .arg(p.source, p.target, running ? fmt::runStatus(QStringLiteral("running")) : fmt::runStatus(status.lastStatus));
            if (state != QLatin1String("idle") && state != QLatin1String("running"))
                tip += QLatin1Char('\n') + fmt::pipelineState(state);
            return tip;
        }
        break;
    }
    case ConflictsNode: {
        const QString &name = m_twoWay.at(row);
        const qint64 open = m_conflicts.value(name);
        if (role == KindRole)
            return int(Kind::ConflictPipeline);
        if (role == NameRole)
            return name;
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(name, fmt::count(open));
        if (role == Qt::FontRole && open > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return tr("Open conflicts of the two-way pipeline %1").arg(name);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Navigator");
    return {};
}

} // namespace concord
