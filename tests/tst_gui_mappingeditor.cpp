// The mapping editor window, driven as a steward would: link two fields through the editor's API
// and by dragging on the canvas, undo, edit a case in the side panel and see the live preview
// follow, edit the YAML tab, auto-map, and save (atomic file + audit entry with both versions).

#include "demo/demoworkspace.h"
#include "mapping/automapdialog.h"
#include "mapping/expressionedit.h"
#include "mapping/fieldrulepanel.h"
#include "mapping/mappingcanvas.h"
#include "mapping/mappingdocument.h"
#include "mapping/mappingeditor.h"
#include "mapping/previewmodel.h"
#include "mapping/validationpanel.h"
#include "mapping/yamlpanel.h"
#include "store/storereader.h"
#include "workspace/mappingloader.h"
#include "workspace/workspaceloader.h"

#include <QAction>
#include <QToolButton>
#include <QLineEdit>
#include <QListWidget>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

using namespace concord;

namespace {

const QString Path = QStringLiteral("mappings/opportunity_to_order.yaml");
constexpr int Timeout = 15000;

// With CONCORD_SCREENSHOTS=DIR set, the tests leave pictures of what they saw there.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CONCORD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let pending layouts settle
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Answers the next modal message box that has `button` once it shows (gives up after 10 s).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, left = 500]() mutable {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->button(button)) {
            timer->deleteLater();
            box->button(button)->click();
        } else if (--left <= 0) {
            timer->deleteLater();
        }
    });
    timer->start(20);
}

} // namespace

class TestMappingEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithCanvasAndPreview();
    void linkByApiAndUndo();
    void linkByDragAndDeleteKey();
    void unmappedRequiredFieldIsMarked();
    void editCaseUpdatesPreview();
    void expressionErrorShowsColumn();
    void transformsAddReorderRemove();
    void yamlTabBothWays();
    void validationTab();
    void autoMapProposesAndAppliesInOneStep();
    void saveWritesFileAndAudit();
    void closeWithUnsavedChangesAsks();
    void undoHistoryAndTitle();

private:
    int previewColumn(const QString &field) const { return m_editor->previewModel()->columnOf(field); }
    QString previewCell(int row, const QString &field) const
    {
        const auto *m = m_editor->previewModel();
        return m->data(m->index(row, previewColumn(field))).toString();
    }
    void waitForPreviewAfter(int shown)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->previewsShown() > shown, Timeout);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const Workspace> m_ws;
    QPointer<MappingEditor> m_editor;
};

void TestMappingEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(createDemoWorkspace(m_dir->path()).ok());
    const WorkspaceLoad load = WorkspaceLoader::load(m_dir->path());
    QVERIFY(load.ok());
    m_ws = load.workspace;
    m_editor = new MappingEditor(m_ws, Path);
    m_editor->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->isReady(), Timeout);
    // The first preview (20 demo records read from the source on the worker thread).
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->previewsShown() > 0 && m_editor->previewModel()->rowCount() == 20, Timeout);
}

void TestMappingEditor::cleanup()
{
    if (m_editor) {
        m_editor->document()->undoStack()->setClean(); // no "unsaved changes" question
        delete m_editor;
    }
    m_dir.reset();
}

void TestMappingEditor::opensWithCanvasAndPreview()
{
    MappingCanvas *canvas = m_editor->canvas();
    const auto links = canvas->links();
    QCOMPARE(links.value(QStringLiteral("order_id")), QStringList{QStringLiteral("id")});
    QCOMPARE(links.value(QStringLiteral("order_status")), QStringList{QStringLiteral("opportunity_stage")});
    // An expression's fields are drawn as (dashed) links too.
    QCOMPARE(links.value(QStringLiteral("order_date")), QStringList{QStringLiteral("created_at")});
    QVERIFY(canvas->markedUnmapped().isEmpty());
    // The demo mapping is valid: no field is marked.
    QVERIFY2(canvas->markedProblems().isEmpty(), qPrintable(QStringList(canvas->markedProblems().values()).join(QLatin1Char('|'))));
    QVERIFY(!canvas->fieldRect(true, QStringLiteral("phone")).isEmpty());
    // The preview shows which branch fired.
    bool sawCase = false, sawElse = false;
    for (int r = 0; r < 20; ++r) {
        const QString cell = previewCell(r, QStringLiteral("order_status"));
        sawCase = sawCase || cell.contains(QStringLiteral("case"));
        sawElse = sawElse || cell.contains(QStringLiteral("else"));
        const QModelIndex i = m_editor->previewModel()->index(r, previewColumn(QStringLiteral("order_status")));
        QVERIFY(!i.data(PreviewModel::BranchRole).toString().isEmpty());
        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Branch")));
    }
    QVERIFY(sawCase);
    QVERIFY(sawElse);
    // L3 source values are masked in the preview (contact_phone carries the L3 phone).
    QVERIFY(previewCell(0, QStringLiteral("contact_phone")).contains(QLatin1Char('*')));
}

