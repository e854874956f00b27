// The console's main window, end to end and offscreen: open the demo workspace, run a pipeline
// through the Run action, and check what the steward would see — the table's counters, the log
// pane, the dry-run panel, the language switch and the workspace-error list. Every model is
// watched by QAbstractItemModelTester while this happens.

#include "guitestsupport.h"

#include "consoleactions.h"
#include "consolesession.h"
#include "demo/demoworkspace.h"
#include "demoworkspacejob.h"
#include "dryrunpanel.h"
#include "enginehost.h"
#include "languagemanager.h"
#include "log/log.h"
#include "logfilterproxy.h"
#include "logmodel.h"
#include "logpane.h"
#include "mainwindow.h"
#include "mapping/mappingdocument.h"
#include "mapping/mappingeditor.h"
#include "mapping/previewmodel.h"
#include "navigatormodel.h"
#include "pipelinespage.h"
#include "pipelinetablemodel.h"
#include "problemspane.h"
#include "roleselector.h"
#include "welcomepage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace concord;

namespace {

const QString RunPipeline = QStringLiteral("crm-opportunities-to-orders");
constexpr int RunTimeoutMs = 120000;

} // namespace

class TstGuiMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsEmptyStateWithoutWorkspace();
    void opensDemoWorkspace();
    void runWritesRowsAndDeadLetters();
    void dryRunLeavesRowsWrittenUnchanged();
    void dryRunShowsPlannedRows();
    void switchingLanguageTranslatesMenus();
    void logModelIsCappedAndFiltered();
    void workspaceErrorsAreListed();
    void openDemoCreatesItWithoutBlocking();
    void disabledPipelineOnlyDryRuns();
    void editMappingOpensEditorAndSaveReloads();
    void viewAsMasksTheMappingPreview();

private:
    void watch(QAbstractItemModel *model);
    int rowOf(const QString &pipeline) const;
    QVariant cell(const QString &pipeline, int column, int role = PipelineTableModel::ValueRole) const;
    void selectInTable(const QString &pipeline);
    RunResult runAndWait(QAction *action);
    void saveScreenshot(const QString &name);

    QTemporaryDir m_tmp;
    QString m_workspaceDir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QList<QAbstractItemModelTester *> m_testers;
};

void TstGuiMainWindow::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    if (qEnvironmentVariableIsSet("CONCORD_TEST_KEEP")) {
        m_tmp.setAutoRemove(false);
        qInfo("keeping %s", qPrintable(m_tmp.path()));
    }
    m_language = guitest::setUpConsole(m_tmp, "tst_gui_mainwindow");
    QVERIFY(m_language);

    m_workspaceDir = m_tmp.filePath(QStringLiteral("demo"));
    const Result<void> created = createDemoWorkspace(m_workspaceDir);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));

    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->host(), m_language.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Watch every model from the start, so the reset on open and every refresh are checked too.
    watch(m_window->pipelineModel());
    watch(m_window->pipelinesPage()->proxy());
    watch(m_window->navigatorModel());
    watch(m_window->logPane()->model());
    watch(m_window->logPane()->proxy());
    watch(m_window->findChild<QTableView *>(QStringLiteral("recentRunsTable"))->model());
}

void TstGuiMainWindow::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_engine.reset();
    m_language.reset();
}

void TstGuiMainWindow::watch(QAbstractItemModel *model)
{
    QVERIFY(model);
    m_testers.append(new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

int TstGuiMainWindow::rowOf(const QString &pipeline) const
{
    return m_window->pipelineModel()->rowOf(pipeline);
}

QVariant TstGuiMainWindow::cell(const QString &pipeline, int column, int role) const
{
    PipelineTableModel *model = m_window->pipelineModel();
    return model->index(rowOf(pipeline), column).data(role);
}

void TstGuiMainWindow::selectInTable(const QString &pipeline)
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("pipelineTable"));
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(PipelineTableModel::PipelineNameRole).toString() == pipeline) {
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
    QCOMPARE(m_window->selectedPipeline(), pipeline);
}

