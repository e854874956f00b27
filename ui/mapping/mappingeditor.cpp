#include "mapping/mappingeditor.h"

#include "consolesession.h"
#include "formatting.h"
#include "mapping/fieldrulepanel.h"
#include "mapping/mapper.h"
#include "mapping/mappingcanvas.h"
#include "mapping/mappingdocument.h"
#include "mapping/mappingworker.h"
#include "mapping/previewmodel.h"
#include "mapping/validationpanel.h"
#include "mapping/yamlpanel.h"
#include "mapping/automapdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoView>
#include <QVBoxLayout>

namespace concord {

namespace {

constexpr int PreviewRows = 20;

} // namespace

MappingEditor::MappingEditor(std::shared_ptr<const Workspace> workspace, const QString &relativePath, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
    , m_path(relativePath)
    , m_worker(new MappingWorker(m_workspace, this))
    , m_stack(new QStackedWidget(this))
    , m_loading(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mappingEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setWordWrap(true);
    m_stack->addWidget(m_loading);
    setCentralWidget(m_stack);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (!m_doc)
            return;
        m_previewRules = m_doc->rules();
        m_previewGeneration = m_worker->requestPreview(m_previewRules);
        m_previewState->setText(tr("Updating…"));
    });
    connect(m_worker, &MappingWorker::mappingLoaded, this, &MappingEditor::onLoaded);
    connect(m_worker, &MappingWorker::previewReady, this, &MappingEditor::onPreview);
    connect(m_worker, &MappingWorker::samplesLoaded, this, &MappingEditor::onSamples);
    connect(m_worker, &MappingWorker::samplesFailed, this, &MappingEditor::onSamplesFailed);
    connect(m_worker, &MappingWorker::saved, this, &MappingEditor::onSaved);
    connect(m_worker, &MappingWorker::saveFailed, this, &MappingEditor::onSaveFailed);
    createActions();
    m_problems = new QLabel(this);
    m_version = new QLabel(this);
    statusBar()->addWidget(m_problems, 1);
    statusBar()->addPermanentWidget(m_version);
    retranslate();
    resize(1280, 860);
    m_worker->loadMapping(relativePath);
}

MappingEditor::~MappingEditor()
{
    // The views go before the document they show, and nothing reacts to their teardown.
    if (m_doc) {
        m_canvas->disconnect(this);
        m_canvas->disconnect(m_doc);
        m_doc->undoStack()->disconnect(this);
        m_doc->disconnect(this);
        m_undoView->setStack(nullptr);
        delete m_stack;
        delete m_doc;
        m_doc = nullptr;
    }
}

void MappingEditor::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_save = m_fileMenu->addAction(fmt::icon("save"), QString(), this, &MappingEditor::save);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setObjectName(QStringLiteral("actionSaveMapping"));
    m_fileMenu->addSeparator();
    m_close = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_close->setShortcut(QKeySequence::Close);

    m_editMenu = menuBar()->addMenu(QString());
    // Undo/redo act on the document's stack once it is loaded (see onLoaded).
    m_undo = m_editMenu->addAction(QString());
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    m_redo = m_editMenu->addAction(QString());
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setEnabled(false);
    m_editMenu->addSeparator();
    m_autoMap = m_editMenu->addAction(QString(), this, &MappingEditor::autoMap);
    m_autoMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_removeRule = m_editMenu->addAction(QString(), this, [this] {
        if (m_doc && m_canvas && m_doc->rules().rule(m_canvas->selectedTarget()))
            m_doc->unlink(m_canvas->selectedTarget());
    });
    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *a : {m_save, m_autoMap, m_removeRule})
        a->setEnabled(false);
}

