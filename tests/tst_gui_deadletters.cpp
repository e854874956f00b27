// The dead-letter page, offscreen and end to end: a poison record put into the demo's CRM fails
// a run and shows up next to the demo's own three; the filters narrow the list; the detail pane
// shows the record masked for the viewer; Edit field… fixes it (a masked field cannot be edited)
// and Replay selected writes it to the target; Replay all reports what failed again; Discard…
// needs a reason. The state store and the audit trail are checked after each action.

#include "guitestsupport.h"

#include "consoleactions.h"
#include "consolesession.h"
#include "controlhost.h"
#include "dashboard/pipelinecommands.h"
#include "deadletters/deadletterdialogs.h"
#include "deadletters/deadlettermodel.h"
#include "deadletters/deadletterpage.h"
#include "demo/demoworkspace.h"
#include "enginehost.h"
#include "languagemanager.h"
#include "log/log.h"
#include "mainwindow.h"
#include "navigatormodel.h"
#include "pipelinetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace concord;

namespace {

const QString Orders = QStringLiteral("crm-opportunities-to-orders");
const QString PoisonKey = QStringLiteral("9001");
constexpr int RunTimeoutMs = 120000;

} // namespace

class TstGuiDeadLetters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void navigatorOpensThePage();
    void filtersNarrowTheList();
    void detailShowsTheRecordMaskedForTheViewer();
    void editThenReplayWritesTheRecord();
    void replayAllReportsWhatFailedAgain();
    void discardNeedsAReason();
    void settledLettersStayVisible();

private:
    DeadLetterPage *page() const { return m_window->deadLetterPage(); }
    qint64 idOfKey(const QString &key) const;
    DeadLetterRecord stored(qint64 id) const;
    QList<QStringList> audit(const QString &action);
    QString payloadValue(const QString &field, bool *withheld = nullptr) const;

    QTemporaryDir m_tmp;
    QString m_workspaceDir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QList<QAbstractItemModelTester *> m_testers;
};

void TstGuiDeadLetters::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_language = guitest::setUpConsole(m_tmp, "tst_gui_deadletters");
    QVERIFY(m_language);
    QVERIFY(!consoleUser().isEmpty()); // every audit entry names its actor

    m_workspaceDir = m_tmp.filePath(QStringLiteral("demo"));
    const Result<void> created = createDemoWorkspace(m_workspaceDir);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    {
        // The poison: an amount that is not a number, newer than every demo row.
        testsupport::Db crm(QDir(m_workspaceDir).filePath(QStringLiteral("data/crm.sqlite")));
        crm.exec(QStringLiteral("INSERT INTO opportunities (id, customer_id, customer_name, phone, title, opportunity_stage, "
                                "amount, cost_price, owner, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                 {9001, 17, QStringLiteral("测试客户"), QStringLiteral("13800138000"), QStringLiteral("毒数据测试"),
                  QStringLiteral("Closed Won"), QStringLiteral("twelve"), QVariant(), QStringLiteral("赵敏"),
                  QStringLiteral("2025-01-02 09:00:00"), QStringLiteral("2025-01-02 09:00:00")});
    }

    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->host(), m_engine->control(), m_language.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(page()->model()),
                                  static_cast<QAbstractItemModel *>(page()->proxy())})
        m_testers.append(new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest));

    m_window->openWorkspace(m_workspaceDir);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pipelineModel()->rowCount(), 4, 30000);
    m_window->selectPipeline(Orders);
    QSignalSpy finished(m_window->session(), &ConsoleSession::runFinished);
    m_window->actions()->run->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, RunTimeoutMs);
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    QCOMPARE(result.failed, qint64(4)); // the demo's three and the poison
}

void TstGuiDeadLetters::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_engine.reset();
    m_language.reset();
}

qint64 TstGuiDeadLetters::idOfKey(const QString &key) const
{
    for (const DeadLetterRecord &l : page()->model()->letters())
        if (l.key == key)
            return l.id;
    return 0;
}

DeadLetterRecord TstGuiDeadLetters::stored(qint64 id) const
{
    StoreReader reader;
    if (!reader.open(m_window->session()->workspace()->stateStorePath()).ok())
        return {};
    return reader.deadLetter(id).value_or(DeadLetterRecord());
}

