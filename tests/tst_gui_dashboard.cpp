// The pipelines dashboard, offscreen and end to end on the demo workspace: the state column and
// the actions it allows, Pause / Resume from the toolbar (checked in the state store and the
// audit trail), pausing a running pipeline parks its run, Backfill… through its dialog, the
// charts reading metrics in ControlHost's thread, the alerts dock and the navigator's counts, the
// scheduler switch. Every model is watched by QAbstractItemModelTester while this happens.

#include "guitestsupport.h"

#include "alerts/alertmodel.h"
#include "alerts/alertnotifier.h"
#include "alerts/alertspane.h"
#include "consoleactions.h"
#include "consolesession.h"
#include "controlhost.h"
#include "dashboard/backfilldialog.h"
#include "dashboard/chartspanel.h"
#include "dashboard/metricseries.h"
#include "dashboard/pipelinecommands.h"
#include "dashboard/timechart.h"
#include "deadletters/deadlettermodel.h"
#include "deadletters/deadletterpage.h"
#include "demo/demoworkspace.h"
#include "enginehost.h"
#include "languagemanager.h"
#include "log/log.h"
#include "mainwindow.h"
#include "navigatormodel.h"
#include "pipelinespage.h"
#include "pipelinetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace concord;

namespace {

const QString Orders = QStringLiteral("crm-opportunities-to-orders");
const QString Invoices = QStringLiteral("finance-invoices-to-tax");
// Slowed down with rate_limit so that it is still running when Pause is pressed.
const QString Customers = QStringLiteral("crm-customers-to-service");
constexpr int RunTimeoutMs = 120000;

MetricBucket bucket(const QDateTime &start, qint64 written, qint64 failed, qint64 backlog, QList<qint64> latencies)
{
    MetricBucket b;
    b.start = start;
    b.values.written = written;
    b.values.failed = failed;
    b.values.backlog = backlog;
    for (qint64 ms : latencies)
        b.values.latency.add(ms);
    return b;
}

} // namespace

class TstGuiDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void metricSeriesCombinesBuckets_data();
    void metricSeriesCombinesBuckets();
    void showsStatesBeforeAnyRun();
    void chartsShowTheEmptyStateThenTheRun();
    void overviewFollowsTheFirstRun();
    void pauseAndResumeFromTheToolbar();
    void pauseParksARunningPipeline();
    void backfillDialogRunsABackfill();
    void alertsAreListedAndAcknowledged();
    void schedulerSwitchObeysTheEnvironment();
    void statesAreTranslated();

private:
    void watch(QAbstractItemModel *model);
    QVariant cell(const QString &pipeline, int column, int role = PipelineTableModel::ValueRole) const;
    void selectInTable(const QString &pipeline);
    RunResult waitForRun(QSignalSpy &finished);
    PipelineControl controlOf(const QString &pipeline) const;
    QList<QStringList> audit(const QString &action);

    QTemporaryDir m_tmp;
    QString m_workspaceDir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QList<QAbstractItemModelTester *> m_testers;
};

void TstGuiDashboard::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_language = guitest::setUpConsole(m_tmp, "tst_gui_dashboard");
    QVERIFY(m_language);
    QVERIFY(!consoleUser().isEmpty()); // every audit entry names its actor

    m_workspaceDir = m_tmp.filePath(QStringLiteral("demo"));
    const Result<void> created = createDemoWorkspace(m_workspaceDir);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    // A rule that fires on the demo's three bad opportunities, and a slow pipeline to pause mid-run.
    QFile yaml(QDir(m_workspaceDir).filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    QByteArray text = yaml.readAll();
    yaml.close();
    const QByteArray block = QByteArray("\n  ") + Customers.toUtf8() + QByteArray(":\n");
    QVERIFY(text.contains(block));
    text.replace(block, QByteArray(block + "    rate_limit: 100/s\n"));
    text += "\nalerts:\n  rules:\n    - { name: dead-letters-pile-up, metric: dead_letters, above: 0, severity: critical }\n";
    QVERIFY(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
    yaml.write(text);
    yaml.close();

    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->host(), m_engine->control(), m_language.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    watch(m_window->pipelineModel());
    watch(m_window->pipelinesPage()->proxy());
    watch(m_window->navigatorModel());
    watch(m_window->alertsPane()->model());
    watch(m_window->alertsPane()->proxy());
    watch(m_window->deadLetterPage()->model());
    watch(m_window->deadLetterPage()->proxy());

    m_window->openWorkspace(m_workspaceDir);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pipelineModel()->rowCount(), 4, 30000);
}

