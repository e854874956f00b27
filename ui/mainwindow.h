#pragma once
// The console's shell: navigator on the left, the central page (welcome, pipelines dashboard,
// sensitivity, dead letters, consistency, conflicts), log, problems, dry-run and alerts docks, menus, toolbar
// and status bar. It assembles those parts and connects their signals; the engine conversation lives in
// ConsoleSession, the pipeline commands in PipelineCommands, and each part draws and translates
// itself. Opening workspaces and mapping files (File menu, the demo, New Workspace…, drops) is in
// mainwindowopen.cpp.

#include "workspace/workspace.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <utility>

class QAction;
class QDockWidget;
class QMimeData;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace concord {

class AlertNotifier;
class AlertsPane;
class AuditPage;
class DriftPane;
class ChartsPanel;
class ConflictPage;
class ConsoleActions;
class ConsistencyPage;
class ConsoleSession;
class ControlHost;
class DeadLetterPage;
class DemoWorkspaceJob;
class DryRunPanel;
class RoleSelector;
class SensitivityPage;
class EngineHost;
class LanguageManager;
class LineagePage;
class LogsPage;
class LogPane;
class MappingEditor;
class NavigatorModel;
class NavigatorView;
class PipelineCommands;
class PipelineTableModel;
class PipelinesPage;
class ProblemsPane;
class RecentRunsModel;
class RunStatusWidget;
class UserGuideDialog;
class WelcomePage;
struct RunResult;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // host and control: the engine's two doors (EngineThread::host() and control(), owned by an
    // EngineThread that outlives the window). language: switches translators from View → Language;
    // may be null (no Language menu).
    MainWindow(EngineHost *host, ControlHost *control, LanguageManager *language = nullptr, QWidget *parent = nullptr);
    // Without a ControlHost: the session starts its own (ConsoleSession).
    explicit MainWindow(EngineHost *host, LanguageManager *language = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConsoleSession *session() const { return m_session; }
    ConsoleActions *actions() const { return m_actions; }
    PipelineTableModel *pipelineModel() const { return m_pipelineModel; }
    NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    PipelinesPage *pipelinesPage() const { return m_pipelinesPage; }
    LogPane *logPane() const { return m_logPane; }
    ProblemsPane *problemsPane() const { return m_problemsPane; }
    DryRunPanel *dryRunPanel() const { return m_dryRunPanel; }
    RoleSelector *roleSelector() const { return m_roleSelector; }
    SensitivityPage *sensitivityPage() const { return m_sensitivityPage; }
    DeadLetterPage *deadLetterPage() const { return m_deadLetterPage; }
    ConsistencyPage *consistencyPage() const { return m_consistencyPage; }
    ConflictPage *conflictPage() const { return m_conflictPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    LineagePage *lineagePage() const { return m_lineagePage; }
    LogsPage *logsPage() const { return m_logsPage; }
    DriftPane *driftPane() const { return m_driftPane; }
    AlertsPane *alertsPane() const { return m_alertsPane; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    PipelineCommands *commands() const { return m_commands; }
    AlertNotifier *alertNotifier() const { return m_notifier; }
    QWidget *currentPage() const;
    // The sensitivity page, on `dataset` (empty: the one it shows).
    void showSensitivity(const QString &dataset = {});
    QString selectedPipeline() const { return m_selectedPipeline; }

    // What a drop of `data` would open: a workspace folder (or its workspace.yaml), or a mapping
    // file inside one ({dir, mapping file}); {"", ""} when nothing.
    static std::pair<QString, QString> dropTarget(const QMimeData *data);

public Q_SLOTS:
    void openWorkspace(const QString &dir);
    // Opens the workspace the mapping file belongs to (if another is open) and the file's
    // pipeline in the mapping editor.
    void openMappingFile(const QString &workspaceDir, const QString &mappingFile);
    // File → New Workspace…: the wizard; the workspace it creates is opened.
    void newWorkspace();
    void showSettings();
    UserGuideDialog *showUserGuide();
    void showShortcuts();
    void openDemoWorkspace();
    void selectPipeline(const QString &name);
    void showDashboard();
    // The dead-letter page on the open letters of `pipeline` ("" = all pipelines).
    void showDeadLetters(const QString &pipeline = {});
    // The consistency page on `pipeline` (empty: the selected pipeline, else the one it shows).
    void showConsistency(const QString &pipeline = {});
    // The conflict queue, narrowed to `pipeline` when given.
    void showConflicts(const QString &pipeline = {});
    void showAlerts();
    // The audit trail (Ctrl+7) and lineage (Ctrl+8); with a record, its lineage traced.
    void showAudit();
    void showLineage(const QString &dataset = {}, const QString &key = {});
    // The Logs page; with a trace id, that run's lines.
    void showLogs(const QString &traceId = {});
    // Opens (or raises) the mapping editor for a pipeline's mapping.
    MappingEditor *editMapping(const QString &pipeline);
    // Opens (or raises) the mapping editor on a mapping file of the workspace (relative path).
    MappingEditor *openMappingEditor(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenusAndToolbar();
    void connectSession();
    void retranslate();
    void updateActions();

    // How long a success message stays in the status bar; failures stay until the next run.
    static constexpr int SuccessMessageMs = 15000;
    void updateSummary();
    void refreshRecentRuns();
    void rebuildRecentMenu();
    void rememberWorkspace(const QString &dir);
    void showRecentWorkspaces();
    void chooseWorkspaceDirectory();
    void setUpScheduler();
    void onWorkspaceOpened(std::shared_ptr<const Workspace> workspace, const ErrorList &warnings);
    void onWorkspaceFailed(const QString &dir, const ErrorList &errors);
    void onRunFinished(const RunResult &result);
    void onDemoFinished(const QString &dir, const QString &errorMessage);

    ConsoleSession *m_session;
    ConsoleActions *m_actions;
    LanguageManager *m_language;
    DemoWorkspaceJob *m_demoJob;
    PipelineCommands *m_commands = nullptr;
    AlertNotifier *m_notifier = nullptr;
    NavigatorModel *m_navigatorModel;
    PipelineTableModel *m_pipelineModel;
    RecentRunsModel *m_recentRuns;

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    PipelinesPage *m_pipelinesPage = nullptr;
    SensitivityPage *m_sensitivityPage = nullptr;
    DeadLetterPage *m_deadLetterPage = nullptr;
    ConsistencyPage *m_consistencyPage = nullptr;
    ConflictPage *m_conflictPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    LineagePage *m_lineagePage = nullptr;
    LogsPage *m_logsPage = nullptr;
    DriftPane *m_driftPane = nullptr;
    ChartsPanel *m_charts = nullptr;
    AlertsPane *m_alertsPane = nullptr;
    NavigatorView *m_navigator = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    LogPane *m_logPane = nullptr;
    ProblemsPane *m_problemsPane = nullptr;
    DryRunPanel *m_dryRunPanel = nullptr;
    RunStatusWidget *m_runStatus = nullptr;
    QLabel *m_summary = nullptr;
    QToolBar *m_toolbar = nullptr;
    RoleSelector *m_roleSelector = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_pipelineMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_showPipelines = nullptr;
    QAction *m_showSensitivity = nullptr;
    QAction *m_showDeadLetterPage = nullptr;
    QAction *m_showConsistency = nullptr;
    QAction *m_showConflicts = nullptr;
    QAction *m_showAudit = nullptr;
    QAction *m_showLineage = nullptr;
    QAction *m_showLogs = nullptr;
    QAction *m_showAlerts = nullptr;

    QString m_selectedPipeline;
    QString m_failedDir;
    std::pair<QString, QString> m_pendingMapping; // {workspace, mapping file} dropped, opened once that workspace is
    QPointer<UserGuideDialog> m_guide;
    QHash<QString, QPointer<MappingEditor>> m_editors; // by the mapping file's absolute path
};

} // namespace concord
