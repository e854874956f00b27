#pragma once
// The policy matrix (UX.md: sensitivity view, second tab): the fields of one dataset down, every
// role and every system across; each cell the decision of the one resolution function — pass,
// mask (which), drop — coloured, with the reason as tooltip. Shows the tags being edited, so the
// steward sees the effect before saving. It shows no data values.

#include "policy/policy.h"

#include <QAbstractTableModel>

#include <memory>

namespace concord {

class PolicyMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PolicyMatrixModel(QObject *parent = nullptr);

    // `workspace` with the dataset as edited.
    void setWorkspace(std::shared_ptr<const Workspace> workspace, const QString &dataset);
    const Holder &holder(int column) const { return m_holders.at(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Workspace> m_workspace;
    const DatasetDef *m_dataset = nullptr;
    QList<Holder> m_holders;
    QList<QList<PolicyDecision>> m_cells; // [field][holder]
};

} // namespace concord
