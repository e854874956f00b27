// concordctl: the headless face of Concord, a stable contract for operators' scripts
// (DESIGN.md §7). Argument parsing and wiring only; the work is in concord_engine.

#include "ctlcommands.h"

#include "log/log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

std::atomic<bool> g_stop{false};

// The first SIGINT/SIGTERM asks the run to stop at the next batch boundary; a second one ends
// the process at once (the default action, restored here).
extern "C" void onSignal(int sig)
{
    g_stop.store(true);
    std::signal(sig, SIG_DFL);
}

QtMsgType levelFrom(const QString &name)
{
    if (name == QLatin1String("debug"))
        return QtDebugMsg;
    if (name == QLatin1String("warning"))
        return QtWarningMsg;
    if (name == QLatin1String("error"))
        return QtCriticalMsg;
    return QtInfoMsg;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("concordctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Concord"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(concord::ctl::overview());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                       QStringLiteral("Workspace directory (default: the current directory)."),
                                       QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      QStringLiteral("Least level of the JSON log lines on stderr: debug, info, warning, "
                                                     "error or none (default: info)."),
                                      QStringLiteral("LEVEL"), QStringLiteral("info"));
    parser.addOption(workspace);
    parser.addOption(logLevel);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init-demo, validate, run, preview, unmask, serve, status, pause, resume, "
                                                                  "backfill, deadletters, alerts, diff, repair, conflicts, audit, lineage, drift or logs"));
    // Global options may also follow the command ("concordctl run P -w DIR"): lift them out
    // before the command's own parser sees its arguments.
    QStringList arguments = app.arguments();
    QStringList lifted = {arguments.value(0)};
    QStringList rest;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const bool takesValue = a == QLatin1String("-w") || a == QLatin1String("--workspace")
            || a == QLatin1String("--log-level");
        if (takesValue && i + 1 < arguments.size()) {
            lifted << a << arguments[++i];
        } else if (a.startsWith(QLatin1String("--workspace=")) || a.startsWith(QLatin1String("--log-level="))) {
            lifted << a;
        } else {
            rest << a;
        }
    }
    // parse(), not process(): a bad option must exit 2 (bad input), as the contract says.
    if (!parser.parse(lifted + rest)) {
        QTextStream(stderr) << QStringLiteral("concordctl: ") << parser.errorText() << Qt::endl;
        return concord::ctl::BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return concord::ctl::Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QStringLiteral("concordctl %1\n").arg(QCoreApplication::applicationVersion());
        return concord::ctl::Success;
    }

    const QString level = parser.value(logLevel);
    if (!QStringList{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error"),
                     QStringLiteral("none")}
             .contains(level)) {
        QTextStream(stderr) << QStringLiteral("concordctl: --log-level must be debug, info, warning, error or none\n");
        return concord::ctl::BadInput;
    }
    concord::log::install(level == QLatin1String("none") ? concord::log::Output::None : concord::log::Output::JsonLines,
                          levelFrom(level));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        QTextStream(stderr) << parser.helpText();
        return concord::ctl::BadInput;
    }
    concord::ctl::Globals g;
    g.workspace = parser.value(workspace);
    g.stop = &g_stop;
    const QString command = positional.front();
    const QStringList args = QStringList{QStringLiteral("concordctl ") + command} + positional.mid(1);
    if (command == QLatin1String("init-demo"))
        return concord::ctl::initDemo(g, args);
    if (command == QLatin1String("validate"))
        return concord::ctl::validate(g, args);
    if (command == QLatin1String("run")) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        return concord::ctl::run(g, args);
    }
    if (command == QLatin1String("preview"))
        return concord::ctl::preview(g, args);
    if (command == QLatin1String("unmask"))
        return concord::ctl::unmask(g, args);
    if (command == QLatin1String("serve") || command == QLatin1String("backfill")
        || command == QLatin1String("diff") || command == QLatin1String("repair")
        || (command == QLatin1String("deadletters") && positional.value(1) == QLatin1String("replay"))) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        if (command == QLatin1String("diff"))
            return concord::ctl::diff(g, args);
        if (command == QLatin1String("repair"))
            return concord::ctl::repair(g, args);
        if (command == QLatin1String("serve"))
            return concord::ctl::serve(g, args);
        if (command == QLatin1String("backfill"))
            return concord::ctl::backfill(g, args);
        return concord::ctl::deadLetters(g, args);
    }
    if (command == QLatin1String("status"))
        return concord::ctl::status(g, args);
    if (command == QLatin1String("pause"))
        return concord::ctl::pause(g, args);
    if (command == QLatin1String("resume"))
        return concord::ctl::resume(g, args);
    if (command == QLatin1String("deadletters"))
        return concord::ctl::deadLetters(g, args);
    if (command == QLatin1String("alerts"))
        return concord::ctl::alerts(g, args);
    if (command == QLatin1String("conflicts"))
        return concord::ctl::conflicts(g, args);
    if (command == QLatin1String("audit"))
        return concord::ctl::audit(g, args);
    if (command == QLatin1String("lineage"))
        return concord::ctl::lineage(g, args);
    if (command == QLatin1String("drift"))
        return concord::ctl::drift(g, args);
    if (command == QLatin1String("logs")) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        return concord::ctl::logs(g, args);
    }
    if (command == QLatin1String("help")) {
        QTextStream(stdout) << parser.helpText();
        return concord::ctl::Success;
    }
    QTextStream(stderr) << QStringLiteral("concordctl: unknown command '%1'\n\n").arg(command) << parser.helpText();
    return concord::ctl::BadInput;
}