void TestMappingEditor::linkByApiAndUndo()
{
    MappingDocument *doc = m_editor->document();
    const int shown = m_editor->previewsShown();
    doc->link(QStringLiteral("title"), QStringLiteral("customer_name"));
    QCOMPARE(m_editor->canvas()->links().value(QStringLiteral("customer_name")), QStringList{QStringLiteral("title")});
    waitForPreviewAfter(shown);
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->previewModel()->result()->mappingVersion == doc->rules().version, Timeout);
    QVERIFY(m_editor->isWindowModified());

    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->canvas()->links().value(QStringLiteral("customer_name")), QStringList{QStringLiteral("customer_name")});
    QVERIFY(!m_editor->isWindowModified());
    m_editor->redoAction()->trigger();
    QCOMPARE(m_editor->canvas()->links().value(QStringLiteral("customer_name")), QStringList{QStringLiteral("title")});
}

void TestMappingEditor::linkByDragAndDeleteKey()
{
    MappingCanvas *canvas = m_editor->canvas();
    MappingDocument *doc = m_editor->document();
    // Unlink order_date first so that the drag creates a new rule.
    doc->unlink(QStringLiteral("order_date"));
    QVERIFY(!canvas->links().contains(QStringLiteral("order_date")));
    const QPoint from = canvas->fieldRect(true, QStringLiteral("created_at")).center();
    const QPoint to = canvas->fieldRect(false, QStringLiteral("order_date")).center();
    QVERIFY(!from.isNull() && !to.isNull());
    QWidget *vp = canvas->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF((from + to) / 2), vp->mapToGlobal(QPointF((from + to) / 2)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QMouseEvent move2(QEvent::MouseMove, QPointF(to), vp->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(vp, &move2);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
    QCOMPARE(doc->rules().rule(QStringLiteral("order_date"))->from, QStringLiteral("created_at"));
    QCOMPARE(canvas->links().value(QStringLiteral("order_date")), QStringList{QStringLiteral("created_at")});
    QCOMPARE(canvas->selectedTarget(), QStringLiteral("order_date"));
    QCOMPARE(m_editor->fieldPanel()->target(), QStringLiteral("order_date"));
    QCOMPARE(m_editor->fieldPanel()->sourceBox()->currentText(), QStringLiteral("created_at"));

    // A drag that ends on nothing links nothing.
    const int steps = doc->undoStack()->count();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, from + QPoint(120, 0));
    QCOMPARE(doc->undoStack()->count(), steps);

    // Select the link (click on its target) and press Delete.
    QTest::mouseClick(vp, Qt::LeftButton, {}, canvas->fieldRect(false, QStringLiteral("order_date")).center());
    QTest::keyClick(vp, Qt::Key_Delete);
    QVERIFY(!doc->rules().rule(QStringLiteral("order_date")));
    QVERIFY(!canvas->links().contains(QStringLiteral("order_date")));
    m_editor->undoAction()->trigger();
    QCOMPARE(doc->rules().rule(QStringLiteral("order_date"))->from, QStringLiteral("created_at"));
}

void TestMappingEditor::unmappedRequiredFieldIsMarked()
{
    m_editor->document()->unlink(QStringLiteral("customer_name")); // required by validate.required
    QCOMPARE(m_editor->canvas()->markedUnmapped(), QStringList{QStringLiteral("customer_name")});
    m_editor->canvas()->selectTarget(QStringLiteral("customer_name"));
    QVERIFY(m_editor->fieldPanel()->findChildren<QLabel *>().size() > 0);
    m_editor->undoAction()->trigger();
    QVERIFY(m_editor->canvas()->markedUnmapped().isEmpty());
}

void TestMappingEditor::editCaseUpdatesPreview()
{
    m_editor->canvas()->selectTarget(QStringLiteral("order_status"));
    FieldRulePanel *panel = m_editor->fieldPanel();
    QCOMPARE(panel->target(), QStringLiteral("order_status"));
    QTableWidget *cases = panel->casesTable();
    QCOMPARE(cases->rowCount(), 2);
    QCOMPARE(cases->item(0, 1)->text(), QStringLiteral("confirmed"));
    int wonRow = -1;
    for (int r = 0; r < 20 && wonRow < 0; ++r)
        if (previewCell(r, QStringLiteral("order_status")).startsWith(QStringLiteral("confirmed")))
            wonRow = r;
    QVERIFY(wonRow >= 0);

    // Change what case 1 gives, as a steward would type it in the table.
    const int shown = m_editor->previewsShown();
    cases->item(0, 1)->setText(QStringLiteral("won"));
    QCOMPARE(m_editor->document()->rules().rule(QStringLiteral("order_status"))->cases.first().then.toString(),
             QStringLiteral("won"));
    waitForPreviewAfter(shown);
    QTRY_VERIFY_WITH_TIMEOUT(previewCell(wonRow, QStringLiteral("order_status")).startsWith(QStringLiteral("won")), Timeout);
    QVERIFY(m_editor->hitCounts()->text().contains(QStringLiteral("case 1")));
    screenshot(m_editor, QStringLiteral("mapping-editor-case"));

    // Edit the condition in the highlighted editor below the table.
    cases->setCurrentCell(1, 0);
    ExpressionEdit *when = panel->findChild<ExpressionEdit *>(QStringLiteral("caseWhenEdit"));
    QVERIFY(when);
    QCOMPARE(when->expression(), QStringLiteral("value in ['Lost', 'Cancelled']"));
    when->selectAll();
    QTest::keyClicks(when, QStringLiteral("value == 'Lost'"));
    QCOMPARE(m_editor->document()->rules().rule(QStringLiteral("order_status"))->cases.at(1).when,
             QStringLiteral("value == 'Lost'"));
    // Typing is one undo step, not one per key.
    const QUndoStack *stack = m_editor->document()->undoStack();
    QCOMPARE(stack->count(), 2);

    // The null policy and default from the panel.
    m_editor->canvas()->selectTarget(QStringLiteral("amount"));
    QCOMPARE(panel->nullPolicyBox()->currentData().toString(), QStringLiteral("default"));
    QCOMPARE(panel->defaultEdit()->text(), QStringLiteral("0"));
}

void TestMappingEditor::expressionErrorShowsColumn()
{
    m_editor->canvas()->selectTarget(QStringLiteral("order_date"));
    ExpressionEdit *expr = m_editor->fieldPanel()->expressionEdit();
    QCOMPARE(expr->expression(), QStringLiteral("format_date(created_at, 'yyyy-MM-dd')"));
    expr->selectAll();
    QTest::keyClicks(expr, QStringLiteral("format_date(created_at, 'yyyy-MM-dd'"));
    QVERIFY2(expr->errorText().startsWith(QStringLiteral("1:")), qPrintable(expr->errorText() + QLatin1Char('|') + expr->expression()));
    screenshot(m_editor, QStringLiteral("mapping-editor-expression-error"));
    QCOMPARE(expr->errorColumn(), 37); // just after the 36 characters, where the ) is missing
    QVERIFY(m_editor->canvas()->markedUnmapped().isEmpty());
    // The field is marked on the canvas too, with the engine's message.
    QVERIFY(m_editor->canvas()->markedProblems().value(QStringLiteral("order_date")).contains(QStringLiteral("')'")));
    QTest::keyClicks(expr, QStringLiteral(")"));
    QVERIFY(expr->errorText().isEmpty());
    QVERIFY(m_editor->canvas()->markedProblems().isEmpty());
    QTest::keyClicks(expr, QStringLiteral(" + nosuchfield"));
    QVERIFY(expr->errorText().contains(QStringLiteral("nosuchfield")));
    QCOMPARE(expr->errorColumn(), 41);
}

void TestMappingEditor::transformsAddReorderRemove()
{
    m_editor->canvas()->selectTarget(QStringLiteral("customer_name"));
    FieldRulePanel *panel = m_editor->fieldPanel();
    auto buttons = panel->findChildren<QToolButton *>();
    auto button = [&](const QString &text) -> QToolButton * {
        for (QToolButton *b : buttons)
            if (b->text() == text && b->parentWidget() == panel->transformList()->parentWidget())
                return b;
        return nullptr;
    };
    QComboBox *choice = nullptr;
    for (QComboBox *c : panel->findChildren<QComboBox *>())
        if (c->findText(QStringLiteral("upper")) >= 0 && c != panel->typeBox())
            choice = c;
    QVERIFY(choice);
    choice->setCurrentIndex(choice->findText(QStringLiteral("upper")));
    button(QStringLiteral("+"))->click();
    auto rule = [&] { return *m_editor->document()->rules().rule(QStringLiteral("customer_name")); };
    QCOMPARE(rule().transforms, (QStringList{QStringLiteral("trim"), QStringLiteral("upper")}));
    panel->transformList()->setCurrentRow(1);
    button(QStringLiteral("\u25c0"))->click();
    QCOMPARE(rule().transforms, (QStringList{QStringLiteral("upper"), QStringLiteral("trim")}));
    panel->transformList()->setCurrentRow(0);
    button(QStringLiteral("\u2212"))->click();
    QCOMPARE(rule().transforms, QStringList{QStringLiteral("trim")});
    QCOMPARE(m_editor->document()->undoStack()->count(), 3);
}

void TestMappingEditor::yamlTabBothWays()
{
    YamlPanel *yaml = m_editor->yamlPanel();
    QPlainTextEdit *edit = yaml->editor();
    // Comments are there as the steward wrote them.
    QVERIFY(edit->toPlainText().contains(QStringLiteral("# 去掉销售录入时多打的空格。")));
    // A visual edit shows in the text, keeping the comments.
    m_editor->document()->link(QStringLiteral("title"), QStringLiteral("customer_name"));
    QVERIFY(edit->toPlainText().contains(QStringLiteral("customer_name: { from: title, transform: [trim] }")));
    QVERIFY(edit->toPlainText().contains(QStringLiteral("# 去掉销售录入时多打的空格。")));

    // A text edit shows in the visual side once it parses.
    QString text = edit->toPlainText();
    text.replace(QStringLiteral("contact_phone: { from: phone }"), QStringLiteral("contact_phone: { from: title }"));
    edit->setPlainText(text);
    QVERIFY(yaml->applyPending());
    QCOMPARE(m_editor->canvas()->links().value(QStringLiteral("contact_phone")), QStringList{QStringLiteral("title")});

    // Text that does not parse changes nothing and says where.
    const QString version = m_editor->document()->rules().version;
    edit->setPlainText(text.replace(QStringLiteral("order_id: { from: id }"), QStringLiteral("order_id: { from: id")));
    QVERIFY(!yaml->applyPending());
    QVERIFY(yaml->errorText().contains(QStringLiteral("line ")));
    m_editor->tabs()->setCurrentWidget(yaml);
    screenshot(m_editor, QStringLiteral("mapping-editor-yaml-error"));
    QCOMPARE(m_editor->document()->rules().version, version);
    // Undo brings the text back in step.
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->canvas()->links().value(QStringLiteral("contact_phone")), QStringList{QStringLiteral("phone")});
    QVERIFY(edit->toPlainText().contains(QStringLiteral("contact_phone: { from: phone }")));
}

