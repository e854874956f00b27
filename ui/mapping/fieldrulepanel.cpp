#include "mapping/fieldrulepanel.h"

#include "mapping/expressionedit.h"
#include "mapping/mapper.h"
#include "mapping/mappingdocument.h"
#include "workspace/yamlreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace concord {

namespace {

const QStringList kTransformNames = {QStringLiteral("trim"), QStringLiteral("upper"), QStringLiteral("lower")};
const QStringList kTypeNames = {QStringLiteral("string"),    QStringLiteral("int"),  QStringLiteral("decimal(18,2)"),
                                QStringLiteral("bool"),      QStringLiteral("date"), QStringLiteral("timestamp"),
                                QStringLiteral("json")};

// The panel's content inside its scroll area: it scrolls instead of squeezing its parts below the
// height they need (an expression box one pixel high helps nobody).
class PanelBody final : public QWidget
{
public:
    QSize minimumSizeHint() const override
    {
        const QSize base = QWidget::minimumSizeHint();
        return layout() ? QSize(base.width(), layout()->sizeHint().height()) : base;
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        // The scroll area asks this; never less than what the parts need at their minimum.
        if (!layout())
            return QWidget::heightForWidth(width);
        const int hfw = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : -1;
        return std::max({hfw, layout()->totalMinimumSize().height(), layout()->sizeHint().height()});
    }
};

QToolButton *toolButton(const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setAutoRaise(true);
    return b;
}

} // namespace

std::optional<Value> FieldRulePanel::valueFromText(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.size() >= 2 && ((text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
                             || (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))))
        return Value::fromString(text.mid(1, text.size() - 2));
    if (text == QLatin1String("null"))
        return Value();
    const Value v = YamlReader::plainValue(text);
    if (v.type() != Value::Type::String)
        return v;
    return Value::fromString(input);
}

QString FieldRulePanel::textFromValue(const std::optional<Value> &value)
{
    if (!value)
        return QString();
    if (value->isNull())
        return QStringLiteral("null");
    const QString text = value->toString();
    // Text that would read back as something else (a number, true, blank) is shown quoted.
    if (value->type() == Value::Type::String) {
        const auto back = valueFromText(text);
        if (!back || back->type() != Value::Type::String || back->stringValue() != text)
            return QStringLiteral("'%1'").arg(text);
    }
    return text;
}

