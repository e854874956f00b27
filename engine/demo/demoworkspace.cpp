#include "demo/demoworkspace.h"

#include "demo/demodatabases.h"
#include "demo/demotemplates.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <functional>

namespace concord {

namespace {

// Upper bound per table (`concordctl init-demo --scale 1000` asks for three million opportunities).
// Invoice numbers have six digits up to 999999 and grow a digit beyond.
constexpr int MaxRows = 10000000;

struct DatabaseFile
{
    QString path;
    std::function<Result<void>(const QString &)> write;
};

// Remembers what this call created, so that a failure leaves the directory as it found it.
class Cleanup
{
public:
    ~Cleanup()
    {
        if (m_done)
            return;
        for (auto it = m_files.crbegin(); it != m_files.crend(); ++it) {
            QFile::remove(*it);
            QFile::remove(*it + QLatin1String("-journal"));
        }
        for (auto it = m_dirs.crbegin(); it != m_dirs.crend(); ++it)
            QDir().rmdir(*it); // only if empty: never removes anything we did not create
    }

    void file(const QString &path) { m_files.append(path); }
    void dir(const QString &path) { m_dirs.append(path); }
    void done() { m_done = true; }

private:
    QStringList m_files;
    QStringList m_dirs;
    bool m_done = false;
};

Result<void> makeDir(const QString &path, Cleanup &cleanup)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    if (info.exists())
        return makeError(
            ErrorCode::ConfigInvalid, QStringLiteral("%1 exists and is not a directory").arg(path));
    // Record every level mkpath creates, so cleanup can remove them again.
    QStringList missing;
    for (QString p = QDir::cleanPath(path); !p.isEmpty() && !QFileInfo::exists(p);
         p = QFileInfo(p).path()) {
        missing.prepend(p);
        if (QFileInfo(p).path() == p)
            break;
    }
    if (!QDir().mkpath(path))
        return makeError(
            ErrorCode::ConfigInvalid, QStringLiteral("cannot create the directory %1").arg(path));
    for (const QString &p : std::as_const(missing))
        cleanup.dir(p);
    return {};
}

Result<void> writeFile(const QString &path, const QByteArray &contents, Cleanup &cleanup)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::ConfigInvalid,
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(contents);
    if (!file.commit())
        return makeError(ErrorCode::ConfigInvalid,
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    cleanup.file(path);
    return {};
}

} // namespace

Result<void> createDemoWorkspace(const QString &dir, const DemoOptions &options)
{
    if (dir.isEmpty())
        return makeError(
            ErrorCode::ConfigInvalid, QStringLiteral("no directory given for the demo workspace"));
    for (const int n : { options.customers, options.opportunities, options.invoices })
        if (n < 0 || n > MaxRows)
            return makeError(ErrorCode::ConfigInvalid,
                QStringLiteral("demo table sizes must be between 0 and %1").arg(MaxRows));
    if (options.opportunities > 0 && options.customers == 0)
        return makeError(ErrorCode::ConfigInvalid,
            QStringLiteral("demo opportunities need at least one customer to belong to"));

    const QDir root(QFileInfo(dir).absoluteFilePath());
    const QString workspaceFile = root.filePath(QStringLiteral("workspace.yaml"));
    if (QFileInfo::exists(workspaceFile))
        return makeError(ErrorCode::ConfigInvalid,
            QStringLiteral(
                "%1 already holds a workspace (workspace.yaml); choose an empty directory "
                "for the demo")
                .arg(root.path()));

    const QList<demo::DemoFile> mappings = demo::mappingFiles();
    const QList<DatabaseFile> databases = {
        { QStringLiteral("data/crm.sqlite"),
            [&](const QString &p) { return demo::writeCrmDatabase(p, options); } },
        { QStringLiteral("data/warehouse.sqlite"),
            [](const QString &p) { return demo::writeWarehouseDatabase(p); } },
        { QStringLiteral("data/finance.sqlite"),
            [&](const QString &p) { return demo::writeFinanceDatabase(p, options); } },
        { QStringLiteral("data/tax.sqlite"),
            [](const QString &p) { return demo::writeTaxDatabase(p); } },
        { QStringLiteral("data/service.sqlite"),
            [&](const QString &p) { return demo::writeServiceDatabase(p, options); } },
    };

    // Refuse before writing anything: the demo never overwrites a steward's files.
    QStringList existing;
    for (const demo::DemoFile &m : mappings)
        if (QFileInfo::exists(root.filePath(m.path)))
            existing.append(m.path);
    for (const DatabaseFile &d : databases)
        if (QFileInfo::exists(root.filePath(d.path)))
            existing.append(d.path);
    if (!existing.isEmpty())
        return makeError(ErrorCode::ConfigInvalid,
            QStringLiteral("%1 already contains %2; choose an empty directory for the demo")
                .arg(root.path(), existing.join(QStringLiteral(", "))));

    Cleanup cleanup;
    for (const QString &sub : { root.path(), root.filePath(QStringLiteral("data")),
             root.filePath(QStringLiteral("mappings")) })
        if (auto r = makeDir(sub, cleanup); !r)
            return r;

    for (const DatabaseFile &d : databases) {
        const QString path = root.filePath(d.path);
        if (!QFileInfo::exists(path)) // the writer refuses an existing file; never remove that one
            cleanup.file(path);
        if (auto r = d.write(path); !r)
            return r;
    }
    for (const demo::DemoFile &m : mappings)
        if (auto r = writeFile(root.filePath(m.path), m.contents, cleanup); !r)
            return r;
    // Last, so that a directory with a workspace.yaml always holds a complete demo.
    if (auto r = writeFile(workspaceFile, demo::workspaceYaml(options), cleanup); !r)
        return r;
    cleanup.done();
    return {};
}

} // namespace concord
