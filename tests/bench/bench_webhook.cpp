// Benchmark: webhook receipt -> target row. N signed events are POSTed at R per second to
// Concord's receiver; as under `concordctl serve`, each accepted event wakes a loop that runs the
// pipeline (outbox -> mapping -> SQLite upsert). The latency of an event is the target row's
// arrival time (a column default, SQLite's clock) minus the moment the sender started the POST
// (the same machine clock). The baseline, in the same process: the same requests to a bare Qt
// HTTP Server route that INSERTs the row directly — no signature, no outbox, no mapping.
//
//   bench_webhook [--events N] [--rate R] [--json]
//
// Target (issue 8): p99 under 20 ms.

#include "connectors/webhook/webhookreceiver.h"
#include "connectors/webhook/webhooksignature.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "workspace/workspaceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace {

const QByteArray kSecret = "bench-webhook-secret-0123456789";

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(text);
}

bool sqlite(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    char *err = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &err) == SQLITE_OK;
    if (!ok)
        std::fprintf(stderr, "sqlite: %s\n", err);
    sqlite3_free(err);
    sqlite3_close(db);
    return ok;
}

// arrived_at - sent_at in ms, per row.
std::vector<double> latencies(const QString &path, const char *table)
{
    std::vector<double> out;
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = QByteArray("SELECT sent_at, arrived_at FROM ") + table;
    sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const double sent = sqlite3_column_double(st, 0);
        const double arrived = sqlite3_column_double(st, 1);
        out.push_back(arrived - sent);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    std::sort(out.begin(), out.end());
    return out;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return -1;
    const std::size_t i = std::min(sorted.size() - 1, std::size_t(p / 100.0 * double(sorted.size())));
    return sorted[i];
}

