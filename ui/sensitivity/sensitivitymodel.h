#pragma once
// The sensitivity page's table: one row per field of a dataset — name, type, a sample value as the
// viewer may see it, level, mask, visible-to departments. Edits made in the view do not change the
// model directly: they are handed to `editRequested`, which the page turns into undo commands that
// call setTags().

#include "workspace/fieldtagwriter.h"
#include "workspace/workspace.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace concord {

class SensitivityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, TypeColumn, SampleColumn, LevelColumn, MaskColumn, VisibleColumn, ColumnCount };

    explicit SensitivityModel(QObject *parent = nullptr);

    // Shows `dataset` as saved; edits start from it.
    void setDataset(const DatasetDef &dataset);
    const DatasetDef &dataset() const { return m_dataset; }
    const DatasetDef &saved() const { return m_saved; }
    // The sample column's text per field (already masked for the viewer by the page).
    void setSamples(const QStringList &samples);

    FieldTagEdit tags(int row) const;
    void setTags(int row, const FieldTagEdit &tags);
    // The fields whose tags differ from the saved dataset, before and after.
    QList<FieldTagEdit> changedBefore() const;
    QList<FieldTagEdit> changedAfter() const;
    bool isModified() const { return !changedAfter().isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The view asks for `after` on row `row` (one field): the page pushes an undo command.
    void editRequested(int row, const concord::FieldTagEdit &after);
    void tagsChanged();

private:
    FieldTagEdit tagsOf(const DatasetDef &ds, int row) const;

    DatasetDef m_dataset;
    DatasetDef m_saved;
    QStringList m_samples;
};

// The colour of a level (UX.md: L1 grey, L2 amber, L3 red).
QColor levelColor(Sensitivity level);

} // namespace concord
