#pragma once
// An expression input for the mapping editor: syntax highlighting (field names, functions,
// keywords, strings, numbers), and the compile error shown as you type — the column is
// underlined and the message given below the text, with "line:column".

#include "mapping/expression.h"

#include <QPlainTextEdit>

namespace concord {

class ExpressionHighlighter;

class ExpressionEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ExpressionEdit(QWidget *parent = nullptr);

    // What names and tables the expression may use; re-checks the text.
    void setContext(const ExpressionContext &context);
    QString expression() const { return toPlainText(); }
    // Sets the text without emitting expressionEdited.
    void setExpression(const QString &text);
    // The current text's compile error ("" when it compiles or is empty), e.g. "1:9: expected ')' ...".
    QString errorText() const { return m_error; }
    int errorColumn() const { return m_errorColumn; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user changed the text (not setExpression).
    void expressionEdited(const QString &text);
    void errorChanged(const QString &error);

private:
    void check();

    ExpressionContext m_context;
    ExpressionHighlighter *m_highlighter;
    QString m_error;
    int m_errorColumn = 0;
    bool m_setting = false;
};

} // namespace concord
