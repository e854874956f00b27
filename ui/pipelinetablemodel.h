#pragma once
// The pipelines dashboard table: one row per pipeline of the workspace, joined with what the
// state store says about its last real run (PipelineStatus) and how it operates now
// (PipelineOverview: state, backlog, 24-hour success rate, next run). Rows follow the workspace;
// statuses and overviews only emit dataChanged, so sorting, selection and scrolling survive the
// frequent refreshes.

#include "governance/operations.h"
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
        StateColumn,
        NameColumn,
        RouteColumn,
        ModeColumn,
        LastRunColumn,
        LastStatusColumn,
        RowsWrittenColumn,
        FailuresColumn,
        BacklogColumn,
        SuccessRateColumn,
        DeadLettersColumn,
        NextRunColumn,
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
    void setOverview(const QList<PipelineOverview> &overview);
    void setRunningPipeline(const QString &pipeline);
    // "3 min ago" grows stale: the view calls this on a timer.
    void refreshRelativeTimes();
    void retranslate();

    int rowOf(const QString &pipeline) const { return int(m_pipelines.indexOf(pipeline)); }
    QString pipelineAt(int row) const { return m_pipelines.value(row); }
    PipelineStatus statusOf(const QString &pipeline) const { return m_statuses.value(pipeline); }
    PipelineOverview overviewOf(const QString &pipeline) const { return m_overview.value(pipeline); }
    // The state shown: idle | running | paused | circuit_open | retrying | failing | disabled. What
    // the console knows now (its own run, enabled: false) wins over the last overview.
    QString stateOf(const QString &pipeline) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PipelineDef def;
        PipelineStatus status;
        PipelineOverview overview;
        bool hasOverview = false;
        bool running = false;
        QString state;
    };
    Row rowData(int row) const;
    QVariant display(const Row &r, int column) const;
    QVariant value(const Row &r, int column) const;
    QVariant toolTip(const Row &r, int column) const;
    QVariant foreground(const Row &r, int column) const;
    void emitAllChanged();

    std::shared_ptr<const Workspace> m_workspace;
    QStringList m_pipelines;
    QHash<QString, PipelineStatus> m_statuses;
    QHash<QString, PipelineOverview> m_overview;
    QString m_running;
};

} // namespace concord