void TstGuiDashboard::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_engine.reset();
    m_language.reset();
}

void TstGuiDashboard::watch(QAbstractItemModel *model)
{
    QVERIFY(model);
    m_testers.append(new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

QVariant TstGuiDashboard::cell(const QString &pipeline, int column, int role) const
{
    PipelineTableModel *model = m_window->pipelineModel();
    return model->index(model->rowOf(pipeline), column).data(role);
}

void TstGuiDashboard::selectInTable(const QString &pipeline)
{
    QTableView *table = m_window->pipelinesPage()->table();
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, PipelineTableModel::NameColumn);
        if (index.data(PipelineTableModel::PipelineNameRole).toString() == pipeline)
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_window->selectedPipeline(), pipeline);
}

RunResult TstGuiDashboard::waitForRun(QSignalSpy &finished)
{
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, RunTimeoutMs); }();
    return finished.isEmpty() ? RunResult() : finished.constFirst().constFirst().value<RunResult>();
}

PipelineControl TstGuiDashboard::controlOf(const QString &pipeline) const
{
    StoreReader reader;
    if (!reader.open(m_window->session()->workspace()->stateStorePath()).ok())
        return {};
    for (const PipelineControl &c : reader.controls())
        if (c.pipeline == pipeline)
            return c;
    return PipelineControl::of(pipeline);
}

// (actor, object, detail) of every audit entry with this action, oldest first.
QList<QStringList> TstGuiDashboard::audit(const QString &action)
{
    testsupport::Db db(m_window->session()->workspace()->stateStorePath());
    QList<QStringList> out;
    for (const QStringList &row : db.rows(QStringLiteral("SELECT action, actor, object, detail FROM audit ORDER BY id")))
        if (row.value(0) == action)
            out.append(row.mid(1));
    return out;
}

void TstGuiDashboard::metricSeriesCombinesBuckets_data()
{
    QTest::addColumn<int>("range");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("stepSecs");
    QTest::newRow("1 h in minutes") << int(MetricRange::Hour) << 60 << 60;
    QTest::newRow("24 h in quarter hours") << int(MetricRange::Day) << 96 << 900;
    QTest::newRow("7 d in hours") << int(MetricRange::Week) << 168 << 3600;
}

void TstGuiDashboard::metricSeriesCombinesBuckets()
{
    QFETCH(int, range);
    QFETCH(int, points);
    QFETCH(int, stepSecs);
    const auto r = MetricRange(range);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1733100000 + 37, Qt::UTC); // mid-minute
    const QDateTime minute = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
    const QList<MetricBucket> buckets = {
        bucket(minute.addSecs(-8 * 24 * 3600), 999, 9, 99, {5000}), // before any range: ignored
        bucket(minute.addSecs(-120), 100, 1, 40, {10, 10, 10}),
        bucket(minute.addSecs(-60), 50, 0, -1, {200}),
        bucket(minute, 30, 2, 7, {}),
    };
    const MetricSeries s = combineBuckets(buckets, r, now);
    QCOMPARE(s.points.size(), points);
    QCOMPARE(s.stepSecs, qint64(stepSecs));
    QVERIFY(s.hasData);
    QCOMPARE(s.to.toSecsSinceEpoch() - s.from.toSecsSinceEpoch(), qint64(points) * stepSecs);
    QVERIFY(s.from <= minute.addSecs(-120) && now < s.to);
    qint64 written = 0;
    qint64 failed = 0;
    for (const MetricPoint &p : s.points) {
        written += p.written;
        failed += p.failed;
    }
    QCOMPARE(written, qint64(180));
    QCOMPARE(failed, qint64(3));
    // The newest point holds `now`; its backlog is the last measurement in it.
    const MetricPoint &last = s.points.constLast();
    QVERIFY(last.start <= now && now < last.start.addSecs(stepSecs));
    if (r == MetricRange::Hour) {
        QCOMPARE(last.backlog, qint64(7));
        QCOMPARE(last.p50, qint64(-1)); // nothing written with a latency in that minute
        QCOMPARE(s.points[57].p99, LatencyHistogram::upperEdge(LatencyHistogram::binOf(10)));
        QCOMPARE(s.points[58].p50, LatencyHistogram::upperEdge(LatencyHistogram::binOf(200)));
        QCOMPARE(s.points[58].backlog, qint64(-1));
    } else {
        // All three minutes fall into the last point: histograms merged, the latest backlog kept.
        QCOMPARE(last.written, qint64(180));
        QCOMPARE(last.backlog, qint64(7));
        QCOMPARE(last.p50, LatencyHistogram::upperEdge(LatencyHistogram::binOf(10)));
        QCOMPARE(last.p99, LatencyHistogram::upperEdge(LatencyHistogram::binOf(200)));
    }
    QVERIFY(!combineBuckets({}, r, now).hasData);
}

