#include "ctlsupport.h"

#include "governance/operations.h"
#include "log/logfiles.h"
#include "store/statestore.h"
#include "workspace/workspaceloader.h"

#include <QJsonDocument>

namespace concord::ctl {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Parses a command's own options. Returns -1 to go on, or the exit code to return now.
int parseCommand(QCommandLineParser &p, const QStringList &args, const QString &description, const QString &usage)
{
    p.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    p.addOption(help);
    if (!usage.isEmpty())
        p.addPositionalArgument(usage.section(QLatin1Char(' '), 0, 0), usage.section(QLatin1Char(' '), 1));
    // helpText() names the program by its path; show the command instead.
    QString helpText = p.helpText();
    const int firstLineEnd = int(helpText.indexOf(QLatin1Char('\n')));
    helpText.replace(0, firstLineEnd, QStringLiteral("Usage: %1 [options] %2").arg(args.front(), usage.section(QLatin1Char(' '), 0, 0)));
    if (!p.parse(args)) {
        err() << args.front() << QStringLiteral(": ") << p.errorText() << Qt::endl << Qt::endl << helpText;
        return BadInput;
    }
    if (p.isSet(help)) {
        out() << helpText;
        return Success;
    }
    return -1;
}

QJsonArray errorsJson(const ErrorList &errors)
{
    QJsonArray a;
    for (const Error &e : errors) {
        QJsonObject o{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
        if (e.location.isValid()) {
            o.insert(QStringLiteral("file"), e.location.file);
            o.insert(QStringLiteral("line"), e.location.line);
            o.insert(QStringLiteral("column"), e.location.column);
        }
        a.append(o);
    }
    return a;
}

void printJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out().flush();
}

int exitFor(const Error &e)
{
    const QString &c = e.code;
    if (c == ErrorCode::ConnectionRefused || c == ErrorCode::SyncTimeout || c == ErrorCode::StateStoreError
        || c == ErrorCode::PipelineBusy)
        return Environment;
    return BadInput;
}


QString actorName()
{
    return currentUser() + QStringLiteral(" (concordctl)");
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QJsonValue jsonTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    return t;
}

Opened::Opened() = default;
Opened::~Opened() = default;

int openWorkspace(const Globals &g, const QString &command, Opened &o)
{
    const WorkspaceLoad load = WorkspaceLoader::load(g.workspace);
    if (!load.ok()) {
        for (const Error &e : load.errors)
            err() << QStringLiteral("error: ") << e.toString() << Qt::endl;
        return BadInput;
    }
    o.workspace = load.workspace;
    log::setFileOutput(o.workspace->logDir(), QStringLiteral("concordctl ") + command);
    o.store = std::make_unique<StateStore>();
    if (auto r = o.store->open(o.workspace->stateStorePath()); !r.ok()) {
        err() << QStringLiteral("concordctl %1: %2\n").arg(command, r.error().message);
        return Environment;
    }
    o.ops = std::make_unique<Operations>(o.workspace, o.store.get());
    return -1;
}

} // namespace concord::ctl
