#pragma once
// The New Workspace wizard's last pages: the table's fields with the suggestions made from its
// columns (FieldsStep), and the YAML to be written (SummaryStep). Used by newworkspacewizard.cpp only.

#include "model/fieldtype.h"
#include "newworkspace/newworkspacewizard.h"
#include "newworkspace/sourcesteps.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTableWidget>

#include <algorithm>

namespace concord {

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

} // namespace concord