void TstGuiDashboard::showsStatesBeforeAnyRun()
{
    // No run yet: every enabled pipeline is idle, and the overview (read in ControlHost's thread,
    // which creates the state store) already knows when each will run.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->pipelineModel()->overviewOf(Invoices).pipeline == Invoices, 10000);
    QVERIFY(QFile::exists(m_window->session()->workspace()->stateStorePath()));
    QVERIFY(cell(Invoices, PipelineTableModel::NextRunColumn).toDateTime() > QDateTime::currentDateTimeUtc());
    for (const QString &p : {Orders, Invoices, Customers}) {
        QCOMPARE(cell(p, PipelineTableModel::StateColumn).toString(), QStringLiteral("idle"));
        QCOMPARE(cell(p, PipelineTableModel::StateColumn, Qt::DisplayRole).toString(), QStringLiteral("Idle"));
        QVERIFY(!cell(p, PipelineTableModel::StateColumn, Qt::DecorationRole).value<QIcon>().isNull());
    }
    QCOMPARE(cell(Orders, PipelineTableModel::SuccessRateColumn).toDouble(), -1.0);

    // Without a selection nothing can be run or paused.
    m_window->selectPipeline(QString());
    ConsoleActions *a = m_window->actions();
    for (QAction *action : {a->run, a->dryRun, a->pause, a->resume, a->backfill})
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    selectInTable(Orders);
    QVERIFY(a->run->isEnabled() && a->dryRun->isEnabled() && a->pause->isEnabled() && a->backfill->isEnabled());
    QVERIFY(!a->resume->isEnabled()); // nothing to resume
}

void TstGuiDashboard::overviewFollowsTheFirstRun()
{
    // After the first run the overview comes from ControlHost's thread: success rate, next runs.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->pipelineModel()->overviewOf(Orders).pipeline == Orders, 10000);
    QCOMPARE(cell(Orders, PipelineTableModel::StateColumn).toString(), QStringLiteral("idle"));
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(cell(Orders, PipelineTableModel::SuccessRateColumn).toDouble() - 2997.0 / 3000.0) < 1e-9, 10000);
    QCOMPARE(cell(Orders, PipelineTableModel::SuccessRateColumn, Qt::DisplayRole).toString(), QStringLiteral("99.9%"));
    // A pipeline that never ran: nothing attempted, so no made-up 100%, and its next scheduled run.
    QCOMPARE(cell(Invoices, PipelineTableModel::SuccessRateColumn).toDouble(), -1.0);
    QVERIFY(cell(Invoices, PipelineTableModel::NextRunColumn).toDateTime() > QDateTime::currentDateTimeUtc());
    QVERIFY(cell(Invoices, PipelineTableModel::NextRunColumn, Qt::DisplayRole).toString().startsWith(QLatin1String("in ")));
}

