#pragma once
// The two dead-letter dialogs that need more than a click: Edit field… (one field of the failed
// record: a new value, or NULL; a field the steward may not see in clear cannot be edited) and
// Discard… (a reason is required: it goes into the audit trail).

#include "governance/operations.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace concord {

class EditFieldDialog : public QDialog
{
    Q_OBJECT

public:
    // view: the letter as the steward sees it; withheld fields are listed but refused.
    EditFieldDialog(const DeadLetterView &view, const QString &initialField, QWidget *parent = nullptr);
    ~EditFieldDialog() override;

    qint64 letterId() const { return m_view.letter.id; }
    QString field() const;
    QString value() const;
    bool makeNull() const;
    // Chooses a field and a value (tests; the steward types them).
    void setEdit(const QString &field, const QString &value, bool makeNull = false);
    bool canAccept() const;

private:
    void onFieldChanged();
    void updateState();

    DeadLetterView m_view;
    QComboBox *m_field;
    QLineEdit *m_value;
    QCheckBox *m_null;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

class DiscardDialog : public QDialog
{
    Q_OBJECT

public:
    DiscardDialog(const QList<qint64> &ids, QWidget *parent = nullptr);
    ~DiscardDialog() override;

    QList<qint64> ids() const { return m_ids; }
    QString reason() const;
    void setReason(const QString &reason);
    bool canAccept() const;

private:
    QList<qint64> m_ids;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace concord
