// The conflict queue page, offscreen and end to end: the two-way workspace of twowayfixture.h (the
// CRM's customers and the service desk's clients), seeded and synced once, then both sides edited
// so that one run queues six conflicts — four on email alone, one on email and status, one record
// deleted in the CRM and changed at the desk. The console opens the workspace; Ctrl+6 and the
// navigator show the queue with its counts; the filters narrow it; the three-way view shows base,
// CRM and desk values and highlights the field in conflict; 2 / 3 pick, Ctrl+Z and Ctrl+Shift+Z
// undo and redo, F2 types a value, 0 sets NULL; Resolve (Ctrl+Enter) writes both SQLite files and
// moves to the next conflict; "Apply to N similar conflicts" resolves the similar ones; a lower role
// sees the phone masked; a record changed after it was shown is refused as stale and says so; a
// delete conflict is kept or deleted; Resolve Selected By asks first with the count. Every model
// is watched by QAbstractItemModelTester.

#include "guitestsupport.h"
#include "twowayfixture.h"

#include "conflicts/conflictclient.h"
#include "conflicts/conflictdetail.h"
#include "conflicts/conflictdraft.h"
#include "conflicts/conflictmergemodel.h"
#include "conflicts/conflictpage.h"
#include "conflicts/conflictqueuemodel.h"
#include "consolesession.h"
#include "enginehost.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "navigatormodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace concord;

namespace {

constexpr int Timeout = 20000;
const QString Customers = QStringLiteral("customers");
const QString T0 = QStringLiteral("10:00:00");

QString crmEmail(int id)
{
    return QStringLiteral("a%1@crm.cn").arg(id);
}

QString deskEmail(int id)
{
    return QStringLiteral("b%1@desk.cn").arg(id);
}

} // namespace

class TstGuiConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ctrl6ShowsTheQueueWithCounts();
    void filtersNarrowTheQueue();
    void threeWayViewHighlightsTheConflict();
    void keysPickAndCtrlZUndoes();
    void customValueAndNull();
    void resolveWritesBothSidesAndMovesOn();
    void applyToSimilarConflicts();
    void maskedForALowerRole();
    void staleConflictIsShownAgain();
    void deleteConflictKeepsOrDeletes();
    void bulkResolveAsksWithTheCount();

private:
    ConflictPage *page() const { return m_window->conflictPage(); }
    ConflictMergeModel *merge() const { return page()->detail()->model(); }
    void watch(QAbstractItemModel *model);
    qint64 idOfKey(int key) const;
    QList<int> shownKeys() const;
    QModelIndex cellOf(const QString &field, int column) const;
    void show(int key);
    void focusFields(const QString &field);
    void waitResolved(QSignalSpy &spy, int count);

    QTemporaryDir m_tmp;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TwoWayFixture> m_f;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QList<QAbstractItemModelTester *> m_testers;
};

void TstGuiConflicts::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_language = guitest::setUpConsole(m_tmp, "tst_gui_conflicts");
    QVERIFY(m_language);

    // Six customers synced once, then edited on both sides before the next run.
    m_f = std::make_unique<TwoWayFixture>();
    TwoWayFixture &f = *m_f;
    for (int id = 1; id <= 6; ++id)
        f.crmRow(id, QStringLiteral("Customer %1").arg(id), QStringLiteral("c%1@example.cn").arg(id), QStringLiteral("active"), T0);
    QCOMPARE(f.run().inserted, 6);
    for (int id = 1; id <= 5; ++id) {
        f.crmSet(id, QStringLiteral("email"), crmEmail(id), QStringLiteral("10:30:00"));
        f.deskSet(id, QStringLiteral("email"), deskEmail(id), QStringLiteral("10:31:00"));
    }
    f.crmSet(5, QStringLiteral("status"), QStringLiteral("gold"), QStringLiteral("10:30:00"));
    f.deskSet(5, QStringLiteral("status"), QStringLiteral("silver"), QStringLiteral("10:31:00"));
    f.crmSet(6, QStringLiteral("deleted"), 1, QStringLiteral("10:40:00"));
    f.deskSet(6, QStringLiteral("status"), QStringLiteral("complaint"), QStringLiteral("10:41:00"));
    const RunResult r = f.run();
    QCOMPARE(r.status, QStringLiteral("succeeded"));
    QCOMPARE(r.conflicts, 6);

    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->host(), m_engine->control(), m_language.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    watch(page()->model());
    watch(page()->proxy());
    watch(merge());
    watch(page()->detail()->proxy());
    watch(m_window->navigatorModel());

    m_window->openWorkspace(f.dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(page()->twoWayPipelines(), QStringList{Customers}, Timeout);
}