void TstGuiDashboard::chartsShowTheEmptyStateThenTheRun()
{
    ChartsPanel *charts = m_window->chartsPanel();
    QVERIFY(charts->isVisible());
    charts->setPipeline(QString());
    charts->setRange(MetricRange::Hour);
    QCOMPARE(charts->pipeline(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(charts->answersShown() > 0, 10000);
    QVERIFY(!charts->series().hasData);
    QVERIFY(charts->isShowingEmptyState());

    m_window->selectPipeline(QString());
    selectInTable(Orders);
    QCOMPARE(charts->pipeline(), Orders); // the charts follow the selection
    QSignalSpy finished(m_window->session(), &ConsoleSession::runFinished);
    m_window->actions()->run->trigger();
    const RunResult result = waitForRun(finished);
    QVERIFY2(result.status != QLatin1String("failed"), qPrintable(result.error.toString()));
    QCOMPARE(result.failed, qint64(3));

    // The run's metrics arrive without anyone asking: the session's refresh marks the charts stale.
    const auto written = [charts] {
        qint64 sum = 0;
        for (const MetricPoint &p : charts->series().points)
            sum += p.written;
        return sum;
    };
    QTRY_COMPARE_WITH_TIMEOUT(written(), result.written(), 10000);
    QVERIFY(!charts->isShowingEmptyState());
    QCOMPARE(charts->chart(ChartsPanel::WrittenChart)->points(0).size(), 60);
    qint64 failed = 0;
    for (const QPointF &p : charts->chart(ChartsPanel::FailedChart)->points(0))
        failed += qint64(p.y());
    QCOMPARE(failed, qint64(3));
    QVERIFY(!charts->chart(ChartsPanel::LatencyChart)->points(2).isEmpty()); // p99 of the run's minute
    QCOMPARE(charts->chart(ChartsPanel::LatencyChart)->lineCount(), 3);

    // All pipelines, over a week in hours: the same rows, fewer points.
    charts->setPipeline(QString());
    charts->setRange(MetricRange::Week);
    QTRY_COMPARE_WITH_TIMEOUT(charts->series().points.size(), 168, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(written(), result.written(), 10000);
    charts->setRange(MetricRange::Hour);

    // A pipeline that never ran shows the empty state again.
    charts->setPipeline(Invoices);
    QTRY_VERIFY_WITH_TIMEOUT(charts->isShowingEmptyState() && charts->series().points.size() == 60, 10000);
    QVERIFY(charts->findChild<QLabel *>(QStringLiteral("chartsEmpty"))->text().contains(Invoices));
}

void TstGuiDashboard::pauseAndResumeFromTheToolbar()
{
    ConsoleActions *a = m_window->actions();
    selectInTable(Invoices);
    QVERIFY(a->pause->isEnabled());
    a->pause->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(controlOf(Invoices).paused, 10000);
    QCOMPARE(controlOf(Invoices).pausedBy, consoleUser());
    QTRY_COMPARE_WITH_TIMEOUT(cell(Invoices, PipelineTableModel::StateColumn).toString(), QStringLiteral("paused"), 10000);
    QCOMPARE(cell(Invoices, PipelineTableModel::StateColumn, Qt::DisplayRole).toString(), QStringLiteral("Paused"));
    // Nothing planned while paused; the actions follow the state.
    QVERIFY(!cell(Invoices, PipelineTableModel::NextRunColumn).toDateTime().isValid());
    QTRY_VERIFY(a->resume->isEnabled());
    QVERIFY(!a->pause->isEnabled());
    QVERIFY(a->run->isEnabled()); // an operator's explicit run still goes ahead
    const auto pauses = audit(QStringLiteral("pipeline.pause"));
    QCOMPARE(pauses.size(), 1);
    QCOMPARE(pauses[0].value(0), consoleUser());
    QCOMPARE(pauses[0].value(1), QStringLiteral("pipeline:") + Invoices);

    a->resume->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!controlOf(Invoices).paused, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(Invoices, PipelineTableModel::StateColumn).toString(), QStringLiteral("idle"), 10000);
    QVERIFY(cell(Invoices, PipelineTableModel::NextRunColumn).toDateTime().isValid());
    QTRY_VERIFY(a->pause->isEnabled());
    QVERIFY(!a->resume->isEnabled());
    QCOMPARE(audit(QStringLiteral("pipeline.resume")).size(), 1);
}

void TstGuiDashboard::pauseParksARunningPipeline()
{
    ConsoleActions *a = m_window->actions();
    selectInTable(Customers);
    QSignalSpy progress(m_window->session(), &ConsoleSession::runProgress);
    QSignalSpy finished(m_window->session(), &ConsoleSession::runFinished);
    a->run->trigger();
    QCOMPARE(cell(Customers, PipelineTableModel::StateColumn).toString(), QStringLiteral("running"));
    QVERIFY(a->pause->isEnabled()); // pausing works while it runs
    QVERIFY(!a->run->isEnabled() && !a->backfill->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 30000);
    a->pause->trigger();
    const RunResult result = waitForRun(finished);
    // 2,000 rows at 100 a second would take 20 s: the run stopped at a batch boundary instead.
    QCOMPARE(result.status, QStringLiteral("cancelled"));
    QVERIFY2(result.read < 2000, qPrintable(QString::number(result.read)));
    QTRY_VERIFY_WITH_TIMEOUT(controlOf(Customers).paused, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(Customers, PipelineTableModel::StateColumn).toString(), QStringLiteral("paused"), 10000);
    a->resume->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(Customers, PipelineTableModel::StateColumn).toString(), QStringLiteral("idle"), 10000);
}

void TstGuiDashboard::backfillDialogRunsABackfill()
{
    ConsoleActions *a = m_window->actions();
    selectInTable(Orders);
    QVERIFY(a->backfill->isEnabled());
    a->backfill->trigger();
    BackfillDialog *dialog = m_window->commands()->backfillDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isFull()); // the source has a version column: "from a time" is offered first
    QVERIFY(dialog->from().isValid());

    // From a point in time: only the opportunities changed since then are read again.
    dialog->setFrom(QDateTime(QDate(2024, 10, 1), QTime(0, 0)));
    QSignalSpy finished(m_window->session(), &ConsoleSession::runFinished);
    dialog->accept();
    RunResult result = waitForRun(finished);
    QVERIFY2(result.status != QLatin1String("failed"), qPrintable(result.error.toString()));
    QVERIFY(result.read > 0 && result.read < 3000);
    QTRY_VERIFY(!m_window->commands()->backfillDialog()); // closed and deleted

    // A full re-snapshot reads every row.
    a->backfill->trigger();
    dialog = m_window->commands()->backfillDialog();
    QVERIFY(dialog);
    dialog->setFull(true);
    QVERIFY(!dialog->from().isValid());
    finished.clear();
    dialog->accept();
    result = waitForRun(finished);
    QVERIFY2(result.status != QLatin1String("failed"), qPrintable(result.error.toString()));
    QVERIFY2(result.read >= 3000, qPrintable(QString::number(result.read)));

    const auto backfills = audit(QStringLiteral("pipeline.backfill"));
    QCOMPARE(backfills.size(), 2);
    QVERIFY(backfills[0].value(2).contains(QLatin1String("2024-")));
    QVERIFY(backfills[1].value(2).contains(QLatin1String("\"full\":true")));
    QCOMPARE(backfills[1].value(0), consoleUser());
}