FieldRulePanel::FieldRulePanel(MappingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
{
    setObjectName(QStringLiteral("fieldRulePanel"));
    setMinimumWidth(340);
    build();
    retranslate();
    setTarget(QString());
}

void FieldRulePanel::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    m_body = new PanelBody;
    scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);

    m_title = new QLabel(m_body);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_problem = new QLabel(m_body);
    m_problem->setWordWrap(true);
    m_problem->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    // Where the value comes from.
    m_origin = new QComboBox(m_body);
    m_origin->setObjectName(QStringLiteral("originBox"));
    m_originLabel = new QLabel(m_body);
    form->addRow(m_originLabel, m_origin);
    // The one of source box, expression and constant that applies is shown (hidden ones take no room).
    m_originStack = new QWidget(m_body);
    auto *originLayout = new QVBoxLayout(m_originStack);
    originLayout->setContentsMargins(0, 0, 0, 0);
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceFieldBox"));
    originLayout->addWidget(m_source);
    m_exprBox = new QWidget;
    auto *exprLayout = new QVBoxLayout(m_exprBox);
    exprLayout->setContentsMargins(0, 0, 0, 0);
    m_expr = new ExpressionEdit(m_exprBox);
    m_expr->setObjectName(QStringLiteral("expressionEdit"));
    m_exprError = new QLabel(m_exprBox);
    m_exprError->setWordWrap(true);
    m_exprError->setStyleSheet(QStringLiteral("color: #c62828;"));
    exprLayout->addWidget(m_expr);
    exprLayout->addWidget(m_exprError);
    originLayout->addWidget(m_exprBox);
    m_constant = new QLineEdit;
    m_constant->setObjectName(QStringLiteral("constantEdit"));
    originLayout->addWidget(m_constant);
    form->addRow(QString(), m_originStack);

    // Transforms: a list with add / remove / up / down.
    m_transformLabel = new QLabel(m_body);
    auto *transformBox = new QWidget(m_body);
    auto *tl = new QVBoxLayout(transformBox);
    tl->setContentsMargins(0, 0, 0, 0);
    m_transforms = new QListWidget(transformBox);
    m_transforms->setObjectName(QStringLiteral("transformList"));
    m_transforms->setMaximumHeight(m_transforms->fontMetrics().height() + 16);
    m_transforms->setFlow(QListView::LeftToRight);
    m_transforms->setSpacing(2);
    tl->addWidget(m_transforms);
    auto *tb = new QHBoxLayout;
    m_transformChoice = new QComboBox(transformBox);
    m_transformChoice->addItems(kTransformNames);
    m_addTransform = toolButton(QStringLiteral("+"), transformBox);
    m_removeTransform = toolButton(QStringLiteral("\u2212"), transformBox);
    m_transformUp = toolButton(QStringLiteral("\u25c0"), transformBox);
    m_transformDown = toolButton(QStringLiteral("\u25b6"), transformBox);
    tb->addWidget(m_transformChoice);
    tb->addWidget(m_addTransform);
    tb->addWidget(m_removeTransform);
    tb->addWidget(m_transformUp);
    tb->addWidget(m_transformDown);
    tb->addStretch();
    tl->addLayout(tb);
    form->addRow(m_transformLabel, transformBox);

    // Cases: when -> then rows; the selected row's condition is edited with highlighting below.
    m_casesLabel = new QLabel(m_body);
    auto *casesBox = new QWidget(m_body);
    auto *cl = new QVBoxLayout(casesBox);
    cl->setContentsMargins(0, 0, 0, 0);
    m_cases = new QTableWidget(0, 3, casesBox);
    m_cases->setObjectName(QStringLiteral("casesTable"));
    m_cases->verticalHeader()->setVisible(false);
    m_cases->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_cases->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_cases->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cases->setFixedHeight(m_cases->fontMetrics().height() * 6 + 16);
    cl->addWidget(m_cases);
    m_caseWhen = new ExpressionEdit(casesBox);
    m_caseWhen->setObjectName(QStringLiteral("caseWhenEdit"));
    cl->addWidget(m_caseWhen);
    m_caseError = new QLabel(casesBox);
    m_caseError->setWordWrap(true);
    m_caseError->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_caseError->setStyleSheet(QStringLiteral("color: #c62828;"));
    cl->addWidget(m_caseError);
    auto *cb = new QHBoxLayout;
    m_addCase = toolButton(QStringLiteral("+"), casesBox);
    m_removeCase = toolButton(QStringLiteral("\u2212"), casesBox);
    m_caseUp = toolButton(QStringLiteral("\u25b2"), casesBox);
    m_caseDown = toolButton(QStringLiteral("\u25bc"), casesBox);
    cb->addWidget(m_addCase);
    cb->addWidget(m_removeCase);
    cb->addWidget(m_caseUp);
    cb->addWidget(m_caseDown);
    cb->addStretch();
    cl->addLayout(cb);
    form->addRow(m_casesLabel, casesBox);

    m_elseLabel = new QLabel(m_body);
    auto *elseBox = new QWidget(m_body);
    auto *el = new QHBoxLayout(elseBox);
    el->setContentsMargins(0, 0, 0, 0);
    m_else = new QLineEdit(elseBox);
    m_else->setObjectName(QStringLiteral("elseEdit"));
    m_elseIsExpr = new QCheckBox(elseBox);
    el->addWidget(m_else);
    el->addWidget(m_elseIsExpr);
    form->addRow(m_elseLabel, elseBox);

    m_default = new QLineEdit(m_body);
    m_default->setObjectName(QStringLiteral("defaultEdit"));
    m_defaultLabel = new QLabel(m_body);
    form->addRow(m_defaultLabel, m_default);
    m_onNull = new QComboBox(m_body);
    m_onNull->setObjectName(QStringLiteral("nullPolicyBox"));
    m_onNullLabel = new QLabel(m_body);
    form->addRow(m_onNullLabel, m_onNull);
    m_type = new QComboBox(m_body);
    m_type->setObjectName(QStringLiteral("typeBox"));
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_typeLabel = new QLabel(m_body);
    form->addRow(m_typeLabel, m_type);
    m_lookup = new QLabel(m_body);
    m_lookup->setWordWrap(true);
    m_lookupLabel = new QLabel(m_body);
    form->addRow(m_lookupLabel, m_lookup);
    m_description = new QLineEdit(m_body);
    m_descriptionLabel = new QLabel(m_body);
    form->addRow(m_descriptionLabel, m_description);
    layout->addStretch();

    // Wiring: each widget edits the document.
    connect(m_origin, &QComboBox::activated, this, [this](int index) {
        if (m_loading)
            return;
        if (index == NotMapped) {
            m_doc->unlink(m_target);
            return;
        }
        if (index == SourceField && m_source->currentIndex() < 0 && m_source->count() > 0)
            m_source->setCurrentIndex(0);
        showOrigin(index);
        commit(tr("Change where %1 comes from").arg(m_target), false);
    });
    connect(m_source, &QComboBox::activated, this, [this] { commit(tr("Map %1 from %2").arg(m_target, m_source->currentText()), false); });
    connect(m_expr, &ExpressionEdit::expressionEdited, this, [this] { commit(tr("Edit the expression of %1").arg(m_target), true); });
    connect(m_expr, &ExpressionEdit::errorChanged, m_exprError, &QLabel::setText);
    connect(m_constant, &QLineEdit::textEdited, this, [this] { commit(tr("Edit the constant of %1").arg(m_target), true); });

    connect(m_addTransform, &QToolButton::clicked, this, [this] {
        m_transforms->addItem(m_transformChoice->currentText());
        commit(tr("Add transform %1 to %2").arg(m_transformChoice->currentText(), m_target), false);
    });
    connect(m_removeTransform, &QToolButton::clicked, this, [this] {
        const int row = m_transforms->currentRow();
        if (row < 0)
            return;
        delete m_transforms->takeItem(row);
        commit(tr("Remove a transform of %1").arg(m_target), false);
    });
    connect(m_transformUp, &QToolButton::clicked, this, [this] { moveTransform(-1); });
    connect(m_transformDown, &QToolButton::clicked, this, [this] { moveTransform(1); });

    connect(m_addCase, &QToolButton::clicked, this, [this] {
        const int row = m_cases->rowCount();
        m_loading = true;
        m_cases->insertRow(row);
        m_cases->setItem(row, 0, new QTableWidgetItem(QStringLiteral("value == ''")));
        m_cases->setItem(row, 1, new QTableWidgetItem(QString()));
        auto *isExpr = new QTableWidgetItem;
        isExpr->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        isExpr->setCheckState(Qt::Unchecked);
        m_cases->setItem(row, 2, isExpr);
        m_loading = false;
        commit(tr("Add a case to %1").arg(m_target), false);
        m_cases->selectRow(row);
    });
    connect(m_removeCase, &QToolButton::clicked, this, [this] {
        const int row = m_cases->currentRow();
        if (row < 0)
            return;
        m_loading = true;
        m_cases->removeRow(row);
        m_loading = false;
        commit(tr("Remove a case of %1").arg(m_target), false);
    });
    connect(m_caseUp, &QToolButton::clicked, this, [this] { moveCase(-1); });
    connect(m_caseDown, &QToolButton::clicked, this, [this] { moveCase(1); });
    connect(m_cases, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading)
            return;
        if (item->column() == 0 && item->row() == m_cases->currentRow())
            m_caseWhen->setExpression(item->text());
        commit(tr("Edit a case of %1").arg(m_target), false); // a cell edit is one step already
    });
    connect(m_cases, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *when = row >= 0 ? m_cases->item(row, 0) : nullptr;
        m_caseWhen->setEnabled(when != nullptr);
        m_caseWhen->setExpression(when ? when->text() : QString());
        m_caseError->setText(m_caseWhen->errorText());
    });
    connect(m_caseWhen, &ExpressionEdit::expressionEdited, this, [this](const QString &text) {
        QTableWidgetItem *when = m_cases->item(m_cases->currentRow(), 0);
        if (!when)
            return;
        m_loading = true;
        when->setText(text);
        m_loading = false;
        commit(tr("Edit a case of %1").arg(m_target), true);
    });
    connect(m_caseWhen, &ExpressionEdit::errorChanged, m_caseError, &QLabel::setText);
    connect(m_else, &QLineEdit::textEdited, this, [this] { commit(tr("Edit the else of %1").arg(m_target), true); });
    connect(m_elseIsExpr, &QCheckBox::clicked, this, [this] { commit(tr("Edit the else of %1").arg(m_target), false); });
    connect(m_default, &QLineEdit::textEdited, this, [this] { commit(tr("Edit the default of %1").arg(m_target), true); });
    connect(m_onNull, &QComboBox::activated, this, [this] { commit(tr("Change the null policy of %1").arg(m_target), false); });
    connect(m_type, &QComboBox::activated, this, [this] { commit(tr("Change the type of %1").arg(m_target), false); });
    connect(m_type->lineEdit(), &QLineEdit::editingFinished, this, [this] { commit(tr("Change the type of %1").arg(m_target), false); });
    connect(m_description, &QLineEdit::textEdited, this, [this] { commit(tr("Describe %1").arg(m_target), true); });
}

