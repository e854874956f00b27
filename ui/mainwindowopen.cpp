// MainWindow, the part that opens things: a workspace folder (File → Open, Open Recent, the demo,
// New Workspace…, a drop on the window) and mapping files (Edit Mapping, a dropped mapping).
// The rest of the window is in mainwindow.cpp.

#include "mainwindow.h"

#include "consolesession.h"
#include "demoworkspacejob.h"
#include "mapping/mappingeditor.h"
#include "newworkspace/newworkspacewizard.h"
#include "preference.h"
#include "problemspane.h"
#include "settings/consolesettings.h"
#include "welcomepage.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>

namespace concord {

namespace {

const Preference<QStringList> recentWorkspaces{"workspace/recent", {}};
const Preference<QString> lastBrowseDir{"workspace/lastBrowseDir", QString()};
constexpr int MaxRecent = 8;

} // namespace

void MainWindow::showRecentWorkspaces()
{
    m_welcome->setRecentWorkspaces(recentWorkspaces.value());
}

void MainWindow::openWorkspace(const QString &dir)
{
    if (dir.isEmpty())
        return;
    m_session->openWorkspace(dir);
}

void MainWindow::chooseWorkspaceDirectory()
{
    const QString start = lastBrowseDir.value().isEmpty() ? QDir::homePath() : lastBrowseDir.value();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), start);
    if (dir.isEmpty())
        return;
    lastBrowseDir.setValue(QFileInfo(dir).absolutePath());
    openWorkspace(dir);
}

void MainWindow::newWorkspace()
{
    if (m_session->isBusy() || m_session->isLoading() || m_demoJob->isRunning())
        return;
    NewWorkspaceWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted || wizard.createdDirectory().isEmpty())
        return;
    lastBrowseDir.setValue(QFileInfo(wizard.createdDirectory()).absolutePath());
    // A scheduled run may have started while the wizard was open: the workspace waits in Recent.
    if (m_session->isBusy() || m_session->isLoading() || m_demoJob->isRunning()) {
        rememberWorkspace(wizard.createdDirectory());
        statusBar()->showMessage(tr("Created %1; a run is in progress, so open it from File → Open Recent when it has finished.")
                                     .arg(QDir::toNativeSeparators(wizard.createdDirectory())));
        return;
    }
    openWorkspace(wizard.createdDirectory());
    statusBar()->showMessage(tr("Created %1: add the target system, a pipeline and its mapping next.")
                                 .arg(QDir::toNativeSeparators(wizard.createdDirectory() + QStringLiteral("/workspace.yaml"))),
                             SuccessMessageMs);
}

