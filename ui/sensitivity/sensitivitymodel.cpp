#include "sensitivity/sensitivitymodel.h"

#include "policy/masking.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace concord {

QColor levelColor(Sensitivity level)
{
    switch (level) {
    case Sensitivity::L1: return QColor(0x8a, 0x8f, 0x98);
    case Sensitivity::L3: return QColor(0xc6, 0x28, 0x28);
    case Sensitivity::L2:
    case Sensitivity::Unset: break;
    }
    return QColor(0xd9, 0x8c, 0x00);
}

SensitivityModel::SensitivityModel(QObject *parent) : QAbstractTableModel(parent) { }

void SensitivityModel::setDataset(const DatasetDef &dataset)
{
    beginResetModel();
    m_dataset = dataset;
    m_saved = dataset;
    m_samples.clear();
    endResetModel();
    Q_EMIT tagsChanged();
}

void SensitivityModel::setSamples(const QStringList &samples)
{
    m_samples = samples;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SampleColumn), index(rowCount() - 1, SampleColumn));
}

FieldTagEdit SensitivityModel::tagsOf(const DatasetDef &ds, int row) const
{
    const Field &f = ds.schema.fields.at(row);
    return FieldTagEdit{ds.id, f.name, f.sensitivity, f.mask, f.visibleTo};
}

FieldTagEdit SensitivityModel::tags(int row) const
{
    return tagsOf(m_dataset, row);
}

void SensitivityModel::setTags(int row, const FieldTagEdit &tags)
{
    if (row < 0 || row >= rowCount())
        return;
    Field &f = m_dataset.schema.fields[row];
    f.sensitivity = tags.level;
    f.mask = tags.mask;
    f.visibleTo = tags.visibleTo;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT tagsChanged();
}

QList<FieldTagEdit> SensitivityModel::changedBefore() const
{
    QList<FieldTagEdit> out;
    for (int r = 0; r < rowCount(); ++r) {
        const FieldTagEdit a = tagsOf(m_dataset, r), b = tagsOf(m_saved, r);
        if (a.level != b.level || a.mask != b.mask || a.visibleTo != b.visibleTo)
            out.append(b);
    }
    return out;
}

QList<FieldTagEdit> SensitivityModel::changedAfter() const
{
    QList<FieldTagEdit> out;
    for (int r = 0; r < rowCount(); ++r) {
        const FieldTagEdit a = tagsOf(m_dataset, r), b = tagsOf(m_saved, r);
        if (a.level != b.level || a.mask != b.mask || a.visibleTo != b.visibleTo)
            out.append(a);
    }
    return out;
}

int SensitivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset.schema.fields.size());
}

int SensitivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SensitivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case TypeColumn: return tr("Type");
    case SampleColumn: return tr("Sample (as you see it)");
    case LevelColumn: return tr("Level");
    case MaskColumn: return tr("Mask");
    case VisibleColumn: return tr("Visible to");
    default: return {};
    }
}

QVariant SensitivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Field &f = m_dataset.schema.fields.at(index.row());
    const Field &saved = m_saved.schema.fields.at(index.row());
    const bool changed = f.sensitivity != saved.sensitivity || f.mask != saved.mask || f.visibleTo != saved.visibleTo;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case FieldColumn: return changed && role == Qt::DisplayRole ? f.name + QStringLiteral(" *") : f.name;
        case TypeColumn: return f.type.toString();
        case SampleColumn: return m_samples.value(index.row());
        case LevelColumn:
            if (role == Qt::EditRole)
                return f.sensitivity == Sensitivity::Unset ? QString() : sensitivityName(f.sensitivity);
            return f.sensitivity == Sensitivity::Unset ? tr("L2 (untagged)") : sensitivityName(f.sensitivity);
        case MaskColumn: return f.mask;
        case VisibleColumn: return f.visibleTo.join(QStringLiteral(", "));
        default: return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn)
            return QBrush(levelColor(f.effectiveSensitivity()));
        if (index.column() == SampleColumn)
            return QBrush(QColor(0x5f, 0x63, 0x68));
        return {};
    case Qt::FontRole:
        if (index.column() == LevelColumn || (index.column() == FieldColumn && changed)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MaskColumn)
            return tr("What holders below this level get: hash, hash(16), partial(3,4), partial(mobile), "
                      "partial(id_card), partial(bank_card), partial(email), generalize(month), generalize(year), "
                      "generalize(0, 1000, 10000), null, token. Empty: the field is dropped for them.");
        if (index.column() == VisibleColumn)
            return tr("Departments that may see the field at all, comma-separated; empty: every department.");
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags SensitivityModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == LevelColumn || index.column() == MaskColumn || index.column() == VisibleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SensitivityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    FieldTagEdit after = tags(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case LevelColumn: {
        if (text.isEmpty()) {
            after.level = Sensitivity::Unset;
        } else {
            const auto level = parseSensitivity(text);
            if (!level)
                return false;
            after.level = *level;
        }
        break;
    }
    case MaskColumn: {
        if (!text.isEmpty()) {
            const auto mask = parseMaskStrategy(text);
            if (!mask.ok())
                return false;
            // The same type rule validate applies: bands need a number, month/year a date.
            const FieldType::Kind k = m_dataset.schema.fields.at(index.row()).type.kind;
            if (mask->kind == MaskStrategy::Kind::Generalize) {
                const bool bands = mask->unit == MaskStrategy::Unit::Bands;
                if (bands ? (k != FieldType::Int && k != FieldType::Decimal) : (k != FieldType::Date && k != FieldType::Timestamp))
                    return false;
            }
            after.mask = mask->text();
        } else {
            after.mask.clear();
        }
        break;
    }
    case VisibleColumn: {
        QStringList departments;
        for (const QString &d : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            departments.append(d.trimmed());
        after.visibleTo = departments;
        break;
    }
    default:
        return false;
    }
    const FieldTagEdit before = tags(index.row());
    if (after.level == before.level && after.mask == before.mask && after.visibleTo == before.visibleTo)
        return false;
    Q_EMIT editRequested(index.row(), after);
    return true;
}

} // namespace concord