void FieldRulePanel::retranslate()
{
    m_originLabel->setText(tr("Value from"));
    m_transformLabel->setText(tr("Transforms"));
    m_casesLabel->setText(tr("Cases"));
    m_elseLabel->setText(tr("Else"));
    m_defaultLabel->setText(tr("Default"));
    m_onNullLabel->setText(tr("On null"));
    m_typeLabel->setText(tr("Type"));
    m_lookupLabel->setText(tr("Lookup"));
    m_descriptionLabel->setText(tr("Description"));
    m_elseIsExpr->setText(tr("expression"));
    m_elseIsExpr->setToolTip(tr("Checked: the else value is an expression; otherwise a constant"));
    m_cases->setHorizontalHeaderLabels({tr("When"), tr("Then"), tr("\u0192")});
    m_cases->horizontalHeaderItem(2)->setToolTip(tr("Checked: Then is an expression; otherwise a constant"));
    m_addTransform->setToolTip(tr("Add the chosen transform at the end"));
    m_removeTransform->setToolTip(tr("Remove the selected transform"));
    m_transformUp->setToolTip(tr("Apply the selected transform earlier"));
    m_transformDown->setToolTip(tr("Apply the selected transform later"));
    m_addCase->setToolTip(tr("Add a case"));
    m_removeCase->setToolTip(tr("Remove the selected case"));
    m_caseUp->setToolTip(tr("Move the selected case up (the first case that matches wins)"));
    m_caseDown->setToolTip(tr("Move the selected case down"));
    m_constant->setPlaceholderText(tr("a constant, e.g. 'CN' or 0"));
    m_else->setPlaceholderText(tr("(none: the value passes through)"));
    m_default->setPlaceholderText(tr("(none)"));
    m_caseWhen->setPlaceholderText(tr("Condition of the selected case, e.g. value in ['Lost', 'Cancelled']"));
    m_expr->setPlaceholderText(tr("e.g. concat(first_name, ' ', last_name)"));
    m_loading = true;
    const int origin = m_origin->currentIndex();
    m_origin->clear();
    m_origin->addItems({tr("(not mapped)"), tr("Source field"), tr("Expression"), tr("Constant")});
    m_origin->setCurrentIndex(std::max(0, origin));
    const int onNull = m_onNull->currentIndex();
    m_onNull->clear();
    m_onNull->addItem(tr("keep null"), QStringLiteral("keep"));
    m_onNull->addItem(tr("use the default"), QStringLiteral("default"));
    m_onNull->addItem(tr("skip the record"), QStringLiteral("skip_record"));
    m_onNull->addItem(tr("fail the record"), QStringLiteral("error"));
    m_onNull->setCurrentIndex(std::max(0, onNull));
    m_loading = false;
    reload();
}

