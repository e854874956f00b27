#include "settingsdialog.h"

#include "consolesession.h"
#include "consolesettings.h"
#include "languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace concord {

SettingsDialog::SettingsDialog(LanguageManager *language, ConsoleSession *session, QWidget *parent)
    : QDialog(parent), m_languageManager(language), m_session(session), m_language(new QComboBox), m_theme(new QComboBox),
      m_role(new QComboBox), m_logLevel(new QComboBox), m_exportFolder(new QLineEdit)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), LanguageManager::systemChoice());
    // Each language names itself, so a steward who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setEnabled(language != nullptr);

    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    m_role->setObjectName(QStringLiteral("settingsRole"));
    m_role->setToolTip(tr("The role this workspace is shown as when it opens. Only your own role and roles that see "
                          "no more than it are offered; values above the role's clearance are masked."));

    m_logLevel->setObjectName(QStringLiteral("settingsLogLevel"));
    m_logLevel->addItem(tr("Info (recommended)"), QStringLiteral("info"));
    m_logLevel->addItem(tr("Warnings and errors"), QStringLiteral("warning"));
    m_logLevel->addItem(tr("Errors only"), QStringLiteral("error"));
    m_logLevel->setToolTip(tr("What this console records in the workspace's log files and shows in the log pane. "
                              "Other processes (concordctl serve) keep their own level."));

    m_exportFolder->setObjectName(QStringLiteral("settingsExportFolder"));
    m_exportFolder->setPlaceholderText(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    m_exportFolder->setToolTip(tr("Where discrepancy, audit and log exports are proposed. Each page then remembers the "
                                  "folder you last exported to."));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_exportFolder->text().isEmpty() ? m_exportFolder->placeholderText() : m_exportFolder->text();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Default Export Folder"), start);
        if (!dir.isEmpty())
            m_exportFolder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&View as role:"), m_role);
    form->addRow(tr("Log &level:"), m_logLevel);
    auto *folderLabel = new QLabel(tr("&Export folder:"));
    folderLabel->setBuddy(m_exportFolder);
    form->addRow(folderLabel, folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    load();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const auto select = [](QComboBox *box, const QString &value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    select(m_language, m_languageManager ? m_languageManager->choice() : LanguageManager::systemChoice());
    select(m_theme, settings::theme().value());
    select(m_logLevel, settings::logLevel().value());
    m_exportFolder->setText(QDir::toNativeSeparators(settings::exportFolder().value()));

    m_role->clear();
    const auto workspace = m_session ? m_session->workspace() : nullptr;
    if (!workspace) {
        m_role->addItem(tr("(open a workspace to choose)"), QString());
        m_role->setEnabled(false);
        return;
    }
    const Holder &self = m_session->signedIn();
    m_role->addItem(self.hasRole() ? tr("Your own role (%1)").arg(self.name) : tr("Your own access (no role: L1 only)"), QString());
    for (const QString &role : m_session->viewableRoles())
        if (role != self.name)
            m_role->addItem(role, role);
    select(m_role, m_session->viewer().name == self.name ? QString() : m_session->viewer().name);
    m_role->setEnabled(m_role->count() > 1);
}

void SettingsDialog::restoreDefaults()
{
    const auto select = [](QComboBox *box, const QString &value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    select(m_language, LanguageManager::systemChoice());
    select(m_theme, settings::theme().defaultValue());
    select(m_logLevel, settings::logLevel().defaultValue());
    select(m_role, QString());
    m_exportFolder->clear();
}

void SettingsDialog::apply()
{
    settings::theme().setValue(m_theme->currentData().toString());
    settings::applyTheme(settings::theme().value());
    settings::logLevel().setValue(m_logLevel->currentData().toString());
    settings::applyLogLevel(settings::logLevel().value());
    settings::exportFolder().setValue(QDir::cleanPath(QDir::fromNativeSeparators(m_exportFolder->text().trimmed())));
    if (m_exportFolder->text().trimmed().isEmpty())
        settings::exportFolder().reset();
    if (m_session && m_session->workspace() && m_role->isEnabled()) {
        const QString role = m_role->currentData().toString();
        if (m_session->setViewRole(role).ok())
            settings::setViewRole(m_session->workspace()->dir, role);
    }
    // Last: switching the language retranslates every window, this one included.
    if (m_languageManager && m_languageManager->choice() != m_language->currentData().toString())
        m_languageManager->setChoice(m_language->currentData().toString());
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace concord
