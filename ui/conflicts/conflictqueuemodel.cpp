#include "conflicts/conflictqueuemodel.h"

#include "formatting.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace concord {

namespace {

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

ConflictQueueModel::ConflictQueueModel(QObject *parent) : QAbstractTableModel(parent) { }

ConflictQueueModel::~ConflictQueueModel() = default;

void ConflictQueueModel::setConflicts(const QList<ConflictView> &conflicts)
{
    const bool same = conflicts.size() == m_rows.size()
        && std::equal(conflicts.cbegin(), conflicts.cend(), m_rows.cbegin(),
                      [](const ConflictView &a, const ConflictView &b) { return a.id == b.id; });
    if (!same) {
        beginResetModel();
        m_rows = conflicts;
        endResetModel();
        return;
    }
    m_rows = conflicts;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const ConflictView *ConflictQueueModel::conflictAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const ConflictView *ConflictQueueModel::conflictOfId(qint64 id) const
{
    return conflictAt(rowOfId(id));
}

int ConflictQueueModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return row;
    return -1;
}

QList<qint64> ConflictQueueModel::similarTo(const ConflictView &c) const
{
    QList<qint64> ids;
    const QStringList fields = sorted(c.conflicting);
    for (const ConflictView &o : m_rows)
        if (o.id != c.id && o.status == QLatin1String("open") && o.pipeline == c.pipeline && o.kind == c.kind
            && sorted(o.conflicting) == fields)
            ids.append(o.id);
    return ids;
}

QStringList ConflictQueueModel::conflictingFields() const
{
    QStringList fields;
    for (const ConflictView &c : m_rows)
        for (const QString &f : c.conflicting)
            if (!fields.contains(f))
                fields.append(f);
    std::sort(fields.begin(), fields.end());
    return fields;
}

void ConflictQueueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ConflictQueueModel::kindText(const ConflictView &c)
{
    if (c.kind == QLatin1String("update"))
        return tr("Both changed");
    if (c.kind == QLatin1String("delete_source"))
        return tr("Deleted in %1").arg(c.sourceSystem);
    if (c.kind == QLatin1String("delete_target"))
        return tr("Deleted in %1").arg(c.targetSystem);
    if (c.kind == QLatin1String("insert"))
        return tr("Created on both sides");
    return c.kind;
}

void ConflictQueueModel::setNow(const QDateTime &now)
{
    m_now = now;
}

QDateTime ConflictQueueModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int ConflictQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictView &c = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return c.id;
    case Qt::DisplayRole:
        switch (column) {
        case PipelineColumn: return c.pipeline;
        case KeyColumn: return c.key;
        case KindColumn: return kindText(c);
        case FieldsColumn:
            return c.conflicting.isEmpty() && c.isDeleteConflict() ? tr("(whole record)") : c.conflicting.join(QStringLiteral(", "));
        case DetectedColumn: return fmt::relativeTime(c.detectedAt, now());
        default: return {};
        }
    case ValueRole:
        switch (column) {
        case PipelineColumn: return c.pipeline;
        case KeyColumn: {
            // Numeric keys sort as numbers (9 before 10); others as text.
            bool numeric = false;
            const qlonglong n = c.key.toLongLong(&numeric);
            return numeric ? QVariant(n) : QVariant(c.key);
        }
        case KindColumn: return c.kind;
        case FieldsColumn: return c.conflicting.join(QLatin1Char(','));
        case DetectedColumn: return c.detectedAt;
        default: return {};
        }
    case Qt::FontRole:
        if (column == KeyColumn && c.isDeleteConflict()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case PipelineColumn: return tr("%1 ↔ %2").arg(c.sourceDataset, c.targetDataset);
        case KeyColumn:
        case KindColumn: return c.reason.isEmpty() ? kindText(c) : tr("%1\nWaiting because: %2").arg(kindText(c), c.reason);
        case FieldsColumn: return c.conflicting.join(QLatin1Char('\n'));
        case DetectedColumn: return QLocale().toString(c.detectedAt.toLocalTime(), QLocale::LongFormat);
        default: break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ConflictQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PipelineColumn: return tr("Pipeline");
    case KeyColumn: return tr("Record key");
    case KindColumn: return tr("Kind");
    case FieldsColumn: return tr("Fields in conflict");
    case DetectedColumn: return tr("Detected");
    default: return {};
    }
}

ConflictQueueFilter::ConflictQueueFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ConflictQueueModel::ValueRole);
}

ConflictQueueFilter::~ConflictQueueFilter() = default;

void ConflictQueueFilter::setPipeline(const QString &pipeline)
{
    if (pipeline == m_pipeline)
        return;
    m_pipeline = pipeline;
    refilter();
}

void ConflictQueueFilter::setDataset(const QString &dataset)
{
    if (dataset == m_dataset)
        return;
    m_dataset = dataset;
    refilter();
}

void ConflictQueueFilter::setField(const QString &field)
{
    if (field == m_field)
        return;
    m_field = field;
    refilter();
}

void ConflictQueueFilter::setOlderThan(qint64 secs)
{
    if (secs == m_olderThan)
        return;
    m_olderThan = secs;
    refilter();
}

void ConflictQueueFilter::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilter();
}

void ConflictQueueFilter::refilter()
{
    invalidateRowsFilter();
}

bool ConflictQueueFilter::matches(const ConflictView &c, const ConflictQuery &query, const QString &search, const QDateTime &now)
{
    // As viewConflicts filters: the pipeline, either side's dataset, a field in conflict, the age.
    if (!query.pipeline.isEmpty() && c.pipeline != query.pipeline)
        return false;
    if (!query.dataset.isEmpty() && c.sourceDataset != query.dataset && c.targetDataset != query.dataset)
        return false;
    if (!query.field.isEmpty() && !c.conflicting.contains(query.field))
        return false;
    if (query.olderThanSecs > 0 && c.detectedAt.secsTo(now) < query.olderThanSecs)
        return false;
    if (search.isEmpty() || c.key.contains(search, Qt::CaseInsensitive))
        return true;
    // Only what the viewer may see: a masked value must not be found by its hidden text.
    for (int i = 0; i < c.fields.size(); ++i) {
        if (c.masked.value(i))
            continue;
        for (const QList<ConflictCell> *side : {&c.base, &c.source, &c.target}) {
            const ConflictCell cell = side->value(i);
            if (!cell.withheld && !cell.absent && cell.text.contains(search, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

bool ConflictQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *model = qobject_cast<const ConflictQueueModel *>(sourceModel());
    const ConflictView *c = model ? model->conflictAt(sourceRow) : nullptr;
    if (!c)
        return false;
    ConflictQuery q;
    q.pipeline = m_pipeline;
    q.dataset = m_dataset;
    q.field = m_field;
    q.olderThanSecs = m_olderThan;
    return matches(*c, q, m_search, model->now());
}

} // namespace concord
