#pragma once
// What the demo pipelines' targets must hold, computed by the tests on their own from the source
// rows and the mapping YAML as written, never by calling the engine's mapper. Shared by
// tst_integration and tst_crash. Also a small QSQLITE helper and a row-by-row comparison that
// names every key and field that differs.

#include "model/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <optional>

namespace syncexpect {

// One QSQLITE connection with a name of its own, removed again when it goes out of scope.
class Db
{
public:
    explicit Db(const QString &path, bool readOnly = true)
        : m_name(QStringLiteral("syncexpect-%1").arg(nextId()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_ok = db.open();
        if (!m_ok)
            m_error = path + QLatin1String(": ") + db.lastError().text();
    }
    ~Db()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    bool isOpen() const { return m_ok; }
    const QString &error() const { return m_error; }

    // Runs one statement with positional bindings. Rows of a SELECT, each as a list of values.
    QList<QVariantList> query(const QString &sql, const QVariantList &binds = {}, bool *ok = nullptr)
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        bool good = q.prepare(sql);
        if (good) {
            for (const QVariant &b : binds)
                q.addBindValue(b);
            good = q.exec();
        }
        if (!good) {
            m_error = sql + QLatin1String(": ") + q.lastError().text();
        } else {
            while (q.next()) {
                QVariantList row;
                const int n = q.record().count();
                row.reserve(n);
                for (int i = 0; i < n; ++i)
                    row.append(q.value(i));
                out.append(row);
            }
        }
        if (ok)
            *ok = good;
        return out;
    }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        bool ok = false;
        query(sql, binds, &ok);
        return ok;
    }

    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        const QList<QVariantList> rows = query(sql, binds);
        return rows.isEmpty() || rows.front().isEmpty() ? QVariant() : rows.front().front();
    }

    bool transaction() { return QSqlDatabase::database(m_name, false).transaction(); }
    bool commit() { return QSqlDatabase::database(m_name, false).commit(); }

private:
    static int nextId()
    {
        static int counter = 0;
        return ++counter;
    }

    QString m_name;
    QString m_error;
    bool m_ok = false;
};

// A table keyed by its business key (as text). Values are null QVariants or QStrings.
struct Rows
{
    QStringList columns;
    QList<bool> numeric;                 // per column: compare as exact decimals
    QMap<QString, QVariantList> byKey;
    QMap<QString, QString> failures;     // expected only: key -> error code it must be dead-lettered with
    int rowsRead = 0;                    // rows read, to notice a key read twice
    QString error;                       // set when the table could not be read
};

inline QVariant text(const QVariant &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toString());
}

// The policy's partial(3,4) as the demo workspace declares it for phone numbers the warehouse (L2)
// receives: the first 3 and last 4 characters, one * for each character between; a value of 7 or
// fewer characters is all stars. Written out here rather than calling the engine's masking.
inline QVariant keepThreeAndFour(const QVariant &v)
{
    if (v.isNull())
        return QVariant();
    const QList<uint> cps = v.toString().toUcs4();
    QString out;
    for (qsizetype i = 0; i < cps.size(); ++i) {
        const bool keep = cps.size() > 7 && (i < 3 || i >= cps.size() - 4);
        out += keep ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&cps[i]), 1) : QStringLiteral("*");
    }
    return out;
}

