#pragma once
// The side panel of the mapping editor for the selected target field: where the value comes from
// (a source field, an expression, a constant), the transform chain, the cases table (when → then,
// else), the default, the null policy and the type to convert to. Every change is an undoable edit
// of the document; typing in one text box is one undo step.

#include "mapping/mappingrules.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace concord {

class ExpressionEdit;
class MappingDocument;

class FieldRulePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldRulePanel(MappingDocument *document, QWidget *parent = nullptr);

    // Shows the rule of this target field ("" shows nothing).
    void setTarget(const QString &target);
    QString target() const { return m_target; }
    // Re-reads the rule from the document (after an edit or undo).
    void reload();

    // Parts, for tests and the editor's focus handling.
    QComboBox *originBox() const { return m_origin; }
    QComboBox *sourceBox() const { return m_source; }
    ExpressionEdit *expressionEdit() const { return m_expr; }
    QTableWidget *casesTable() const { return m_cases; }
    QLineEdit *elseEdit() const { return m_else; }
    QListWidget *transformList() const { return m_transforms; }
    QComboBox *nullPolicyBox() const { return m_onNull; }
    QLineEdit *defaultEdit() const { return m_default; }
    QComboBox *typeBox() const { return m_type; }

    // Text as a steward types it -> value: true/false, integers, decimals, 'quoted' or other text.
    static std::optional<Value> valueFromText(const QString &text);
    static QString textFromValue(const std::optional<Value> &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Origin { NotMapped, SourceField, ExpressionOrigin, ConstantOrigin };
    void retranslate();
    void build();
    void commit(const QString &description, bool typing);
    FieldRule current() const;
    void updateContexts();
    void moveTransform(int delta);
    void showOrigin(int origin);
    void moveCase(int delta);

    MappingDocument *m_doc;
    QString m_target;
    bool m_loading = false;

    QLabel *m_title;
    QLabel *m_problem;
    QLabel *m_originLabel, *m_transformLabel, *m_casesLabel, *m_elseLabel, *m_defaultLabel, *m_onNullLabel,
        *m_typeLabel, *m_descriptionLabel, *m_lookupLabel;
    QComboBox *m_origin;
    QWidget *m_originStack;
    QWidget *m_exprBox;
    QComboBox *m_source;
    ExpressionEdit *m_expr;
    QLabel *m_exprError;
    QLineEdit *m_constant;
    QListWidget *m_transforms;
    QComboBox *m_transformChoice;
    QToolButton *m_addTransform, *m_removeTransform, *m_transformUp, *m_transformDown;
    QTableWidget *m_cases;
    QToolButton *m_addCase, *m_removeCase, *m_caseUp, *m_caseDown;
    ExpressionEdit *m_caseWhen;
    QLabel *m_caseError;
    QLineEdit *m_else;
    QCheckBox *m_elseIsExpr;
    QLineEdit *m_default;
    QComboBox *m_onNull;
    QComboBox *m_type;
    QLabel *m_lookup;
    QLineEdit *m_description;
    QWidget *m_body;
};

} // namespace concord
