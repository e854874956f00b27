// EngineHost in its worker thread: queued calls in, value-type signals out, cancellation.

#include "demo/demoworkspace.h"
#include "enginehost.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

class TestEngineHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsInWorkerThread();
    void reportsWorkspaceErrors();
    void cancelFromAnotherThread();

private:
    QTemporaryDir m_tmp;
};

void TestEngineHost::initTestCase()
{
    QVERIFY(createDemoWorkspace(m_tmp.filePath(QStringLiteral("ws"))).ok());
}

void TestEngineHost::runsInWorkerThread()
{
    EngineThread thread;
    EngineHost *host = thread.host();
    QVERIFY(host->thread() != QThread::currentThread());
    QSignalSpy opened(host, &EngineHost::workspaceOpened);
    QSignalSpy finished(host, &EngineHost::runFinished);
    QSignalSpy progress(host, &EngineHost::progress);
    QSignalSpy logs(host, &EngineHost::logEntry);
    QMetaObject::invokeMethod(host, "openWorkspace", Qt::QueuedConnection,
                              Q_ARG(QString, m_tmp.filePath(QStringLiteral("ws"))));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    const auto ws = opened.front().front().value<std::shared_ptr<const Workspace>>();
    QCOMPARE(ws->pipelines.size(), 4);
    RunOptions options;
    options.actor = QStringLiteral("test");
    QMetaObject::invokeMethod(host, "runPipeline", Qt::QueuedConnection,
                              Q_ARG(QString, QStringLiteral("crm-opportunities-to-orders")),
                              Q_ARG(concord::RunOptions, options));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const RunResult r = finished.front().front().value<RunResult>();
    QCOMPARE(r.status, QStringLiteral("partial"));
    QCOMPARE(r.inserted, 2997);
    QCOMPARE(r.failed, 3);
    QVERIFY(progress.count() >= 2);
    const RunProgress last = progress.back().front().value<RunProgress>();
    QCOMPARE(last.done, last.total);
    // Log entries carry the run's context.
    bool sawDeadLetter = false;
    for (const auto &args : std::as_const(logs)) {
        const LogEntry e = args.front().value<LogEntry>();
        if (e.errorCode == ErrorCode::TypeMismatch) {
            sawDeadLetter = true;
            QCOMPARE(e.pipeline, QStringLiteral("crm-opportunities-to-orders"));
            QCOMPARE(e.traceId, r.traceId);
            QVERIFY(!e.recordId.isEmpty());
        }
    }
    QVERIFY(sawDeadLetter);
}

void TestEngineHost::reportsWorkspaceErrors()
{
    EngineThread thread;
    QSignalSpy failed(thread.host(), &EngineHost::workspaceFailed);
    QMetaObject::invokeMethod(thread.host(), "openWorkspace", Qt::QueuedConnection,
                              Q_ARG(QString, m_tmp.filePath(QStringLiteral("nowhere"))));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(!failed.front().at(1).value<ErrorList>().isEmpty());
}

void TestEngineHost::cancelFromAnotherThread()
{
    QTemporaryDir tmp;
    DemoOptions big;
    big.opportunities = 60000;
    QVERIFY(createDemoWorkspace(tmp.path(), big).ok());
    EngineThread thread;
    EngineHost *host = thread.host();
    QSignalSpy opened(host, &EngineHost::workspaceOpened);
    QSignalSpy started(host, &EngineHost::runStarted);
    QSignalSpy finished(host, &EngineHost::runFinished);
    QMetaObject::invokeMethod(host, "openWorkspace", Qt::QueuedConnection, Q_ARG(QString, tmp.path()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QMetaObject::invokeMethod(host, "runPipeline", Qt::QueuedConnection,
                              Q_ARG(QString, QStringLiteral("crm-opportunities-to-orders")),
                              Q_ARG(concord::RunOptions, RunOptions()));
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    host->cancel(); // direct call from this thread, as the console's Cancel button does
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const RunResult r = finished.front().front().value<RunResult>();
    // On a fast machine the run may finish before the flag is seen; either way nothing is half done.
    QVERIFY2(r.status == QLatin1String("cancelled") || r.status == QLatin1String("partial"), qPrintable(r.status));
    if (r.status == QLatin1String("cancelled"))
        QVERIFY(r.read < 60000);
}

QTEST_GUILESS_MAIN(TestEngineHost)
#include "tst_enginehost.moc"
