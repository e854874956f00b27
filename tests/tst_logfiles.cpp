// The structured log on disk (log/logfiles.h): every process appends JSON lines to the
// workspace's .concord/logs, a file per UTC day, continued in parts past a size; the reader
// filters, keeps the newest, follows what is appended (whole lines only), skips what is not a log
// line, and retention removes old days. concordctl run writes there, concordctl logs reads it.

#include "lineagefixture.h"
#include "log/log.h"
#include "log/logfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <QThread>

using namespace concord;

namespace {

// Writes lines into the file output of a temporary workspace; stops writing when it goes.
struct LogFolder
{
    explicit LogFolder(qint64 maxBytes = log::kLogFileBytes)
    {
        log::install(log::Output::None);
        log::setFileOutput(path(), QStringLiteral("tst_logfiles"), maxBytes);
    }
    ~LogFolder() { log::setFileOutput(QString(), QString()); }
    QString path() const { return ws.filePath(QStringLiteral(".concord/logs")); }

    QTemporaryDir ws;
};

void logRun(const QString &pipeline, const QString &trace, int lines)
{
    log::ScopedContext context(log::Context{pipeline, QStringLiteral("7"), QStringLiteral("crm"), QStringLiteral("warehouse"), trace});
    for (int i = 0; i < lines; ++i) {
        if (i % 10 == 9)
            log::warning(lcSync(), QStringLiteral("record %1 sent to dead letters").arg(i),
                         log::Fields{QString::number(i), QStringLiteral("TYPE_MISMATCH")});
        else
            log::info(lcSync(), QStringLiteral("line %1 of %2").arg(i).arg(pipeline));
    }
}

void appendRaw(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        qFatal("cannot append to %s", qPrintable(file));
    f.write(bytes);
}

} // namespace

class TestLogFiles : public QObject
{
    Q_OBJECT

private slots:
    void writesOneFilePerDayAndFilters();
    void rollsPastTheSizeAndKeepsTheNewest();
    void followsWholeLinesOnly();
    void otherLinesAreCountedNotFatal();
    void oldDaysAreRemoved();
    void concordctlWritesAndReads();
};

void TestLogFiles::writesOneFilePerDayAndFilters()
{
    LogFolder folder;
    logRun(QStringLiteral("orders"), QStringLiteral("trace-a"), 20);
    logRun(QStringLiteral("billing"), QStringLiteral("trace-b"), 10);
    log::info(lcEngine(), QStringLiteral("engine-wide line"));
    const QStringList files = log::logFiles(folder.path());
    QCOMPARE(files, QStringList{QStringLiteral("concord-%1.jsonl").arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate))});
    QCOMPARE(log::logFileDay(files.front()), QDateTime::currentDateTimeUtc().date());

    log::LogBatch all = log::readLogs(folder.path(), {}, 1000);
    QCOMPARE(all.entries.size(), 31);
    QCOMPARE(all.lines, 31);
    QCOMPARE(all.malformed, 0);
    QVERIFY(!all.truncated);
    const LogEntry &first = all.entries.front();
    QCOMPARE(first.message, QStringLiteral("line 0 of orders"));
    QCOMPARE(first.pipeline, QStringLiteral("orders"));
    QCOMPARE(first.taskId, QStringLiteral("7"));
    QCOMPARE(first.sourceSystem, QStringLiteral("crm"));
    QCOMPARE(first.process, QStringLiteral("tst_logfiles"));
    QCOMPARE(first.pid, QCoreApplication::applicationPid());
    QCOMPARE(first.category, QStringLiteral("concord.sync"));
    QCOMPARE(all.end.file, files.front());
    QCOMPARE(all.end.offset, QFileInfo(QDir(folder.path()).filePath(files.front())).size());

    log::LogFilter f;
    f.pipeline = QStringLiteral("orders");
    QCOMPARE(log::readLogs(folder.path(), f, 1000).entries.size(), 20);
    f.minimumSeverity = 2;
    QCOMPARE(log::readLogs(folder.path(), f, 1000).entries.size(), 2);
    f = {};
    f.errorCode = QStringLiteral("type_mismatch"); // any case
    QCOMPARE(log::readLogs(folder.path(), f, 1000).entries.size(), 3);
    f = {};
    f.traceId = QStringLiteral("TRACE-B");
    const auto b = log::readLogs(folder.path(), f, 1000);
    QCOMPARE(b.entries.size(), 10);
    QCOMPARE(b.entries.back().recordId, QStringLiteral("9"));
    f = {};
    f.text = QStringLiteral("ENGINE-WIDE");
    QCOMPARE(log::readLogs(folder.path(), f, 1000).entries.size(), 1);
    f = {};
    f.since = QDateTime::currentDateTimeUtc().addSecs(60);
    QCOMPARE(log::readLogs(folder.path(), f, 1000).entries.size(), 0);
    f = {};
    f.until = QDateTime::currentDateTimeUtc().addDays(-1);
    QCOMPARE(log::readLogs(folder.path(), f, 1000).entries.size(), 0);
}