void TstGuiConflicts::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_engine.reset();
    m_f.reset();
    m_language.reset();
}

void TstGuiConflicts::watch(QAbstractItemModel *model)
{
    m_testers.append(new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

qint64 TstGuiConflicts::idOfKey(int key) const
{
    for (const ConflictView &c : page()->model()->conflicts())
        if (c.key == QString::number(key))
            return c.id;
    return 0;
}

QList<int> TstGuiConflicts::shownKeys() const
{
    QList<int> keys;
    for (int row = 0; row < page()->proxy()->rowCount(); ++row)
        keys.append(page()->proxy()->index(row, ConflictQueueModel::KeyColumn).data().toInt());
    std::sort(keys.begin(), keys.end());
    return keys;
}

QModelIndex TstGuiConflicts::cellOf(const QString &field, int column) const
{
    return merge()->index(merge()->rowOfField(field), column);
}

void TstGuiConflicts::show(int key)
{
    const qint64 id = idOfKey(key);
    QVERIFY2(id > 0, qPrintable(QStringLiteral("no conflict on record %1").arg(key)));
    page()->selectConflict(id);
    QCOMPARE(page()->currentId(), id);
    QCOMPARE(merge()->conflict().id, id);
}

void TstGuiConflicts::focusFields(const QString &field)
{
    QTableView *t = page()->detail()->table();
    const QModelIndex source = cellOf(field, ConflictMergeModel::SourceColumn);
    QVERIFY(source.isValid());
    t->setCurrentIndex(page()->detail()->proxy()->mapFromSource(source));
    t->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(t));
}

void TstGuiConflicts::waitResolved(QSignalSpy &spy, int count)
{
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), count, Timeout);
    // The page reads the queue again afterwards.
    QTRY_VERIFY_WITH_TIMEOUT(page()->isSettled(), Timeout);
}

void TstGuiConflicts::ctrl6ShowsTheQueueWithCounts()
{
    auto *show = m_window->findChild<QAction *>(QStringLiteral("actionShowConflicts"));
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(page()));
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 6, Timeout);
    QCOMPARE(shownKeys(), QList<int>({1, 2, 3, 4, 5, 6}));
    QCOMPARE(page()->countText(), QStringLiteral("6 conflicts"));
    QVERIFY(page()->table()->isVisible());
    QVERIFY(page()->emptyText().isEmpty());
    const ConflictView *five = page()->model()->conflictOfId(idOfKey(5));
    QStringList fields = five->conflicting;
    fields.sort();
    QCOMPARE(fields, QStringList({QStringLiteral("email"), QStringLiteral("status")}));
    QCOMPARE(page()->model()->conflictOfId(idOfKey(6))->kind, QStringLiteral("delete_source"));
    QCOMPARE(page()->model()->index(page()->model()->rowOfId(idOfKey(6)), ConflictQueueModel::KindColumn).data().toString(),
             QStringLiteral("Deleted in crm"));

    // The navigator counts them, per pipeline too.
    NavigatorModel *nav = m_window->navigatorModel();
    QTRY_COMPARE_WITH_TIMEOUT(nav->openConflicts(), qint64(6), Timeout);
    const QModelIndex node = nav->groupIndex(NavigatorModel::ConflictsNode);
    QCOMPARE(node.data().toString(), QStringLiteral("Conflicts (6)"));
    QCOMPARE(nav->rowCount(node), 1);
    const QModelIndex child = nav->index(0, 0, node);
    QCOMPARE(child.data().toString(), QStringLiteral("customers (6)"));
    QVERIFY(node.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(page()->counts().value(Customers), qint64(6));

    // Its pipeline's node narrows the queue to it.
    m_window->showDashboard();
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("navigatorView"));
    tree->selectionModel()->setCurrentIndex(child, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(page()));
    QCOMPARE(page()->query().pipeline, Customers);
    QCOMPARE(page()->proxy()->rowCount(), 6);
    page()->setPipelineFilter(QString());
}

