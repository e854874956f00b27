#pragma once
// The navigator's tree: Systems, Datasets and Pipelines of the open workspace, then the
// steward's to-do counts (open conflicts, with one child per two-way pipeline; open dead letters;
// alerts nobody acknowledged). The structure changes only when a workspace is (re)opened; status
// refreshes only emit dataChanged, so selection and expansion survive them.

#include "governance/operations.h"
#include "store/storereader.h"
#include "workspace/workspace.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <memory>

namespace concord {

class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Group, System, Dataset, Pipeline, DeadLetters, Alerts, Conflicts, ConflictPipeline };
    enum Group { SystemsGroup, DatasetsGroup, PipelinesGroup, ConflictsNode, DeadLettersNode, AlertsNode, GroupCount };
    enum Role { KindRole = Qt::UserRole + 1, NameRole };

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    void setStatuses(const QList<PipelineStatus> &statuses);
    void setRunningPipeline(const QString &pipeline);
    // Pipelines that are paused, failing, retrying or behind an open circuit show that state's mark.
    void setOverview(const QList<PipelineOverview> &overview);
    // Active alerts nobody acknowledged yet.
    void setPendingAlerts(int count);
    // Open conflicts per two-way pipeline (ConflictPage::countsChanged).
    void setConflictCounts(const QMap<QString, qint64> &openByPipeline);
    // Header and group names are translated text: call on QEvent::LanguageChange.
    void retranslate();

    QModelIndex pipelineIndex(const QString &name) const;
    QModelIndex groupIndex(Group group) const;
    qint64 openDeadLetters() const { return m_openDeadLetters; }
    int pendingAlerts() const { return m_pendingAlerts; }
    qint64 openConflicts() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant groupData(int group, int role) const;
    QVariant childData(int group, int row, int role) const;
    void emitPipelinesChanged();
    void emitNodeChanged(Group node);
    void emitConflictPipelinesChanged();

    std::shared_ptr<const Workspace> m_workspace;
    QStringList m_systems;
    QStringList m_datasets;
    QStringList m_pipelines;
    QStringList m_twoWay;
    QMap<QString, qint64> m_conflicts;
    QHash<QString, PipelineStatus> m_statuses;
    QHash<QString, QString> m_states; // pipeline -> PipelineOverview::state
    QString m_running;
    qint64 m_openDeadLetters = 0;
    int m_pendingAlerts = 0;
};

} // namespace concord
