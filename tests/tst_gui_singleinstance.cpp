// One console per user and workspace (ui/singleinstance.h): the key names the workspace however
// it is written; a second instance for it asks the first to come forward; a second `concord`
// process for the same workspace ends at once while the first keeps running, and one for another
// workspace starts.

#include "singleinstance.h"

#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

QString consolePath()
{
    return QFileInfo(QStringLiteral(CONCORDCTL_PATH)).dir().filePath(QStringLiteral("concord"));
}

} // namespace

class TstGuiSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyNamesTheWorkspace()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QVERIFY(QDir::setCurrent(QFileInfo(a.path()).path()));
        const QString relative = QFileInfo(a.path()).fileName();
        QCOMPARE(SingleInstance::keyFor(relative), SingleInstance::keyFor(a.path()));
        QCOMPARE(SingleInstance::keyFor(QStringLiteral("./") + relative), SingleInstance::keyFor(a.path() + QStringLiteral("/")));
        QVERIFY(SingleInstance::keyFor(a.path()) != SingleInstance::keyFor(b.path()));
        QVERIFY(SingleInstance::keyFor(a.path()) != SingleInstance::keyFor(QString()));
        QVERIFY(SingleInstance::keyFor(a.path()).startsWith(QStringLiteral("concord-")));
    }

    void secondInstanceBringsTheFirstForward()
    {
        QTemporaryDir ws;
        SingleInstance first(ws.path());
        QVERIFY(!first.forwardToRunning());
        QVERIFY(first.isPrimary());
        QSignalSpy asked(&first, &SingleInstance::activateRequested);
        SingleInstance second(ws.path());
        QVERIFY(second.forwardToRunning());
        QVERIFY(!second.isPrimary());
        QVERIFY(asked.wait(5000));
        // Another workspace is not the same console.
        QTemporaryDir other;
        SingleInstance third(other.path());
        QVERIFY(!third.forwardToRunning());
        QVERIFY(third.isPrimary());
    }

    void secondProcessEndsAndTheFirstRuns()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QTemporaryDir ws; // no workspace.yaml: the console shows why, and keeps running
        QTemporaryDir otherWs;

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(consolePath(), {ws.path()});
        QVERIFY(first.waitForStarted(10000));
        // Up once it listens.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QLocalSocket probe;
                probe.connectToServer(SingleInstance::keyFor(ws.path()));
                return probe.waitForConnected(200);
            }(),
            30000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(consolePath(), {ws.path()});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardError().contains("already open"), "the second launch says why it ended");
        QCOMPARE(first.state(), QProcess::Running);

        // A console for another workspace is not stopped by the first.
        QProcess third;
        third.setProcessEnvironment(env);
        third.start(consolePath(), {QStringLiteral("--smoke-test"), otherWs.path()});
        QVERIFY(third.waitForFinished(60000));
        QCOMPARE(first.state(), QProcess::Running);

        first.terminate();
        if (!first.waitForFinished(10000)) {
            first.kill();
            first.waitForFinished(5000);
        }
    }
};

QTEST_MAIN(TstGuiSingleInstance)
#include "tst_gui_singleinstance.moc"
