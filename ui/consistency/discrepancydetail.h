#pragma once
// The side-by-side view of one discrepancy (UX.md: consistency review, bottom): every compared
// field of the record with its source and target value. Fields that differ are tinted; a value
// masked or hidden for the viewer is italic with a tooltip saying so; a side without the record
// says so; the engine's note (why a source record does not map, say) is shown above.

#include "consistency/consistencytypes.h"

#include <QAbstractTableModel>
#include <QPalette>
#include <QWidget>

class QLabel;
class QTableView;

namespace concord {

class DiscrepancyDetailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, SourceColumn, TargetColumn, ColumnCount };
    enum Role {
        DifferingRole = Qt::UserRole + 1, // bool: the field differs (Mismatch)
        WithheldRole,                     // bool: masked or hidden for the viewer
        NullRole,                         // bool: the value is NULL on this side
    };

    explicit DiscrepancyDetailModel(QObject *parent = nullptr);
    ~DiscrepancyDetailModel() override;

    void setDiscrepancy(const DiscrepancyRow &row);
    void clear();
    const DiscrepancyRow &discrepancy() const { return m_row; }
    // The palette the tints are mixed from (the view's, followed on PaletteChange).
    void setPalette(const QPalette &palette);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool sideAbsent(int column) const;

    DiscrepancyRow m_row;
    QPalette m_palette;
};

class DiscrepancyDetail : public QWidget
{
    Q_OBJECT

public:
    explicit DiscrepancyDetail(QWidget *parent = nullptr);
    ~DiscrepancyDetail() override;

    // Shows `row` (id 0: nothing selected). `viewer`: who the values are masked for, as a label.
    void showDiscrepancy(const DiscrepancyRow &row, const QString &viewer);
    DiscrepancyDetailModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString noteText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    DiscrepancyDetailModel *m_model;
    QLabel *m_title;
    QLabel *m_info;
    QLabel *m_note;
    QTableView *m_table;
    QString m_viewer;
};

} // namespace concord
