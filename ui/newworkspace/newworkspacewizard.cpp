#include "newworkspacewizard.h"

#include "connectors/introspect.h"
#include "formatting.h"
#include "runthen.h"
#include "model/fieldtype.h"
#include "policy/secrets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace concord {

namespace {


QLabel *errorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool isReference(const QString &text)
{
    return text.startsWith(QLatin1String("keychain:")) || text.startsWith(QLatin1String("env:"));
}

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

// ---------------------------------------------------------------- the fields

class FieldsStep final : public LoadingPage
{
    Q_OBJECT

public:
    enum Column { ColName, ColSqlType, ColType, ColKey, ColSensitivity, ColumnCount };

    FieldsStep(const FolderStep *folder, const SystemStep *system, const TableStep *table)
        : m_folderPage(folder), m_systemPage(system), m_tablePage(table), m_dataset(new QLineEdit), m_fields(new QTableWidget),
          m_version(new QComboBox), m_softDelete(new QComboBox), m_warning(new QLabel)
    {
        m_warning->setWordWrap(true);
        m_warning->setStyleSheet(QStringLiteral("color: #9a5b00;"));
        m_warning->hide();
        setTitle(tr("Fields"));
        setSubTitle(tr("Concord reads every declared field. Check the suggested types (exact decimals, never floating "
                       "point), the key, and what tracks changes; tag sensitive fields L3. The Sensitivity page can "
                       "suggest tags from sample values later."));
        m_dataset->setObjectName(QStringLiteral("newWorkspaceDataset"));
        m_fields->setObjectName(QStringLiteral("newWorkspaceFields"));
        m_fields->setColumnCount(ColumnCount);
        m_fields->setHorizontalHeaderLabels({tr("Column"), tr("SQL type"), tr("Type"), tr("Key"), tr("Sensitivity")});
        m_fields->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
        m_fields->horizontalHeader()->setSectionResizeMode(ColSqlType, QHeaderView::ResizeToContents);
        m_fields->verticalHeader()->hide();
        m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_version->setObjectName(QStringLiteral("newWorkspaceVersion"));
        m_version->setToolTip(tr("A timestamp or a number that grows on every change: runs read only what changed "
                                 "since the last one. Without it every run reads the whole table."));
        m_softDelete->setObjectName(QStringLiteral("newWorkspaceSoftDelete"));
        m_softDelete->setToolTip(tr("A column that marks a row as deleted: such rows delete the target's row."));

        auto *form = new QFormLayout;
        form->addRow(tr("&Dataset name:"), m_dataset);
        form->addRow(tr("&Changes tracked by:"), m_version);
        form->addRow(tr("&Deleted rows marked by:"), m_softDelete);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_status);
        layout->addWidget(m_busy);
        layout->addWidget(m_error);
        layout->addWidget(m_retry, 0, Qt::AlignLeft);
        layout->addLayout(form);
        layout->addWidget(m_fields, 1);
        layout->addWidget(m_warning);
        connect(m_dataset, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_fields, &QTableWidget::itemChanged, this, [this] {
            if (!m_filling) {
                refreshChoices();
                Q_EMIT completeChanged();
            }
        });
    }

    void initializePage() override
    {
        // Back and forth keeps the steward's edits; another table or connection reads afresh.
        if (sourceKey() != m_loadedFor || !m_loaded)
            load();
    }