void FieldRulePanel::setTarget(const QString &target)
{
    m_target = target;
    reload();
}

void FieldRulePanel::reload()
{
    const DatasetDef *source = m_doc->sourceDataset();
    const DatasetDef *target = m_doc->targetDataset();
    const int ti = target ? target->schema.indexOf(m_target) : -1;
    m_body->setEnabled(ti >= 0);
    if (ti < 0) {
        m_title->setText(tr("Select a target field to edit its rule."));
        m_problem->clear();
        return;
    }
    const Field &tf = target->schema.fields.at(ti);
    const FieldRule *rule = m_doc->rules().rule(m_target);
    m_loading = true;
    m_title->setText(tr("%1 \u2014 %2").arg(m_target, tf.type.toString()));

    const QString keepSource = m_source->currentText();
    m_source->clear();
    if (source)
        m_source->addItems(source->schema.fieldNames());
    int origin = NotMapped;
    if (rule)
        origin = !rule->from.isEmpty() ? SourceField : (!rule->expr.isEmpty() ? ExpressionOrigin : (rule->constant ? ConstantOrigin : SourceField));
    m_origin->setCurrentIndex(origin);
    showOrigin(origin);
    m_source->setCurrentIndex(rule && !rule->from.isEmpty() ? m_source->findText(rule->from) : m_source->findText(keepSource));
    m_expr->setExpression(rule ? rule->expr : QString());
    if (rule && rule->constant) {
        if (m_constant->text() != textFromValue(rule->constant))
            m_constant->setText(textFromValue(rule->constant));
    } else if (!rule || origin != ConstantOrigin) {
        m_constant->clear();
    }

    m_transforms->clear();
    if (rule)
        m_transforms->addItems(rule->transforms);

    const int currentCase = m_cases->currentRow();
    m_cases->setRowCount(rule ? int(rule->cases.size()) : 0);
    for (int i = 0; rule && i < rule->cases.size(); ++i) {
        const CaseRule &c = rule->cases.at(i);
        m_cases->setItem(i, 0, new QTableWidgetItem(c.when));
        const bool isExpr = !c.thenExpr.isEmpty();
        m_cases->setItem(i, 1, new QTableWidgetItem(isExpr ? c.thenExpr : textFromValue(c.then)));
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        check->setCheckState(isExpr ? Qt::Checked : Qt::Unchecked);
        m_cases->setItem(i, 2, check);
    }
    if (currentCase >= 0 && currentCase < m_cases->rowCount())
        m_cases->setCurrentCell(currentCase, m_cases->currentColumn() < 0 ? 0 : m_cases->currentColumn());
    const QTableWidgetItem *when = m_cases->item(m_cases->currentRow(), 0);
    m_caseWhen->setEnabled(when != nullptr);
    m_caseWhen->setExpression(when ? when->text() : QString());

    const QString elseText = rule ? (!rule->elseExpr.isEmpty() ? rule->elseExpr : textFromValue(rule->elseValue)) : QString();
    if (m_else->text() != elseText)
        m_else->setText(elseText);
    m_elseIsExpr->setChecked(rule && !rule->elseExpr.isEmpty());
    const QString defaultText = rule ? textFromValue(rule->defaultValue) : QString();
    if (m_default->text() != defaultText)
        m_default->setText(defaultText);
    m_onNull->setCurrentIndex(rule ? int(rule->onNull) : 0);

    m_type->clear();
    m_type->addItem(tr("target's type (%1)").arg(tf.type.toString()), QString());
    for (const QString &t : kTypeNames)
        m_type->addItem(t, t);
    if (rule && rule->type) {
        const int at = m_type->findData(rule->type->toString());
        if (at >= 0)
            m_type->setCurrentIndex(at);
        else
            m_type->setEditText(rule->type->toString());
    } else {
        m_type->setCurrentIndex(0);
    }
    if (rule && rule->lookup) {
        const LookupRule &l = *rule->lookup;
        m_lookup->setText(l.dataset.isEmpty() ? tr("inline table of %n value(s) — edit it in the YAML tab", nullptr, int(l.values.size()))
                                              : tr("%1: %2 \u2192 %3 — edit it in the YAML tab").arg(l.dataset, l.keyField, l.valueField));
    } else {
        m_lookup->setText(tr("none"));
    }
    if (rule && m_description->text() != rule->description)
        m_description->setText(rule->description);
    else if (!rule)
        m_description->clear();

    const bool mapped = rule != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_transforms, m_transformChoice, m_addTransform, m_removeTransform,
                                                       m_transformUp, m_transformDown, m_cases, m_addCase, m_removeCase,
                                                       m_caseUp, m_caseDown, m_else, m_elseIsExpr, m_default, m_onNull,
                                                       m_type, m_description})
        w->setEnabled(mapped);
    m_caseWhen->setEnabled(mapped && when);
    m_loading = false;
    updateContexts();
}