QList<QStringList> TstGuiDeadLetters::audit(const QString &action)
{
    testsupport::Db db(m_window->session()->workspace()->stateStorePath());
    QList<QStringList> out;
    for (const QStringList &row : db.rows(QStringLiteral("SELECT action, actor, object, detail FROM audit ORDER BY id")))
        if (row.value(0) == action)
            out.append(row.mid(1));
    return out;
}

QString TstGuiDeadLetters::payloadValue(const QString &field, bool *withheld) const
{
    QTableWidget *payload = page()->payloadTable();
    for (int row = 0; row < payload->rowCount(); ++row)
        if (payload->item(row, 0)->text() == field) {
            if (withheld)
                *withheld = payload->item(row, 1)->data(Qt::UserRole).toBool();
            return payload->item(row, 1)->text();
        }
    return QStringLiteral("<no field %1>").arg(field);
}

void TstGuiDeadLetters::navigatorOpensThePage()
{
    NavigatorModel *nav = m_window->navigatorModel();
    QTRY_COMPARE_WITH_TIMEOUT(nav->openDeadLetters(), qint64(4), 10000);
    const QModelIndex node = nav->groupIndex(NavigatorModel::DeadLettersNode);
    QCOMPARE(node.data().toString(), QStringLiteral("Dead letters (4)"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("navigatorView"));
    tree->selectionModel()->setCurrentIndex(node, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(page()));
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 4, 10000);
    QVERIFY(page()->table()->isVisible());
    QVERIFY(idOfKey(PoisonKey) > 0);
    for (const DeadLetterRecord &l : page()->model()->letters()) {
        QCOMPARE(l.pipeline, Orders);
        QCOMPARE(l.status, QStringLiteral("open"));
        QCOMPARE(l.errorCode, QStringLiteral("TYPE_MISMATCH"));
        QVERIFY(l.payload.isEmpty() || !l.payload.contains(QLatin1String("13800138000"))); // sealed, never in clear
    }
    // Newest first.
    QCOMPARE(page()->proxy()->index(0, DeadLetterModel::KeyColumn).data().toString(), PoisonKey);
}

void TstGuiDeadLetters::filtersNarrowTheList()
{
    // Ctrl+F goes to the text filter.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    page()->table()->setFocus();
    QTest::keyClick(page()->table(), Qt::Key_F, Qt::ControlModifier);
    auto *text = page()->findChild<QLineEdit *>(QStringLiteral("deadLetterText"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(text));

    page()->setTextFilter(PoisonKey);
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 1, 10000);
    QCOMPARE(page()->model()->letterAt(0).key, PoisonKey);
    // Ctrl+C copies the selected row as tab-separated cells, ready for a spreadsheet.
    page()->selectLetter(page()->model()->letterAt(0).id);
    page()->table()->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(page()->table(), Qt::Key_C, Qt::ControlModifier);
    const QStringList cells = QApplication::clipboard()->text().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(DeadLetterModel::ColumnCount));
    QCOMPARE(cells.value(DeadLetterModel::KeyColumn), PoisonKey);
    QCOMPARE(cells.value(DeadLetterModel::ErrorCodeColumn), QStringLiteral("TYPE_MISMATCH"));
    page()->setTextFilter(QStringLiteral("no such key or message"));
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 0, 10000);
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("deadLetterEmpty"))->isVisible());
    page()->setTextFilter(QString());
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 4, 10000);

    auto *codes = page()->findChild<QComboBox *>(QStringLiteral("deadLetterCode"));
    QVERIFY(codes->findData(QStringLiteral("TYPE_MISMATCH")) > 0);
    auto *pipelines = page()->findChild<QComboBox *>(QStringLiteral("deadLetterPipeline"));
    pipelines->setCurrentIndex(pipelines->findData(QStringLiteral("finance-invoices-to-tax")));
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 0, 10000);
    page()->showPipeline(Orders);
    QCOMPARE(page()->filter().pipeline, Orders);
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 4, 10000);
}

