#include "consistency/consistencypage.h"

#include "consistency/checkprogress.h"
#include "consistency/consistencyclient.h"
#include "consistency/consistencycommands.h"
#include "consistency/consistencysummary.h"
#include "consistency/discrepancydetail.h"
#include "consistency/discrepancyfilterbar.h"
#include "consistency/discrepancymodel.h"
#include "consistency/repairdialog.h"
#include "consolesession.h"
#include "formatting.h"
#include "reloadthrottle.h"
#include "tablecopy.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

namespace {

constexpr int MessageMs = 15000;

qint64 currentIdOf(const QTableView *table)
{
    const QModelIndex current = table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(DiscrepancyModel::IdRole).toLongLong() : 0;
}

} // namespace

ConsistencyPage::ConsistencyPage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent)
    : QWidget(parent), m_session(session), m_client(new ConsistencyClient(host, control, this)),
      m_commands(new ConsistencyCommands(m_client, session, this)), m_model(new DiscrepancyModel(this)),
      m_proxy(new DiscrepancyFilter(this)), m_summary(new ConsistencySummary), m_detail(new DiscrepancyDetail),
      m_filters(new DiscrepancyFilterBar(m_model, m_proxy)), m_pipelineCombo(new QComboBox), m_pipelineLabel(new QLabel),
      m_tableStack(new QStackedWidget), m_table(new QTableView), m_empty(new QLabel), m_progress(new CheckProgress),
      m_result(new QLabel)
{
    setObjectName(QStringLiteral("consistencyPage"));
    m_proxy->setSourceModel(m_model);

    m_pipelineCombo->setObjectName(QStringLiteral("consistencyPipeline"));
    m_pipelineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineLabel->setBuddy(m_pipelineCombo);
    connect(m_pipelineCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setRows({});
        m_summary->setRuns({});
        m_runsLoaded = false;
        m_loadedForRun = -1;
        m_loads = 0;
    m_sizedToRows = false;
        showCurrent();
        reload();
    });

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    m_runCheck = toolbar->addAction(fmt::icon("consistency"), QString(), this, &ConsistencyPage::runCheck);
    m_runCheck->setObjectName(QStringLiteral("actionRunCheck"));
    // Window-wide while the page is shown (a hidden page's actions do not answer), so the keys
    // work straight after Ctrl+5 with the focus still in the navigator.
    m_runCheck->setShortcut(QKeySequence(Qt::Key_F9));
    m_cancel = toolbar->addAction(fmt::icon("cancel"), QString(), this, &ConsistencyPage::cancelCheck);
    m_cancel->setObjectName(QStringLiteral("actionCancelCheck"));
    toolbar->addSeparator();
    m_export = toolbar->addAction(fmt::icon("export"), QString(), this, &ConsistencyPage::exportDiscrepancies);
    m_export->setObjectName(QStringLiteral("actionExportDiscrepancies"));
    // Ctrl+E is the window's Mapping action.
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    toolbar->addSeparator();
    m_repairSelected = toolbar->addAction(fmt::icon("repair"), QString(), this, &ConsistencyPage::repairSelected);
    m_repairSelected->setObjectName(QStringLiteral("actionRepairSelected"));
    m_repairAll = toolbar->addAction(fmt::icon("repair"), QString(), this, &ConsistencyPage::repairAll);
    m_repairAll->setObjectName(QStringLiteral("actionRepairAll"));
    toolbar->addSeparator();
    m_lineage = toolbar->addAction(fmt::icon("lineage"), QString(), this, &ConsistencyPage::requestLineage);
    m_lineage->setObjectName(QStringLiteral("actionWhereFrom"));
    m_lineage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_lineage->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_lineage);
    m_refresh = toolbar->addAction(fmt::icon("refresh"), QString(), this, &ConsistencyPage::reload);
    addActions({m_runCheck, m_export});


    auto *top = new QHBoxLayout;
    top->addWidget(m_pipelineLabel);
    top->addWidget(m_pipelineCombo);
    top->addWidget(toolbar);
    top->addStretch(1);

    // Kind, field and text narrow the loaded rows at once; the same filters go into an export.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filters, &DiscrepancyFilterBar::focusSearch);

    m_table->setObjectName(QStringLiteral("discrepancyTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DiscrepancyModel::KeyColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DiscrepancyModel::FieldsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_repairSelected, m_export});
    addTsvCopy(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsistencyPage::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConsistencyPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConsistencyPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConsistencyPage::showCurrent);
    m_empty->setObjectName(QStringLiteral("consistencyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);
    connect(m_filters, &DiscrepancyFilterBar::includeClosedChanged, this, &ConsistencyPage::loadDiscrepancies);
    connect(m_filters, &DiscrepancyFilterBar::filtered, this, &ConsistencyPage::updateEmptyState);

    // Side by side: the list keeps the page's height (the log dock takes some), the detail its width.
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("consistencySplitter"));
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // proportions: the tables' size hints would give the detail too little
    splitter->setChildrenCollapsible(false);

    m_result->setObjectName(QStringLiteral("consistencyResult"));
    m_result->setWordWrap(true);
    // On a small screen the summary can be dragged away to give the list the height.
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_filters);
    lowerLayout->addWidget(splitter, 1);
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->setObjectName(QStringLiteral("consistencySummarySplitter"));
    vertical->addWidget(m_summary);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 1);
    vertical->setCollapsible(1, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(top);
    layout->addWidget(vertical, 1);
    // The outcome of the last command on the left, a check or repair in progress on the right.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_result, 1);
    bottom->addWidget(m_progress);
    layout->addLayout(bottom);

    // Session refreshes (about once a second during a run) re-read only the list of checks; the
    // discrepancies are read again when a newer check is there.
    m_reload = new ReloadThrottle([this] { return isVisible() && m_session->workspace() && !pipeline().isEmpty(); },
                                  [this] { m_client->requestRuns(pipeline(), ConsistencySummary::TrendChecks); }, this);
    connect(session, &ConsoleSession::refreshed, m_reload, &ReloadThrottle::markStale);
    connect(session, &ConsoleSession::runningChanged, this, &ConsistencyPage::updateActions);
    connect(session, &ConsoleSession::viewerChanged, this, &ConsistencyPage::loadDiscrepancies);
    connect(m_client, &ConsistencyClient::runsReady, this, &ConsistencyPage::onRuns);
    connect(m_client, &ConsistencyClient::discrepanciesReady, this, &ConsistencyPage::onDiscrepancies);
    connect(m_client, &ConsistencyClient::discrepanciesFailed, this, &ConsistencyPage::onDiscrepanciesFailed);
    connect(m_client, &ConsistencyClient::busyChanged, this, [this](bool busy) {
        if (busy)
            m_progress->start(m_client->busyPipeline(), m_client->isRepairing());
        else
            m_progress->finish();
        updateActions();
    });
    connect(m_client, &ConsistencyClient::checkStarted, this, [this](const QString &name) {
        if (name == m_client->busyPipeline())
            m_progress->setStarted();
    });
    connect(m_client, &ConsistencyClient::checkProgress, m_progress, &CheckProgress::setProgress);
    connect(m_client, &ConsistencyClient::checkFinished, this, &ConsistencyPage::onCheckFinished);
    connect(m_commands, &ConsistencyCommands::message, this, &ConsistencyPage::showResult);
    connect(m_commands, &ConsistencyCommands::stateChanged, this, &ConsistencyPage::updateActions);
    connect(m_commands, &ConsistencyCommands::repaired, this, [this](const QString &name) {
        if (name == pipeline())
            reload();
    });
    retranslate();
}

ConsistencyPage::~ConsistencyPage() = default;

RepairDialog *ConsistencyPage::repairDialog() const
{
    return m_commands->repairDialog();
}

QMessageBox *ConsistencyPage::errorBox() const
{
    return m_commands->errorBox();
}

void ConsistencyPage::setPipelines(const QStringList &pipelines)
{
    const QString keep = pipeline();
    {
        const QSignalBlocker block(m_pipelineCombo);
        m_pipelineCombo->clear();
        for (const QString &p : pipelines)
            m_pipelineCombo->addItem(p, p);
        m_pipelineCombo->setCurrentIndex(std::max(0, m_pipelineCombo->findData(keep)));
    }
    m_model->setRows({});
    m_summary->setRuns({});
    m_result->clear();
    m_runsLoaded = false;
    m_loadedForRun = -1;
    m_loads = 0;
    m_sizedToRows = false;
    showCurrent();
    reload();
}

void ConsistencyPage::showPipeline(const QString &name)
{
    const int i = m_pipelineCombo->findData(name);
    if (i >= 0 && i != m_pipelineCombo->currentIndex())
        m_pipelineCombo->setCurrentIndex(i); // reloads
}

QString ConsistencyPage::pipeline() const
{
    return m_pipelineCombo->currentData().toString();
}

DiscrepancyQuery ConsistencyPage::query() const
{
    DiscrepancyQuery q;
    q.pipeline = pipeline();
    q.kind = m_proxy->kind();
    q.field = m_proxy->field();
    q.search = m_proxy->search();
    q.includeClosed = m_filters->includeClosed();
    return q;
}

void ConsistencyPage::setKindFilter(const QString &kind)
{
    m_filters->setKind(kind);
}

void ConsistencyPage::setFieldFilter(const QString &field)
{
    m_filters->setField(field);
}

void ConsistencyPage::setSearchText(const QString &text)
{
    m_filters->setSearch(text);
}

void ConsistencyPage::setIncludeClosed(bool on)
{
    m_filters->setIncludeClosed(on);
}

QString ConsistencyPage::countText() const
{
    return m_filters->countText();
}

QProgressBar *ConsistencyPage::progressBar() const
{
    return m_progress->bar();
}

QString ConsistencyPage::progressText() const
{
    return m_progress->text();
}

QString ConsistencyPage::resultText() const
{
    return m_result->text();
}

void ConsistencyPage::reload()
{
    if (!m_session->workspace() || pipeline().isEmpty()) {
        updateEmptyState();
        updateActions();
        return;
    }
    m_forceLoad = true; // the discrepancies follow the list of checks
    m_reload->now();
}

void ConsistencyPage::loadDiscrepancies()
{
    if (!m_session->workspace() || pipeline().isEmpty())
        return;
    m_forceLoad = false;
    m_loadedForRun = m_summary->runs().value(0).id;
    m_loadedForStatus = m_summary->runs().value(0).status;
    DiscrepancyQuery q;
    q.pipeline = pipeline();
    q.includeClosed = m_filters->includeClosed();
    m_request = m_client->requestDiscrepancies(q, m_session->viewer());
}

void ConsistencyPage::onRuns(const QString &name, const QList<ConsistencyRun> &runs)
{
    if (name != pipeline())
        return;
    m_runsLoaded = true;
    m_summary->setRuns(runs);
    const ConsistencyRun newest = runs.value(0);
    // A newer check (this console's, the scheduler's, another process'): its discrepancies.
    if (m_forceLoad || newest.id != m_loadedForRun || newest.status != m_loadedForStatus)
        loadDiscrepancies();
    updateEmptyState();
    updateActions();
    m_reload->answered();
}

void ConsistencyPage::onDiscrepancies(quint64 requestId, const QList<DiscrepancyRow> &rows)
{
    if (requestId != m_request)
        return;
    ++m_loads;
    const QList<qint64> selected = selectedIds();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 currentId = current.isValid() ? current.data(DiscrepancyModel::IdRole).toLongLong() : 0;
    m_model->setRows(rows);
    if (currentId != 0 && m_model->rowOfId(currentId) >= 0)
        selectDiscrepancy(currentId); // a reset keeps the steward's place
    else if (currentIdOf(m_table) == 0 && m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (const qint64 id : selected)
        if (const int row = m_model->rowOfId(id); row >= 0 && id != currentId)
            m_table->selectionModel()->select(m_proxy->mapFromSource(m_model->index(row, 0)),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // Columns fit their contents the first time there are rows to fit (an empty first load would
    // size the kind column to its header and cut "目标缺失" short).
    const bool firstRows = !m_sizedToRows && !rows.isEmpty();
    m_sizedToRows = m_sizedToRows || firstRows;
    if (m_table->columnWidth(DiscrepancyModel::KeyColumn) < 60 || m_loads == 1 || firstRows)
        for (const int c : {DiscrepancyModel::KeyColumn, DiscrepancyModel::KindColumn, DiscrepancyModel::StatusColumn,
                            DiscrepancyModel::NewColumn, DiscrepancyModel::FirstSeenColumn}) {
            m_table->resizeColumnToContents(c);
            if (c == DiscrepancyModel::KindColumn)
                m_table->setColumnWidth(c, m_table->columnWidth(c) + 8); // the mark and the text need air
        }
    showCurrent();
    updateEmptyState();
    updateActions();
}

void ConsistencyPage::onDiscrepanciesFailed(quint64 requestId, const Error &error)
{
    if (requestId != m_request)
        return;
    ++m_loads;
    m_model->setRows({});
    showResult(tr("The discrepancies cannot be read: %1").arg(error.message), 0);
    updateEmptyState();
    updateActions();
}

void ConsistencyPage::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_tableStack->setCurrentWidget(m_table);
        return;
    }
    const ConsistencyRun &latest = m_summary->latest();
    if (!m_session->workspace())
        m_empty->setText(tr("Open a workspace to check whether its pipelines' targets match their sources."));
    else if (pipeline().isEmpty())
        m_empty->setText(tr("The workspace has no pipelines to check."));
    else if (!m_runsLoaded || m_loads == 0)
        m_empty->setText(tr("Reading discrepancies…"));
    else if (m_model->rowCount() > 0)
        m_empty->setText(tr("No discrepancies match the filter."));
    else if (latest.id == 0)
        m_empty->setText(tr("No check yet. Run Check reads both sides and compares every record the source would "
                            "write with the target: missing records, extra records and fields that differ."));
    else if (latest.status == QLatin1String("equal"))
        m_empty->setText(tr("Source and target agree — nothing to review.\nChecks can also run on a schedule "
                            "(consistency: schedule in workspace.yaml)."));
    else
        m_empty->setText(tr("No open discrepancies — all that the latest check found have been fixed or repaired."));
    m_tableStack->setCurrentWidget(m_empty);
}

void ConsistencyPage::showCurrent()
{
    const int row = m_model->rowOfId(currentIdOf(m_table));
    const DiscrepancyRow *r = m_model->rowAt(row);
    m_detail->showDiscrepancy(r ? *r : DiscrepancyRow(), viewerLabel());
    updateActions();
}

QList<qint64> ConsistencyPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.append(i.data(DiscrepancyModel::IdRole).toLongLong());
    if (ids.isEmpty() && currentIdOf(m_table) != 0)
        ids.append(currentIdOf(m_table));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ConsistencyPage::selectDiscrepancy(qint64 id)
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

QString ConsistencyPage::viewerLabel() const
{
    const Holder &viewer = m_session->viewer();
    return viewer.name.isEmpty() ? viewer.label() : viewer.name;
}

void ConsistencyPage::updateActions()
{
    const bool ready = m_session->workspace() && !pipeline().isEmpty();
    // The engine does one job at a time: a check or repair waits for a run, and the other way round.
    const bool engineFree = ready && !m_client->isBusy() && !m_session->isBusy();
    bool anyOpenSelected = false;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        if (const DiscrepancyRow *r = m_model->rowAt(m_proxy->mapToSource(i).row()))
            anyOpenSelected |= r->status == QLatin1String("open");
    bool anyOpen = false;
    for (const DiscrepancyRow &r : m_model->rows())
        anyOpen |= r.status == QLatin1String("open");
    m_runCheck->setEnabled(engineFree);
    m_cancel->setEnabled(m_client->isBusy());
    const bool repairFree = engineFree && !m_commands->repairDialog() && !m_commands->isPlanning();
    m_export->setEnabled(ready && m_summary->latest().id != 0 && !m_commands->isExporting());
    m_repairSelected->setEnabled(repairFree && anyOpenSelected);
    m_repairAll->setEnabled(repairFree && anyOpen);
    m_runCheck->setToolTip(m_session->isBusy() ? tr("Waiting for the run in progress to end")
                                               : tr("Compare %1's source and target record by record (F9)").arg(pipeline()));
}

void ConsistencyPage::runCheck()
{
    if (!m_runCheck->isEnabled())
        return;
    showResult(tr("Checking %1…").arg(pipeline()), 0);
    m_client->checkConsistency(pipeline());
}

void ConsistencyPage::cancelCheck()
{
    if (m_client->isBusy()) {
        m_client->cancel();
        showResult(tr("Cancelling…"), 0);
    }
}

void ConsistencyPage::onCheckFinished(const ConsistencyRun &run)
{
    const QString name = run.pipeline;
    if (run.trigger == QLatin1String("repair")) {
        // The repair's own answer reports it.
    } else if (run.status == QLatin1String("equal")) {
        showResult(tr("%1: source and target agree (%2 records compared in %3).")
                       .arg(name, fmt::count(run.sourceRows), fmt::duration(run.durationMs)),
                   MessageMs);
    } else if (run.status == QLatin1String("different")) {
        showResult(tr("%1: %2 missing in target, %3 extra, %4 with differing fields — %5 new, %6 fixed since the check before.")
                       .arg(name, fmt::count(run.missing), fmt::count(run.extra), fmt::count(run.mismatched),
                            fmt::count(run.newCount), fmt::count(run.fixed)),
                   MessageMs);
    } else if (run.status == QLatin1String("cancelled")) {
        showResult(tr("The check of %1 was cancelled; the figures are those of the last complete check.").arg(name), MessageMs);
    } else {
        showResult(tr("The check of %1 failed: %2").arg(name, run.error.isEmpty() ? run.errorCode : run.error), 0);
    }
    if (name == pipeline())
        reload();
}

void ConsistencyPage::repairSelected()
{
    QList<qint64> ids;
    for (const qint64 id : selectedIds())
        if (const DiscrepancyRow *r = m_model->rowAt(m_model->rowOfId(id)); r && r->status == QLatin1String("open"))
            ids.append(id);
    if (!ids.isEmpty())
        m_commands->planRepair(pipeline(), ids);
}

void ConsistencyPage::repairAll()
{
    m_commands->planRepair(pipeline(), {});
}

void ConsistencyPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_commands->setSaveFileChooser(std::move(chooser));
}

