#pragma once
// The steward's settings, typed, over QSettings (ui/preference.h): what the Settings dialog
// edits and the console applies at start-up. Each key is declared once, here; the language
// itself is LanguageManager's ("ui/language").

#include "preference.h"

#include <QString>
#include <QVariantMap>

namespace concord::settings {

// "system", "light" or "dark".
inline const Preference<QString> &theme()
{
    static const Preference<QString> p{"ui/theme", QStringLiteral("system")};
    return p;
}

// What the console's engine records in the log files and the log pane: "info", "warning" or
// "error".
inline const Preference<QString> &logLevel()
{
    static const Preference<QString> p{"log/level", QStringLiteral("info")};
    return p;
}

// Where exports are proposed when a page has not exported before ("": Documents).
inline const Preference<QString> &exportFolder()
{
    static const Preference<QString> p{"export/defaultFolder", QString()};
    return p;
}

// The role each workspace is viewed as, by the workspace folder's path ("" or absent: the
// signed-in steward's own role).
inline const Preference<QVariantMap> &viewRoles()
{
    static const Preference<QVariantMap> p{"workspace/viewRoles", {}};
    return p;
}

QString viewRole(const QString &workspaceDir);
void setViewRole(const QString &workspaceDir, const QString &role);

QStringList themes();
QStringList logLevels();
// The level name as QtMsgType (unknown names: info).
QtMsgType logLevelType(const QString &level);

// Applies the theme to the application: "system" restores the platform style and palette;
// "light" and "dark" use Fusion with a palette of that scheme (and, on Qt 6.8 and later, the
// application's colour scheme hint, so native dialogs follow).
void applyTheme(const QString &theme);
// Applies the log level to the log hub of this process.
void applyLogLevel(const QString &level);

} // namespace concord::settings