void MappingEditor::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_save->setText(tr("&Save"));
    m_close->setText(tr("&Close"));
    m_undo->setText(m_doc && m_doc->undoStack()->canUndo() ? tr("&Undo %1").arg(m_doc->undoStack()->undoText()) : tr("&Undo"));
    m_redo->setText(m_doc && m_doc->undoStack()->canRedo() ? tr("&Redo %1").arg(m_doc->undoStack()->redoText()) : tr("&Redo"));
    m_autoMap->setText(tr("&Auto-map…"));
    m_autoMap->setToolTip(tr("Propose links for unmapped target fields with matching names"));
    m_removeRule->setText(tr("&Remove the Selected Field's Rule"));
    if (!m_doc)
        m_loading->setText(tr("Opening %1…").arg(m_path));
    if (m_tabs) {
        m_tabs->setTabText(0, tr("Visual"));
        m_tabs->setTabText(1, tr("Validation"));
        m_tabs->setTabText(2, tr("YAML"));
        m_previewTitle->setText(tr("Preview (first %1 source records, live)").arg(PreviewRows));
        m_jsonSamples->setText(tr("Samples from JSON…"));
        m_sourceSamples->setText(tr("Samples from the source"));
        m_undoDock->setWindowTitle(tr("Undo History"));
        m_undoView->setEmptyLabel(tr("<opened>"));
    }
    updateTitle();
    updateStatus();
    updateHits();
}

void MappingEditor::onLoaded(const LoadedMapping &loaded)
{
    if (!loaded.rules) {
        QStringList lines;
        for (const Error &e : loaded.errors)
            lines << e.toString();
        m_loading->setText(tr("%1 cannot be opened:\n\n%2").arg(m_path, lines.join(QLatin1Char('\n'))));
        return;
    }
    m_doc = new MappingDocument(m_workspace, *loaded.rules, loaded.text, this);
    QUndoStack *stack = m_doc->undoStack();
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::indexChanged, this, &MappingEditor::retranslate);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(4, 4, 4, 4);
    m_split = new QSplitter(Qt::Vertical, page);
    pageLayout->addWidget(m_split);

    m_tabs = new QTabWidget(m_split);
    auto *visual = new QSplitter(Qt::Horizontal);
    m_canvas = new MappingCanvas(visual);
    m_fieldPanel = new FieldRulePanel(m_doc, visual);
    visual->setStretchFactor(0, 3);
    visual->setStretchFactor(1, 2);
    visual->setSizes({840, 420});
    visual->setChildrenCollapsible(false);
    m_tabs->addTab(visual, QString());
    m_validation = new ValidationPanel(m_doc);
    m_tabs->addTab(m_validation, QString());
    m_yaml = new YamlPanel(m_doc);
    m_tabs->addTab(m_yaml, QString());

    auto *previewBox = new QWidget(m_split);
    auto *pl = new QVBoxLayout(previewBox);
    pl->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_previewTitle = new QLabel(previewBox);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_previewState = new QLabel(previewBox);
    m_jsonSamples = new QPushButton(previewBox);
    m_sourceSamples = new QPushButton(previewBox);
    header->addWidget(m_previewTitle);
    header->addWidget(m_previewState, 1);
    header->addWidget(m_sourceSamples);
    header->addWidget(m_jsonSamples);
    pl->addLayout(header);
    m_previewModel = new PreviewModel(this);
    m_previewView = new QTableView(previewBox);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setMouseTracking(true);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    pl->addWidget(m_previewView, 1);
    m_hits = new QLabel(previewBox);
    m_hits->setWordWrap(true);
    pl->addWidget(m_hits);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({520, 300});
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);

    m_undoView = new QUndoView(stack);
    m_undoView->setObjectName(QStringLiteral("undoHistory"));
    m_undoDock = new QDockWidget(this);
    m_undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    QAction *history = m_undoDock->toggleViewAction();
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_editMenu->addSeparator();
    m_editMenu->addAction(history);
    m_viewMenu->addAction(history);

    connect(m_canvas, &MappingCanvas::linkRequested, m_doc, &MappingDocument::link);
    connect(m_canvas, &MappingCanvas::unlinkRequested, m_doc, &MappingDocument::unlink);
    connect(m_canvas, &MappingCanvas::targetSelected, this, [this](const QString &target) {
        m_fieldPanel->setTarget(target);
        m_removeRule->setEnabled(m_doc->rules().rule(target) != nullptr);
        updateHits();
        const int column = m_previewModel->columnOf(target);
        if (column >= 0 && m_previewModel->rowCount() > 0)
            m_previewView->scrollTo(m_previewModel->index(0, column));
    });
    connect(m_doc, &MappingDocument::changed, this, &MappingEditor::onChanged);
    connect(m_doc, &MappingDocument::modifiedChanged, this, &MappingEditor::updateTitle);
    connect(m_jsonSamples, &QPushButton::clicked, this, &MappingEditor::loadJsonSamples);
    connect(m_sourceSamples, &QPushButton::clicked, this, &MappingEditor::loadSourceSamples);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // Leaving the YAML tab applies what was typed (or says why it cannot).
        if (m_tabs->currentWidget() != m_yaml && m_yaml->applyPending() == false)
            statusBar()->showMessage(tr("The YAML text has errors and was not applied; see the YAML tab."), 8000);
    });

    for (QAction *a : {m_save, m_autoMap})
        a->setEnabled(true);
    retranslate();
    onChanged(MappingChange{});
    const DatasetDef *target = m_doc->targetDataset();
    if (target && !target->schema.fields.isEmpty())
        m_canvas->selectTarget(target->schema.fields.first().name);
    for (const Error &e : loaded.errors)
        statusBar()->showMessage(e.toString(), 15000);
    loadSourceSamples();
    Q_EMIT ready();
}