    bool isComplete() const override
    {
        if (!LoadingPage::isComplete())
            return false;
        QString problem;
        const QList<NewField> chosen = fields();
        if (!isFieldName(m_dataset->text().trimmed()))
            problem = tr("The dataset name holds letters, digits, _ and -, and starts with a letter.");
        else if (chosen.isEmpty())
            problem = tr("Declare at least one column.");
        else if (std::none_of(chosen.begin(), chosen.end(), [](const NewField &f) { return f.key; }))
            problem = tr("Mark the column(s) that identify a row as Key: writes are upserts on the key.");
        else
            for (const NewField &f : chosen)
                if (!FieldType::parse(f.type)) {
                    problem = tr("\"%1\" is not a type of field %2: int, decimal(p,s), string, bool, date, timestamp or json.")
                                  .arg(f.type, f.name);
                    break;
                }
        showError(m_error, problem);
        // Not a refusal (another unique key may be meant), but a key narrower than the table's
        // primary key merges rows that the table keeps apart.
        QStringList keyed;
        for (const NewField &f : chosen)
            if (f.key)
                keyed.append(f.name);
        QStringList missing;
        for (const QString &column : m_primaryKey)
            if (!keyed.contains(column))
                missing.append(column);
        m_warning->setText(missing.isEmpty() || !problem.isEmpty()
                               ? QString()
                               : tr("The table's primary key is (%1); %2 is not a key field here. Writes upsert on the "
                                    "key you declare, so rows that differ only in %2 would overwrite each other.")
                                     .arg(m_primaryKey.join(QStringLiteral(", ")), missing.join(QStringLiteral(", "))));
        m_warning->setVisible(!m_warning->text().isEmpty());
        return problem.isEmpty();
    }

    QList<NewField> fields() const
    {
        QList<NewField> out;
        for (int row = 0; row < m_fields->rowCount(); ++row) {
            const QTableWidgetItem *name = m_fields->item(row, ColName);
            if (!name || name->checkState() != Qt::Checked)
                continue;
            NewField f;
            f.name = name->text();
            f.type = static_cast<QComboBox *>(m_fields->cellWidget(row, ColType))->currentText().trimmed();
            f.key = m_fields->item(row, ColKey)->checkState() == Qt::Checked;
            f.sensitivity = static_cast<QComboBox *>(m_fields->cellWidget(row, ColSensitivity))->currentData().toString();
            out.append(f);
        }
        return out;
    }

    QString dataset() const { return m_dataset->text().trimmed(); }
    QString version() const { return m_version->currentData().toString(); }
    QString softDelete() const { return m_softDelete->currentData().toString(); }
    QTableWidget *table() const { return m_fields; }

protected:
    void load() override
    {
        const SystemDef system = m_systemPage->systemDef();
        const QString dir = m_folderPage->directory();
        const QString table = m_tablePage->table();
        m_loadedFor = sourceKey();
        m_fields->setRowCount(0);
        m_dataset->setText(nameFromTable(table));
        start(tr("Reading the columns of %1…").arg(table),
              [system, dir, table] { return describeTable(system, dir, table); },
              [this, table](const QList<TableColumn> &columns) {
                  fill(columns);
                  m_status->setText(tr("%n column(s) in %1.", nullptr, int(columns.size())).arg(table));
              });
    }

private:
    // Where the columns come from: every connection setting and the table.
    QString sourceKey() const
    {
        const SystemDef s = m_systemPage->systemDef();
        return QStringList{s.kind, s.path, s.host, QString::number(s.port), s.database, s.user,
                           s.options.value(QStringLiteral("schema")).toString(), m_tablePage->table()}
            .join(QLatin1Char('\x1f'));
    }

