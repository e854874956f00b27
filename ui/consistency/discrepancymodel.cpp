#include "consistency/discrepancymodel.h"

#include "consistency/consistencystyle.h"
#include "formatting.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace concord {

DiscrepancyModel::DiscrepancyModel(QObject *parent) : QAbstractTableModel(parent) { }

DiscrepancyModel::~DiscrepancyModel() = default;

void DiscrepancyModel::setRows(const QList<DiscrepancyRow> &rows)
{
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const DiscrepancyRow &a, const DiscrepancyRow &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const DiscrepancyRow *DiscrepancyModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DiscrepancyModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return row;
    return -1;
}

QStringList DiscrepancyModel::differingFields() const
{
    QStringList fields;
    for (const DiscrepancyRow &r : m_rows)
        for (const QString &f : r.differing)
            if (!fields.contains(f))
                fields.append(f);
    std::sort(fields.begin(), fields.end());
    return fields;
}

void DiscrepancyModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString DiscrepancyModel::kindText(DiscrepancyKind kind)
{
    switch (kind) {
    case DiscrepancyKind::Missing: return tr("Missing in target");
    case DiscrepancyKind::Extra: return tr("Extra in target");
    case DiscrepancyKind::Mismatch: return tr("Fields differ");
    }
    return {};
}

QString DiscrepancyModel::statusText(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("fixed"))
        return tr("Fixed");
    if (status == QLatin1String("repaired"))
        return tr("Repaired");
    return status;
}

int DiscrepancyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiscrepancyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiscrepancyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiscrepancyRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
        switch (column) {
        case KeyColumn: return r.key;
        case KindColumn: return kindText(r.kind);
        case FieldsColumn: return r.differing.join(QStringLiteral(", "));
        case StatusColumn: return statusText(r.status);
        case NewColumn: return r.isNew ? tr("New") : QString();
        case FirstSeenColumn: return fmt::relativeTime(r.firstSeen);
        default: return {};
        }
    case ValueRole:
        switch (column) {
        case KeyColumn: {
            // Numeric keys sort as numbers (9 before 10); others as text.
            bool numeric = false;
            const qlonglong n = r.key.toLongLong(&numeric);
            return numeric ? QVariant(n) : QVariant(r.key);
        }
        case KindColumn: return discrepancyKindName(r.kind);
        case FieldsColumn: return r.differing.join(QLatin1Char(','));
        case StatusColumn: return r.status;
        case NewColumn: return r.isNew;
        case FirstSeenColumn: return r.firstSeen;
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == KindColumn)
            return consistencystyle::kindIcon(r.kind);
        break;
    case Qt::ForegroundRole:
        if (r.status != QLatin1String("open"))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)); // settled
        break;
    case Qt::FontRole:
        if (column == NewColumn && r.isNew) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case KeyColumn: return r.note.isEmpty() ? r.key : tr("%1\n%2").arg(r.key, r.note);
        case FieldsColumn: return r.differing.join(QLatin1Char('\n'));
        case NewColumn: return r.isNew ? tr("First found by the latest check") : tr("Found by an earlier check too");
        case FirstSeenColumn: return QLocale().toString(r.firstSeen.toLocalTime(), QLocale::LongFormat);
        default: break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DiscrepancyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Record key");
    case KindColumn: return tr("Kind");
    case FieldsColumn: return tr("Differing fields");
    case StatusColumn: return tr("Status");
    case NewColumn: return tr("New");
    case FirstSeenColumn: return tr("First seen");
    default: return {};
    }
}

DiscrepancyFilter::DiscrepancyFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DiscrepancyModel::ValueRole);
}

DiscrepancyFilter::~DiscrepancyFilter() = default;

void DiscrepancyFilter::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

void DiscrepancyFilter::setField(const QString &field)
{
    if (field == m_field)
        return;
    m_field = field;
    refilter();
}

void DiscrepancyFilter::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilter();
}

void DiscrepancyFilter::refilter()
{
    invalidateRowsFilter();
}

bool DiscrepancyFilter::matches(const DiscrepancyRow &row, const QString &kind, const QString &field, const QString &search)
{
    if (!kind.isEmpty() && discrepancyKindName(row.kind) != kind)
        return false;
    if (!field.isEmpty() && !(row.kind == DiscrepancyKind::Mismatch && row.differing.contains(field)))
        return false;
    if (search.isEmpty() || row.key.contains(search, Qt::CaseInsensitive))
        return true;
    // Only what the viewer may see: a masked value must not be found by its hidden text.
    for (int i = 0; i < row.fields.size(); ++i) {
        if (row.withheld.value(i))
            continue;
        if (row.sourceValues.value(i).contains(search, Qt::CaseInsensitive)
            || row.targetValues.value(i).contains(search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool DiscrepancyFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *model = qobject_cast<const DiscrepancyModel *>(sourceModel());
    const DiscrepancyRow *row = model ? model->rowAt(sourceRow) : nullptr;
    return row && matches(*row, m_kind, m_field, m_search);
}

} // namespace concord