QHash<QString, QString> MappingEditor::fieldErrors() const
{
    QHash<QString, QString> out;
    const DatasetDef *source = m_doc->sourceDataset();
    const DatasetDef *target = m_doc->targetDataset();
    if (!source || !target)
        return out;
    // Each rule compiled alone, so that a problem is shown at the field it belongs to.
    for (const FieldRule &rule : m_doc->rules().fields) {
        const ErrorList errors = ruleProblems(m_doc->rules(), rule, *source, *target);
        if (!errors.isEmpty())
            out.insert(rule.target, errors.first().message);
    }
    return out;
}

void MappingEditor::onChanged(const MappingChange &change)
{
    const DatasetDef *source = m_doc->sourceDataset();
    const DatasetDef *target = m_doc->targetDataset();
    if (source && target)
        m_canvas->setMapping(*source, *target, m_doc->rules(), fieldErrors());
    if (change.kind != MappingChange::Kind::Field || change.field == m_fieldPanel->target())
        m_fieldPanel->reload();
    m_validation->reload();
    m_yaml->reload();
    m_removeRule->setEnabled(m_doc->rules().rule(m_canvas->selectedTarget()) != nullptr);
    updateStatus();
    schedulePreview();
}

void MappingEditor::setViewer(const Holder &viewer)
{
    m_viewer = viewer;
    m_worker->setViewer(viewer);
    if (m_doc) { // at once: what is on screen may be more than the new role may see
        m_previewRules = m_doc->rules();
        m_previewGeneration = m_worker->requestPreview(m_previewRules);
    }
}

void MappingEditor::schedulePreview()
{
    if (m_doc)
        m_previewTimer->start();
}

