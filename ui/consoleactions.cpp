#include "consoleactions.h"

#include "formatting.h"

#include <QAction>
#include <QActionGroup>

namespace concord {

namespace {

QAction *makeAction(QObject *parent, const char *objectName, const QKeySequence &shortcut = {}, const char *iconName = nullptr)
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (iconName)
        action->setIcon(fmt::icon(iconName));
    return action;
}

} // namespace

ConsoleActions::ConsoleActions(QObject *parent)
    : QObject(parent), newWorkspace(makeAction(this, "actionNewWorkspace", QKeySequence::New, "new-workspace")),
      openWorkspace(makeAction(this, "actionOpenWorkspace", QKeySequence::Open, "open")),
      openDemo(makeAction(this, "actionOpenDemo", {}, "demo")), quit(makeAction(this, "actionQuit", QKeySequence::Quit)),
      run(makeAction(this, "actionRun", QKeySequence(Qt::CTRL | Qt::Key_R), "run")),
      dryRun(makeAction(this, "actionDryRun", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "dry-run")),
      cancel(makeAction(this, "actionCancel", QKeySequence(Qt::Key_Escape), "cancel")),
      pause(makeAction(this, "actionPause", QKeySequence(Qt::CTRL | Qt::Key_P), "pause")),
      resume(makeAction(this, "actionResume", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "resume")),
      backfill(makeAction(this, "actionBackfill", QKeySequence(Qt::CTRL | Qt::Key_B), "backfill")),
      editMapping(makeAction(this, "actionEditMapping", QKeySequence(Qt::CTRL | Qt::Key_E), "mapping")),
      showDeadLetters(makeAction(this, "actionShowDeadLetters", {}, "dead-letter")),
      runSchedules(makeAction(this, "actionRunSchedules")),
      refresh(makeAction(this, "actionRefresh", QKeySequence::Refresh, "refresh")),
      languageSystem(makeAction(this, "actionLanguageSystem")), languageChinese(makeAction(this, "actionLanguageChinese")),
      languageEnglish(makeAction(this, "actionLanguageEnglish")), languageGroup(new QActionGroup(this)),
      settings(makeAction(this, "actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma), "settings")),
      userGuide(makeAction(this, "actionUserGuide", QKeySequence::HelpContents, "help")),
      shortcuts(makeAction(this, "actionShortcuts", QKeySequence(Qt::CTRL | Qt::Key_Slash))),
      about(makeAction(this, "actionAbout"))
{
    runSchedules->setCheckable(true);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    settings->setMenuRole(QAction::PreferencesRole);
    for (QAction *a : {languageSystem, languageChinese, languageEnglish}) {
        a->setCheckable(true);
        languageGroup->addAction(a);
    }
    languageSystem->setData(QStringLiteral("system"));
    languageChinese->setData(QStringLiteral("zh_CN"));
    languageEnglish->setData(QStringLiteral("en"));
    // Each language names itself, so a steward who cannot read the current one still finds theirs.
    languageChinese->setText(QStringLiteral("简体中文"));
    languageEnglish->setText(QStringLiteral("English"));
    retranslate();
}

ConsoleActions::~ConsoleActions() = default;

void ConsoleActions::setLanguageChoice(const QString &choice)
{
    for (QAction *a : languageGroup->actions())
        a->setChecked(a->data().toString() == choice);
}

void ConsoleActions::retranslate()
{
    // Toolbar labels (iconText) carry no accelerators: "打开(O)" reads badly on a button.
    newWorkspace->setText(tr("&New Workspace…"));
    newWorkspace->setIconText(tr("New"));
    newWorkspace->setToolTip(tr("Create a workspace folder with its first system and dataset, read from a table (%1)")
                                 .arg(newWorkspace->shortcut().toString(QKeySequence::NativeText)));
    openWorkspace->setText(tr("&Open Workspace…"));
    openWorkspace->setIconText(tr("Open"));
    openWorkspace->setToolTip(tr("Open a folder that contains a workspace.yaml"));
    openDemo->setText(tr("Open &Demo Workspace"));
    openDemo->setIconText(tr("Demo"));
    openDemo->setToolTip(tr("Open the demo workspace with five department databases (created on first use)"));
    quit->setText(tr("&Quit"));
    run->setText(tr("&Run Now"));
    run->setIconText(tr("Run Now"));
    run->setToolTip(m_runBlockedReason.isEmpty() ? tr("Run the selected pipeline now (Ctrl+R)") : m_runBlockedReason);
    dryRun->setText(tr("&Dry Run"));
    dryRun->setIconText(tr("Dry Run"));
    dryRun->setToolTip(tr("Show what the selected pipeline would write, without writing anything (Ctrl+Shift+R)"));
    cancel->setText(tr("&Cancel Run"));
    cancel->setIconText(tr("Cancel"));
    cancel->setToolTip(tr("Stop the running pipeline at the next batch boundary (Esc)"));
    pause->setText(tr("&Pause"));
    pause->setIconText(tr("Pause"));
    pause->setToolTip(tr("Stop scheduled runs and retries of the selected pipeline; a run in progress stops at its next "
                         "batch (Ctrl+P)"));
    resume->setText(tr("Res&ume"));
    resume->setIconText(tr("Resume"));
    resume->setToolTip(tr("Let the selected pipeline run on its schedule again; an open circuit is probed at once "
                          "(Ctrl+Shift+P)"));
    backfill->setText(tr("&Backfill…"));
    backfill->setIconText(tr("Backfill"));
    backfill->setToolTip(tr("Re-read the selected pipeline's source from a point in time, or all of it (Ctrl+B)"));
    showDeadLetters->setText(tr("Show &Dead Letters"));
    showDeadLetters->setToolTip(tr("The dead letters of the selected pipeline"));
    runSchedules->setText(tr("Run &Schedules in This Console"));
    runSchedules->setToolTip(m_schedulesBlockedReason.isEmpty()
                                 ? tr("While this console is open it runs pipelines on their schedules, retries failed "
                                      "runs and checks the alert rules")
                                 : m_schedulesBlockedReason);
    editMapping->setText(tr("Edit &Mapping…"));
    editMapping->setIconText(tr("Mapping"));
    editMapping->setToolTip(tr("Open the selected pipeline's mapping in the mapping editor (Ctrl+E)"));
    refresh->setText(tr("Re&fresh"));
    refresh->setIconText(tr("Refresh"));
    refresh->setToolTip(tr("Re-read pipeline statuses from the state store (F5)"));
    languageSystem->setText(tr("&System Language"));
    settings->setText(tr("&Settings…"));
    settings->setToolTip(tr("Language, theme, the role to view as, log level and export folder (%1)")
                             .arg(settings->shortcut().toString(QKeySequence::NativeText)));
    userGuide->setText(tr("User &Guide"));
    userGuide->setToolTip(tr("The steward's daily tasks, step by step (%1)").arg(userGuide->shortcut().toString(QKeySequence::NativeText)));
    shortcuts->setText(tr("&Keyboard Shortcuts"));
    shortcuts->setToolTip(tr("Every command's shortcut (%1)").arg(shortcuts->shortcut().toString(QKeySequence::NativeText)));
    about->setText(tr("&About Concord"));
    // Hovering a menu item explains it in the status bar, as its tooltip does on the toolbar.
    for (QAction *a : findChildren<QAction *>())
        if (!a->isSeparator() && a->actionGroup() != languageGroup)
            a->setStatusTip(a->toolTip());
}

void ConsoleActions::setSchedulesBlockedReason(const QString &reason)
{
    if (reason == m_schedulesBlockedReason)
        return;
    m_schedulesBlockedReason = reason;
    retranslate();
}

void ConsoleActions::setRunBlockedReason(const QString &reason)
{
    if (reason == m_runBlockedReason)
        return;
    m_runBlockedReason = reason;
    retranslate();
}

} // namespace concord
