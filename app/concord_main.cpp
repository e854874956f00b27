// concord: the desktop console. Parses the command line, picks the language, starts the engine
// thread and shows the main window; everything else lives in concord_ui.

#include "consolesession.h"
#include "enginehost.h"
#include "languagemanager.h"
#include "log/log.h"
#include "mainwindow.h"
#include "settings/consolesettings.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Concord"));
    QCoreApplication::setApplicationName(QStringLiteral("concord"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.concord.Concord")); // installer/linux

    concord::registerEngineMetaTypes();
    // JSON lines on stderr for support; the log pane receives every line regardless.
    concord::log::install(concord::log::Output::JsonLines, QtWarningMsg);

    // The remembered language first, so --help is already in it; --lang may change it below.
    concord::LanguageManager::addTranslationsDirectory(QCoreApplication::applicationDirPath()
                                                       + QStringLiteral("/../share/concord/translations"));
    concord::LanguageManager language;
    language.applyStoredChoice();
    concord::settings::applyTheme(concord::settings::theme().value());
    concord::settings::applyLogLevel(concord::settings::logLevel().value());

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Concord: keeps department systems consistent with each other."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), Main::tr("Interface language for this session: zh_CN or en."),
                                        Main::tr("language"));
    parser.addOption(langOption);
    const QCommandLineOption mappingOption(QStringLiteral("edit-mapping"),
                                           Main::tr("Open the mapping editor for this pipeline of the workspace."),
                                           Main::tr("pipeline"));
    parser.addOption(mappingOption);
    const QCommandLineOption smokeOption(QStringLiteral("smoke-test"),
                                         Main::tr("Start, show the window (and open the workspace, if one is given), print "
                                                  "the window's title and exit: 0 when it came up. For checking an installation."));
    parser.addOption(smokeOption);
    parser.addPositionalArgument(QStringLiteral("workspace"), Main::tr("Workspace folder to open (contains workspace.yaml)."),
                                 Main::tr("[WORKSPACE_DIR]"));
    parser.process(app);

    if (parser.isSet(langOption) && !language.applyOverride(parser.value(langOption))) {
        const QString message = Main::tr("Unknown language \"%1\"; use zh_CN or en.").arg(parser.value(langOption));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "%s\n", qPrintable(Main::tr("Give at most one workspace folder.")));
        return 2;
    }

    // One console per user and workspace: a second launch brings the first forward and ends.
    concord::SingleInstance instance(parser.positionalArguments().value(0));
    if (!parser.isSet(smokeOption) && instance.forwardToRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(Main::tr("Concord is already open for this workspace: its window was brought forward.")));
        return 0;
    }

    concord::EngineThread engine;
    concord::MainWindow window(engine.host(), engine.control(), &language);
    QObject::connect(&instance, &concord::SingleInstance::activateRequested, &window, [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    window.show();
    if (parser.isSet(mappingOption)) {
        if (parser.positionalArguments().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(Main::tr("--edit-mapping needs a workspace folder.")));
            return 2;
        }
        const QString pipeline = parser.value(mappingOption);
        auto *once = new QObject(&window);
        QObject::connect(window.session(), &concord::ConsoleSession::workspaceOpened, once, [&window, once, pipeline] {
            if (!window.editMapping(pipeline))
                std::fprintf(stderr, "%s\n", qPrintable(Main::tr("The workspace has no pipeline \"%1\".").arg(pipeline)));
            once->deleteLater();
        });
    }
    if (parser.isSet(smokeOption)) {
        // Up when the window is shown and, with a workspace, once it opened (or failed to).
        const bool withWorkspace = !parser.positionalArguments().isEmpty();
        const auto report = [&window] {
            const bool shown = window.isVisible() && window.width() > 0 && !window.windowTitle().isEmpty();
            std::printf("%s\n", qPrintable(window.windowTitle()));
            std::fflush(stdout);
            QCoreApplication::exit(shown ? 0 : 1);
        };
        if (withWorkspace) {
            QObject::connect(window.session(), &concord::ConsoleSession::workspaceOpened, &window, report);
            QObject::connect(window.session(), &concord::ConsoleSession::workspaceFailed, &window,
                             [] { QCoreApplication::exit(1); });
        } else {
            QTimer::singleShot(0, &window, report);
        }
        QTimer::singleShot(60000, &window, [] { QCoreApplication::exit(3); });
    }
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().constFirst());
    return app.exec();
}
