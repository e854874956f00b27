#pragma once
// The New Workspace wizard's first pages: where the data comes from — the folder, the system and
// its connection, and the table, listed off the GUI thread (LoadingPage). Used by
// newworkspacewizard.cpp only; the fields and the review are in fieldssteps.h.

#include "connectors/introspect.h"
#include "formatting.h"
#include "newworkspace/wizardsupport.h"
#include "policy/secrets.h"
#include "runthen.h"
#include "workspace/newworkspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

namespace concord {

using newworkspace::errorLabel;
using newworkspace::isReference;
using newworkspace::showError;

// ---------------------------------------------------------------- the folder

class FolderStep final : public QWizardPage
{
    Q_OBJECT

public:
    FolderStep() : m_folder(new QLineEdit), m_name(new QLineEdit), m_department(new QLineEdit), m_error(errorLabel())
    {
        setTitle(tr("Workspace folder"));
        setSubTitle(tr("A workspace is a folder with a workspace.yaml. Choose a new or empty folder; keep it in git with "
                       "the mappings you will add."));
        m_folder->setObjectName(QStringLiteral("newWorkspaceFolder"));
        m_folder->setPlaceholderText(QDir::toNativeSeparators(
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/concord-workspace")));
        m_name->setObjectName(QStringLiteral("newWorkspaceName"));
        m_name->setPlaceholderText(tr("e.g. 销售与财务同步"));
        m_department->setObjectName(QStringLiteral("newWorkspaceDepartment"));
        m_department->setPlaceholderText(tr("e.g. sales (optional)"));
        m_department->setToolTip(tr("The department that owns the first system. It becomes the workspace's first "
                                    "department; roles and visibility rules refer to departments."));
        auto *browse = new QPushButton(tr("Browse…"));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString start = m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text();
            const QString dir = QFileDialog::getExistingDirectory(this, tr("Workspace Folder"), start);
            if (!dir.isEmpty())
                m_folder->setText(QDir::toNativeSeparators(dir));
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_folder, 1);
        row->addWidget(browse);
        auto *form = new QFormLayout(this);
        auto *folderLabel = new QLabel(tr("&Folder:"));
        folderLabel->setBuddy(m_folder);
        form->addRow(folderLabel, row);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Department:"), m_department);
        form->addRow(m_error);
        // Typing goes folder → name → department; Browse… comes last.
        setTabOrder(m_folder, m_name);
        setTabOrder(m_name, m_department);
        setTabOrder(m_department, browse);
        connect(m_folder, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_department, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    QString directory() const { return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed())); }
    QString name() const { return m_name->text().trimmed(); }
    QString department() const { return m_department->text().trimmed(); }
    QLineEdit *folderEdit() const { return m_folder; }

    bool isComplete() const override
    {
        QString problem;
        const QString dir = directory();
        if (!m_folder->text().trimmed().isEmpty()) {
            if (!QDir::isAbsolutePath(dir))
                problem = tr("Give the folder's full path.");
            else if (QFileInfo::exists(dir + QStringLiteral("/workspace.yaml")))
                problem = tr("%1 already holds a workspace: open it with File → Open Workspace, or choose another folder.")
                              .arg(QDir::toNativeSeparators(dir));
            else if (QFileInfo::exists(dir) && !QFileInfo(dir).isDir())
                problem = tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(dir));
        }
        if (problem.isEmpty() && !department().isEmpty() && !isFieldName(department()))
            problem = tr("A department name holds letters, digits, _ and -, and starts with a letter.");
        showError(m_error, problem);
        return problem.isEmpty() && !m_folder->text().trimmed().isEmpty();
    }

private:
    QLineEdit *m_folder;
    QLineEdit *m_name;
    QLineEdit *m_department;
    QLabel *m_error;
};

// ---------------------------------------------------------------- the system

class SystemStep final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SystemStep(const FolderStep *folder)
        : m_folderPage(folder), m_name(new QLineEdit), m_kind(new QComboBox), m_stack(new QStackedWidget), m_file(new QLineEdit),
          m_host(new QLineEdit), m_port(new QSpinBox), m_database(new QLineEdit), m_user(new QLineEdit),
          m_reference(new QLineEdit), m_password(new QLineEdit), m_schema(new QLineEdit), m_error(errorLabel())
    {
        setTitle(tr("The first system"));
        setSubTitle(tr("The department database Concord reads (or writes). Passwords are never written into the "
                       "workspace: it names a keychain entry or an environment variable instead."));
        m_name->setObjectName(QStringLiteral("newWorkspaceSystem"));
        m_name->setPlaceholderText(tr("e.g. crm"));
        m_name->setToolTip(tr("A short name the workspace uses for this system; datasets are named SYSTEM.TABLE."));
        m_kind->setObjectName(QStringLiteral("newWorkspaceKind"));
        m_kind->addItem(tr("SQLite file"), QStringLiteral("sqlite"));
        m_kind->addItem(QStringLiteral("PostgreSQL"), QStringLiteral("postgres"));
        m_kind->addItem(QStringLiteral("MySQL"), QStringLiteral("mysql"));
        m_kind->addItem(QStringLiteral("MariaDB"), QStringLiteral("mariadb"));

        m_file->setObjectName(QStringLiteral("newWorkspaceSqliteFile"));
        auto *browse = new QPushButton(tr("Browse…"));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(this, tr("SQLite Database"), m_file->text(),
                                                              tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
            if (!file.isEmpty())
                m_file->setText(QDir::toNativeSeparators(file));
        });
        auto *sqlite = new QWidget;
        auto *sqliteForm = new QFormLayout(sqlite);
        sqliteForm->setContentsMargins(0, 0, 0, 0);
        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(browse);
        auto *fileLabel = new QLabel(tr("&File:"));
        fileLabel->setBuddy(m_file);
        sqliteForm->addRow(fileLabel, fileRow);
        auto *fileHint = new QLabel(tr("Concord never creates a department's database: the file must exist. Inside the "
                                       "workspace folder it is written as a relative path."));
        fileHint->setWordWrap(true);
        sqliteForm->addRow(fileHint);

