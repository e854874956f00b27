// Benchmark: change-to-target latency of PostgreSQL logical-decoding capture (issue 8). A
// PostgreSQL server is started (tests/pgserver.h) with two databases; N rows are inserted into
// src.events at R per second, their created_at a column default (clock_timestamp()), and the
// target rows get arrived_at the same way, so both times come from the server's own clock.
//  - Baseline: PostgreSQL's logical replication (a publication, and a subscription in dst).
//  - Concord: the pipeline src.events (capture: logical, wal2json) -> dst.concord_events, followed
//    as `concordctl serve` follows a real-time pipeline: one long run that reads the slot as the
//    log grows (RunOptions::follow).
// Prints p50/p95/p99 of both.
//
//   bench_pglatency [--changes N] [--rate R] [--json]
//
// Target: Concord's p99 under 25 ms.

#include "../pgserver.h"

#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "workspace/workspaceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

namespace {

QSqlDatabase connect(const QString &name, int port, const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(QStringLiteral("concord"));
    if (!db.open())
        std::fprintf(stderr, "cannot connect to %s: %s\n", qPrintable(database), qPrintable(db.lastError().text()));
    return db;
}

// Inserts ids [first, first + n) at `rate` per second, one autocommitted INSERT each.
void insertAtRate(QSqlDatabase &db, int first, int n, int rate)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO events (id, payload) VALUES (?, ?)"));
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) {
        std::this_thread::sleep_until(start + std::chrono::microseconds(qint64(i) * 1000000 / rate));
        q.bindValue(0, first + i);
        q.bindValue(1, QStringLiteral("change %1").arg(first + i));
        if (!q.exec())
            std::fprintf(stderr, "insert: %s\n", qPrintable(q.lastError().text()));
    }
}

