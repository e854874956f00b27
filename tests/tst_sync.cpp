// The pipeline runner: idempotent apply, dead letters, the outbox, dry runs and cancellation.

#include "syncfixture.h"
#include "sync/sourcereader.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <mutex>
#include <set>

using namespace concord;

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyingTwiceChangesNothing();
    void replayAfterLostCheckpointIsHarmless();
    void badRecordsGoToDeadLettersRestGoesOn();
    void deadLettersRecordMappingVersion();
    void softDeleteRemovesTargetRow();
    void dryRunWritesNothing();
    void outboxIsDurableAndIdempotent();
    void validationRules();
    void missingTargetKeyIndexIsRefused();
    void cancelStopsAtBatchBoundary();
    void disabledPipelineOnlyDryRuns();
    void oneRunPerPipelineAtATime();
    void sourceIsReadAheadOnOneThread();
};

void TestSync::applyingTwiceChangesNothing()
{
    SyncFixture f;
    for (int id = 1; id <= 10; ++id)
        f.insert(id, QStringLiteral(" name %1 ").arg(id), QStringLiteral("%1.50").arg(id), QStringLiteral("2024-05-20 10:00:00"));
    QCOMPARE(f.run().inserted, 10);
    const auto before = f.target().rows(QStringLiteral("SELECT * FROM copy ORDER BY item_id"));
    // --full re-reads everything: every row is found unchanged, nothing is written twice.
    RunOptions full;
    full.full = true;
    const RunResult again = f.run(full);
    QCOMPARE(again.read, 10);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(f.target().rows(QStringLiteral("SELECT * FROM copy ORDER BY item_id")), before);
    QCOMPARE(before.front(), (QStringList{QStringLiteral("1"), QStringLiteral("name 1"), QStringLiteral("1.50"),
                                          QStringLiteral("2024-05-20 10:00:00")}));
}

