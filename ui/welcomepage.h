#pragma once
// The central page while no workspace is shown. It always says what to do next: open a
// workspace, try the demo, pick a recent one, or (after a failed load) look at Problems.

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace concord {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    enum class State { NoWorkspace, Loading, Failed, CreatingDemo };

    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    void setState(State state, const QString &dir = QString());
    void setRecentWorkspaces(const QStringList &dirs);
    State state() const { return m_state; }

Q_SIGNALS:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void openDemoRequested();
    void openRecentRequested(const QString &dir);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_newButton;
    QPushButton *m_openButton;
    QPushButton *m_demoButton;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
    State m_state = State::NoWorkspace;
    QString m_dir;
};

} // namespace concord
