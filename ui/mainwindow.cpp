#include "mainwindow.h"

#include "alerts/alertnotifier.h"
#include "alerts/alertspane.h"
#include "audit/auditpage.h"
#include "audit/driftpane.h"
#include "conflicts/conflictpage.h"
#include "conflicts/conflictstyle.h"
#include "consoleactions.h"
#include "consistency/consistencypage.h"
#include "consolesession.h"
#include "dashboard/chartspanel.h"
#include "dashboard/pipelinecommands.h"
#include "deadletters/deadletterpage.h"
#include "demoworkspacejob.h"
#include "dryrunpanel.h"
#include "formatting.h"
#include "help/helpdialogs.h"
#include "languagemanager.h"
#include "lineage/lineagepage.h"
#include "logs/logspage.h"
#include "logpane.h"
#include "mapping/mappingeditor.h"
#include "navigatormodel.h"
#include "navigatorview.h"
#include "pipelinespage.h"
#include "pipelinetablemodel.h"
#include "preference.h"
#include "problemspane.h"
#include "recentrunsmodel.h"
#include "roleselector.h"
#include "sensitivity/sensitivitypage.h"
#include "settings/consolesettings.h"
#include "settings/settingsdialog.h"
#include "runstatuswidget.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

#include <algorithm>

namespace concord {

namespace {

const Preference<QByteArray> windowGeometry{"window/geometry", {}};
const Preference<QByteArray> windowStatePreference{"window/state", {}};
// On by default: a console left open keeps the schedules running (docs/operations-console.md).
const Preference<bool> runSchedulesHere{"scheduler/runInConsole", true};
constexpr int WindowStateVersion = 1;

} // namespace

MainWindow::MainWindow(EngineHost *host, LanguageManager *language, QWidget *parent) : MainWindow(host, nullptr, language, parent) { }

MainWindow::MainWindow(EngineHost *host, ControlHost *control, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent), m_session(new ConsoleSession(host, control, this)), m_actions(new ConsoleActions(this)),
      m_language(language), m_demoJob(new DemoWorkspaceJob(this)), m_navigatorModel(new NavigatorModel(this)),
      m_pipelineModel(new PipelineTableModel(this)), m_recentRuns(new RecentRunsModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(fmt::icon("concord"));
    m_commands = new PipelineCommands(m_session, m_actions, m_pipelineModel, this);
    m_notifier = new AlertNotifier(this);

    m_welcome = new WelcomePage;
    m_charts = new ChartsPanel(m_session);
    m_pipelinesPage = new PipelinesPage(m_pipelineModel, m_recentRuns, m_charts);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_pipelinesPage->setContextActions({m_actions->run, m_actions->dryRun, m_actions->cancel, m_actions->pause,
                                        m_actions->resume, m_actions->backfill, separator, m_actions->editMapping,
                                        m_actions->showDeadLetters});
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_pipelinesPage);
    m_sensitivityPage = new SensitivityPage;
    m_pages->addWidget(m_sensitivityPage);
    m_deadLetterPage = new DeadLetterPage(m_session);
    m_pages->addWidget(m_deadLetterPage);
    m_consistencyPage = new ConsistencyPage(m_session, host, control);
    m_pages->addWidget(m_consistencyPage);
    m_conflictPage = new ConflictPage(m_session, host, control);
    m_pages->addWidget(m_conflictPage);
    m_auditPage = new AuditPage(m_session, host, control);
    m_pages->addWidget(m_auditPage);
    m_lineagePage = new LineagePage(m_session, host, control);
    m_pages->addWidget(m_lineagePage);
    m_logsPage = new LogsPage(m_session, host, control);
    m_pages->addWidget(m_logsPage);
    m_driftPane = new DriftPane(m_session, host, control);
    setCentralWidget(m_pages);

    createDocks();
    createMenusAndToolbar();

    m_summary = new QLabel;
    statusBar()->addWidget(m_summary, 1);
    m_runStatus = new RunStatusWidget;
    statusBar()->addPermanentWidget(m_runStatus);

