#include "policy/secrets.h"

#include "policy/crypto.h"
#include "workspace/workspace.h"

#include "log/log.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace concord {

namespace {

const QString kService = QStringLiteral("Concord");
constexpr int MinSecretLength = 16;

enum class KeychainStatus { Found, NotFound, Unreachable };

// Runs a keychain job to its end (QtKeychain answers through a signal), bounded in time.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

KeychainStatus readKeychain(const QString &name, int timeoutMs, QByteArray *out, QString *why)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(name);
    if (!runJob(job, timeoutMs)) {
        *why = QStringLiteral("the keychain did not answer within %1 s").arg(timeoutMs / 1000);
        return KeychainStatus::Unreachable;
    }
    if (job.error() == QKeychain::NoError) {
        *out = job.binaryData();
        return KeychainStatus::Found;
    }
    *why = job.errorString();
    return job.error() == QKeychain::EntryNotFound ? KeychainStatus::NotFound : KeychainStatus::Unreachable;
}

QString fallbackDir(const SecretOptions &o)
{
    if (!o.fallbackDir.isEmpty())
        return o.fallbackDir;
    const QString fromEnv = qEnvironmentVariable("CONCORD_SECRETS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/Concord/secrets");
}

Result<WorkspaceSecret> fileSecret(const Workspace &ws, const SecretOptions &o)
{
    const QString dir = fallbackDir(o);
    const QString name = QString::fromLatin1(crypto::sha256(ws.name.toUtf8()).toHex().left(16)) + QStringLiteral(".key");
    const QString path = QDir(dir).filePath(name);
    WorkspaceSecret s;
    s.source = QStringLiteral("file:") + path;
    QFile f(path);
    if (f.exists()) {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther
            | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (f.permissions() & others)
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("the workspace secret file %1 may be read by others; make it private "
                                            "with: chmod 600 %1")
                                 .arg(path));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot read the workspace secret file %1: %2")
                                                           .arg(path, f.errorString()));
        s.bytes = QByteArray::fromBase64(f.readAll().trimmed());
        if (s.bytes.size() != crypto::KeySize)
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("the workspace secret file %1 does not hold a secret Concord made").arg(path));
        return s;
    }
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot create %1 for the workspace secret").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto bytes = crypto::randomBytes(crypto::KeySize);
    if (!bytes.ok())
        return bytes.error();
    QSaveFile out(path);
    // Private before the first byte is written: QSaveFile's temporary file takes these.
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(bytes->toBase64() + '\n') < 0 || !out.commit())
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("cannot write the workspace secret file %1: %2").arg(path, out.errorString()));
    s.bytes = *bytes;
    s.warning = QStringLiteral("no keychain is available and workspace.yaml names no secret: created the workspace "
                               "secret in %1 (mode 0600). Keep a copy: masked values and encrypted payloads depend "
                               "on it. On servers prefer 'secret: env:VAR' (docs/policy.md).")
                    .arg(path);
    return s;
}

} // namespace

bool keychainAllowed()
{
    return qEnvironmentVariable("CONCORD_KEYCHAIN").compare(QLatin1String("off"), Qt::CaseInsensitive) != 0;
}

Result<QByteArray> readSecret(const QString &reference, const SecretOptions &options)
{
    if (reference.startsWith(QLatin1String("env:"))) {
        const QString var = reference.mid(4);
        const QByteArray value = qgetenv(var.toLocal8Bit().constData());
        if (var.isEmpty() || value.isEmpty())
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("%1: the environment variable %2 is not set")
                                                           .arg(reference, var.isEmpty() ? QStringLiteral("(no name)") : var));
        return value;
    }
    if (reference.startsWith(QLatin1String("keychain:"))) {
        const QString name = reference.mid(9);
        if (!options.useKeychain)
            return makeError(ErrorCode::ConnectionRefused, QStringLiteral("%1: the keychain is not in use here").arg(reference));
        QByteArray value;
        QString why;
        switch (readKeychain(name, options.keychainTimeoutMs, &value, &why)) {
        case KeychainStatus::Found:
            return value;
        case KeychainStatus::NotFound:
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("%1: the keychain has no entry '%2' for service %3").arg(reference, name, kService));
        case KeychainStatus::Unreachable:
            break;
        }
        return makeError(ErrorCode::ConnectionRefused, QStringLiteral("%1: %2").arg(reference, why));
    }
    return makeError(ErrorCode::ConfigInvalid,
                     QStringLiteral("'%1' is not a secret reference: write keychain:NAME or env:VAR").arg(reference));
}

Result<void> writeKeychainSecret(const QString &name, const QByteArray &value, const SecretOptions &options)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(name);
    job.setBinaryData(value);
    if (!runJob(job, options.keychainTimeoutMs))
        return makeError(ErrorCode::ConnectionRefused, QStringLiteral("the keychain did not answer"));
    if (job.error() != QKeychain::NoError)
        return makeError(ErrorCode::ConnectionRefused, QStringLiteral("keychain:%1: %2").arg(name, job.errorString()));
    return {};
}

Result<WorkspaceSecret> loadWorkspaceSecret(const Workspace &ws, const SecretOptions &options)
{
    WorkspaceSecret s;
    if (!ws.secret.isEmpty()) {
        const auto bytes = readSecret(ws.secret, options);
        if (!bytes.ok())
            return bytes.error();
        if (bytes->size() < MinSecretLength)
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("%1: the workspace secret must be at least %2 bytes long; make one with "
                                            "'openssl rand -base64 32'")
                                 .arg(ws.secret)
                                 .arg(MinSecretLength));
        s.bytes = *bytes;
        s.source = ws.secret;
        return s;
    }
    if (options.useKeychain) {
        const QString name = QStringLiteral("workspace/") + ws.name;
        QByteArray value;
        QString why;
        switch (readKeychain(name, options.keychainTimeoutMs, &value, &why)) {
        case KeychainStatus::Found:
            s.bytes = value;
            s.source = QStringLiteral("keychain:") + name;
            return s;
        case KeychainStatus::NotFound: {
            const auto bytes = crypto::randomBytes(crypto::KeySize);
            if (!bytes.ok())
                return bytes.error();
            if (writeKeychainSecret(name, *bytes, options).ok()) {
                s.bytes = *bytes;
                s.source = QStringLiteral("keychain:") + name;
                return s;
            }
            break;
        }
        case KeychainStatus::Unreachable:
            break;
        }
    }
    return fileSecret(ws, options);
}

Result<QByteArray> cachedWorkspaceSecret(const Workspace &ws)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> cache;
    const QString id = ws.name + QLatin1Char('\n') + ws.secret;
    QMutexLocker lock(&mutex); // also keeps two runs from creating two secrets at once
    if (const auto it = cache.constFind(id); it != cache.cend())
        return *it;
    const auto loaded = loadWorkspaceSecret(ws);
    if (!loaded.ok())
        return loaded.error();
    if (!loaded->warning.isEmpty())
        log::warning(lcPolicy(), loaded->warning);
    cache.insert(id, loaded->bytes);
    return loaded->bytes;
}

} // namespace concord
