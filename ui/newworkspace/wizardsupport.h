#pragma once
// What the New Workspace wizard's pages share: the red message under a form.

#include <QLabel>
#include <QString>

namespace concord::newworkspace {

inline QLabel *errorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

inline void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

inline bool isReference(const QString &text)
{
    return text.startsWith(QLatin1String("keychain:")) || text.startsWith(QLatin1String("env:"));
}

} // namespace concord::newworkspace