void TestLogFiles::rollsPastTheSizeAndKeepsTheNewest()
{
    LogFolder folder(4000);
    logRun(QStringLiteral("orders"), QStringLiteral("t"), 200);
    const QStringList files = log::logFiles(folder.path());
    QVERIFY2(files.size() >= 5, qPrintable(files.join(u',')));
    const QString day = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QCOMPARE(files.value(0), QStringLiteral("concord-%1.jsonl").arg(day));
    QCOMPARE(files.value(1), QStringLiteral("concord-%1.1.jsonl").arg(day));
    // Part 10 sorts after part 9, not after part 1.
    if (files.size() > 10)
        QCOMPARE(files.value(10), QStringLiteral("concord-%1.10.jsonl").arg(day));
    for (const QString &name : files)
        QVERIFY(QFileInfo(QDir(folder.path()).filePath(name)).size() < 4000 + 600);

    const auto all = log::readLogs(folder.path(), {}, 1000);
    QCOMPARE(all.entries.size(), 200);
    for (int i = 0; i < 200; ++i)
        QVERIFY(all.entries[i].message.startsWith(QStringLiteral("line %1 ").arg(i))
                || all.entries[i].message.startsWith(QStringLiteral("record %1 ").arg(i)));
    QCOMPARE(all.end.file, files.back());

    const auto newest = log::readLogs(folder.path(), {}, 30);
    QCOMPARE(newest.entries.size(), 30);
    QVERIFY(newest.truncated);
    QCOMPARE(newest.entries.front().message, QStringLiteral("line 170 of orders"));
    QVERIFY(newest.files < files.size()); // the older files were not read
}

void TestLogFiles::followsWholeLinesOnly()
{
    LogFolder folder(3000);
    logRun(QStringLiteral("orders"), QStringLiteral("t"), 5);
    const auto first = log::readLogs(folder.path(), {}, 1000);
    QCOMPARE(first.entries.size(), 5);
    QCOMPARE(log::readNewer(folder.path(), first.end, {}, 1000).entries.size(), 0);

    logRun(QStringLiteral("billing"), QStringLiteral("t2"), 3);
    auto more = log::readNewer(folder.path(), first.end, {}, 1000);
    QCOMPARE(more.entries.size(), 3);
    QCOMPARE(more.entries.front().pipeline, QStringLiteral("billing"));

    // Another process is half-way through a line: it is read once it is whole.
    LogEntry other;
    other.time = QDateTime::currentDateTimeUtc();
    other.level = QStringLiteral("error");
    other.message = QStringLiteral("from another process");
    other.process = QStringLiteral("concordctl serve");
    other.pid = 4242;
    const QByteArray line = log::toJsonLine(other);
    const QString file = QDir(folder.path()).filePath(more.end.file);
    appendRaw(file, line.left(20));
    const auto half = log::readNewer(folder.path(), more.end, {}, 1000);
    QCOMPARE(half.entries.size(), 0);
    QCOMPARE(half.end.offset, more.end.offset);
    appendRaw(file, line.mid(20));
    const auto whole = log::readNewer(folder.path(), half.end, {}, 1000);
    QCOMPARE(whole.entries.size(), 1);
    QCOMPARE(whole.entries.front().process, QStringLiteral("concordctl serve"));
    QCOMPARE(whole.entries.front().pid, 4242);
    QCOMPARE(whole.entries.front().level, QStringLiteral("error"));

    // Into the next parts, with a filter.
    logRun(QStringLiteral("orders"), QStringLiteral("t3"), 60);
    log::LogFilter f;
    f.errorCode = QStringLiteral("TYPE_MISMATCH");
    const auto rolled = log::readNewer(folder.path(), whole.end, f, 1000);
    QCOMPARE(rolled.entries.size(), 6);
    QVERIFY(log::logFileDay(rolled.end.file).isValid());
    QVERIFY(rolled.end.file != whole.end.file);
}

