#pragma once
// A throwaway PostgreSQL server for one test process: initdb into a temporary directory, started
// on a free port on 127.0.0.1 (and a socket in that directory), logical decoding enabled, durable
// writes off for speed; stopped (fast shutdown) and removed by the destructor. Everything is
// bounded in time. As root (CI), the server runs as the `postgres` user through setpriv, because
// PostgreSQL refuses to run as root.
//
// Skips (QSKIP) only when the PostgreSQL server binaries are missing and CONCORD_REQUIRE_SERVERS
// is not set; .ci/run sets it, so in CI a missing server is a failure.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QElapsedTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

class PgServer
{
public:
    PgServer() = default;
    ~PgServer() { stop(); }
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    static QString binDir()
    {
        const QString fromEnv = qEnvironmentVariable("CONCORD_PG_BINDIR");
        if (!fromEnv.isEmpty())
            return fromEnv;
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions)
            if (QFile::exists(lib.filePath(v + QStringLiteral("/bin/postgres"))))
                return lib.filePath(v + QStringLiteral("/bin"));
        return {};
    }

    static bool required() { return qEnvironmentVariableIsSet("CONCORD_REQUIRE_SERVERS"); }

    // Starts the server; returns an error text, or "" when it accepts connections.
    QString start(const QStringList &extraSettings = {})
    {
        const QString bin = binDir();
        if (bin.isEmpty())
            return QStringLiteral("PostgreSQL server binaries not found (install postgresql-15)");
        // A directory the postgres user may enter (QTemporaryDir makes it 0700 for root).
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/concord-pg-XXXXXX"));
        if (!m_dir->isValid())
            return QStringLiteral("cannot create a temporary directory");
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                 | QFileDevice::ReadOther | QFileDevice::ExeOther
                                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        const QString data = m_dir->path() + QStringLiteral("/data");
        const QString sock = m_dir->path() + QStringLiteral("/sock");
        QDir().mkpath(data);
        QDir().mkpath(sock);
        if (::geteuid() == 0) {
            if (!run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), data, sock}, 10000))
                return QStringLiteral("cannot hand %1 to the postgres user").arg(data);
        }
        QString out;
        if (!run(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("concord"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                 60000, &out))
            return QStringLiteral("initdb failed: %1").arg(out.right(400));
        m_port = freePort();
        QStringList args = {QStringLiteral("-D"), data, QStringLiteral("-p"), QString::number(m_port),
                            QStringLiteral("-k"), sock,
                            QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                            QStringLiteral("-c"), QStringLiteral("wal_level=logical"),
                            QStringLiteral("-c"), QStringLiteral("max_replication_slots=20"),
                            QStringLiteral("-c"), QStringLiteral("max_wal_senders=20"),
                            QStringLiteral("-c"), QStringLiteral("fsync=off"),
                            QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                            QStringLiteral("-c"), QStringLiteral("max_connections=60"),
                            QStringLiteral("-c"), QStringLiteral("shared_buffers=64MB"),
                            QStringLiteral("-c"), QStringLiteral("logging_collector=off")};
        for (const QString &s : extraSettings)
            args << QStringLiteral("-c") << s;
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->setStandardOutputFile(m_dir->path() + QStringLiteral("/server.log"));
        startAs(*m_server, bin + QStringLiteral("/postgres"), args);
        if (!m_server->waitForStarted(10000))
            return QStringLiteral("postgres did not start");
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            if (m_server->state() != QProcess::Running)
                return QStringLiteral("postgres exited: %1").arg(log().right(600));
            if (run(bin + QStringLiteral("/pg_isready"),
                    {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-U"), QStringLiteral("concord"), QStringLiteral("-d"), QStringLiteral("postgres")},
                    5000))
                return {};
            QThread::msleep(100);
        }
        return QStringLiteral("postgres did not accept connections within 30 s: %1").arg(log().right(600));
    }

    void stop()
    {
        if (m_server && m_server->state() == QProcess::Running) {
            ::kill(pid_t(m_server->processId()), SIGINT); // fast shutdown
            if (!m_server->waitForFinished(15000)) {
                m_server->kill();
                m_server->waitForFinished(5000);
            }
        }
        m_server.reset();
        m_dir.reset();
    }

    int port() const { return m_port; }
    QString log() const
    {
        QFile f(m_dir ? m_dir->path() + QStringLiteral("/server.log") : QString());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Runs SQL with psql (ON_ERROR_STOP): returns "" on success, else psql's output.
    QString psql(const QString &database, const QString &sql, QString *output = nullptr) const
    {
        QString out;
        const bool ok = run(binDir() + QStringLiteral("/psql"),
                            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                             QStringLiteral("-U"), QStringLiteral("concord"), QStringLiteral("-d"), database,
                             QStringLiteral("-c"), sql},
                            120000, &out);
        if (output)
            *output = out.trimmed();
        return ok ? QString() : (out.isEmpty() ? QStringLiteral("psql failed") : out);
    }

    QString createDatabase(const QString &name) const
    {
        return psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    }

private:
    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static void startAs(QProcess &p, const QString &program, const QStringList &args)
    {
        if (::geteuid() == 0) {
            // setpriv execs the program itself: signals reach postgres directly.
            p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=postgres"), QStringLiteral("--regid=postgres"),
                                                           QStringLiteral("--init-groups"), QStringLiteral("--"), program}
                                                   + args);
        } else {
            p.start(program, args);
        }
    }

    static bool run(const QString &program, const QStringList &args, int timeoutMs, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const bool asPostgres = program.contains(QLatin1String("/initdb"));
        if (asPostgres)
            startAs(p, program, args);
        else
            p.start(program, args);
        if (!p.waitForStarted(10000))
            return false;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(2000);
            return false;
        }
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
};