        m_host->setObjectName(QStringLiteral("newWorkspaceHost"));
        m_host->setPlaceholderText(QStringLiteral("127.0.0.1"));
        m_port->setObjectName(QStringLiteral("newWorkspacePort"));
        m_port->setRange(0, 65535);
        m_port->setSpecialValueText(tr("default"));
        m_database->setObjectName(QStringLiteral("newWorkspaceDatabase"));
        m_user->setObjectName(QStringLiteral("newWorkspaceUser"));
        m_reference->setObjectName(QStringLiteral("newWorkspacePasswordReference"));
        m_reference->setPlaceholderText(tr("keychain:NAME or env:VARIABLE"));
        m_reference->setToolTip(tr("Where the password comes from when Concord connects: the OS keychain "
                                   "(keychain:NAME) or an environment variable (env:VARIABLE, for servers)."));
        m_password->setObjectName(QStringLiteral("newWorkspacePassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setToolTip(tr("Saved in the OS keychain under the keychain: reference when the wizard connects; "
                                  "leave it empty when the entry exists already."));
        m_schema->setObjectName(QStringLiteral("newWorkspaceSchema"));
        m_schema->setPlaceholderText(QStringLiteral("public"));
        auto *server = new QWidget;
        auto *serverForm = new QFormLayout(server);
        serverForm->setContentsMargins(0, 0, 0, 0);
        serverForm->addRow(tr("&Host:"), m_host);
        serverForm->addRow(tr("P&ort:"), m_port);
        serverForm->addRow(tr("Data&base:"), m_database);
        serverForm->addRow(tr("&User:"), m_user);
        serverForm->addRow(tr("Password &reference:"), m_reference);
        serverForm->addRow(tr("Pass&word:"), m_password);
        m_schemaLabel = new QLabel(tr("&Schema:"));
        m_schemaLabel->setBuddy(m_schema);
        serverForm->addRow(m_schemaLabel, m_schema);
        m_stack->addWidget(sqlite);
        m_stack->addWidget(server);

        auto *form = new QFormLayout(this);
        form->addRow(tr("&System name:"), m_name);
        form->addRow(tr("&Kind:"), m_kind);
        form->addRow(m_stack);
        form->addRow(m_error);

        connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &SystemStep::kindChanged);
        connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
            // keychain:<workspace folder>/<system> unless the steward typed a reference of their own:
            // keychain names are shared by every workspace of this login, so they carry the folder's.
            if (m_reference->text().isEmpty() || m_reference->text() == m_suggestedReference) {
                const QString folder = QFileInfo(m_folderPage->directory()).fileName();
                m_suggestedReference = name.trimmed().isEmpty()
                    ? QString()
                    : QStringLiteral("keychain:%1%2").arg(folder.isEmpty() ? QString() : folder + QLatin1Char('/'), name.trimmed());
                m_reference->setText(m_suggestedReference);
            }
        });
        for (QLineEdit *edit : {m_name, m_file, m_database, m_reference, m_password})
            connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_reference, &QLineEdit::textChanged, this,
                [this](const QString &ref) { m_password->setEnabled(ref.startsWith(QLatin1String("keychain:"))); });
        kindChanged();
    }

    QString kind() const { return m_kind->currentData().toString(); }
    QString systemName() const { return m_name->text().trimmed(); }
    // The password typed for a server system with a keychain:NAME reference ("" otherwise).
    QString password() const { return keychainName().isEmpty() ? QString() : m_password->text(); }
    // NAME of a keychain:NAME reference of a server system ("" for other references and SQLite).
    QString keychainName() const
    {
        const QString ref = m_reference->text().trimmed();
        if (kind() == QLatin1String("sqlite") || !ref.startsWith(QLatin1String("keychain:")))
            return {};
        return ref.mid(int(qstrlen("keychain:")));
    }

    // The SQLite file as the workspace will name it: relative when inside the workspace folder.
    QString workspacePath() const
    {
        const QString file = QDir::cleanPath(QDir::fromNativeSeparators(m_file->text().trimmed()));
        const QString dir = m_folderPage->directory();
        const QString relative = QDir(dir).relativeFilePath(file);
        return relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative) ? file : relative;
    }

    void fill(NewWorkspace &spec) const
    {
        spec.system = systemName();
        spec.kind = kind();
        if (spec.kind == QLatin1String("sqlite")) {
            spec.path = workspacePath();
            return;
        }
        spec.host = m_host->text().trimmed();
        spec.port = m_port->value();
        spec.database = m_database->text().trimmed();
        spec.user = m_user->text().trimmed();
        spec.password = m_reference->text().trimmed();
        spec.schema = kind() == QLatin1String("postgres") ? m_schema->text().trimmed() : QString();
    }

    SystemDef systemDef() const
    {
        NewWorkspace spec;
        fill(spec);
        SystemDef s;
        s.name = spec.system;
        s.kind = spec.kind;
        s.path = spec.path;
        s.host = spec.host.isEmpty() ? QStringLiteral("127.0.0.1") : spec.host;
        s.port = spec.port > 0 ? spec.port : (spec.kind == QLatin1String("postgres") ? 5432 : 3306);
        s.database = spec.database;
        s.user = spec.user;
        s.password = spec.password;
        if (!spec.schema.isEmpty())
            s.options.insert(QStringLiteral("schema"), spec.schema);
        // The wizard connects with the typed password in memory; it is stored only by Finish.
        s.passwordValue = password().toUtf8();
        return s;
    }

    bool isComplete() const override
    {
        QString problem;
        const QString name = systemName();
        if (!name.isEmpty() && !isFieldName(name))
            problem = tr("A system name holds letters, digits, _ and -, and starts with a letter: crm, erp_finance, 仓储.");
        else if (kind() != QLatin1String("sqlite") && !m_reference->text().trimmed().isEmpty() && !isReference(m_reference->text().trimmed()))
            problem = tr("The password reference is keychain:NAME or env:VARIABLE; the password itself goes in the field below it.");
        else if (!password().isEmpty() && !keychainAllowed())
            problem = tr("The OS keychain is not in use here (CONCORD_KEYCHAIN=off): put the password in an environment "
                         "variable and give env:VARIABLE as the reference.");
        showError(m_error, problem);
        if (!problem.isEmpty() || name.isEmpty())
            return false;
        return kind() == QLatin1String("sqlite") ? !m_file->text().trimmed().isEmpty() : !m_database->text().trimmed().isEmpty();
    }

private:
    void kindChanged()
    {
        const bool sqlite = kind() == QLatin1String("sqlite");
        m_stack->setCurrentIndex(sqlite ? 0 : 1);
        m_schema->setVisible(kind() == QLatin1String("postgres"));
        m_schemaLabel->setVisible(kind() == QLatin1String("postgres"));
        Q_EMIT completeChanged();
    }

    const FolderStep *m_folderPage;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_stack;
    QLineEdit *m_file;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_reference;
    QLineEdit *m_password;
    QLineEdit *m_schema;
    QLabel *m_schemaLabel = nullptr;
    QLabel *m_error;
    QString m_suggestedReference;
};

// A page that waits for the thread pool: a busy bar while it does, the error and Retry when it failed.
class LoadingPage : public QWizardPage
{
    Q_OBJECT

public:
    LoadingPage() : m_status(new QLabel), m_busy(new QProgressBar), m_retry(new QPushButton), m_error(errorLabel())
    {
        m_status->setWordWrap(true);
        m_busy->setRange(0, 0);
        m_busy->setMaximumHeight(12);
        m_busy->setTextVisible(false);
        m_retry->setText(tr("&Try Again"));
        m_retry->hide();
        connect(m_retry, &QPushButton::clicked, this, [this] { load(); });
    }