void FieldRulePanel::showOrigin(int origin)
{
    m_originStack->setVisible(origin != NotMapped);
    m_source->setVisible(origin == SourceField);
    m_exprBox->setVisible(origin == ExpressionOrigin);
    m_constant->setVisible(origin == ConstantOrigin);
}

void FieldRulePanel::updateContexts()
{
    const DatasetDef *source = m_doc->sourceDataset();
    if (!source)
        return;
    ExpressionContext ctx;
    const Schema schema = source->schema;
    ctx.resolveField = [schema](const QString &name) { return schema.indexOf(name); };
    ctx.lookupTables = m_doc->rules().lookupTables;
    ExpressionContext noValue = ctx;
    noValue.valueAllowed = false;
    m_expr->setContext(noValue);
    m_caseWhen->setContext(ctx);
    m_exprError->setText(m_expr->errorText());
    m_caseError->setText(m_caseWhen->errorText());
    // The problems of this field's rule, as the engine sees them (compiling it alone).
    m_problem->clear();
    const FieldRule *rule = m_doc->rules().rule(m_target);
    const DatasetDef *target = m_doc->targetDataset();
    if (!rule || !target) {
        const bool required = m_doc->rules().required.contains(m_target)
            || (target && target->schema.indexOf(m_target) >= 0 && target->schema.fields.at(target->schema.indexOf(m_target)).key);
        if (required)
            m_problem->setText(tr("\u26a0 Required, but not mapped: every record would fail."));
        return;
    }
    const ErrorList errors = ruleProblems(m_doc->rules(), *rule, *source, *target);
    QStringList lines;
    for (const Error &e : std::as_const(errors))
        lines << QStringLiteral("\u26a0 ") + e.message;
    m_problem->setText(lines.join(QLatin1Char('\n')));
}

