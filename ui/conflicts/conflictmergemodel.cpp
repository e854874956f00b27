#include "conflicts/conflictmergemodel.h"

#include "conflicts/conflictstyle.h"

#include <QFont>

namespace concord {

using Take = FieldChoice::Take;

ConflictMergeModel::ConflictMergeModel(ConflictDraft *draft, QObject *parent) : QAbstractTableModel(parent), m_draft(draft)
{
    connect(draft, &ConflictDraft::decisionChanged, this, &ConflictMergeModel::onDecisionChanged);
}

ConflictMergeModel::~ConflictMergeModel() = default;

void ConflictMergeModel::setConflict(const ConflictView &conflict)
{
    // The same conflict read again (values refreshed): the rows stay, so do the view's selection.
    if (conflict.id != 0 && conflict.id == m_conflict.id && conflict.fields == m_conflict.fields) {
        m_conflict = conflict;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        emitAllChanged();
        return;
    }
    beginResetModel();
    m_conflict = conflict;
    endResetModel();
}

void ConflictMergeModel::clear()
{
    setConflict(ConflictView());
}

ConflictDecision ConflictMergeModel::decision() const
{
    return m_draft && m_conflict.id != 0 ? m_draft->decision(m_conflict.id) : ConflictDecision();
}

QStringList ConflictMergeModel::undecidedFields() const
{
    if (m_conflict.isDeleteConflict())
        return {};
    const ConflictDecision d = decision();
    QStringList missing;
    for (const QString &f : m_conflict.conflicting)
        if (!d.fields.contains(f))
            missing.append(f);
    return missing;
}

bool ConflictMergeModel::isComplete() const
{
    if (m_conflict.id == 0)
        return false;
    return m_conflict.isDeleteConflict() ? decision().keep >= 0 : undecidedFields().isEmpty();
}

int ConflictMergeModel::rowOfField(const QString &field) const
{
    return int(m_conflict.fields.indexOf(field));
}

int ConflictMergeModel::firstConflictingRow() const
{
    for (int row = 0; row < m_conflict.fields.size(); ++row)
        if (isConflicting(row))
            return row;
    return m_conflict.fields.isEmpty() ? -1 : 0;
}

ConflictMergeModel::Column ConflictMergeModel::columnOf(Take take)
{
    switch (take) {
    case Take::Base: return BaseColumn;
    case Take::Source: return SourceColumn;
    case Take::Target: return TargetColumn;
    case Take::Custom: return ResultColumn;
    }
    return ResultColumn;
}

bool ConflictMergeModel::pick(int row, Take take)
{
    if (take == Take::Custom)
        return false;
    const int column = columnOf(take);
    if (!m_draft || !isPickable(row, column))
        return false;
    const QString field = m_conflict.fields.at(row);
    const QString text = take == Take::Base ? tr("Take base for %1").arg(field)
                                            : tr("Take %1 for %2").arg(sideName(column), field);
    m_draft->pick(m_conflict.id, field, FieldChoice{take, QString(), false}, text);
    return true;
}

bool ConflictMergeModel::pickColumn(int row, int column)
{
    switch (column) {
    case BaseColumn: return pick(row, Take::Base);
    case SourceColumn: return pick(row, Take::Source);
    case TargetColumn: return pick(row, Take::Target);
    default: return false;
    }
}

bool ConflictMergeModel::setCustom(int row, const QString &text)
{
    if (!m_draft || !isPickable(row, ResultColumn))
        return false;
    const QString field = m_conflict.fields.at(row);
    m_draft->pick(m_conflict.id, field, FieldChoice{Take::Custom, text, false}, tr("Type a value for %1").arg(field));
    return true;
}

bool ConflictMergeModel::setNull(int row)
{
    if (!m_draft || !isPickable(row, ResultColumn))
        return false;
    const QString field = m_conflict.fields.at(row);
    m_draft->pick(m_conflict.id, field, FieldChoice{Take::Custom, QString(), true}, tr("Set %1 to NULL").arg(field));
    return true;
}

bool ConflictMergeModel::setKeep(bool keep)
{
    if (!m_draft || !m_conflict.isDeleteConflict())
        return false;
    m_draft->setKeep(m_conflict.id, keep,
                     keep ? tr("Keep record %1").arg(m_conflict.key) : tr("Delete record %1").arg(m_conflict.key));
    return true;
}

void ConflictMergeModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    emitAllChanged();
}

void ConflictMergeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllChanged();
}

void ConflictMergeModel::onDecisionChanged(qint64 id)
{
    if (id == m_conflict.id && id != 0) {
        emitAllChanged();
        Q_EMIT headerDataChanged(Qt::Horizontal, ResultColumn, ResultColumn);
    }
}

void ConflictMergeModel::emitAllChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const ConflictCell *ConflictMergeModel::cell(int row, int column) const
{
    const QList<ConflictCell> *side = column == BaseColumn     ? &m_conflict.base
                                      : column == SourceColumn ? &m_conflict.source
                                      : column == TargetColumn ? &m_conflict.target
                                                               : nullptr;
    return side && row >= 0 && row < side->size() ? &side->at(row) : nullptr;
}

bool ConflictMergeModel::isConflicting(int row) const
{
    return row >= 0 && row < m_conflict.fields.size() && m_conflict.conflicting.contains(m_conflict.fields.at(row));
}

bool ConflictMergeModel::isStrategyDecided(int row) const
{
    if (isConflicting(row) || row < 0 || row >= m_conflict.fields.size())
        return false;
    const QString field = m_conflict.fields.at(row);
    if (!m_conflict.changedSource.contains(field) || !m_conflict.changedTarget.contains(field))
        return false;
    const ConflictCell *s = cell(row, SourceColumn);
    const ConflictCell *t = cell(row, TargetColumn);
    if (!s || !t || s->absent || t->absent)
        return false;
    // Both changed it to the same value: nothing to decide. (Masked values cannot be compared.)
    return s->withheld || t->withheld || s->null != t->null || s->text != t->text;
}

bool ConflictMergeModel::sideChanged(int row, int column) const
{
    const QString field = m_conflict.fields.value(row);
    return (column == SourceColumn && m_conflict.changedSource.contains(field))
        || (column == TargetColumn && m_conflict.changedTarget.contains(field));
}

bool ConflictMergeModel::sideDeleted(int column) const
{
    return (column == SourceColumn && m_conflict.kind == QLatin1String("delete_source"))
        || (column == TargetColumn && m_conflict.kind == QLatin1String("delete_target"));
}

bool ConflictMergeModel::isPickable(int row, int column) const
{
    // The engine takes choices for the fields in conflict of a record both sides have; a delete
    // conflict is decided as a whole (keep or delete).
    if ((!isConflicting(row) && !isStrategyDecided(row)) || m_conflict.isDeleteConflict()
        || m_conflict.status != QLatin1String("open"))
        return false;
    if (column == ResultColumn)
        return true;
    const ConflictCell *c = cell(row, column);
    return c && !c->absent;
}

int ConflictMergeModel::chosenColumn(int row) const
{
    const QString field = m_conflict.fields.value(row);
    if (m_conflict.isDeleteConflict()) {
        if (decision().keep != 1)
            return -1;
        return m_conflict.kind == QLatin1String("delete_source") ? TargetColumn : SourceColumn;
    }
    const ConflictDecision choices = decision();
    const auto d = choices.fields.constFind(field);
    if (!isConflicting(row) && d == choices.fields.cend()) {
        if (isStrategyDecided(row))
            return -1; // the strategy's side, which the view does not know
        // What the merge writes on its own: the side that changed it, else both agree.
        if (m_conflict.changedSource.contains(field) && !m_conflict.changedTarget.contains(field))
            return SourceColumn;
        return TargetColumn;
    }
    if (d == choices.fields.cend() || d->take == Take::Custom)
        return -1;
    return columnOf(d->take);
}

