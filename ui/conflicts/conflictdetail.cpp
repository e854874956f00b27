#include "conflicts/conflictdetail.h"

#include "conflicts/conflictdraft.h"
#include "conflicts/conflictmergemodel.h"
#include "conflicts/conflictqueuemodel.h"
#include "conflicts/conflictstyle.h"
#include "formatting.h"
#include "tablecopy.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace concord {

namespace {

QString timeText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ConflictDetail::ConflictDetail(ConflictDraft *draft, QWidget *parent)
    : QWidget(parent), m_draft(draft), m_model(new ConflictMergeModel(draft, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_title(new QLabel), m_info(new QLabel), m_reason(new QLabel), m_stale(new QLabel), m_keepRow(new QWidget),
      m_keepLabel(new QLabel), m_keep(new QRadioButton), m_delete(new QRadioButton), m_table(new QTableView),
      m_hint(new QLabel), m_commentLabel(new QLabel), m_comment(new QLineEdit), m_similarBox(new QCheckBox),
      m_resolveButton(new QToolButton), m_body(new QWidget)
{
    setObjectName(QStringLiteral("conflictDetail"));
    m_model->setPalette(palette());
    m_proxy->setSourceModel(m_model);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_info->setObjectName(QStringLiteral("conflictInfo"));
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_reason->setObjectName(QStringLiteral("conflictReason"));
    m_stale->setObjectName(QStringLiteral("conflictStale"));
    m_stale->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(conflictstyle::warningColor().name()));
    for (QLabel *label : {m_title, m_info, m_reason, m_stale}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }

    // Keep or delete: radio buttons that only the steward's click (an undo step) or the draft set.
    for (QRadioButton *b : {m_keep, m_delete})
        b->setAutoExclusive(false);
    m_keep->setObjectName(QStringLiteral("conflictKeepRecord"));
    m_delete->setObjectName(QStringLiteral("conflictDeleteRecord"));
    connect(m_keep, &QRadioButton::clicked, this, [this] {
        m_model->setKeep(true);
        refreshKeep();
    });
    connect(m_delete, &QRadioButton::clicked, this, [this] {
        m_model->setKeep(false);
        refreshKeep();
    });
    auto *keepLayout = new QHBoxLayout(m_keepRow);
    keepLayout->setContentsMargins(0, 0, 0, 0);
    keepLayout->addWidget(m_keepLabel);
    keepLayout->addWidget(m_keep);
    keepLayout->addWidget(m_delete);
    keepLayout->addStretch(1);

    m_table->setObjectName(QStringLiteral("conflictFieldsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ConflictMergeModel::FieldColumn, QHeaderView::ResizeToContents);
    for (int c = ConflictMergeModel::BaseColumn; c < ConflictMergeModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    // The mapping's field order until a header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ConflictDetail::showMenu);
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.column() == ConflictMergeModel::ResultColumn || source.column() == ConflictMergeModel::FieldColumn)
            return;
        // The cursor goes back to the field's name, so the tint of the value taken shows.
        if (m_model->pickColumn(source.row(), source.column()))
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(source.row(), ConflictMergeModel::FieldColumn)));
    });
    m_table->installEventFilter(this);
    addTsvCopy(m_table);

    m_hint->setObjectName(QStringLiteral("conflictHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_comment->setObjectName(QStringLiteral("conflictComment"));
    m_comment->setClearButtonEnabled(true);
    m_commentLabel->setBuddy(m_comment);
    connect(m_comment, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_model->conflict().id != 0)
            m_draft->setComment(m_model->conflict().id, text);
    });
    m_similarBox->setObjectName(QStringLiteral("conflictApplySimilar"));
    m_resolveButton->setObjectName(QStringLiteral("conflictResolveButton"));
    m_resolveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_commentLabel);
    commentRow->addWidget(m_comment, 1);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_similarBox, 1);
    resolveRow->addWidget(m_resolveButton);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_keepRow);
    bodyLayout->addWidget(m_table, 1);
    bodyLayout->addWidget(m_hint);
    bodyLayout->addLayout(commentRow);
    bodyLayout->addLayout(resolveRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_info);
    layout->addWidget(m_reason);
    layout->addWidget(m_stale);
    layout->addWidget(m_body, 1);
    // Without a conflict the texts stay at the top rather than spread over the pane.
    layout->addStretch(0);

    connect(draft, &ConflictDraft::decisionChanged, this, [this](qint64 id) {
        if (id == m_model->conflict().id)
            refreshKeep();
    });
    retranslate();
}