FieldRule FieldRulePanel::current() const
{
    const FieldRule *existing = m_doc->rules().rule(m_target);
    FieldRule r = existing ? *existing : FieldRule();
    r.target = m_target;
    r.from.clear();
    r.expr.clear();
    r.constant.reset();
    switch (m_origin->currentIndex()) {
    case SourceField: r.from = m_source->currentText(); break;
    case ExpressionOrigin: r.expr = m_expr->expression(); break;
    case ConstantOrigin: r.constant = valueFromText(m_constant->text()).value_or(Value()); break;
    default: break;
    }
    r.transforms.clear();
    for (int i = 0; i < m_transforms->count(); ++i)
        r.transforms << m_transforms->item(i)->text();
    const QList<CaseRule> oldCases = r.cases;
    r.cases.clear();
    for (int i = 0; i < m_cases->rowCount(); ++i) {
        CaseRule c = i < oldCases.size() ? oldCases.at(i) : CaseRule();
        c.when = m_cases->item(i, 0) ? m_cases->item(i, 0)->text() : QString();
        const QString then = m_cases->item(i, 1) ? m_cases->item(i, 1)->text() : QString();
        const bool isExpr = m_cases->item(i, 2) && m_cases->item(i, 2)->checkState() == Qt::Checked;
        c.thenExpr = isExpr ? then : QString();
        c.then = isExpr ? Value() : valueFromText(then).value_or(Value());
        r.cases << c;
    }
    r.elseExpr.clear();
    r.elseValue.reset();
    if (m_elseIsExpr->isChecked())
        r.elseExpr = m_else->text();
    else
        r.elseValue = valueFromText(m_else->text());
    r.defaultValue = valueFromText(m_default->text());
    r.onNull = NullPolicy(std::max(0, m_onNull->currentIndex()));
    const QString typeChoice = m_type->currentText().trimmed();
    QString typeText;
    if (typeChoice != m_type->itemText(0)) {
        const int at = m_type->findText(typeChoice);
        typeText = at > 0 ? m_type->itemData(at).toString() : typeChoice;
    }
    r.type.reset();
    if (!typeText.trimmed().isEmpty()) {
        if (auto t = FieldType::parse(typeText.trimmed()))
            r.type = *t;
        else if (existing)
            r.type = existing->type; // not a type (yet): keep what was there
    }
    r.description = m_description->text();
    return r;
}

