#include "demoworkspacejob.h"

#include "demo/demoworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <memory>

namespace concord {

DemoWorkspaceJob::DemoWorkspaceJob(QObject *parent) : QObject(parent) { }

DemoWorkspaceJob::~DemoWorkspaceJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString DemoWorkspaceJob::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo-workspace"));
}

bool DemoWorkspaceJob::start(const QString &dir)
{
    if (m_thread)
        return false;
    // The worker writes only into this shared slot; the GUI thread reads it after finished().
    auto error = std::make_shared<QString>();
    m_thread = QThread::create([dir, error] {
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("workspace.yaml"))))
            return; // created on an earlier start: open it as it is, with its history
        const Result<void> created = createDemoWorkspace(dir);
        if (!created.ok())
            *error = created.error().message.isEmpty() ? created.error().code : created.error().message;
    });
    m_thread->setObjectName(QStringLiteral("demo-workspace"));
    connect(m_thread, &QThread::finished, this, [this, dir, error] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(dir, *error);
    });
    m_thread->start();
    return true;
}

} // namespace concord
