#include "recentrunsmodel.h"

#include "formatting.h"

#include <QLocale>

namespace concord {

RecentRunsModel::RecentRunsModel(QObject *parent) : QAbstractTableModel(parent) { }

RecentRunsModel::~RecentRunsModel() = default;

void RecentRunsModel::setRuns(const QList<RunRecord> &runs)
{
    // Runs are few (20) and change as a whole: a reset is simplest and cheap.
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void RecentRunsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RecentRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RecentRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &r = m_runs.at(index.row());
    const bool running = r.status == QLatin1String("running") || !r.finishedAt.isValid();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartedColumn: return fmt::relativeTime(r.startedAt);
        case KindColumn: return r.dryRun ? tr("Dry run") : tr("Run");
        case StatusColumn: return fmt::runStatus(running ? QStringLiteral("running") : r.status);
        case ReadColumn: return fmt::count(r.read);
        case WrittenColumn: return fmt::count(r.written);
        case FailedColumn: return fmt::count(r.failed);
        case DurationColumn: return running ? QString() : fmt::duration(r.startedAt.msecsTo(r.finishedAt));
        case ErrorColumn: return r.error;
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return fmt::stateIcon(r.status, running);
    if (role == Qt::TextAlignmentRole && index.column() >= ReadColumn && index.column() <= DurationColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == StartedColumn)
            return QLocale().toString(r.startedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ErrorColumn && !r.error.isEmpty())
            return r.error;
        if (index.column() == KindColumn && !r.actor.isEmpty())
            return tr("Started by %1 · trace %2").arg(r.actor, r.traceId);
    }
    return {};
}

QVariant RecentRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StartedColumn: return tr("Started");
        case KindColumn: return tr("Kind");
        case StatusColumn: return tr("Outcome");
        case ReadColumn: return tr("Read");
        case WrittenColumn: return tr("Written");
        case FailedColumn: return tr("Failed");
        case DurationColumn: return tr("Duration");
        case ErrorColumn: return tr("Error");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && section >= ReadColumn && section <= DurationColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace concord
