#include "consistency/discrepancydetail.h"

#include "consistency/consistencystyle.h"
#include "consistency/discrepancymodel.h"
#include "formatting.h"
#include "tablecopy.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace concord {

DiscrepancyDetailModel::DiscrepancyDetailModel(QObject *parent) : QAbstractTableModel(parent) { }

DiscrepancyDetailModel::~DiscrepancyDetailModel() = default;

void DiscrepancyDetailModel::setDiscrepancy(const DiscrepancyRow &row)
{
    beginResetModel();
    m_row = row;
    endResetModel();
}

void DiscrepancyDetailModel::clear()
{
    setDiscrepancy(DiscrepancyRow());
}

void DiscrepancyDetailModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_row.fields.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DiscrepancyDetailModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_row.fields.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DiscrepancyDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_row.fields.size());
}

int DiscrepancyDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DiscrepancyDetailModel::sideAbsent(int column) const
{
    return (column == SourceColumn && m_row.kind == DiscrepancyKind::Extra)
        || (column == TargetColumn && m_row.kind == DiscrepancyKind::Missing);
}

QVariant DiscrepancyDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = index.row();
    const int column = index.column();
    const QString field = m_row.fields.value(i);
    const bool differing = m_row.differing.contains(field);
    const bool withheld = m_row.withheld.value(i);
    const bool absent = sideAbsent(column);
    const bool isNull = column == SourceColumn ? m_row.sourceNull.value(i) : m_row.targetNull.value(i);
    const QString value = column == SourceColumn ? m_row.sourceValues.value(i) : m_row.targetValues.value(i);
    switch (role) {
    case DifferingRole:
        return differing;
    case WithheldRole:
        return column != FieldColumn && !absent && withheld;
    case NullRole:
        return column != FieldColumn && !absent && !withheld && isNull;
    case Qt::DisplayRole:
        if (column == FieldColumn)
            return field;
        if (absent)
            return QStringLiteral("—");
        if (withheld)
            return value.isEmpty() ? tr("(hidden)") : value;
        if (isNull)
            return QStringLiteral("NULL");
        return value;
    case Qt::FontRole:
        if ((column == FieldColumn && differing) || (column != FieldColumn && !absent && (withheld || isNull))) {
            QFont font;
            font.setBold(column == FieldColumn);
            font.setItalic(column != FieldColumn);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (column != FieldColumn && (absent || withheld || isNull))
            return m_palette.color(QPalette::PlaceholderText);
        break;
    case Qt::BackgroundRole:
        if (differing)
            return consistencystyle::differingBackground(m_palette);
        break;
    case Qt::ToolTipRole:
        if (column == FieldColumn)
            return differing ? tr("%1 differs between source and target").arg(field) : field;
        if (absent)
            return column == SourceColumn ? tr("The source would not write this record") : tr("The target does not have this record");
        if (withheld)
            return tr("Masked for your role");
        if (!isNull)
            return value;
        break;
    default:
        break;
    }
    return {};
}

QVariant DiscrepancyDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case SourceColumn: return sideAbsent(SourceColumn) ? tr("Source (no record)") : tr("Source");
    case TargetColumn: return sideAbsent(TargetColumn) ? tr("Target (no record)") : tr("Target");
    default: return {};
    }
}

DiscrepancyDetail::DiscrepancyDetail(QWidget *parent)
    : QWidget(parent), m_model(new DiscrepancyDetailModel(this)), m_title(new QLabel), m_info(new QLabel), m_note(new QLabel),
      m_table(new QTableView)
{
    setObjectName(QStringLiteral("discrepancyDetail"));
    m_model->setPalette(palette());
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("discrepancyTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_info->setObjectName(QStringLiteral("discrepancyInfo"));
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("discrepancyNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: %1;").arg(consistencystyle::badColor().name()));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("discrepancyDetailTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(DiscrepancyDetailModel::FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DiscrepancyDetailModel::SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DiscrepancyDetailModel::TargetColumn, QHeaderView::Stretch);
    addTsvCopy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_info);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    // Without a record to show, the texts stay at the top rather than spread over the pane.
    layout->addStretch(0);
    for (QLabel *label : {m_title, m_info, m_note})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    retranslate();
}

DiscrepancyDetail::~DiscrepancyDetail() = default;

void DiscrepancyDetail::showDiscrepancy(const DiscrepancyRow &row, const QString &viewer)
{
    m_viewer = viewer;
    m_model->setDiscrepancy(row);
    refresh();
}

QString DiscrepancyDetail::noteText() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void DiscrepancyDetail::refresh()
{
    const DiscrepancyRow &r = m_model->discrepancy();
    if (r.id == 0) {
        m_title->setText(tr("No discrepancy selected"));
        m_info->setText(tr("Select a discrepancy to compare the record field by field: source on the left, target on "
                           "the right, differing fields highlighted."));
        m_info->show();
        m_note->hide();
        m_table->hide();
        return;
    }
    m_title->setText(tr("Record %1 — %2").arg(r.key, DiscrepancyModel::kindText(r.kind)));
    QStringList parts;
    if (r.kind == DiscrepancyKind::Mismatch)
        parts << tr("differing: %1 of %n field(s)", nullptr, int(r.fields.size())).arg(r.differing.size());
    parts << tr("first seen %1").arg(QLocale().toString(r.firstSeen.toLocalTime(), QLocale::ShortFormat))
          << DiscrepancyModel::statusText(r.status);
    if (!m_viewer.isEmpty())
        parts << tr("shown as %1 may see it").arg(m_viewer);
    m_info->setText(parts.join(QStringLiteral(" · ")));
    m_info->show();
    m_note->setVisible(!r.note.isEmpty());
    m_note->setText(tr("Note: %1").arg(r.note));
    m_table->show();
    m_table->resizeColumnToContents(DiscrepancyDetailModel::FieldColumn);
}

void DiscrepancyDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

void DiscrepancyDetail::retranslate()
{
    m_model->retranslate();
    refresh();
}

} // namespace concord