    void fill(const QList<TableColumn> &columns)
    {
        m_filling = true;
        const bool anyKey = std::any_of(columns.begin(), columns.end(), [](const TableColumn &c) { return c.keyPosition > 0; });
        m_primaryKey.clear();
        for (const TableColumn &c : columns)
            if (c.keyPosition > 0)
                m_primaryKey.append(c.name);
        QList<NewField> suggested;
        m_fields->setRowCount(int(columns.size()));
        for (int row = 0; row < columns.size(); ++row) {
            const TableColumn &c = columns.at(row);
            const bool usable = isFieldName(c.name);
            const bool key = anyKey ? c.keyPosition > 0 : c.name.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0;
            const QString type = suggestFieldType(c.sqlType);
            auto *name = new QTableWidgetItem(c.name);
            name->setFlags(usable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable : Qt::NoItemFlags);
            name->setCheckState(usable ? Qt::Checked : Qt::Unchecked);
            if (!usable)
                name->setToolTip(tr("Not a valid field name (letters, digits, _ and -): left out. Rename the column or "
                                    "map it through a view."));
            m_fields->setItem(row, ColName, name);
            auto *sqlType = new QTableWidgetItem(c.sqlType.isEmpty() ? tr("(none)") : c.sqlType);
            sqlType->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_fields->setItem(row, ColSqlType, sqlType);
            auto *typeBox = new QComboBox;
            typeBox->setEditable(true);
            typeBox->addItems({QStringLiteral("int"), QStringLiteral("decimal(18,2)"), QStringLiteral("string"), QStringLiteral("bool"),
                               QStringLiteral("date"), QStringLiteral("timestamp"), QStringLiteral("json")});
            typeBox->setCurrentText(type);
            typeBox->setToolTip(tr("Values are converted to this type as they are read; decimal(p,s) is exact."));
            connect(typeBox, &QComboBox::currentTextChanged, this, [this] {
                refreshChoices();
                Q_EMIT completeChanged();
            });
            m_fields->setCellWidget(row, ColType, typeBox);
            auto *keyItem = new QTableWidgetItem;
            keyItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            keyItem->setCheckState(key && usable ? Qt::Checked : Qt::Unchecked);
            m_fields->setItem(row, ColKey, keyItem);
            auto *level = new QComboBox;
            level->addItem(tr("L2 (default)"), QString());
            level->addItem(tr("L1 public"), QStringLiteral("L1"));
            level->addItem(tr("L3 restricted"), QStringLiteral("L3"));
            level->setCurrentIndex(0); // L2 until the steward says otherwise, keys too (a phone can be a key)
            m_fields->setCellWidget(row, ColSensitivity, level);
            if (usable)
                suggested.append(NewField{c.name, type, QString(), key});
        }
        m_fields->resizeColumnToContents(ColType);
        m_filling = false;
        refreshChoices();
        const auto pick = [](QComboBox *box, const QString &field) {
            const int i = box->findData(field);
            box->setCurrentIndex(std::max(0, i));
        };
        pick(m_version, suggestVersionField(suggested));
        pick(m_softDelete, suggestSoftDeleteField(suggested));
    }

    // The version and soft-delete choices follow the declared fields of fitting types.
    void refreshChoices()
    {
        const QList<NewField> chosen = fields();
        const auto rebuild = [&chosen](QComboBox *box, const QString &none, auto fits) {
            const QString current = box->currentData().toString();
            box->clear();
            box->addItem(none, QString());
            for (const NewField &f : chosen)
                if (fits(f))
                    box->addItem(QStringLiteral("%1 (%2)").arg(f.name, f.type), f.name);
            box->setCurrentIndex(std::max(0, box->findData(current)));
        };
        rebuild(m_version, tr("(nothing: read the whole table each run)"), [](const NewField &f) {
            return f.type == QLatin1String("timestamp") || f.type == QLatin1String("int") || f.type == QLatin1String("date");
        });
        rebuild(m_softDelete, tr("(rows are deleted for real)"), [](const NewField &f) { return f.type == QLatin1String("bool"); });
    }

    const FolderStep *m_folderPage;
    const SystemStep *m_systemPage;
    const TableStep *m_tablePage;
    QLineEdit *m_dataset;
    QTableWidget *m_fields;
    QComboBox *m_version;
    QComboBox *m_softDelete;
    QLabel *m_warning;
    QStringList m_primaryKey;
    QString m_loadedFor;
    bool m_filling = false;
};

// ---------------------------------------------------------------- the summary

class SummaryStep final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryStep(const NewWorkspaceWizard *wizard) : m_wizard(wizard), m_where(new QLabel), m_yaml(new QPlainTextEdit), m_error(errorLabel())
    {
        setTitle(tr("Review"));
        setSubTitle(tr("Finish writes this workspace.yaml and opens the workspace. Add the target system, a pipeline and "
                       "its mapping next (docs/workspace.md, docs/mapping.md)."));
        m_where->setWordWrap(true);
        m_yaml->setObjectName(QStringLiteral("newWorkspaceYaml"));
        m_yaml->setReadOnly(true);
        m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_where);
        layout->addWidget(m_yaml, 1);
        layout->addWidget(m_error);
        setCommitPage(false);
        setFinalPage(true);
    }

    void initializePage() override
    {
        showError(m_error, {});
        m_where->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(m_wizard->directory())));
        m_yaml->setPlainText(newWorkspaceYaml(m_wizard->spec()));
    }

    void setError(const QString &text) { showError(m_error, text); }
    QPlainTextEdit *yaml() const { return m_yaml; }

