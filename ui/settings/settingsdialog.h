#pragma once
// Settings… (Ctrl+,): language, theme, the role this workspace is viewed as, the log level and
// the default export folder. OK applies and remembers them (ui/settings/consolesettings.h); the
// language and theme change the open window at once.

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace concord {

class ConsoleSession;
class LanguageManager;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // language may be null (no language choice); session gives the open workspace's roles.
    SettingsDialog(LanguageManager *language, ConsoleSession *session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *logLevelBox() const { return m_logLevel; }
    QLineEdit *exportFolderEdit() const { return m_exportFolder; }

    // Stores and applies what the dialog shows.
    void apply();
    void accept() override;

private:
    void load();
    void restoreDefaults();

    LanguageManager *m_languageManager;
    ConsoleSession *m_session;
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_role;
    QComboBox *m_logLevel;
    QLineEdit *m_exportFolder;
};

} // namespace concord
