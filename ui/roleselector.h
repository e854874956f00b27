#pragma once
// The toolbar's role selector ("view as", UX.md: the shell): the signed-in steward's role first,
// then every role that sees no more than it. Choosing one masks every page for that role; a role
// that would see more is never offered.

#include <QWidget>

class QComboBox;
class QLabel;

namespace concord {

class ConsoleSession;

class RoleSelector final : public QWidget
{
    Q_OBJECT

public:
    explicit RoleSelector(ConsoleSession *session, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    void retranslate();

private:
    void rebuild();
    void choose(int index);

    ConsoleSession *m_session;
    QLabel *m_label;
    QComboBox *m_combo;
    bool m_rebuilding = false;
};

} // namespace concord
