#pragma once
// Creates the demo workspace off the GUI thread (it writes five SQLite databases) and reports
// back on the GUI thread. An existing demo workspace is reused as it is.

#include <QObject>
#include <QString>

class QThread;

namespace concord {

class DemoWorkspaceJob : public QObject
{
    Q_OBJECT

public:
    explicit DemoWorkspaceJob(QObject *parent = nullptr);
    // Waits for a creation in progress: it is short, and leaving it half-written is worse.
    ~DemoWorkspaceJob() override;

    // <AppDataLocation>/demo-workspace
    static QString defaultDirectory();

    // Returns false if a creation is already running.
    bool start(const QString &dir);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // errorMessage is empty on success.
    void finished(const QString &dir, const QString &errorMessage);

private:
    QThread *m_thread = nullptr;
};

} // namespace concord
