// Benchmark: the consistency export (engine/consistency/export.h). Generates N discrepancies of a
// 10-field record — 60% mismatches on one to three fields, 20% missing, 20% extra; Chinese names,
// cities and notes, masked phones, values with commas and quotes, would-be formulas, nulls — and
// times exportDiscrepancies() to XLSX and to CSV. As a same-process baseline it writes the same
// lines as CSV text with QFile, joined with commas and no quoting, guard or BOM, so the CSV figure
// is also a ratio. Target: 100,000 discrepancies to XLSX in under 3 s.
//
//   bench_export [--rows N] [--repeat N] [--dir DIR] [--json]
//
// --repeat runs each export N times and keeps the fastest (the machine is shared).

#include "consistency/export.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

using concord::DiscrepancyKind;
using concord::DiscrepancyRow;

const QStringList kFields{QStringLiteral("order_id"),     QStringLiteral("customer_name"), QStringLiteral("contact_phone"),
                          QStringLiteral("city"),         QStringLiteral("amount"),        QStringLiteral("quantity"),
                          QStringLiteral("order_status"), QStringLiteral("created"),       QStringLiteral("source_updated_at"),
                          QStringLiteral("note")};

QList<DiscrepancyRow> generate(qint64 count)
{
    const QStringList names{QString::fromUtf8("张伟"), QString::fromUtf8("王芳"), QString::fromUtf8("李娜"),
                            QString::fromUtf8("刘洋"), QStringLiteral("Zhang Wei"), QStringLiteral("O'Brien, Pat")};
    const QStringList cities{QString::fromUtf8("北京"), QString::fromUtf8("上海"), QString::fromUtf8("广州"),
                             QStringLiteral("Shenzhen")};
    const QStringList notes{QString(), QString::fromUtf8("客户要求\"加急\"，周五前发货"), QStringLiteral("=SUM(A1:A9)"),
                            QStringLiteral("call back, then email"), QString::fromUtf8("备注")};
    const QStringList statuses{QStringLiteral("confirmed"), QStringLiteral("pending"), QStringLiteral("cancelled")};
    const QDateTime firstSeen[] = {QDateTime(QDate(2026, 11, 20), QTime(9, 0)), QDateTime(QDate(2026, 11, 23), QTime(9, 0)),
                                   QDateTime(QDate(2026, 11, 24), QTime(14, 30))};
    quint64 x = 88172645463325252ULL;
    const auto next = [&x] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    const auto record = [&](qint64 id, quint64 r) {
        return QStringList{QString::number(id),
                           names.at(int(r % 6)),
                           QStringLiteral("1%1****%2").arg((r >> 4) % 90 + 10).arg((r >> 12) % 10000, 4, 10, QLatin1Char('0')),
                           cities.at(int((r >> 20) % 4)),
                           QStringLiteral("%1.%2").arg(qint64((r >> 24) % 200000) - 1000).arg((r >> 40) % 100, 2, 10, QLatin1Char('0')),
                           QString::number((r >> 28) % 50),
                           statuses.at(int((r >> 32) % 3)),
                           QStringLiteral("2026-11-%1 10:00:00").arg((r >> 36) % 28 + 1, 2, 10, QLatin1Char('0')),
                           QStringLiteral("2026-11-%1 11:30:00").arg((r >> 44) % 28 + 1, 2, 10, QLatin1Char('0')),
                           notes.at(int((r >> 50) % 5))};
    };
    const QList<bool> noNulls(kFields.size(), false);
    QList<bool> noteNull = noNulls;
    noteNull.last() = true;

    QList<DiscrepancyRow> rows;
    rows.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const quint64 r = next();
        DiscrepancyRow d;
        d.id = i + 1;
        d.pipeline = QStringLiteral("bench");
        d.key = QString::number(100000 + i);
        d.status = QStringLiteral("open");
        d.isNew = r & 1;
        d.firstSeen = firstSeen[r % 3];
        d.lastSeen = firstSeen[2];
        d.fields = kFields;
        const int kind = int((r >> 8) % 10);
        const QStringList values = record(100000 + i, r);
        if (kind < 6) {
            d.kind = DiscrepancyKind::Mismatch;
            d.sourceValues = values;
            d.targetValues = record(100000 + i, next());
            d.targetValues[0] = values[0];
            d.sourceNull = noNulls;
            d.targetNull = (r >> 3) % 4 == 0 ? noteNull : noNulls;
            for (int k = 0, n = 1 + int((r >> 5) % 3); k < n; ++k)
                d.differing << kFields.at(1 + (int((r >> (11 + 4 * k)) % 9)));
            d.differing.removeDuplicates();
        } else if (kind < 8) {
            d.kind = DiscrepancyKind::Missing;
            d.sourceValues = values;
            d.sourceNull = (r >> 3) % 4 == 0 ? noteNull : noNulls;
        } else {
            d.kind = DiscrepancyKind::Extra;
            d.targetValues = values;
            d.targetNull = noNulls;
        }
        d.withheld = QList<bool>(kFields.size(), false);
        d.withheld[2] = true;
        rows << d;
    }
    return rows;
}

