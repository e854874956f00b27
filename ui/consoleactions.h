#pragma once
// The window's commands, created once with their shortcuts and icons, and retranslated in one
// place. Menus, the toolbar and context menus all share these QActions, so enabling one
// (say Run while a run is in progress) updates every place it appears.

#include <QObject>

class QAction;
class QActionGroup;

namespace concord {

class ConsoleActions : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleActions(QObject *parent = nullptr);
    ~ConsoleActions() override;

    void retranslate();
    // Why Run is not available for the selected pipeline (shown as its tooltip); empty: it is.
    void setRunBlockedReason(const QString &reason);
    // Why "Run Schedules in This Console" cannot be switched on (its tooltip); empty: it can.
    void setSchedulesBlockedReason(const QString &reason);
    // Checks the language item for a choice: "system", "zh_CN" or "en".
    void setLanguageChoice(const QString &choice);

    QAction *newWorkspace;
    QAction *openWorkspace;
    QAction *openDemo;
    QAction *quit;
    QAction *run;
    QAction *dryRun;
    QAction *cancel;
    QAction *pause;
    QAction *resume;
    QAction *backfill;
    QAction *editMapping;
    QAction *showDeadLetters;
    QAction *runSchedules;       // checkable: this console runs the schedules
    QAction *refresh;
    QAction *languageSystem;
    QAction *languageChinese;
    QAction *languageEnglish;
    QActionGroup *languageGroup;
    QAction *settings;
    QAction *userGuide;
    QAction *shortcuts;
    QAction *about;

private:
    QString m_runBlockedReason;
    QString m_schedulesBlockedReason;
};

} // namespace concord