std::vector<double> latencies(QSqlDatabase &db, const QString &table, int expected, int timeoutMs)
{
    QSqlQuery q(db);
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < until) {
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() && q.value(0).toInt() >= expected)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::vector<double> out;
    q.exec(QStringLiteral("SELECT extract(epoch FROM (arrived_at - created_at)) * 1000 FROM %1").arg(table));
    while (q.next())
        out.push_back(q.value(0).toDouble());
    std::sort(out.begin(), out.end());
    return out;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return -1;
    return sorted[std::min(sorted.size() - 1, std::size_t(p / 100.0 * double(sorted.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption changesOpt(QStringLiteral("changes"), QStringLiteral("Changes (1000)."), QStringLiteral("N"),
                                        QStringLiteral("1000"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("Changes per second (100)."), QStringLiteral("R"),
                                     QStringLiteral("100"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    p.addOptions({changesOpt, rateOpt, jsonOpt});
    p.addHelpOption();
    p.process(app);
    const int n = p.value(changesOpt).toInt();
    const int rate = p.value(rateOpt).toInt();
    qputenv("CONCORD_KEYCHAIN", "off");

    PgServer server;
    if (const QString e = server.start(); !e.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 3;
    }
    server.createDatabase(QStringLiteral("src"));
    server.createDatabase(QStringLiteral("dst"));
    const QString columns = QStringLiteral("(id int PRIMARY KEY, payload text, created_at timestamptz DEFAULT clock_timestamp()");
    // One statement per call: a slot cannot be created in a transaction that has written.
    for (const auto &[db, sql] :
         {std::pair{QStringLiteral("src"), QStringLiteral("CREATE TABLE events %1)").arg(columns)},
          std::pair{QStringLiteral("src"), QStringLiteral("CREATE PUBLICATION bench_pub FOR TABLE events")},
          std::pair{QStringLiteral("src"), QStringLiteral("SELECT pg_create_logical_replication_slot('bench_native', 'pgoutput')")},
          std::pair{QStringLiteral("dst"), QStringLiteral("CREATE TABLE events %1, arrived_at timestamptz DEFAULT clock_timestamp())").arg(columns)},
          std::pair{QStringLiteral("dst"), QStringLiteral("CREATE TABLE concord_events (id int PRIMARY KEY, payload text, created_at "
                                                          "timestamptz, arrived_at timestamptz DEFAULT clock_timestamp())")}})
        if (const QString e = server.psql(db, sql); !e.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(e));
            return 3;
        }
    if (const QString e = server.psql(QStringLiteral("dst"),
                                      QStringLiteral("CREATE SUBSCRIPTION bench_sub CONNECTION 'host=127.0.0.1 port=%1 dbname=src "
                                                     "user=concord' PUBLICATION bench_pub WITH (create_slot = false, slot_name = "
                                                     "'bench_native', copy_data = false)")
                                          .arg(server.port()));
        !e.isEmpty()) {
        std::fprintf(stderr, "subscription: %s\n", qPrintable(e));
        return 3;
    }
    QSqlDatabase src = connect(QStringLiteral("src"), server.port(), QStringLiteral("src"));
    QSqlDatabase dst = connect(QStringLiteral("dst"), server.port(), QStringLiteral("dst"));
    std::this_thread::sleep_for(std::chrono::seconds(1)); // the subscription's worker starts
    insertAtRate(src, 1, n, rate);
    const auto native = latencies(dst, QStringLiteral("events"), n, 30000);
    server.psql(QStringLiteral("dst"), QStringLiteral("ALTER SUBSCRIPTION bench_sub DISABLE; ALTER SUBSCRIPTION bench_sub SET "
                                                      "(slot_name = NONE); DROP SUBSCRIPTION bench_sub"));
    server.psql(QStringLiteral("src"), QStringLiteral("SELECT pg_drop_replication_slot('bench_native')"));

    // Concord.
    QTemporaryDir dir;
    qputenv("CONCORD_SECRETS_DIR", dir.filePath(QStringLiteral("secrets")).toUtf8());
    QDir().mkpath(dir.filePath(QStringLiteral("mappings")));
    const QByteArray system = "{ kind: postgres, host: 127.0.0.1, port: " + QByteArray::number(server.port())
        + ", user: concord, options: { sslmode: disable }, database: ";
    QFile ws(dir.filePath(QStringLiteral("workspace.yaml")));
    ws.open(QIODevice::WriteOnly);
    ws.write("name: bench\nsystems:\n  src: " + system + "src }\n  dst: " + system + "dst }\n"
             "datasets:\n"
             "  src.events: { key: [id], capture: logical, fields: { id: int, payload: string, created_at: timestamp } }\n"
             "  dst.concord_events: { key: [id], fields: { id: int, payload: string, created_at: timestamp } }\n"
             "pipelines:\n"
             "  bench: { source: src.events, target: dst.concord_events, mapping: mappings/bench.yaml, mode: realtime }\n");
    ws.close();
    QFile m(dir.filePath(QStringLiteral("mappings/bench.yaml")));
    m.open(QIODevice::WriteOnly);
    m.write("source: src.events\ntarget: dst.concord_events\nfields:\n  id: { from: id }\n  payload: { from: payload }\n"
            "  created_at: { from: created_at }\n");
    m.close();
    const concord::WorkspaceLoad load = concord::WorkspaceLoader::load(dir.path());
    if (!load.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(load.errors.front().toString()));
        return 2;
    }
    std::atomic<bool> stop{false};
    std::atomic<qint64> runs{0};
    std::thread loop([&] {
        concord::StateStore store;
        store.open(load.workspace->stateStorePath());
        concord::PipelineRunner runner(load.workspace, &store);
        while (!stop.load()) {
            concord::RunOptions options;
            options.trigger = QStringLiteral("realtime");
            options.follow = true;
            const concord::RunResult r = runner.run(QStringLiteral("bench"), options, stop);
            ++runs;
            if (r.status == QLatin1String("failed")) {
                std::fprintf(stderr, "run failed: %s\n", qPrintable(r.error.message));
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    });
    std::this_thread::sleep_for(std::chrono::seconds(1)); // the slot exists after the first run
    insertAtRate(src, n + 1, n, rate);
    const auto ours = latencies(dst, QStringLiteral("concord_events"), n, 30000);
    stop.store(true);
    loop.join();

    QJsonObject o{{QStringLiteral("changes"), n},
                  {QStringLiteral("rate"), rate},
                  {QStringLiteral("native_written"), qint64(native.size())},
                  {QStringLiteral("native_p50_ms"), percentile(native, 50)},
                  {QStringLiteral("native_p95_ms"), percentile(native, 95)},
                  {QStringLiteral("native_p99_ms"), percentile(native, 99)},
                  {QStringLiteral("concord_written"), qint64(ours.size())},
                  {QStringLiteral("concord_runs"), runs.load()},
                  {QStringLiteral("concord_p50_ms"), percentile(ours, 50)},
                  {QStringLiteral("concord_p95_ms"), percentile(ours, 95)},
                  {QStringLiteral("concord_p99_ms"), percentile(ours, 99)}};
    if (p.isSet(jsonOpt))
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    else
        std::printf("PostgreSQL change -> target, %d changes at %d/s: Concord (logical decoding, %lld runs) p50 %.1f ms, "
                    "p95 %.1f ms, p99 %.1f ms (target < 25 ms); PostgreSQL logical replication p50 %.1f, p95 %.1f, p99 %.1f ms\n",
                    n, rate, static_cast<long long>(runs.load()), percentile(ours, 50), percentile(ours, 95),
                    percentile(ours, 99), percentile(native, 50), percentile(native, 95), percentile(native, 99));
    src.close();
    dst.close();
    return ours.size() == std::size_t(n) ? 0 : 1;
}
