// A pipeline's rate_limit (issue 5): the text it accepts, the token bucket's arithmetic on an
// injected clock, and the runner waiting for it — and stopping promptly when cancelled while it
// waits.

#include "governance/ratelimit.h"
#include "syncfixture.h"

#include <QFile>

#include <thread>

using namespace concord;

namespace {

constexpr qint64 Ms = 1'000'000; // nanoseconds

void limit(SyncFixture &f, const QByteArray &rate)
{
    const QString path = f.dir.filePath(QStringLiteral("workspace.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    lines.removeIf([](const QByteArray &l) { return l.trimmed().startsWith("rate_limit:"); });
    testsupport::writeFile(path, lines.join('\n').trimmed() + "\n    rate_limit: " + rate + "\n");
    f.reload();
}

} // namespace

class TestRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse()
    {
        QCOMPARE(*parseRate(QStringLiteral("200/s")), 200.0);
        QCOMPARE(*parseRate(QStringLiteral("3000/m")), 50.0);
        QCOMPARE(*parseRate(QStringLiteral("36000 / h")), 10.0);
        QCOMPARE(*parseRate(QStringLiteral("0.5/s")), 0.5);
        for (const char *bad : {"200", "200/d", "fast", "0/s", "-5/s", "20000000/s"}) {
            const auto r = parseRate(QString::fromLatin1(bad));
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().code, ErrorCode::ConfigInvalid);
        }
        QCOMPARE(parseRate(QStringLiteral("fast")).error().message,
                 QStringLiteral("rate_limit 'fast' is not N/s, N/m or N/h (records per second, minute or hour), e.g. 200/s"));
    }

    void bucketArithmetic()
    {
        TokenBucket b(100); // 100 records/s, holds 100
        QCOMPARE(b.take(100, 0), 0);                 // a full bucket
        QCOMPARE(b.take(50, 0), 500 * Ms);           // half a second of debt
        QCOMPARE(b.take(10, 500 * Ms), 100 * Ms);    // the debt was paid at 0.5 s; 10 more
        QCOMPARE(b.take(100, 10'000 * Ms), 0);       // idle for long: full again, not more
        QCOMPARE(b.take(1, 10'000 * Ms), 10 * Ms);
        // Over a long run the rate holds whatever the batch size: 10,000 records in batches of
        // 700 take (10,000 - 100) / 100 s of waiting.
        TokenBucket c(100);
        qint64 now = 0, waited = 0;
        for (int sent = 0; sent < 10'000; sent += 700) {
            const qint64 w = c.take(std::min(700, 10'000 - sent), now);
            waited += w;
            now += w;
        }
        QCOMPARE(waited, 99'000 * Ms);
        QVERIFY(!TokenBucket().isLimited());
        QCOMPARE(TokenBucket().take(1'000'000, 0), 0);
    }

    void validateNamesABadLimit()
    {
        SyncFixture f;
        const QString path = f.dir.filePath(QStringLiteral("workspace.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray yaml = file.readAll();
        file.close();
        testsupport::writeFile(path, yaml + "    rate_limit: lots\n");
        const WorkspaceLoad load = WorkspaceLoader::load(f.dir.path());
        QVERIFY(!load.ok());
        QVERIFY2(load.errors.front().message.startsWith(QLatin1String("rate_limit 'lots' is not N/s")),
                 qPrintable(load.errors.front().toString()));
    }

    void runnerWaitsForTheLimit()
    {
        SyncFixture f(500);
        for (int id = 1; id <= 3000; ++id)
            f.insert(id, QStringLiteral("n%1").arg(id), QStringLiteral("1.00"), QStringLiteral("2024-05-20 10:00:00"));
        limit(f, "1000/s");
        RunOptions verbose;
        verbose.verbose = true;
        const RunResult r = f.run(verbose);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 3000);
        // 3,000 records at 1,000/s with 1,000 in the bucket: two seconds of waiting, less the time
        // the reads and writes themselves took (the bucket refills meanwhile) — a few milliseconds
        // here, more under a sanitizer.
        QVERIFY2(r.throttledMs >= 1000 && r.throttledMs <= 2000, qPrintable(QString::number(r.throttledMs)));
        QVERIFY(r.durationMs >= r.throttledMs);
        bool listed = false;
        for (const auto &s : r.stageMicros)
            listed = listed || (s.first == QLatin1String("throttle") && s.second >= 1'000'000);
        QVERIFY(listed);
        QCOMPARE(f.target().count(QStringLiteral("copy")), 3000);
    }

    void cancelWhileWaiting()
    {
        SyncFixture f(500);
        for (int id = 1; id <= 100; ++id)
            f.insert(id, QStringLiteral("n%1").arg(id), QStringLiteral("1.00"), QStringLiteral("2024-05-20 10:00:00"));
        limit(f, "10/s"); // the one batch of 100 would wait 9 s
        PipelineRunner runner(f.workspace, f.store.get());
        std::atomic<bool> cancel{false};
        std::thread stopper([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel.store(true);
        });
        const RunResult r = runner.run(QStringLiteral("items"), {}, cancel);
        stopper.join();
        QCOMPARE(r.status, QStringLiteral("cancelled"));
        QCOMPARE(r.inserted, 0);
        QCOMPARE(f.target().count(QStringLiteral("copy")), 0);
        QVERIFY2(r.durationMs < 5000, qPrintable(QString::number(r.durationMs))); // not the full 9 s
        // Nothing was lost: the next run (unlimited) writes all of them.
        limit(f, "1000000/s");
        QCOMPARE(f.run().inserted, 100);
    }
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