void TstGuiDashboard::alertsAreListedAndAcknowledged()
{
    // The first run of the orders pipeline left dead letters: the rule raised an alert.
    AlertsPane *pane = m_window->alertsPane();
    NavigatorModel *nav = m_window->navigatorModel();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->pendingAlerts(), 1, 10000);
    QTRY_COMPARE(nav->pendingAlerts(), 1);
    QCOMPARE(nav->groupIndex(NavigatorModel::AlertsNode).data().toString(), QStringLiteral("Alerts (1)"));
    QCOMPARE(pane->proxy()->rowCount(), 1);
    const AlertRecord alert = pane->model()->alertAt(0);
    QCOMPARE(alert.rule, QStringLiteral("dead-letters-pile-up"));
    QCOMPARE(alert.pipeline, Orders);
    QCOMPARE(pane->model()->index(0, AlertModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));

    m_window->showAlerts();
    QVERIFY(pane->isVisible());
    pane->selectAlert(alert.id);
    QVERIFY(pane->acknowledgeAction()->isEnabled());
    pane->acknowledgeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(nav->pendingAlerts(), 0, 10000);
    QTRY_VERIFY(pane->model()->alertAt(0).acknowledgedAt.isValid());
    QCOMPARE(pane->model()->alertAt(0).acknowledgedBy, consoleUser());
    QVERIFY(!pane->acknowledgeAction()->isEnabled());
    QCOMPARE(audit(QStringLiteral("alert.acknowledge")).size(), 1);

    // The alert raised after the run was notified once (kept even without a system tray)…
    AlertNotifier *notifier = m_window->alertNotifier();
    QCOMPARE(notifier->notifications(), 1);
    QCOMPARE(notifier->lastText(), alert.message);
    QVERIFY(notifier->lastTitle().contains(QLatin1String("Critical")));
    // …and an alert from the scheduler's minute check is notified too, but only once.
    AlertRecord raised = alert;
    raised.id = alert.id + 1000;
    raised.acknowledgedAt = QDateTime();
    raised.severity = QStringLiteral("warning");
    raised.message = QStringLiteral("backlog above 50");
    raised.raisedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT m_engine->host()->alertsRaised({raised});
    QTRY_COMPARE(notifier->notifications(), 2);
    QVERIFY(notifier->lastTitle().contains(Orders));
    QCOMPARE(notifier->lastText(), raised.message);
    Q_EMIT m_engine->host()->alertsRaised({raised});
    QCOMPARE(notifier->notifications(), 2);
}