void TestMappingEditor::validationTab()
{
    ValidationPanel *v = m_editor->validationPanel();
    QTableWidget *fields = v->fieldsTable();
    int row = -1;
    for (int r = 0; r < fields->rowCount(); ++r)
        if (fields->item(r, 0)->text() == QLatin1String("order_status"))
            row = r;
    QVERIFY(row >= 0);
    fields->item(row, 1)->setCheckState(Qt::Checked);
    QVERIFY(m_editor->document()->rules().required.contains(QStringLiteral("order_status")));
    QTableWidget *rules = v->rulesTable();
    QCOMPARE(rules->rowCount(), 1);
    rules->item(0, 2)->setText(QStringLiteral("AMOUNT_BELOW_ZERO"));
    QCOMPARE(m_editor->document()->rules().rules.first().code, QStringLiteral("AMOUNT_BELOW_ZERO"));
    QVERIFY(m_editor->yamlPanel()->editor()->toPlainText().contains(QStringLiteral("AMOUNT_BELOW_ZERO")));
}

void TestMappingEditor::autoMapProposesAndAppliesInOneStep()
{
    MappingDocument *doc = m_editor->document();
    for (const QString &f : {QStringLiteral("customer_name"), QStringLiteral("amount"), QStringLiteral("contact_phone")})
        doc->unlink(f);
    const int before = doc->undoStack()->count();
    QSet<QString> mapped;
    for (const FieldRule &r : doc->rules().fields)
        mapped.insert(r.target);
    const auto proposals = proposeLinks(doc->sourceDataset()->schema, doc->targetDataset()->schema, mapped);
    QStringList pairs;
    for (const LinkProposal &p : proposals)
        pairs << p.source + QStringLiteral("->") + p.target;
    QVERIFY2(pairs.contains(QStringLiteral("customer_name->customer_name")), qPrintable(pairs.join(QLatin1Char(' '))));
    QVERIFY2(pairs.contains(QStringLiteral("amount->amount")), qPrintable(pairs.join(QLatin1Char(' '))));
    QVERIFY2(pairs.contains(QStringLiteral("phone->contact_phone")) == false, "a partial name is not a match");

    // The dialog: reject one, accept the rest.
    AutoMapDialog dialog(proposals);
    for (int r = 0; r < dialog.table()->rowCount(); ++r)
        if (dialog.table()->item(r, 1)->text() == QLatin1String("amount"))
            dialog.table()->item(r, 0)->setCheckState(Qt::Unchecked);
    m_editor->applyLinks(dialog.accepted());
    QCOMPARE(doc->rules().rule(QStringLiteral("customer_name"))->from, QStringLiteral("customer_name"));
    QVERIFY(!doc->rules().rule(QStringLiteral("amount")));
    QCOMPARE(doc->undoStack()->count(), before + 1);
    m_editor->undoAction()->trigger();
    QVERIFY(!doc->rules().rule(QStringLiteral("customer_name")));
}