    connectSession();
    connect(m_welcome, &WelcomePage::newWorkspaceRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openWorkspaceRequested, this, &MainWindow::chooseWorkspaceDirectory);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoWorkspace);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openWorkspace);
    connect(m_pipelinesPage, &PipelinesPage::pipelineSelected, this, &MainWindow::selectPipeline);
    connect(m_navigator, &NavigatorView::pipelineSelected, this, &MainWindow::selectPipeline);
    connect(m_navigator, &NavigatorView::deadLettersRequested, this, [this] { showDeadLetters(); });
    connect(m_navigator, &NavigatorView::alertsRequested, this, &MainWindow::showAlerts);
    connect(m_navigator, &NavigatorView::datasetSelected, this, [this](const QString &id) { showSensitivity(id); });
    connect(m_sensitivityPage, &SensitivityPage::saved, this, [this] {
        // Runs and previews must use the saved tags: the engine reloads the workspace.
        if (const auto ws = m_session->workspace())
            m_session->openWorkspace(ws->dir);
    });
    connect(m_runStatus, &RunStatusWidget::cancelRequested, m_session, &ConsoleSession::cancelRun);
    connect(m_demoJob, &DemoWorkspaceJob::finished, this, &MainWindow::onDemoFinished);
    connect(m_commands, &PipelineCommands::message, this, [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_consistencyPage, &ConsistencyPage::message, this, [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_conflictPage, &ConflictPage::message, this, [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_conflictPage, &ConflictPage::countsChanged, m_navigatorModel, &NavigatorModel::setConflictCounts);
    connect(m_navigator, &NavigatorView::conflictsRequested, this, &MainWindow::showConflicts);
    connect(m_auditPage, &AuditPage::message, this, [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_lineagePage, &LineagePage::message, this, [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_logsPage, &LogsPage::message, this, [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_consistencyPage, &ConsistencyPage::lineageRequested, this, &MainWindow::showLineage);
    connect(m_conflictPage, &ConflictPage::lineageRequested, this, &MainWindow::showLineage);
    connect(m_deadLetterPage, &DeadLetterPage::lineageRequested, this, &MainWindow::showLineage);
    connect(m_alertsPane, &AlertsPane::acknowledgeRequested, m_session, &ConsoleSession::acknowledgeAlert);
    connect(m_notifier, &AlertNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showAlerts();
    });

    if (!restoreGeometry(windowGeometry.value())) {
        // First start: most of the screen, so the dashboard's columns fit without scrolling.
        const QRect available = screen()->availableGeometry();
        resize(std::max(1024, available.width() * 85 / 100), std::max(700, available.height() * 85 / 100));
    }
    restoreState(windowStatePreference.value(), WindowStateVersion);

    // A workspace folder or a mapping file dropped anywhere on the window opens it.
    setAcceptDrops(true);
    setUpScheduler();
    showRecentWorkspaces();
    retranslate();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_navigator = new NavigatorView(m_navigatorModel);
    m_navigatorDock = new QDockWidget;
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_logPane = new LogPane;
    addDockWidget(Qt::BottomDockWidgetArea, m_logPane);
    m_problemsPane = new ProblemsPane;
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsPane);
    tabifyDockWidget(m_logPane, m_problemsPane);
    m_logPane->raise();

    m_dryRunPanel = new DryRunPanel;
    addDockWidget(Qt::BottomDockWidgetArea, m_dryRunPanel);
    tabifyDockWidget(m_logPane, m_dryRunPanel);
    m_alertsPane = new AlertsPane;
    addDockWidget(Qt::BottomDockWidgetArea, m_alertsPane);
    tabifyDockWidget(m_logPane, m_alertsPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_driftPane);
    tabifyDockWidget(m_logPane, m_driftPane);
    m_logPane->raise();

    // The navigator and the central page share the width; the log gets a third of the height.
    resizeDocks({m_navigatorDock}, {240}, Qt::Horizontal);
    resizeDocks({m_logPane}, {260}, Qt::Vertical);
}

void MainWindow::createMenusAndToolbar()
{
    ConsoleActions *a = m_actions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(a->newWorkspace);
    m_fileMenu->addAction(a->openWorkspace);
    m_recentMenu = m_fileMenu->addMenu(fmt::icon("open"), QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addAction(a->openDemo);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a->settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a->quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    if (m_language) {
        m_languageMenu = m_viewMenu->addMenu(QString());
        m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
        m_languageMenu->addActions(a->languageGroup->actions());
        m_viewMenu->addSeparator();
        a->setLanguageChoice(m_language->choice());
        connect(a->languageGroup, &QActionGroup::triggered, this, [this](QAction *chosen) {
            m_language->setChoice(chosen->data().toString());
            m_actions->setLanguageChoice(m_language->choice());
        });
    }
    QAction *toggleLog = m_logPane->toggleViewAction();
    toggleLog->setObjectName(QStringLiteral("actionToggleLog"));
    toggleLog->setShortcut(QKeySequence(Qt::Key_F12));
    toggleLog->setIcon(fmt::icon("log"));
    m_viewMenu->addAction(m_navigatorDock->toggleViewAction());
    m_viewMenu->addAction(toggleLog);
    m_showPipelines = m_viewMenu->addAction(QString(), this, &MainWindow::showDashboard);
    m_showPipelines->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showSensitivity = m_viewMenu->addAction(QString(), this, [this] { showSensitivity(); });
    m_showSensitivity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showDeadLetterPage = m_viewMenu->addAction(fmt::icon("dead-letter"), QString(), this, [this] { showDeadLetters(); });
    m_showDeadLetterPage->setObjectName(QStringLiteral("actionShowDeadLetterPage"));
    m_showDeadLetterPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_showAlerts = m_viewMenu->addAction(fmt::icon("alert"), QString(), this, &MainWindow::showAlerts);
    m_showAlerts->setObjectName(QStringLiteral("actionShowAlerts"));
    m_showAlerts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_showConsistency = m_viewMenu->addAction(fmt::icon("consistency"), QString(), this, [this] { showConsistency(); });
    m_showConsistency->setObjectName(QStringLiteral("actionShowConsistency"));
    m_showConsistency->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_showConflicts = m_viewMenu->addAction(conflictstyle::conflictIcon(), QString(), this, [this] { showConflicts(); });
    m_showConflicts->setObjectName(QStringLiteral("actionShowConflicts"));
    m_showConflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_showAudit = m_viewMenu->addAction(fmt::icon("audit"), QString(), this, &MainWindow::showAudit);
    m_showAudit->setObjectName(QStringLiteral("actionShowAudit"));
    m_showAudit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    m_showLineage = m_viewMenu->addAction(fmt::icon("lineage"), QString(), this, [this] { showLineage(); });
    m_showLineage->setObjectName(QStringLiteral("actionShowLineage"));
    m_showLineage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    m_showLogs = m_viewMenu->addAction(fmt::icon("log"), QString(), this, [this] { showLogs(); });
    m_showLogs->setObjectName(QStringLiteral("actionShowLogs"));
    m_showLogs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_problemsPane->toggleViewAction());
    m_viewMenu->addAction(m_dryRunPanel->toggleViewAction());
    m_viewMenu->addAction(m_alertsPane->toggleViewAction());
    m_viewMenu->addAction(m_driftPane->toggleViewAction());

    m_pipelineMenu = menuBar()->addMenu(QString());
    m_pipelineMenu->setObjectName(QStringLiteral("menuPipeline"));
    m_pipelineMenu->addActions({a->run, a->dryRun, a->cancel});
    m_pipelineMenu->addSeparator();
    m_pipelineMenu->addActions({a->pause, a->resume, a->backfill});
    m_pipelineMenu->addSeparator();
    m_pipelineMenu->addAction(a->editMapping);
    m_pipelineMenu->addAction(a->showDeadLetters);
    m_pipelineMenu->addAction(m_showConsistency);
    m_pipelineMenu->addSeparator();
    m_pipelineMenu->addAction(a->runSchedules);
    m_pipelineMenu->addAction(a->refresh);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(a->userGuide);
    m_helpMenu->addAction(a->shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(a->about);

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addActions({a->openWorkspace, a->openDemo});
    m_toolbar->addSeparator();
    m_toolbar->addActions({a->run, a->dryRun, a->cancel});
    m_toolbar->addSeparator();
    m_toolbar->addActions({a->pause, a->resume, a->backfill});
    m_toolbar->addSeparator();
    m_toolbar->addAction(a->editMapping);
    m_toolbar->addSeparator();
    m_toolbar->addAction(a->refresh);
    // The role selector sits at the right end of the toolbar, always visible (UX.md: the shell).
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_roleSelector = new RoleSelector(m_session);
    m_toolbar->addWidget(m_roleSelector);
    m_viewMenu->addAction(m_toolbar->toggleViewAction());

    connect(a->newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a->userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(a->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a->openWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspaceDirectory);
    connect(a->openDemo, &QAction::triggered, this, &MainWindow::openDemoWorkspace);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->showDeadLetters, &QAction::triggered, this, [this] { showDeadLetters(m_selectedPipeline); });
    connect(a->refresh, &QAction::triggered, m_session, &ConsoleSession::refreshNow);
    connect(a->editMapping, &QAction::triggered, this, [this] { editMapping(m_selectedPipeline); });
    connect(a->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Concord"),
                           tr("<h3>Concord %1</h3><p>Keeps department systems consistent with each other: "
                              "mapping rules, sync pipelines, dead letters and their history, in one console.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QStringLiteral(CONCORD_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::connectSession()
{
    connect(m_session, &ConsoleSession::workspaceLoading, this, [this](const QString &dir) {
        m_welcome->setState(WelcomePage::State::Loading, dir);
        m_pages->setCurrentWidget(m_welcome);
        updateActions();
    });
    connect(m_session, &ConsoleSession::workspaceOpened, this, &MainWindow::onWorkspaceOpened);
    connect(m_session, &ConsoleSession::workspaceFailed, this, &MainWindow::onWorkspaceFailed);
    connect(m_session, &ConsoleSession::statusesRefreshed, this, [this](const QList<PipelineStatus> &statuses) {
        m_pipelineModel->setStatuses(statuses);
        m_navigatorModel->setStatuses(statuses);
        refreshRecentRuns();
        updateSummary();
    });
    connect(m_session, &ConsoleSession::overviewRefreshed, this, [this](const QList<PipelineOverview> &overview) {
        m_pipelineModel->setOverview(overview);
        m_navigatorModel->setOverview(overview);
        updateActions();
    });
    connect(m_session, &ConsoleSession::alertsRefreshed, this, [this](const QList<AlertRecord> &alerts) {
        m_alertsPane->setAlerts(alerts);
        m_navigatorModel->setPendingAlerts(m_session->pendingAlerts());
        m_notifier->notifyNew(alerts); // those the rules raised right after a run
        updateSummary();
    });
    connect(m_session, &ConsoleSession::alertsRaised, m_notifier, &AlertNotifier::notifyNew);
    connect(m_session, &ConsoleSession::replayRequested, this, [this](const QString &pipeline, int letters) {
        statusBar()->showMessage(letters > 0 ? tr("Replaying %n dead letter(s)…", nullptr, letters)
                                 : pipeline.isEmpty() ? tr("Replaying every open dead letter…")
                                                      : tr("Replaying the open dead letters of %1…").arg(pipeline));
    });
    connect(m_session, &ConsoleSession::runRequested, this, [this](const QString &pipeline, bool dryRun) {
        m_pipelineModel->setRunningPipeline(pipeline);
        m_navigatorModel->setRunningPipeline(pipeline);
        m_runStatus->startRun(pipeline, dryRun);
        statusBar()->clearMessage();
    });
    connect(m_session, &ConsoleSession::runProgress, m_runStatus, &RunStatusWidget::setProgress);
    connect(m_session, &ConsoleSession::runFinished, this, &MainWindow::onRunFinished);
    connect(m_session, &ConsoleSession::runningChanged, this, &MainWindow::updateActions);
    connect(m_session, &ConsoleSession::logEntry, m_logPane, &LogPane::append);
    connect(m_session, &ConsoleSession::viewerChanged, this,
            [this] { m_sensitivityPage->setViewer(m_session->viewer(), consoleUser()); });
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_language, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_language)
        m_actions->setLanguageChoice(m_language->choice());
}

UserGuideDialog *MainWindow::showUserGuide()
{
    // One guide window, kept beside the console (not modal): stewards read it while they work.
    if (!m_guide)
        m_guide = new UserGuideDialog(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::showShortcuts()
{
    const QList<QPair<QString, QWidget *>> areas{
        {m_showPipelines->text(), m_pipelinesPage},     {m_showSensitivity->text(), m_sensitivityPage},
        {m_showDeadLetterPage->text(), m_deadLetterPage}, {m_showConsistency->text(), m_consistencyPage},
        {m_showConflicts->text(), m_conflictPage},       {m_showAudit->text(), m_auditPage},
        {m_showLineage->text(), m_lineagePage},          {m_showLogs->text(), m_logsPage},
        {m_alertsPane->windowTitle(), m_alertsPane},     {m_problemsPane->windowTitle(), m_problemsPane},
        {m_driftPane->windowTitle(), m_driftPane},       {m_logPane->windowTitle(), m_logPane}};
    ShortcutsDialog dialog(menuBar(), areas, this);
    dialog.exec();
}

void MainWindow::onWorkspaceOpened(std::shared_ptr<const Workspace> workspace, const ErrorList &warnings)
{
    m_failedDir.clear();
    const QString previous = m_selectedPipeline;
    m_selectedPipeline.clear();
    QWidget *page = m_pages->currentWidget();
    if (page != m_sensitivityPage && page != m_deadLetterPage && page != m_consistencyPage && page != m_conflictPage
        && page != m_auditPage && page != m_lineagePage && page != m_logsPage)
        page = m_pipelinesPage;
    m_sensitivityPage->setWorkspace(workspace);
    m_navigatorModel->setWorkspace(workspace);
    m_pipelineModel->setWorkspace(workspace);
    m_recentRuns->setRuns({});
    if (!workspace) {
        m_pages->setCurrentWidget(m_welcome);
        m_welcome->setState(WelcomePage::State::NoWorkspace);
        m_alertsPane->setActionsAvailable(false);
        updateActions();
        return;
    }
    m_pipelinesPage->setWorkspaceInfo(workspace->name.isEmpty() ? QFileInfo(workspace->dir).fileName() : workspace->name,
                                      workspace->dir);
    m_logPane->setPipelines(workspace->pipelines.keys());
    m_charts->setPipelines(workspace->pipelines.keys());
    m_deadLetterPage->setPipelines(workspace->pipelines.keys());
    m_consistencyPage->setPipelines(workspace->pipelines.keys());
    m_alertsPane->setActionsAvailable(true);
    m_notifier->startSession();
    if (warnings.isEmpty()) {
        m_problemsPane->clearProblems();
    } else {
        m_problemsPane->showWarnings(workspace->dir, warnings);
        m_problemsPane->show();
    }
    m_pages->setCurrentWidget(page);
    rememberWorkspace(workspace->dir);
    // The role this workspace was last viewed as (Settings or the toolbar), while it still may be;
    // without one, the steward's own. A role since removed falls back to the own role too.
    const QString role = settings::viewRole(workspace->dir);
    if (role != m_session->viewer().name && !m_session->setViewRole(role).ok())
        (void)m_session->setViewRole(QString());
    // Reopening the same workspace keeps the steward's place.
    selectPipeline(workspace->pipelines.contains(previous) ? previous : QString());
    retranslate();
    updateActions();
    // A dropped mapping opens once its own workspace is open (not another one opened meanwhile).
    const auto [pendingDir, pendingMapping] = std::exchange(m_pendingMapping, {});
    if (!pendingMapping.isEmpty() && QDir::cleanPath(pendingDir) == QDir::cleanPath(workspace->dir))
        openMappingFile(workspace->dir, pendingMapping);
}

void MainWindow::onWorkspaceFailed(const QString &dir, const ErrorList &errors)
{
    m_failedDir = dir;
    m_pendingMapping = {};
    m_selectedPipeline.clear();
    m_navigatorModel->setWorkspace(nullptr);
    m_pipelineModel->setWorkspace(nullptr);
    m_recentRuns->setRuns({});
    m_logPane->setPipelines({});
    m_charts->setPipelines({});
    m_deadLetterPage->setPipelines({});
    m_consistencyPage->setPipelines({});
    m_alertsPane->setActionsAvailable(false);
    m_problemsPane->showErrors(dir, errors);
    m_problemsPane->show();
    m_problemsPane->raise();
    m_welcome->setState(WelcomePage::State::Failed, dir);
    m_pages->setCurrentWidget(m_welcome);
    retranslate();
    updateActions();
}

void MainWindow::selectPipeline(const QString &name)
{
    m_selectedPipeline = name;
    m_navigator->selectPipeline(name);
    m_pipelinesPage->selectPipeline(name);
    m_logPane->setSelectedPipeline(name);
    m_charts->setPipeline(name);
    m_commands->setSelectedPipeline(name);
    // On the dead-letter page, picking a pipeline in the navigator narrows the letters to it.
    if (m_pages->currentWidget() == m_deadLetterPage && !name.isEmpty())
        m_deadLetterPage->showPipeline(name);
    if (m_pages->currentWidget() == m_consistencyPage && !name.isEmpty())
        m_consistencyPage->showPipeline(name);
    if (m_pages->currentWidget() == m_conflictPage && !name.isEmpty())
        m_conflictPage->showPipeline(name);
    refreshRecentRuns();
    updateActions();
}

void MainWindow::onRunFinished(const RunResult &result)
{
    // A scheduled run of a paused pipeline is skipped: nothing ran, nothing to say.
    if (result.status == QLatin1String("skipped"))
        return;
    // A scheduled run that ended while the console's own run waits behind it leaves that one shown.
    if (!m_session->isRunning()) {
        m_runStatus->finishRun();
        m_pipelineModel->setRunningPipeline(QString());
        m_navigatorModel->setRunningPipeline(QString());
    }

    const QString name = result.pipeline;
    const QString took = fmt::duration(result.durationMs);
    if (result.status == QLatin1String("failed")) {
        const QString message = result.error.message.isEmpty() ? result.error.code : result.error.message;
        statusBar()->showMessage(tr("%1 failed: %2").arg(name, message));
        // The engine logs its own failure too, but a failure before the run began might not be.
        LogEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.level = QStringLiteral("error");
        entry.category = QStringLiteral("console");
        entry.pipeline = name;
        entry.taskId = QString::number(result.runId);
        entry.errorCode = result.error.code;
        entry.traceId = result.traceId;
        entry.message = tr("Run failed: %1").arg(message);
        m_logPane->append(entry);
    } else if (result.status == QLatin1String("cancelled")) {
        statusBar()->showMessage(tr("%1 was cancelled after %2 rows; the next run continues from the last checkpoint.")
                                     .arg(name, fmt::count(result.read)),
                                 SuccessMessageMs);
    } else if (result.dryRun) {
        statusBar()->showMessage(tr("Dry run of %1 finished in %2: %3 inserts and %4 updates planned, nothing written.")
                                     .arg(name, took, fmt::count(result.inserted), fmt::count(result.updated)),
                                 SuccessMessageMs);
    } else if (result.failed > 0) {
        statusBar()->showMessage(tr("%1 finished in %2: %3 rows written, %4 records sent to dead letters.")
                                     .arg(name, took, fmt::count(result.written()), fmt::count(result.failed)));
    } else {
        statusBar()->showMessage(tr("%1 finished in %2: %3 rows written.").arg(name, took, fmt::count(result.written())),
                                 SuccessMessageMs);
    }

    if (result.dryRun) {
        m_dryRunPanel->showResult(result);
        m_dryRunPanel->show();
        m_dryRunPanel->raise();
    }
}

void MainWindow::showSensitivity(const QString &dataset)
{
    if (!m_session->workspace())
        return;
    if (!dataset.isEmpty())
        m_sensitivityPage->showDataset(dataset);
    m_pages->setCurrentWidget(m_sensitivityPage);
}

void MainWindow::showDashboard()
{
    if (m_session->workspace())
        m_pages->setCurrentWidget(m_pipelinesPage);
}

void MainWindow::showDeadLetters(const QString &pipeline)
{
    if (!m_session->workspace())
        return;
    // Asked for again while on the page (the navigator's node): the steward's filter stays.
    if (!pipeline.isEmpty() || m_pages->currentWidget() != m_deadLetterPage)
        m_deadLetterPage->showPipeline(pipeline);
    m_pages->setCurrentWidget(m_deadLetterPage);
}

void MainWindow::showConsistency(const QString &pipeline)
{
    if (!m_session->workspace())
        return;
    const QString name = pipeline.isEmpty() ? m_selectedPipeline : pipeline;
    if (!name.isEmpty())
        m_consistencyPage->showPipeline(name);
    m_pages->setCurrentWidget(m_consistencyPage);
}

void MainWindow::showConflicts(const QString &pipeline)
{
    if (!m_session->workspace())
        return;
    // From the navigator's node or Ctrl+6 while on the page: the steward's filter stays.
    if (!pipeline.isEmpty() || m_pages->currentWidget() != m_conflictPage)
        m_conflictPage->showPipeline(pipeline);
    m_pages->setCurrentWidget(m_conflictPage);
}

void MainWindow::showAudit()
{
    if (!m_session->workspace())
        return;
    m_pages->setCurrentWidget(m_auditPage);
}

void MainWindow::showLineage(const QString &dataset, const QString &key)
{
    if (!m_session->workspace())
        return;
    m_pages->setCurrentWidget(m_lineagePage);
    if (!dataset.isEmpty() && !key.isEmpty())
        m_lineagePage->showRecord(dataset, key);
}

void MainWindow::showLogs(const QString &traceId)
{
    if (!m_session->workspace())
        return;
    m_pages->setCurrentWidget(m_logsPage);
    if (!traceId.isEmpty())
        m_logsPage->showTrace(traceId);
}

void MainWindow::showAlerts()
{
    m_alertsPane->show();
    m_alertsPane->raise();
    m_alertsPane->view()->setFocus();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::setUpScheduler()
{
    // CONCORD_SCHEDULER=off (tests, a second console on the same workspace) wins over the menu.
    const bool forcedOff = ConsoleSession::schedulerForcedOff();
    QAction *toggle = m_actions->runSchedules;
    toggle->setChecked(!forcedOff && runSchedulesHere.value());
    toggle->setEnabled(!forcedOff);
    m_actions->setSchedulesBlockedReason(forcedOff ? tr("Switched off for this session by CONCORD_SCHEDULER=off") : QString());
    m_session->setSchedulerEnabled(toggle->isChecked());
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        runSchedulesHere.setValue(on);
        m_session->setSchedulerEnabled(on);
        updateSummary();
    });
}

void MainWindow::refreshRecentRuns()
{
    m_recentRuns->setRuns(m_session->recentRuns(m_selectedPipeline));
}

void MainWindow::updateActions()
{
    const bool busy = m_session->isBusy() || m_session->isLoading() || m_demoJob->isRunning();
    const auto workspace = m_session->workspace();
    m_commands->update(m_demoJob->isRunning());
    m_actions->openWorkspace->setEnabled(!busy);
    m_actions->openDemo->setEnabled(!busy);
    m_actions->refresh->setEnabled(m_session->workspace() != nullptr);
    m_actions->editMapping->setEnabled(workspace && !m_session->isLoading() && !m_selectedPipeline.isEmpty()
                                       && !workspace->pipelines.value(m_selectedPipeline).mapping.isEmpty());
}

void MainWindow::updateSummary()
{
    const auto workspace = m_session->workspace();
    if (!workspace) {
        m_summary->clear();
        return;
    }
    QStringList parts;
    parts << tr("%n pipeline(s)", nullptr, int(workspace->pipelines.size()))
          << tr("%1 open dead letters").arg(fmt::count(m_navigatorModel->openDeadLetters()));
    if (const int alerts = m_session->pendingAlerts(); alerts > 0)
        parts << tr("%n alert(s) to acknowledge", nullptr, alerts);
    parts << (m_session->isSchedulerEnabled() ? tr("schedules run in this console") : tr("schedules off in this console"));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A message composed in the previous language would now read as out of place.
        statusBar()->clearMessage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const auto workspace = m_session->workspace();
    setWindowTitle(workspace ? tr("Concord — %1").arg(workspace->name.isEmpty() ? workspace->dir : workspace->name)
                             : tr("Concord"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_pipelineMenu->setTitle(tr("&Pipeline"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolbar->setWindowTitle(tr("Toolbar"));
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_actions->retranslate();
    m_navigatorModel->retranslate();
    if (m_roleSelector)
        m_roleSelector->retranslate();
    m_showPipelines->setText(tr("&Dashboard"));
    m_showSensitivity->setText(tr("&Sensitivity and Policy"));
    m_showDeadLetterPage->setText(tr("Dead &Letters"));
    m_showConsistency->setText(tr("&Consistency"));
    m_showConflicts->setText(tr("C&onflicts"));
    m_showAudit->setText(tr("A&udit Trail"));
    m_showLineage->setText(tr("&Lineage"));
    m_showLogs->setText(tr("Lo&gs"));
    m_showAlerts->setText(tr("&Alerts"));
    // Status-bar hints for the pages (the commands' own come from ConsoleActions).
    m_showPipelines->setStatusTip(tr("Every pipeline with its state, last run, backlog and dead letters, and the charts"));
    m_showSensitivity->setStatusTip(tr("Tag fields L1/L2/L3, choose masks and see who may see what"));
    m_showDeadLetterPage->setStatusTip(tr("Records that failed, with their error codes: fix, replay or discard them"));
    m_showAlerts->setStatusTip(tr("Alerts raised by the rules; acknowledge them here"));
    m_showConsistency->setStatusTip(tr("Compare source and target, review the discrepancies, export or repair them"));
    m_showConflicts->setStatusTip(tr("Two-way changes that need a decision, in a three-way view"));
    m_showAudit->setStatusTip(tr("Who did what and when, and whether the hash chain holds"));
    m_showLineage->setStatusTip(tr("Where a record came from and where it went"));
    m_showLogs->setStatusTip(tr("The log files of every process working on this workspace"));
    updateSummary();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Each open mapping editor asks about its unsaved changes; any "Cancel" keeps the console open.
    for (const QPointer<MappingEditor> &editor : std::as_const(m_editors))
        if (editor && !editor->close()) {
            event->ignore();
            return;
        }
    windowGeometry.setValue(saveGeometry());
    windowStatePreference.setValue(saveState(WindowStateVersion));
    // Leaving stops a run at its next batch boundary; the checkpoint makes the next run resume.
    m_session->cancelRun();
    QMainWindow::closeEvent(event);
}

} // namespace concord
