// The demo workspace generator: deterministic output, the promised contents (row counts, bad
// rows, exact tax amounts, tied watermarks, valid check digits) and refusal to overwrite.

#include "demo/demoworkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

const QStringList YamlFiles = {
    QStringLiteral("workspace.yaml"),
    QStringLiteral("mappings/opportunity_to_order.yaml"),
    QStringLiteral("mappings/invoice_to_tax.yaml"),
    QStringLiteral("mappings/customer_to_service.yaml"),
    QStringLiteral("mappings/contact_to_service.yaml"),
    QStringLiteral("mappings/contact_from_service.yaml"),
};

struct TableRef
{
    QString file;
    QString table;
    QString key;
};

const QList<TableRef> Tables = {
    { QStringLiteral("data/crm.sqlite"), QStringLiteral("customers"), QStringLiteral("id") },
    { QStringLiteral("data/crm.sqlite"), QStringLiteral("opportunities"), QStringLiteral("id") },
    { QStringLiteral("data/warehouse.sqlite"), QStringLiteral("orders"),
        QStringLiteral("order_id") },
    { QStringLiteral("data/finance.sqlite"), QStringLiteral("invoices"),
        QStringLiteral("invoice_no") },
    { QStringLiteral("data/tax.sqlite"), QStringLiteral("invoice_cache"),
        QStringLiteral("invoice_no") },
    { QStringLiteral("data/service.sqlite"), QStringLiteral("customers"),
        QStringLiteral("customer_id") },
    { QStringLiteral("data/crm.sqlite"), QStringLiteral("contacts"), QStringLiteral("id") },
    { QStringLiteral("data/service.sqlite"), QStringLiteral("contacts"),
        QStringLiteral("contact_id") },
};

// A read-only connection to one demo database, closed when it goes out of scope.
class Db
{
public:
    explicit Db(const QString &path)
        : m_name(QStringLiteral("tst_demo_%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
    }
    ~Db() { QSqlDatabase::removeDatabase(m_name); }

    bool isOpen() const { return m_ok; }

    // All rows of a statement, each as a list of values.
    QList<QVariantList> rows(const QString &sql) const
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql)) {
            qWarning("%s: %s", qUtf8Printable(sql), qUtf8Printable(q.lastError().text()));
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            out.append(row);
        }
        return out;
    }

    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql) const
    {
        const auto r = rows(sql);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }

    qint64 count(const QString &table) const
    {
        const QVariant v = value(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return v.isValid() ? v.toLongLong() : -1;
    }

private:
    static int s_counter;
    QString m_name;
    bool m_ok = false;
};

int Db::s_counter = 0;

// Row count and a checksum over every value, its storage type and its row order.
QPair<qint64, QByteArray> tableDigest(const QString &dir, const TableRef &t)
{
    Db db(dir + QLatin1Char('/') + t.file);
    if (!db.isOpen())
        return { -1, {} };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto rows = db.rows(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(t.table, t.key));
    for (const QVariantList &row : rows) {
        for (const QVariant &v : row) {
            hash.addData(v.isNull() ? QByteArrayView("\x01null") : QByteArrayView(v.typeName()));
            hash.addData(QByteArrayView("\x02"));
            hash.addData(v.toString().toUtf8());
            hash.addData(QByteArrayView("\x03"));
        }
        hash.addData(QByteArrayView("\n"));
    }
    return { rows.size(), hash.result() };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "12800.50" -> 1280050 cents, "0.1300" -> 1300; -1 when the text is not of that exact shape.
qint64 fixedPoint(const QString &text, int scale)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d+)\\.(\\d+)$"));
    const auto m = shape.match(text);
    if (!m.hasMatch() || m.capturedLength(2) != scale)
        return -1;
    qint64 v = m.captured(1).toLongLong();
    for (int i = 0; i < scale; ++i)
        v *= 10;
    return v + m.captured(2).toLongLong();
}

bool idCardValid(const QString &id)
{
    static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static const QRegularExpression shape(QStringLiteral("^\\d{17}[\\dX]$"));
    if (!shape.match(id).hasMatch())
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id.at(i).digitValue() * weights[i];
    return id.at(17) == QLatin1String("10X98765432").at(sum % 11);
}

bool creditCodeValid(const QString &code)
{
    static const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    if (code.size() != 18)
        return false;
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        const int v = int(chars.indexOf(code.at(i)));
        if (v < 0)
            return false;
        sum += v * weight;
        weight = weight * 3 % 31;
    }
    return code.at(17) == chars.at((31 - sum % 31) % 31);
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void yamlIsDeterministic();
    void tablesAreDeterministic();
    void rowCounts();
    void badOpportunityRows();
    void taxAmountsAreExact();
    void updatedAtValuesCollide();
    void checkDigitsAreValid();
    void valuesLookRight();
    void secondCreateFails();
    void refusesToOverwriteDataFiles();
    void rejectsBadOptions();
    void otherSeedOtherData();
    void smallSizes();

