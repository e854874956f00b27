// The OS keychain for real (issue 4): QtKeychain against a Secret Service (gnome-keyring in a
// private D-Bus session, tests/run_with_keyring.sh). Secrets round-trip, a missing entry is a
// clear error, and the workspace secret is created in the keychain — not in a file — and found
// there again.

#include "policy/crypto.h"
#include "policy/secrets.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const bool required = qEnvironmentVariableIsSet("CONCORD_REQUIRE_KEYCHAIN");
        if (!keychainAllowed()) {
            if (required)
                QFAIL("CONCORD_KEYCHAIN=off, yet the keychain is required");
            QSKIP("CONCORD_KEYCHAIN=off; tests/run_with_keyring.sh runs this test with a keychain");
        }
        const auto probe = writeKeychainSecret(QStringLiteral("test/probe"), "probe");
        if (!probe.ok()) {
            if (required)
                QFAIL(qPrintable(QStringLiteral("no keychain: %1").arg(probe.error().message)));
            QSKIP("no keychain here; tests/run_with_keyring.sh runs this test with one");
        }
    }

    void secretsRoundTrip()
    {
        static const char raw[] = "\x00\x01\xfe\xff secret with bytes";
        const QByteArray binary(raw, sizeof raw - 1); // the NULs included, the terminator not
        QVERIFY(writeKeychainSecret(QStringLiteral("test/binary"), binary).ok());
        const auto back = readSecret(QStringLiteral("keychain:test/binary"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(*back, binary);
        // Overwritten in place.
        QVERIFY(writeKeychainSecret(QStringLiteral("test/binary"), "second").ok());
        QCOMPARE(*readSecret(QStringLiteral("keychain:test/binary")), QByteArray("second"));
    }

    void missingEntryIsAClearError()
    {
        const auto missing = readSecret(QStringLiteral("keychain:test/never-written"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::ConfigInvalid);
        QCOMPARE(missing.error().message,
                 QStringLiteral("keychain:test/never-written: the keychain has no entry 'test/never-written' for service Concord"));
    }

    void workspaceSecretLivesInTheKeychain()
    {
        QTemporaryDir files;
        Workspace ws;
        ws.name = QStringLiteral("keychain test 工作区");
        SecretOptions options;
        options.fallbackDir = files.path();
        const auto first = loadWorkspaceSecret(ws, options);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->source, QStringLiteral("keychain:workspace/keychain test 工作区"));
        QCOMPARE(first->bytes.size(), crypto::KeySize);
        QVERIFY(first->warning.isEmpty());
        QCOMPARE(QDir(files.path()).entryList(QDir::Files), QStringList()); // no file secret
        const auto again = loadWorkspaceSecret(ws, options);
        QVERIFY(again.ok());
        QCOMPARE(again->bytes, first->bytes);
        QCOMPARE(*readSecret(QStringLiteral("keychain:workspace/keychain test 工作区")), first->bytes);
        // A `secret:` reference wins over the keychain entry.
        qputenv("CONCORD_TEST_KEYCHAIN_SECRET", "an env secret of enough length");
        ws.secret = QStringLiteral("env:CONCORD_TEST_KEYCHAIN_SECRET");
        const auto env = loadWorkspaceSecret(ws, options);
        QVERIFY(env.ok());
        QCOMPARE(env->bytes, QByteArray("an env secret of enough length"));
        // So does `secret: keychain:NAME`.
        QVERIFY(writeKeychainSecret(QStringLiteral("acme-hub"), "a keychain secret, long enough").ok());
        ws.secret = QStringLiteral("keychain:acme-hub");
        QCOMPARE(loadWorkspaceSecret(ws, options)->bytes, QByteArray("a keychain secret, long enough"));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