private:
    const NewWorkspaceWizard *m_wizard;
    QLabel *m_where;
    QPlainTextEdit *m_yaml;
    QLabel *m_error;
};

} // namespace

NewWorkspaceWizard::NewWorkspaceWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("newWorkspaceWizard"));
    setWindowTitle(tr("New Workspace"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    auto *folder = new FolderStep;
    auto *system = new SystemStep(folder);
    auto *table = new TableStep(folder, system);
    setPage(FolderPage, folder);
    setPage(SystemPage, system);
    setPage(TablePage, table);
    setPage(FieldsPage, new FieldsStep(folder, system, table));
    setPage(SummaryPage, new SummaryStep(this));
    resize(760, 620);
}

NewWorkspaceWizard::~NewWorkspaceWizard() = default;

QString NewWorkspaceWizard::directory() const
{
    return static_cast<const FolderStep *>(page(FolderPage))->directory();
}

NewWorkspace NewWorkspaceWizard::spec() const
{
    const auto *folder = static_cast<const FolderStep *>(page(FolderPage));
    const auto *fields = static_cast<const FieldsStep *>(page(FieldsPage));
    NewWorkspace spec;
    spec.name = folder->name();
    spec.department = folder->department();
    static_cast<const SystemStep *>(page(SystemPage))->fill(spec);
    spec.table = static_cast<const TableStep *>(page(TablePage))->table();
    spec.dataset = fields->dataset();
    spec.fields = fields->fields();
    spec.version = fields->version();
    spec.softDelete = fields->softDelete();
    return spec;
}

void NewWorkspaceWizard::accept()
{
    if (m_writing)
        return;
    const auto *system = static_cast<const SystemStep *>(page(SystemPage));
    finish(system->keychainName(), system->password().toUtf8(), false);
}

void NewWorkspaceWizard::reject()
{
    // What Finish started is not abandoned half-way.
    if (!m_writing)
        QWizard::reject();
}

namespace {

struct Finished
{
    Result<QString> written = makeError(ErrorCode::Cancelled, QString());
    bool askReplace = false;
};

} // namespace

void NewWorkspaceWizard::finish(const QString &keychainName, const QByteArray &password, bool replace)
{
    m_writing = true;
    for (const auto which : {QWizard::FinishButton, QWizard::BackButton, QWizard::CancelButton})
        button(which)->setEnabled(false);
    const QString dir = directory();
    const NewWorkspace spec = this->spec();
    runThen(
        this,
        [dir, spec, keychainName, password, replace] {
            Finished f;
            if (!password.isEmpty()) {
                // Keychain names are shared by every workspace of this login: never replace one silently.
                const auto existing = readSecret(QStringLiteral("keychain:") + keychainName);
                if (!replace && existing.ok() && *existing != password) {
                    f.askReplace = true;
                    return f;
                }
                if (!existing.ok() || *existing != password)
                    if (auto r = writeKeychainSecret(keychainName, password); !r.ok()) {
                        f.written = r.error();
                        return f;
                    }
            }
            f.written = createNewWorkspace(dir, spec);
            return f;
        },
        [this, dir, keychainName, password](const Finished &f) {
            m_writing = false;
            for (const auto which : {QWizard::FinishButton, QWizard::BackButton, QWizard::CancelButton})
                button(which)->setEnabled(true);
            auto *summary = static_cast<SummaryStep *>(page(SummaryPage));
            if (f.askReplace) {
                const auto answer = QMessageBox::question(
                    this, tr("Replace the Stored Password?"),
                    tr("The OS keychain already holds a different password under %1, and other workspaces may use "
                       "it. Replace it with the one typed here?")
                        .arg(keychainName));
                if (answer == QMessageBox::Yes)
                    finish(keychainName, password, true);
                else
                    summary->setError(tr("Nothing was written. Go back and choose another keychain name for the "
                                         "password reference, or leave the password empty to use the stored one."));
                return;
            }
            if (!f.written.ok()) {
                summary->setError(f.written.error().message);
                return;
            }
            m_created = dir;
            QWizard::accept();
        });
}

} // namespace concord

#include "newworkspacewizard.moc"