ConflictDetail::~ConflictDetail() = default;

void ConflictDetail::showConflict(const ConflictView &conflict, const QString &viewer, bool stale)
{
    const qint64 before = m_model->conflict().id;
    m_viewer = viewer;
    m_isStale = stale;
    m_model->setConflict(conflict);
    if (conflict.id != before) {
        m_similarBox->setChecked(false); // never carried from one conflict to the next unseen
        m_comment->setText(m_draft->comment(conflict.id));
        // The cursor on the first field in conflict, on its name: the values keep their tints.
        const int row = m_model->firstConflictingRow();
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, ConflictMergeModel::FieldColumn)));
    }
    refresh();
}

void ConflictDetail::setSimilarCount(int count)
{
    m_similar = count;
    if (count == 0)
        m_similarBox->setChecked(false);
    retranslate();
}

bool ConflictDetail::applyToSimilar() const
{
    return m_similarBox->isEnabled() && m_similarBox->isChecked();
}

void ConflictDetail::setApplyToSimilar(bool on)
{
    m_similarBox->setChecked(on && m_similar > 0);
}

QString ConflictDetail::comment() const
{
    return m_comment->text().trimmed();
}

void ConflictDetail::setResolveAction(QAction *resolve)
{
    m_resolveButton->setDefaultAction(resolve);
}

QString ConflictDetail::titleText() const
{
    return m_title->text();
}

QString ConflictDetail::infoText() const
{
    return m_info->text();
}

QString ConflictDetail::reasonText() const
{
    return m_reason->isVisible() ? m_reason->text() : QString();
}

QString ConflictDetail::staleText() const
{
    return m_stale->isVisible() ? m_stale->text() : QString();
}

int ConflictDetail::currentSourceRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

bool ConflictDetail::pickOnCurrentRow(int key)
{
    const int row = currentSourceRow();
    switch (key) {
    case 0: return m_model->setNull(row);
    case 1: return m_model->pick(row, FieldChoice::Take::Base);
    case 2: return m_model->pick(row, FieldChoice::Take::Source);
    case 3: return m_model->pick(row, FieldChoice::Take::Target);
    default: return false;
    }
}

void ConflictDetail::selectField(const QString &field)
{
    const int row = m_model->rowOfField(field);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, ConflictMergeModel::FieldColumn)));
}