void TstGuiDeadLetters::detailShowsTheRecordMaskedForTheViewer()
{
    const qint64 poison = idOfKey(PoisonKey);
    page()->selectLetter(poison);
    QTRY_COMPARE_WITH_TIMEOUT(page()->shownView().letter.id, poison, 10000);
    QCOMPARE(page()->shownView().letter.errorCode, QStringLiteral("TYPE_MISMATCH"));
    QVERIFY(page()->shownView().letter.payload.isEmpty()); // the sealed raw payload never reaches the console
    bool withheld = true;
    QCOMPARE(payloadValue(QStringLiteral("amount"), &withheld), QStringLiteral("twelve"));
    QVERIFY(!withheld);
    // The finance steward (L3) sees the phone in clear…
    QCOMPARE(payloadValue(QStringLiteral("phone"), &withheld), QStringLiteral("13800138000"));
    QVERIFY(!withheld);
    QCOMPARE(payloadValue(QStringLiteral("cost_price")), QStringLiteral("NULL"));
    QVERIFY(page()->editAction()->isEnabled());

    // …viewing as the sales steward (L2) it is masked, greyed, and cannot be edited.
    QVERIFY(m_window->session()->setViewRole(QStringLiteral("sales_steward")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(payloadValue(QStringLiteral("phone"), &withheld) == QLatin1String("138****8000"), 10000);
    QVERIFY(withheld);
    QVERIFY(page()->payloadTable()->item(0, 1) != nullptr);
    page()->payloadTable()->setCurrentCell(int(page()->shownView().fields.indexOf(QStringLiteral("phone"))), 0);
    page()->editAction()->trigger();
    EditFieldDialog *dialog = page()->editDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->field(), QStringLiteral("phone"));
    QVERIFY(!dialog->canAccept());
    dialog->setEdit(QStringLiteral("amount"), QStringLiteral("12.50"));
    QVERIFY(dialog->canAccept());
    dialog->reject();
    QTRY_VERIFY(!page()->editDialog());
    QVERIFY(m_window->session()->setViewRole(QString()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(payloadValue(QStringLiteral("phone")) == QLatin1String("13800138000"), 10000);
}

void TstGuiDeadLetters::editThenReplayWritesTheRecord()
{
    const qint64 poison = idOfKey(PoisonKey);
    page()->selectLetter(poison);
    QTRY_COMPARE_WITH_TIMEOUT(page()->shownView().letter.id, poison, 10000);
    page()->editAction()->trigger();
    EditFieldDialog *dialog = page()->editDialog();
    QVERIFY(dialog);
    dialog->setEdit(QStringLiteral("amount"), QStringLiteral("12.50"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(stored(poison).edited, 10000);
    // The page reloads and shows the corrected value.
    QTRY_COMPARE_WITH_TIMEOUT(payloadValue(QStringLiteral("amount")), QStringLiteral("12.50"), 10000);
    const auto edits = audit(QStringLiteral("deadletter.edit"));
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits[0].value(0), consoleUser());
    QVERIFY(edits[0].value(2).contains(QLatin1String("\"field\":\"amount\"")));
    QVERIFY(!edits[0].value(2).contains(QLatin1String("12.50"))); // the field's name, never its value

    page()->selectLetter(poison);
    QVERIFY(page()->replaySelectedAction()->isEnabled());
    QSignalSpy replayed(m_window->session(), &ConsoleSession::replayFinished);
    page()->replaySelectedAction()->trigger();
    QVERIFY(m_window->session()->isReplaying());
    QVERIFY(!page()->replaySelectedAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 1, RunTimeoutMs);
    const ReplayResult result = replayed.constFirst().constFirst().value<ReplayResult>();
    QCOMPARE(result.replayed(), 1);
    QCOMPARE(result.failed(), 0);
    QCOMPARE(page()->resultText(), QStringLiteral("1 replayed"));
    QCOMPARE(stored(poison).status, QStringLiteral("replayed"));
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 3, 10000); // open letters only
    QCOMPARE(idOfKey(PoisonKey), qint64(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->navigatorModel()->openDeadLetters(), qint64(3), 10000);

    testsupport::Db warehouse(QDir(m_workspaceDir).filePath(QStringLiteral("data/warehouse.sqlite")));
    // The target column has numeric affinity: SQLite keeps 12.50 as the number 12.5.
    const auto written = warehouse.rows(QStringLiteral("SELECT amount, contact_phone FROM orders WHERE order_id = 9001"));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written[0].value(0).toDouble(), 12.5);
    QVERIFY2(written[0].value(1).contains(QLatin1String("****")), qPrintable(written[0].value(1))); // L3 phone masked for the L2 warehouse
    QCOMPARE(audit(QStringLiteral("deadletter.replay")).size(), 1);
}

void TstGuiDeadLetters::replayAllReportsWhatFailedAgain()
{
    // The demo's three still have amounts like "待定": replaying them fails again, and says so.
    QVERIFY(page()->replayAllAction()->isEnabled());
    QSignalSpy replayed(m_window->session(), &ConsoleSession::replayFinished);
    page()->replayAllAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 1, RunTimeoutMs);
    const ReplayResult result = replayed.constFirst().constFirst().value<ReplayResult>();
    QCOMPARE(result.failed(), 3);
    QCOMPARE(page()->resultText(), QStringLiteral("0 replayed, 3 failed again"));
    QCOMPARE(PipelineCommands::replaySummary(result), page()->resultText());
    for (const ReplayOutcome &o : result.letters)
        QTRY_COMPARE_WITH_TIMEOUT(stored(o.id).attempts, 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->model()->letterAt(0).attempts == 1, 10000);
    QCOMPARE(page()->model()->index(0, DeadLetterModel::AttemptsColumn).data().toString(), QStringLiteral("1"));
}

void TstGuiDeadLetters::discardNeedsAReason()
{
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 3, 10000);
    const qint64 first = page()->model()->letterAt(0).id;
    const qint64 second = page()->model()->letterAt(1).id;
    page()->table()->selectAll();
    page()->table()->selectionModel()->select(page()->proxy()->mapFromSource(page()->model()->index(2, 0)),
                                              QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    QList<qint64> expected{first, second};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(page()->selectedIds(), expected);
    page()->discardAction()->trigger();
    DiscardDialog *dialog = page()->discardDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->ids(), expected);
    QVERIFY(!dialog->canAccept());
    dialog->accept(); // refused without a reason: the letters stay open (checked below)
    dialog->setReason(QStringLiteral("   "));
    QVERIFY(!dialog->canAccept());
    dialog->setReason(QStringLiteral("test records from the demo"));
    QVERIFY(dialog->canAccept());
    QSignalSpy done(m_window->session(), &ConsoleSession::actionDone);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(done.constFirst().value(0).toString(), QStringLiteral("discard"));
    QCOMPARE(done.constFirst().value(1).toString(), QStringLiteral("2"));
    for (qint64 id : expected) {
        const DeadLetterRecord l = stored(id);
        QCOMPARE(l.status, QStringLiteral("discarded"));
        QCOMPARE(l.resolution, QStringLiteral("test records from the demo"));
        QCOMPARE(l.resolvedBy, consoleUser());
    }
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 1, 10000);
    const auto discards = audit(QStringLiteral("deadletter.discard"));
    QCOMPARE(discards.size(), 1);
    QVERIFY(discards[0].value(2).contains(QLatin1String("test records from the demo")));
}

void TstGuiDeadLetters::settledLettersStayVisible()
{
    page()->setStatusFilter(QStringLiteral("all"));
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 4, 10000);
    QStringList statuses;
    for (const DeadLetterRecord &l : page()->model()->letters())
        statuses.append(l.status);
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, QStringList({QStringLiteral("discarded"), QStringLiteral("discarded"), QStringLiteral("open"),
                                    QStringLiteral("replayed")}));
    page()->setStatusFilter(QStringLiteral("discarded"));
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 2, 10000);
    page()->selectLetter(page()->model()->letterAt(0).id);
    QTRY_VERIFY_WITH_TIMEOUT(page()->shownView().letter.status == QLatin1String("discarded"), 10000);
    QVERIFY(!page()->editAction()->isEnabled());
    QVERIFY(!page()->replaySelectedAction()->isEnabled());
    QVERIFY(!page()->discardAction()->isEnabled());
}

QTEST_MAIN(TstGuiDeadLetters)
#include "tst_gui_deadletters.moc"
