// Benchmark: does the console stay responsive while a big run commits batches? Builds a workspace
// whose SQLite source holds N rows (default 1,000,000), opens the real main window offscreen with
// the dashboard on "All pipelines" and the 1 h charts (refreshed live during the run), starts the
// run with the Run Now action and, until it finishes, ticks a 5 ms timer on the GUI thread. A tick
// that comes late means the event loop was busy: the stall is the gap between ticks minus 5 ms.
// Prints the largest and the 99th-percentile stall and the run time (target: max stall < 50 ms).
// Exits non-zero only when the run could not be made.
//
//   bench_gui_stall [--rows N] [--batch N] [--dir DIR] [--json]

#include "consoleactions.h"
#include "consolesession.h"
#include "controlhost.h"
#include "dashboard/chartspanel.h"
#include "enginehost.h"
#include "log/log.h"
#include "mainwindow.h"
#include "pipelinespage.h"
#include "pipelinetablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int TickMs = 5;

bool run(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok) {
        std::fprintf(stderr, "sqlite: %s\n  in: %s\n", message ? message : "?", sql);
        sqlite3_free(message);
    }
    return ok;
}

// N customer rows with a growing change time (the version column), written in one transaction.
bool makeSource(const QString &path, qint64 rows)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    bool ok = run(db, "PRAGMA journal_mode=WAL")
        && run(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, city TEXT, tier TEXT, balance TEXT, "
                   "visits INTEGER, changed_at TEXT)")
        && run(db, "BEGIN");
    sqlite3_stmt *insert = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "INSERT INTO customers VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &insert, nullptr) == SQLITE_OK;
    static const char *const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐"};
    static const char *const cities[] = {"上海", "北京", "深圳", "成都", "武汉", "西安", "南京"};
    static const char *const tiers[] = {"gold", "silver", "bronze", "none"};
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    quint32 state = 2463534242u; // a fixed seed: every run of the benchmark reads the same rows
    for (qint64 i = 1; ok && i <= rows; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const QByteArray name = QByteArray(surnames[state % 10]) + "客户" + QByteArray::number(i % 9973);
        const QByteArray balance = QByteArray::number(state % 500000) + '.' + QByteArray::number(10 + state % 90);
        const QByteArray changed = start.addSecs(i * 7).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
        sqlite3_bind_int64(insert, 1, i);
        sqlite3_bind_text(insert, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, cities[(state >> 4) % 7], -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, tiers[(state >> 9) % 4], -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, balance.constData(), int(balance.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 6, qint64(state % 200));
        sqlite3_bind_text(insert, 7, changed.constData(), int(changed.size()), SQLITE_TRANSIENT);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    ok = ok && run(db, "COMMIT") && run(db, "CREATE INDEX customers_changed ON customers(changed_at, id)");
    sqlite3_close(db);
    return ok;
}

bool makeTarget(const QString &path)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = run(db, "PRAGMA journal_mode=WAL")
        && run(db, "CREATE TABLE members (member_id INTEGER PRIMARY KEY, display_name TEXT, city TEXT, level TEXT, "
                   "balance DECIMAL(18,2), visits INTEGER, source_changed_at TEXT)");
    sqlite3_close(db);
    return ok;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

bool makeWorkspace(const QString &dir, int batch)
{
    const QByteArray yaml = QByteArray("name: GUI stall bench\n"
                                       "systems:\n"
                                       "  crm: { kind: sqlite, path: crm.sqlite }\n"
                                       "  club: { kind: sqlite, path: club.sqlite }\n"
                                       "datasets:\n"
                                       "  crm.customers:\n"
                                       "    key: [id]\n"
                                       "    version: changed_at\n"
                                       "    fields:\n"
                                       "      id: int\n      name: string\n      city: string\n      tier: string\n"
                                       "      balance: { type: 'decimal(18,2)' }\n      visits: int\n      changed_at: timestamp\n"
                                       "  club.members:\n"
                                       "    key: [member_id]\n"
                                       "    fields:\n"
                                       "      member_id: int\n      display_name: string\n      city: string\n      level: string\n"
                                       "      balance: { type: 'decimal(18,2)' }\n      visits: int\n      source_changed_at: timestamp\n"
                                       "pipelines:\n"
                                       "  customers-to-club:\n"
                                       "    source: crm.customers\n"
                                       "    target: club.members\n"
                                       "    mapping: mappings/customers.yaml\n"
                                       "    batch_size: ")
        + QByteArray::number(batch) + "\n";
    const QByteArray mapping = "source: crm.customers\n"
                               "target: club.members\n"
                               "fields:\n"
                               "  member_id: { from: id }\n"
                               "  display_name: { from: name, transform: [trim] }\n"
                               "  city: { from: city }\n"
                               "  level:\n"
                               "    from: tier\n"
                               "    cases:\n"
                               "      - { when: \"value == 'gold'\", then: A }\n"
                               "      - { when: \"value in ['silver', 'bronze']\", then: B }\n"
                               "    else: C\n"
                               "  balance: { from: balance, default: 0 }\n"
                               "  visits: { from: visits }\n"
                               "  source_changed_at: { from: changed_at }\n";
    return writeText(dir + QStringLiteral("/workspace.yaml"), yaml)
        && writeText(dir + QStringLiteral("/mappings/customers.yaml"), mapping);
}

// Runs the event loop until `done` or the timeout; false on timeout.
template<typename F>
bool waitFor(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("CONCORD_SCHEDULER", "off"); // only the benchmark's own run
    if (qEnvironmentVariableIsEmpty("CONCORD_KEYCHAIN"))
        qputenv("CONCORD_KEYCHAIN", "off");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Concord GUI stall benchmark: the GUI thread's longest pause during a big run"));
    p.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Source rows (default 1000000)."), QStringLiteral("N"),
                                     QStringLiteral("1000000"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Batch size (default 1000)."), QStringLiteral("N"),
                                      QStringLiteral("1000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Work directory (default: a temporary one)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    p.addOptions({rowsOpt, batchOpt, dirOpt, jsonOpt});
    p.process(app);
    const qint64 rows = p.value(rowsOpt).toLongLong();
    QTextStream err(stderr);

    QTemporaryDir tmp;
    const QString dir = p.isSet(dirOpt) ? QDir(p.value(dirOpt)).absolutePath() : tmp.path();
    QDir().mkpath(dir);
    QDir(dir + QStringLiteral("/.concord")).removeRecursively();
    // The window's settings (geometry, scheduler switch) stay in the work directory.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir + QStringLiteral("/settings"));
    if (qEnvironmentVariableIsEmpty("CONCORD_SECRETS_DIR"))
        qputenv("CONCORD_SECRETS_DIR", QFile::encodeName(dir + QStringLiteral("/secrets")));
    err << "generating " << rows << " rows..." << Qt::endl;
    if (!makeSource(dir + QStringLiteral("/crm.sqlite"), rows) || !makeTarget(dir + QStringLiteral("/club.sqlite"))
        || !makeWorkspace(dir, p.value(batchOpt).toInt())) {
        err << "cannot create the workspace in " << dir << Qt::endl;
        return 2;
    }

    concord::registerEngineMetaTypes();
    concord::log::install(concord::log::Output::JsonLines, QtCriticalMsg);
    concord::EngineThread engine;
    concord::MainWindow window(engine.host(), engine.control(), nullptr);
    window.resize(1600, 1000);
    window.show();
    window.openWorkspace(dir);
    if (!waitFor([&] { return window.pipelineModel()->rowCount() == 1; }, 30000)) {
        err << "the workspace did not open" << Qt::endl;
        return 2;
    }
    const QString pipeline = window.pipelineModel()->pipelineAt(0);
    window.selectPipeline(pipeline);
    window.showDashboard();
    // The charts on every pipeline over the last hour, as an operator watching the run would have them.
    concord::ChartsPanel *charts = window.chartsPanel();
    charts->setPipeline(QString());
    charts->setRange(concord::MetricRange::Hour);
    waitFor([] { return false; }, 500); // settle: first layout and paint

    bool finished = false;
    concord::RunResult result;
    QObject::connect(window.session(), &concord::ConsoleSession::runFinished, &app, [&](const concord::RunResult &r) {
        if (r.pipeline == pipeline) {
            result = r;
            finished = true;
        }
    });
    std::vector<qint64> stallsUs;
    stallsUs.reserve(200000);
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickMs);
    qint64 last = 0;
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        stallsUs.push_back(std::max<qint64>(0, now - last - TickMs * 1000));
        last = now;
    });
    const int answersBefore = charts->answersShown();
    QElapsedTimer runTime;
    clock.start();
    runTime.start();
    ticker.start();
    window.actions()->run->trigger();
    if (!window.session()->isRunning()) {
        err << "Run Now did not start a run" << Qt::endl;
        return 1;
    }
    const bool done = waitFor([&] { return finished; }, 30 * 60 * 1000);
    const qint64 runMs = runTime.elapsed();
    ticker.stop();
    if (!done || result.status != QLatin1String("succeeded") || result.written() != rows) {
        err << "the run did not complete: " << result.status << " " << result.error.message << ", " << result.written()
            << " rows written" << Qt::endl;
        return 1;
    }
    // The charts followed the run.
    const int chartUpdates = charts->answersShown() - answersBefore;

    std::vector<qint64> sorted = stallsUs;
    std::sort(sorted.begin(), sorted.end());
    const double maxMs = sorted.empty() ? 0 : double(sorted.back()) / 1000.0;
    const double p99Ms = sorted.empty() ? 0 : double(sorted[std::size_t(double(sorted.size() - 1) * 0.99)]) / 1000.0;
    const qint64 over16 = std::count_if(sorted.cbegin(), sorted.cend(), [](qint64 us) { return us > 16000; });
    QTextStream out(stdout);
    if (p.isSet(jsonOpt)) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows},
                                         {QStringLiteral("run_s"), double(runMs) / 1000.0},
                                         {QStringLiteral("max_stall_ms"), maxMs},
                                         {QStringLiteral("p99_stall_ms"), p99Ms},
                                         {QStringLiteral("ticks"), qint64(sorted.size())},
                                         {QStringLiteral("stalls_over_16ms"), over16},
                                         {QStringLiteral("chart_updates"), chartUpdates}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        out << QStringLiteral("rows %1: run %2 s (%3 rows/s) with the dashboard and 1 h charts live\n")
                   .arg(rows)
                   .arg(double(runMs) / 1000.0, 0, 'f', 2)
                   .arg(double(rows) * 1000.0 / double(std::max<qint64>(1, runMs)), 0, 'f', 0);
        out << QStringLiteral("GUI thread stall: max %1 ms, p99 %2 ms over %3 ticks of %4 ms; %5 ticks late by more than "
                              "16 ms (target: max < 50 ms)\n")
                   .arg(maxMs, 0, 'f', 1)
                   .arg(p99Ms, 0, 'f', 2)
                   .arg(sorted.size())
                   .arg(TickMs)
                   .arg(over16);
        out << QStringLiteral("charts re-read %1 times during the run\n").arg(chartUpdates);
    }
    return 0;
}
