// PostgreSQL as a source (watermark polling through a cursor) and as a sink (multi-row upserts),
// against a real server this test starts (tests/pgserver.h).

#include "connectors/connector.h"
#include "consistency/compareplan.h"
#include "consistency/consistencycheck.h"
#include "consistency/differ.h"
#include "consistency/repair.h"
#include "consistency/sides.h"
#include "connectors/postgres/pglogical.h"
#include "connectors/postgres/pgsink.h"
#include "followsupport.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "pgserver.h"
#include "workspace/workspaceloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace concord;

namespace {

QByteArray workspaceYaml(int port, int batchSize)
{
    return "name: postgres test\n"
           "systems:\n"
           "  crm: { kind: sqlite, path: crm.sqlite }\n"
           "  wms: { kind: postgres, host: 127.0.0.1, port: "
        + QByteArray::number(port)
        + ", database: wms, user: concord, schema: sync, timeout: 5s, options: { sslmode: disable } }\n"
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
          "  wms.copy:\n"
          "    key: [item_id]\n"
          "    fields:\n"
          "      item_id: int\n"
          "      name: string\n"
          "      amount: { type: 'decimal(10,2)' }\n"
          "      updated_at: timestamp\n"
          "  wms.orders:\n"
          "    table: sync.orders\n"
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
          "  wms.orders_live:\n"
          "    table: sync.orders\n"
          "    key: [id]\n"
          "    capture: logical\n"
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
          "  crm.codes:\n"
          "    key: [code]\n"
          "    fields: { code: string, label: string }\n"
          "  wms.codes:\n"
          "    table: sync.codes\n"
          "    key: [code]\n"
          "    fields: { code: string, label: string }\n"
          "pipelines:\n"
          "  codes:\n"
          "    source: crm.codes\n"
          "    target: wms.codes\n"
          "    mapping: mappings/codes.yaml\n"
          "    consistency: { segment_rows: 256, leaf_rows: 16 }\n"
          "  items:\n"
          "    source: crm.items\n"
          "    target: wms.copy\n"
          "    mapping: mappings/items.yaml\n"
          "    consistency:\n"
          "      segment_rows: 256\n"
          "      leaf_rows: 16\n"
          "      fields:\n"
          "        name: { trim: true }\n"
          "        updated_at: { precision: second }\n"
          "    batch_size: "
        + QByteArray::number(batchSize)
        + "\n"
          "  orders_live:\n"
          "    source: wms.orders_live\n"
          "    target: crm.orders\n"
          "    mode: realtime\n"
          "    mapping: mappings/orders_live.yaml\n"
          "    batch_size: "
        + QByteArray::number(batchSize)
        + "\n"
          "  orders:\n"
          "    source: wms.orders\n"
          "    target: crm.orders\n"
          "    mapping: mappings/orders.yaml\n"
          "    batch_size: "
        + QByteArray::number(batchSize) + "\n";
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    PgServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const Workspace> m_ws;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<testsupport::Db> m_crm;

    QString pg(const QString &sql)
    {
        QString out;
        const QString err = m_server.psql(QStringLiteral("wms"), sql, &out);
        if (!err.isEmpty())
            qFatal("psql: %s: %s", qPrintable(sql), qPrintable(err));
        return out;
    }

    void load(int batchSize)
    {
        testsupport::writeFile(m_dir->filePath(QStringLiteral("workspace.yaml")), workspaceYaml(m_server.port(), batchSize));
        const WorkspaceLoad load = WorkspaceLoader::load(m_dir->path());
        QVERIFY2(load.ok(), load.ok() ? "" : qPrintable(load.errors.front().toString()));
        for (const Error &w : load.warnings)
            QVERIFY2(!w.message.contains(QLatin1String("postgres")), qPrintable(w.message));
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
        const QString error = m_server.start();
        if (!error.isEmpty()) {
            if (PgServer::required() || !PgServer::binDir().isEmpty())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        QCOMPARE(m_server.createDatabase(QStringLiteral("wms")), QString());
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
        pg(QStringLiteral("DROP SCHEMA IF EXISTS sync CASCADE; CREATE SCHEMA sync; "
                          "CREATE TABLE sync.copy (item_id bigint PRIMARY KEY, name text NOT NULL CHECK (name <> 'forbidden'), "
                          "amount numeric(10,2), updated_at timestamptz); "
                          "CREATE TABLE sync.orders (id integer PRIMARY KEY, customer text, total numeric(12,2), paid boolean, "
                          "due date, attrs jsonb, changed_at timestamptz)"));
        testsupport::writeFile(m_dir->filePath(QStringLiteral("mappings/items.yaml")),
                               "source: crm.items\n"
                               "target: wms.copy\n"
                               "fields:\n"
                               "  item_id: { from: id }\n"
                               "  name: { from: name, transform: [trim] }\n"
                               "  amount: { from: amount }\n"
                               "  updated_at: { from: updated_at }\n");
        m_crm->exec(QStringLiteral("CREATE TABLE codes (code TEXT PRIMARY KEY, label TEXT)"));
        pg(QStringLiteral("CREATE TABLE sync.codes (code text COLLATE \"und-x-icu\" PRIMARY KEY, label text)"));
        testsupport::writeFile(m_dir->filePath(QStringLiteral("mappings/codes.yaml")),
                               "source: crm.codes\ntarget: wms.codes\nfields:\n  code: { from: code }\n"
                               "  label: { from: label }\n");
        testsupport::writeFile(m_dir->filePath(QStringLiteral("mappings/orders.yaml")),
                               "source: wms.orders\n"
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
                               "source: wms.orders_live\n"
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

    // SQLite -> PostgreSQL: inserts, then nothing to do, then updates and a soft delete; every
    // outcome counted per row from the server's own answer.
    void sinkUpsertsByKey()
    {
        for (int i = 1; i <= 250; ++i)
            m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (?, ?, ?, ?)"),
                        {i, QStringLiteral(" item %1 ").arg(i), QStringLiteral("%1.50").arg(i),
                         QStringLiteral("2026-01-01T10:00:%1Z").arg(i % 60, 2, 10, QLatin1Char('0'))});
        RunResult r = run(QStringLiteral("items"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 250);
        QCOMPARE(pg(QStringLiteral("SELECT count(*) FROM sync.copy")), QStringLiteral("250"));
        QCOMPARE(pg(QStringLiteral("SELECT name || '|' || amount::text || '|' || updated_at::text FROM sync.copy WHERE item_id = 7")),
                 QStringLiteral("item 7|7.50|2026-01-01 10:00:07+00"));

        // Again from the start: every row is there already and unchanged.
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
        QCOMPARE(pg(QStringLiteral("SELECT string_agg(amount::text, ',' ORDER BY item_id) FROM sync.copy WHERE item_id IN (3, 4)")),
                 QStringLiteral("99.99,99.99"));
        QCOMPARE(pg(QStringLiteral("SELECT count(*) FROM sync.copy WHERE item_id = 5")), QStringLiteral("0"));
    }

    // Batches of 200 rows and more go through COPY: straight into the table while the keys are new
    // (a bulk load), through a stage table with per-row outcomes once a key exists, and row by row
    // when the server refuses a record's data.
    void bulkBatchesGoThroughCopy()
    {
        load(1000);
        const auto item = [this](int i, const QString &name, const QString &amount, const QString &at) {
            m_crm->exec(QStringLiteral("INSERT OR REPLACE INTO items (id, name, amount, updated_at) VALUES (?, ?, ?, ?)"),
                        {i, name, amount, at});
        };
        for (int i = 1; i <= 1200; ++i)
            item(i, QStringLiteral("n%1").arg(i), QStringLiteral("%1.25").arg(i), QStringLiteral("2026-01-01T10:00:00Z"));
        RunResult r = run(QStringLiteral("items"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 1200);
        QCOMPARE(pg(QStringLiteral("SELECT name || '|' || amount::text || '|' || updated_at::text FROM sync.copy WHERE item_id = 1199")),
                 QStringLiteral("n1199|1199.25|2026-01-01 10:00:00+00"));

        // 300 changed, 300 new, the rest as they were: the first COPY meets existing keys, so the
        // batch is upserted through the stage.
        for (int i = 1; i <= 300; ++i)
            item(i, QStringLiteral("changed %1").arg(i), QStringLiteral("%1.25").arg(i), QStringLiteral("2026-01-02T10:00:00Z"));
        for (int i = 1201; i <= 1500; ++i)
            item(i, QStringLiteral("n%1").arg(i), QStringLiteral("1.00"), QStringLiteral("2026-01-02T10:00:00Z"));
        RunOptions full;
        full.full = true;
        r = run(QStringLiteral("items"), full);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 300);
        QCOMPARE(r.updated, 300);
        QCOMPARE(pg(QStringLiteral("SELECT count(*) FROM sync.copy")), QStringLiteral("1500"));
        QCOMPARE(pg(QStringLiteral("SELECT name FROM sync.copy WHERE item_id = 300")), QStringLiteral("changed 300"));

        // One refused record among 250 new ones: dead-lettered alone.
        for (int i = 1501; i <= 1750; ++i)
            item(i, i == 1600 ? QStringLiteral("forbidden") : QStringLiteral("n%1").arg(i), QStringLiteral("2.00"),
                 QStringLiteral("2026-01-03T10:00:00Z"));
        r = run(QStringLiteral("items"));
        QCOMPARE(r.status, QStringLiteral("partial"));
        QCOMPARE(r.inserted, 249);
        QCOMPARE(r.failed, 1);
        QCOMPARE(pg(QStringLiteral("SELECT count(*) FROM sync.copy")), QStringLiteral("1749"));
    }

    // COPY's binary format (every value of a batch with a binary form for its column) must leave
    // exactly the rows the text format does: the same records written one at a time, as text
    // parameters, into a twin table compare equal column by column, for every type with a binary
    // form here and the values where the two could part (offsets, typmods, dates before 2000,
    // non-ASCII text, numbers into text columns). A batch with a value that has no binary form (a
    // string into an integer column) is sent as text, where the server judges it.
    void binaryCopyWritesWhatTextWould()
    {
        const QString columns = QStringLiteral(
            "(id bigint PRIMARY KEY, i2 smallint, i4 integer, n numeric(20,4), nfree numeric, f8 double precision, "
            "f4 real, t text, vc varchar(12), bp char(5), b boolean, d date, ts timestamp, ts3 timestamp(3), "
            "tz timestamptz, j json, jb jsonb, u uuid)");
        pg(QStringLiteral("CREATE TABLE sync.types_bulk %1; CREATE TABLE sync.types_each %1").arg(columns));
        const QStringList names{QStringLiteral("id"), QStringLiteral("i2"), QStringLiteral("i4"), QStringLiteral("n"),
                                QStringLiteral("nfree"), QStringLiteral("f8"), QStringLiteral("f4"), QStringLiteral("t"),
                                QStringLiteral("vc"), QStringLiteral("bp"), QStringLiteral("b"), QStringLiteral("d"),
                                QStringLiteral("ts"), QStringLiteral("ts3"), QStringLiteral("tz"), QStringLiteral("j"),
                                QStringLiteral("jb"), QStringLiteral("u")};
        const auto dec = [](const char *text) { return Value::fromDecimal(*Decimal::parse(QString::fromLatin1(text))); };
        const auto ts = [](const char *text) { return Value::fromTimestamp(*Timestamp::parse(QString::fromLatin1(text))); };
        const std::vector<Value> numbers{dec("0"), dec("-0.0001"), dec("12345678901234.5678"), dec("-99.5"), dec("0.00005"),
                                         Value::fromInt(-42), dec("9999999999999999.9999"), Value(), dec("1e3"),
                                         dec("0.10000")};
        const std::vector<Value> wide{dec("12345678901234567890.123456789012345678"), dec("-0.000000000000000001"),
                                      dec("100000000"), Value::fromInt(std::numeric_limits<qint64>::min()), dec("0.5"),
                                      dec("-10000.0001"), Value()};
        const std::vector<Value> floats{dec("0.1"), dec("-1e-5"), Value::fromInt(16777217), dec("3.141592653589793238"),
                                        Value(), dec("1e30")};
        const std::vector<Value> texts{Value::fromString(QStringLiteral("plain")),
                                       Value::fromString(QStringLiteral("客户名称 —— 华东")),
                                       Value::fromString(QStringLiteral("tab\there\nnew line \\ back")),
                                       Value::fromString(QString()), Value::fromInt(7), dec("-1.50"),
                                       ts("2026-01-02T01:30:00+08:00"), Value::fromDate(QDate(1999, 12, 31)),
                                       Value::fromBool(true), Value::fromJsonText(QStringLiteral("{\"a\": 1}")), Value()};
        const std::vector<Value> dates{Value::fromDate(QDate(1999, 12, 31)), Value::fromDate(QDate(2000, 1, 1)),
                                       Value::fromDate(QDate(1, 1, 1)), Value::fromDate(QDate(9999, 12, 31)),
                                       ts("2026-01-02T01:30:00+08:00"), ts("2024-05-20 23:59:59.999999"), Value()};
        const std::vector<Value> times{ts("2024-05-20 10:00:00.123456"), ts("2026-01-02T01:30:00+08:00"),
                                       ts("1969-12-31T23:59:59.5Z"), ts("2026-03-01T08:00:00-05:30"),
                                       Value::fromDate(QDate(1970, 1, 1)), ts("1900-02-28T12:00:00.000001Z"), Value()};
        const std::vector<Value> json{Value::fromJsonText(QStringLiteral("{\"b\": 1,  \"a\": [1, 2.50]}")),
                                      Value::fromString(QStringLiteral("\"text\"")), Value::fromInt(12),
                                      Value::fromJsonText(QStringLiteral("[\"华东\", null, true]")), Value()};
        const std::vector<Value> uuids{Value::fromString(QStringLiteral("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")),
                                       Value::fromString(QStringLiteral("A0EEBC999C0B4EF8BB6D6BB9BD380A12")), Value()};
        const auto pick = [](const std::vector<Value> &v, int i) { return v[std::size_t(i) % v.size()]; };
        const auto makeRows = [&](int first, int count) {
            std::vector<Record> rows;
            rows.resize(std::size_t(count));
            for (int k = 0; k < count; ++k) {
                const int i = first + k;
                rows[std::size_t(k)].values = {
                    Value::fromInt(i),
                    i % 9 == 0 ? Value() : Value::fromInt((i * 37) % 65535 - 32767),
                    Value::fromInt(qint64(i) * 1000003 - 150000000),
                    pick(numbers, i), pick(wide, i), pick(floats, i), pick(floats, i + 1), pick(texts, i),
                    Value::fromString(i % 2 ? QStringLiteral("短文本%1").arg(i % 100) : QStringLiteral("v%1").arg(i)),
                    Value::fromString(i % 3 ? QStringLiteral("ab") : QString()),
                    i % 5 == 0 ? Value() : Value::fromBool(i % 2 == 0),
                    pick(dates, i), pick(times, i), pick(times, i + 1), pick(times, i + 2), pick(json, i),
                    pick(json, i + 1), pick(uuids, i)};
            }
            return rows;
        };
        std::vector<int> key{0};
        const auto sinkFor = [&](const char *table) {
            DatasetDef d = m_ws->datasets.value(QStringLiteral("wms.copy"));
            d.id = QStringLiteral("wms.") + QLatin1String(table);
            d.table = QStringLiteral("sync.") + QLatin1String(table);
            auto sink = createSink(*m_ws, d);
            if (!sink.ok())
                qFatal("%s", qPrintable(sink.error().message));
            if (auto r = (*sink)->open(names, key); !r.ok())
                qFatal("%s", qPrintable(r.error().message));
            return std::move(*sink);
        };
        auto bulk = sinkFor("types_bulk");
        auto each = sinkFor("types_each");
        const auto writeBoth = [&](const std::vector<Record> &rows, std::vector<WriteOutcome> &bulkOutcomes) {
            std::vector<WriteItem> items;
            for (const Record &r : rows)
                items.push_back(WriteItem{&r, false});
            QVERIFY(bulk->begin().ok());
            const auto w = bulk->write(items, bulkOutcomes);
            QVERIFY2(w.ok(), qPrintable(w.error().message));
            QVERIFY(bulk->commit().ok());
            QVERIFY(each->begin().ok());
            for (const Record &r : rows) {
                const auto o = each->upsert(r);
                QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
                QVERIFY2(o->kind == WriteOutcome::Kind::Inserted, qPrintable(o->error.message));
            }
            QVERIFY(each->commit().ok());
        };
        const QString differing = QStringLiteral(
            "SELECT count(*) || ' ' || coalesce(string_agg(coalesce(xb::text, '-') || ' <> ' || coalesce(xe::text, '-'), E'\\n'), '') "
            "FROM sync.types_bulk xb FULL JOIN sync.types_each xe USING (id) WHERE xb::text IS DISTINCT FROM xe::text");

        // 420 rows, every value with a binary form: one binary COPY.
        std::vector<WriteOutcome> outcomes;
        writeBoth(makeRows(1, 420), outcomes);
        QCOMPARE(std::count_if(outcomes.cbegin(), outcomes.cend(),
                               [](const WriteOutcome &o) { return o.kind == WriteOutcome::Kind::Inserted; }),
                 420);
        QCOMPARE(pg(QStringLiteral("SELECT count(*) FROM sync.types_bulk")), QStringLiteral("420"));
        QCOMPARE(pg(differing), QStringLiteral("0"));
        QCOMPARE(dynamic_cast<PgSink &>(*bulk).binaryCopies(), 1);
        // Spot checks against the text each value was written as.
        const auto cell = [this](const char *sql, int id) {
            return pg(QStringLiteral("SELECT %1 FROM sync.types_bulk WHERE id = %2").arg(QLatin1String(sql)).arg(id));
        };
        QCOMPARE(cell("d", 4), QStringLiteral("2026-01-02")); // the written day, not UTC's
        QCOMPARE(cell("ts", 1), QStringLiteral("2026-01-02 01:30:00")); // wall clock, offset ignored
        QCOMPARE(cell("tz || '|' || ts3 || '|' || t", 6),
                 QStringLiteral("2026-01-01 17:30:00+00|2024-05-20 10:00:00.123|2026-01-02T01:30:00+08:00"));
        QCOMPARE(cell("n || '|' || jb::text", 4), QStringLiteral("0.0001|{\"a\": [1, 2.50], \"b\": 1}"));
        QCOMPARE(cell("nfree", 3), QStringLiteral("-9223372036854775808"));
        QCOMPARE(cell("u", 1), QStringLiteral("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12"));

        // A string into the integer column: the batch goes as text, and the one value the server
        // cannot read is refused alone.
        std::vector<Record> rows = makeRows(1001, 300);
        rows[10].values[2] = Value::fromString(QStringLiteral("12345"));
        rows[20].values[2] = Value::fromString(QStringLiteral("not a number"));
        outcomes.clear();
        std::vector<WriteItem> items;
        for (const Record &r : rows)
            items.push_back(WriteItem{&r, false});
        QVERIFY(bulk->begin().ok());
        QVERIFY(bulk->write(items, outcomes).ok());
        QVERIFY(bulk->commit().ok());
        QCOMPARE(dynamic_cast<PgSink &>(*bulk).binaryCopies(), 1); // this batch went as text
        QCOMPARE(outcomes[20].kind, WriteOutcome::Kind::Rejected);
        QCOMPARE(outcomes[20].error.code, ErrorCode::TypeMismatch);
        QCOMPARE(std::count_if(outcomes.cbegin(), outcomes.cend(),
                               [](const WriteOutcome &o) { return o.kind == WriteOutcome::Kind::Inserted; }),
                 299);
        QCOMPARE(pg(QStringLiteral("SELECT i4 FROM sync.types_bulk WHERE id = 1011")), QStringLiteral("12345"));
        bulk->close();
        each->close();
    }

    // A consistency check against a PostgreSQL target: the server computes each segment's
    // checksum (row count and the sum of the rows' canonical hashes) in SQL, and they agree with
    // the source's, computed by the engine from the mapped records — an untouched copy reads
    // no row in full. Edits made behind Concord's back are then found by bisection, reading only
    // the differing leaves; a change below the compared precision is not a discrepancy.
    void consistencyChecksumsInTheDatabase()
    {
        for (int i = 1; i <= 1500; ++i)
            m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (?, ?, ?, ?)"),
                        {i, i % 7 == 0 ? QStringLiteral("客户 %1 华东").arg(i) : QStringLiteral(" item %1 ").arg(i),
                         i % 11 == 0 ? QVariant() : QVariant(QStringLiteral("%1.%2").arg(i).arg(i % 100, 2, 10, QLatin1Char('0'))),
                         QStringLiteral("2026-01-01T10:%1:%2.100000Z").arg(i / 60 % 60, 2, 10, QLatin1Char('0')).arg(i % 60, 2, 10, QLatin1Char('0'))});
        QCOMPARE(run(QStringLiteral("items")).inserted, 1500);
        std::atomic<bool> cancel{false};
        ConsistencyRun check = ConsistencyCheck(m_ws, m_store.get()).run(QStringLiteral("items"), QStringLiteral("test"),
                                                                        QStringLiteral("manual"), cancel);
        QCOMPARE(check.status, QStringLiteral("equal"));
        QCOMPARE(check.targetRows, 1500);
        QVERIFY(check.segments >= 5);
        QCOMPARE(check.segmentsDiffering, 0);
        QCOMPARE(check.rowsFetched, 0);

        pg(QStringLiteral("UPDATE sync.copy SET name = 'renamed' WHERE item_id = 10; "
                          "UPDATE sync.copy SET amount = amount + 1 WHERE item_id = 700; "
                          "UPDATE sync.copy SET updated_at = updated_at + interval '0.0005 second' WHERE item_id = 800; "
                          "UPDATE sync.copy SET name = name || '  ' WHERE item_id = 900; "
                          "DELETE FROM sync.copy WHERE item_id IN (5, 1400); "
                          "INSERT INTO sync.copy VALUES (99999, 'only here', 1.00, now())"));
        check = ConsistencyCheck(m_ws, m_store.get()).run(QStringLiteral("items"), QStringLiteral("test"),
                                                         QStringLiteral("manual"), cancel);
        QCOMPARE(check.status, QStringLiteral("different"));
        QCOMPARE(check.mismatched, 2); // 800 (under a second) and 900 (trailing spaces) are equal
        QCOMPARE(check.missing, 2);
        QCOMPARE(check.extra, 1);
        QVERIFY2(check.segmentsDiffering <= 5, qPrintable(QString::number(check.segmentsDiffering)));
        QVERIFY2(check.rowsFetched < 100, qPrintable(QString::number(check.rowsFetched)));

        // The checksums came from the server: one aggregate per segment and per bisected half.
        const auto plan = ComparePlan::build(*m_ws, QStringLiteral("items"));
        QVERIFY(plan.ok());
        QVERIFY(plan->canonicalHash);
        auto source = makeSourceSide(*plan, m_dir->filePath(QStringLiteral("crm.sqlite")));
        auto target = openTargetSide(*m_ws, *plan);
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        const auto whole = (*target)->sum(nullptr, nullptr);
        QVERIFY(whole.ok() && *whole);
        QCOMPARE((*whole)->count, 1499);
        Differ differ(*plan, *source, **target, cancel);
        int found = 0;
        const auto stats = differ.run(1500, [&](const FoundDiscrepancy &) { ++found; return Result<void>(); }, {});
        QVERIFY(stats.ok());
        QCOMPARE(found, 5);
        QVERIFY((*target)->sumsInDatabase() > stats->segments);
        target->reset();
        source.reset();

        // Repair writes the source's records back into PostgreSQL; the extra one stays, flagged.
        const RepairResult repaired = Repairer(m_ws, m_store.get()).run(QStringLiteral("items"), {}, false,
                                                                        QStringLiteral("test"), cancel);
        QVERIFY2(repaired.errorCode.isEmpty(), qPrintable(repaired.error));
        QCOMPARE(repaired.inserted, 2);
        QCOMPARE(repaired.updated, 2);
        check = ConsistencyCheck(m_ws, m_store.get()).run(QStringLiteral("items"), QStringLiteral("test"),
                                                         QStringLiteral("manual"), cancel);
        QCOMPARE(check.status, QStringLiteral("different"));
        QCOMPARE(check.discrepancies(), 1);
        QCOMPARE(check.extra, 1);
        QCOMPARE(pg(QStringLiteral("SELECT name FROM sync.copy WHERE item_id = 10")), QStringLiteral("item 10"));
    }

    // A record the server refuses (a CHECK constraint, a NOT NULL) goes to the dead letters with
    // its error code; the rest of its batch is written.
    void rejectedRecordDoesNotStopTheBatch()
    {
        for (int i = 1; i <= 40; ++i)
            m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (?, ?, ?, ?)"),
                        {i, i == 17 ? QStringLiteral("forbidden") : (i == 23 ? QVariant() : QVariant(QStringLiteral("n%1").arg(i))),
                         QStringLiteral("1.00"), QStringLiteral("2026-01-01T10:00:00Z")});
        const RunResult r = run(QStringLiteral("items"));
        QCOMPARE(r.status, QStringLiteral("partial"));
        QCOMPARE(r.inserted, 38);
        QCOMPARE(r.failed, 2);
        QCOMPARE(pg(QStringLiteral("SELECT count(*) FROM sync.copy")), QStringLiteral("38"));
        DeadLetterFilter filter;
        filter.pipeline = QStringLiteral("items");
        const auto letters = m_store->deadLetters(filter);
        QVERIFY(letters.ok());
        QCOMPARE(letters->size(), 2);
        for (const DeadLetterRecord &d : *letters) {
            QCOMPARE(d.errorCode, ErrorCode::TargetRejected);
            QVERIFY2(d.errorMessage.contains(QLatin1String("SQLSTATE 23")), qPrintable(d.errorMessage));
            // The server's words for a steward, not the statement.
            QVERIFY2(d.errorMessage.startsWith(QLatin1String("sync.copy refused the record: ")), qPrintable(d.errorMessage));
            QVERIFY2(!d.errorMessage.contains(QLatin1String("INSERT")), qPrintable(d.errorMessage));
        }
    }

    // The same key twice in one batch (a record changed twice between runs cannot happen in a
    // table, but pushed changes can): written in order, the later value wins.
    void repeatedKeyInOneBatch()
    {
        PgSink sink(m_ws->systems.value(QStringLiteral("wms")), m_ws->datasets.value(QStringLiteral("wms.copy")));
        const QStringList columns = {QStringLiteral("item_id"), QStringLiteral("name"), QStringLiteral("amount"),
                                     QStringLiteral("updated_at")};
        QVERIFY(sink.open(columns, {0}).ok());
        QVERIFY(sink.begin().ok());
        std::vector<Record> rows;
        for (const auto &[id, name] : {std::pair{1, "a"}, std::pair{2, "b"}, std::pair{1, "c"}, std::pair{3, "d"}}) {
            Record rec(4);
            rec[0] = Value::fromInt(id);
            rec[1] = Value::fromString(QString::fromLatin1(name));
            rec[2] = Value::fromDecimal(*Decimal::parse(u"1.5"));
            rows.push_back(rec);
        }
        std::vector<WriteItem> items;
        for (const Record &rec : rows)
            items.push_back(WriteItem{&rec, false});
        Record del(4);
        del[0] = Value::fromInt(2);
        items.push_back(WriteItem{&del, true});
        std::vector<WriteOutcome> outcomes;
        QVERIFY(sink.write(items, outcomes).ok());
        QVERIFY(sink.commit().ok());
        QCOMPARE(int(outcomes.size()), 5);
        QCOMPARE(outcomes[0].kind, WriteOutcome::Kind::Inserted);
        QCOMPARE(outcomes[1].kind, WriteOutcome::Kind::Inserted);
        QCOMPARE(outcomes[2].kind, WriteOutcome::Kind::Updated);
        QCOMPARE(outcomes[3].kind, WriteOutcome::Kind::Inserted);
        QCOMPARE(outcomes[4].kind, WriteOutcome::Kind::Deleted);
        QCOMPARE(pg(QStringLiteral("SELECT string_agg(item_id || '=' || name, ',' ORDER BY item_id) FROM sync.copy")),
                 QStringLiteral("1=c,3=d"));
    }

    // PostgreSQL -> SQLite: every type read as the engine's value, microsecond versions kept, a
    // late commit sharing the checkpoint's version still seen.
    void sourceReadsIncrementally()
    {
        pg(QStringLiteral("INSERT INTO sync.orders SELECT g, 'customer ' || g, g * 10.25, g % 2 = 0, DATE '2026-03-01' + g, "
                          "jsonb_build_object('n', g), TIMESTAMPTZ '2026-01-01 00:00:00.123456+00' + (g / 3) * INTERVAL '1 second' "
                          "FROM generate_series(1, 1000) g"));
        RunResult r = run(QStringLiteral("orders"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 1000);
        QCOMPARE(r.inserted, 1000);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer, total, paid, due, attrs, changed_at FROM orders WHERE id = 4")),
                 QList<QStringList>({{QStringLiteral("customer 4"), QStringLiteral("41.00"), QStringLiteral("1"),
                                      QStringLiteral("2026-03-05"), QStringLiteral("{\"n\": 4}"),
                                      QStringLiteral("2026-01-01T00:00:01.123456Z")}}));
        const auto checkpoint = m_store->checkpoint(QStringLiteral("orders"));
        QVERIFY(checkpoint.ok());
        QVERIFY2(checkpoint->contains(QLatin1String("00:05:33.123456")), qPrintable(*checkpoint));

        // Nothing new: only the boundary rows (sharing the last version) are read again.
        r = run(QStringLiteral("orders"));
        QCOMPARE(r.inserted + r.updated, 0);
        QVERIFY(r.read <= 3);

        // A row committed late with the checkpoint's own version, and a newer change.
        pg(QStringLiteral("INSERT INTO sync.orders VALUES (0, 'late', 1, false, NULL, NULL, "
                          "TIMESTAMPTZ '2026-01-01 00:05:33.123456+00')"));
        pg(QStringLiteral("UPDATE sync.orders SET total = 1, changed_at = TIMESTAMPTZ '2026-02-01 00:00:00+00' WHERE id = 10"));
        r = run(QStringLiteral("orders"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 1);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer FROM orders WHERE id = 0")).value(0).value(0), QStringLiteral("late"));
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT total FROM orders WHERE id = 10")).value(0).value(0), QStringLiteral("1.00"));
    }

    // Text keys under a linguistic collation (ICU: "b" before "B", "É" among the e's) are still
    // compared in code point order, the order of the other side: ranges and cursors say
    // COLLATE "C". Otherwise rows would fall into the wrong segments and show as missing and extra.
    void consistencyWithTextKeysInALinguisticCollation()
    {
        const QStringList prefixes{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("É"),
                                   QStringLiteral("e"), QStringLiteral("Z"), QStringLiteral("中"), QStringLiteral("_a")};
        for (int i = 0; i < 800; ++i)
            m_crm->exec(QStringLiteral("INSERT INTO codes VALUES (?, ?)"),
                        {QVariant(prefixes[i % prefixes.size()] + QString::number(i)), QStringLiteral("label %1").arg(i)});
        QCOMPARE(run(QStringLiteral("codes")).inserted, 800);
        std::atomic<bool> cancel{false};
        ConsistencyRun check = ConsistencyCheck(m_ws, m_store.get()).run(QStringLiteral("codes"), QStringLiteral("test"),
                                                                        QStringLiteral("manual"), cancel);
        QVERIFY2(check.errorCode.isEmpty(), qPrintable(check.error));
        QCOMPARE(check.status, QStringLiteral("equal"));
        QVERIFY(check.segments >= 3);
        QCOMPARE(check.rowsFetched, 0);
        pg(QStringLiteral("UPDATE sync.codes SET label = 'changed' WHERE code = 'É3'; DELETE FROM sync.codes WHERE code = 'b10'"));
        check = ConsistencyCheck(m_ws, m_store.get()).run(QStringLiteral("codes"), QStringLiteral("test"),
                                                         QStringLiteral("manual"), cancel);
        QCOMPARE(check.mismatched, 1);
        QCOMPARE(check.missing, 1);
        QCOMPARE(check.extra, 0);
    }

    // A consistency check whose source is a PostgreSQL table: read in key order through a
    // server-side cursor and mapped as a run maps it, hashed the same way as the SQLite target
    // (every type of the table: numeric, boolean, date, jsonb, timestamptz), then edits to the
    // target found.
    void consistencyFromAPostgresSource()
    {
        pg(QStringLiteral("INSERT INTO sync.orders SELECT g, 'customer ' || g, g * 10.25, g % 2 = 0, DATE '2026-03-01' + g, "
                          "jsonb_build_object('n', g), TIMESTAMPTZ '2026-01-01 00:00:00.123456+00' + g * INTERVAL '1 second' "
                          "FROM generate_series(1, 900) g"));
        QCOMPARE(run(QStringLiteral("orders")).inserted, 900);
        std::atomic<bool> cancel{false};
        ConsistencyRun check = ConsistencyCheck(m_ws, m_store.get()).run(QStringLiteral("orders"), QStringLiteral("test"),
                                                                        QStringLiteral("manual"), cancel);
        QVERIFY2(check.errorCode.isEmpty(), qPrintable(check.error));
        QCOMPARE(check.status, QStringLiteral("equal"));
        QCOMPARE(check.sourceRows, 900);
        QCOMPARE(check.rowsFetched, 0); // both sides hashed every row alike

        m_crm->exec(QStringLiteral("UPDATE orders SET customer = 'someone else' WHERE id = 17"));
        m_crm->exec(QStringLiteral("DELETE FROM orders WHERE id = 444"));
        pg(QStringLiteral("UPDATE sync.orders SET paid = NOT paid WHERE id = 800"));
        check = ConsistencyCheck(m_ws, m_store.get()).run(QStringLiteral("orders"), QStringLiteral("test"),
                                                         QStringLiteral("manual"), cancel);
        QCOMPARE(check.status, QStringLiteral("different"));
        QCOMPARE(check.mismatched, 2);
        QCOMPARE(check.missing, 1);
        QCOMPARE(check.extra, 0);

        const RepairResult repaired = Repairer(m_ws, m_store.get()).run(QStringLiteral("orders"), {}, false,
                                                                        QStringLiteral("test"), cancel);
        QVERIFY2(repaired.errorCode.isEmpty(), qPrintable(repaired.error));
        QCOMPARE(repaired.inserted + repaired.updated, 3);
        check = ConsistencyCheck(m_ws, m_store.get()).run(QStringLiteral("orders"), QStringLiteral("test"),
                                                         QStringLiteral("manual"), cancel);
        QCOMPARE(check.status, QStringLiteral("equal"));
    }

    // Reads go through a cursor a batch at a time: the counts of a run with a small batch size
    // match, and a backfill from a time reads only what changed since.
    void smallBatchesAndBackfill()
    {
        load(7);
        pg(QStringLiteral("INSERT INTO sync.orders SELECT g, 'c' || g, g, true, NULL, NULL, "
                          "TIMESTAMPTZ '2026-01-01 00:00:00+00' + g * INTERVAL '1 hour' FROM generate_series(1, 100) g"));
        RunResult r = run(QStringLiteral("orders"));
        QCOMPARE(r.read, 100);
        QCOMPARE(r.inserted, 100);
        RunOptions from;
        from.from = QDateTime(QDate(2026, 1, 4), QTime(3, 30), Qt::UTC); // after g = 75
        r = run(QStringLiteral("orders"), from);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 25);
    }

    void dryRunPlansWithoutWriting()
    {
        m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (1, 'a', '1', '2026-01-01T00:00:00Z')"));
        m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (2, 'b', '2', '2026-01-01T00:00:00Z')"));
        pg(QStringLiteral("INSERT INTO sync.copy VALUES (1, 'a', 1, '2026-01-01T00:00:00Z')"));
        RunOptions dry;
        dry.dryRun = true;
        const RunResult r = run(QStringLiteral("items"), dry);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 0);
        QCOMPARE(pg(QStringLiteral("SELECT count(*) FROM sync.copy")), QStringLiteral("1"));
    }

    // Logical decoding: the slot is created on the first run, changes after it arrive in commit
    // order through the outbox, deletes included, numbers exact; the slot moves only after the
    // outbox holds the changes, so changes read but not confirmed (a crash) are read again and
    // written once.
    void logicalDecodingCapture()
    {
        pg(QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"));
        pg(QStringLiteral("INSERT INTO sync.orders VALUES (1000, 'before the slot', 1, true, NULL, NULL, now())"));
        RunResult r = run(QStringLiteral("orders_live"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 0);
        QCOMPARE(pg(QStringLiteral("SELECT plugin FROM pg_replication_slots WHERE slot_name = 'concord_orders_live'")),
                 QStringLiteral("wal2json"));

        pg(QStringLiteral("INSERT INTO sync.orders SELECT g, 'c' || g, 1234567890.12 + g, g % 2 = 0, DATE '2026-01-01', "
                          "jsonb_build_object('k', g), now() FROM generate_series(1, 250) g"));
        pg(QStringLiteral("UPDATE sync.orders SET customer = 'renamed', paid = NULL WHERE id IN (3, 4, 5)"));
        pg(QStringLiteral("DELETE FROM sync.orders WHERE id IN (7, 8)"));
        r = run(QStringLiteral("orders_live"));
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 255);
        QCOMPARE(m_crm->count(QStringLiteral("orders")), 248);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer, total, paid FROM orders WHERE id = 4")),
                 QList<QStringList>({{QStringLiteral("renamed"), QStringLiteral("1234567894.12"), QStringLiteral("NULL")}}));
        const QStringList row250 = m_crm->rows(QStringLiteral("SELECT total, attrs FROM orders WHERE id = 250")).value(0);
        QCOMPARE(row250.value(0), QStringLiteral("1234568140.12"));
        QCOMPARE(QJsonDocument::fromJson(row250.value(1).toUtf8()).object().value(QStringLiteral("k")).toInt(), 250);
        const auto checkpoint = m_store->checkpoint(QStringLiteral("orders_live"));
        QVERIFY(checkpoint.ok());
        QVERIFY2(checkpoint->contains(QLatin1String("\"feed\"")), qPrintable(*checkpoint));

        // Read but never confirmed: the slot stays, and the next run reads the change again.
        pg(QStringLiteral("UPDATE sync.orders SET customer = 'crash' WHERE id = 1"));
        {
            PgLogicalCapture capture(m_ws->systems.value(QStringLiteral("wms")),
                                     m_ws->datasets.value(QStringLiteral("wms.orders_live")),
                                     QStringLiteral("concord_orders_live"));
            QVERIFY(capture.open(QString()).ok());
            const auto before = capture.slotState();
            QVERIFY(before.ok());
            const auto batch = capture.next(100);
            QVERIFY(batch.ok());
            QCOMPARE(int(batch->changes.size()), 1);
            QCOMPARE(batch->changes[0].record.values[1].stringValue(), QStringLiteral("crash"));
            const auto after = capture.slotState();
            QCOMPARE(after->first, before->first);
        }
        r = run(QStringLiteral("orders_live"));
        QCOMPARE(r.read, 1);
        QCOMPARE(m_crm->rows(QStringLiteral("SELECT customer FROM orders WHERE id = 1")).value(0).value(0), QStringLiteral("crash"));
        r = run(QStringLiteral("orders_live"));
        QCOMPARE(r.read, 0);
    }

    // Followed as serve follows a real-time pipeline: one run that keeps reading the slot as
    // changes are committed, each wave in the target within seconds, ended "succeeded" when stopped.
    void followedPipelineReadsAsTheLogGrows()
    {
        pg(QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"));
        QCOMPARE(run(QStringLiteral("orders_live")).status, QStringLiteral("succeeded")); // the slot, from now on
        testsupport::FollowedRun follow(m_ws, QStringLiteral("orders_live"));
        for (int wave = 0; wave < 3; ++wave) {
            pg(QStringLiteral("INSERT INTO sync.orders SELECT g, 'w' || g, g, true, NULL, NULL, now() FROM generate_series(%1, %2) g")
                   .arg(wave * 10 + 1)
                   .arg(wave * 10 + 10));
            QTRY_COMPARE_WITH_TIMEOUT(m_crm->count(QStringLiteral("orders")), qint64((wave + 1) * 10), 10000);
        }
        pg(QStringLiteral("UPDATE sync.orders SET customer = 'late' WHERE id = 5"));
        QTRY_COMPARE_WITH_TIMEOUT(m_crm->rows(QStringLiteral("SELECT customer FROM orders WHERE id = 5")).value(0).value(0),
                                  QStringLiteral("late"), 10000);
        const RunResult r = follow.stop();
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.read, 31);
        QCOMPARE(run(QStringLiteral("orders_live")).read, 0);
    }

    void logicalDecodingRefusesAForeignSlot()
    {
        pg(QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"));
        pg(QStringLiteral("SELECT pg_create_logical_replication_slot('concord_orders_live', 'test_decoding')"));
        const RunResult r = run(QStringLiteral("orders_live"));
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.error.code, ErrorCode::ConfigInvalid);
        QVERIFY2(r.error.message.contains(QLatin1String("test_decoding")), qPrintable(r.error.message));
        pg(QStringLiteral("SELECT pg_drop_replication_slot('concord_orders_live')"));
    }

    void clearErrors()
    {
        // No unique index on the key: refused before anything is written.
        pg(QStringLiteral("DROP TABLE sync.copy; CREATE TABLE sync.copy (item_id bigint, name text, amount numeric, "
                          "updated_at timestamptz)"));
        m_crm->exec(QStringLiteral("INSERT INTO items (id, name, amount, updated_at) VALUES (1, 'a', '1', '2026-01-01T00:00:00Z')"));
        RunResult r = run(QStringLiteral("items"));
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.error.code, ErrorCode::ConfigInvalid);
        QVERIFY2(r.error.message.contains(QLatin1String("no primary key or unique index")), qPrintable(r.error.message));

        // A column the mapping writes is missing.
        pg(QStringLiteral("DROP TABLE sync.copy; CREATE TABLE sync.copy (item_id bigint PRIMARY KEY, name text)"));
        r = run(QStringLiteral("items"));
        QCOMPARE(r.error.code, ErrorCode::SchemaDrift);
        QVERIFY2(r.error.message.contains(QLatin1String("amount")), qPrintable(r.error.message));

        // Nobody listening: a transient connection error, retried by Operations.
        SystemDef down = m_ws->systems.value(QStringLiteral("wms"));
        down.port = 1;
        PgConnection conn;
        const auto opened = conn.open(down, QStringLiteral("test"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::ConnectionRefused);
        QVERIFY(!opened.error().message.contains(QLatin1String("password")));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