// The baseline: the same lines as text, cells joined with commas, written with QFile — what a
// CSV writer without quoting, formula guard, BOM or temporary file costs.
qint64 plainCsv(const QString &file, const QList<DiscrepancyRow> &rows)
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return -1;
    const auto joined = [](const DiscrepancyRow &d, const QStringList &values) {
        QString s;
        for (qsizetype i = 0; i < d.fields.size(); ++i)
            s += (i ? QStringLiteral("; ") : QString()) + d.fields.at(i) + QLatin1Char('=') + values.value(i);
        return s;
    };
    const QString kinds[] = {QStringLiteral("missing"), QStringLiteral("extra"), QStringLiteral("mismatch")};
    QByteArray buffer;
    qint64 lines = 0;
    QDateTime seen;
    QString seenText;
    const auto line = [&](const DiscrepancyRow &d, const QString &field, const QString &source, const QString &target) {
        if (d.firstSeen.date() != seen.date() || d.firstSeen.time() != seen.time()) { // once per distinct time
            seen = d.firstSeen;
            seenText = seen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        const QString text = d.key + QLatin1Char(',') + kinds[int(d.kind)] + QLatin1Char(',') + field
            + QLatin1Char(',') + source + QLatin1Char(',') + target + QLatin1Char(',') + seenText + QLatin1Char(',')
            + d.status + QLatin1Char(',') + d.note + QStringLiteral("\r\n");
        buffer += text.toUtf8();
        ++lines;
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    };
    for (const DiscrepancyRow &d : rows) {
        if (d.kind == DiscrepancyKind::Missing)
            line(d, QString(), joined(d, d.sourceValues), QString());
        else if (d.kind == DiscrepancyKind::Extra)
            line(d, QString(), QString(), joined(d, d.targetValues));
        else
            for (const QString &f : d.differing)
                line(d, f, d.sourceValues.value(d.fields.indexOf(f)), d.targetValues.value(d.fields.indexOf(f)));
    }
    out.write(buffer);
    return out.error() == QFile::NoError ? lines : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Concord consistency export benchmark (XLSX and CSV)"));
    p.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Discrepancies to export (default 100000)."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs of each export; the fastest counts (default 1)."),
                                       QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Work directory (default: a temporary one)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    p.addOptions({rowsOpt, repeatOpt, dirOpt, jsonOpt});
    p.process(app);
    const qint64 count = p.value(rowsOpt).toLongLong();
    const int repeat = std::max(1, p.value(repeatOpt).toInt());
    QTemporaryDir tmp;
    const QString dir = p.isSet(dirOpt) ? p.value(dirOpt) : tmp.path();
    QDir().mkpath(dir);
    QTextStream err(stderr);

    err << "generating " << count << " discrepancies..." << Qt::endl;
    const QList<DiscrepancyRow> rows = generate(count);
    concord::ExportHeader header;
    header.run.pipeline = QStringLiteral("bench");
    header.run.sourceDataset = QStringLiteral("crm.orders");
    header.run.targetDataset = QStringLiteral("wms.orders");
    header.run.startedAt = QDateTime::currentDateTime();
    header.run.finishedAt = header.run.startedAt;
    header.run.sourceRows = count * 10;
    header.run.targetRows = count * 10;
    header.viewer = QStringLiteral("role bench");
    header.exportedBy = QStringLiteral("bench");
    header.exportedAt = QDateTime::currentDateTime();
    header.language = QStringLiteral("zh_CN");

    const auto best = [&](const QString &file, const auto &write, qint64 *lines) {
        double fastest = 1e300;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer t;
            t.start();
            *lines = write(file);
            fastest = std::min(fastest, double(t.nsecsElapsed()) / 1e9);
        }
        return fastest;
    };
    const auto exporter = [&](const QString &file) -> qint64 {
        const auto r = concord::exportDiscrepancies(file, header, rows);
        if (!r.ok())
            err << r.error().toString() << Qt::endl;
        return r.value_or(-1);
    };
    const QString xlsxFile = dir + QStringLiteral("/bench.xlsx");
    const QString csvFile = dir + QStringLiteral("/bench.csv");
    const QString plainFile = dir + QStringLiteral("/plain.csv");
    qint64 xlsxLines = 0, csvLines = 0, plainLines = 0;
    const double plain = best(plainFile, [&](const QString &f) { return plainCsv(f, rows); }, &plainLines);
    const double xlsx = best(xlsxFile, exporter, &xlsxLines);
    const double csv = best(csvFile, exporter, &csvLines);
    if (xlsxLines < 0 || csvLines != xlsxLines || plainLines != xlsxLines) {
        err << "export failed or line counts differ: xlsx " << xlsxLines << ", csv " << csvLines << ", plain "
            << plainLines << Qt::endl;
        return 1;
    }

    QTextStream out(stdout);
    const double n = double(count);
    if (p.isSet(jsonOpt)) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("rows"), count},
                                         {QStringLiteral("lines"), xlsxLines},
                                         {QStringLiteral("xlsx_s"), xlsx},
                                         {QStringLiteral("csv_s"), csv},
                                         {QStringLiteral("plain_csv_s"), plain},
                                         {QStringLiteral("xlsx_rows_per_s"), n / xlsx},
                                         {QStringLiteral("csv_rows_per_s"), n / csv},
                                         {QStringLiteral("csv_vs_plain"), csv / plain},
                                         {QStringLiteral("xlsx_vs_plain"), xlsx / plain},
                                         {QStringLiteral("xlsx_bytes"), QFileInfo(xlsxFile).size()},
                                         {QStringLiteral("csv_bytes"), QFileInfo(csvFile).size()}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        out << QStringLiteral("%1 discrepancies, %2 lines\n").arg(count).arg(xlsxLines);
        out << QStringLiteral("xlsx:        %1 s (%2 rows/s, %3 MiB)\n").arg(xlsx, 0, 'f', 3).arg(n / xlsx, 0, 'f', 0)
                   .arg(double(QFileInfo(xlsxFile).size()) / 1048576, 0, 'f', 1);
        out << QStringLiteral("csv:         %1 s (%2 rows/s, %3 MiB)\n").arg(csv, 0, 'f', 3).arg(n / csv, 0, 'f', 0)
                   .arg(double(QFileInfo(csvFile).size()) / 1048576, 0, 'f', 1);
        out << QStringLiteral("plain write: %1 s (no quoting, guard or BOM)\n").arg(plain, 0, 'f', 3);
        out << QStringLiteral("csv / plain %1x, xlsx / plain %2x\n").arg(csv / plain, 0, 'f', 2).arg(xlsx / plain, 0, 'f', 2);
    }
    return 0;
}
