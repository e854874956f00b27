#pragma once
// The three-way view of one conflict (UX.md: conflict queue, right; anchors KDiff3 and Beyond
// Compare): one row per field with its Base, source and target values and the Result the steward
// builds. Fields in conflict are tinted, a field changed on one side only marks that side, a value
// masked for the viewer is italic grey, a deleted side reads "(deleted)". A field both sides changed
// that the pipeline's strategy decides may be overridden too, but need not. Picks and typed values
// do not change the model: they are pushed as undo steps on the ConflictDraft (as Tiled's models
// do), and the model shows the draft's decision.

#include "conflict/conflicttypes.h"
#include "conflicts/conflictdraft.h"

#include <QAbstractTableModel>
#include <QPalette>
#include <QPointer>

namespace concord {

class ConflictMergeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, BaseColumn, SourceColumn, TargetColumn, ResultColumn, ColumnCount };
    enum Role {
        ConflictingRole = Qt::UserRole + 1, // bool: the field is in conflict
        ChangedRole,                        // bool: this side changed the field since the base
        WithheldRole,                       // bool: masked or hidden for the viewer
        AbsentRole,                         // bool: no record on this side (deleted), or no base
        NullRole,                           // bool: the value is NULL
        ChosenRole,                         // bool: this cell is what Result takes
        PickableRole,                       // bool: clicking this cell (or its key) takes it
        DecidedRole,                        // bool (Result): the field has a choice
    };

    explicit ConflictMergeModel(ConflictDraft *draft, QObject *parent = nullptr);
    ~ConflictMergeModel() override;

    void setConflict(const ConflictView &conflict);
    void clear();
    const ConflictView &conflict() const { return m_conflict; }
    ConflictDecision decision() const;
    // Conflicting fields still without a choice (none for a delete conflict, which needs keep).
    QStringList undecidedFields() const;
    // Whether Resolve may apply the decision as it stands.
    bool isComplete() const;
    int rowOfField(const QString &field) const;
    int firstConflictingRow() const;

    // Undo steps on the draft. false when the row or cell cannot be taken.
    bool pick(int row, FieldChoice::Take take);
    bool pickColumn(int row, int column);
    bool setCustom(int row, const QString &text);
    bool setNull(int row);
    bool setKeep(bool keep);

    // The palette the tints are mixed from (the view's, followed on PaletteChange).
    void setPalette(const QPalette &palette);
    void retranslate();

    static Column columnOf(FieldChoice::Take take);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Shown
    {
        QString text;
        bool withheld = false;
        bool null = false;
        bool absent = false;
        bool placeholder = false; // a hint, not a value
    };
    const ConflictCell *cell(int row, int column) const;
    bool isConflicting(int row) const;
    // Changed on both sides to different values, but decided by the pipeline's strategy: a
    // steward may still choose (the engine honours a choice for it), and need not.
    bool isStrategyDecided(int row) const;
    bool sideChanged(int row, int column) const;
    bool sideDeleted(int column) const;
    bool isPickable(int row, int column) const;
    int chosenColumn(int row) const; // the column Result takes from, -1 for custom or none
    Shown shownCell(int row, int column) const;
    Shown shownResult(int row) const;
    QString resultTip(int row) const;
    QString sideName(int column) const;
    void onDecisionChanged(qint64 id);
    void emitAllChanged();

    QPointer<ConflictDraft> m_draft;
    ConflictView m_conflict;
    QPalette m_palette;
};

} // namespace concord
