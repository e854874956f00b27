// Benchmark: SQLite -> PostgreSQL bulk load (issue 8). N generated rows (the sync benchmark's 10
// columns) are loaded into an empty PostgreSQL table two ways, in the same process, against a
// PostgreSQL server the benchmark starts (tests/pgserver.h):
//  - baseline: psql's \copy of the same rows from a CSV file (the export to CSV is not timed);
//  - Concord: a full run of a pipeline with the 10 fields mapped one to one (read from SQLite,
//    mapped, written by PgSink: COPY straight into the table while no key exists yet).
// The two take turns for --rounds rounds (both tables emptied before each), so that a slow moment
// of a shared machine falls on both; prints the median of each and Concord's as a multiple of
// \copy's.
//
//   bench_pgload [--rows N] [--batch N] [--rounds N] [--json]
//
// Target: at most 1.3x \copy.

#include "../pgserver.h"
#include "benchsupport.h"

#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "workspace/workspaceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

const char *kTable = "(id bigint PRIMARY KEY, name text, phone text, city text, amount numeric(18,2), qty bigint, "
                     "status text, created_at timestamp, updated_at timestamp, note text)";

// The rows of `src` as CSV, as psql's \copy reads them.
bool exportCsv(const QString &sqlitePath, const QString &csvPath)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(sqlitePath.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT * FROM src ORDER BY id", -1, &st, nullptr);
    QByteArray buf;
    buf.reserve(1 << 20);
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < 10; ++c) {
            if (c > 0)
                buf.append(',');
            if (sqlite3_column_type(st, c) == SQLITE_NULL)
                continue;
            const QByteArray v(reinterpret_cast<const char *>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c));
            buf.append('"').append(QByteArray(v).replace('"', "\"\"")).append('"');
        }
        buf.append('\n');
        if (buf.size() > (1 << 20)) {
            out.write(buf);
            buf.clear();
        }
    }
    out.write(buf);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows (1000000)."), QStringLiteral("N"),
                                     QStringLiteral("1000000"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("batch_size (10000)."), QStringLiteral("N"),
                                      QStringLiteral("10000"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Rounds, each \\copy then Concord (3)."),
                                       QStringLiteral("N"), QStringLiteral("3"));
    p.addOptions({rowsOpt, batchOpt, roundsOpt, jsonOpt});
    p.addHelpOption();
    p.process(app);
    const qint64 rows = p.value(rowsOpt).toLongLong();
    qputenv("CONCORD_KEYCHAIN", "off");

    PgServer server;
    if (const QString e = server.start(); !e.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 3;
    }
    server.createDatabase(QStringLiteral("load"));
    for (const char *t : {"copied", "loaded"})
        if (const QString e = server.psql(QStringLiteral("load"), QStringLiteral("CREATE TABLE %1 %2").arg(QLatin1String(t), QLatin1String(kTable)));
            !e.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(e));
            return 3;
        }
    // A directory the postgres user can read (the CSV is read by psql, as root, but keep it simple).
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/concord-pgload-XXXXXX"));
    qputenv("CONCORD_SECRETS_DIR", dir.filePath(QStringLiteral("secrets")).toUtf8());
    const QString src = dir.filePath(QStringLiteral("src.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("src.csv"));
    if (!bench::generate(src, rows) || !exportCsv(src, csv)) {
        std::fprintf(stderr, "cannot generate the rows\n");
        return 2;
    }

    QFile ws(dir.filePath(QStringLiteral("workspace.yaml")));
    ws.open(QIODevice::WriteOnly);
    const QByteArray fields = "    fields:\n"
                              "      id: int\n      name: string\n      phone: string\n      city: string\n"
                              "      amount: { type: 'decimal(18,2)' }\n      qty: int\n      status: string\n"
                              "      created_at: timestamp\n      updated_at: timestamp\n      note: string\n";
    ws.write("name: bench\nsystems:\n  crm: { kind: sqlite, path: src.sqlite }\n"
             "  pg: { kind: postgres, host: 127.0.0.1, port: " + QByteArray::number(server.port())
             + ", database: load, user: concord, options: { sslmode: disable } }\n"
               "datasets:\n  crm.src:\n    key: [id]\n    version: updated_at\n" + fields
             + "  pg.loaded:\n    key: [id]\n" + fields
             + "pipelines:\n  load: { source: crm.src, target: pg.loaded, mapping: mappings/load.yaml, batch_size: "
             + p.value(batchOpt).toUtf8() + " }\n");
    ws.close();
    QDir().mkpath(dir.filePath(QStringLiteral("mappings")));
    QFile m(dir.filePath(QStringLiteral("mappings/load.yaml")));
    m.open(QIODevice::WriteOnly);
    m.write("source: crm.src\ntarget: pg.loaded\nfields:\n");
    for (const char *f : {"id", "name", "phone", "city", "amount", "qty", "status", "created_at", "updated_at", "note"})
        m.write(QByteArray("  ") + f + ": { from: " + f + " }\n");
    m.close();
    const concord::WorkspaceLoad load = concord::WorkspaceLoader::load(dir.path());
    if (!load.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(load.errors.front().toString()));
        return 2;
    }
    concord::StateStore store;
    store.open(load.workspace->stateStorePath());
    std::atomic<bool> cancel{false};
    const int rounds = std::max(1, p.value(roundsOpt).toInt());
    std::vector<double> copyTimes, concordTimes;
    concord::RunResult r;
    QElapsedTimer t;
    for (int round = 1; round <= rounds; ++round) {
        server.psql(QStringLiteral("load"), QStringLiteral("TRUNCATE copied, loaded; CHECKPOINT"));
        t.start();
        if (const QString e = server.psql(QStringLiteral("load"), QStringLiteral("\\copy copied FROM '%1' WITH (FORMAT csv)").arg(csv));
            !e.isEmpty()) {
            std::fprintf(stderr, "\\copy: %s\n", qPrintable(e));
            return 3;
        }
        copyTimes.push_back(double(t.nsecsElapsed()) / 1e9);
        t.restart();
        concord::RunOptions options;
        options.verbose = true;
        options.full = true; // every round loads every row into the emptied table
        r = concord::PipelineRunner(load.workspace, &store).run(QStringLiteral("load"), options, cancel);
        concordTimes.push_back(double(t.nsecsElapsed()) / 1e9);
        QString stages;
        for (const auto &stage : r.stageMicros)
            stages += QStringLiteral(" %1 %2 s").arg(stage.first).arg(double(stage.second) / 1e6, 0, 'f', 2);
        std::fprintf(stderr, "round %d: \\copy %.2f s, Concord %.2f s (%s;%s)\n", round, copyTimes.back(),
                     concordTimes.back(), qPrintable(r.status), qPrintable(stages));
        if (r.status != QLatin1String("succeeded"))
            break;
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    const double copySeconds = median(copyTimes);
    const double concordSeconds = median(concordTimes);
    QString counted;
    server.psql(QStringLiteral("load"), QStringLiteral("SELECT (SELECT count(*) FROM loaded) || ' ' || (SELECT count(*) FROM copied) "
                                                       "|| ' ' || (SELECT count(*) FROM loaded l JOIN copied c USING (id) WHERE "
                                                       "(l.*)::text = (c.*)::text)"),
                &counted);
    const QStringList counts = counted.split(QLatin1Char(' '));
    const double ratio = concordSeconds / copySeconds;
    QJsonObject o{{QStringLiteral("rows"), rows},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("copy_s"), copySeconds},
                  {QStringLiteral("concord_s"), concordSeconds},
                  {QStringLiteral("rounds"), int(concordTimes.size())},
                  {QStringLiteral("ratio"), ratio},
                  {QStringLiteral("loaded"), counts.value(0).toLongLong()},
                  {QStringLiteral("copied"), counts.value(1).toLongLong()},
                  {QStringLiteral("identical"), counts.value(2).toLongLong()}};
    if (p.isSet(jsonOpt))
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    else
        std::printf("SQLite -> PostgreSQL, %lld rows, median of %d rounds: \\copy %.2f s, Concord %.2f s (%s), %.2fx \\copy (target <= 1.3x); "
                    "%s rows loaded, %s identical to the \\copy\n",
                    static_cast<long long>(rows), int(concordTimes.size()), copySeconds, concordSeconds, qPrintable(r.status), ratio,
                    qPrintable(counts.value(0)), qPrintable(counts.value(2)));
    return r.status == QLatin1String("succeeded") && counts.value(2).toLongLong() == rows ? 0 : 1;
}