    bool isLoading() const { return m_loading; }
    bool isComplete() const override { return !m_loading && m_loaded; }
    void cleanupPage() override
    {
        ++m_generation; // an answer still on its way is for a page the steward has left
        m_loading = false;
    }

protected:
    virtual void load() = 0;

    // Starts `work`; `done(result)` runs on the GUI thread unless the page was left or reloaded.
    template<typename Work, typename Done>
    void start(const QString &status, Work work, Done done)
    {
        const int generation = ++m_generation;
        m_loading = true;
        m_loaded = false;
        m_status->setText(status);
        m_busy->show();
        m_retry->hide();
        showError(m_error, {});
        Q_EMIT completeChanged();
        runThen(this, std::move(work), [this, generation, done](const auto &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_busy->hide();
            if (!result.ok()) {
                m_status->clear();
                showError(m_error, result.error().message);
                m_retry->show();
            } else {
                m_loaded = true;
                done(*result);
            }
            Q_EMIT completeChanged();
        });
    }

    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QLabel *m_error;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0;
};

// ---------------------------------------------------------------- the table

class TableStep final : public LoadingPage
{
    Q_OBJECT

public:
    TableStep(const FolderStep *folder, const SystemStep *system)
        : m_folderPage(folder), m_systemPage(system), m_filter(new QLineEdit), m_tables(new QListWidget)
    {
        setTitle(tr("The first dataset"));
        setSubTitle(tr("Pick the table to declare. Its columns are read on the next page."));
        m_filter->setObjectName(QStringLiteral("newWorkspaceTableFilter"));
        m_filter->setPlaceholderText(tr("Filter tables"));
        m_filter->setClearButtonEnabled(true);
        m_tables->setObjectName(QStringLiteral("newWorkspaceTables"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_status);
        layout->addWidget(m_busy);
        layout->addWidget(m_error);
        layout->addWidget(m_retry, 0, Qt::AlignLeft);
        layout->addWidget(m_filter);
        layout->addWidget(m_tables, 1);
        connect(m_filter, &QLineEdit::textChanged, this, &TableStep::applyFilter);
        connect(m_tables, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
        connect(m_tables, &QListWidget::itemActivated, this, [this] {
            if (isComplete())
                wizard()->next();
        });
    }

    void initializePage() override { load(); }
    bool isComplete() const override { return LoadingPage::isComplete() && m_tables->currentItem() && !m_tables->currentItem()->isHidden(); }
    QListWidget *tables() const { return m_tables; }

    // The table as the system's dataset names it: PostgreSQL reads "a.b" as schema.table, so a
    // table whose own name has a dot is quoted.
    QString table() const
    {
        const QString name = m_tables->currentItem() ? m_tables->currentItem()->text() : QString();
        if (m_systemPage->kind() == QLatin1String("postgres") && name.contains(QLatin1Char('.')))
            return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return name;
    }

protected:
    void load() override
    {
        const QString previous = m_tables->currentItem() ? m_tables->currentItem()->text() : QString();
        m_tables->clear();
        const SystemDef system = m_systemPage->systemDef();
        const QString dir = m_folderPage->directory();
        const QString where = system.kind == QLatin1String("sqlite")
            ? QDir::toNativeSeparators(system.resolvedPath(dir))
            : QStringLiteral("%1:%2/%3").arg(system.host).arg(system.port).arg(system.database);
        start(
            tr("Connecting to %1…").arg(where),
            [system, dir]() { return listTables(system, dir); },
            [this, where, previous](const QStringList &tables) {
                for (const QString &t : tables)
                    new QListWidgetItem(fmt::icon("dataset"), t, m_tables);
                m_status->setText(tables.isEmpty() ? tr("%1 has no tables.").arg(where)
                                                   : tr("%n table(s) in %1.", nullptr, int(tables.size())).arg(where));
                const auto found = m_tables->findItems(previous, Qt::MatchExactly);
                m_tables->setCurrentItem(found.isEmpty() ? m_tables->item(0) : found.constFirst());
                applyFilter(m_filter->text());
                m_filter->setFocus();
            });
    }

private:
    void applyFilter(const QString &text)
    {
        for (int i = 0; i < m_tables->count(); ++i)
            m_tables->item(i)->setHidden(!m_tables->item(i)->text().contains(text, Qt::CaseInsensitive));
        // The chosen table may be hidden now (or shown again): Next follows.
        Q_EMIT completeChanged();
    }

    const FolderStep *m_folderPage;
    const SystemStep *m_systemPage;
    QLineEdit *m_filter;
    QListWidget *m_tables;
};

} // namespace concord