void MappingEditor::onPreview(const PreviewOutcome &outcome)
{
    if (outcome.generation != m_previewGeneration)
        return; // an older request; a newer answer is on its way
    ++m_previewsShown;
    const DatasetDef *target = m_doc ? m_doc->targetDataset() : nullptr;
    if (!outcome.result || !target) {
        QStringList lines;
        for (const Error &e : outcome.errors)
            lines << e.message;
        m_previewState->setText(tr("No preview: the mapping has %n problem(s).", nullptr, int(outcome.errors.size())));
        m_previewState->setToolTip(lines.join(QLatin1Char('\n')));
        m_previewState->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_previewModel->clear();
        updateHits();
        return;
    }
    m_previewModel->setResult(outcome.result, m_previewRules, *target);
    const PreviewResult &r = *outcome.result;
    if (m_canvas) { // masked for the viewer by the worker (applyViewPolicy)
        QList<bool> hidden;
        for (const PreviewColumnPolicy &p : r.sourcePolicy)
            hidden.append(p.hidden);
        m_canvas->setSample(r.records.isEmpty() ? Record() : r.records.front().source, hidden);
    }
    const QString origin = m_samplesOrigin == QLatin1String("source") ? m_doc->rules().source
                                                                       : QDir::toNativeSeparators(m_samplesOrigin);
    m_previewState->setText(tr("%1 record(s) from %2 · %3 mapped · %4 skipped · %5 failed · as %6")
                                .arg(r.records.size())
                                .arg(origin)
                                .arg(r.mapped)
                                .arg(r.skipped)
                                .arg(r.failed)
                                .arg(m_viewer.hasRole() ? m_viewer.name : tr("no role")));
    m_previewState->setToolTip(QString());
    m_previewState->setStyleSheet(r.failed > 0 ? QStringLiteral("color: #c62828;") : QString());
    m_previewView->resizeColumnsToContents();
    updateHits();
}

void MappingEditor::updateHits()
{
    if (!m_hits)
        return;
    const PreviewResult *r = m_previewModel->result();
    const QString field = m_canvas ? m_canvas->selectedTarget() : QString();
    const int i = r ? int(r->targetFields.indexOf(field)) : -1;
    if (i < 0 || i >= r->fieldStats.size()) {
        m_hits->setText(field.isEmpty() || !r ? QString() : tr("%1 is not mapped.").arg(field));
        return;
    }
    const PreviewFieldStats &s = r->fieldStats.at(i);
    QStringList parts;
    for (int c = 0; c < s.caseHits.size(); ++c)
        parts << tr("case %1: %2").arg(c + 1).arg(s.caseHits.at(c));
    if (!s.caseHits.isEmpty())
        parts << tr("else: %1").arg(s.elseHits);
    if (s.defaultHits)
        parts << tr("default: %1").arg(s.defaultHits);
    if (s.lookupHits || s.lookupMisses)
        parts << tr("lookup found: %1, missed: %2").arg(s.lookupHits).arg(s.lookupMisses);
    parts << tr("null: %1").arg(s.nulls);
    parts << tr("failed: %1").arg(s.failures);
    m_hits->setText(tr("Rule hits for %1 over the sample — %2").arg(field, parts.join(QStringLiteral(" · "))));
}

void MappingEditor::onSamples(const SampleSet &samples)
{
    m_samplesOrigin = samples.origin;
    m_samplesError.clear();
    // The canvas shows the first sample as the viewer may see it: it comes with the next preview.
    for (const QString &w : samples.warnings)
        statusBar()->showMessage(w, 8000);
}

