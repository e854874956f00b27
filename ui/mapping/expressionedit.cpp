#include "mapping/expressionedit.h"

#include "mapping/exprlexer.h"

#include <QSyntaxHighlighter>
#include <QTextBlock>

#include <vector>

namespace concord {

class ExpressionHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

    // Character offset in the whole text of the error (-1: none) and how many characters.
    void setError(int offset, int length)
    {
        if (offset == m_errorOffset && length == m_errorLength)
            return;
        m_errorOffset = offset;
        m_errorLength = length;
        rehighlight();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        using expr::Tok;
        const int blockStart = currentBlock().position();
        std::vector<expr::Token> tokens;
        expr::LexError lexError;
        expr::tokenize(text, tokens, lexError); // the tokens before a bad one are still coloured

        QTextCharFormat keyword, function, field, string, number;
        keyword.setForeground(QColor(0x7b, 0x1f, 0xa2));
        keyword.setFontWeight(QFont::Bold);
        function.setForeground(QColor(0x1f, 0x5f, 0xb0));
        field.setForeground(QColor(0x00, 0x6d, 0x5b));
        string.setForeground(QColor(0xa3, 0x4d, 0x00));
        number.setForeground(QColor(0x8e, 0x24, 0x3e));
        for (size_t i = 0; i < tokens.size(); ++i) {
            const expr::Token &t = tokens[i];
            switch (t.kind) {
            case Tok::KwAnd: case Tok::KwOr: case Tok::KwNot: case Tok::KwIn:
            case Tok::KwTrue: case Tok::KwFalse: case Tok::KwNull:
                setFormat(t.pos, t.len, keyword);
                break;
            case Tok::Ident:
            case Tok::QuotedIdent: {
                const bool call = i + 1 < tokens.size() && tokens[i + 1].kind == Tok::LParen;
                setFormat(t.pos, t.len, call ? function : (t.text == QLatin1String("value") ? keyword : field));
                break;
            }
            case Tok::String: setFormat(t.pos, t.len, string); break;
            case Tok::Number: setFormat(t.pos, t.len, number); break;
            default: break;
            }
        }
        if (m_errorOffset >= 0) {
            const int from = m_errorOffset - blockStart;
            const int len = std::max(1, m_errorLength);
            if (from < text.size() + 1 && from + len > 0) {
                const int start = std::max(0, from);
                const int end = std::min<int>(int(text.size()), from + len);
                for (int i = start; i < std::max(end, start + 1) && i <= text.size(); ++i) {
                    QTextCharFormat f = format(i);
                    f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                    f.setUnderlineColor(Qt::red);
                    f.setBackground(i >= text.size() ? QColor(255, 200, 200) : f.background());
                    setFormat(i, 1, f);
                }
            }
        }
    }

private:
    int m_errorOffset = -1;
    int m_errorLength = 0;
};

ExpressionEdit::ExpressionEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new ExpressionHighlighter(document()))
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    // Three lines: an expression fits, and the box never collapses in a crowded panel.
    setFixedHeight(QFontMetrics(mono).lineSpacing() * 3 + 2 * frameWidth() + 10);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        check();
        if (!m_setting)
            Q_EMIT expressionEdited(toPlainText());
    });
}

void ExpressionEdit::setContext(const ExpressionContext &context)
{
    m_context = context;
    check();
}

void ExpressionEdit::setExpression(const QString &text)
{
    if (text == toPlainText())
        return;
    m_setting = true;
    setPlainText(text);
    m_setting = false;
}

void ExpressionEdit::check()
{
    const QString text = toPlainText();
    QString error;
    int offset = -1;
    m_errorColumn = 0;
    if (!text.trimmed().isEmpty() && m_context.resolveField) {
        auto compiled = Expression::compile(text, m_context, SourceLocation{QString(), 1, 1});
        if (!compiled.ok()) {
            const Error &e = compiled.error();
            error = QStringLiteral("%1:%2: %3").arg(e.location.line).arg(e.location.column).arg(e.message);
            m_errorColumn = e.location.column;
            // Back from line:column to an offset in the text.
            int line = 1, lineStart = 0;
            for (int i = 0; i < text.size() && line < e.location.line; ++i)
                if (text.at(i) == QLatin1Char('\n')) {
                    ++line;
                    lineStart = i + 1;
                }
            offset = lineStart + std::max(0, e.location.column - 1);
        }
    }
    int length = 1;
    if (offset >= 0) {
        // Underline the whole token at the error, if there is one.
        std::vector<expr::Token> tokens;
        expr::LexError lexError;
        expr::tokenize(text, tokens, lexError);
        for (const expr::Token &t : tokens)
            if (t.pos == offset && t.len > 0)
                length = t.len;
    }
    m_highlighter->setError(offset, length);
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged(error);
    }
}

QSize ExpressionEdit::sizeHint() const
{
    const int line = fontMetrics().lineSpacing();
    return QSize(QPlainTextEdit::sizeHint().width(), line * 3 + 2 * frameWidth() + 8);
}

QSize ExpressionEdit::minimumSizeHint() const
{
    return QSize(80, fontMetrics().lineSpacing() + 2 * frameWidth() + 8);
}

} // namespace concord
