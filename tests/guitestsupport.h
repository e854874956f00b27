#pragma once
// What the console's GUI tests set up first: settings and app data inside the test's temporary
// directory, the engine's meta types, JSON log lines at warning level, and the compiled
// catalogues (next to the executables, qt_add_translations in app/) in English.

#include "enginehost.h"
#include "languagemanager.h"
#include "log/log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace guitest {

// Returns the language manager, English applied; null if the catalogue did not load.
inline std::unique_ptr<concord::LanguageManager> setUpConsole(const QTemporaryDir &tmp, const char *applicationName)
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(tmp.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(tmp.filePath(QStringLiteral("config"))));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, tmp.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("ConcordTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    concord::registerEngineMetaTypes();
    concord::log::install(concord::log::Output::JsonLines, QtWarningMsg);
    concord::LanguageManager::addTranslationsDirectory(QFileInfo(QStringLiteral(CONCORDCTL_PATH)).absolutePath());
    auto language = std::make_unique<concord::LanguageManager>();
    if (!language->applyOverride(QStringLiteral("en")))
        return nullptr;
    return language;
}

} // namespace guitest