void TstGuiConflicts::filtersNarrowTheQueue()
{
    page()->setFieldFilter(QStringLiteral("status"));
    QCOMPARE(shownKeys(), QList<int>({5, 6}));
    QCOMPARE(page()->countText(), QStringLiteral("Showing 2 of 6 conflicts"));
    QCOMPARE(page()->query().field, QStringLiteral("status"));
    page()->setFieldFilter(QStringLiteral("email"));
    QCOMPARE(shownKeys(), QList<int>({1, 2, 3, 4, 5}));
    page()->setFieldFilter(QString());

    page()->setSearchText(deskEmail(3)); // a value only at the desk
    QCOMPARE(shownKeys(), QList<int>{3});
    page()->setSearchText(QStringLiteral("no such text"));
    QCOMPARE(page()->proxy()->rowCount(), 0);
    QCOMPARE(page()->emptyText(), QStringLiteral("No conflicts match the filter."));
    page()->setSearchText(QString());

    page()->setDatasetFilter(QStringLiteral("desk.clients"));
    QCOMPARE(page()->proxy()->rowCount(), 6);
    QCOMPARE(page()->query().dataset, QStringLiteral("desk.clients"));
    page()->setDatasetFilter(QString());

    // Age: all were detected just now; with the clock two hours on, all are older than an hour.
    page()->setOlderThanFilter(3600);
    QCOMPARE(page()->proxy()->rowCount(), 0);
    page()->setOlderThanFilter(0);
    page()->model()->setNow(QDateTime::currentDateTimeUtc().addSecs(7200));
    page()->setOlderThanFilter(3600);
    QCOMPARE(page()->proxy()->rowCount(), 6);
    QCOMPARE(page()->query().olderThanSecs, qint64(3600));
    page()->setOlderThanFilter(86400);
    QCOMPARE(page()->proxy()->rowCount(), 0);
    page()->setOlderThanFilter(0);
    page()->model()->setNow(QDateTime());
    QCOMPARE(page()->proxy()->rowCount(), 6);

    // Sorted by key as numbers, both ways; Ctrl+C copies the selected row as TSV.
    page()->table()->sortByColumn(ConflictQueueModel::KeyColumn, Qt::DescendingOrder);
    QCOMPARE(page()->proxy()->index(0, ConflictQueueModel::KeyColumn).data().toString(), QStringLiteral("6"));
    page()->table()->sortByColumn(ConflictQueueModel::KeyColumn, Qt::AscendingOrder);
    QCOMPARE(page()->proxy()->index(0, ConflictQueueModel::KeyColumn).data().toString(), QStringLiteral("1"));
    show(1);
    page()->table()->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(page()->table(), Qt::Key_C, Qt::ControlModifier);
    const QStringList cells = QApplication::clipboard()->text().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(ConflictQueueModel::ColumnCount));
    QCOMPARE(cells.value(ConflictQueueModel::KeyColumn), QStringLiteral("1"));
    QCOMPARE(cells.value(ConflictQueueModel::FieldsColumn), QStringLiteral("email"));
}

