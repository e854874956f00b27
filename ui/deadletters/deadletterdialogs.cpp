#include "deadletters/deadletterdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord {

EditFieldDialog::EditFieldDialog(const DeadLetterView &view, const QString &initialField, QWidget *parent)
    : QDialog(parent), m_view(view), m_field(new QComboBox), m_value(new QLineEdit), m_null(new QCheckBox), m_note(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("editFieldDialog"));
    setWindowTitle(tr("Edit Dead Letter %1").arg(view.letter.id));
    auto *intro = new QLabel(tr("Change one field of the record that failed, then replay it. The change is in the "
                                "audit trail (the field's name, never its value)."));
    intro->setWordWrap(true);

    m_field->setObjectName(QStringLiteral("editField"));
    for (int i = 0; i < view.fields.size(); ++i)
        m_field->addItem(view.withheld.value(i) ? tr("%1 (masked for you)").arg(view.fields[i]) : view.fields[i], view.fields[i]);
    m_value->setObjectName(QStringLiteral("editValue"));
    m_null->setObjectName(QStringLiteral("editNull"));
    m_null->setText(tr("Set to &NULL"));
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("editNote"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_null);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Edit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_field, &QComboBox::currentIndexChanged, this, &EditFieldDialog::onFieldChanged);
    connect(m_null, &QCheckBox::toggled, this, &EditFieldDialog::updateState);
    connect(m_value, &QLineEdit::textChanged, this, &EditFieldDialog::updateState);
    const int initial = m_field->findData(initialField);
    m_field->setCurrentIndex(initial >= 0 ? initial : 0);
    onFieldChanged();
    resize(460, sizeHint().height());
}

EditFieldDialog::~EditFieldDialog() = default;

QString EditFieldDialog::field() const
{
    return m_field->currentData().toString();
}

QString EditFieldDialog::value() const
{
    return m_null->isChecked() ? QString() : m_value->text();
}

bool EditFieldDialog::makeNull() const
{
    return m_null->isChecked();
}

void EditFieldDialog::setEdit(const QString &field, const QString &value, bool makeNull)
{
    m_field->setCurrentIndex(m_field->findData(field));
    m_value->setText(value);
    m_null->setChecked(makeNull);
}

bool EditFieldDialog::canAccept() const
{
    const int i = m_view.fields.indexOf(field());
    return i >= 0 && !m_view.withheld.value(i);
}

void EditFieldDialog::onFieldChanged()
{
    const int i = m_view.fields.indexOf(field());
    const bool withheld = i < 0 || m_view.withheld.value(i);
    // Start from what is there, so a typo is fixed rather than the value retyped.
    m_value->setText(withheld ? QString() : m_view.values.value(i));
    m_null->setChecked(!withheld && m_view.nulls.value(i));
    updateState();
}

void EditFieldDialog::updateState()
{
    const bool allowed = canAccept();
    m_value->setEnabled(allowed && !m_null->isChecked());
    m_null->setEnabled(allowed);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(allowed);
    m_note->setText(allowed ? QString()
                            : tr("This field is masked for your role, so you cannot edit it: a new value would replace "
                                 "one you cannot see. Ask a steward who may see it in clear."));
    m_note->setVisible(!allowed);
}

DiscardDialog::DiscardDialog(const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent), m_ids(ids), m_reason(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("discardDialog"));
    setWindowTitle(tr("Discard Dead Letters"));
    auto *intro = new QLabel(tr("Discard %n dead letter(s)? They will not be replayed; they stay in the list as discarded, "
                                "with your name and the reason.",
                                nullptr, int(ids.size())));
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Reason (required, goes into the audit trail):"));
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("discardReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. test record, the customer was deleted in CRM"));
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Discard"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(440, sizeHint().height());
}

DiscardDialog::~DiscardDialog() = default;

QString DiscardDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void DiscardDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

bool DiscardDialog::canAccept() const
{
    return !reason().isEmpty() && !m_ids.isEmpty();
}

} // namespace concord
