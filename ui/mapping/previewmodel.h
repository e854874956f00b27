#pragma once
// The live preview grid's model: one row per sample record, one column per mapped target field
// plus the source key and the record's outcome. A cell shows the value and how it was chosen
// ("confirmed · case 1", "0.00 · default"); a cell whose field failed is red with the error as
// tooltip; hovering a cell names the branch that fired.

#include "mapping/mappingrules.h"
#include "mapping/preview.h"
#include "workspace/workspace.h"

#include <QAbstractTableModel>

#include <memory>

namespace concord {

class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewModel(QObject *parent = nullptr);

    // `rules` and `target` as they were when the preview was computed (for branch texts and
    // sensitivity of target fields).
    void setResult(std::shared_ptr<const PreviewResult> result, const MappingRules &rules, const DatasetDef &target);
    void clear();
    const PreviewResult *result() const { return m_result.get(); }
    // The column of a target field, -1 if it is not mapped.
    int columnOf(const QString &targetField) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Roles beyond Qt's: whether the cell is an error (bool), and the branch label (QString).
    enum Role { ErrorRole = Qt::UserRole + 1, BranchRole };

private:
    std::shared_ptr<const PreviewResult> m_result;
    MappingRules m_rules;
    DatasetDef m_target;
};

} // namespace concord