void TestMappingEditor::saveWritesFileAndAudit()
{
    MappingDocument *doc = m_editor->document();
    const QString oldVersion = doc->rules().version;
    m_editor->canvas()->selectTarget(QStringLiteral("order_status"));
    m_editor->fieldPanel()->casesTable()->item(0, 1)->setText(QStringLiteral("won"));
    const QString newVersion = doc->rules().version;
    QVERIFY(newVersion != oldVersion);
    QVERIFY(m_editor->windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(m_editor->isWindowModified());

    QSignalSpy saved(m_editor.data(), &MappingEditor::mappingSaved);
    m_editor->saveAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Timeout);
    QVERIFY(!m_editor->isWindowModified());
    const QString text = readFile(m_dir->filePath(Path));
    QVERIFY(text.contains(QStringLiteral("then: won")));
    QVERIFY(text.contains(QStringLiteral("# 销售阶段翻译成仓储状态"))); // comments kept
    ErrorList errors;
    const auto reloaded = MappingLoader::loadText(Path, text.toUtf8(), &errors);
    QVERIFY(reloaded && errors.isEmpty());
    QCOMPARE(reloaded->version, newVersion);

    // The audit trail names both versions.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(m_ws->stateStorePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit WHERE action = 'mapping.save'")));
        QVERIFY(q.next());
        const QString detail = q.value(0).toString();
        QVERIFY(detail.contains(oldVersion));
        QVERIFY(detail.contains(newVersion));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
}