void TstGuiDashboard::schedulerSwitchObeysTheEnvironment()
{
    // ctest runs GUI tests with CONCORD_SCHEDULER=off: the switch is off and cannot be turned on.
    QCOMPARE(qgetenv("CONCORD_SCHEDULER"), QByteArray("off"));
    QAction *toggle = m_window->actions()->runSchedules;
    QVERIFY(toggle->isCheckable());
    QVERIFY(!toggle->isChecked());
    QVERIFY(!toggle->isEnabled());
    QVERIFY(toggle->toolTip().contains(QLatin1String("CONCORD_SCHEDULER")));
    QVERIFY(!m_window->session()->isSchedulerEnabled());
    m_window->session()->setSchedulerEnabled(true);
    QVERIFY(!m_window->session()->isSchedulerEnabled());
    for (const char *off : {"off", "OFF", "0", "false"}) {
        qputenv("CONCORD_SCHEDULER", off);
        QVERIFY(ConsoleSession::schedulerForcedOff());
    }
    qputenv("CONCORD_SCHEDULER", "on");
    QVERIFY(!ConsoleSession::schedulerForcedOff());
    qputenv("CONCORD_SCHEDULER", "off");
}

void TstGuiDashboard::statesAreTranslated()
{
    selectInTable(Invoices);
    m_window->actions()->pause->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(Invoices, PipelineTableModel::StateColumn).toString(), QStringLiteral("paused"), 10000);
    m_window->actions()->languageChinese->trigger();
    QTRY_COMPARE(m_language->current(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(cell(Invoices, PipelineTableModel::StateColumn, Qt::DisplayRole).toString(), QStringLiteral("已暂停"));
    QCOMPARE(cell(Orders, PipelineTableModel::StateColumn, Qt::DisplayRole).toString(), QStringLiteral("空闲"));
    QCOMPARE(m_window->pipelineModel()->headerData(PipelineTableModel::BacklogColumn, Qt::Horizontal).toString(),
             QStringLiteral("积压"));
    // Actions retranslate on the window's LanguageChange event, which may come a moment later.
    QTRY_COMPARE(m_window->actions()->pause->iconText(), QStringLiteral("暂停"));
    QCOMPARE(m_window->actions()->backfill->iconText(), QStringLiteral("回填"));
    QCOMPARE(m_window->navigatorModel()->groupIndex(NavigatorModel::AlertsNode).data().toString(), QStringLiteral("告警 (0)"));
    m_window->actions()->languageEnglish->trigger();
    QTRY_COMPARE(cell(Invoices, PipelineTableModel::StateColumn, Qt::DisplayRole).toString(), QStringLiteral("Paused"));
    m_window->actions()->resume->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(Invoices, PipelineTableModel::StateColumn).toString(), QStringLiteral("idle"), 10000);
}

QTEST_MAIN(TstGuiDashboard)
#include "tst_gui_dashboard.moc"