void FieldRulePanel::commit(const QString &description, bool typing)
{
    if (m_loading || m_target.isEmpty())
        return;
    m_doc->setRule(current(), description, typing);
}

void FieldRulePanel::moveTransform(int delta)
{
    const int row = m_transforms->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_transforms->count())
        return;
    QListWidgetItem *item = m_transforms->takeItem(row);
    m_transforms->insertItem(to, item);
    commit(tr("Reorder the transforms of %1").arg(m_target), false);
    m_transforms->setCurrentRow(to);
}

void FieldRulePanel::moveCase(int delta)
{
    const int row = m_cases->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_cases->rowCount())
        return;
    m_loading = true;
    for (int c = 0; c < m_cases->columnCount(); ++c) {
        QTableWidgetItem *a = m_cases->takeItem(row, c);
        QTableWidgetItem *b = m_cases->takeItem(to, c);
        m_cases->setItem(row, c, b);
        m_cases->setItem(to, c, a);
    }
    m_loading = false;
    // Whens move with their rows; keep their file locations with them too.
    const FieldRule *existing = m_doc->rules().rule(m_target);
    if (existing && row < existing->cases.size() && to < existing->cases.size()) {
        FieldRule r = current();
        std::swap(r.cases[row].whenLocation, r.cases[to].whenLocation);
        std::swap(r.cases[row].thenLocation, r.cases[to].thenLocation);
        m_doc->setRule(r, tr("Reorder the cases of %1").arg(m_target), false);
    }
    m_cases->setCurrentCell(to, 0);
}

void FieldRulePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace concord
