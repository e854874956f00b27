// MySQL/MariaDB as a source (watermark polling in one consistent snapshot) and as a sink (batched
// ON DUPLICATE KEY UPDATE upserts), against a real MariaDB server this test starts
// (tests/mariadbserver.h).

#include "connectors/connector.h"
#include "connectors/mysql/mysink.h"
#include "followsupport.h"
#include "mariadbserver.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

QByteArray workspaceYaml(int port, int batchSize)
{
    const QByteArray batch = QByteArray::number(batchSize);
    return "name: mysql test\n"
           "systems:\n"
           "  crm: { kind: sqlite, path: crm.sqlite }\n"
           "  erp: { kind: mariadb, host: 127.0.0.1, port: "
        + QByteArray::number(port)
        + ", database: erp, user: concord, password: 'env:CONCORD_TEST_MY_PW', timeout: 5s }\n"
          "datasets:\n"
          "  crm.items:\n"
          "    key: [id]\n"
          "    version: updated_at\n"
          "    soft_delete: deleted\n"
          "    fields:\n"
          "      id: int\n"
          "      name: string\n"
          "      amount: { type: 'decimal(10,2)' }\n"
          "      updated_at: timestamp\n"
          "      deleted: int\n"
          "  erp.copy:\n"
          "    key: [item_id]\n"
          "    fields:\n"
          "      item_id: int\n"
          "      name: string\n"
          "      amount: { type: 'decimal(10,2)' }\n"
          "      updated_at: timestamp\n"
          "  erp.orders:\n"
          "    key: [id]\n"
          "    version: changed_at\n"
          "    fields:\n"
          "      id: int\n"
          "      customer: string\n"
          "      total: { type: 'decimal(12,2)' }\n"
          "      paid: bool\n"
          "      due: date\n"
          "      attrs: json\n"
          "      changed_at: timestamp\n"
          "  erp.orders_live:\n"
          "    table: orders\n"
          "    key: [id]\n"
          "    capture: binlog\n"
          "    fields:\n"
          "      id: int\n"
          "      customer: string\n"
          "      total: { type: 'decimal(12,2)' }\n"
          "      paid: bool\n"
          "      due: date\n"
          "      attrs: json\n"
          "      changed_at: timestamp\n"
          "  crm.orders:\n"
          "    key: [id]\n"
          "    fields:\n"
          "      id: int\n"
          "      customer: string\n"
          "      total: { type: 'decimal(12,2)' }\n"
          "      paid: bool\n"
          "      due: date\n"
          "      attrs: json\n"
          "      changed_at: timestamp\n"
          "pipelines:\n"
          "  items:\n"
          "    source: crm.items\n"
          "    target: erp.copy\n"
          "    mapping: mappings/items.yaml\n"
          "    batch_size: " + batch + "\n"
          "  orders_live:\n"
          "    source: erp.orders_live\n"
          "    target: crm.orders\n"
          "    mode: realtime\n"
          "    mapping: mappings/orders_live.yaml\n"
          "    batch_size: " + batch + "\n"
          "  orders:\n"
          "    source: erp.orders\n"
          "    target: crm.orders\n"
          "    mapping: mappings/orders.yaml\n"
          "    batch_size: " + batch + "\n";
}

} // namespace

class TestMySql : public QObject
{
    Q_OBJECT

private:
    MariaDbServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const Workspace> m_ws;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<testsupport::Db> m_crm;

    QString my(const QString &sql)
    {
        QString out;
        const QString err = m_server.rootSql(sql, &out, QStringLiteral("erp"));
        if (!err.isEmpty())
            qFatal("mariadb: %s: %s", qPrintable(sql), qPrintable(err));
        return out;
    }

    void load(int batchSize)
    {
        testsupport::writeFile(m_dir->filePath(QStringLiteral("workspace.yaml")), workspaceYaml(m_server.port(), batchSize));
        const WorkspaceLoad load = WorkspaceLoader::load(m_dir->path());
        QVERIFY2(load.ok(), load.ok() ? "" : qPrintable(load.errors.front().toString()));
        for (const Error &w : load.warnings)
            QVERIFY2(!w.message.contains(QLatin1String("mariadb")), qPrintable(w.message));
        m_ws = load.workspace;
        m_store = std::make_unique<StateStore>();
        QVERIFY(m_store->open(m_ws->stateStorePath()).ok());
    }