std::pair<QString, QString> MainWindow::dropTarget(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().constFirst().isLocalFile())
        return {};
    const QFileInfo dropped(data->urls().constFirst().toLocalFile());
    if (dropped.isDir())
        return QFileInfo::exists(dropped.absoluteFilePath() + QStringLiteral("/workspace.yaml"))
            ? std::pair<QString, QString>{QDir::cleanPath(dropped.absoluteFilePath()), QString()}
            : std::pair<QString, QString>{};
    const QString suffix = dropped.suffix().toLower();
    if (!dropped.isFile() || (suffix != QLatin1String("yaml") && suffix != QLatin1String("yml")))
        return {};
    if (dropped.fileName() == QLatin1String("workspace.yaml"))
        return {QDir::cleanPath(dropped.absolutePath()), QString()};
    // A mapping: the nearest folder above it with a workspace.yaml is its workspace.
    for (QDir dir = dropped.absoluteDir();; ) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral("workspace.yaml"))))
            return {QDir::cleanPath(dir.absolutePath()), QDir::cleanPath(dropped.absoluteFilePath())};
        if (!dir.cdUp())
            return {};
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const bool idle = !(m_session->isBusy() || m_session->isLoading() || m_demoJob->isRunning());
    if (idle && !dropTarget(event->mimeData()).first.isEmpty()) {
        event->acceptProposedAction();
        statusBar()->showMessage(tr("Drop to open it"), 3000);
        return;
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto [dir, mapping] = dropTarget(event->mimeData());
    if (dir.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    // A run may have started while the steward was dragging: the open workspace stays.
    if (m_session->isBusy() || m_session->isLoading() || m_demoJob->isRunning()) {
        event->ignore();
        statusBar()->showMessage(tr("A run is in progress: drop it again when it has finished."), SuccessMessageMs);
        return;
    }
    event->acceptProposedAction();
    if (mapping.isEmpty())
        openWorkspace(dir);
    else
        openMappingFile(dir, mapping);
}

void MainWindow::openMappingFile(const QString &workspaceDir, const QString &mappingFile)
{
    const auto workspace = m_session->workspace();
    if (!workspace || QDir::cleanPath(workspace->dir) != QDir::cleanPath(workspaceDir)) {
        m_pendingMapping = {workspaceDir, mappingFile};
        openWorkspace(workspaceDir);
        return;
    }
    const auto same = [&](const QString &relative) {
        return !relative.isEmpty() && QDir::cleanPath(QDir(workspace->dir).absoluteFilePath(relative)) == QDir::cleanPath(mappingFile);
    };
    for (auto it = workspace->pipelines.cbegin(); it != workspace->pipelines.cend(); ++it) {
        // A two-way pipeline's reverse mapping opens too.
        for (const QString &relative : {it->mapping, it->reverseMapping})
            if (same(relative)) {
                selectPipeline(it.key());
                openMappingEditor(relative);
                return;
            }
    }
    statusBar()->showMessage(tr("%1 is not the mapping of any pipeline in %2: name it as a pipeline's mapping in workspace.yaml first.")
                                 .arg(QDir::toNativeSeparators(mappingFile), workspace->name.isEmpty() ? workspace->dir : workspace->name),
                             SuccessMessageMs);
}

void MainWindow::openDemoWorkspace()
{
    const QString dir = DemoWorkspaceJob::defaultDirectory();
    if (!m_demoJob->start(dir))
        return;
    m_welcome->setState(WelcomePage::State::CreatingDemo, dir);
    m_pages->setCurrentWidget(m_welcome);
    updateActions();
}

void MainWindow::onDemoFinished(const QString &dir, const QString &errorMessage)
{
    if (errorMessage.isEmpty()) {
        openWorkspace(dir);
        return;
    }
    onWorkspaceFailed(dir, {makeError(ErrorCode::ConfigInvalid, tr("The demo workspace could not be created: %1").arg(errorMessage))});
}

void MainWindow::rememberWorkspace(const QString &dir)
{
    QStringList recent = recentWorkspaces.value();
    recent.removeAll(dir);
    recent.prepend(dir);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    recentWorkspaces.setValue(recent);
    m_welcome->setRecentWorkspaces(recent);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces.value();
    for (const QString &dir : recent) {
        QAction *open = m_recentMenu->addAction(QDir::toNativeSeparators(dir));
        open->setEnabled(QFileInfo(dir).isDir() && !m_session->isRunning());
        connect(open, &QAction::triggered, this, [this, dir] { openWorkspace(dir); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
        recentWorkspaces.reset();
        m_welcome->setRecentWorkspaces({});
    });
}

MappingEditor *MainWindow::editMapping(const QString &pipeline)
{
    const auto workspace = m_session->workspace();
    if (!workspace || !workspace->pipelines.contains(pipeline))
        return nullptr;
    return openMappingEditor(workspace->pipelines.value(pipeline).mapping);
}

MappingEditor *MainWindow::openMappingEditor(const QString &path)
{
    const auto workspace = m_session->workspace();
    if (!workspace || path.isEmpty())
        return nullptr;
    QPointer<MappingEditor> &editor = m_editors[QDir::cleanPath(workspace->dir + QLatin1Char('/') + path)];
    if (!editor) {
        // A window of its own (several mappings can be open side by side), closed with the console.
        editor = new MappingEditor(workspace, path, this);
        editor->setWindowFlag(Qt::Window);
        editor->setViewer(m_session->viewer());
        connect(m_session, &ConsoleSession::viewerChanged, editor, [this, e = editor.data()] {
            e->setViewer(m_session->viewer());
        });
        connect(editor, &MappingEditor::mappingSaved, this, [this] {
            // Runs must use the saved file: the engine reloads the workspace.
            if (const auto ws = m_session->workspace())
                m_session->openWorkspace(ws->dir);
        });
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

} // namespace concord