// A naive 'YYYY-MM-DD HH:MM:SS' timestamp moved by some seconds (the demo's timestamps have no zone).
inline QString shiftTimestamp(const QString &ts, qint64 seconds)
{
    const QDate d = QDate::fromString(ts.left(10), Qt::ISODate);
    const QTime t = QTime::fromString(ts.mid(11), QStringLiteral("HH:mm:ss"));
    return QDateTime(d, t, Qt::UTC).addSecs(seconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "12800.50" at scale 2 -> 1280050; nullopt unless the text is a plain number with at most `scale`
// decimals, which is what a decimal(p, scale) column accepts without rounding.
inline std::optional<qint64> scaledInt(const QString &s, int scale)
{
    static const QRegularExpression shape(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?$"));
    const QRegularExpressionMatch m = shape.match(s);
    if (!m.hasMatch() || m.capturedLength(3) > scale || m.capturedLength(2) > 15)
        return std::nullopt;
    qint64 v = m.captured(2).toLongLong();
    QString frac = m.captured(3);
    while (frac.size() < scale)
        frac.append(QLatin1Char('0'));
    for (int i = 0; i < scale; ++i)
        v = v * 10 + (frac.at(i).unicode() - '0');
    return m.capturedLength(1) ? -v : v;
}

// ISO date part of a naive timestamp: format_date(x, 'yyyy-MM-dd').
inline QVariant datePart(const QVariant &ts)
{
    if (ts.isNull())
        return {};
    const QDate d = QDate::fromString(ts.toString().left(10), Qt::ISODate);
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QStringLiteral("<invalid date>"));
}

// A target table as Rows: `sql` selects the columns in order, the key first.
inline Rows readTarget(const QString &path, const QStringList &columns, const QList<bool> &numeric, const QString &sql)
{
    Rows r;
    r.columns = columns;
    r.numeric = numeric;
    Db db(path);
    bool ok = db.isOpen();
    const QList<QVariantList> rows = db.query(sql, {}, &ok);
    if (!ok) {
        r.error = db.error();
        return r;
    }
    for (const QVariantList &row : rows) {
        QVariantList v;
        for (const QVariant &x : row)
            v.append(text(x));
        ++r.rowsRead;
        r.byKey.insert(row[0].toString(), v);
    }
    return r;
}

// ---- mappings/opportunity_to_order.yaml ----

inline const QStringList &orderColumns()
{
    static const QStringList c = {QStringLiteral("order_id"),     QStringLiteral("customer_name"),
                                  QStringLiteral("contact_phone"), QStringLiteral("order_status"),
                                  QStringLiteral("amount"),        QStringLiteral("order_date"),
                                  QStringLiteral("source_updated_at")};
    return c;
}

inline Rows expectedOrders(const QString &crmPath)
{
    Rows r;
    r.columns = orderColumns();
    r.numeric = {false, false, false, false, true, false, false};
    Db db(crmPath);
    bool ok = db.isOpen();
    const QList<QVariantList> rows = db.query(
        QStringLiteral("SELECT id, customer_name, phone, opportunity_stage, amount, created_at, updated_at "
                       "FROM opportunities"),
        {}, &ok);
    if (!ok) {
        r.error = db.error();
        return r;
    }
    for (const QVariantList &s : rows) {
        const QString key = s[0].toString();
        ++r.rowsRead;
        // amount: { from: amount, type: 'decimal(18,2)', on_null: default, default: 0 }
        QVariant amount = QStringLiteral("0");
        if (!s[4].isNull()) {
            const std::optional<qint64> cents = scaledInt(s[4].toString(), 2);
            if (!cents) {
                r.failures.insert(key, QStringLiteral("TYPE_MISMATCH"));
                continue;
            }
            amount = s[4].toString();
            if (*cents < 0) { // rule: value >= 0
                r.failures.insert(key, QStringLiteral("NEGATIVE_AMOUNT"));
                continue;
            }
        }
        if (s[1].isNull()) { // required: customer_name
            r.failures.insert(key, QStringLiteral("REQUIRED_MISSING"));
            continue;
        }
        const QString stage = s[3].toString();
        const QString status = stage == QLatin1String("Closed Won") ? QStringLiteral("confirmed")
            : (stage == QLatin1String("Lost") || stage == QLatin1String("Cancelled")) ? QStringLiteral("cancelled")
                                                                                      : QStringLiteral("pending");
        // contact_phone: phone is L3 and the warehouse receives L2, so the policy masks it.
        r.byKey.insert(key, {key, s[1].toString().trimmed(), keepThreeAndFour(s[2]), status, amount, datePart(s[5]),
                             text(s[6])});
    }
    return r;
}

inline Rows actualOrders(const QString &warehousePath)
{
    // CAST: the column has NUMERIC affinity, so SQLite may hold the amount as a REAL or an INTEGER.
    return readTarget(warehousePath, orderColumns(), {false, false, false, false, true, false, false},
                      QStringLiteral("SELECT order_id, customer_name, contact_phone, order_status, CAST(amount AS TEXT), "
                                     "order_date, source_updated_at FROM orders"));
}

// ---- mappings/customer_to_service.yaml ----

inline const QStringList &serviceColumns()
{
    static const QStringList c = {QStringLiteral("customer_id"), QStringLiteral("full_name"),
                                  QStringLiteral("phone"),       QStringLiteral("email"),
                                  QStringLiteral("city"),        QStringLiteral("vip"),
                                  QStringLiteral("crm_updated_at")};
    return c;
}

inline Rows expectedServiceCustomers(const QString &crmPath)
{
    Rows r;
    r.columns = serviceColumns();
    r.numeric = QList<bool>(r.columns.size(), false);
    Db db(crmPath);
    bool ok = db.isOpen();
    const QList<QVariantList> rows = db.query(
        QStringLiteral("SELECT id, name, mobile, email, city, level, updated_at, deleted FROM customers"), {}, &ok);
    if (!ok) {
        r.error = db.error();
        return r;
    }
    for (const QVariantList &s : rows) {
        ++r.rowsRead;
        const QString key = s[0].toString();
        if (!s[7].isNull() && s[7].toLongLong() != 0) // soft_delete: deleted -> absent from the target
            continue;
        if (s[1].isNull()) { // full_name: on_null: error
            r.failures.insert(key, QStringLiteral("REQUIRED_MISSING"));
            continue;
        }
        const QVariant email = s[3].isNull() ? QVariant() : QVariant(s[3].toString().toLower());
        const QString vip = s[5].toString() == QLatin1String("VIP") ? QStringLiteral("1") : QStringLiteral("0");
        r.byKey.insert(key, {key, s[1].toString().trimmed(), text(s[2]), email, text(s[4]), vip, text(s[6])});
    }
    return r;
}

inline Rows actualServiceCustomers(const QString &servicePath)
{
    return readTarget(servicePath, serviceColumns(), QList<bool>(serviceColumns().size(), false),
                      QStringLiteral("SELECT customer_id, full_name, phone, email, city, vip, crm_updated_at "
                                     "FROM customers"));
}

// ---- mappings/invoice_to_tax.yaml ----

inline const QStringList &taxColumns()
{
    static const QStringList c = {QStringLiteral("invoice_no"),  QStringLiteral("buyer_name"),
                                  QStringLiteral("buyer_tax_id"), QStringLiteral("net_amount"),
                                  QStringLiteral("tax_amount"),  QStringLiteral("tax_rate"),
                                  QStringLiteral("status"),      QStringLiteral("issued_date"),
                                  QStringLiteral("synced_from")};
    return c;
}

inline Rows expectedTaxInvoices(const QString &financePath)
{
    Rows r;
    r.columns = taxColumns();
    r.numeric = {false, false, false, true, true, true, false, false, false};
    Db db(financePath);
    bool ok = db.isOpen();
    const QList<QVariantList> rows = db.query(
        QStringLiteral("SELECT invoice_no, customer_name, tax_id, amount, tax_rate, tax_amount, status, issued_at "
                       "FROM invoices"),
        {}, &ok);
    if (!ok) {
        r.error = db.error();
        return r;
    }
    for (const QVariantList &s : rows) {
        ++r.rowsRead;
        const QString key = s[0].toString();
        const std::optional<qint64> net = scaledInt(s[3].toString(), 2);
        const std::optional<qint64> rate = scaledInt(s[4].toString(), 4);
        const std::optional<qint64> tax = scaledInt(s[5].toString(), 2);
        if ((!s[3].isNull() && !net) || (!s[4].isNull() && !rate) || (!s[5].isNull() && !tax)) {
            r.failures.insert(key, QStringLiteral("TYPE_MISMATCH"));
            continue;
        }
        if (s[1].isNull() || s[2].isNull()) { // required: buyer_name, buyer_tax_id
            r.failures.insert(key, QStringLiteral("REQUIRED_MISSING"));
            continue;
        }
        // Rule: tax_amount == round(amount * tax_rate, 2), half-up. In 1/10000 of a cent: add half a
        // cent and truncate (the demo's amounts are not negative).
        if (net && rate && tax && *net >= 0 && (*net * *rate + 5000) / 10000 != *tax) {
            r.failures.insert(key, QStringLiteral("TAX_AMOUNT_MISMATCH"));
            continue;
        }
        const QString st = s[6].toString();
        const QString status = (st == QLatin1String("issued") || st == QLatin1String("paid")) ? QStringLiteral("valid")
            : st == QLatin1String("void")                                                       ? QStringLiteral("cancelled")
                                                                                                : QStringLiteral("pending");
        r.byKey.insert(key, {key, s[1].toString().trimmed(), s[2].toString().toUpper(), text(s[3]), text(s[5]),
                             text(s[4]), status, datePart(s[7]), QStringLiteral("finance")});
    }
    return r;
}

inline Rows actualTaxInvoices(const QString &taxPath)
{
    return readTarget(taxPath, taxColumns(), {false, false, false, true, true, true, false, false, false},
                      QStringLiteral("SELECT invoice_no, buyer_name, buyer_tax_id, CAST(net_amount AS TEXT), "
                                     "CAST(tax_amount AS TEXT), CAST(tax_rate AS TEXT), status, issued_date, "
                                     "synced_from FROM invoice_cache"));
}

// ---- comparison ----

inline bool sameValue(const QVariant &a, const QVariant &b, bool numeric)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (!numeric)
        return a.toString() == b.toString();
    // 12800.5 (a REAL read back) equals 12800.50: compare as exact decimals, never as doubles.
    const QString as = a.toString(), bs = b.toString();
    const std::optional<concord::Decimal> x = concord::Decimal::parse(as);
    const std::optional<concord::Decimal> y = concord::Decimal::parse(bs);
    return x && y && *x == *y;
}

inline QString show(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("NULL") : QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
}

// Every difference between the expected and the actual target, at most `limit` of them listed;
// empty when they agree row by row.
inline QStringList differences(const Rows &expected, const Rows &actual, int limit = 25)
{
    QStringList out;
    if (!expected.error.isEmpty())
        out.append(QLatin1String("cannot read the source: ") + expected.error);
    if (!actual.error.isEmpty())
        out.append(QLatin1String("cannot read the target: ") + actual.error);
    if (!out.isEmpty())
        return out;
    int missing = 0, extra = 0, changed = 0;
    const auto note = [&](const QString &line) {
        if (out.size() < limit)
            out.append(line);
    };
    for (auto it = expected.byKey.cbegin(); it != expected.byKey.cend(); ++it) {
        const auto a = actual.byKey.constFind(it.key());
        if (a == actual.byKey.cend()) {
            ++missing;
            note(QStringLiteral("key %1: missing from the target").arg(it.key()));
            continue;
        }
        bool differs = false;
        for (int i = 0; i < expected.columns.size(); ++i) {
            if (!sameValue(it.value()[i], a.value()[i], expected.numeric[i])) {
                differs = true;
                note(QStringLiteral("key %1: %2 is %3, expected %4")
                         .arg(it.key(), expected.columns[i], show(a.value()[i]), show(it.value()[i])));
            }
        }
        changed += differs ? 1 : 0;
    }
    for (auto it = actual.byKey.cbegin(); it != actual.byKey.cend(); ++it) {
        if (!expected.byKey.contains(it.key())) {
            ++extra;
            note(QStringLiteral("key %1: in the target but not expected (%2)")
                     .arg(it.key(), expected.failures.value(it.key(), QStringLiteral("deleted or never in the source"))));
        }
    }
    if (actual.rowsRead != actual.byKey.size()) {
        out.prepend(QStringLiteral("the target holds %1 rows for %2 keys")
                        .arg(actual.rowsRead)
                        .arg(actual.byKey.size()));
    }
    if (missing || extra || changed)
        out.prepend(QStringLiteral("%1 expected rows, %2 target rows: %3 missing, %4 unexpected, %5 with other values")
                        .arg(expected.byKey.size())
                        .arg(actual.rowsRead)
                        .arg(missing)
                        .arg(extra)
                        .arg(changed));
    return out;
}

// Dead letters of one pipeline in the state store: key -> (error code, mapping version), in order.
struct DeadLetter
{
    QString key;
    QString code;
    QString mappingVersion;
};

inline QList<DeadLetter> deadLetters(const QString &statePath, const QString &pipeline, QString *error = nullptr)
{
    QList<DeadLetter> out;
    Db db(statePath);
    bool ok = db.isOpen();
    const QList<QVariantList> rows = db.query(
        QStringLiteral("SELECT record_key, error_code, mapping_version FROM dead_letters WHERE pipeline = ? ORDER BY id"),
        {pipeline}, &ok);
    if (!ok && error)
        *error = db.error();
    for (const QVariantList &r : rows)
        out.append(DeadLetter{r[0].toString(), r[1].toString(), r[2].toString()});
    return out;
}

} // namespace syncexpect
