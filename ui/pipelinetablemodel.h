#pragma once
// The pipelines dashboard table: one row per pipeline of the workspace, joined with what the
// state store says about its last real run. Rows follow the workspace; statuses only emit
// dataChanged, so sorting, selection and scrolling survive the frequent refreshes.

#include "store/storereader.h"
#include "workspace/workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>

namespace concord {

class PipelineTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RouteColumn,
        ModeColumn,
        ScheduleColumn,
        LastRunColumn,
        LastStatusColumn,
        RowsWrittenColumn,
        FailuresColumn,
        DeadLettersColumn,
        ColumnCount
    };
    enum Role {
        PipelineNameRole = Qt::UserRole + 1,
        // The raw value behind a cell (numbers, QDateTime), for sorting and for tests.
        ValueRole,
        // Rows written by all real runs together (RowsWrittenColumn shows last / total).
        TotalWrittenRole,
    };

    explicit PipelineTableModel(QObject *parent = nullptr);
    ~PipelineTableModel() override;

    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    void setStatuses(const QList<PipelineStatus> &statuses);
    void setRunningPipeline(const QString &pipeline);
    // "3 min ago" grows stale: the view calls this on a timer.
    void refreshRelativeTimes();
    void retranslate();

    int rowOf(const QString &pipeline) const { return int(m_pipelines.indexOf(pipeline)); }
    QString pipelineAt(int row) const { return m_pipelines.value(row); }
    PipelineStatus statusOf(const QString &pipeline) const { return m_statuses.value(pipeline); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PipelineDef &p, const PipelineStatus &s, bool running, int column) const;
    QVariant value(const PipelineDef &p, const PipelineStatus &s, int column) const;
    void emitAllChanged();

    std::shared_ptr<const Workspace> m_workspace;
    QStringList m_pipelines;
    QHash<QString, PipelineStatus> m_statuses;
    QString m_running;
};

} // namespace concord