RunResult TstGuiMainWindow::runAndWait(QAction *action)
{
    QSignalSpy finished(m_window->session(), &ConsoleSession::runFinished);
    [&] {
        QVERIFY(action->isEnabled());
        action->trigger();
        // While it runs: Run is off, Cancel is on and the status bar shows progress.
        QVERIFY(m_window->session()->isRunning());
        QVERIFY(!m_window->actions()->run->isEnabled());
        QVERIFY(m_window->actions()->cancel->isEnabled());
        QVERIFY(m_window->findChild<QProgressBar *>(QStringLiteral("runProgress"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, RunTimeoutMs);
        QVERIFY(!m_window->session()->isRunning());
        QVERIFY(!m_window->findChild<QProgressBar *>(QStringLiteral("runProgress"))->isVisible());
    }();
    if (finished.isEmpty())
        return {};
    // Read the store now rather than waiting for the coalesced refresh.
    m_window->session()->refreshNow();
    return finished.constFirst().constFirst().value<RunResult>();
}

void TstGuiMainWindow::saveScreenshot(const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    const QString path = m_tmp.filePath(name);
    QVERIFY(shot.save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TstGuiMainWindow::showsEmptyStateWithoutWorkspace()
{
    auto *welcome = m_window->findChild<WelcomePage *>();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QCOMPARE(welcome->state(), WelcomePage::State::NoWorkspace);
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("welcomeDemoButton"))->isVisible());
    QVERIFY(!m_window->actions()->run->isEnabled());
    QVERIFY(!m_window->actions()->cancel->isEnabled());
}

void TstGuiMainWindow::opensDemoWorkspace()
{
    m_window->openWorkspace(m_workspaceDir);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pipelineModel()->rowCount(), 4, 30000);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("pipelineTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(rowOf(RunPipeline) >= 0);

    NavigatorModel *nav = m_window->navigatorModel();
    QCOMPARE(nav->rowCount(nav->groupIndex(NavigatorModel::PipelinesGroup)), 4);
    QVERIFY(nav->rowCount(nav->groupIndex(NavigatorModel::SystemsGroup)) >= 2);
    QVERIFY(nav->pipelineIndex(RunPipeline).isValid());

    // Nothing ran yet: no counters, and Run waits for a selection.
    QCOMPARE(cell(RunPipeline, PipelineTableModel::RowsWrittenColumn, Qt::DisplayRole).toString(), QString());
    QVERIFY(!m_window->actions()->run->isEnabled());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Concord")));
}

void TstGuiMainWindow::runWritesRowsAndDeadLetters()
{
    selectInTable(RunPipeline);
    // Selecting in the table selects in the navigator too.
    QCOMPARE(m_window->findChild<QTreeView *>(QStringLiteral("navigatorView"))->currentIndex(),
             m_window->navigatorModel()->pipelineIndex(RunPipeline));

    const RunResult result = runAndWait(m_window->actions()->run);
    QCOMPARE(result.pipeline, RunPipeline);
    QVERIFY2(result.status != QLatin1String("failed"), qPrintable(result.error.toString()));
    QVERIFY(!result.dryRun);
    QCOMPARE(result.failed, qint64(3)); // the demo's three opportunities with a non-numeric amount

    QTRY_VERIFY_WITH_TIMEOUT(cell(RunPipeline, PipelineTableModel::RowsWrittenColumn).toLongLong() > 0, 5000);
    QCOMPARE(cell(RunPipeline, PipelineTableModel::FailuresColumn).toLongLong(), qint64(3));
    QCOMPARE(cell(RunPipeline, PipelineTableModel::FailuresColumn, Qt::DisplayRole).toString(), QStringLiteral("3"));
    QCOMPARE(cell(RunPipeline, PipelineTableModel::DeadLettersColumn).toLongLong(), qint64(3));
    QCOMPARE(cell(RunPipeline, PipelineTableModel::LastRunColumn, Qt::DisplayRole).toString(), QStringLiteral("just now"));
    QCOMPARE(cell(RunPipeline, PipelineTableModel::RowsWrittenColumn, PipelineTableModel::TotalWrittenRole).toLongLong(),
             result.written());

    // The log pane has this run's lines, and (following the selection) shows only them.
    LogPane *log = m_window->logPane();
    log->model()->flush();
    int ofPipeline = 0;
    for (int row = 0; row < log->model()->rowCount(); ++row)
        ofPipeline += log->model()->entryAt(row).pipeline == RunPipeline ? 1 : 0;
    QVERIFY(ofPipeline > 0);
    QCOMPARE(log->proxy()->pipeline(), RunPipeline);
    QVERIFY(log->proxy()->rowCount() > 0);
    for (int row = 0; row < log->proxy()->rowCount(); ++row)
        QCOMPARE(log->proxy()->index(row, LogTableModel::PipelineColumn).data().toString(), RunPipeline);

    // The recent-runs table under the dashboard lists the run.
    QTRY_VERIFY(m_window->findChild<QTableView *>(QStringLiteral("recentRunsTable"))->model()->rowCount() >= 1);
    saveScreenshot(QStringLiteral("mainwindow-en.png"));
}

void TstGuiMainWindow::dryRunLeavesRowsWrittenUnchanged()
{
    selectInTable(RunPipeline);
    const qint64 lastBefore = cell(RunPipeline, PipelineTableModel::RowsWrittenColumn).toLongLong();
    const qint64 totalBefore = cell(RunPipeline, PipelineTableModel::RowsWrittenColumn, PipelineTableModel::TotalWrittenRole).toLongLong();
    const qint64 failuresBefore = cell(RunPipeline, PipelineTableModel::FailuresColumn).toLongLong();
    QVERIFY(totalBefore > 0);

    const RunResult result = runAndWait(m_window->actions()->dryRun);
    QVERIFY(result.dryRun);
    QVERIFY2(result.status != QLatin1String("failed"), qPrintable(result.error.toString()));

    QCOMPARE(cell(RunPipeline, PipelineTableModel::RowsWrittenColumn).toLongLong(), lastBefore);
    QCOMPARE(cell(RunPipeline, PipelineTableModel::RowsWrittenColumn, PipelineTableModel::TotalWrittenRole).toLongLong(), totalBefore);
    QCOMPARE(cell(RunPipeline, PipelineTableModel::FailuresColumn).toLongLong(), failuresBefore);
    QVERIFY(m_window->dryRunPanel()->hasResult());
}

void TstGuiMainWindow::dryRunShowsPlannedRows()
{
    // A pipeline that never ran has rows to plan; a dry run must not make it look run.
    QString other;
    for (int row = 0; row < m_window->pipelineModel()->rowCount(); ++row)
        if (m_window->pipelineModel()->pipelineAt(row) != RunPipeline)
            other = m_window->pipelineModel()->pipelineAt(row);
    QVERIFY(!other.isEmpty());
    selectInTable(other);

    const RunResult result = runAndWait(m_window->actions()->dryRun);
    QVERIFY2(result.status != QLatin1String("failed"), qPrintable(result.error.toString()));
    QVERIFY(result.inserted + result.updated > 0);
    QVERIFY(!result.planned.isEmpty());

    QCOMPARE(cell(other, PipelineTableModel::RowsWrittenColumn, PipelineTableModel::TotalWrittenRole).toLongLong(), qint64(0));
    QCOMPARE(cell(other, PipelineTableModel::LastStatusColumn).toString(), QString());

    DryRunPanel *panel = m_window->dryRunPanel();
    QVERIFY(panel->isVisible());
    auto *planned = panel->findChild<QTableWidget *>(QStringLiteral("dryRunTable"));
    QVERIFY(planned);
    QCOMPARE(planned->rowCount(), int(result.planned.size()));
    QVERIFY(planned->columnCount() > 2);
    saveScreenshot(QStringLiteral("mainwindow-dryrun.png"));
}

void TstGuiMainWindow::switchingLanguageTranslatesMenus()
{
    auto *fileMenu = m_window->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    const QString catalogue = QFileInfo(QStringLiteral(CONCORDCTL_PATH)).absolutePath() + QStringLiteral("/concord_zh_CN.qm");
    QVERIFY2(QFile::exists(catalogue), "concord_zh_CN.qm is missing: build the concord target (its lrelease step) first");

    m_window->actions()->languageChinese->trigger();
    QTRY_VERIFY(fileMenu->title().contains(QStringLiteral("文件")));
    QCOMPARE(m_language->current(), QStringLiteral("zh_CN"));
    QVERIFY(m_window->actions()->languageChinese->isChecked());
    QCOMPARE(m_window->pipelineModel()->headerData(PipelineTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("管道"));
    QCOMPARE(cell(RunPipeline, PipelineTableModel::LastRunColumn, Qt::DisplayRole).toString(), QStringLiteral("刚刚"));
    saveScreenshot(QStringLiteral("mainwindow-zh_CN.png"));

    m_window->actions()->languageEnglish->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

void TstGuiMainWindow::logModelIsCappedAndFiltered()
{
    LogTableModel model(5);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    for (int i = 0; i < 12; ++i) {
        LogEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.level = i % 3 == 0 ? QStringLiteral("error") : QStringLiteral("info");
        e.pipeline = i % 2 == 0 ? QStringLiteral("a") : QStringLiteral("b");
        e.message = QStringLiteral("line %1").arg(i);
        e.recordId = QString::number(1000 + i);
        model.append(e);
        if (i == 6)
            model.flush(); // one flush mid-way: removal from the front and insertion both happen
    }
    model.flush();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.entryAt(0).message, QStringLiteral("line 7")); // the oldest lines were dropped
    QCOMPARE(model.entryAt(4).message, QStringLiteral("line 11"));

    proxy.setPipeline(QStringLiteral("a"));
    QCOMPARE(proxy.rowCount(), 2); // lines 8 and 10
    proxy.setMinimumSeverity(3);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setPipeline(QString());
    QCOMPARE(proxy.rowCount(), 1); // line 9
    proxy.setMinimumSeverity(1);
    proxy.setText(QStringLiteral("1010"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LogTableModel::MessageColumn).data().toString(), QStringLiteral("line 10"));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TstGuiMainWindow::workspaceErrorsAreListed()
{
    const QString broken = m_tmp.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(broken));
    QFile yaml(QDir(broken).filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("name: broken\nsystems:\n  crm: { kind: sqlite, path: data/crm.sqlite\npipelines: [\n");
    yaml.close();

    m_window->openWorkspace(broken);
    ProblemsPane *problems = m_window->problemsPane();
    QTRY_VERIFY_WITH_TIMEOUT(problems->problemCount() > 0, 15000);
    QVERIFY(problems->isVisible());
    auto *list = problems->findChild<QTreeWidget *>(QStringLiteral("problemsList"));
    QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("workspace.yaml:")));
    QCOMPARE(m_window->findChild<WelcomePage *>()->state(), WelcomePage::State::Failed);
    QCOMPARE(m_window->pipelineModel()->rowCount(), 0);
    QVERIFY(!m_window->actions()->run->isEnabled());
    saveScreenshot(QStringLiteral("mainwindow-problems.png"));
}

void TstGuiMainWindow::openDemoCreatesItWithoutBlocking()
{
    const QString demoDir = DemoWorkspaceJob::defaultDirectory();
    QVERIFY2(demoDir.startsWith(m_tmp.path()), qPrintable(demoDir));
    QVERIFY(!QFile::exists(demoDir));

    m_window->openDemoWorkspace();
    // The call returned while the worker thread is still writing the databases.
    QCOMPARE(m_window->findChild<WelcomePage *>()->state(), WelcomePage::State::CreatingDemo);
    QVERIFY(!m_window->actions()->openDemo->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(m_window->pipelineModel()->rowCount(), 4, 30000);
    QVERIFY(QFile::exists(QDir(demoDir).filePath(QStringLiteral("workspace.yaml"))));
    QVERIFY(m_window->actions()->openDemo->isEnabled());
    QCOMPARE(m_window->problemsPane()->problemCount(), 0);
}

void TstGuiMainWindow::disabledPipelineOnlyDryRuns()
{
    QFile yaml(QDir(m_workspaceDir).filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    QByteArray text = yaml.readAll();
    yaml.close();
    const QByteArray block = QByteArray("\n  ") + RunPipeline.toUtf8() + QByteArray(":\n");
    QVERIFY(text.contains(block));
    text.replace(block, QByteArray(block + "    enabled: false\n"));
    QVERIFY(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
    yaml.write(text);
    yaml.close();

    m_window->openWorkspace(m_workspaceDir);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pipelineModel()->rowCount(), 4, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->workspace()
                                 && !m_window->session()->workspace()->pipelines.value(RunPipeline).enabled,
                             15000);
    selectInTable(RunPipeline);
    QVERIFY(!m_window->actions()->run->isEnabled());
    QVERIFY(m_window->actions()->dryRun->isEnabled());
    QVERIFY(m_window->actions()->run->toolTip().contains(QLatin1String("disabled")));
    QVERIFY(cell(RunPipeline, PipelineTableModel::LastStatusColumn, Qt::DisplayRole).toString().startsWith(QLatin1String("Disabled")));
    saveScreenshot(QStringLiteral("mainwindow-disabled.png"));
    // Another pipeline is still runnable, and its tooltip is the usual one again.
    selectInTable(QStringLiteral("finance-invoices-to-tax"));
    QVERIFY(m_window->actions()->run->isEnabled());
    QVERIFY(!m_window->actions()->run->toolTip().contains(QLatin1String("disabled")));
}

void TstGuiMainWindow::editMappingOpensEditorAndSaveReloads()
{
    selectInTable(RunPipeline);
    QAction *edit = m_window->actions()->editMapping;
    QVERIFY(edit->isEnabled());
    edit->trigger();
    auto *editor = m_window->findChild<MappingEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isWindow());
    QTRY_VERIFY_WITH_TIMEOUT(editor->isReady(), 15000);
    QCOMPARE(editor->mappingPath(), m_window->session()->workspace()->pipelines.value(RunPipeline).mapping);
    // Asking again raises the same window.
    edit->trigger();
    QCOMPARE(m_window->findChildren<MappingEditor *>().size(), 1);

    // A saved mapping is what the next run uses: the workspace is reloaded.
    editor->document()->link(QStringLiteral("title"), QStringLiteral("customer_name"));
    const QString version = editor->document()->rules().version;
    QSignalSpy reloaded(m_window->session(), &ConsoleSession::workspaceOpened);
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 30000);
    const auto ws = m_window->session()->workspace();
    QCOMPARE(ws->mappingOf(ws->pipelines.value(RunPipeline))->version, version);
    QVERIFY(editor->close());
}

void TstGuiMainWindow::viewAsMasksTheMappingPreview()
{
    // The demo signs everyone in as the finance steward (L3); every other role sees no more.
    QComboBox *roles = m_window->roleSelector()->combo();
    QCOMPARE(roles->count(), m_window->session()->workspace()->roles.size());
    QVERIFY(roles->itemText(0).startsWith(QLatin1String("finance_steward")));
    QCOMPARE(m_window->session()->viewer().name, QStringLiteral("finance_steward"));

    selectInTable(RunPipeline);
    m_window->actions()->editMapping->trigger();
    auto *editor = m_window->findChild<MappingEditor *>();
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->isReady() && editor->previewsShown() > 0, 15000);
    PreviewModel *model = editor->previewModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 15000);
    const int phone = model->columnOf(QStringLiteral("contact_phone"));
    QVERIFY(phone > 0);
    const auto phoneText = [&] { return model->index(0, phone).data().toString(); };
    QVERIFY2(!phoneText().contains(QLatin1Char('*')), qPrintable(phoneText()));

    // As the sales steward (L2) the L3 phone is masked, in the grid and its header says why.
    const int shown = editor->previewsShown();
    const int sales = roles->findData(QStringLiteral("sales_steward"));
    QVERIFY(sales > 0);
    roles->setCurrentIndex(sales);
    Q_EMIT roles->activated(sales);
    QCOMPARE(m_window->session()->viewer().name, QStringLiteral("sales_steward"));
    QTRY_VERIFY_WITH_TIMEOUT(editor->previewsShown() > shown, 15000);
    QVERIFY2(phoneText().contains(QLatin1String("****")), qPrintable(phoneText()));
    QVERIFY(model->headerData(phone, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("partial(3,4)")));
    saveScreenshot(QStringLiteral("view-as-sales.png"));

    // The auditor (L1) does not see names at all.
    const int auditor = roles->findData(QStringLiteral("auditor"));
    roles->setCurrentIndex(auditor);
    Q_EMIT roles->activated(auditor);
    const int name = model->columnOf(QStringLiteral("customer_name"));
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, name).data().toString(), QStringLiteral("(hidden)"), 15000);

    // Back to the steward's own role: in clear again.
    roles->setCurrentIndex(0);
    Q_EMIT roles->activated(0);
    QTRY_VERIFY_WITH_TIMEOUT(!phoneText().contains(QLatin1Char('*')) && model->index(0, name).data().toString() != QStringLiteral("(hidden)"),
                             15000);
    QVERIFY(editor->close());
}

QTEST_MAIN(TstGuiMainWindow)
#include "tst_gui_mainwindow.moc"