bool ConflictDetail::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        // 0-3 pick; without this the view would jump to a row starting with the digit. (While a
        // value is typed the keys go to the editor, not to the view.)
        if (mods == Qt::NoModifier && key->key() >= Qt::Key_0 && key->key() <= Qt::Key_3) {
            pickOnCurrentRow(key->key() - Qt::Key_0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConflictDetail::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const int row = m_proxy->mapToSource(index).row();
    const QModelIndex resultIndex = m_proxy->mapFromSource(m_model->index(row, ConflictMergeModel::ResultColumn));
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto add = [&](const QString &text, int column, const std::function<void()> &act) {
        QAction *a = menu->addAction(text, this, act);
        a->setEnabled(m_model->index(row, column).data(ConflictMergeModel::PickableRole).toBool());
    };
    const QString source = m_model->headerData(ConflictMergeModel::SourceColumn, Qt::Horizontal).toString();
    const QString target = m_model->headerData(ConflictMergeModel::TargetColumn, Qt::Horizontal).toString();
    add(tr("Take Base\t1"), ConflictMergeModel::BaseColumn, [this, row] { m_model->pick(row, FieldChoice::Take::Base); });
    add(tr("Take %1\t2").arg(source), ConflictMergeModel::SourceColumn, [this, row] { m_model->pick(row, FieldChoice::Take::Source); });
    add(tr("Take %1\t3").arg(target), ConflictMergeModel::TargetColumn, [this, row] { m_model->pick(row, FieldChoice::Take::Target); });
    add(tr("Type a Value…\tF2"), ConflictMergeModel::ResultColumn, [this, resultIndex] { m_table->edit(resultIndex); });
    add(tr("Set to NULL\t0"), ConflictMergeModel::ResultColumn, [this, row] { m_model->setNull(row); });
    menu->addSeparator();
    menu->addAction(tr("Copy\tCtrl+C"), this, [this] { QGuiApplication::clipboard()->setText(selectionAsTsv(m_table)); });
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void ConflictDetail::refreshKeep()
{
    const int keep = m_model->decision().keep;
    m_keep->setChecked(keep == 1);
    m_delete->setChecked(keep == 0);
}

void ConflictDetail::refresh()
{
    const ConflictView &c = m_model->conflict();
    if (c.id == 0) {
        m_title->setText(tr("No conflict selected"));
        m_info->setText(tr("Select a conflict in the queue to compare its base and both sides field by field and "
                           "choose what both systems should hold."));
        m_reason->hide();
        m_stale->hide();
        m_body->hide();
        return;
    }
    m_title->setText(tr("%1 · record %2 — %3").arg(c.pipeline, c.key, ConflictQueueModel::kindText(c)));
    QStringList parts;
    parts << tr("%1 ↔ %2").arg(c.sourceDataset, c.targetDataset);
    parts << tr("detected %1 (%2)").arg(timeText(c.detectedAt), fmt::relativeTime(c.detectedAt));
    parts << (c.sourceTime.isValid() ? tr("%1 changed %2").arg(c.sourceSystem, timeText(c.sourceTime))
                                     : tr("%1: no modification time").arg(c.sourceSystem));
    parts << (c.targetTime.isValid() ? tr("%1 changed %2").arg(c.targetSystem, timeText(c.targetTime))
                                     : tr("%1: no modification time").arg(c.targetSystem));
    if (c.masked.contains(true) && !m_viewer.isEmpty())
        parts << tr("shown as %1 may see it").arg(m_viewer);
    m_info->setText(parts.join(QStringLiteral(" · ")));
    m_reason->setText(tr("Waiting for a steward because: %1").arg(c.reason.isEmpty() ? tr("no strategy decides it") : c.reason));
    m_reason->show();
    m_stale->setText(tr("This record changed in %1 or %2 since it was shown, so it was not resolved. The values below are "
                        "the current ones: check your choices and resolve again.")
                         .arg(c.sourceSystem, c.targetSystem));
    m_stale->setVisible(m_isStale);
    m_keepRow->setVisible(c.isDeleteConflict());
    const QString deletedIn = c.kind == QLatin1String("delete_source") ? c.sourceSystem : c.targetSystem;
    const QString keptIn = c.kind == QLatin1String("delete_source") ? c.targetSystem : c.sourceSystem;
    m_keepLabel->setText(tr("Deleted in %1, changed in %2:").arg(deletedIn, keptIn));
    m_keep->setToolTip(tr("Restore the record in %1 with %2's values").arg(deletedIn, keptIn));
    m_delete->setToolTip(tr("Delete the record in %1 too").arg(keptIn));
    refreshKeep();
    m_hint->setText(c.isDeleteConflict()
                        ? tr("Choose Keep record or Delete record, add a comment if it helps, then Resolve (Ctrl+Enter).")
                        : tr("Click a value or press 1 (base), 2 (%1) or 3 (%2) on a field in conflict; F2 or a "
                             "double-click on Result types a value, 0 sets NULL. Ctrl+Z undoes a choice; Resolve "
                             "(Ctrl+Enter) applies them and moves to the next conflict.")
                              .arg(c.sourceSystem, c.targetSystem));
    m_body->show();
}

void ConflictDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

void ConflictDetail::retranslate()
{
    m_keep->setText(tr("&Keep record"));
    m_delete->setText(tr("&Delete record"));
    m_commentLabel->setText(tr("Co&mment:"));
    m_comment->setPlaceholderText(tr("Why this choice (kept in the audit trail)"));
    m_similarBox->setEnabled(m_similar > 0);
    m_similarBox->setText(m_similar > 0 ? tr("Apply the same choices to %n similar conflict(s)", nullptr, m_similar)
                                        : tr("No similar conflicts"));
    m_similarBox->setToolTip(tr("Similar: the same pipeline, the same kind and the same fields in conflict. Each gets "
                                "the choices made here (its own values from the side you take)."));
    m_model->retranslate();
    refresh();
}

} // namespace concord