    RunResult run(const QString &pipeline, RunOptions options = {})
    {
        PipelineRunner runner(m_ws, m_store.get());
        std::atomic<bool> cancel{false};
        return runner.run(pipeline, options, cancel);
    }

private slots:
    void initTestCase()
    {
        qputenv("CONCORD_TEST_MY_PW", MariaDbServer::password().toUtf8());
        const QString error = m_server.start();
        if (!error.isEmpty()) {
            if (MariaDbServer::required() || !MariaDbServer::serverBinary().isEmpty())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        QCOMPARE(m_server.rootSql(QStringLiteral("CREATE DATABASE erp CHARACTER SET utf8mb4")), QString());
    }

    void init()
    {
        m_crm.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_crm = std::make_unique<testsupport::Db>(m_dir->filePath(QStringLiteral("crm.sqlite")));
        m_crm->exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, amount TEXT, updated_at TEXT, "
                                   "deleted INTEGER DEFAULT 0)"));
        m_crm->exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, total TEXT, paid INTEGER, "
                                   "due TEXT, attrs TEXT, changed_at TEXT)"));
        my(QStringLiteral("DROP TABLE IF EXISTS copy, orders; "
                          "CREATE TABLE copy (item_id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL, amount DECIMAL(10,2), "
                          "updated_at DATETIME(6), CONSTRAINT no_forbidden CHECK (name <> 'forbidden')) ENGINE=InnoDB; "
                          "CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(100), total DECIMAL(12,2), paid BOOLEAN, "
                          "due DATE, attrs JSON, changed_at DATETIME(6), KEY (changed_at, id)) ENGINE=InnoDB"));
        testsupport::writeFile(m_dir->filePath(QStringLiteral("mappings/items.yaml")),
                               "source: crm.items\n"
                               "target: erp.copy\n"
                               "fields:\n"
                               "  item_id: { from: id }\n"
                               "  name: { from: name, transform: [trim] }\n"
                               "  amount: { from: amount }\n"
                               "  updated_at: { from: updated_at }\n");
        testsupport::writeFile(m_dir->filePath(QStringLiteral("mappings/orders.yaml")),
                               "source: erp.orders\n"
                               "target: crm.orders\n"
                               "fields:\n"
                               "  id: { from: id }\n"
                               "  customer: { from: customer }\n"
                               "  total: { from: total }\n"
                               "  paid: { from: paid }\n"
                               "  due: { from: due }\n"
                               "  attrs: { from: attrs }\n"
                               "  changed_at: { from: changed_at }\n");
        testsupport::writeFile(m_dir->filePath(QStringLiteral("mappings/orders_live.yaml")),
                               "source: erp.orders_live\n"
                               "target: crm.orders\n"
                               "fields:\n"
                               "  id: { from: id }\n"
                               "  customer: { from: customer }\n"
                               "  total: { from: total }\n"
                               "  paid: { from: paid }\n"
                               "  due: { from: due }\n"
                               "  attrs: { from: attrs }\n"
                               "  changed_at: { from: changed_at }\n");
        load(100);
    }

    void cleanup()
    {
        m_store.reset();
        m_crm.reset();
        m_dir.reset();
    }

    void sinkUpsertsByKey()
    {
        for (int i = 1; i <= 250; ++i)
            m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (?, ?, ?, ?)"),
                        {i, QStringLiteral(" item %1 ").arg(i), QStringLiteral("%1.50").arg(i),
                         QStringLiteral("2026-01-01T10:00:%1.123456Z").arg(i % 60, 2, 10, QLatin1Char('0'))});
        RunResult r = run(QStringLiteral("items"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 250);
        QCOMPARE(my(QStringLiteral("SELECT COUNT(*) FROM copy")), QStringLiteral("250"));
        QCOMPARE(my(QStringLiteral("SELECT CONCAT(name, '|', amount, '|', updated_at) FROM copy WHERE item_id = 7")),
                 QStringLiteral("item 7|7.50|2026-01-01 10:00:07.123456"));

        RunOptions full;
        full.full = true;
        r = run(QStringLiteral("items"), full);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.updated, 0);

        m_crm->exec(QStringLiteral("UPDATE items SET amount = '99.99', updated_at = '2026-01-02T00:00:00Z' WHERE id IN (3, 4)"));
        m_crm->exec(QStringLiteral("UPDATE items SET deleted = 1, updated_at = '2026-01-02T00:00:01Z' WHERE id = 5"));
        r = run(QStringLiteral("items"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.updated, 2);
        QCOMPARE(r.deleted, 1);
        QCOMPARE(my(QStringLiteral("SELECT GROUP_CONCAT(amount ORDER BY item_id) FROM copy WHERE item_id IN (3, 4)")),
                 QStringLiteral("99.99,99.99"));
        QCOMPARE(my(QStringLiteral("SELECT COUNT(*) FROM copy WHERE item_id = 5")), QStringLiteral("0"));
    }

    // A NOT NULL, a CHECK constraint and a value too long for its column: each record is
    // dead-lettered with its code, the rest of the batch written.
    void rejectedRecordDoesNotStopTheBatch()
    {
        for (int i = 1; i <= 40; ++i) {
            QVariant name = QStringLiteral("n%1").arg(i);
            if (i == 17)
                name = QStringLiteral("forbidden");
            else if (i == 23)
                name = QVariant();
            else if (i == 31)
                name = QString(40, QLatin1Char('x'));
            m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (?, ?, ?, ?)"),
                        {i, name, QStringLiteral("1.00"), QStringLiteral("2026-01-01T10:00:00Z")});
        }
        const RunResult r = run(QStringLiteral("items"));
        QCOMPARE(r.status, QStringLiteral("partial"));
        QCOMPARE(r.inserted, 37);
        QCOMPARE(r.failed, 3);
        QCOMPARE(my(QStringLiteral("SELECT COUNT(*) FROM copy")), QStringLiteral("37"));
        DeadLetterFilter filter;
        filter.pipeline = QStringLiteral("items");
        const auto letters = m_store->deadLetters(filter);
        QVERIFY(letters.ok());
        QCOMPARE(letters->size(), 3);
        QStringList codes;
        for (const DeadLetterRecord &d : *letters) {
            codes.append(d.key + QLatin1Char('=') + d.errorCode);
            QVERIFY2(d.errorMessage.startsWith(QLatin1String("copy refused the record: ")), qPrintable(d.errorMessage));
            QVERIFY2(!d.errorMessage.contains(QLatin1String("INSERT")), qPrintable(d.errorMessage));
        }
        codes.sort();
        QCOMPARE(codes, QStringList({QStringLiteral("17=TARGET_REJECTED"), QStringLiteral("23=TARGET_REJECTED"),
                                     QStringLiteral("31=TYPE_MISMATCH")}));
    }

    void sourceReadsIncrementally()
    {
        my(QStringLiteral("INSERT INTO orders SELECT seq, CONCAT('customer ', seq), seq * 10.25, seq % 2 = 0, "
                          "DATE '2026-03-01' + INTERVAL seq DAY, JSON_OBJECT('n', seq), "
                          "TIMESTAMP '2026-01-01 00:00:00.123456' + INTERVAL (seq DIV 3) SECOND FROM seq_1_to_1000"));
        RunResult r = run(QStringLiteral("orders"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 1000);
        QCOMPARE(r.inserted, 1000);
        const QStringList row = m_crm->rows(QStringLiteral("SELECT customer, total, paid, due, changed_at FROM orders WHERE id = 4")).value(0);
        QCOMPARE(row, QStringList({QStringLiteral("customer 4"), QStringLiteral("41.00"), QStringLiteral("1"),
                                   QStringLiteral("2026-03-05"), QStringLiteral("2026-01-01 00:00:01.123456")}));
        const auto checkpoint = m_store->checkpoint(QStringLiteral("orders"));
        QVERIFY(checkpoint.ok());
        QVERIFY2(checkpoint->contains(QLatin1String("00:05:33.123456")), qPrintable(*checkpoint));

        r = run(QStringLiteral("orders"));
        QCOMPARE(r.inserted + r.updated, 0);
        QVERIFY(r.read <= 3);

        my(QStringLiteral("INSERT INTO orders VALUES (0, 'late', 1, false, NULL, NULL, '2026-01-01 00:05:33.123456')"));
        my(QStringLiteral("UPDATE orders SET total = 1, changed_at = '2026-02-01 00:00:00' WHERE id = 10"));
        r = run(QStringLiteral("orders"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 1);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer FROM orders WHERE id = 0")).value(0).value(0), QStringLiteral("late"));
    }

    // Key-set pages of 7 rows inside one snapshot: rows sharing a version are neither missed nor
    // repeated, and a backfill from a time reads only what changed since.
    void smallBatchesAndBackfill()
    {
        load(7);
        my(QStringLiteral("INSERT INTO orders SELECT seq, CONCAT('c', seq), seq, true, NULL, NULL, "
                          "TIMESTAMP '2026-01-01 00:00:00' + INTERVAL (seq DIV 4) HOUR FROM seq_1_to_100"));
        RunResult r = run(QStringLiteral("orders"));
        QCOMPARE(r.read, 100);
        QCOMPARE(r.inserted, 100);
        QCOMPARE(m_crm->count(QStringLiteral("orders")), 100);
        RunOptions from;
        from.from = QDateTime(QDate(2026, 1, 1), QTime(20, 0), Qt::LocalTime); // seq DIV 4 >= 20: seq 80..100
        r = run(QStringLiteral("orders"), from);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 21);
    }

    void dryRunPlansWithoutWriting()
    {
        m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (1, 'a', '1', '2026-01-01T00:00:00Z')"));
        m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (2, 'b', '2', '2026-01-01T00:00:00Z')"));
        my(QStringLiteral("INSERT INTO copy VALUES (1, 'a', 1, '2026-01-01 00:00:00')"));
        RunOptions dry;
        dry.dryRun = true;
        const RunResult r = run(QStringLiteral("items"), dry);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 0);
        QCOMPARE(my(QStringLiteral("SELECT COUNT(*) FROM copy")), QStringLiteral("1"));
    }

    // Binary-log capture: the first run starts at the log's current end; inserts, updates, a key
    // change and deletes arrive a committed transaction at a time through the outbox, exactly;
    // the position after the last commit is the checkpoint, and a second run reads nothing.
    void binlogCapture()
    {
        my(QStringLiteral("INSERT INTO orders VALUES (1000, 'before capture', 1, true, NULL, NULL, NOW(6))"));
        RunResult r = run(QStringLiteral("orders_live"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 0);
        const auto first = m_store->checkpoint(QStringLiteral("orders_live"));
        QVERIFY2(first.ok() && first->contains(QLatin1String("binlog.")), first.ok() ? qPrintable(*first) : "");

        my(QStringLiteral("INSERT INTO orders SELECT seq, CONCAT('c', seq), 1234567890.12 + seq, seq % 2 = 0, DATE '2026-01-01', "
                          "JSON_OBJECT('k', seq), TIMESTAMP '2026-01-01 00:00:00.654321' FROM seq_1_to_250"));
        my(QStringLiteral("UPDATE orders SET customer = 'renamed', paid = NULL WHERE id IN (3, 4, 5)"));
        my(QStringLiteral("UPDATE orders SET id = 9000 WHERE id = 6"));
        my(QStringLiteral("DELETE FROM orders WHERE id IN (7, 8)"));
        my(QStringLiteral("START TRANSACTION; INSERT INTO orders VALUES (-5, 'negative', -1.5, false, NULL, NULL, NULL); COMMIT"));
        r = run(QStringLiteral("orders_live"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 250 + 3 + 2 + 2 + 1);
        QCOMPARE(m_crm->count(QStringLiteral("orders")), 249);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer, total, paid FROM orders WHERE id = 4")),
                 QList<QStringList>({{QStringLiteral("renamed"), QStringLiteral("1234567894.12"), QStringLiteral("NULL")}}));
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer, changed_at FROM orders WHERE id = 9000")),
                 QList<QStringList>({{QStringLiteral("c6"), QStringLiteral("2026-01-01 00:00:00.654321")}}));
        QCOMPARE(m_crm->count(QStringLiteral("orders WHERE id IN (6, 7, 8)")), 0);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT total FROM orders WHERE id = -5")).value(0).value(0), QStringLiteral("-1.50"));
        const auto after = m_store->checkpoint(QStringLiteral("orders_live"));
        QVERIFY(after.ok() && *after != *first);

        r = run(QStringLiteral("orders_live"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 0);
    }

    // Followed as serve follows a real-time pipeline: the dump starts over where it ended each
    // time the log has been read, so later commits arrive within the same run.
    void followedBinlog()
    {
        QCOMPARE(run(QStringLiteral("orders_live")).status, QStringLiteral("succeeded")); // from the log's end
        testsupport::FollowedRun follow(m_ws, QStringLiteral("orders_live"));
        for (int wave = 0; wave < 3; ++wave) {
            my(QStringLiteral("INSERT INTO orders SELECT seq, CONCAT('w', seq), seq, true, NULL, NULL, NOW(6) FROM seq_%1_to_%2")
                   .arg(wave * 10 + 1)
                   .arg(wave * 10 + 10));
            QTRY_COMPARE_WITH_TIMEOUT(m_crm->count(QStringLiteral("orders")), qint64((wave + 1) * 10), 10000);
        }
        my(QStringLiteral("UPDATE orders SET customer = 'late' WHERE id = 5"));
        QTRY_COMPARE_WITH_TIMEOUT(m_crm->rows(QStringLiteral("SELECT customer FROM orders WHERE id = 5")).value(0).value(0),
                                  QStringLiteral("late"), 10000);
        const RunResult r = follow.stop();
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 31);
        QCOMPARE(run(QStringLiteral("orders_live")).read, 0);
    }

    void binlogNeedsRowFormat()
    {
        my(QStringLiteral("SET GLOBAL binlog_format = 'STATEMENT'"));
        const RunResult r = run(QStringLiteral("orders_live"));
        my(QStringLiteral("SET GLOBAL binlog_format = 'ROW'"));
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.error.code, ErrorCode::ConfigInvalid);
        QVERIFY2(r.error.message.contains(QLatin1String("binlog_format")), qPrintable(r.error.message));
    }

    void clearErrors()
    {
        my(QStringLiteral("DROP TABLE copy; CREATE TABLE copy (item_id BIGINT, name TEXT, amount DECIMAL(10,2), updated_at DATETIME(6))"));
        m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (1, 'a', '1', '2026-01-01T00:00:00Z')"));
        RunResult r = run(QStringLiteral("items"));
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.error.code, ErrorCode::ConfigInvalid);
        QVERIFY2(r.error.message.contains(QLatin1String("no primary key or unique index")), qPrintable(r.error.message));

        my(QStringLiteral("DROP TABLE copy; CREATE TABLE copy (item_id BIGINT PRIMARY KEY, name TEXT)"));
        r = run(QStringLiteral("items"));
        QCOMPARE(r.error.code, ErrorCode::SchemaDrift);
        QVERIFY2(r.error.message.contains(QLatin1String("amount")), qPrintable(r.error.message));

        SystemDef down = m_ws->systems.value(QStringLiteral("erp"));
        down.port = 1;
        MyConnection conn;
        const auto opened = conn.open(down, QStringLiteral("test"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::ConnectionRefused);
        QVERIFY(!opened.error().message.contains(MariaDbServer::password()));
    }
};

QTEST_GUILESS_MAIN(TestMySql)
#include "tst_mysql.moc"