void TestSync::replayAfterLostCheckpointIsHarmless()
{
    SyncFixture f(4);
    for (int id = 1; id <= 10; ++id)
        f.insert(id, QStringLiteral("n"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:%1").arg(id, 2, 10, QLatin1Char('0')));
    QCOMPARE(f.run().inserted, 10);
    // As if the process died after the target committed but before the checkpoint did.
    QVERIFY(f.store->clearCheckpoint(QStringLiteral("items")).ok());
    f.source().exec(QStringLiteral("UPDATE items SET name = 'changed' WHERE id = 3"));
    const RunResult r = f.run();
    QCOMPARE(r.read, 10);
    QCOMPARE(r.inserted, 0);
    QCOMPARE(r.updated, 1);
    QCOMPARE(f.target().count(QStringLiteral("copy")), 10);
}

void TestSync::badRecordsGoToDeadLettersRestGoesOn()
{
    SyncFixture f(5);
    for (int id = 1; id <= 12; ++id)
        f.insert(id, QStringLiteral("n%1").arg(id), QStringLiteral("%1").arg(id), QStringLiteral("2024-05-20 10:00:00"));
    f.source().exec(QStringLiteral("UPDATE items SET amount = '12,800' WHERE id = 4"));  // not a number
    f.source().exec(QStringLiteral("UPDATE items SET name = NULL WHERE id = 7"));        // target NOT NULL
    f.source().exec(QStringLiteral("UPDATE items SET amount = '123456789.00' WHERE id = 9")); // too wide for decimal(10,2)
    const RunResult r = f.run();
    QCOMPARE(r.status, QStringLiteral("partial"));
    QCOMPARE(r.read, 12);
    QCOMPARE(r.inserted, 9);
    QCOMPARE(r.failed, 3);
    QCOMPARE(f.target().count(QStringLiteral("copy")), 9);
    testsupport::Db state(f.workspace->stateStorePath());
    const auto dl = state.rows(QStringLiteral("SELECT record_key, error_code, payload FROM dead_letters ORDER BY record_key"));
    QCOMPARE(dl.size(), 3);
    QCOMPARE(dl[0][0], QStringLiteral("4"));
    QCOMPARE(dl[0][1], ErrorCode::TypeMismatch);
    QVERIFY(dl[0][2].contains(QLatin1String("12,800")));
    QCOMPARE(dl[1][0], QStringLiteral("7"));
    QCOMPARE(dl[1][1], ErrorCode::TargetRejected);
    QCOMPARE(dl[2][0], QStringLiteral("9"));
    QCOMPARE(dl[2][1], ErrorCode::TypeMismatch);
    // The checkpoint moved past them: a second run reads nothing new and adds no duplicate letters.
    // (All twelve rows share the checkpoint's timestamp, so they are re-checked and the three fail
    // again, exactly as before: that is not a new failure.)
    RunResult idle = f.run();
    QCOMPARE(idle.read, 0);
    QCOMPARE(idle.rechecked, 12);
    QCOMPARE(idle.failed, 0);
    QCOMPARE(idle.status, QStringLiteral("succeeded"));
    QCOMPARE(state.count(QStringLiteral("dead_letters")), 3);
    // A full run reads them again on purpose: they still fail, and say so, still one letter each.
    RunOptions full;
    full.full = true;
    const RunResult again = f.run(full);
    QCOMPARE(again.read, 12);
    QCOMPARE(again.failed, 3);
    QCOMPARE(again.status, QStringLiteral("partial"));
    QCOMPARE(state.count(QStringLiteral("dead_letters")), 3);
}

void TestSync::deadLettersRecordMappingVersion()
{
    SyncFixture f;
    f.insert(1, QStringLiteral("a"), QStringLiteral("oops"), QStringLiteral("2024-05-20 10:00:00"));
    const RunResult r = f.run();
    QCOMPARE(r.failed, 1);
    testsupport::Db state(f.workspace->stateStorePath());
    const auto dl = state.rows(QStringLiteral("SELECT mapping_version, run_id, source_version FROM dead_letters"));
    QCOMPARE(dl.size(), 1);
    QCOMPARE(dl[0][0], r.mappingVersion);
    QCOMPARE(dl[0][1].toLongLong(), r.runId);
    QCOMPARE(dl[0][2], QStringLiteral("2024-05-20 10:00:00|1"));
    const auto runs = state.rows(QStringLiteral("SELECT mapping_version, status, rows_failed FROM runs"));
    QCOMPARE(runs.value(0), (QStringList{r.mappingVersion, QStringLiteral("partial"), QStringLiteral("1")}));
}

void TestSync::softDeleteRemovesTargetRow()
{
    SyncFixture f;
    f.insert(1, QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:00"));
    f.insert(2, QStringLiteral("b"), QStringLiteral("2"), QStringLiteral("2024-05-20 10:00:00"));
    QCOMPARE(f.run().inserted, 2);
    f.source().exec(QStringLiteral("UPDATE items SET deleted = 1, updated_at = '2024-05-20 11:00:00' WHERE id = 1"));
    const RunResult r = f.run();
    QCOMPARE(r.deleted, 1);
    QCOMPARE(f.target().rows(QStringLiteral("SELECT item_id FROM copy")), (QList<QStringList>{{QStringLiteral("2")}}));
    // Texts that mean "no" do not delete; any other text does.
    f.insert(3, QStringLiteral("c"), QStringLiteral("3"), QStringLiteral("2024-05-20 12:00:00"));
    f.insert(4, QStringLiteral("d"), QStringLiteral("4"), QStringLiteral("2024-05-20 12:00:00"));
    QCOMPARE(f.run().inserted, 2);
    f.source().exec(QStringLiteral("UPDATE items SET deleted = 'N', updated_at = '2024-05-20 13:00:00' WHERE id = 3"));
    f.source().exec(QStringLiteral("UPDATE items SET deleted = 'Y', updated_at = '2024-05-20 13:00:00' WHERE id = 4"));
    QCOMPARE(f.run().deleted, 1);
    QCOMPARE(f.target().rows(QStringLiteral("SELECT item_id FROM copy ORDER BY item_id")),
             (QList<QStringList>{{QStringLiteral("2")}, {QStringLiteral("3")}}));
}

void TestSync::dryRunWritesNothing()
{
    SyncFixture f;
    f.insert(1, QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:00"));
    QCOMPARE(f.run().inserted, 1);
    const QString checkpoint = *f.store->checkpoint(QStringLiteral("items"));
    f.insert(2, QStringLiteral("b"), QStringLiteral("2"), QStringLiteral("2024-05-20 11:00:00"));
    f.source().exec(QStringLiteral("UPDATE items SET name = 'a2', updated_at = '2024-05-20 11:00:00' WHERE id = 1"));
    RunOptions dry;
    dry.dryRun = true;
    const RunResult r = f.run(dry);
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.planned.size(), 2);
    QCOMPARE(r.planned[0].op, QStringLiteral("update"));
    QCOMPARE(r.planned[1].op, QStringLiteral("insert"));
    QCOMPARE(r.planned[1].values.value(1), QStringLiteral("b"));
    QCOMPARE(f.target().count(QStringLiteral("copy")), 1);
    QCOMPARE(f.target().rows(QStringLiteral("SELECT name FROM copy")).value(0).value(0), QStringLiteral("a"));
    QCOMPARE(*f.store->checkpoint(QStringLiteral("items")), checkpoint);
    QCOMPARE(f.run().read, 2); // the real run still has both to do
    // Rows read again that would not change are not planned, as a real run would not rewrite them.
    RunOptions fullDry = dry;
    fullDry.full = true;
    const RunResult again = f.run(fullDry);
    QCOMPARE(again.read, 2);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QVERIFY(again.planned.isEmpty());
}

void TestSync::outboxIsDurableAndIdempotent()
{
    SyncFixture f;
    PipelineRunner runner(f.workspace, f.store.get());
    std::vector<Change> changes;
    for (int id = 1; id <= 3; ++id) {
        Change c;
        c.record.values = {Value::fromInt(id), Value::fromString(QStringLiteral("pushed %1").arg(id)),
                           Value::fromString(QStringLiteral("%1.25").arg(id)),
                           Value::fromString(QStringLiteral("2024-05-20 12:00:00")), Value::fromInt(0)};
        c.key.parts = {Value::fromInt(id)};
        c.sourceVersion = QStringLiteral("evt-%1").arg(id);
        changes.push_back(c);
    }
    QVERIFY(runner.enqueue(QStringLiteral("items"), changes).ok());
    // The same events pushed again (a webhook retry) before they were applied.
    QVERIFY(runner.enqueue(QStringLiteral("items"), changes).ok());
    QCOMPARE(*f.store->pendingOutboxCount(QStringLiteral("items")), 6);
    std::atomic<bool> cancel{false};
    RunResult r = runner.drainOutbox(QStringLiteral("items"), {}, cancel);
    QCOMPARE(r.status, QStringLiteral("succeeded"));
    QCOMPARE(r.inserted, 3);
    QCOMPARE(*f.store->pendingOutboxCount(QStringLiteral("items")), 0);
    QCOMPARE(f.target().count(QStringLiteral("copy")), 3);
    QCOMPARE(f.target().rows(QStringLiteral("SELECT amount FROM copy WHERE item_id = 2")).value(0).value(0),
             QStringLiteral("2.25"));
    // A third delivery after they were applied is skipped by the applied-versions record.
    QVERIFY(runner.enqueue(QStringLiteral("items"), changes).ok());
    r = runner.drainOutbox(QStringLiteral("items"), {}, cancel);
    QCOMPARE(r.skipped, 3);
    QCOMPARE(r.inserted + r.updated, 0);
    QCOMPARE(*f.store->appliedVersion(QStringLiteral("items"), QStringLiteral("3")), QStringLiteral("evt-3"));
}

void TestSync::validationRules()
{
    SyncFixture f(10, "validate:\n"
                      "  required: [name]\n"
                      "  rules:\n"
                      "    - { field: amount, check: \"value >= 0\", code: NEGATIVE_AMOUNT }\n");
    f.insert(1, QStringLiteral("ok"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:00"));
    f.insert(2, QStringLiteral("neg"), QStringLiteral("-5"), QStringLiteral("2024-05-20 10:00:00"));
    f.source().exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (3, NULL, '1', '2024-05-20 10:00:00')"));
    const RunResult r = f.run();
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.failed, 2);
    testsupport::Db state(f.workspace->stateStorePath());
    QCOMPARE(state.rows(QStringLiteral("SELECT record_key, error_code FROM dead_letters ORDER BY record_key")),
             (QList<QStringList>{{QStringLiteral("2"), QStringLiteral("NEGATIVE_AMOUNT")},
                                 {QStringLiteral("3"), ErrorCode::RequiredMissing}}));
}

void TestSync::missingTargetKeyIndexIsRefused()
{
    SyncFixture f;
    f.target().exec(QStringLiteral("DROP TABLE copy"));
    f.target().exec(QStringLiteral("CREATE TABLE copy (item_id INTEGER, name TEXT, amount TEXT, updated_at TEXT)"));
    f.insert(1, QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:00"));
    const RunResult r = f.run();
    QCOMPARE(r.status, QStringLiteral("failed"));
    QCOMPARE(r.error.code, ErrorCode::ConfigInvalid);
    QVERIFY(r.error.message.contains(QLatin1String("unique index")));
    QVERIFY(f.store->checkpoint(QStringLiteral("items"))->isEmpty());
}

void TestSync::cancelStopsAtBatchBoundary()
{
    SyncFixture f(2);
    for (int id = 1; id <= 10; ++id)
        f.insert(id, QStringLiteral("n"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:%1").arg(id, 2, 10, QLatin1Char('0')));
    PipelineRunner runner(f.workspace, f.store.get());
    std::atomic<bool> cancel{false};
    int batches = 0;
    const RunResult r = runner.run(QStringLiteral("items"), {}, cancel, [&](const RunProgress &p) {
        if (p.done > 0 && ++batches == 2)
            cancel.store(true);
    });
    QCOMPARE(r.status, QStringLiteral("cancelled"));
    QCOMPARE(r.read, 4);
    QCOMPARE(f.target().count(QStringLiteral("copy")), 4);
    // The next run goes on from where the cancelled one committed.
    const RunResult rest = f.run();
    QCOMPARE(rest.read, 6);
    QCOMPARE(f.target().count(QStringLiteral("copy")), 10);
}

void TestSync::disabledPipelineOnlyDryRuns()
{
    SyncFixture f;
    f.insert(1, QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:00"));
    QFile yaml(f.dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(yaml.open(QIODevice::Append));
    yaml.write("    enabled: false\n"); // the pipeline's block is the file's last
    yaml.close();
    f.reload();
    QVERIFY(!f.workspace->pipelines.value(QStringLiteral("items")).enabled);
    const RunResult r = f.run();
    QCOMPARE(r.status, QStringLiteral("failed"));
    QCOMPARE(r.error.code, ErrorCode::PipelineDisabled);
    QCOMPARE(f.target().count(QStringLiteral("copy")), 0);
    RunOptions dry;
    dry.dryRun = true;
    const RunResult d = f.run(dry);
    QCOMPARE(d.status, QStringLiteral("succeeded"));
    QCOMPARE(d.inserted, 1);
    QCOMPARE(f.target().count(QStringLiteral("copy")), 0);
}

void TestSync::oneRunPerPipelineAtATime()
{
    SyncFixture f;
    f.insert(1, QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("2024-05-20 10:00:00"));
    {
        // Another process (here: this one, by hand) holds the pipeline's lock.
        QVERIFY(QDir().mkpath(f.dir.filePath(QStringLiteral(".concord/locks"))));
        QLockFile other(f.dir.filePath(QStringLiteral(".concord/locks/items.lock")));
        QVERIFY(other.tryLock(0));
        const RunResult r = f.run();
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.error.code, ErrorCode::PipelineBusy);
        QCOMPARE(f.target().count(QStringLiteral("copy")), 0);
    }
    // Released: the next run goes ahead, and releases the lock in turn.
    QCOMPARE(f.run().inserted, 1);
    QLockFile after(f.dir.filePath(QStringLiteral(".concord/locks/items.lock")));
    QVERIFY(after.tryLock(0));
}

QTEST_GUILESS_MAIN(TestSync)
namespace {

// A source of `total` numbered changes that notes the thread of every call; reading batch
// `failAt` (1-based) fails.
class ThreadNotingSource final : public Source
{
public:
    ThreadNotingSource(int total, int failAt, std::set<QThread *> &threads, std::mutex &mutex, bool &destroyedOff)
        : m_total(total), m_failAt(failAt), m_threads(threads), m_mutex(mutex), m_destroyedOff(destroyedOff)
    {
        note();
    }
    ~ThreadNotingSource() override { m_destroyedOff = QThread::currentThread() != m_creator; }
    Result<void> open(const QString &) override { return note(), Result<void>(); }
    Result<qint64> countRemaining() override { return note(), qint64(m_total); }
    Result<int> next(std::vector<Change> &out, int max) override
    {
        note();
        if (++m_batches == m_failAt)
            return makeError(ErrorCode::SourceUnreadable, QStringLiteral("batch %1 is unreadable").arg(m_batches));
        if (out.size() < std::size_t(max))
            out.resize(std::size_t(max));
        int n = 0;
        while (n < max && m_done < m_total) {
            out[std::size_t(n)] = Change();
            out[std::size_t(n)].key.parts = {Value::fromInt(++m_done)};
            ++n;
        }
        return n;
    }
    QString position() const override { return QString::number(m_done); }
    Result<QString> positionAt(const QDateTime &) override { return QString(); }
    bool snapshotOnly() const override { return false; }
    void interrupt() override { }
    void close() override { note(); }

private:
    void note()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_creator)
            m_creator = QThread::currentThread();
        m_threads.insert(QThread::currentThread());
    }
    int m_total, m_failAt, m_batches = 0, m_done = 0;
    std::set<QThread *> &m_threads;
    std::mutex &m_mutex;
    bool &m_destroyedOff;
    QThread *m_creator = nullptr;
};

} // namespace

// The runner reads a polled source through SourceReader: every call on one thread that is not the
// runner's, batches handed over in order with the position after each, a failed read handed
// over as such and nothing read after it, and the source destroyed where it was created.
void TestSync::sourceIsReadAheadOnOneThread()
{
    for (const int failAt : {0, 3}) {
        std::set<QThread *> threads;
        std::mutex mutex;
        bool destroyedElsewhere = true;
        {
            SourceReader reader(2);
            QVERIFY(reader.create([&]() -> Result<std::unique_ptr<Source>> {
                return std::unique_ptr<Source>(std::make_unique<ThreadNotingSource>(25, failAt, threads, mutex,
                                                                                    destroyedElsewhere));
            }).ok());
            reader.call([&] { QVERIFY(reader.source()->open(QString()).ok()); });
            std::atomic<int> prepared{0};
            reader.setPrepare([&](SourceReader::Batch &b) { prepared += b.count; });
            reader.start(10);
            qint64 seen = 0;
            while (true) {
                SourceReader::Batch b = reader.take();
                if (b.failed) {
                    QCOMPARE(failAt, 3);
                    QCOMPARE(b.error.code, ErrorCode::SourceUnreadable);
                    QCOMPARE(seen, 20);
                    break;
                }
                if (b.count == 0) {
                    QCOMPARE(failAt, 0);
                    QCOMPARE(b.position, QStringLiteral("25"));
                    break;
                }
                for (int i = 0; i < b.count; ++i)
                    QCOMPARE(b.changes[std::size_t(i)].key.parts.front().intValue(), ++seen);
                QCOMPARE(b.position, QString::number(seen));
                reader.recycle(std::move(b));
            }
            QVERIFY(reader.take().failed); // nothing more after the end or a failure
            QCOMPARE(prepared.load(), failAt ? 20 : 25);
            reader.stop();
            reader.call([&] { reader.source()->close(); });
        }
        QCOMPARE(int(threads.size()), 1);
        QVERIFY(*threads.begin() != QThread::currentThread());
        QVERIFY(!destroyedElsewhere);
    }
}

#include "tst_sync.moc"
