// Benchmark: sync N generated rows SQLite -> SQLite through a 10-field mapping, and in the same
// process the raw "INSERT INTO ... SELECT ... WHERE true" copy of the same rows (WHERE true keeps
// SQLite from using its table-to-table transfer shortcut). Prints both times and Concord's rate as
// a fraction of the raw copy's, plus the peak resident memory of the sync phase.
//
//   bench_sync [--rows N] [--batch N] [--dir DIR] [--policy] [--json]
//
// --policy tags the phone L3 with partial(mobile) and gives the warehouse clearance L2, so every
// record is masked on the way (and the raw copy masks in SQL the same way): the cost of policy.

#include "benchsupport.h"

#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "workspace/workspaceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>

namespace {

using bench::exec;
using bench::generate;
using bench::kColumns;
using bench::peakRssKiB;
using bench::resetPeakRss;

const char *kTargetColumns = "order_id INTEGER PRIMARY KEY, customer_name TEXT, contact_phone TEXT, city TEXT, "
                             "amount DECIMAL(18,2), quantity INTEGER, order_status TEXT, created TEXT, "
                             "source_updated_at TEXT, synced_from TEXT";

bool createTarget(const QString &path)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = exec(db, "PRAGMA journal_mode=WAL")
        && exec(db, QByteArray(QByteArray("CREATE TABLE orders (") + kTargetColumns + ")").constData());
    sqlite3_close(db);
    return ok;
}

double rawCopy(const QString &dir, bool policy)
{
    const QString target = dir + QStringLiteral("/raw.sqlite");
    createTarget(target);
    sqlite3 *db = nullptr;
    sqlite3_open(target.toUtf8().constData(), &db);
    exec(db, QByteArray(QByteArray("ATTACH '") + (dir + QStringLiteral("/src.sqlite")).toUtf8() + "' AS s").constData());
    QElapsedTimer t;
    t.start();
    exec(db, "BEGIN");
    exec(db, policy ? "INSERT INTO orders SELECT id, trim(name), substr(phone, 1, 3) || '****' || substr(phone, -4), "
                      "city, amount, qty, "
                      "CASE WHEN status = 'Closed Won' THEN 'confirmed' WHEN status IN ('Lost','Cancelled') THEN "
                      "'cancelled' ELSE 'pending' END, created_at, updated_at, 'crm' FROM s.src WHERE true"
                    : "INSERT INTO orders SELECT id, trim(name), phone, city, amount, qty, "
                      "CASE WHEN status = 'Closed Won' THEN 'confirmed' WHEN status IN ('Lost','Cancelled') THEN "
                      "'cancelled' ELSE 'pending' END, created_at, updated_at, 'crm' FROM s.src WHERE true");
    exec(db, "COMMIT");
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    QFile::remove(target);
    return seconds;
}

