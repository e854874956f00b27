#include "deadletters/deadletterpage.h"

#include "consolesession.h"
#include "reloadthrottle.h"
#include "dashboard/pipelinecommands.h"
#include "deadletters/deadletterdialogs.h"
#include "deadletters/deadlettermodel.h"
#include "formatting.h"
#include "tablecopy.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace concord {

namespace {

// During a run letters arrive with the batches; one read a second keeps up without churning.
const QString AllPipelines = QStringLiteral("@all");
const QString AllCodes = QStringLiteral("@all");
const QColor Muted(0x80, 0x80, 0x80);

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DeadLetterPage::DeadLetterPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new DeadLetterModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_pipelineCombo(new QComboBox), m_statusCombo(new QComboBox), m_codeCombo(new QComboBox), m_text(new QLineEdit),
      m_pipelineLabel(new QLabel), m_statusLabel(new QLabel), m_codeLabel(new QLabel), m_tableStack(new QStackedWidget),
      m_table(new QTableView), m_empty(new QLabel), m_detailTitle(new QLabel), m_detailInfo(new QLabel), m_detailError(new QLabel),
      m_payloadTitle(new QLabel), m_payload(new QTableWidget), m_result(new QLabel)
{
    setObjectName(QStringLiteral("deadLetterPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeadLetterModel::ValueRole);

    // Filters: what the engine is asked for (DeadLetterFilter), so a limit never hides matches.
    m_pipelineCombo->setObjectName(QStringLiteral("deadLetterPipeline"));
    m_pipelineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineCombo->addItem(QString(), AllPipelines);
    m_statusCombo->setObjectName(QStringLiteral("deadLetterStatus"));
    for (const char *s : {"open", "replayed", "discarded", "all"})
        m_statusCombo->addItem(QString(), QLatin1String(s));
    m_codeCombo->setObjectName(QStringLiteral("deadLetterCode"));
    m_codeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_codeCombo->addItem(QString(), AllCodes);
    m_text->setObjectName(QStringLiteral("deadLetterText"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(220);
    m_pipelineLabel->setBuddy(m_pipelineCombo);
    m_statusLabel->setBuddy(m_statusCombo);
    m_codeLabel->setBuddy(m_codeCombo);
    for (QComboBox *combo : {m_pipelineCombo, m_statusCombo, m_codeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeadLetterPage::reload);
    m_textDebounce.setSingleShot(true);
    m_textDebounce.setInterval(250);
    connect(m_text, &QLineEdit::textChanged, &m_textDebounce, qOverload<>(&QTimer::start));
    connect(&m_textDebounce, &QTimer::timeout, this, &DeadLetterPage::reload);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    m_replaySelected = toolbar->addAction(fmt::icon("replay"), QString(), this, &DeadLetterPage::replaySelected);
    m_replaySelected->setObjectName(QStringLiteral("actionReplaySelected"));
    m_replaySelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_replaySelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_replayAll = toolbar->addAction(fmt::icon("replay"), QString(), this, &DeadLetterPage::replayAll);
    m_replayAll->setObjectName(QStringLiteral("actionReplayAll"));
    toolbar->addSeparator();
    m_edit = toolbar->addAction(fmt::icon("edit"), QString(), this, &DeadLetterPage::editField);
    m_edit->setObjectName(QStringLiteral("actionEditDeadLetter"));
    m_discard = toolbar->addAction(fmt::icon("discard"), QString(), this, &DeadLetterPage::discardSelected);
    m_discard->setObjectName(QStringLiteral("actionDiscard"));
    m_discard->setShortcut(QKeySequence::Delete);
    m_discard->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolbar->addSeparator();
    m_lineage = toolbar->addAction(fmt::icon("lineage"), QString(), this, &DeadLetterPage::requestLineage);
    m_lineage->setObjectName(QStringLiteral("actionWhereFrom"));
    m_lineage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_lineage->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_lineage);
    m_refresh = toolbar->addAction(fmt::icon("refresh"), QString(), this, &DeadLetterPage::reload);
    addActions({m_replaySelected, m_discard});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_pipelineLabel);
    filters->addWidget(m_pipelineCombo);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_codeLabel);
    filters->addWidget(m_codeCombo);
    filters->addWidget(m_text, 1);

    m_table->setObjectName(QStringLiteral("deadLetterTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeadLetterModel::IdColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // At most a few hundred rows (the filter's limit): sizing to contents is affordable, and codes,
    // keys and pipeline names are read whole; the message takes the rest and elides.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeadLetterModel::MessageColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_replaySelected, m_edit, m_discard});
    addTsvCopy(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeadLetterPage::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeadLetterPage::updateActions);
    m_empty->setObjectName(QStringLiteral("deadLetterEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);

    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailTitle->setFont(titleFont);
    m_detailInfo->setTextFormat(Qt::RichText);
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailError->setWordWrap(true);
    m_detailError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_payload->setObjectName(QStringLiteral("deadLetterPayload"));
    m_payload->setColumnCount(2);
    m_payload->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payload->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payload->setSelectionMode(QAbstractItemView::SingleSelection);
    m_payload->verticalHeader()->hide();
    m_payload->verticalHeader()->setDefaultSectionSize(m_payload->fontMetrics().height() + 6);
    m_payload->horizontalHeader()->setStretchLastSection(true);
    m_payload->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_payload, &QTableWidget::cellDoubleClicked, this, [this] { editField(); });
    addTsvCopy(m_payload);

    auto *detail = new QWidget;
    detail->setObjectName(QStringLiteral("deadLetterDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailInfo);
    detailLayout->addWidget(m_detailError);
    detailLayout->addWidget(m_payloadTitle);
    detailLayout->addWidget(m_payload, 1);
    // Without a record to show, the texts stay at the top rather than spread over the pane.
    detailLayout->addStretch(0);
    for (QLabel *label : {m_detailTitle, m_detailInfo, m_detailError, m_payloadTitle})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("deadLetterSplitter"));
    splitter->addWidget(m_tableStack);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_result->setObjectName(QStringLiteral("deadLetterResult"));
    m_result->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);

    m_reload = new ReloadThrottle([this] { return isVisible() && m_session->workspace() != nullptr; },
                                  [this] { m_request = m_session->requestDeadLetters(filter()); }, this);
    connect(session, &ConsoleSession::refreshed, this, &DeadLetterPage::markStale);
    connect(session, &ConsoleSession::deadLettersReady, this, &DeadLetterPage::onLetters);
    connect(session, &ConsoleSession::deadLetterViewReady, this, &DeadLetterPage::onView);
    connect(session, &ConsoleSession::deadLetterViewFailed, this, &DeadLetterPage::onViewFailed);
    connect(session, &ConsoleSession::runningChanged, this, &DeadLetterPage::updateActions);
    connect(session, &ConsoleSession::viewerChanged, this, [this] {
        m_view = DeadLetterView();
        onCurrentChanged(); // masked again for the new role
    });
    connect(session, &ConsoleSession::replayFinished, this,
            [this](const ReplayResult &result) { m_result->setText(PipelineCommands::replaySummary(result)); });
    connect(session, &ConsoleSession::actionFailed, this, [this](const QString &action, const Error &error) {
        if (action == QLatin1String("discard") || action == QLatin1String("edit"))
            m_result->setText(error.message);
    });
    retranslate();
    showDetail();
    updateEmptyState();
    updateActions();
}

DeadLetterPage::~DeadLetterPage() = default;

EditFieldDialog *DeadLetterPage::editDialog() const
{
    return m_editDialog;
}

DiscardDialog *DeadLetterPage::discardDialog() const
{
    return m_discardDialog;
}

void DeadLetterPage::setPipelines(const QStringList &pipelines)
{
    const QString keep = m_pipelineCombo->currentData().toString();
    {
        const QSignalBlocker block(m_pipelineCombo);
        while (m_pipelineCombo->count() > 1)
            m_pipelineCombo->removeItem(1);
        for (const QString &p : pipelines)
            m_pipelineCombo->addItem(p, p);
        const int i = m_pipelineCombo->findData(keep);
        m_pipelineCombo->setCurrentIndex(i > 0 ? i : 0);
    }
    m_model->setLetters({});
    m_view = DeadLetterView();
    m_result->clear();
    m_loads = 0;
    showDetail();
    updateEmptyState();
    reload();
}

void DeadLetterPage::showPipeline(const QString &pipeline)
{
    const QSignalBlocker a(m_pipelineCombo);
    const QSignalBlocker b(m_statusCombo);
    const QSignalBlocker c(m_codeCombo);
    const int i = pipeline.isEmpty() ? 0 : m_pipelineCombo->findData(pipeline);
    m_pipelineCombo->setCurrentIndex(std::max(0, i));
    m_statusCombo->setCurrentIndex(0); // open
    m_codeCombo->setCurrentIndex(0);
    reload();
}

void DeadLetterPage::setStatusFilter(const QString &status)
{
    m_statusCombo->setCurrentIndex(std::max(0, m_statusCombo->findData(status)));
}

void DeadLetterPage::setTextFilter(const QString &text)
{
    m_text->setText(text);
    m_textDebounce.stop();
    reload();
}

DeadLetterFilter DeadLetterPage::filter() const
{
    DeadLetterFilter f;
    const QString pipeline = m_pipelineCombo->currentData().toString();
    f.pipeline = pipeline == AllPipelines ? QString() : pipeline;
    f.status = m_statusCombo->currentData().toString();
    const QString code = m_codeCombo->currentData().toString();
    f.errorCode = code == AllCodes ? QString() : code;
    f.text = m_text->text().trimmed();
    return f;
}

void DeadLetterPage::markStale()
{
    m_reload->markStale();
}

void DeadLetterPage::reload()
{
    m_reload->now();
}

void DeadLetterPage::onLetters(quint64 requestId, const QList<DeadLetterRecord> &letters)
{
    if (requestId != m_request)
        return;
    ++m_loads;
    const qint64 current = currentId();
    m_model->setLetters(letters);
    updateCodes();
    updateEmptyState();
    if (current != 0 && currentId() != current)
        selectLetter(current); // a reset keeps the steward's place
    // The letter on show changed in the store (replayed, failed again, edited): show it anew.
    const int row = m_model->rowOfId(m_view.letter.id);
    if (row >= 0) {
        const DeadLetterRecord &now = m_model->letters().at(row);
        if (now.status != m_view.letter.status || now.attempts != m_view.letter.attempts || now.edited != m_view.letter.edited
            || now.errorMessage != m_view.letter.errorMessage)
            onCurrentChanged();
    } else if (m_view.letter.id != 0 && currentId() == 0) {
        m_view = DeadLetterView();
        showDetail();
    }
    updateActions();
    m_reload->answered();
}

void DeadLetterPage::updateCodes()
{
    // The codes offered are those present, plus the chosen one (so narrowing never loses it).
    const QString chosen = m_codeCombo->currentData().toString();
    QStringList codes = m_model->errorCodes();
    if (chosen != AllCodes && !codes.contains(chosen))
        codes.append(chosen);
    QStringList offered;
    for (int i = 1; i < m_codeCombo->count(); ++i)
        offered.append(m_codeCombo->itemData(i).toString());
    for (const QString &c : std::as_const(codes))
        if (!offered.contains(c))
            offered.append(c);
    std::sort(offered.begin(), offered.end());
    const QSignalBlocker block(m_codeCombo);
    while (m_codeCombo->count() > 1)
        m_codeCombo->removeItem(1);
    for (const QString &c : std::as_const(offered))
        m_codeCombo->addItem(c, c);
    m_codeCombo->setCurrentIndex(std::max(0, m_codeCombo->findData(chosen)));
}

qint64 DeadLetterPage::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(DeadLetterModel::IdRole).toLongLong() : 0;
}

QList<qint64> DeadLetterPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.append(i.data(DeadLetterModel::IdRole).toLongLong());
    if (ids.isEmpty() && currentId() != 0)
        ids.append(currentId());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void DeadLetterPage::selectLetter(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DeadLetterPage::onCurrentChanged()
{
    const qint64 id = currentId();
    if (id == 0) {
        m_viewRequested = 0;
        m_view = DeadLetterView();
        showDetail();
        updateActions();
        return;
    }
    m_viewRequested = id;
    m_viewError.clear();
    m_session->requestDeadLetterView(id);
    updateActions();
}

void DeadLetterPage::onView(const DeadLetterView &view)
{
    if (view.letter.id != m_viewRequested)
        return;
    m_view = view;
    showDetail();
    updateActions();
}

void DeadLetterPage::onViewFailed(qint64 id, const Error &error)
{
    if (id != m_viewRequested)
        return;
    m_view = DeadLetterView();
    m_viewError = error.message;
    showDetail();
    updateActions();
}

void DeadLetterPage::showDetail()
{
    const DeadLetterRecord &l = m_view.letter;
    m_payload->setRowCount(0);
    if (l.id == 0) {
        m_detailTitle->setText(tr("No dead letter selected"));
        m_detailInfo->setText(m_viewError.isEmpty() ? tr("Select a dead letter to see why it failed and the record as it was read.")
                                                    : esc(m_viewError));
        m_detailError->hide();
        m_payloadTitle->hide();
        m_payload->hide();
        return;
    }
    m_detailTitle->setText(tr("Dead letter %1").arg(l.id));
    QString status = fmt::deadLetterStatus(l.status);
    if (l.status != QLatin1String("open"))
        status = tr("%1 by %2, %3 — %4").arg(status, esc(l.resolvedBy), fmt::relativeTime(l.resolvedAt), esc(l.resolution));
    else if (l.edited)
        status = tr("%1, edited: replay it to write the corrected record").arg(status);
    const QString replays = l.attempts > 0 ? tr("%n replay(s) failed again", nullptr, l.attempts) : tr("none yet");
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='color:#707070; padding-right:10px'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    html += row(tr("Pipeline"), esc(l.pipeline));
    html += row(tr("Record key"), QStringLiteral("<b>%1</b> (%2)").arg(esc(l.key), esc(l.op)));
    html += row(tr("Failed"), tr("%1 (%2), run %3")
                                  .arg(QLocale().toString(l.createdAt.toLocalTime(), QLocale::ShortFormat),
                                       fmt::relativeTime(l.createdAt))
                                  .arg(l.runId));
    html += row(tr("Error"), QStringLiteral("<b style='color:#c62828'>%1</b><br>%2").arg(esc(l.errorCode), esc(l.errorMessage)));
    html += row(tr("Replays"), replays);
    html += row(tr("Status"), status);
    if (!l.traceId.isEmpty())
        html += row(tr("Trace"), esc(l.traceId));
    html += QStringLiteral("</table>");
    m_detailInfo->setText(html);
    m_detailError->setVisible(!m_view.decodeError.isEmpty());
    m_detailError->setText(tr("The record cannot be shown: %1").arg(m_view.decodeError));
    m_payloadTitle->setVisible(m_view.decodeError.isEmpty());
    m_payload->setVisible(m_view.decodeError.isEmpty());
    const Holder &viewer = m_session->viewer();
    const QString who = viewer.name.isEmpty() ? viewer.label() : viewer.name;
    m_payloadTitle->setText(tr("<b>Record as read from the source</b> (shown as %1 may see it)").arg(esc(who)));
    m_payload->setRowCount(int(m_view.fields.size()));
    for (int i = 0; i < m_view.fields.size(); ++i) {
        auto *name = new QTableWidgetItem(m_view.fields[i]);
        auto *value = new QTableWidgetItem;
        const bool withheld = m_view.withheld.value(i);
        const bool isNull = m_view.nulls.value(i);
        QFont italic = value->font();
        italic.setItalic(true);
        if (withheld) {
            // Masked or hidden for this viewer: greyed, so nobody takes it for the stored value.
            const QString shown = m_view.values.value(i);
            value->setText(shown.isEmpty() ? tr("(hidden)") : shown);
            value->setForeground(Muted);
            value->setFont(italic);
            value->setToolTip(tr("Masked for %1").arg(who));
        } else if (isNull) {
            value->setText(QStringLiteral("NULL"));
            value->setForeground(Muted);
            value->setFont(italic);
        } else {
            value->setText(m_view.values.value(i));
            value->setToolTip(m_view.values.value(i));
        }
        value->setData(Qt::UserRole, withheld);
        m_payload->setItem(i, 0, name);
        m_payload->setItem(i, 1, value);
    }
    m_payload->resizeColumnToContents(0);
}

void DeadLetterPage::updateActions()
{
    const bool ready = m_session->workspace() && !m_session->isBusy();
    bool anyOpenSelected = false;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        anyOpenSelected |= m_model->letterAt(m_proxy->mapToSource(i).row()).status == QLatin1String("open");
    bool anyOpen = false;
    for (const DeadLetterRecord &l : m_model->letters())
        anyOpen |= l.status == QLatin1String("open");
    m_replaySelected->setEnabled(ready && anyOpenSelected);
    m_replayAll->setEnabled(ready && anyOpen);
    m_discard->setEnabled(m_session->workspace() && anyOpenSelected);
    m_edit->setEnabled(m_session->workspace() && m_view.letter.id != 0 && m_view.letter.id == currentId()
                       && m_view.letter.status == QLatin1String("open") && m_view.decodeError.isEmpty());
    const QString pipeline = filter().pipeline;
    m_replayAll->setToolTip(pipeline.isEmpty() ? tr("Replay every open dead letter of every pipeline")
                                               : tr("Replay every open dead letter of %1").arg(pipeline));
}

void DeadLetterPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_tableStack->setCurrentWidget(m_table);
        return;
    }
    const DeadLetterFilter f = filter();
    if (!m_session->workspace())
        m_empty->setText(tr("Open a workspace to see its dead letters."));
    else if (m_loads == 0)
        m_empty->setText(tr("Reading dead letters…"));
    else if (f.status == QLatin1String("open") && f.errorCode.isEmpty() && f.text.isEmpty())
        m_empty->setText(tr("No open dead letters — every record was written.\nA record that fails permanently (bad data, "
                            "a constraint in the target) lands here with its error; fix the mapping or the record, then "
                            "replay it."));
    else
        m_empty->setText(tr("No dead letters match the filter."));
    m_tableStack->setCurrentWidget(m_empty);
}

void DeadLetterPage::replaySelected()
{
    QList<qint64> ids;
    for (const qint64 id : selectedIds())
        if (m_model->letterAt(m_model->rowOfId(id)).status == QLatin1String("open"))
            ids.append(id);
    if (ids.isEmpty() || m_session->isBusy())
        return;
    m_result->setText(tr("Replaying %n dead letter(s)…", nullptr, int(ids.size())));
    m_session->replayDeadLetters(ids, QString());
}

void DeadLetterPage::replayAll()
{
    if (m_session->isBusy())
        return;
    const QString pipeline = filter().pipeline;
    m_result->setText(pipeline.isEmpty() ? tr("Replaying every open dead letter…")
                                         : tr("Replaying every open dead letter of %1…").arg(pipeline));
    m_session->replayDeadLetters({}, pipeline);
}

void DeadLetterPage::editField()
{
    if (!m_edit->isEnabled() || m_editDialog)
        return;
    const int row = m_payload->currentRow();
    const QString field = row >= 0 && m_payload->item(row, 0) ? m_payload->item(row, 0)->text() : QString();
    auto *dialog = new EditFieldDialog(m_view, field, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session->editDeadLetter(dialog->letterId(), dialog->field(), dialog->value(), dialog->makeNull());
    });
    dialog->open();
}

void DeadLetterPage::discardSelected()
{
    QList<qint64> ids;
    for (const qint64 id : selectedIds())
        if (m_model->letterAt(m_model->rowOfId(id)).status == QLatin1String("open"))
            ids.append(id);
    if (ids.isEmpty() || m_discardDialog)
        return;
    auto *dialog = new DiscardDialog(ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_discardDialog = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_session->discardDeadLetters(dialog->ids(), dialog->reason()); });
    dialog->open();
}

QString DeadLetterPage::resultText() const
{
    return m_result->text();
}

void DeadLetterPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markStale();
}

void DeadLetterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeadLetterPage::retranslate()
{
    m_pipelineLabel->setText(tr("&Pipeline:"));
    m_statusLabel->setText(tr("&Status:"));
    m_codeLabel->setText(tr("E&rror:"));
    m_pipelineCombo->setItemText(0, tr("All pipelines"));
    m_statusCombo->setItemText(0, tr("Open"));
    m_statusCombo->setItemText(1, tr("Replayed"));
    m_statusCombo->setItemText(2, tr("Discarded"));
    m_statusCombo->setItemText(3, tr("All"));
    m_codeCombo->setItemText(0, tr("All error codes"));
    m_text->setPlaceholderText(tr("Search key or message (Ctrl+F)"));
    m_replaySelected->setText(tr("&Replay Selected"));
    m_replaySelected->setToolTip(tr("Map and write the selected records again with the current mapping (Ctrl+Enter)"));
    m_replayAll->setText(tr("Replay &All"));
    m_edit->setText(tr("&Edit Field…"));
    m_edit->setToolTip(tr("Correct one field of the failed record before replaying it"));
    m_discard->setText(tr("&Discard…"));
    m_discard->setToolTip(tr("Close the selected letters without writing them; a reason is required (Del)"));
    m_refresh->setText(tr("Refresh"));
    m_lineage->setText(tr("Where Did This Come From?"));
    m_lineage->setToolTip(tr("Open the record's lineage: the source record, pipeline, run and mapping version that "
                             "wrote it, and where it went (Ctrl+Shift+L)"));
    m_payload->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_model->retranslate();
    showDetail();
    updateEmptyState();
    updateActions();
}

void DeadLetterPage::requestLineage()
{
    const auto ws = m_session->workspace();
    const qint64 id = currentId();
    const DeadLetterRecord *letter = nullptr;
    for (const DeadLetterRecord &l : m_model->letters())
        if (l.id == id)
            letter = &l;
    if (!letter || !ws || !ws->pipelines.contains(letter->pipeline)) {
        Q_EMIT message(tr("Select a dead letter first."), 5000);
        return;
    }
    // The letter holds the source record that failed: where did it come from?
    Q_EMIT lineageRequested(ws->pipelines.value(letter->pipeline).source, letter->key);
}

} // namespace concord
