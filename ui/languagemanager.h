#pragma once
// Chooses the console's language and swaps translators at runtime. Installing or removing a
// translator makes Qt send QEvent::LanguageChange to every widget, which retranslates itself in
// changeEvent(). The choice ("system", "zh_CN" or "en") is remembered; a --lang override is not.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace concord {

class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QString systemChoice() { return QStringLiteral("system"); }
    // The languages the console ships, as locale names.
    static QStringList supportedLanguages();
    // "zh_CN" when the system prefers Chinese, "en" otherwise.
    static QString systemLanguage();

    // Where compiled catalogues are looked for after the built-in ":/i18n" (an installed
    // share/concord/translations, or a build directory in tests).
    static void addTranslationsDirectory(const QString &dir);

    // The remembered choice: "system", "zh_CN" or "en".
    QString choice() const;
    // The language in effect.
    QString current() const { return m_current; }

    // Applies the remembered choice; call once at start-up.
    void applyStoredChoice();
    // Applies and remembers a choice from View → Language.
    void setChoice(const QString &choice);
    // Applies a language for this session only (command line --lang).
    bool applyOverride(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void apply(const QString &language);

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_current;
};

} // namespace concord
