// Benchmark: a consistency check of two N-row SQLite tables (10 columns, identity mapping) that
// differ in 1,002 rows spread uniformly — 334 missing in the target, 334 extra in it, 334 changed —
// against `sqldiff --table` (Debian's sqlite3-tools) on the same files, in the same process.
// Prints both times, Concord's time as a multiple of sqldiff's, the discrepancies found (exactly
// 1,002 expected) and the peak memory of the check alone: private memory (heap and stacks), and
// the resident set, which also counts the database pages SQLite maps from the page cache.
//
//   bench_diff [--rows N] [--dir DIR] [--json]

#include "benchsupport.h"

#include "consistency/consistencycheck.h"
#include "store/statestore.h"
#include "workspace/workspaceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

constexpr int kPerKind = 334;

// The target is the source, damaged: rows deleted (missing), rows the source loses (extra in the
// target), rows changed. Each set is every (N / 334)-th id, shifted so that the sets do not meet.
bool damage(const QString &dir, qint64 rows)
{
    const QString src = dir + QStringLiteral("/src.sqlite");
    const QString dst = dir + QStringLiteral("/dst.sqlite");
    QFile::remove(dst);
    if (!QFile::copy(src, dst))
        return false;
    const qint64 step = rows / kPerKind;
    const auto apply = [&](const QString &path, const char *sql, qint64 shift) {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            return false;
        bench::exec(db, "BEGIN");
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        for (int i = 0; i < kPerKind; ++i) {
            sqlite3_bind_int64(st, 1, 1 + i * step + shift);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        bench::exec(db, "COMMIT");
        sqlite3_close(db);
        return true;
    };
    return apply(dst, "DELETE FROM orders WHERE id = ?", 0)
        && apply(src, "DELETE FROM orders WHERE id = ?", step / 3)
        && apply(dst, "UPDATE orders SET city = city || '（改）', qty = qty + 1 WHERE id = ?", 2 * step / 3);
}

void writeWorkspace(const QString &dir)
{
    QFile ws(dir + QStringLiteral("/workspace.yaml"));
    ws.open(QIODevice::WriteOnly);
    const QByteArray fields = "      id: int\n      name: string\n      phone: string\n      city: string\n"
                              "      amount: { type: 'decimal(18,2)' }\n      qty: int\n      status: string\n"
                              "      created_at: timestamp\n      updated_at: timestamp\n      note: string\n";
    ws.write("name: diff bench\n"
             "systems:\n"
             "  src: { kind: sqlite, path: src.sqlite }\n"
             "  dst: { kind: sqlite, path: dst.sqlite }\n"
             "datasets:\n"
             "  src.orders:\n    key: [id]\n    fields:\n"
             + fields
             + "  dst.orders:\n    key: [id]\n    fields:\n" + fields
             + "pipelines:\n"
               "  bench:\n"
               "    source: src.orders\n"
               "    target: dst.orders\n"
               "    mapping: mappings/bench.yaml\n");
    ws.close();
    QDir(dir).mkpath(QStringLiteral("mappings"));
    QFile m(dir + QStringLiteral("/mappings/bench.yaml"));
    m.open(QIODevice::WriteOnly);
    m.write("source: src.orders\ntarget: dst.orders\nfields:\n");
    for (const char *f : {"id", "name", "phone", "city", "amount", "qty", "status", "created_at", "updated_at", "note"})
        m.write(QByteArray("  ") + f + ": { from: " + f + " }\n");
}

// sqldiff's time and the number of SQL statements it prints (one per differing row).
QPair<double, int> sqldiff(const QString &dir)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqldiff"), {QStringLiteral("--table"), QStringLiteral("orders"), dir + QStringLiteral("/src.sqlite"),
                                        dir + QStringLiteral("/dst.sqlite")});
    if (!p.waitForStarted(10000))
        return {-1, 0};
    QByteArray out;
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    out += p.readAllStandardOutput();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    return {seconds, int(out.count('\n'))};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Concord consistency check against sqldiff (SQLite, 1,002 differences)"));
    p.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows in the source (default 1000000)."),
                                     QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Work directory (default: a temporary one)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption reuseOpt(QStringLiteral("reuse"),
                                      QStringLiteral("Keep the databases a previous run left in --dir (for profiling)."));
    p.addOptions({rowsOpt, dirOpt, jsonOpt, reuseOpt});
    p.process(app);
    const qint64 rows = p.value(rowsOpt).toLongLong();
    QTemporaryDir tmp;
    const QString dir = p.isSet(dirOpt) ? p.value(dirOpt) : tmp.path();
    QDir().mkpath(dir);
    QDir(dir + QStringLiteral("/.concord")).removeRecursively();
    QTextStream err(stderr);
    const bool reuse = p.isSet(reuseOpt) && p.isSet(dirOpt) && QFile::exists(dir + QStringLiteral("/dst.sqlite"));
    if (!reuse)
        QFile::remove(dir + QStringLiteral("/src.sqlite"));
    err << (reuse ? "reusing " : "generating ") << rows << " rows..." << Qt::endl;
    if (!reuse
        && (rows < 10 * kPerKind || !bench::generate(dir + QStringLiteral("/src.sqlite"), rows, "orders")
            || !damage(dir, rows))) {
        err << "cannot create the databases in " << dir << Qt::endl;
        return 2;
    }
    writeWorkspace(dir);

    const auto first = sqldiff(dir); // also warms the page cache for both
    const concord::WorkspaceLoad load = concord::WorkspaceLoader::load(dir);
    if (!load.ok()) {
        for (const auto &e : load.errors)
            err << e.toString() << Qt::endl;
        return 2;
    }
    concord::StateStore store;
    if (!store.open(load.workspace->stateStorePath()).ok())
        return 3;
    std::atomic<bool> cancel{false};
    bench::resetPeakRss();
    bench::AnonPeak anon;
    QElapsedTimer t;
    t.start();
    const concord::ConsistencyRun run =
        concord::ConsistencyCheck(load.workspace, &store).run(QStringLiteral("bench"), QStringLiteral("bench"), {}, cancel);
    const double concordSeconds = double(t.nsecsElapsed()) / 1e9;
    const qint64 peak = bench::peakRssKiB();
    anon.stop();
    const auto second = sqldiff(dir);
    const double sqldiffSeconds = std::min(first.first, second.first);
    const qint64 found = run.discrepancies();
    QJsonObject o{{QStringLiteral("rows"), rows},
                  {QStringLiteral("concord_s"), concordSeconds},
                  {QStringLiteral("sqldiff_s"), sqldiffSeconds},
                  {QStringLiteral("ratio"), concordSeconds / sqldiffSeconds},
                  {QStringLiteral("discrepancies"), found},
                  {QStringLiteral("missing"), run.missing},
                  {QStringLiteral("extra"), run.extra},
                  {QStringLiteral("mismatched"), run.mismatched},
                  {QStringLiteral("sqldiff_statements"), second.second},
                  {QStringLiteral("method"), run.method},
                  {QStringLiteral("segments"), run.segments},
                  {QStringLiteral("segments_differing"), run.segmentsDiffering},
                  {QStringLiteral("peak_rss_kib"), peak},
                  {QStringLiteral("peak_private_kib"), anon.peak()}};
    if (p.isSet(jsonOpt)) {
        QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        QTextStream out(stdout);
        out << QStringLiteral("%1 rows: Concord %2 s (%3), sqldiff %4 s: %5x sqldiff (target <= 2x)\n")
                   .arg(rows)
                   .arg(concordSeconds, 0, 'f', 2)
                   .arg(run.method)
                   .arg(sqldiffSeconds, 0, 'f', 2)
                   .arg(concordSeconds / sqldiffSeconds, 0, 'f', 2);
        out << QStringLiteral("found %1 discrepancies (%2 missing, %3 extra, %4 mismatched; expected %5), sqldiff %6 "
                              "statements; peak private memory of the check %7 MiB (RSS %8 MiB with the mapped "
                              "database pages)\n")
                   .arg(found)
                   .arg(run.missing)
                   .arg(run.extra)
                   .arg(run.mismatched)
                   .arg(3 * kPerKind)
                   .arg(second.second)
                   .arg(double(anon.peak()) / 1024.0, 0, 'f', 1)
                   .arg(double(peak) / 1024.0, 0, 'f', 1);
    }
    return run.status == QLatin1String("different") && found == 3 * kPerKind ? 0 : 1;
}