private:
    QTemporaryDir m_tmp;
    QString m_a;
    QString m_b;
};

void TestDemo::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Directories that do not exist yet: the generator creates them.
    m_a = m_tmp.filePath(QStringLiteral("a/demo"));
    m_b = m_tmp.filePath(QStringLiteral("b"));
    QElapsedTimer timer;
    timer.start();
    const auto r = createDemoWorkspace(m_a);
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    qInfo("default demo workspace generated in %lld ms", ms);
    QVERIFY2(
        ms < 10000, "generation should take well under 2 s; 10 s leaves room for sanitizer builds");
    const auto r2 = createDemoWorkspace(m_b);
    QVERIFY2(r2.ok(), qPrintable(r2.error().toString()));
}

void TestDemo::yamlIsDeterministic()
{
    for (const QString &f : YamlFiles) {
        const QByteArray a = readAll(m_a + QLatin1Char('/') + f);
        QVERIFY2(!a.isEmpty(), qPrintable(f));
        QCOMPARE(readAll(m_b + QLatin1Char('/') + f), a);
    }
    const QByteArray ws = readAll(m_a + QStringLiteral("/workspace.yaml"));
    QVERIFY(ws.startsWith(
        "# Concord demo workspace — generated by `concordctl init-demo`. Edit freely.\n"));
    QVERIFY(ws.contains("name: ACME 数据中台 (demo)\n"));
    QVERIFY(ws.contains("type: 'decimal(18,2)'"));
}

void TestDemo::tablesAreDeterministic()
{
    for (const TableRef &t : Tables) {
        const auto a = tableDigest(m_a, t);
        const auto b = tableDigest(m_b, t);
        QVERIFY2(a.first >= 0, qPrintable(t.file));
        QCOMPARE(b.first, a.first);
        QCOMPARE(b.second.toHex(), a.second.toHex());
    }
}

void TestDemo::rowCounts()
{
    const QMap<QString, qint64> expected = {
        { QStringLiteral("customers"), 2000 },
        { QStringLiteral("opportunities"), 3000 },
        { QStringLiteral("orders"), 0 },
        { QStringLiteral("invoices"), 2500 },
        { QStringLiteral("invoice_cache"), 0 },
    };
    for (const TableRef &t : Tables) {
        Db db(m_a + QLatin1Char('/') + t.file);
        QVERIFY(db.isOpen());
        // Contacts: 100 in the CRM; the service desk lacks every 9th and has 5 of its own.
        const qint64 want = t.table == QLatin1String("contacts")
            ? (t.file.contains(QLatin1String("service")) ? 100 - 11 + 5 : 100)
            : t.file.contains(QLatin1String("service")) ? 0 : expected.value(t.table);
        QCOMPARE(db.count(t.table), want);
    }
}

void TestDemo::badOpportunityRows()
{
    Db db(m_a + QStringLiteral("/data/crm.sqlite"));
    QVERIFY(db.isOpen());
    QList<QPair<qint64, QString>> bad;
    for (const QVariantList &row : db.rows(QStringLiteral(
             "SELECT id, amount FROM opportunities WHERE amount IS NOT NULL ORDER BY id"))) {
        if (fixedPoint(row.at(1).toString(), 2) < 0)
            bad.append({ row.at(0).toLongLong(), row.at(1).toString() });
    }
    const QList<QPair<qint64, QString>> expected = { { 1000, QStringLiteral("待定") },
        { 2000, QStringLiteral("N/A") }, { 3000, QStringLiteral("12,800") } };
    QCOMPARE(bad, expected);
    // Everything else is stored as exact text, not as a number SQLite converted.
    const QVariant converted = db.value(QStringLiteral(
        "SELECT COUNT(*) FROM opportunities WHERE typeof(amount) NOT IN ('text', 'null')"));
    QCOMPARE(converted.toInt(), 0);
}

