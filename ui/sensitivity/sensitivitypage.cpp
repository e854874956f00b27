#include "sensitivity/sensitivitypage.h"

#include "connectors/connector.h"
#include "policy/secrets.h"
#include "sensitivity/policymatrixmodel.h"
#include "sensitivity/sensitivitymodel.h"
#include "sync/workspacefiles.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace concord {

namespace {

constexpr int SampleRows = 200;

const QStringList MaskPresets = {QString(),
                                 QStringLiteral("hash"),
                                 QStringLiteral("hash(16)"),
                                 QStringLiteral("partial(mobile)"),
                                 QStringLiteral("partial(id_card)"),
                                 QStringLiteral("partial(bank_card)"),
                                 QStringLiteral("partial(email)"),
                                 QStringLiteral("partial(3,4)"),
                                 QStringLiteral("generalize(month)"),
                                 QStringLiteral("generalize(year)"),
                                 QStringLiteral("null"),
                                 QStringLiteral("token")};

// Level: a combo of L1/L2/L3 (and "untagged"); mask: an editable combo of the ready strategies.
class TagDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == SensitivityModel::LevelColumn) {
            auto *combo = new QComboBox(parent);
            combo->addItem(SensitivityPage::tr("untagged (L2)"), QString());
            for (const char *l : {"L1", "L2", "L3"})
                combo->addItem(QString::fromLatin1(l), QString::fromLatin1(l));
            return combo;
        }
        if (index.column() == SensitivityModel::MaskColumn) {
            auto *combo = new QComboBox(parent);
            combo->setEditable(true);
            combo->addItems(MaskPresets);
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QString value = index.data(Qt::EditRole).toString();
            if (combo->isEditable())
                combo->setCurrentText(value);
            else
                combo->setCurrentIndex(std::max(0, combo->findData(value)));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->isEditable() ? combo->currentText() : combo->currentData().toString());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

// One undo step: the tags of some fields, before and after.
class TagCommand final : public QUndoCommand
{
public:
    TagCommand(SensitivityModel *model, QList<int> rows, QList<FieldTagEdit> before, QList<FieldTagEdit> after,
               const QString &text)
        : QUndoCommand(text), m_model(model), m_rows(std::move(rows)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override
    {
        for (int i = 0; i < m_rows.size(); ++i)
            m_model->setTags(m_rows[i], m_after[i]);
    }
    void undo() override
    {
        for (int i = 0; i < m_rows.size(); ++i)
            m_model->setTags(m_rows[i], m_before[i]);
    }

private:
    SensitivityModel *m_model;
    QList<int> m_rows;
    QList<FieldTagEdit> m_before;
    QList<FieldTagEdit> m_after;
};

} // namespace

