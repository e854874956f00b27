#pragma once
// The mapping editor's Validation tab: which target fields are required and unique, and the
// rules (a condition, the error code and message a failing record's dead letter carries). The
// selected rule's condition is edited with highlighting and errors as you type.

#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

namespace concord {

class ExpressionEdit;
class MappingDocument;

class ValidationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPanel(MappingDocument *document, QWidget *parent = nullptr);

    void reload();
    QTableWidget *fieldsTable() const { return m_fields; }
    QTableWidget *rulesTable() const { return m_rules; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void commit(const QString &description);

    MappingDocument *m_doc;
    bool m_loading = false;
    QLabel *m_fieldsTitle;
    QLabel *m_rulesTitle;
    QTableWidget *m_fields;
    QTableWidget *m_rules;
    ExpressionEdit *m_check;
    QLabel *m_checkError;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace concord