void TestMappingEditor::closeWithUnsavedChangesAsks()
{
    m_editor->document()->unlink(QStringLiteral("order_date"));
    // Cancel keeps the window open with its edit.
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_editor->close());
    QVERIFY(m_editor->isVisible());
    QVERIFY(m_editor->document()->isModified());
    // Save saves, then closes.
    const QString before = readFile(m_dir->filePath(Path));
    answerNextMessageBox(QMessageBox::Save);
    answerNextMessageBox(QMessageBox::Yes); // its comment is dropped with the rule: save anyway
    m_editor->close();
    QTRY_VERIFY_WITH_TIMEOUT(m_editor.isNull(), Timeout); // WA_DeleteOnClose
    const QString after = readFile(m_dir->filePath(Path));
    QVERIFY(after != before);
    QVERIFY(!after.contains(QStringLiteral("order_date:")));
}

void TestMappingEditor::undoHistoryAndTitle()
{
    MappingDocument *doc = m_editor->document();
    doc->link(QStringLiteral("title"), QStringLiteral("customer_name"));
    doc->unlink(QStringLiteral("order_date"));
    QUndoView *view = m_editor->undoView();
    QCOMPARE(view->stack(), doc->undoStack());
    QCOMPARE(view->model()->rowCount(), 3); // <opened> + 2 edits
    QVERIFY(view->model()->index(1, 0).data().toString().contains(QStringLiteral("title")));
    QVERIFY(m_editor->undoAction()->text().contains(QStringLiteral("order_date")));
    // Clicking a step in the history goes back to it.
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(!doc->isModified());
    QVERIFY(!m_editor->isWindowModified());
    QVERIFY(!m_editor->undoDock()->isVisible());
    m_editor->undoDock()->toggleViewAction()->trigger();
    QVERIFY(m_editor->undoDock()->isVisible());
    QCOMPARE(m_editor->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(m_editor->redoAction()->shortcuts().first(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
}

QTEST_MAIN(TestMappingEditor)
#include "tst_gui_mappingeditor.moc"