void TestDemo::taxAmountsAreExact()
{
    Db db(m_a + QStringLiteral("/data/finance.sqlite"));
    QVERIFY(db.isOpen());
    const auto rows
        = db.rows(QStringLiteral("SELECT invoice_no, amount, tax_rate, tax_amount FROM invoices"));
    QCOMPARE(rows.size(), 2500);
    QSet<qint64> rates;
    int exactHalves = 0;
    for (const QVariantList &row : rows) {
        const qint64 amount = fixedPoint(row.at(1).toString(), 2);
        const qint64 rate = fixedPoint(row.at(2).toString(), 4);
        const qint64 tax = fixedPoint(row.at(3).toString(), 2);
        QVERIFY2(amount >= 0 && rate >= 0 && tax >= 0, qPrintable(row.at(0).toString()));
        // amount (cents) * rate (1/10000) is in 1/10000 cent; round half-up to whole cents.
        QVERIFY2(tax == (amount * rate + 5000) / 10000, qPrintable(row.at(0).toString()));
        if (amount * rate % 10000 == 5000)
            ++exactHalves;
        rates.insert(rate);
    }
    QCOMPARE(rates, (QSet<qint64> { 600, 900, 1300 }));
    QVERIFY2(exactHalves > 0, "some invoices should need the half-up rule");
}

void TestDemo::updatedAtValuesCollide()
{
    const QList<QPair<QString, QString>> tables = {
        { QStringLiteral("data/crm.sqlite"), QStringLiteral("customers") },
        { QStringLiteral("data/crm.sqlite"), QStringLiteral("opportunities") },
        { QStringLiteral("data/finance.sqlite"), QStringLiteral("invoices") },
    };
    for (const auto &[file, table] : tables) {
        Db db(m_a + QLatin1Char('/') + file);
        QVERIFY(db.isOpen());
        const auto groups
            = db.rows(QStringLiteral("SELECT updated_at, COUNT(*) FROM %1 GROUP BY updated_at "
                                     "HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC")
                          .arg(table));
        QVERIFY2(!groups.isEmpty(), qPrintable(table));
        if (table == QLatin1String("customers")) // one tie group is larger than a 500-row batch
            QVERIFY2(
                groups.first().at(1).toInt() > 500, qPrintable(groups.first().at(1).toString()));
        // The watermark index exists.
        const auto indexes
            = db.rows(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql "
                                     "IS NOT NULL AND tbl_name = '%1'")
                          .arg(table));
        QCOMPARE(indexes.size(), 1);
        QVERIFY(indexes.first().first().toString().contains(QLatin1String("(updated_at, ")));
    }
}

void TestDemo::checkDigitsAreValid()
{
    {
        Db db(m_a + QStringLiteral("/data/crm.sqlite"));
        QVERIFY(db.isOpen());
        const auto rows = db.rows(QStringLiteral("SELECT id, id_card FROM customers"));
        QCOMPARE(rows.size(), 2000);
        for (const QVariantList &row : rows)
            QVERIFY2(idCardValid(row.at(1).toString()), qPrintable(row.at(1).toString()));
    }
    Db db(m_a + QStringLiteral("/data/finance.sqlite"));
    QVERIFY(db.isOpen());
    int lowerCase = 0;
    for (const QVariantList &row : db.rows(QStringLiteral("SELECT tax_id FROM invoices"))) {
        const QString code = row.at(0).toString();
        QVERIFY2(creditCodeValid(code.toUpper()), qPrintable(code));
        if (code != code.toUpper())
            ++lowerCase;
    }
    QVERIFY2(lowerCase > 0, "a few credit codes are typed in lower case for the mapping's upper()");
}

