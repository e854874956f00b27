#include "mapping/yamlpanel.h"

#include "mapping/mappingdocument.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace concord {

namespace {

// Keys, comments and quoted text, so that a steward reading the file sees its structure.
class YamlHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

    void setErrorLine(int line)
    {
        if (line != m_errorLine) {
            m_errorLine = line;
            rehighlight();
        }
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression key(QStringLiteral("^(\\s*-?\\s*)([^\\s:#'\"][^:#]*?):(\\s|$)"));
        static const QRegularExpression quoted(QStringLiteral("'(?:[^']|'')*'|\"(?:[^\"\\\\]|\\\\.)*\""));
        QTextCharFormat keyFormat;
        keyFormat.setForeground(QColor(0x1f, 0x5f, 0xb0));
        keyFormat.setFontWeight(QFont::Bold);
        QTextCharFormat stringFormat;
        stringFormat.setForeground(QColor(0xa3, 0x4d, 0x00));
        QTextCharFormat commentFormat;
        commentFormat.setForeground(QColor(0x6a, 0x73, 0x7d));
        commentFormat.setFontItalic(true);

        if (const auto m = key.match(text); m.hasMatch())
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), keyFormat);
        int commentAt = -1;
        auto it = quoted.globalMatch(text);
        QList<QPair<int, int>> strings;
        while (it.hasNext()) {
            const auto m = it.next();
            strings.append({int(m.capturedStart()), int(m.capturedEnd())});
            setFormat(int(m.capturedStart()), int(m.capturedLength()), stringFormat);
        }
        for (int i = 0; i < text.size() && commentAt < 0; ++i) {
            if (text.at(i) != QLatin1Char('#') || (i > 0 && !text.at(i - 1).isSpace()))
                continue;
            const bool inString = std::any_of(strings.cbegin(), strings.cend(),
                                              [i](const QPair<int, int> &s) { return i > s.first && i < s.second; });
            if (!inString)
                commentAt = i;
        }
        if (commentAt >= 0)
            setFormat(commentAt, int(text.size()) - commentAt, commentFormat);
        if (currentBlock().blockNumber() + 1 == m_errorLine) {
            for (int i = 0; i < std::max<int>(1, int(text.size())); ++i) {
                QTextCharFormat f = format(i);
                f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                f.setUnderlineColor(Qt::red);
                setFormat(i, 1, f);
            }
        }
    }

private:
    int m_errorLine = -1;
};

} // namespace

YamlPanel::YamlPanel(MappingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_dropped(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("yamlPanel"));
    auto *layout = new QVBoxLayout(this);
    m_dropped->setWordWrap(true);
    m_dropped->setStyleSheet(QStringLiteral("background: #fff4e0; color: #7a4b00; padding: 4px;"));
    m_dropped->hide();
    layout->addWidget(m_dropped);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_edit->setFont(mono);
    m_edit->setObjectName(QStringLiteral("yamlEdit"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new YamlHighlighter(m_edit->document());
    layout->addWidget(m_edit, 1);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(600);
    connect(m_debounce, &QTimer::timeout, this, &YamlPanel::applyPending);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_setting)
            m_debounce->start();
    });
    retranslate();
    reload();
}

void YamlPanel::retranslate()
{
    if (!m_hasErrors)
        m_status->setText(tr("The text is what Save writes. Edits here update the visual editor when they parse."));
}

QString YamlPanel::errorText() const
{
    return m_hasErrors ? m_status->text() : QString();
}

void YamlPanel::reload()
{
    if (m_applying)
        return;
    const MappingText text = m_doc->yaml();
    if (text.yaml != m_edit->toPlainText()) {
        const int scroll = m_edit->verticalScrollBar()->value();
        const int cursor = m_edit->textCursor().position();
        m_setting = true;
        m_edit->setPlainText(text.yaml);
        m_setting = false;
        QTextCursor c = m_edit->textCursor();
        c.setPosition(std::min<int>(cursor, int(text.yaml.size())));
        m_edit->setTextCursor(c);
        m_edit->verticalScrollBar()->setValue(scroll);
    }
    m_debounce->stop();
    m_hasErrors = false;
    static_cast<YamlHighlighter *>(m_edit->document()->findChild<QSyntaxHighlighter *>())->setErrorLine(-1);
    retranslate();
    if (text.droppedComments.isEmpty()) {
        m_dropped->hide();
    } else {
        m_dropped->setText(tr("These comments belong to rules that were removed or rewritten and will not be kept "
                              "when you save:\n%1")
                               .arg(text.droppedComments.join(QLatin1Char('\n'))));
        m_dropped->show();
    }
}

bool YamlPanel::applyPending()
{
    m_debounce->stop();
    const QString text = m_edit->toPlainText();
    ErrorList errors;
    m_applying = true;
    const bool ok = m_doc->replaceFromYaml(text, &errors);
    m_applying = false;
    auto *highlighter = static_cast<YamlHighlighter *>(m_edit->document()->findChild<QSyntaxHighlighter *>());
    if (ok) {
        m_hasErrors = false;
        highlighter->setErrorLine(-1);
        retranslate();
        m_status->setStyleSheet(QString());
        return true;
    }
    m_hasErrors = true;
    QStringList lines;
    for (const Error &e : std::as_const(errors))
        lines << tr("line %1, column %2: %3").arg(e.location.line).arg(e.location.column).arg(e.message);
    m_status->setText(tr("Not applied — the visual editor keeps the last valid mapping:\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    highlighter->setErrorLine(errors.isEmpty() ? -1 : errors.first().location.line);
    return false;
}

void YamlPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace concord