// Posts `events` bodies at `rate` per second to `url`; signed when `sign`. Returns how many were
// answered 200.
int send(const QUrl &url, int events, int rate, bool sign)
{
    QNetworkAccessManager net;
    QEventLoop loop;
    int sent = 0, done = 0, ok = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (sent == events) {
            timer.stop();
            return;
        }
        const int id = ++sent;
        const QByteArray body = "{\"event\":\"bench\",\"id\":" + QByteArray::number(id) + ",\"sent_at\":"
            + QByteArray::number(double(QDateTime::currentMSecsSinceEpoch()), 'f', 0) + "}";
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (sign) {
            const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
            req.setRawHeader("X-Timestamp", ts);
            req.setRawHeader("X-Signature", concord::webhookSignature(kSecret, ts, body));
            req.setRawHeader("X-Source-System", "bench");
        }
        QNetworkReply *reply = net.post(req, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++ok;
            reply->deleteLater();
            if (++done == events)
                loop.quit();
        });
    });
    timer.start(1000 / std::max(1, rate));
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption eventsOpt(QStringLiteral("events"), QStringLiteral("Events to send (1000)."), QStringLiteral("N"),
                                       QStringLiteral("1000"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("Events per second (100)."), QStringLiteral("R"),
                                     QStringLiteral("100"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    p.addOptions({eventsOpt, rateOpt, jsonOpt});
    p.addHelpOption();
    p.process(app);
    const int events = p.value(eventsOpt).toInt();
    const int rate = p.value(rateOpt).toInt();
    qputenv("CONCORD_KEYCHAIN", "off");
    qputenv("BENCH_HOOK_SECRET", kSecret);
    QTemporaryDir dir;
    qputenv("CONCORD_SECRETS_DIR", dir.filePath(QStringLiteral("secrets")).toUtf8());
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    // arrived_at: Unix milliseconds from SQLite's clock when the row is inserted.
    const char *columns = "(id INTEGER PRIMARY KEY, event TEXT, sent_at REAL, "
                          "arrived_at REAL DEFAULT ((julianday('now') - 2440587.5) * 86400000.0))";
    const QByteArray schema = QByteArray("PRAGMA journal_mode=WAL; CREATE TABLE events ") + columns + "; CREATE TABLE baseline "
        + columns;
    if (!sqlite(target, schema.constData()))
        return 2;

    // Baseline: a bare route that inserts the row.
    QThread baselineThread;
    baselineThread.start();
    auto *bare = new QHttpServer;
    bare->moveToThread(&baselineThread);
    int barePort = 0;
    sqlite3 *bareDb = nullptr;
    QMetaObject::invokeMethod(bare, [&] {
        sqlite3_open(target.toUtf8().constData(), &bareDb);
        sqlite3_exec(bareDb, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
        bare->route(QStringLiteral("/bare"), [&](const QHttpServerRequest &req) {
            const QJsonObject o = QJsonDocument::fromJson(req.body()).object();
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(bareDb, "INSERT INTO baseline (id, event, sent_at) VALUES (?, ?, ?)", -1, &st, nullptr);
            sqlite3_bind_int64(st, 1, o.value(QStringLiteral("id")).toInteger());
            sqlite3_bind_text(st, 2, "bench", -1, SQLITE_STATIC);
            sqlite3_bind_double(st, 3, o.value(QStringLiteral("sent_at")).toDouble());
            sqlite3_step(st);
            sqlite3_finalize(st);
            return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral("{}"),
                                       QHttpServerResponse::StatusCode::Ok);
        });
        barePort = bare->listen(QHostAddress::LocalHost, 0);
    }, Qt::BlockingQueuedConnection);
    const int bareOk = send(QUrl(QStringLiteral("http://127.0.0.1:%1/bare").arg(barePort)), events, rate, false);
    QMetaObject::invokeMethod(bare, [&] {
        delete bare;
        sqlite3_close(bareDb);
    }, Qt::BlockingQueuedConnection);
    baselineThread.quit();
    baselineThread.wait();

    // Concord: receiver, outbox, and the serve-like loop that runs the pipeline when woken.
    writeFile(dir.filePath(QStringLiteral("workspace.yaml")),
              "name: bench\n"
              "systems:\n"
              "  hub: { kind: webhook, port: 0, secret: 'env:BENCH_HOOK_SECRET' }\n"
              "  db: { kind: sqlite, path: target.sqlite }\n"
              "datasets:\n"
              "  hub.events: { endpoint: /events, key: [id], fields: { id: int, event: string, sent_at: 'decimal(18,0)' } }\n"
              "  db.events: { key: [id], fields: { id: int, event: string, sent_at: 'decimal(18,0)' } }\n"
              "pipelines:\n"
              "  events: { source: hub.events, target: db.events, mapping: mappings/events.yaml, mode: realtime }\n");
    writeFile(dir.filePath(QStringLiteral("mappings/events.yaml")),
              "source: hub.events\ntarget: db.events\nfields:\n  id: { from: id }\n  event: { from: event }\n"
              "  sent_at: { from: sent_at }\n");
    const concord::WorkspaceLoad load = concord::WorkspaceLoader::load(dir.path());
    if (!load.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(load.errors.front().toString()));
        return 2;
    }
    concord::WebhookReceiver receiver(load.workspace, QStringLiteral("hub"));
    QSemaphore wake;
    receiver.onAccepted([&](const QString &) { wake.release(); });
    const auto port = receiver.start();
    if (!port.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(port.error().message));
        return 3;
    }
    std::atomic<bool> stop{false};
    qint64 runs = 0;
    QThread *loopThread = QThread::create([&] {
        concord::StateStore store;
        store.open(load.workspace->stateStorePath());
        concord::PipelineRunner runner(load.workspace, &store);
        while (!stop.load()) {
            if (!wake.tryAcquire(1, 50))
                continue;
            wake.tryAcquire(wake.available());
            concord::RunOptions options;
            options.trigger = QStringLiteral("webhook");
            runner.run(QStringLiteral("events"), options, stop);
            ++runs;
        }
    });
    loopThread->start();
    const int concordOk = send(QUrl(QStringLiteral("http://127.0.0.1:%1/events").arg(*port)), events, rate, true);
    // The last events may still be on their way to the target.
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 10000 && latencies(target, "events").size() < std::size_t(concordOk))
        QThread::msleep(20);
    stop.store(true);
    loopThread->wait();
    delete loopThread;
    receiver.stop();

    const auto base = latencies(target, "baseline");
    const auto ours = latencies(target, "events");
    QJsonObject o{{QStringLiteral("events"), events},
                  {QStringLiteral("rate"), rate},
                  {QStringLiteral("accepted"), concordOk},
                  {QStringLiteral("written"), qint64(ours.size())},
                  {QStringLiteral("runs"), runs},
                  {QStringLiteral("concord_p50_ms"), percentile(ours, 50)},
                  {QStringLiteral("concord_p95_ms"), percentile(ours, 95)},
                  {QStringLiteral("concord_p99_ms"), percentile(ours, 99)},
                  {QStringLiteral("concord_max_ms"), ours.empty() ? -1 : ours.back()},
                  {QStringLiteral("baseline_ok"), bareOk},
                  {QStringLiteral("baseline_p50_ms"), percentile(base, 50)},
                  {QStringLiteral("baseline_p95_ms"), percentile(base, 95)},
                  {QStringLiteral("baseline_p99_ms"), percentile(base, 99)}};
    if (p.isSet(jsonOpt)) {
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("webhook -> row, %d events at %d/s: Concord p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (target < 20 ms), "
                    "%lld written in %lld runs; bare route + INSERT p50 %.1f, p95 %.1f, p99 %.1f ms\n",
                    events, rate, percentile(ours, 50), percentile(ours, 95), percentile(ours, 99),
                    static_cast<long long>(ours.size()), static_cast<long long>(runs), percentile(base, 50),
                    percentile(base, 95), percentile(base, 99));
    }
    return ours.size() == std::size_t(events) ? 0 : 1;
}