SensitivityPage::SensitivityPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new SensitivityModel(this))
    , m_matrix(new PolicyMatrixModel(this))
    , m_undo(new QUndoStack(this))
    , m_datasets(new QComboBox)
    , m_state(new QLabel)
    , m_suggestionsTitle(new QLabel)
    , m_suggestionsBox(new QWidget)
    , m_tabs(new QTabWidget)
    , m_table(new QTableView)
    , m_matrixView(new QTableView)
{
    setObjectName(QStringLiteral("sensitivityPage"));
    m_datasets->setObjectName(QStringLiteral("sensitivityDataset"));
    m_datasets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (int i = 0; i < 3; ++i) {
        const Sensitivity level = Sensitivity(int(Sensitivity::L1) + i);
        m_levels[i] = toolbar->addAction(QString(), this, [this, level] {
            tagSelected([level](FieldTagEdit &t) { t.level = level; }, tr("Set %1").arg(sensitivityName(level)));
        });
        m_levels[i]->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    toolbar->addSeparator();
    m_mask = toolbar->addAction(QString(), this, [this] {
        bool ok = false;
        const QString mask = QInputDialog::getItem(this, tr("Mask"), tr("Mask for the selected fields (empty: drop):"),
                                                   MaskPresets, 0, true, &ok);
        if (!ok)
            return;
        if (!mask.trimmed().isEmpty() && !parseMaskStrategy(mask.trimmed()).ok()) {
            QMessageBox::warning(this, tr("Mask"), parseMaskStrategy(mask.trimmed()).error().message);
            return;
        }
        const QString text = mask.trimmed().isEmpty() ? QString() : parseMaskStrategy(mask.trimmed())->text();
        tagSelected([text](FieldTagEdit &t) { t.mask = text; }, tr("Set mask %1").arg(text));
    });
    m_visible = toolbar->addAction(QString(), this, [this] {
        bool ok = false;
        const QString list = QInputDialog::getText(this, tr("Visible to"),
                                                   tr("Departments that may see the selected fields, comma-separated "
                                                      "(empty: every department):"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        QStringList departments;
        for (const QString &d : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            departments.append(d.trimmed());
        tagSelected([departments](FieldTagEdit &t) { t.visibleTo = departments; }, tr("Set visible to"));
    });
    toolbar->addSeparator();
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    m_save = toolbar->addAction(QString(), this, &SensitivityPage::save);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revert = toolbar->addAction(QString(), this, &SensitivityPage::revert);
    addAction(m_save);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("sensitivityTable"));
    m_table->setItemDelegate(new TagDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setObjectName(QStringLiteral("policyMatrix"));
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(m_matrixView, QString());

    m_suggestionsLayout = new QVBoxLayout(m_suggestionsBox);
    m_suggestionsLayout->setContentsMargins(0, 0, 0, 0);
    m_suggestionsBox->setObjectName(QStringLiteral("suggestions"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Dataset:")));
    top->addWidget(m_datasets);
    top->addWidget(toolbar, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_suggestionsTitle);
    layout->addWidget(m_suggestionsBox);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_state);

    connect(m_datasets, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        showDataset(m_datasets->currentData().toString());
    });
    connect(m_model, &SensitivityModel::editRequested, this, [this](int row, const FieldTagEdit &after) {
        pushTags({row}, {after}, tr("Tag %1").arg(after.field));
    });
    connect(m_model, &SensitivityModel::tagsChanged, this, &SensitivityPage::refreshDerived);
    connect(m_undo, &QUndoStack::cleanChanged, this, &SensitivityPage::refreshDerived);
    retranslate();
    refreshDerived();
}

SensitivityPage::~SensitivityPage()
{
    // The undo stack says cleanChanged while it is destroyed, after this page's members are gone.
    disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

QString SensitivityPage::currentDataset() const
{
    return m_model->dataset().id;
}

void SensitivityPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    const QString keep = currentDataset();
    m_workspace = std::move(workspace);
    const QSignalBlocker block(m_datasets);
    m_datasets->clear();
    if (m_workspace)
        for (const DatasetDef &d : m_workspace->datasets)
            m_datasets->addItem(d.id, d.id);
    const int i = m_datasets->findData(keep);
    m_datasets->setCurrentIndex(i >= 0 ? i : 0);
    m_model->setDataset(DatasetDef());
    showDataset(m_datasets->currentData().toString());
}

void SensitivityPage::setViewer(const Holder &viewer, const QString &actor)
{
    m_viewer = viewer;
    m_actor = actor;
    refreshDerived();
}

void SensitivityPage::showDataset(const QString &id)
{
    const DatasetDef *ds = m_workspace ? m_workspace->dataset(id) : nullptr;
    if (ds && id == currentDataset() && !m_model->isModified() && m_model->rowCount() > 0)
        return;
    if (m_model->isModified() && id != currentDataset()) {
        // Unsaved tags of another dataset are kept only by saving: ask.
        const auto answer = QMessageBox::question(this, tr("Unsaved tags"),
                                                  tr("The tags of %1 are not saved. Discard them?").arg(currentDataset()),
                                                  QMessageBox::Discard | QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const QSignalBlocker block(m_datasets);
            m_datasets->setCurrentIndex(m_datasets->findData(currentDataset()));
            return;
        }
    }
    {
        const QSignalBlocker block(m_datasets);
        m_datasets->setCurrentIndex(m_datasets->findData(id));
    }
    m_undo->clear();
    m_model->setDataset(ds ? *ds : DatasetDef());
    m_samples.reset();
    m_samplesLoaded = false;
    m_table->resizeColumnsToContents();
    loadSamples();
}

void SensitivityPage::loadSamples()
{
    const DatasetDef *ds = m_workspace ? m_workspace->dataset(currentDataset()) : nullptr;
    if (!ds)
        return;
    const int generation = ++m_generation;
    m_state->setText(tr("Reading sample values of %1…").arg(ds->id));
    // Reading the source and the workspace secret are I/O: a thread of their own.
    QPointer<SensitivityPage> self(this);
    auto workspace = m_workspace;
    const DatasetDef dataset = *ds;
    QThread *thread = QThread::create([self, workspace, dataset, generation] {
        auto read = readSampleRecords(*workspace, dataset, SampleRows);
        std::shared_ptr<const std::vector<Record>> samples;
        QString error;
        MaskKeys keys;
        if (read.ok())
            samples = std::make_shared<const std::vector<Record>>(std::move(read).value());
        else
            error = read.error().message;
        if (const auto secret = cachedWorkspaceSecret(*workspace); secret.ok())
            keys = MaskKeys::fromSecret(*secret);
        QMetaObject::invokeMethod(
            qApp, [self, generation, samples, keys, error] {
                if (self)
                    self->onSamples(generation, samples, keys, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void SensitivityPage::onSamples(int generation, std::shared_ptr<const std::vector<Record>> samples, const MaskKeys &keys,
                                const QString &error)
{
    if (generation != m_generation)
        return;
    m_samples = std::move(samples);
    m_keys = keys;
    m_samplesLoaded = true;
    m_state->setText(error.isEmpty() ? QString() : tr("No sample values: %1").arg(error));
    refreshDerived();
    m_table->resizeColumnsToContents();
}

std::shared_ptr<Workspace> SensitivityPage::editedWorkspace() const
{
    if (!m_workspace)
        return {};
    auto ws = std::make_shared<Workspace>(*m_workspace);
    if (ws->datasets.contains(currentDataset()))
        ws->datasets[currentDataset()] = m_model->dataset();
    return ws;
}

void SensitivityPage::refreshDerived()
{
    const auto edited = editedWorkspace();
    m_matrix->setWorkspace(edited, currentDataset());
    m_matrixView->resizeColumnsToContents();
    // Sample values as the viewer may see them: the stricter of the saved and the edited tags, so
    // lowering a level here shows nothing the saved policy hides.
    QStringList shown;
    const DatasetDef *saved = m_workspace ? m_workspace->dataset(currentDataset()) : nullptr;
    const DatasetDef &now = m_model->dataset();
    for (int i = 0; saved && i < now.schema.fields.size(); ++i) {
        const PolicyDecision d = strictest({resolvePolicy(*m_workspace, *saved, saved->schema.fields[i], m_viewer),
                                            resolvePolicy(*edited, now, now.schema.fields[i], m_viewer)});
        const Value *value = nullptr;
        if (m_samples)
            for (const Record &r : *m_samples)
                if (std::size_t(i) < r.values.size() && !r.values[std::size_t(i)].isNull()) {
                    value = &r.values[std::size_t(i)];
                    break;
                }
        QString text;
        if (!value) {
            text = m_samples ? tr("(no value)") : QString();
        } else if (d.action == PolicyDecision::Action::Drop) {
            text = tr("(hidden)");
        } else if (d.action == PolicyDecision::Action::Mask) {
            const bool needsKey = d.mask.kind == MaskStrategy::Kind::Hash || d.mask.kind == MaskStrategy::Kind::Token;
            const auto masked = needsKey && !m_keys.isValid() ? Result<Value>(Value()) : applyMask(d.mask, *value, m_keys);
            text = masked.ok() && !masked->isNull() ? masked->toString() : tr("(hidden)");
        } else {
            text = value->toString();
        }
        shown.append(text.simplified());
    }
    m_model->setSamples(shown);
    rebuildSuggestions();
    const bool haveRows = m_model->rowCount() > 0;
    for (QAction *a : m_levels)
        if (a)
            a->setEnabled(haveRows);
    m_mask->setEnabled(haveRows);
    m_visible->setEnabled(haveRows);
    m_save->setEnabled(m_model->isModified() && !m_saving);
    m_revert->setEnabled(m_model->isModified() && !m_saving);
}

void SensitivityPage::rebuildSuggestions()
{
    m_suggestions.clear();
    if (m_samples && m_model->rowCount() > 0) {
        const QSet<QString> rejected = m_rejected.value(currentDataset());
        for (const TagSuggestion &s : suggestTags(m_model->dataset(), *m_samples))
            if (!rejected.contains(s.fieldName))
                m_suggestions.append(s);
    }
    while (QLayoutItem *item = m_suggestionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const TagSuggestion &s : std::as_const(m_suggestions)) {
        auto *row = new QWidget;
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(suggestionText(s));
        auto *accept = new QPushButton(tr("Accept"));
        auto *reject = new QPushButton(tr("Reject"));
        accept->setObjectName(QStringLiteral("accept_") + s.fieldName);
        reject->setObjectName(QStringLiteral("reject_") + s.fieldName);
        h->addWidget(label, 1);
        h->addWidget(accept);
        h->addWidget(reject);
        const QString field = s.fieldName;
        connect(accept, &QPushButton::clicked, this, [this, field] { acceptSuggestion(field); });
        connect(reject, &QPushButton::clicked, this, [this, field] { rejectSuggestion(field); });
        m_suggestionsLayout->addWidget(row);
    }
    m_suggestionsTitle->setVisible(!m_suggestions.isEmpty());
    m_suggestionsBox->setVisible(!m_suggestions.isEmpty());
}

QString SensitivityPage::suggestionText(const TagSuggestion &s)
{
    QString kind;
    switch (s.kind) {
    case TagSuggestion::Kind::Mobile: kind = tr("a Chinese mobile number"); break;
    case TagSuggestion::Kind::IdCard: kind = tr("an ID card number"); break;
    case TagSuggestion::Kind::BankCard: kind = tr("a bank card number"); break;
    case TagSuggestion::Kind::Email: kind = tr("an e-mail address"); break;
    case TagSuggestion::Kind::Address: kind = tr("a street address"); break;
    }
    return tr("%1 looks like %2 in %3% of %n sample(s) → %4, %5", nullptr, s.samples)
        .arg(s.fieldName, kind)
        .arg(int(s.share() * 100))
        .arg(sensitivityName(s.level), s.mask);
}

QStringList SensitivityPage::suggestionTexts() const
{
    QStringList out;
    for (const TagSuggestion &s : m_suggestions)
        out.append(suggestionText(s));
    return out;
}

void SensitivityPage::pushTags(const QList<int> &rows, const QList<FieldTagEdit> &after, const QString &text)
{
    QList<FieldTagEdit> before;
    for (const int r : rows)
        before.append(m_model->tags(r));
    m_undo->push(new TagCommand(m_model, rows, before, after, text));
}

void SensitivityPage::tagSelected(const std::function<void(FieldTagEdit &)> &change, const QString &text)
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    QList<FieldTagEdit> after;
    for (const int r : std::as_const(rows)) {
        FieldTagEdit t = m_model->tags(r);
        change(t);
        after.append(t);
    }
    if (!rows.isEmpty())
        pushTags(rows, after, rows.size() == 1 ? text : tr("%1 (%n fields)", nullptr, int(rows.size())).arg(text));
}

void SensitivityPage::acceptSuggestion(const QString &field)
{
    for (const TagSuggestion &s : std::as_const(m_suggestions)) {
        if (s.fieldName != field)
            continue;
        FieldTagEdit t = m_model->tags(s.field);
        t.level = s.level;
        t.mask = s.mask;
        pushTags({s.field}, {t}, tr("Accept suggestion for %1").arg(field));
        return;
    }
}

void SensitivityPage::rejectSuggestion(const QString &field)
{
    m_rejected[currentDataset()].insert(field);
    rebuildSuggestions();
}

void SensitivityPage::save()
{
    if (!m_workspace || !m_model->isModified() || m_saving)
        return;
    TagSave request;
    request.before = m_model->changedBefore();
    request.after = m_model->changedAfter();
    request.actor = m_actor;
    request.role = m_viewer.name;
    m_saving = true;
    m_state->setText(tr("Saving…"));
    refreshDerived();
    QPointer<SensitivityPage> self(this);
    auto workspace = m_workspace;
    QThread *thread = QThread::create([self, workspace, request] {
        const auto r = saveFieldTags(*workspace, request);
        const QString error = r.ok() ? QString() : r.error().message;
        QMetaObject::invokeMethod(
            qApp, [self, error] {
                if (!self)
                    return;
                self->m_saving = false;
                if (!error.isEmpty()) {
                    self->m_state->setText(tr("Not saved: %1").arg(error));
                    self->refreshDerived();
                    return;
                }
                self->m_state->setText(tr("Saved to workspace.yaml; the change is in the audit trail."));
                self->m_undo->setClean();
                Q_EMIT self->saved();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void SensitivityPage::revert()
{
    while (m_undo->canUndo())
        m_undo->undo();
}

void SensitivityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SensitivityPage::retranslate()
{
    m_levels[0]->setText(tr("L1 public"));
    m_levels[1]->setText(tr("L2 internal"));
    m_levels[2]->setText(tr("L3 restricted"));
    for (QAction *a : m_levels)
        a->setToolTip(tr("Set the level of the selected fields (%1)").arg(a->shortcut().toString(QKeySequence::NativeText)));
    m_mask->setText(tr("Mask…"));
    m_visible->setText(tr("Visible to…"));
    m_save->setText(tr("Save"));
    m_revert->setText(tr("Revert"));
    m_tabs->setTabText(0, tr("Fields"));
    m_tabs->setTabText(1, tr("Policy matrix"));
    m_suggestionsTitle->setText(tr("<b>Suggestions</b> from the sample values — accept or reject each:"));
}

} // namespace concord
