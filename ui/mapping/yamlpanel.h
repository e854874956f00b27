#pragma once
// The mapping editor's YAML tab: the same mapping as the text that will be saved. Editing the text
// updates the visual side once it parses (an error names the line and column and changes
// nothing); editing the visual side rewrites the text, keeping the steward's comments where they
// still apply and saying which ones cannot be kept.

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace concord {

class MappingDocument;

class YamlPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit YamlPanel(MappingDocument *document, QWidget *parent = nullptr);

    // Shows the document's text (unless the steward is mid-edit of text that does not parse yet).
    void reload();
    // Applies pending typed text now (the editor calls it before saving or switching tabs).
    // False if the text does not parse.
    bool applyPending();
    bool hasErrors() const { return m_hasErrors; }
    QPlainTextEdit *editor() const { return m_edit; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    MappingDocument *m_doc;
    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QLabel *m_dropped;
    QTimer *m_debounce;
    bool m_setting = false;
    bool m_applying = false;
    bool m_hasErrors = false;
};

} // namespace concord