QString ConsistencyPage::defaultExportName(const QDateTime &now) const
{
    return ConsistencyCommands::defaultExportName(pipeline(), now);
}

void ConsistencyPage::exportDiscrepancies()
{
    if (m_export->isEnabled())
        m_commands->chooseAndExport(query());
}

void ConsistencyPage::exportTo(const QString &file)
{
    m_commands->exportTo(file, query());
}

void ConsistencyPage::showResult(const QString &text, int timeoutMs)
{
    m_result->setText(text);
    Q_EMIT message(text, timeoutMs);
}

void ConsistencyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_reload->markStale();
}

void ConsistencyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsistencyPage::retranslate()
{
    m_pipelineLabel->setText(tr("&Pipeline:"));
    m_runCheck->setText(tr("Run &Check"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the check or repair in progress"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save the discrepancies shown (filters applied, masked for your role) as XLSX or CSV (Ctrl+Shift+E)"));
    m_repairSelected->setText(tr("Repair &Selected…"));
    m_repairSelected->setToolTip(tr("Plan the writes that make the target match the source for the selected discrepancies; "
                                    "you confirm before anything is written"));
    m_repairAll->setText(tr("Repair &All…"));
    m_repairAll->setToolTip(tr("Plan the repair of every open discrepancy of this pipeline (filters do not apply); "
                               "you confirm before anything is written"));
    m_refresh->setText(tr("Refresh"));
    m_lineage->setText(tr("Where Did This Come From?"));
    m_lineage->setToolTip(tr("Open the record's lineage: the source record, pipeline, run and mapping version that "
                             "wrote it, and where it went (Ctrl+Shift+L)"));
    m_model->retranslate();
    updateEmptyState();
    updateActions();
}

void ConsistencyPage::requestLineage()
{
    const DiscrepancyRow *r = m_model->rowAt(m_model->rowOfId(currentIdOf(m_table)));
    const auto ws = m_session->workspace();
    if (!r || !ws || !ws->pipelines.contains(r->pipeline)) {
        Q_EMIT message(tr("Select a discrepancy first."), 5000);
        return;
    }
    // The target's record: who wrote it, from which source record.
    Q_EMIT lineageRequested(ws->pipelines.value(r->pipeline).target, r->key);
}

} // namespace concord