void TestDemo::valuesLookRight()
{
    Db db(m_a + QStringLiteral("/data/crm.sqlite"));
    QVERIFY(db.isOpen());
    const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
    for (const QVariantList &row :
        db.rows(QStringLiteral("SELECT mobile, created_at, updated_at, name FROM customers"))) {
        QVERIFY2(mobile.match(row.at(0).toString()).hasMatch(), qPrintable(row.at(0).toString()));
        QVERIFY(stamp.match(row.at(1).toString()).hasMatch());
        QVERIFY(stamp.match(row.at(2).toString()).hasMatch());
        QVERIFY2(row.at(1).toString() <= row.at(2).toString(), qPrintable(row.at(1).toString()));
        QVERIFY(!row.at(3).toString().trimmed().isEmpty());
    }
    const QStringList stages = { QStringLiteral("Prospecting"), QStringLiteral("Qualification"),
        QStringLiteral("Proposal"), QStringLiteral("Negotiation"), QStringLiteral("Closed Won"),
        QStringLiteral("Lost"), QStringLiteral("Cancelled") };
    for (const QVariantList &row :
        db.rows(QStringLiteral("SELECT DISTINCT opportunity_stage FROM opportunities")))
        QVERIFY2(stages.contains(row.at(0).toString()), qPrintable(row.at(0).toString()));
    QCOMPARE(
        db.value(QStringLiteral("SELECT COUNT(*) FROM opportunities o LEFT JOIN customers c ON "
                                "c.id = o.customer_id "
                                "WHERE c.id IS NULL OR o.created_at > o.updated_at"))
            .toInt(),
        0);
    QVERIFY(
        db.value(QStringLiteral("SELECT COUNT(*) FROM customers WHERE level = 'VIP'")).toInt() > 0);
    QVERIFY(
        db.value(QStringLiteral("SELECT COUNT(*) FROM customers WHERE deleted = 1")).toInt() > 0);

    Db finance(m_a + QStringLiteral("/data/finance.sqlite"));
    const QRegularExpression number(QStringLiteral("^INV-2024-\\d{6}$"));
    for (const QVariantList &row :
        finance.rows(QStringLiteral("SELECT invoice_no, status, issued_at FROM invoices"))) {
        QVERIFY2(number.match(row.at(0).toString()).hasMatch(), qPrintable(row.at(0).toString()));
        const QString status = row.at(1).toString();
        QVERIFY2(QStringList({ QStringLiteral("draft"), QStringLiteral("issued"),
                                 QStringLiteral("paid"), QStringLiteral("void") })
                     .contains(status),
            qPrintable(status));
        QCOMPARE(row.at(2).isNull(), status == QLatin1String("draft"));
    }
}

void TestDemo::secondCreateFails()
{
    const QByteArray before = readAll(m_a + QStringLiteral("/workspace.yaml"));
    const auto r = createDemoWorkspace(m_a);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::ConfigInvalid);
    QCOMPARE(readAll(m_a + QStringLiteral("/workspace.yaml")), before);
    QCOMPARE(tableDigest(m_a, Tables.at(0)), tableDigest(m_b, Tables.at(0)));
}

void TestDemo::refusesToOverwriteDataFiles()
{
    // No workspace.yaml, but a database the demo would write: refused, and nothing is left behind.
    const QString dir = m_tmp.filePath(QStringLiteral("leftover"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/data")));
    QFile f(dir + QStringLiteral("/data/finance.sqlite"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    const auto r = createDemoWorkspace(dir);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::ConfigInvalid);
    QVERIFY2(r.error().message.contains(QLatin1String("data/finance.sqlite")),
        qPrintable(r.error().message));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/workspace.yaml")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/data/crm.sqlite")));
    QCOMPARE(readAll(dir + QStringLiteral("/data/finance.sqlite")), QByteArray("not a database"));
}

void TestDemo::rejectsBadOptions()
{
    const QString dir = m_tmp.filePath(QStringLiteral("bad-options"));
    DemoOptions o;
    o.customers = -1;
    auto r = createDemoWorkspace(dir, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::ConfigInvalid);
    o.customers = 0;
    r = createDemoWorkspace(dir, o); // opportunities without any customer
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::ConfigInvalid);
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(!createDemoWorkspace(QString()).ok());
}

void TestDemo::otherSeedOtherData()
{
    DemoOptions o;
    o.seed = 7;
    const QString dir = m_tmp.filePath(QStringLiteral("seed7"));
    const auto r = createDemoWorkspace(dir, o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(tableDigest(dir, Tables.at(0)).second != tableDigest(m_a, Tables.at(0)).second);
    QCOMPARE(tableDigest(dir, Tables.at(1)).first, 3000);
    for (int i = 1; i < YamlFiles.size(); ++i) // mappings do not depend on the options
        QCOMPARE(readAll(dir + QLatin1Char('/') + YamlFiles.at(i)),
            readAll(m_a + QLatin1Char('/') + YamlFiles.at(i)));
}

void TestDemo::smallSizes()
{
    DemoOptions o;
    o.customers = 5;
    o.opportunities = 3;
    o.invoices = 0;
    const QString dir = m_tmp.filePath(QStringLiteral("small"));
    const auto r = createDemoWorkspace(dir, o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    Db db(dir + QStringLiteral("/data/crm.sqlite"));
    QVERIFY(db.isOpen());
    QCOMPARE(db.count(QStringLiteral("customers")), 5);
    // With three opportunities, all three are the deliberately bad ones.
    QCOMPARE(db.value(QStringLiteral("SELECT group_concat(amount, '|') FROM (SELECT amount FROM "
                                     "opportunities ORDER BY id)"))
                 .toString(),
        QStringLiteral("待定|N/A|12,800"));
    Db finance(dir + QStringLiteral("/data/finance.sqlite"));
    QCOMPARE(finance.count(QStringLiteral("invoices")), 0);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