void writeWorkspace(const QString &dir, int batch, bool policy)
{
    QFile ws(dir + QStringLiteral("/workspace.yaml"));
    ws.open(QIODevice::WriteOnly);
    ws.write(QStringLiteral(
                 "name: bench\n"
                 "secret: env:CONCORD_BENCH_SECRET\n"
                 "systems:\n"
                 "  crm: { kind: sqlite, path: src.sqlite }\n"
                 "  wms: { kind: sqlite, path: dst.sqlite, clearance: L2 }\n"
                 "datasets:\n"
                 "  crm.src:\n"
                 "    key: [id]\n"
                 "    version: updated_at\n"
                 "    fields:\n"
                 "      id: int\n      name: string\n      phone: %2\n      city: string\n"
                 "      amount: { type: 'decimal(18,2)' }\n      qty: int\n      status: string\n"
                 "      created_at: timestamp\n      updated_at: timestamp\n      note: string\n"
                 "  wms.orders:\n"
                 "    key: [order_id]\n"
                 "    fields:\n"
                 "      order_id: int\n      customer_name: string\n      contact_phone: string\n      city: string\n"
                 "      amount: { type: 'decimal(18,2)' }\n      quantity: int\n      order_status: string\n"
                 "      created: timestamp\n      source_updated_at: timestamp\n      synced_from: string\n"
                 "pipelines:\n"
                 "  bench:\n"
                 "    source: crm.src\n"
                 "    target: wms.orders\n"
                 "    mapping: mappings/bench.yaml\n"
                 "    batch_size: %1\n")
                 .arg(batch)
                 .arg(policy ? QStringLiteral("{ type: string, sensitivity: L3, mask: 'partial(mobile)' }")
                             : QStringLiteral("string"))
                 .toUtf8());
    ws.close();
    QDir(dir).mkpath(QStringLiteral("mappings"));
    QFile m(dir + QStringLiteral("/mappings/bench.yaml"));
    m.open(QIODevice::WriteOnly);
    m.write("source: crm.src\n"
            "target: wms.orders\n"
            "fields:\n"
            "  order_id: { from: id }\n"
            "  customer_name: { from: name, transform: [trim] }\n"
            "  contact_phone: { from: phone }\n"
            "  city: { from: city }\n"
            "  amount: { from: amount, type: 'decimal(18,2)', default: 0 }\n"
            "  quantity: { from: qty }\n"
            "  order_status:\n"
            "    from: status\n"
            "    cases:\n"
            "      - { when: \"value == 'Closed Won'\", then: confirmed }\n"
            "      - { when: \"value in ['Lost', 'Cancelled']\", then: cancelled }\n"
            "    else: pending\n"
            "  created: { from: created_at }\n"
            "  source_updated_at: { from: updated_at }\n"
            "  synced_from: { const: crm }\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Concord sync benchmark (SQLite -> SQLite, 10-field mapping)"));
    p.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows to sync (default 1000000)."),
                                     QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Batch size (default 5000)."),
                                      QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Work directory (default: a temporary one)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption policyOpt(QStringLiteral("policy"),
                                       QStringLiteral("Mask the phone on the way (L3, partial(mobile), target L2)."));
    p.addOptions({rowsOpt, batchOpt, dirOpt, jsonOpt, policyOpt});
    p.process(app);
    const qint64 rows = p.value(rowsOpt).toLongLong();
    const int batch = p.value(batchOpt).toInt();

    QTemporaryDir tmp;
    const QString dir = p.isSet(dirOpt) ? p.value(dirOpt) : tmp.path();
    QDir().mkpath(dir);
    QFile::remove(dir + QStringLiteral("/src.sqlite"));
    QDir(dir + QStringLiteral("/.concord")).removeRecursively();
    QTextStream err(stderr);
    err << "generating " << rows << " rows..." << Qt::endl;
    if (!generate(dir + QStringLiteral("/src.sqlite"), rows) || !createTarget(dir + QStringLiteral("/dst.sqlite"))) {
        err << "cannot create the databases in " << dir << Qt::endl;
        return 2;
    }
    const bool policy = p.isSet(policyOpt);
    qputenv("CONCORD_BENCH_SECRET", "bench secret, not a real one, 32+ bytes");
    writeWorkspace(dir, batch, policy);

    const double raw1 = rawCopy(dir, policy);

    const concord::WorkspaceLoad load = concord::WorkspaceLoader::load(dir);
    if (!load.ok()) {
        for (const auto &e : load.errors)
            err << e.toString() << Qt::endl;
        return 2;
    }
    concord::StateStore store;
    if (!store.open(load.workspace->stateStorePath()).ok())
        return 3;
    concord::PipelineRunner runner(load.workspace, &store);
    std::atomic<bool> cancel{false};
    concord::RunOptions options;
    options.verbose = true;
    resetPeakRss();
    const qint64 rssBefore = peakRssKiB();
    QElapsedTimer t;
    t.start();
    const concord::RunResult r = runner.run(QStringLiteral("bench"), options, cancel);
    const double concordSeconds = double(t.nsecsElapsed()) / 1e9;
    const qint64 peak = peakRssKiB();

    const double raw2 = rawCopy(dir, policy);
    const double raw = std::min(raw1, raw2);
    const double ratio = raw / concordSeconds;
    if (r.status != QLatin1String("succeeded") || r.inserted != rows) {
        err << "sync did not complete: " << r.status << " " << r.error.message << " inserted " << r.inserted << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    if (p.isSet(jsonOpt)) {
        QJsonObject stages;
        for (const auto &s : r.stageMicros)
            stages.insert(s.first, double(s.second) / 1e6);
        out << QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows},
                                         {QStringLiteral("batch"), batch},
                                         {QStringLiteral("concord_s"), concordSeconds},
                                         {QStringLiteral("raw_copy_s"), raw},
                                         {QStringLiteral("ratio"), ratio},
                                         {QStringLiteral("concord_rows_per_s"), double(rows) / concordSeconds},
                                         {QStringLiteral("peak_rss_kib"), peak},
                                         {QStringLiteral("rss_before_kib"), rssBefore},
                                         {QStringLiteral("stages_s"), stages}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        out << QStringLiteral("rows %1, batch %2\n").arg(rows).arg(batch);
        out << QStringLiteral("raw INSERT..SELECT copy: %1 s (runs: %2 s, %3 s)\n").arg(raw, 0, 'f', 3).arg(raw1, 0, 'f', 3).arg(raw2, 0, 'f', 3);
        out << QStringLiteral("Concord sync:            %1 s (%2 rows/s)\n").arg(concordSeconds, 0, 'f', 3).arg(double(rows) / concordSeconds, 0, 'f', 0);
        for (const auto &s : r.stageMicros)
            out << QStringLiteral("  %1 %2 s\n").arg(s.first, -6).arg(double(s.second) / 1e6, 0, 'f', 3);
        out << QStringLiteral("ratio (Concord rate / raw copy rate): %1%\n").arg(ratio * 100, 0, 'f', 1);
        out << QStringLiteral("peak RSS during sync: %1 MiB\n").arg(double(peak) / 1024, 0, 'f', 1);
    }
    return 0;
}