void TstGuiConflicts::threeWayViewHighlightsTheConflict()
{
    show(1);
    const QModelIndex base = cellOf(QStringLiteral("email"), ConflictMergeModel::BaseColumn);
    const QModelIndex crm = cellOf(QStringLiteral("email"), ConflictMergeModel::SourceColumn);
    const QModelIndex desk = cellOf(QStringLiteral("email"), ConflictMergeModel::TargetColumn);
    const QModelIndex result = cellOf(QStringLiteral("email"), ConflictMergeModel::ResultColumn);
    QCOMPARE(base.data().toString(), QStringLiteral("c1@example.cn"));
    QCOMPARE(crm.data().toString(), crmEmail(1));
    QCOMPARE(desk.data().toString(), deskEmail(1));
    QCOMPARE(result.data().toString(), QStringLiteral("(choose)"));
    QCOMPARE(merge()->headerData(ConflictMergeModel::BaseColumn, Qt::Horizontal).toString(), QStringLiteral("Base"));
    QCOMPARE(merge()->headerData(ConflictMergeModel::SourceColumn, Qt::Horizontal).toString(), QStringLiteral("crm"));
    QCOMPARE(merge()->headerData(ConflictMergeModel::TargetColumn, Qt::Horizontal).toString(), QStringLiteral("desk"));
    QCOMPARE(merge()->headerData(ConflictMergeModel::ResultColumn, Qt::Horizontal).toString(), QStringLiteral("Result"));

    // The field in conflict is tinted and bold; an unchanged one is not.
    QVERIFY(crm.data(ConflictMergeModel::ConflictingRole).toBool());
    const QColor plain = page()->detail()->palette().color(QPalette::Base);
    QVERIFY(crm.data(Qt::BackgroundRole).isValid());
    QVERIFY(crm.data(Qt::BackgroundRole).value<QColor>() != plain);
    QVERIFY(desk.data(Qt::BackgroundRole).value<QColor>() != plain);
    QVERIFY(cellOf(QStringLiteral("email"), ConflictMergeModel::FieldColumn).data(Qt::FontRole).value<QFont>().bold());
    const QModelIndex name = cellOf(QStringLiteral("full_name"), ConflictMergeModel::SourceColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Customer 1"));
    QVERIFY(!name.data(ConflictMergeModel::ConflictingRole).toBool());
    QVERIFY(!name.data(Qt::BackgroundRole).isValid());
    QVERIFY(!name.data(ConflictMergeModel::PickableRole).toBool());
    QCOMPARE(cellOf(QStringLiteral("full_name"), ConflictMergeModel::ResultColumn).data().toString(), QStringLiteral("Customer 1"));
    QVERIFY(crm.data(ConflictMergeModel::ChangedRole).toBool());
    QVERIFY(!name.data(ConflictMergeModel::ChangedRole).toBool());

    // Why it waits and when both sides changed it.
    QVERIFY2(page()->detail()->reasonText().contains(QLatin1String("manual")), qPrintable(page()->detail()->reasonText()));
    QVERIFY2(page()->detail()->titleText().contains(QLatin1String("record 1")), qPrintable(page()->detail()->titleText()));
    const QString info = page()->detail()->infoText();
    QVERIFY2(info.contains(QLatin1String("detected")) && info.contains(QLatin1String("crm changed"))
                 && info.contains(QLatin1String("desk changed")),
             qPrintable(info));
    QVERIFY(page()->detail()->staleText().isEmpty());
    QVERIFY(!page()->detail()->keepButton()->isVisible());
    // Similar: 2, 3 and 4 have email alone in conflict (5 has status too, 6 is a delete).
    QCOMPARE(page()->detail()->similarCount(), 3);
    QCOMPARE(page()->detail()->similarBox()->text(), QStringLiteral("Apply the same choices to 3 similar conflicts"));
    QVERIFY(page()->detail()->similarBox()->isEnabled());
}

void TstGuiConflicts::keysPickAndCtrlZUndoes()
{
    show(1);
    focusFields(QStringLiteral("email"));
    QTableView *t = page()->detail()->table();
    const QModelIndex result = cellOf(QStringLiteral("email"), ConflictMergeModel::ResultColumn);
    const auto take = [this] { return merge()->decision().fields.value(QStringLiteral("email")).take; };

    QTest::keyClick(t, Qt::Key_2);
    QVERIFY(merge()->decision().fields.contains(QStringLiteral("email")));
    QCOMPARE(take(), FieldChoice::Take::Source);
    QCOMPARE(result.data().toString(), crmEmail(1));
    QVERIFY(cellOf(QStringLiteral("email"), ConflictMergeModel::SourceColumn).data(ConflictMergeModel::ChosenRole).toBool());
    QVERIFY(merge()->isComplete());
    QTest::keyClick(t, Qt::Key_3);
    QCOMPARE(take(), FieldChoice::Take::Target);
    QCOMPARE(result.data().toString(), deskEmail(1));
    QVERIFY(!cellOf(QStringLiteral("email"), ConflictMergeModel::SourceColumn).data(ConflictMergeModel::ChosenRole).toBool());
    QCOMPARE(page()->undoAction()->toolTip(), QStringLiteral("Undo: Take desk for email (Ctrl+Z)"));

    // Ctrl+Z takes the choices back one at a time; Ctrl+Shift+Z does them again.
    QTest::keyClick(t, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(take(), FieldChoice::Take::Source);
    QTest::keyClick(t, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!merge()->decision().fields.contains(QStringLiteral("email")));
    QCOMPARE(result.data().toString(), QStringLiteral("(choose)"));
    QVERIFY(!page()->undoAction()->isEnabled());
    QTest::keyClick(t, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(take(), FieldChoice::Take::Source);

    // 1 takes the base; a click on a cell takes it too.
    QTest::keyClick(t, Qt::Key_1);
    QCOMPARE(take(), FieldChoice::Take::Base);
    QCOMPARE(result.data().toString(), QStringLiteral("c1@example.cn"));
    const QModelIndex deskCell = page()->detail()->proxy()->mapFromSource(cellOf(QStringLiteral("email"), ConflictMergeModel::TargetColumn));
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualRect(deskCell).center());
    QCOMPARE(take(), FieldChoice::Take::Target);
    // A field not in conflict cannot be picked.
    const int steps = page()->draft()->undoStack()->count();
    focusFields(QStringLiteral("full_name"));
    QTest::keyClick(t, Qt::Key_2);
    QCOMPARE(page()->draft()->undoStack()->count(), steps);
    QVERIFY(!merge()->decision().fields.contains(QStringLiteral("full_name")));

    // Undoing a choice made on another conflict shows that conflict again.
    show(2);
    QCOMPARE(page()->undoAction()->toolTip(), QStringLiteral("Undo: Take desk for email (Ctrl+Z)"));
    page()->undoAction()->trigger();
    QCOMPARE(page()->currentId(), idOfKey(1));
    QCOMPARE(take(), FieldChoice::Take::Base);
}

void TstGuiConflicts::customValueAndNull()
{
    show(1);
    focusFields(QStringLiteral("email"));
    QTableView *t = page()->detail()->table();
    const QModelIndex result = cellOf(QStringLiteral("email"), ConflictMergeModel::ResultColumn);
    t->setCurrentIndex(page()->detail()->proxy()->mapFromSource(result));
    QTest::keyClick(t, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("typed@both.cn"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(merge()->decision().fields.value(QStringLiteral("email")).take, FieldChoice::Take::Custom);
    const FieldChoice custom = merge()->decision().fields.value(QStringLiteral("email"));
    QCOMPARE(custom.take, FieldChoice::Take::Custom);
    QCOMPARE(custom.custom, QStringLiteral("typed@both.cn"));
    QVERIFY(!custom.customNull);
    QCOMPARE(result.data().toString(), QStringLiteral("typed@both.cn"));
    QCOMPARE(page()->undoAction()->toolTip(), QStringLiteral("Undo: Type a value for email (Ctrl+Z)"));

    // 0: NULL, shown in grey italics; Ctrl+Z brings the typed value back.
    t->setFocus();
    QTest::keyClick(t, Qt::Key_0);
    QVERIFY(merge()->decision().fields.value(QStringLiteral("email")).customNull);
    QCOMPARE(result.data().toString(), QStringLiteral("NULL"));
    QVERIFY(result.data(Qt::FontRole).value<QFont>().italic());
    QTest::keyClick(t, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(merge()->decision().fields.value(QStringLiteral("email")).custom, QStringLiteral("typed@both.cn"));
}

void TstGuiConflicts::resolveWritesBothSidesAndMovesOn()
{
    show(1);
    focusFields(QStringLiteral("email"));
    QTableView *t = page()->detail()->table();
    QTest::keyClick(t, Qt::Key_3); // the desk's address
    page()->detail()->commentEdit()->setFocus();
    QTest::keyClicks(page()->detail()->commentEdit(), QStringLiteral("called the customer"));
    const qint64 one = idOfKey(1);
    const qint64 two = idOfKey(2);
    QSignalSpy resolved(page()->client(), &ConflictClient::resolved);
    // Ctrl+Enter from the comment box.
    QTest::keyClick(page()->detail()->commentEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!page()->resolveAction()->isEnabled()); // one resolution at a time
    waitResolved(resolved, 1);
    if (QTest::currentTestFailed())
        return;
    const ConflictResolveResult result = resolved.constFirst().constFirst().value<ConflictResolveResult>();
    QCOMPARE(result.resolved, QList<qint64>{one});
    QVERIFY(result.failed.isEmpty());
    QVERIFY2(page()->resultText().startsWith(QLatin1String("Resolved 1 conflict")), qPrintable(page()->resultText()));

    // Both SQLite files hold the desk's value.
    QCOMPARE(m_f->crm(1, QStringLiteral("email")), deskEmail(1));
    QCOMPARE(m_f->desk(1, QStringLiteral("email")), deskEmail(1));
    QCOMPARE(m_f->crm(1, QStringLiteral("name")), QStringLiteral("Customer 1"));
    // Recorded with the steward and the comment.
    for (const ConflictView &c : m_f->conflicts(true))
        if (c.id == one) {
            QCOMPARE(c.status, QStringLiteral("resolved"));
            QCOMPARE(c.resolvedBy, consoleUser());
            QCOMPARE(c.comment, QStringLiteral("called the customer"));
            QCOMPARE(c.choices.value(QStringLiteral("email")), QStringLiteral("target"));
        }

    // On to the next conflict; the queue and the navigator count one less.
    QCOMPARE(page()->model()->rowOfId(one), -1);
    QCOMPARE(page()->currentId(), two);
    QCOMPARE(merge()->conflict().id, two);
    QVERIFY(page()->detail()->commentEdit()->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->navigatorModel()->openConflicts(), qint64(5), Timeout);
    QCOMPARE(m_window->navigatorModel()->groupIndex(NavigatorModel::ConflictsNode).data().toString(), QStringLiteral("Conflicts (5)"));
    // The applied choices are no longer undoable: the audit trail has them.
    QVERIFY(!page()->draft()->canUndo());
}

void TstGuiConflicts::applyToSimilarConflicts()
{
    show(2);
    QCOMPARE(page()->detail()->similarCount(), 2); // 3 and 4
    QCOMPARE(page()->detail()->similarBox()->text(), QStringLiteral("Apply the same choices to 2 similar conflicts"));
    QVERIFY(!page()->detail()->similarBox()->isChecked()); // never on by itself
    focusFields(QStringLiteral("email"));
    QTest::keyClick(page()->detail()->table(), Qt::Key_2); // the CRM's address, each its own
    page()->detail()->similarBox()->setChecked(true);
    QSignalSpy resolved(page()->client(), &ConflictClient::resolved);
    page()->resolveAction()->trigger();
    waitResolved(resolved, 1);
    if (QTest::currentTestFailed())
        return;
    const ConflictResolveResult result = resolved.constFirst().constFirst().value<ConflictResolveResult>();
    QCOMPARE(result.resolved.size(), 3);
    QVERIFY(result.failed.isEmpty());
    for (int id = 2; id <= 4; ++id) {
        QCOMPARE(m_f->crm(id, QStringLiteral("email")), crmEmail(id));
        QCOMPARE(m_f->desk(id, QStringLiteral("email")), crmEmail(id));
    }
    QCOMPARE(shownKeys(), QList<int>({5, 6}));
    QCOMPARE(page()->currentId(), idOfKey(5));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->navigatorModel()->openConflicts(), qint64(2), Timeout);
    QCOMPARE(page()->detail()->similarCount(), 0);
    QVERIFY(!page()->detail()->similarBox()->isEnabled());
}

void TstGuiConflicts::maskedForALowerRole()
{
    const int loads = page()->loadsShown();
    QVERIFY(m_window->session()->setViewRole(QStringLiteral("clerk")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(page()->loadsShown() > loads, Timeout);
    show(5);
    const QModelIndex phone = cellOf(QStringLiteral("phone"), ConflictMergeModel::SourceColumn);
    QVERIFY(phone.data(ConflictMergeModel::WithheldRole).toBool());
    QCOMPARE(phone.data().toString(), QStringLiteral("138****1111"));
    QVERIFY(phone.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(phone.data(Qt::ToolTipRole).toString(), QStringLiteral("Masked for your role"));
    QCOMPARE(phone.data(Qt::ForegroundRole).value<QColor>(), page()->detail()->palette().color(QPalette::PlaceholderText));
    QVERIFY(!cellOf(QStringLiteral("email"), ConflictMergeModel::SourceColumn).data(ConflictMergeModel::WithheldRole).toBool());
    QVERIFY2(page()->detail()->infoText().contains(QLatin1String("shown as clerk may see it")), qPrintable(page()->detail()->infoText()));
    // A masked value cannot be found by its hidden digits.
    page()->setSearchText(QStringLiteral("13800001111"));
    QCOMPARE(page()->proxy()->rowCount(), 0);
    page()->setSearchText(QString());

    const int again = page()->loadsShown();
    QVERIFY(m_window->session()->setViewRole(QString()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(page()->loadsShown() > again, Timeout);
    QCOMPARE(cellOf(QStringLiteral("phone"), ConflictMergeModel::SourceColumn).data().toString(), QStringLiteral("13800001111"));
}

void TstGuiConflicts::staleConflictIsShownAgain()
{
    show(5);
    // Resolve without every choice: it says which field is missing and goes there.
    focusFields(QStringLiteral("email"));
    QTest::keyClick(page()->detail()->table(), Qt::Key_2);
    page()->resolveAction()->trigger();
    QCOMPARE(page()->resultText(), QStringLiteral("Record 5: choose a value for status first."));
    const QModelIndex current = page()->detail()->proxy()->mapToSource(page()->detail()->table()->currentIndex());
    QCOMPARE(current.row(), merge()->rowOfField(QStringLiteral("status")));
    QTest::keyClick(page()->detail()->table(), Qt::Key_2);
    QVERIFY(merge()->isComplete());

    // Meanwhile someone at the desk changes the record again.
    m_f->deskSet(5, QStringLiteral("email"), QStringLiteral("late@desk.cn"), QStringLiteral("11:00:00"));
    QSignalSpy resolved(page()->client(), &ConflictClient::resolved);
    page()->resolveAction()->trigger();
    waitResolved(resolved, 1);
    if (QTest::currentTestFailed())
        return;
    const ConflictResolveResult result = resolved.constFirst().constFirst().value<ConflictResolveResult>();
    QVERIFY(result.resolved.isEmpty());
    QCOMPARE(result.failed.size(), 1);
    QVERIFY2(result.failed.constFirst().second.startsWith(ErrorCode::ConflictStale), qPrintable(result.failed.constFirst().second));
    QVERIFY2(page()->resultText().contains(QLatin1String("changed since it was shown")), qPrintable(page()->resultText()));
    // Still there, with the new value and a banner; nothing was written.
    QCOMPARE(page()->currentId(), idOfKey(5));
    QTRY_COMPARE_WITH_TIMEOUT(cellOf(QStringLiteral("email"), ConflictMergeModel::TargetColumn).data().toString(),
                              QStringLiteral("late@desk.cn"), Timeout);
    QVERIFY2(page()->detail()->staleText().startsWith(QLatin1String("This record changed in crm or desk")),
             qPrintable(page()->detail()->staleText()));
    QCOMPARE(m_f->desk(5, QStringLiteral("email")), QStringLiteral("late@desk.cn"));
    QCOMPARE(m_f->crm(5, QStringLiteral("email")), crmEmail(5));
    // The choices made stay, to be checked and applied again.
    QCOMPARE(merge()->decision().fields.value(QStringLiteral("email")).take, FieldChoice::Take::Source);
}

void TstGuiConflicts::deleteConflictKeepsOrDeletes()
{
    show(6);
    QCOMPARE(merge()->headerData(ConflictMergeModel::SourceColumn, Qt::Horizontal).toString(), QStringLiteral("crm (deleted)"));
    const QModelIndex crmStatus = cellOf(QStringLiteral("status"), ConflictMergeModel::SourceColumn);
    QCOMPARE(crmStatus.data().toString(), QStringLiteral("(deleted)"));
    QVERIFY(crmStatus.data(ConflictMergeModel::AbsentRole).toBool());
    QCOMPARE(cellOf(QStringLiteral("status"), ConflictMergeModel::TargetColumn).data().toString(), QStringLiteral("complaint"));
    QVERIFY(page()->detail()->keepButton()->isVisible());
    QVERIFY(!page()->detail()->keepButton()->isChecked() && !page()->detail()->deleteButton()->isChecked());
    page()->resolveAction()->trigger();
    QCOMPARE(page()->resultText(), QStringLiteral("Record 6: choose Keep record or Delete record first."));

    // Keep, undo, delete: each an undo step.
    page()->detail()->keepButton()->click();
    QCOMPARE(merge()->decision().keep, 1);
    QCOMPARE(cellOf(QStringLiteral("status"), ConflictMergeModel::ResultColumn).data().toString(), QStringLiteral("complaint"));
    page()->undoAction()->trigger();
    QCOMPARE(merge()->decision().keep, -1);
    QVERIFY(!page()->detail()->keepButton()->isChecked());
    page()->detail()->deleteButton()->click();
    QCOMPARE(merge()->decision().keep, 0);
    QVERIFY(page()->detail()->deleteButton()->isChecked());
    QCOMPARE(cellOf(QStringLiteral("status"), ConflictMergeModel::ResultColumn).data().toString(), QStringLiteral("(deleted)"));

    QSignalSpy resolved(page()->client(), &ConflictClient::resolved);
    page()->resolveAction()->trigger();
    waitResolved(resolved, 1);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(resolved.constFirst().constFirst().value<ConflictResolveResult>().failed.isEmpty());
    QCOMPARE(m_f->target().count(QStringLiteral("clients WHERE client_id = 6")), qint64(0));
    QCOMPARE(m_f->crm(6, QStringLiteral("deleted")), QStringLiteral("1"));
    QCOMPARE(shownKeys(), QList<int>{5});
}

void TstGuiConflicts::bulkResolveAsksWithTheCount()
{
    show(5);
    QAction *byTarget = page()->resolveByAction(QStringLiteral("target"));
    QVERIFY(byTarget && byTarget->isEnabled());
    byTarget->trigger();
    QTRY_VERIFY(page()->confirmBox() && page()->confirmBox()->isVisible());
    QMessageBox *box = page()->confirmBox();
    QCOMPARE(box->text(), QStringLiteral("Resolve 1 selected conflict by “Target wins”?"));
    QVERIFY2(box->informativeText().contains(QLatin1String("desk's value")), qPrintable(box->informativeText()));
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("conflictConfirmButton"));
    QVERIFY(confirm);
    QCOMPARE(confirm->text(), QStringLiteral("Resolve 1 Conflict"));
    QVERIFY(!page()->resolveAction()->isEnabled()); // nothing else while it asks
    // Cancel writes nothing.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page()->confirmBox());
    QCOMPARE(page()->model()->rowCount(), 1);

    QSignalSpy resolved(page()->client(), &ConflictClient::resolved);
    byTarget->trigger();
    QTRY_VERIFY(page()->confirmBox() && page()->confirmBox()->isVisible());
    page()->confirmBox()->findChild<QPushButton *>(QStringLiteral("conflictConfirmButton"))->click();
    waitResolved(resolved, 1);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(resolved.constFirst().constFirst().value<ConflictResolveResult>().failed.isEmpty());
    QCOMPARE(m_f->crm(5, QStringLiteral("email")), QStringLiteral("late@desk.cn"));
    QCOMPARE(m_f->crm(5, QStringLiteral("status")), QStringLiteral("silver"));
    QCOMPARE(m_f->deskView(), m_f->crmView());

    // Nothing left: the empty state says what the page is for.
    QCOMPARE(page()->model()->rowCount(), 0);
    QVERIFY2(page()->emptyText().startsWith(QLatin1String("No open conflicts")), qPrintable(page()->emptyText()));
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("conflictEmpty"))->isVisible());
    QCOMPARE(page()->detail()->titleText(), QStringLiteral("No conflict selected"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->navigatorModel()->openConflicts(), qint64(0), Timeout);
    QCOMPARE(m_window->navigatorModel()->groupIndex(NavigatorModel::ConflictsNode).data().toString(), QStringLiteral("Conflicts (0)"));
    // A run afterwards finds both sides equal.
    QCOMPARE(m_f->run().written(), 0);
}

QTEST_MAIN(TstGuiConflicts)
#include "tst_gui_conflicts.moc"
