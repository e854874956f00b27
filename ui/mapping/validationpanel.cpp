#include "mapping/validationpanel.h"

#include "mapping/expressionedit.h"
#include "mapping/mappingdocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace concord {

namespace {

enum RuleColumn { RuleField, RuleCheck, RuleCode, RuleMessage };

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

ValidationPanel::ValidationPanel(MappingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
{
    setObjectName(QStringLiteral("validationPanel"));
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    auto *left = new QWidget(split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_fieldsTitle = new QLabel(left);
    ll->addWidget(m_fieldsTitle);
    m_fields = new QTableWidget(0, 3, left);
    m_fields->setObjectName(QStringLiteral("validationFields"));
    m_fields->verticalHeader()->setVisible(false);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ll->addWidget(m_fields);

    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_rulesTitle = new QLabel(right);
    rl->addWidget(m_rulesTitle);
    m_rules = new QTableWidget(0, 4, right);
    m_rules->setObjectName(QStringLiteral("validationRules"));
    m_rules->verticalHeader()->setVisible(false);
    m_rules->horizontalHeader()->setSectionResizeMode(RuleCheck, QHeaderView::Stretch);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    rl->addWidget(m_rules);
    m_check = new ExpressionEdit(right);
    rl->addWidget(m_check);
    m_checkError = new QLabel(right);
    m_checkError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_checkError->setWordWrap(true);
    rl->addWidget(m_checkError);
    auto *buttons = new QHBoxLayout;
    m_add = new QToolButton(right);
    m_add->setText(QStringLiteral("+"));
    m_remove = new QToolButton(right);
    m_remove->setText(QStringLiteral("\u2212"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    rl->addLayout(buttons);
    split->setStretchFactor(1, 2);

    connect(m_fields, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading)
            commit(item->column() == 1 ? tr("Change which fields are required") : tr("Change which fields are unique"));
    });
    connect(m_rules, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading)
            return;
        if (item->column() == RuleCheck && item->row() == m_rules->currentRow())
            m_check->setExpression(item->text());
        commit(tr("Edit a validation rule"));
    });
    connect(m_rules, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *check = row >= 0 ? m_rules->item(row, RuleCheck) : nullptr;
        m_check->setEnabled(check != nullptr);
        m_check->setExpression(check ? check->text() : QString());
    });
    connect(m_check, &ExpressionEdit::expressionEdited, this, [this](const QString &text) {
        QTableWidgetItem *check = m_rules->item(m_rules->currentRow(), RuleCheck);
        if (!check)
            return;
        m_loading = true;
        check->setText(text);
        m_loading = false;
        commit(tr("Edit a validation rule"));
    });
    connect(m_check, &ExpressionEdit::errorChanged, m_checkError, &QLabel::setText);
    connect(m_add, &QToolButton::clicked, this, [this] {
        m_loading = true;
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        m_rules->setItem(row, RuleField, new QTableWidgetItem(QString()));
        m_rules->setItem(row, RuleCheck, new QTableWidgetItem(QStringLiteral("true")));
        m_rules->setItem(row, RuleCode, new QTableWidgetItem(QStringLiteral("VALIDATION_FAILED")));
        m_rules->setItem(row, RuleMessage, new QTableWidgetItem(QString()));
        m_loading = false;
        commit(tr("Add a validation rule"));
        m_rules->selectRow(row);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_rules->currentRow();
        if (row < 0)
            return;
        m_loading = true;
        m_rules->removeRow(row);
        m_loading = false;
        commit(tr("Remove a validation rule"));
    });
    retranslate();
}

void ValidationPanel::retranslate()
{
    m_fieldsTitle->setText(tr("Required and unique target fields"));
    m_rulesTitle->setText(tr("Rules (a record failing one becomes a dead letter with its code)"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Required"), tr("Unique in batch")});
    m_rules->setHorizontalHeaderLabels({tr("Field"), tr("Check"), tr("Error code"), tr("Message")});
    m_rules->horizontalHeaderItem(RuleField)->setToolTip(tr("The target field the rule checks (its value is `value`); empty: the whole record"));
    m_check->setPlaceholderText(tr("Condition of the selected rule, e.g. value >= 0"));
    m_add->setToolTip(tr("Add a rule"));
    m_remove->setToolTip(tr("Remove the selected rule"));
}

void ValidationPanel::reload()
{
    m_loading = true;
    const MappingRules &rules = m_doc->rules();
    const DatasetDef *target = m_doc->targetDataset();
    const QStringList names = target ? target->schema.fieldNames() : QStringList();
    m_fields->setRowCount(int(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        auto *name = new QTableWidgetItem(names.at(i));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_fields->setItem(i, 0, name);
        m_fields->setItem(i, 1, checkItem(rules.required.contains(names.at(i))));
        m_fields->setItem(i, 2, checkItem(rules.unique.contains(names.at(i))));
    }
    const int current = m_rules->currentRow();
    m_rules->setRowCount(int(rules.rules.size()));
    for (int i = 0; i < rules.rules.size(); ++i) {
        const ValidationRule &r = rules.rules.at(i);
        m_rules->setItem(i, RuleField, new QTableWidgetItem(r.field));
        m_rules->setItem(i, RuleCheck, new QTableWidgetItem(r.check));
        m_rules->setItem(i, RuleCode, new QTableWidgetItem(r.code));
        m_rules->setItem(i, RuleMessage, new QTableWidgetItem(r.message));
    }
    if (current >= 0 && current < m_rules->rowCount())
        m_rules->setCurrentCell(current, std::max(0, m_rules->currentColumn()));
    const QTableWidgetItem *check = m_rules->item(m_rules->currentRow(), RuleCheck);
    m_check->setEnabled(check != nullptr);
    m_check->setExpression(check ? check->text() : QString());
    if (const DatasetDef *source = m_doc->sourceDataset()) {
        ExpressionContext ctx;
        const Schema schema = source->schema;
        ctx.resolveField = [schema](const QString &n) { return schema.indexOf(n); };
        ctx.lookupTables = rules.lookupTables;
        m_check->setContext(ctx);
        m_checkError->setText(m_check->errorText());
    }
    m_loading = false;
}

void ValidationPanel::commit(const QString &description)
{
    QStringList required, unique;
    for (int i = 0; i < m_fields->rowCount(); ++i) {
        const QString name = m_fields->item(i, 0)->text();
        if (m_fields->item(i, 1)->checkState() == Qt::Checked)
            required << name;
        if (m_fields->item(i, 2)->checkState() == Qt::Checked)
            unique << name;
    }
    // Keep the file's order for names that stay; new ones go at the end.
    auto ordered = [](const QStringList &before, const QStringList &now) {
        QStringList out;
        for (const QString &n : before)
            if (now.contains(n))
                out << n;
        for (const QString &n : now)
            if (!out.contains(n))
                out << n;
        return out;
    };
    const MappingRules &old = m_doc->rules();
    QList<ValidationRule> rules;
    for (int i = 0; i < m_rules->rowCount(); ++i) {
        ValidationRule r = i < old.rules.size() ? old.rules.at(i) : ValidationRule();
        auto text = [&](int c) { return m_rules->item(i, c) ? m_rules->item(i, c)->text().trimmed() : QString(); };
        r.field = text(RuleField);
        r.check = m_rules->item(i, RuleCheck) ? m_rules->item(i, RuleCheck)->text() : QString();
        r.code = text(RuleCode);
        r.message = text(RuleMessage);
        rules << r;
    }
    m_doc->setValidation(ordered(old.required, required), ordered(old.unique, unique), rules, description);
}

void ValidationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace concord
