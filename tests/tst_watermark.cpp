// Incremental capture on the version column with the key as tie-breaker: rows that share one
// timestamp are neither missed nor repeated across batches, also when a run resumes from its
// checkpoint in a new process.

#include "connectors/sqlitesource.h"
#include "syncfixture.h"

#include <QSet>

using namespace concord;

class TestWatermark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTimestampsAcrossBatches();
    void resumeFromEveryCheckpoint();
    void laterChangesWithEqualTimestamp();
    void nullVersionsAreReportedNotRead();
};

// Reads the whole dataset in batches of `batch`, reopening the source from the position after
// every batch that brought a new row, as a restarted process would. A reopened source first reads
// again the rows tied with its checkpoint's version (a row committed late with that version must
// not be missed); those re-checked rows come first and are not new.
static QList<qint64> readAll(SyncFixture &f, int batch, QString *position)
{
    QList<qint64> ids;
    const DatasetDef *ds = f.workspace->dataset(QStringLiteral("crm.items"));
    bool end = false;
    while (!end) {
        SqliteSource src(f.dir.filePath(QStringLiteral("crm.sqlite")), *ds);
        if (!src.open(*position).ok())
            qFatal("open failed");
        QList<qint64> read;
        std::vector<Change> changes;
        while (true) {
            const auto n = src.next(changes, batch);
            if (!n.ok())
                qFatal("read failed");
            for (int i = 0; i < *n; ++i)
                read.append(changes[std::size_t(i)].key.parts.front().intValue());
            if (*n == 0) {
                end = true;
                break;
            }
            if (read.size() > src.rechecked())
                break;
        }
        ids += read.mid(src.rechecked());
        *position = src.position();
    }
    return ids;
}

void TestWatermark::equalTimestampsAcrossBatches()
{
    SyncFixture f;
    // 10 rows share one timestamp, 5 another, inserted in shuffled key order.
    const QList<int> order = {7, 3, 10, 1, 9, 2, 8, 4, 6, 5};
    for (int id : order)
        f.insert(id, QStringLiteral("n%1").arg(id), QStringLiteral("1.00"), QStringLiteral("2024-05-20 10:00:00"));
    for (int id = 11; id <= 15; ++id)
        f.insert(id, QStringLiteral("n%1").arg(id), QStringLiteral("2.00"), QStringLiteral("2024-05-20 09:00:00"));
    for (int batch : {1, 2, 3, 4, 7, 100}) {
        QString position;
        const QList<qint64> ids = readAll(f, batch, &position);
        QCOMPARE(ids.size(), 15);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 15);
        // Ordered by (updated_at, id): the 09:00 rows first.
        QCOMPARE(ids.first(), qint64(11));
        QCOMPARE(ids.last(), qint64(10));
    }
}

void TestWatermark::resumeFromEveryCheckpoint()
{
    SyncFixture f(2);
    for (int id = 1; id <= 9; ++id)
        f.insert(id, QStringLiteral("n"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:0%1").arg(id / 4));
    // A run over all of it, then a run with nothing new.
    RunResult r = f.run();
    QCOMPARE(r.status, QStringLiteral("succeeded"));
    QCOMPARE(r.inserted, 9);
    QCOMPARE(f.run().read, 0);
    QCOMPARE(f.target().count(QStringLiteral("copy")), 9);
}

void TestWatermark::laterChangesWithEqualTimestamp()
{
    SyncFixture f(2);
    for (int id = 1; id <= 4; ++id)
        f.insert(id, QStringLiteral("n"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:00"));
    QCOMPARE(f.run().inserted, 4);
    // New rows at the same timestamp with higher keys, an update to a later time, and a new time.
    f.insert(5, QStringLiteral("n5"), QStringLiteral("5"), QStringLiteral("2024-05-20 10:00:00"));
    f.insert(6, QStringLiteral("n6"), QStringLiteral("6"), QStringLiteral("2024-05-20 10:00:00"));
    f.source().exec(QStringLiteral("UPDATE items SET amount = '9.99', updated_at = '2024-05-20 10:00:01' WHERE id = 2"));
    f.insert(7, QStringLiteral("n7"), QStringLiteral("7"), QStringLiteral("2024-05-20 10:00:02"));
    const RunResult r = f.run();
    QCOMPARE(r.read, 4);
    QCOMPARE(r.inserted, 3);
    QCOMPARE(r.updated, 1);
    QCOMPARE(f.target().rows(QStringLiteral("SELECT amount FROM copy WHERE item_id = 2")).value(0).value(0),
             QStringLiteral("9.99"));
    QCOMPARE(f.run().read, 0);
}

void TestWatermark::nullVersionsAreReportedNotRead()
{
    SyncFixture f;
    f.insert(1, QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:00"));
    f.source().exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (2, 'b', '1', NULL)"));
    const RunResult r = f.run();
    QCOMPARE(r.read, 1);
    QCOMPARE(f.target().count(QStringLiteral("copy")), 1);
}

QTEST_GUILESS_MAIN(TestWatermark)
#include "tst_watermark.moc"