void MappingEditor::onSamplesFailed(const QString &origin, const Error &error)
{
    m_samplesError = error.message;
    if (m_previewState) {
        m_previewState->setText(tr("Cannot read samples from %1: %2 — load a JSON file instead.")
                                    .arg(origin == QLatin1String("source") && m_doc ? m_doc->rules().source : origin,
                                         error.message));
        m_previewState->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
}

void MappingEditor::loadSourceSamples()
{
    if (!m_doc)
        return;
    m_previewState->setText(tr("Reading samples…"));
    m_worker->loadSourceSamples(m_doc->rules().source, PreviewRows);
    schedulePreview();
}

void MappingEditor::loadJsonSamples()
{
    if (!m_doc)
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Sample Records"), m_workspace->dir,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    m_previewState->setText(tr("Reading samples…"));
    m_worker->loadJsonSamples(m_doc->rules().source, file, PreviewRows);
    schedulePreview();
}

void MappingEditor::autoMap()
{
    if (!m_doc || !m_doc->sourceDataset() || !m_doc->targetDataset())
        return;
    QSet<QString> mapped;
    for (const FieldRule &r : m_doc->rules().fields)
        mapped.insert(r.target);
    AutoMapDialog dialog(proposeLinks(m_doc->sourceDataset()->schema, m_doc->targetDataset()->schema, mapped), this);
    if (dialog.exec() == QDialog::Accepted)
        applyLinks(dialog.accepted());
}

void MappingEditor::applyLinks(const QList<LinkProposal> &proposals)
{
    if (!m_doc || proposals.isEmpty())
        return;
    QUndoStack *stack = m_doc->undoStack();
    stack->beginMacro(tr("Auto-map %n field(s)", nullptr, int(proposals.size())));
    for (const LinkProposal &p : proposals)
        m_doc->link(p.source, p.target);
    stack->endMacro();
}

void MappingEditor::save()
{
    if (!m_doc || m_saving)
        return;
    if (!m_yaml->applyPending()) {
        m_tabs->setCurrentWidget(m_yaml);
        QMessageBox::warning(this, tr("Save Mapping"),
                             tr("The YAML text has errors, so there is nothing valid to save:\n%1").arg(m_yaml->errorText()));
        m_closeAfterSave = false;
        return;
    }
    const MappingText text = m_doc->yaml();
    const ErrorList problems = m_doc->problems();
    if (!problems.isEmpty()
        && QMessageBox::question(this, tr("Save Mapping"),
                                 tr("The mapping has %n problem(s); pipelines using it will not run until they are "
                                    "fixed. Save anyway?", nullptr, int(problems.size())))
            != QMessageBox::Yes) {
        m_closeAfterSave = false;
        return;
    }
    if (!text.droppedComments.isEmpty()
        && QMessageBox::question(this, tr("Save Mapping"),
                                 tr("%n comment(s) belong to rules that were removed or rewritten and will be lost:\n%1\n\n"
                                    "Save anyway?", nullptr, int(text.droppedComments.size()))
                                     .arg(text.droppedComments.join(QLatin1Char('\n'))))
            != QMessageBox::Yes) {
        m_closeAfterSave = false;
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    statusBar()->showMessage(tr("Saving…"));
    m_worker->save(MappingSave{m_path, text.yaml, m_doc->savedVersion(), m_doc->rules().version, consoleUser()});
}

void MappingEditor::onSaved(const QString &text, const QString &version)
{
    m_saving = false;
    m_save->setEnabled(true);
    m_doc->markSaved(text);
    statusBar()->showMessage(tr("Saved %1 (version %2).").arg(m_path, version), 8000);
    updateStatus();
    Q_EMIT mappingSaved(m_path, version);
    if (m_closeAfterSave)
        close();
}

void MappingEditor::onSaveFailed(const Error &error)
{
    m_saving = false;
    m_closeAfterSave = false;
    m_save->setEnabled(true);
    statusBar()->clearMessage();
    QMessageBox::critical(this, tr("Save Mapping"), tr("%1 was not saved: %2").arg(m_path, error.message));
}

void MappingEditor::updateTitle()
{
    setWindowTitle(tr("%1[*] — Mapping Editor").arg(m_path));
    setWindowModified(m_doc && m_doc->isModified());
}

void MappingEditor::updateStatus()
{
    if (!m_doc) {
        m_problems->clear();
        m_version->clear();
        return;
    }
    const ErrorList problems = m_doc->problems();
    QStringList lines;
    for (const Error &e : problems)
        lines << e.message;
    m_problems->setText(problems.isEmpty() ? tr("No problems") : tr("\u26a0 %n problem(s)", nullptr, int(problems.size())));
    m_problems->setToolTip(lines.join(QLatin1Char('\n')));
    m_version->setText(m_doc->rules().version == m_doc->savedVersion()
                           ? tr("Version %1").arg(m_doc->rules().version)
                           : tr("Version %1 (saved: %2)").arg(m_doc->rules().version, m_doc->savedVersion()));
}

void MappingEditor::closeEvent(QCloseEvent *event)
{
    if (m_saving) {
        m_closeAfterSave = true;
        event->ignore();
        return;
    }
    if (m_doc && m_doc->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them before closing?").arg(m_path),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            m_closeAfterSave = true;
            save();
            event->ignore(); // closes once the save is done
            return;
        }
    }
    event->accept();
}

void MappingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace concord
