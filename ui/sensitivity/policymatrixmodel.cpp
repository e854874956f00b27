#include "sensitivity/policymatrixmodel.h"

#include <QBrush>
#include <QColor>

namespace concord {

PolicyMatrixModel::PolicyMatrixModel(QObject *parent) : QAbstractTableModel(parent) { }

void PolicyMatrixModel::setWorkspace(std::shared_ptr<const Workspace> workspace, const QString &dataset)
{
    beginResetModel();
    m_workspace = std::move(workspace);
    m_dataset = m_workspace ? m_workspace->dataset(dataset) : nullptr;
    m_holders.clear();
    m_cells.clear();
    if (m_dataset) {
        for (const RoleDef &r : m_workspace->roles)
            m_holders.append(Holder::ofRole(r));
        for (const SystemDef &s : m_workspace->systems)
            m_holders.append(Holder::ofSystem(s));
        for (const Field &f : m_dataset->schema.fields) {
            QList<PolicyDecision> row;
            for (const Holder &h : std::as_const(m_holders))
                row.append(resolvePolicy(*m_workspace, *m_dataset, f, h));
            m_cells.append(row);
        }
    }
    endResetModel();
}

int PolicyMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int PolicyMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_holders.size());
}

QVariant PolicyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && m_dataset && section < m_dataset->schema.fields.size()) {
            const Field &f = m_dataset->schema.fields.at(section);
            return QStringLiteral("%1  %2").arg(f.name, sensitivityName(f.effectiveSensitivity()));
        }
        return {};
    }
    if (section >= m_holders.size())
        return {};
    const Holder &h = m_holders.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return h.kind == Holder::Kind::System ? tr("⚙ %1").arg(h.name) : h.name;
    case Qt::ToolTipRole:
        return (h.kind == Holder::Kind::System ? tr("System %1: department %2, receives up to %3")
                                               : tr("Role %1: department %2, clearance %3"))
            .arg(h.name, h.department.isEmpty() ? tr("(none)") : h.department, sensitivityName(h.clearance));
    default:
        return {};
    }
}

QVariant PolicyMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cells.size() || index.column() >= m_holders.size())
        return {};
    const PolicyDecision &d = m_cells.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (d.action) {
        case PolicyDecision::Action::Pass: return tr("pass");
        case PolicyDecision::Action::Mask: return tr("mask: %1").arg(d.mask.text());
        case PolicyDecision::Action::Drop: return tr("drop");
        }
        return {};
    case Qt::BackgroundRole:
        switch (d.action) {
        case PolicyDecision::Action::Pass: return {};
        case PolicyDecision::Action::Mask: return QBrush(QColor(0xff, 0xf1, 0xcc));
        case PolicyDecision::Action::Drop: return QBrush(QColor(0xfd, 0xe0, 0xe0));
        }
        return {};
    case Qt::ToolTipRole:
        return d.reason;
    case Qt::UserRole: // the decision's summary, for tests and export
        return d.summary();
    default:
        return {};
    }
}

} // namespace concord