ConflictMergeModel::Shown ConflictMergeModel::shownCell(int row, int column) const
{
    Shown s;
    const ConflictCell *c = cell(row, column);
    if (!c || c->absent) {
        s.absent = true;
        s.text = sideDeleted(column) ? tr("(deleted)") : QStringLiteral("—");
        return s;
    }
    if (c->withheld) {
        s.withheld = true;
        s.text = c->text.isEmpty() ? tr("(hidden)") : c->text;
        return s;
    }
    if (c->null) {
        s.null = true;
        s.text = QStringLiteral("NULL");
        return s;
    }
    s.text = c->text;
    return s;
}

ConflictMergeModel::Shown ConflictMergeModel::shownResult(int row) const
{
    Shown s;
    const QString field = m_conflict.fields.value(row);
    if (m_conflict.isDeleteConflict()) {
        const int keep = decision().keep;
        if (keep == 0) {
            s.absent = true;
            s.text = tr("(deleted)");
            return s;
        }
        if (keep < 0) {
            s.placeholder = true;
            s.text = tr("(keep or delete?)");
            return s;
        }
    }
    const int from = chosenColumn(row);
    if (from >= 0)
        return shownCell(row, from);
    const ConflictDecision choices = decision();
    const auto d = choices.fields.constFind(field);
    if (d == choices.fields.cend()) {
        s.placeholder = true;
        s.text = isStrategyDecided(row) ? tr("(by strategy)") : tr("(choose)");
        return s;
    }
    if (d->customNull) {
        s.null = true;
        s.text = QStringLiteral("NULL");
        return s;
    }
    s.text = d->custom;
    return s;
}

QString ConflictMergeModel::sideName(int column) const
{
    switch (column) {
    case BaseColumn: return tr("Base");
    case SourceColumn: return m_conflict.sourceSystem.isEmpty() ? tr("Source") : m_conflict.sourceSystem;
    case TargetColumn: return m_conflict.targetSystem.isEmpty() ? tr("Target") : m_conflict.targetSystem;
    case ResultColumn: return tr("Result");
    default: return tr("Field");
    }
}

QString ConflictMergeModel::resultTip(int row) const
{
    const QString field = m_conflict.fields.value(row);
    if (m_conflict.isDeleteConflict())
        return decision().keep < 0 ? tr("Choose Keep record or Delete record above the fields")
                                   : decision().keep == 1 ? tr("The record is kept with these values on both sides")
                                                          : tr("The record is deleted on both sides");
    const ConflictDecision choices = decision();
    const auto d = choices.fields.constFind(field);
    if (isStrategyDecided(row) && d == choices.fields.cend())
        return tr("Both sides changed it; the pipeline's conflict strategy decides unless you choose: click a value or "
                  "press 1, 2 or 3");
    if (!isConflicting(row) && d == choices.fields.cend()) {
        const bool s = m_conflict.changedSource.contains(field);
        const bool t = m_conflict.changedTarget.contains(field);
        if (s != t)
            return tr("Merged automatically: changed in %1 only").arg(sideName(s ? SourceColumn : TargetColumn));
        return tr("The same on both sides");
    }
    if (d == choices.fields.cend())
        return tr("Click a value or press 1 (base), 2 (%1) or 3 (%2); F2 or double-click types a value, 0 sets NULL")
            .arg(sideName(SourceColumn), sideName(TargetColumn));
    if (d->take == Take::Custom)
        return d->customNull ? tr("NULL, set by you") : tr("Typed by you (F2 to change)");
    return tr("Taken from %1").arg(sideName(columnOf(d->take)));
}

int ConflictMergeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflict.fields.size());
}

int ConflictMergeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ConflictMergeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ResultColumn && isPickable(index.row(), ResultColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ConflictMergeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const QString field = m_conflict.fields.value(row);
    const bool conflicting = isConflicting(row);
    const bool isValue = column != FieldColumn;
    const Shown shown = column == FieldColumn ? Shown{field, false, false, false, false}
                        : column == ResultColumn ? shownResult(row)
                                                 : shownCell(row, column);
    const bool strategy = isStrategyDecided(row);
    const bool picked = decision().fields.contains(field);
    const bool chosen = isValue && column != ResultColumn && chosenColumn(row) == column
        && (conflicting || picked || m_conflict.isDeleteConflict());
    const bool decided = conflicting ? picked : !m_conflict.isDeleteConflict() || decision().keep >= 0;
    switch (role) {
    case ConflictingRole: return conflicting;
    case ChangedRole: return sideChanged(row, column);
    case WithheldRole: return isValue && shown.withheld;
    case AbsentRole: return isValue && shown.absent;
    case NullRole: return isValue && shown.null;
    case ChosenRole: return chosen;
    case PickableRole: return isPickable(row, column);
    case DecidedRole: return decided;
    case Qt::DisplayRole: return shown.text;
    case Qt::EditRole:
        if (column == ResultColumn) {
            const ConflictDecision choices = decision();
            const auto d = choices.fields.constFind(field);
            if (d != choices.fields.cend() && d->take == Take::Custom)
                return d->customNull ? QString() : d->custom;
            return shown.withheld || shown.null || shown.placeholder || shown.absent ? QString() : shown.text;
        }
        return shown.text;
    case Qt::FontRole: {
        QFont font;
        bool special = false;
        if ((column == FieldColumn && conflicting) || chosen || (column == ResultColumn && picked)) {
            font.setBold(true);
            special = true;
        }
        if (isValue && (shown.withheld || shown.null || shown.absent || shown.placeholder)) {
            font.setItalic(true);
            special = true;
        }
        return special ? QVariant(font) : QVariant();
    }
    case Qt::ForegroundRole:
        if (isValue && (shown.withheld || shown.null || shown.absent || shown.placeholder))
            return m_palette.color(QPalette::PlaceholderText);
        break;
    case Qt::BackgroundRole:
        if (column == ResultColumn && (conflicting || m_conflict.isDeleteConflict()))
            return decided ? conflictstyle::chosenBackground(m_palette) : conflictstyle::undecidedBackground(m_palette);
        if (column == ResultColumn && strategy && picked)
            return conflictstyle::chosenBackground(m_palette);
        if (chosen)
            return conflictstyle::chosenBackground(m_palette);
        if (conflicting && column != ResultColumn)
            return conflictstyle::conflictBackground(m_palette);
        if (sideChanged(row, column))
            return conflictstyle::changedBackground(m_palette);
        break;
    case Qt::ToolTipRole:
        if (column == FieldColumn) {
            if (conflicting)
                return tr("%1: changed differently in %2 and %3").arg(field, sideName(SourceColumn), sideName(TargetColumn));
            QStringList sides;
            if (sideChanged(row, SourceColumn))
                sides << sideName(SourceColumn);
            if (sideChanged(row, TargetColumn))
                sides << sideName(TargetColumn);
            if (strategy)
                return tr("%1: changed in %2 and %3; the pipeline's strategy decides it").arg(field, sides.value(0), sides.value(1));
            return sides.isEmpty() ? field : tr("%1: changed in %2").arg(field, sides.join(QStringLiteral(", ")));
        }
        if (column == ResultColumn)
            return resultTip(row);
        if (shown.absent)
            return sideDeleted(column) ? tr("Deleted in %1").arg(sideName(column))
                                       : tr("No common base: the record was created on both sides");
        if (shown.withheld)
            return tr("Masked for your role");
        if (sideChanged(row, column))
            return tr("Changed in %1 since the last sync: %2").arg(sideName(column), shown.text);
        return shown.text;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

bool ConflictMergeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ResultColumn || !index.isValid())
        return false;
    // A step on the draft, not a change here: the draft says decisionChanged and the view follows.
    return setCustom(index.row(), value.toString());
}

QVariant ConflictMergeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == SourceColumn || section == TargetColumn)
            return sideDeleted(section) ? tr("%1 (deleted)").arg(sideName(section)) : sideName(section);
        return sideName(section);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BaseColumn: return tr("The values both sides last agreed on (1)");
        case SourceColumn: return tr("Source %1, as the target's fields (2)").arg(m_conflict.sourceDataset);
        case TargetColumn: return tr("Target %1 (3)").arg(m_conflict.targetDataset);
        case ResultColumn: return tr("What both sides get when you resolve");
        default: return {};
        }
    }
    return {};
}

} // namespace concord
