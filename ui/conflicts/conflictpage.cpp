#include "conflicts/conflictpage.h"

#include "conflicts/conflictclient.h"
#include "conflicts/conflictcommands.h"
#include "conflicts/conflictdetail.h"
#include "conflicts/conflictdraft.h"
#include "conflicts/conflictfilterbar.h"
#include "conflicts/conflictmergemodel.h"
#include "conflicts/conflictqueuemodel.h"
#include "conflicts/conflictstyle.h"
#include "consolesession.h"
#include "formatting.h"
#include "reloadthrottle.h"
#include "tablecopy.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

ConflictPage::ConflictPage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent)
    : QWidget(parent), m_session(session), m_client(new ConflictClient(host, control, this)), m_draft(new ConflictDraft(this)),
      m_commands(new ConflictCommands(m_client, m_draft, this)), m_model(new ConflictQueueModel(this)),
      m_proxy(new ConflictQueueFilter(this)), m_filters(new ConflictFilterBar(m_model, m_proxy)),
      m_detail(new ConflictDetail(m_draft)), m_tableStack(new QStackedWidget), m_table(new QTableView), m_empty(new QLabel),
      m_result(new QLabel), m_resolveBy(new QToolButton)
{
    setObjectName(QStringLiteral("conflictPage"));
    m_proxy->setSourceModel(m_model);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    m_resolve = toolbar->addAction(conflictstyle::conflictIcon(), QString(), this, &ConflictPage::resolveCurrent);
    m_resolve->setObjectName(QStringLiteral("actionResolveConflict"));
    // Window-wide while the page is shown (a hidden page's actions do not answer), so the keys
    // work with the focus in the queue, the fields or the comment.
    m_resolve->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    auto *byMenu = new QMenu(this);
    m_bySource = byMenu->addAction(QString(), this, [this] { resolveSelectedBy(QStringLiteral("source")); });
    m_bySource->setObjectName(QStringLiteral("actionResolveBySource"));
    m_byTarget = byMenu->addAction(QString(), this, [this] { resolveSelectedBy(QStringLiteral("target")); });
    m_byTarget->setObjectName(QStringLiteral("actionResolveByTarget"));
    m_byLastWrite = byMenu->addAction(QString(), this, [this] { resolveSelectedBy(QStringLiteral("last_write_wins")); });
    m_byLastWrite->setObjectName(QStringLiteral("actionResolveByLastWrite"));
    m_resolveBy->setObjectName(QStringLiteral("conflictResolveBy"));
    m_resolveBy->setMenu(byMenu);
    m_resolveBy->setPopupMode(QToolButton::InstantPopup);
    m_resolveBy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addWidget(m_resolveBy);
    toolbar->addSeparator();
    m_undo = toolbar->addAction(QString(), m_draft, &ConflictDraft::undo);
    m_undo->setObjectName(QStringLiteral("actionUndoConflictChoice"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = toolbar->addAction(QString(), m_draft, &ConflictDraft::redo);
    m_redo->setObjectName(QStringLiteral("actionRedoConflictChoice"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    toolbar->addSeparator();
    m_lineage = toolbar->addAction(fmt::icon("lineage"), QString(), this, &ConflictPage::requestLineage);
    m_lineage->setObjectName(QStringLiteral("actionWhereFrom"));
    m_lineage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_lineage->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_lineage);
    m_refresh = toolbar->addAction(fmt::icon("refresh"), QString(), this, &ConflictPage::reload);
    addActions({m_resolve, m_undo, m_redo});
    auto *top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addStretch(1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filters, &ConflictFilterBar::focusSearch);

    m_table->setObjectName(QStringLiteral("conflictQueueTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // long pipeline names keep both ends
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConflictQueueModel::DetectedColumn, Qt::AscendingOrder); // the oldest first: a queue
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictQueueModel::FieldsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_bySource, m_byTarget, m_byLastWrite});
    m_table->installEventFilter(this);
    addTsvCopy(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictPage::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConflictPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConflictPage::showCurrent);
    m_empty->setObjectName(QStringLiteral("conflictEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);
    connect(m_filters, &ConflictFilterBar::filtered, this, &ConflictPage::updateEmptyState);

    m_detail->setResolveAction(m_resolve);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("conflictSplitter"));
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 640}); // the three-way view needs the width for five columns
    splitter->setChildrenCollapsible(false);

    m_result->setObjectName(QStringLiteral("conflictResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);

    // Session refreshes (about once a second during a run) re-read the queue while it is shown;
    // the counts are read every time, for the navigator.
    m_reload = new ReloadThrottle([this] { return isVisible() && m_session->workspace() && !m_twoWay.isEmpty(); },
                                  [this] {
                                      ConflictQuery q;
                                      m_request = m_client->requestConflicts(q, m_session->viewer());
                                  },
                                  this);
    connect(session, &ConsoleSession::refreshed, this, [this] {
        m_reload->markStale();
        if (m_session->workspace() && !m_twoWay.isEmpty())
            m_client->requestCounts();
    });
    connect(session, &ConsoleSession::viewerChanged, this, [this] {
        m_reload->markStale();
        m_reload->now(); // masked for the new role: never show the old one's values longer than needed
    });
    connect(session, &ConsoleSession::workspaceOpened, this,
            [this](const std::shared_ptr<const Workspace> &ws, const ErrorList &) { setWorkspace(ws); });
    connect(session, &ConsoleSession::workspaceFailed, this, [this] { setWorkspace(nullptr); });
    connect(m_client, &ConflictClient::conflictsReady, this, &ConflictPage::onConflicts);
    connect(m_client, &ConflictClient::conflictsFailed, this, &ConflictPage::onConflictsFailed);
    connect(m_client, &ConflictClient::countsReady, this, &ConflictPage::onCounts);
    connect(m_commands, &ConflictCommands::message, this, &ConflictPage::showResult);
    connect(m_commands, &ConflictCommands::resolved, this, &ConflictPage::onResolved);
    connect(m_commands, &ConflictCommands::stateChanged, this, &ConflictPage::updateActions);
    connect(m_draft, &ConflictDraft::historyChanged, this, &ConflictPage::updateActions);
    connect(m_draft, &ConflictDraft::decisionChanged, this, [this](qint64 id) {
        if (id == currentId())
            updateActions();
    });
    // Undoing a choice made on another conflict shows that conflict, so the step is seen.
    connect(m_draft, &ConflictDraft::stepApplied, this, [this](qint64 id) {
        if (id != currentId())
            selectConflict(id);
    });
    retranslate();
}

ConflictPage::~ConflictPage() = default;

QMessageBox *ConflictPage::confirmBox() const
{
    return m_commands->confirmBox();
}

QAction *ConflictPage::resolveByAction(const QString &strategy) const
{
    if (strategy == QLatin1String("source"))
        return m_bySource;
    if (strategy == QLatin1String("target"))
        return m_byTarget;
    return strategy == QLatin1String("last_write_wins") ? m_byLastWrite : nullptr;
}

void ConflictPage::setWorkspace(const std::shared_ptr<const Workspace> &workspace)
{
    const QString dir = workspace ? workspace->dir : QString();
    QStringList datasets;
    m_twoWay.clear();
    if (workspace) {
        for (auto it = workspace->pipelines.cbegin(); it != workspace->pipelines.cend(); ++it) {
            if (it->direction != QLatin1String("two-way"))
                continue;
            m_twoWay.append(it.key());
            for (const QString &d : {it->source, it->target})
                if (!datasets.contains(d))
                    datasets.append(d);
        }
    }
    std::sort(datasets.begin(), datasets.end());
    m_filters->setChoices(m_twoWay, datasets);
    // The same workspace read again (its settings were saved) keeps the steward's choices.
    if (dir != m_workspaceDir) {
        m_workspaceDir = dir;
        m_draft->clear();
        m_model->setConflicts({});
        m_loads = 0;
        m_sizedToRows = false;
    }
    onCounts({});
    if (workspace && !m_twoWay.isEmpty()) {
        m_client->requestCounts();
        m_reload->markStale();
    }
    showCurrent();
    updateEmptyState();
}

void ConflictPage::showPipeline(const QString &pipeline)
{
    m_filters->setPipeline(m_twoWay.contains(pipeline) ? pipeline : QString());
}

ConflictQuery ConflictPage::query() const
{
    ConflictQuery q;
    q.pipeline = m_proxy->pipeline();
    q.dataset = m_proxy->dataset();
    q.field = m_proxy->field();
    q.olderThanSecs = m_proxy->olderThan();
    return q;
}

void ConflictPage::setPipelineFilter(const QString &pipeline)
{
    m_filters->setPipeline(pipeline);
}

void ConflictPage::setDatasetFilter(const QString &dataset)
{
    m_filters->setDataset(dataset);
}

void ConflictPage::setFieldFilter(const QString &field)
{
    m_filters->setField(field);
}

void ConflictPage::setOlderThanFilter(qint64 secs)
{
    m_filters->setOlderThan(secs);
}

void ConflictPage::setSearchText(const QString &text)
{
    m_filters->setSearch(text);
}

QString ConflictPage::countText() const
{
    return m_filters->countText();
}

QString ConflictPage::resultText() const
{
    return m_result->text();
}

QString ConflictPage::emptyText() const
{
    return m_tableStack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ConflictPage::reload()
{
    if (m_session->workspace() && !m_twoWay.isEmpty())
        m_client->requestCounts();
    m_reload->markStale();
    m_reload->now();
    updateEmptyState();
}

void ConflictPage::onConflicts(quint64 requestId, const QList<ConflictView> &conflicts)
{
    if (requestId != m_request)
        return;
    ++m_loads;
    m_resolutionsShown = m_resolutions; // the latest request went out after the latest resolution
    const qint64 current = currentId();
    const QList<qint64> selected = selectedIds();
    m_model->setConflicts(conflicts);
    QList<qint64> open;
    for (const ConflictView &c : conflicts)
        open.append(c.id);
    m_draft->retain(open);
    // After a resolution the next conflict; otherwise the steward's place.
    const qint64 want = current != 0 && m_model->rowOfId(current) >= 0 ? current : m_moveTo;
    m_moveTo = 0;
    if (want != 0 && m_model->rowOfId(want) >= 0)
        selectConflict(want);
    if (currentId() == 0 && m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (const qint64 id : selected)
        if (const int row = m_model->rowOfId(id); row >= 0 && id != currentId())
            m_table->selectionModel()->select(m_proxy->mapFromSource(m_model->index(row, 0)),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!m_sizedToRows && !conflicts.isEmpty()) {
        m_sizedToRows = true;
        for (const int c : {ConflictQueueModel::PipelineColumn, ConflictQueueModel::KeyColumn, ConflictQueueModel::KindColumn,
                            ConflictQueueModel::DetectedColumn})
            m_table->resizeColumnToContents(c);
        // The fields in conflict matter more than a long pipeline name (its tooltip has the datasets).
        m_table->setColumnWidth(ConflictQueueModel::PipelineColumn,
                                std::min(m_table->columnWidth(ConflictQueueModel::PipelineColumn), 140));
    }
    showCurrent();
    updateEmptyState();
    m_reload->answered();
}

void ConflictPage::onConflictsFailed(quint64 requestId, const Error &error)
{
    if (requestId != m_request)
        return;
    ++m_loads;
    m_resolutionsShown = m_resolutions;
    m_model->setConflicts({});
    showResult(tr("The conflicts cannot be read: %1").arg(error.message), 0);
    showCurrent();
    updateEmptyState();
    m_reload->answered();
}

void ConflictPage::onCounts(const QMap<QString, qint64> &counts)
{
    QMap<QString, qint64> mine;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (m_twoWay.contains(it.key()) && it.value() > 0)
            mine.insert(it.key(), it.value());
    if (mine == m_counts)
        return;
    m_counts = mine;
    Q_EMIT countsChanged(m_counts);
    // Counted elsewhere (a run queued new ones): the queue is read again when shown.
    m_reload->markStale();
}

void ConflictPage::onResolved(const ConflictResolveResult &)
{
    ++m_resolutions;
    reload();
}

qint64 ConflictPage::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ConflictQueueModel::IdRole).toLongLong() : 0;
}

QList<qint64> ConflictPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.append(i.data(ConflictQueueModel::IdRole).toLongLong());
    if (ids.isEmpty() && currentId() != 0)
        ids.append(currentId());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ConflictPage::selectConflict(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return; // filtered out
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

qint64 ConflictPage::neighbourOf(qint64 id, const QList<qint64> &leaving) const
{
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(m_model->rowOfId(id), 0));
    if (!at.isValid())
        return 0;
    const auto idAt = [this](int row) { return m_proxy->index(row, 0).data(ConflictQueueModel::IdRole).toLongLong(); };
    for (int row = at.row() + 1; row < m_proxy->rowCount(); ++row)
        if (!leaving.contains(idAt(row)))
            return idAt(row);
    for (int row = at.row() - 1; row >= 0; --row)
        if (!leaving.contains(idAt(row)))
            return idAt(row);
    return 0;
}

void ConflictPage::resolveCurrent()
{
    const ConflictView *c = m_model->conflictOfId(currentId());
    if (!c || !m_resolve->isEnabled())
        return;
    const QList<qint64> similar = m_detail->applyToSimilar() ? m_model->similarTo(*c) : QList<qint64>();
    const qint64 next = neighbourOf(c->id, similar + QList<qint64>{c->id});
    if (m_commands->resolve(*c, m_detail->model()->decision(), m_detail->comment(), similar)) {
        m_moveTo = next;
        return;
    }
    // A choice is missing: go to it.
    const QStringList missing = m_detail->model()->undecidedFields();
    if (!missing.isEmpty()) {
        m_detail->selectField(missing.constFirst());
        m_detail->table()->setFocus();
    }
}

void ConflictPage::resolveSelectedBy(const QString &strategy)
{
    QList<ConflictView> chosen;
    QList<qint64> ids;
    for (const qint64 id : selectedIds())
        if (const ConflictView *c = m_model->conflictOfId(id); c && c->status == QLatin1String("open")) {
            chosen.append(*c);
            ids.append(id);
        }
    if (chosen.isEmpty())
        return;
    m_moveTo = neighbourOf(currentId(), ids);
    m_commands->resolveBy(chosen, strategy);
}

void ConflictPage::showCurrent()
{
    const ConflictView *c = m_model->conflictOfId(currentId());
    m_detail->showConflict(c ? *c : ConflictView(), viewerLabel(), c && m_commands->isStale(c->id));
    updateSimilar();
    updateActions();
}

void ConflictPage::updateSimilar()
{
    const ConflictView *c = m_model->conflictOfId(currentId());
    m_detail->setSimilarCount(c ? int(m_model->similarTo(*c).size()) : 0);
}

QString ConflictPage::viewerLabel() const
{
    const Holder &viewer = m_session->viewer();
    return viewer.name.isEmpty() ? viewer.label() : viewer.name;
}

void ConflictPage::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_tableStack->setCurrentWidget(m_table);
        return;
    }
    if (!m_session->workspace())
        m_empty->setText(tr("Open a workspace to see the conflicts its two-way pipelines wait on."));
    else if (m_twoWay.isEmpty())
        m_empty->setText(tr("This workspace has no two-way pipelines. Only a pipeline with direction: two-way can find "
                            "the same field changed on both sides; its conflicts wait here for a steward."));
    else if (m_loads == 0)
        m_empty->setText(tr("Reading conflicts…"));
    else if (m_model->rowCount() > 0)
        m_empty->setText(tr("No conflicts match the filter."));
    else
        m_empty->setText(tr("No open conflicts — two-way pipelines without a conflict strategy queue conflicts here "
                            "when both sides change the same field between two runs, and you pick the values.\nTo "
                            "settle them automatically, set conflict: strategy (last_write_wins, source_priority, "
                            "field_priority) in the pipeline's settings."));
    m_tableStack->setCurrentWidget(m_empty);
}

void ConflictPage::updateActions()
{
    const ConflictView *c = m_model->conflictOfId(currentId());
    const bool free = !m_commands->isBusy();
    m_resolve->setEnabled(c && c->status == QLatin1String("open") && free);
    const QStringList missing = m_detail->model()->undecidedFields();
    if (!c)
        m_resolve->setToolTip(tr("Select a conflict first"));
    else if (c->isDeleteConflict() && m_detail->model()->decision().keep < 0)
        m_resolve->setToolTip(tr("Choose Keep record or Delete record, then resolve (Ctrl+Enter)"));
    else if (!missing.isEmpty())
        m_resolve->setToolTip(tr("Choose a value for %1, then resolve (Ctrl+Enter)").arg(missing.join(QStringLiteral(", "))));
    else
        m_resolve->setToolTip(tr("Write the result to %1 and %2 and show the next conflict (Ctrl+Enter)")
                                  .arg(c->sourceSystem, c->targetSystem));
    const bool any = free && !selectedIds().isEmpty();
    for (QAction *a : {m_bySource, m_byTarget, m_byLastWrite})
        a->setEnabled(any);
    m_resolveBy->setEnabled(any);
    m_undo->setEnabled(m_draft->canUndo());
    m_redo->setEnabled(m_draft->canRedo());
    // The step's name in the tooltip: a toolbar button whose width follows it would jump.
    m_undo->setToolTip(m_draft->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(m_draft->undoText())
                                          : tr("Undo the last choice not yet applied (Ctrl+Z)"));
    m_redo->setToolTip(m_draft->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(m_draft->redoText())
                                          : tr("Redo the choice undone last (Ctrl+Shift+Z)"));
}

void ConflictPage::showResult(const QString &text, int timeoutMs)
{
    m_result->setText(text);
    Q_EMIT message(text, timeoutMs);
    showCurrent(); // a stale conflict's banner
}

bool ConflictPage::eventFilter(QObject *watched, QEvent *event)
{
    // 1 / 2 / 3 / 0 in the queue pick for the fields table's current row, as there.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && key->key() >= Qt::Key_0 && key->key() <= Qt::Key_3) {
            m_detail->pickOnCurrentRow(key->key() - Qt::Key_0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConflictPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_reload->markStale();
}

void ConflictPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConflictPage::retranslate()
{
    m_resolve->setText(tr("&Resolve"));
    m_resolveBy->setText(tr("Resolve Selected &By"));
    m_resolveBy->setToolTip(tr("Resolve every selected conflict by one rule; you confirm first"));
    m_bySource->setText(tr("%1…").arg(ConflictCommands::strategyText(QStringLiteral("source"))));
    m_byTarget->setText(tr("%1…").arg(ConflictCommands::strategyText(QStringLiteral("target"))));
    m_byLastWrite->setText(tr("%1…").arg(ConflictCommands::strategyText(QStringLiteral("last_write_wins"))));
    m_refresh->setText(tr("Refresh"));
    m_lineage->setText(tr("Where Did This Come From?"));
    m_lineage->setToolTip(tr("Open the record's lineage: the source record, pipeline, run and mapping version that "
                             "wrote it, and where it went (Ctrl+Shift+L)"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_model->retranslate();
    updateEmptyState();
    updateActions();
}

void ConflictPage::requestLineage()
{
    const ConflictView *c = m_model->conflictOfId(currentId());
    if (!c) {
        Q_EMIT message(tr("Select a conflict first."), 5000);
        return;
    }
    Q_EMIT lineageRequested(c->targetDataset, c->key);
}

} // namespace concord
