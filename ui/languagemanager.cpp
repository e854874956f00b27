#include "languagemanager.h"

#include "preference.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace concord {

namespace {

const Preference<QString> languagePreference{"ui/language", QStringLiteral("system")};

QStringList &translationDirectories()
{
    static QStringList dirs{QStringLiteral(":/i18n")};
    return dirs;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

void LanguageManager::addTranslationsDirectory(const QString &dir)
{
    if (!translationDirectories().contains(dir))
        translationDirectories().append(dir);
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString LanguageManager::systemLanguage()
{
    // uiLanguages() honours LANGUAGE=zh_CN even where no zh_CN locale is generated.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    const QStringList preferred = system.uiLanguages();
    if (!preferred.isEmpty() && preferred.constFirst().startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString LanguageManager::choice() const
{
    const QString stored = languagePreference.value();
    return supportedLanguages().contains(stored) ? stored : systemChoice();
}

void LanguageManager::applyStoredChoice()
{
    const QString c = choice();
    apply(c == systemChoice() ? systemLanguage() : c);
}

void LanguageManager::setChoice(const QString &choice)
{
    const bool known = supportedLanguages().contains(choice);
    languagePreference.setValue(known ? choice : systemChoice());
    apply(known ? choice : systemLanguage());
}

bool LanguageManager::applyOverride(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    apply(language);
    return true;
}

void LanguageManager::apply(const QString &language)
{
    if (language == m_current)
        return;
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = m_qtInstalled = false;

    // English needs its own catalogue too: it carries the plural forms ("1 minute" / "2 minutes").
    for (const QString &dir : std::as_const(translationDirectories())) {
        if (m_appTranslator.load(QStringLiteral("concord_") + language, dir)) {
            m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
            break;
        }
    }
    // Qt's own strings (standard dialogs, context menus of line edits) follow the same choice.
    if (language != QLatin1String("en")
        && m_qtTranslator.load(QStringLiteral("qtbase_") + language,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);

    // Numbers and dates follow the interface language, not just the system locale.
    const QLocale languageLocale(language);
    QLocale::setDefault(QLocale::system().language() == languageLocale.language() ? QLocale::system()
                                                                                  : languageLocale);
    m_current = language;
    Q_EMIT languageChanged(language);
}

} // namespace concord