void TestLogFiles::otherLinesAreCountedNotFatal()
{
    QTemporaryDir ws;
    const QString dir = ws.filePath(QStringLiteral("logs"));
    QVERIFY(QDir().mkpath(dir));
    const QString file = QDir(dir).filePath(QStringLiteral("concord-2026-01-02.jsonl"));
    appendRaw(file, QByteArray("{\"ts\":\"2026-01-02T03:04:05.006Z\",\"level\":\"warning\",\"message\":\"kept\"}\n"
                               "not json at all\n"
                               "\n"
                               "[1,2,3]\n"
                               "{\"ts\":\"yesterday\",\"message\":\"bad time\"}\n"
                               "{\"ts\":\"2026-01-02T03:04:06Z\"}\n"
                               "\xff\xfe\x01 binary\n"
                               "{\"ts\":\"2026-01-02T03:04:07.000Z\",\"message\":\"also kept\",\"pid\":\"x\"}\n"));
    // Not log files: left alone.
    appendRaw(QDir(dir).filePath(QStringLiteral("notes.txt")), "hello\n");
    appendRaw(QDir(dir).filePath(QStringLiteral("concord-2026-13-40.jsonl")), "{}\n");
    QCOMPARE(log::logFiles(dir), QStringList{QStringLiteral("concord-2026-01-02.jsonl")});
    const auto batch = log::readLogs(dir, {}, 100);
    QCOMPARE(batch.entries.size(), 2);
    QCOMPARE(batch.malformed, 5);
    QCOMPARE(batch.entries[0].message, QStringLiteral("kept"));
    QCOMPARE(batch.entries[0].time, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
    QCOMPARE(batch.entries[1].pid, 0);
    QCOMPARE(log::readLogs(ws.filePath(QStringLiteral("nowhere")), {}, 100).entries.size(), 0);
}

void TestLogFiles::oldDaysAreRemoved()
{
    QTemporaryDir ws;
    const QString dir = ws.path();
    for (const char *name : {"concord-2026-01-01.jsonl", "concord-2026-01-01.1.jsonl", "concord-2026-01-02.jsonl",
                             "concord-2026-01-03.jsonl", "keep-me.jsonl"})
        appendRaw(QDir(dir).filePath(QString::fromLatin1(name)), "{}\n");
    QCOMPARE(log::removeLogsBefore(dir, QDate(2026, 1, 3)), 3);
    QCOMPARE(log::logFiles(dir), QStringList{QStringLiteral("concord-2026-01-03.jsonl")});
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("keep-me.jsonl"))));
}

void TestLogFiles::concordctlWritesAndReads()
{
    ChainFixture f;
    // This process writes to the same files as the concordctl processes, at the same time.
    log::install(log::Output::None);
    log::setFileOutput(f.workspace->logDir(), QStringLiteral("tst_logfiles"));
    QThread *writer = QThread::create([] { logRun(QStringLiteral("noise"), QStringLiteral("n"), 3000); });
    writer->start();
    auto [rc, text] = f.ctl({QStringLiteral("run"), QStringLiteral("orders-to-shipments")});
    QCOMPARE(rc, 0);
    std::tie(rc, text) = f.ctl({QStringLiteral("run"), QStringLiteral("shipments-to-billing")});
    QCOMPARE(rc, 0);
    QVERIFY(writer->wait(60000));
    delete writer;
    log::setFileOutput(QString(), QString());

    // Every line whole: nothing torn between the processes.
    const auto all = log::readLogs(f.workspace->logDir(), {}, 100000);
    QCOMPARE(all.malformed, 0);
    int noise = 0;
    QSet<qint64> pids;
    for (const LogEntry &e : all.entries) {
        noise += e.pipeline == QLatin1String("noise") ? 1 : 0;
        pids.insert(e.pid);
    }
    QCOMPARE(noise, 3000);
    QCOMPARE(pids.size(), 3); // this process and two concordctl runs

    std::tie(rc, text) = f.ctl({QStringLiteral("logs"), QStringLiteral("--json"), QStringLiteral("--pipeline"),
                                QStringLiteral("orders-to-shipments")});
    QCOMPARE(rc, 0);
    const QJsonArray entries = QJsonDocument::fromJson(text).object().value(QLatin1String("entries")).toArray();
    QVERIFY(!entries.isEmpty());
    QString trace;
    for (const QJsonValue &v : entries) {
        QCOMPARE(v[QLatin1String("pipeline")].toString(), QStringLiteral("orders-to-shipments"));
        QCOMPARE(v[QLatin1String("process")].toString(), QStringLiteral("concordctl run"));
        trace = v[QLatin1String("trace_id")].toString();
    }
    QVERIFY(entries.last()[QLatin1String("message")].toString().contains(QStringLiteral("run 1 succeeded")));

    // One run by its trace id, as text.
    std::tie(rc, text) = f.ctl({QStringLiteral("logs"), QStringLiteral("--trace"), trace});
    QCOMPARE(rc, 0);
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), entries.size());
    for (const QString &l : lines)
        QVERIFY2(l.contains(QStringLiteral("trace=") + trace), qPrintable(l));

    std::tie(rc, text) = f.ctl({QStringLiteral("logs"), QStringLiteral("--level"), QStringLiteral("error"), QStringLiteral("--json")});
    QCOMPARE(rc, 0);
    QCOMPARE(QJsonDocument::fromJson(text).object().value(QLatin1String("entries")).toArray().size(), 0);
    std::tie(rc, text) = f.ctl({QStringLiteral("logs"), QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(text).object().value(QLatin1String("entries")).toArray().size(), 5);
    QVERIFY(QJsonDocument::fromJson(text).object().value(QLatin1String("truncated")).toBool());
    std::tie(rc, text) = f.ctl({QStringLiteral("logs"), QStringLiteral("--since"), QStringLiteral("yesterday-ish")});
    QCOMPARE(rc, 2);
    std::tie(rc, text) = f.ctl({QStringLiteral("logs"), QStringLiteral("--level"), QStringLiteral("loud")});
    QCOMPARE(rc, 2);
}

QTEST_GUILESS_MAIN(TestLogFiles)
#include "tst_logfiles.moc"
