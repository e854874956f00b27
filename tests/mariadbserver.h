#pragma once
// A throwaway MariaDB server for one test process: mariadb-install-db into a temporary directory,
// mariadbd on a free port on 127.0.0.1 (and a socket there) with the binary log in ROW format,
// durability off for speed; a user `concord` (password "concord-test", all privileges including
// replication) created through the socket; stopped by the destructor. Every wait is bounded. As
// root (CI) the server runs as the `mysql` user (--user=mysql).
//
// Like PgServer: skips only when the server is not installed and CONCORD_REQUIRE_SERVERS is unset.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

class MariaDbServer
{
public:
    MariaDbServer() = default;
    ~MariaDbServer() { stop(); }
    MariaDbServer(const MariaDbServer &) = delete;
    MariaDbServer &operator=(const MariaDbServer &) = delete;

    static QString serverBinary()
    {
        for (const char *p : {"/usr/sbin/mariadbd", "/usr/sbin/mysqld"})
            if (QFile::exists(QString::fromLatin1(p)))
                return QString::fromLatin1(p);
        return {};
    }
    static bool required() { return qEnvironmentVariableIsSet("CONCORD_REQUIRE_SERVERS"); }
    static QString password() { return QStringLiteral("concord-test"); }

    QString start()
    {
        const QString server = serverBinary();
        if (server.isEmpty())
            return QStringLiteral("MariaDB server not found (install mariadb-server)");
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/concord-my-XXXXXX"));
        if (!m_dir->isValid())
            return QStringLiteral("cannot create a temporary directory");
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                 | QFileDevice::ReadOther | QFileDevice::ExeOther
                                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        const QString data = m_dir->path() + QStringLiteral("/data");
        QDir().mkpath(data);
        const bool root = ::geteuid() == 0;
        if (root && !run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("mysql:mysql"), m_dir->path()}, 10000))
            return QStringLiteral("cannot hand %1 to the mysql user").arg(data);
        QStringList common = {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data};
        if (root)
            common << QStringLiteral("--user=mysql");
        QString out;
        if (!run(QStringLiteral("mariadb-install-db"),
                 common + QStringList{QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db"),
                                      QStringLiteral("--skip-name-resolve")},
                 120000, &out))
            return QStringLiteral("mariadb-install-db failed: %1").arg(out.right(600));
        m_port = freePort();
        m_socket = m_dir->path() + QStringLiteral("/sock");
        QStringList args = common;
        args << QStringLiteral("--port=%1").arg(m_port) << QStringLiteral("--bind-address=127.0.0.1")
             << QStringLiteral("--socket=") + m_socket << QStringLiteral("--pid-file=") + m_dir->path() + QStringLiteral("/pid")
             << QStringLiteral("--log-error=") + m_dir->path() + QStringLiteral("/error.log")
             << QStringLiteral("--log-bin=") + data + QStringLiteral("/binlog") << QStringLiteral("--binlog-format=ROW")
             << QStringLiteral("--binlog-row-image=FULL") << QStringLiteral("--server-id=1")
             << QStringLiteral("--skip-name-resolve") << QStringLiteral("--innodb-flush-log-at-trx-commit=0")
             << QStringLiteral("--sync-binlog=0") << QStringLiteral("--innodb-buffer-pool-size=64M")
             << QStringLiteral("--innodb-log-file-size=16M") << QStringLiteral("--max-connections=60");
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->setStandardOutputFile(m_dir->path() + QStringLiteral("/server.out"));
        m_server->start(server, args);
        if (!m_server->waitForStarted(10000))
            return QStringLiteral("mariadbd did not start");
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            if (m_server->state() != QProcess::Running)
                return QStringLiteral("mariadbd exited: %1").arg(log().right(800));
            if (QFile::exists(m_socket)
                && rootSql(QStringLiteral("CREATE USER IF NOT EXISTS 'concord'@'%' IDENTIFIED BY '%1'; "
                                          "GRANT ALL PRIVILEGES ON *.* TO 'concord'@'%' WITH GRANT OPTION; FLUSH PRIVILEGES")
                               .arg(password()))
                       .isEmpty())
                return {};
            QThread::msleep(200);
        }
        return QStringLiteral("mariadbd did not accept connections within 60 s: %1").arg(log().right(800));
    }

    void stop()
    {
        if (m_server && m_server->state() == QProcess::Running) {
            m_server->terminate(); // SIGTERM: a clean shutdown
            if (!m_server->waitForFinished(30000)) {
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
        QFile f(m_dir ? m_dir->path() + QStringLiteral("/error.log") : QString());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // SQL as root through the socket; "" on success, else the client's output. `output` gets the
    // rows, tab-separated.
    QString rootSql(const QString &sql, QString *output = nullptr, const QString &database = {}) const
    {
        QStringList args = {QStringLiteral("--no-defaults"), QStringLiteral("-S"), m_socket, QStringLiteral("-u"),
                            QStringLiteral("root"), QStringLiteral("-N"), QStringLiteral("-B")};
        if (!database.isEmpty())
            args << QStringLiteral("-D") << database;
        args << QStringLiteral("-e") << sql;
        QString out;
        const bool ok = run(QStringLiteral("mariadb"), args, 120000, &out);
        if (output)
            *output = out.trimmed();
        return ok ? QString() : (out.isEmpty() ? QStringLiteral("mariadb client failed") : out);
    }

private:
    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static bool run(const QString &program, const QStringList &args, int timeoutMs, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
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
    QString m_socket;
    int m_port = 0;
};
