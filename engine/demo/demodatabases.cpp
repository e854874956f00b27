#include "demo/demodatabases.h"

#include "demo/demogenerators.h"
#include "demo/demorandom.h"
#include "demo/demosqlite.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace concord::demo {

namespace {

// One stream of random numbers per table (see DemoRandom).
enum Stream : quint64 {
    CustomersStream = 1,
    OpportunitiesStream = 2,
    CompaniesStream = 3,
    InvoicesStream = 4
};

// The demo's "now": every timestamp lies before it.
const qint64 Now = toSeconds(2024, 11, 1, 9, 0, 0);
// A CRM upgrade rewrote updated_at of every customer that existed then. The customers nobody
// touched afterwards share this exact value: a tie group larger than a 500-row batch.
const qint64 CrmMigration = toSeconds(2024, 3, 1, 2, 0, 0);

// ---- crm.sqlite ----

struct Customer
{
    std::string cleanName;
    std::string mobile;
    const District *district = nullptr;
    qint64 created = 0;
};

const char CrmSchema[] = R"(
CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    name        TEXT,
    mobile      TEXT,
    email       TEXT,
    city        TEXT,
    address     TEXT,
    id_card     TEXT,
    level       TEXT,
    created_at  TEXT,
    updated_at  TEXT,
    deleted     INTEGER DEFAULT 0
);
CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER,
    name         TEXT,
    mobile       TEXT,
    email        TEXT,
    channel      TEXT,
    note         TEXT,
    updated_at   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE opportunities (
    id                 INTEGER PRIMARY KEY,
    customer_id        INTEGER,
    customer_name      TEXT,
    phone              TEXT,
    title              TEXT,
    opportunity_stage  TEXT,
    amount             TEXT /* decimal(18,2), kept as exact text */,
    cost_price         TEXT /* decimal(18,2), kept as exact text */,
    owner              TEXT,
    created_at         TEXT,
    updated_at         TEXT
);
)";

// The watermark indexes of incremental polling: (version, key), so that rows sharing an
// updated_at are read in a stable order. Built after the rows are in, which is faster.
const char CrmIndexes[] = R"(
CREATE INDEX idx_customers_updated_at_id ON customers (updated_at, id);
CREATE INDEX idx_opportunities_updated_at_id ON opportunities (updated_at, id);
CREATE INDEX idx_contacts_updated_at_id ON contacts (updated_at, id);
)";

// ---- contacts: kept by sales (crm) and customer service together (a two-way pipeline) ----

// Both departments had their own contact lists before Concord: most entries agree, some differ.
int contactCount(const DemoOptions &options)
{
    return std::max(20, options.customers / 20);
}

struct Contact
{
    std::string name;
    std::string mobile;
    std::string email;
    std::string channel;
    std::string note;
    std::string updatedAt;
};

Contact contactAt(int i, bool service)
{
    static const char *const names[] = {"王芳", "李伟", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄强", "周婷", "吴斌"};
    static const char *const channels[] = {"电话", "微信", "邮件"};
    Contact c;
    c.name = names[i % 10];
    char mobile[16];
    std::snprintf(mobile, sizeof mobile, "139%08d", (i * 7919) % 100000000);
    c.mobile = mobile;
    c.email = "contact" + std::to_string(i) + "@example.com.cn";
    c.channel = channels[i % 3];
    c.updatedAt = formatTimestamp(Now - 86400 + qint64(i) * 60);
    if (service) {
        // Customer service corrected some e-mail addresses, noted call-back wishes, and recorded
        // another preferred channel for a few (both sides changed it: the conflict queue).
        if (i % 7 == 0)
            c.email = "contact" + std::to_string(i) + "@service.example.cn";
        if (i % 4 == 0)
            c.note = "客户希望下午回电";
        if (i % 10 == 0)
            c.channel = channels[(i + 1) % 3];
        c.updatedAt = formatTimestamp(Now - 3600 + qint64(i) * 30);
    }
    return c;
}

bool insertContacts(Database &db, const DemoOptions &options, bool service)
{
    Statement insert(db.handle(), service ? "INSERT INTO contacts (contact_id, name, phone, email, channel, note, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                          : "INSERT INTO contacts (id, customer_id, name, mobile, email, channel, note, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return false;
    const int n = contactCount(options);
    // Every 9th contact is only in the CRM; the service desk added 5 of its own.
    for (int i = 1; i <= n + (service ? 5 : 0); ++i) {
        if (service ? (i <= n && i % 9 == 0) : false)
            continue;
        const Contact c = contactAt(i, service);
        int col = 1;
        insert.bind(col++, qint64(i));
        if (!service)
            insert.bind(col++, qint64(1 + (i * 13) % std::max(1, options.customers)));
        insert.bind(col++, c.name);
        insert.bind(col++, c.mobile);
        insert.bind(col++, c.email);
        insert.bind(col++, c.channel);
        insert.bind(col++, c.note);
        insert.bind(col++, c.updatedAt);
        if (!insert.step())
            return false;
    }
    return true;
}

std::vector<Customer> insertCustomers(Statement &insert, const DemoOptions &options, bool *ok)
{
    DemoRandom rng(options.seed, CustomersStream);
    const std::vector<qint64> created
        = sortedMoments(rng, options.customers, toSeconds(2023, 1, 3), toSeconds(2024, 10, 31));
    std::vector<Customer> customers;
    customers.reserve(size_t(options.customers));
    qint64 previousUpdated = -1;
    for (int i = 0; i < options.customers && *ok; ++i) {
        const District &district = randomDistrict(rng);
        const PersonName person = randomPersonName(rng);
        const std::string name = rng.chance(20) ? padded(rng, person.name) : person.name;
        const std::string mobile = randomMobile(rng);
        const OptText email = rng.chance(30) ? OptText() : OptText(randomEmail(rng, person));
        const std::string address = randomAddress(rng, district);
        // Most people live where they were born; some moved from another city.
        const District &birthPlace = rng.chance(700) ? district : randomDistrict(rng);
        const std::string idCard = randomIdCard(rng, birthPlace);
        const quint64 l = rng.below(1000);
        const char *level = l < 80 ? "VIP" : l < 230 ? "金卡" : l < 480 ? "银卡" : "普通";

        const qint64 createdAt = created[size_t(i)];
        const qint64 base = std::max(createdAt, CrmMigration);
        const bool deleted = rng.chance(20);
        const bool edited = deleted || rng.chance(450);
        qint64 updatedAt = edited ? laterMoment(rng, base, Now) : base;
        // Someone edited a run of customers in the same second (a bulk edit in the CRM's grid).
        if (rng.chance(40) && previousUpdated >= createdAt)
            updatedAt = previousUpdated;
        previousUpdated = updatedAt;

        insert.bind(1, qint64(i + 1));
        insert.bind(2, name);
        insert.bind(3, mobile);
        insert.bind(4, email);
        insert.bind(5, std::string(district.city));
        insert.bind(6, address);
        insert.bind(7, idCard);
        insert.bind(8, std::string(level));
        insert.bind(9, formatTimestamp(createdAt));
        insert.bind(10, formatTimestamp(updatedAt));
        insert.bind(11, qint64(deleted ? 1 : 0));
        *ok = insert.step();
        customers.push_back(Customer { person.name, mobile, &district, createdAt });
    }
    return customers;
}

const char *stageFor(DemoRandom &rng, qint64 age)
{
    struct Weighted
    {
        const char *stage;
        int young; // weight for deals younger than 90 days
        int old; // weight for older ones, most of which are decided by now
    };
    static const Weighted stages[] = {
        { "Prospecting", 25, 2 },
        { "Qualification", 22, 3 },
        { "Proposal", 20, 7 },
        { "Negotiation", 15, 10 },
        { "Closed Won", 10, 45 },
        { "Lost", 6, 25 },
        { "Cancelled", 2, 8 },
    };
    const bool old = age > 90 * Day;
    int r = int(rng.below(100));
    for (const Weighted &w : stages) {
        const int weight = old ? w.old : w.young;
        if (r < weight)
            return w.stage;
        r -= weight;
    }
    return "Prospecting";
}

bool isClosed(const std::string &stage)
{
    return stage == "Closed Won" || stage == "Lost" || stage == "Cancelled";
}

bool insertOpportunities(
    Statement &insert, const DemoOptions &options, const std::vector<Customer> &customers)
{
    DemoRandom rng(options.seed, OpportunitiesStream);
    const std::vector<qint64> created
        = sortedMoments(rng, options.opportunities, toSeconds(2024, 1, 2), toSeconds(2024, 10, 31));
    std::vector<qint64> customerCreated;
    customerCreated.reserve(customers.size());
    for (const Customer &c : customers)
        customerCreated.push_back(c.created);

    // Sales operations closes the quarter with a bulk update at 18:00 on its last day.
    const qint64 quarterEnds[]
        = { toSeconds(2024, 3, 31, 18), toSeconds(2024, 6, 30, 18), toSeconds(2024, 9, 30, 18) };
    const QList<qint64> badIds = badOpportunityIds(options.opportunities);
    struct BadRow
    {
        const char *amount;
        const char *stage;
        const char *cost;
    };
    // "to be decided", a placeholder, and a won deal typed with a thousands separator.
    const BadRow badRows[] = { { "待定", "Negotiation", nullptr },
        { "N/A", "Qualification", nullptr }, { "12,800", "Closed Won", "9600.00" } };

    qint64 previousUpdated = -1;
    for (int j = 0; j < options.opportunities; ++j) {
        const qint64 id = j + 1;
        const qint64 createdAt = created[size_t(j)];
        // A deal belongs to a customer who existed when it was opened.
        const auto known
            = std::upper_bound(customerCreated.begin(), customerCreated.end(), createdAt)
            - customerCreated.begin();
        const Customer &customer
            = customers[size_t(rng.below(quint64(known > 0 ? known : qint64(customers.size()))))];
        const std::string customerName
            = rng.chance(30) ? padded(rng, customer.cleanName) : customer.cleanName;
        const quint64 p = rng.below(1000);
        const OptText phone = p < 900 ? OptText(customer.mobile)
            : p < 950                 ? OptText(randomMobile(rng)) // the buyer's colleague
                                      : OptText();
        const std::string title = randomDealTitle(rng, *customer.district);
        const std::string owner = randomSalesOwner(rng);
        std::string stage = stageFor(rng, Now - createdAt);

        const quint64 bucket = rng.below(100);
        qint64 yuan = bucket < 50 ? rng.between(5000, 50000)
            : bucket < 85         ? rng.between(50000, 300000)
                                  : rng.between(300000, 2000000);
        if (rng.chance(700))
            yuan = yuan / 100 * 100;
        const qint64 amountCents = yuan * 100;
        const qint64 costCents = amountCents * rng.between(55, 85) / 100;
        OptText amount = formatCents(amountCents);
        OptText cost = formatCents(costCents);
        if (stage == "Prospecting" && rng.chance(60)) {
            amount = OptText(); // not estimated yet; the mapping turns it into 0
            cost = OptText();
        }

        qint64 updatedAt = createdAt;
        if (!(stage == "Prospecting" && rng.chance(300)))
            updatedAt
                = laterMoment(rng, createdAt + 20 * Minute, std::min(createdAt + 60 * Day, Now));
        if (isClosed(stage) && rng.chance(200)) {
            for (qint64 q : quarterEnds) {
                if (q >= createdAt + Hour) {
                    updatedAt = q;
                    break;
                }
            }
        }
        if (rng.chance(50) && previousUpdated >= createdAt)
            updatedAt = previousUpdated;
        previousUpdated = updatedAt;

        // The deliberate dead letters: an amount that is not a number.
        const int bad = badIds.indexOf(id);
        if (bad >= 0) {
            const BadRow &row = badRows[bad];
            amount = std::string(row.amount);
            cost = row.cost ? OptText(std::string(row.cost)) : OptText();
            stage = row.stage;
        }

        insert.bind(1, id);
        insert.bind(2, qint64(&customer - customers.data()) + 1);
        insert.bind(3, customerName);
        insert.bind(4, phone);
        insert.bind(5, title);
        insert.bind(6, stage);
        insert.bind(7, amount);
        insert.bind(8, cost);
        insert.bind(9, owner);
        insert.bind(10, formatTimestamp(createdAt));
        insert.bind(11, formatTimestamp(updatedAt));
        if (!insert.step())
            return false;
    }
    return true;
}

// ---- finance.sqlite ----

const char FinanceSchema[] = R"(
CREATE TABLE invoices (
    invoice_no     TEXT PRIMARY KEY,
    customer_name  TEXT,
    tax_id         TEXT,
    amount         TEXT /* decimal(18,2), net of tax, kept as exact text */,
    tax_rate       TEXT /* decimal(5,4) */,
    tax_amount     TEXT /* decimal(18,2): amount * tax_rate rounded half-up */,
    status         TEXT,
    issued_at      TEXT,
    updated_at     TEXT
);
)";

const char FinanceIndexes[] = R"(
CREATE INDEX idx_invoices_updated_at_invoice_no ON invoices (updated_at, invoice_no);
)";

std::vector<Company> makeCompanies(quint32 seed)
{
    DemoRandom rng(seed, CompaniesStream);
    std::vector<Company> companies;
    for (int i = 0; i < 240; ++i) {
        Company c = randomCompany(rng);
        // Keep names unique: two buyers with one name would make the tax data ambiguous.
        for (int attempt = 0; attempt < 20; ++attempt) {
            const bool taken = std::any_of(companies.begin(), companies.end(),
                [&](const Company &o) { return o.name == c.name; });
            if (!taken)
                break;
            c = randomCompany(rng);
        }
        companies.push_back(c);
    }
    return companies;
}

std::string asciiLower(std::string s)
{
    for (char &ch : s)
        if (ch >= 'A' && ch <= 'Z')
            ch = char(ch - 'A' + 'a');
    return s;
}

bool insertInvoices(Statement &insert, const DemoOptions &options)
{
    const std::vector<Company> companies = makeCompanies(options.seed);
    DemoRandom rng(options.seed, InvoicesStream);
    const std::vector<qint64> moments = sortedMoments(rng, options.invoices, toSeconds(2024, 1, 2),
        toSeconds(2024, 10, 31), true, 9 * Hour, 18 * Hour);
    for (int k = 0; k < options.invoices; ++k) {
        char number[32];
        std::snprintf(number, sizeof number, "INV-2024-%06d", k + 1);
        const Company &company = companies[size_t(rng.below(companies.size()))];
        const std::string buyer = rng.chance(20) ? company.name + "  " : company.name;
        const std::string taxId
            = rng.chance(30) ? asciiLower(company.creditCode) : company.creditCode;
        int rate = company.taxRate10k;
        if (rng.chance(100)) {
            static const int rates[] = { 1300, 900, 600 };
            rate = rng.pick(rates);
        }
        const quint64 bucket = rng.below(100);
        qint64 cents = bucket < 60 ? rng.between(100000, 5000000)
            : bucket < 90          ? rng.between(5000000, 20000000)
                                   : rng.between(20000000, 99000000);
        if (rng.chance(300))
            cents = cents / 100 * 100;
        const qint64 tax = taxCents(cents, rate);

        const qint64 t = moments[size_t(k)];
        const quint64 s = rng.below(1000);
        std::string status;
        if (s < 60)
            status = "draft";
        else if (s < 100)
            status = "void";
        else if (Now - t > 30 * Day)
            status = rng.chance(800) ? "paid" : "issued";
        else
            status = rng.chance(250) ? "paid" : "issued";

        OptText issuedAt = formatTimestamp(t);
        qint64 updatedAt = t;
        if (status == "draft") {
            issuedAt = OptText(); // not issued yet
        } else if (status == "void") {
            updatedAt = laterMoment(rng, t + Hour, std::min(t + 10 * Day, Now));
        } else if (status == "paid") {
            // The bank reconciliation runs at 22:00 and marks the day's payments in one go, so
            // every invoice paid on a day shares its updated_at.
            const qint64 paidDay = (t / Day + rng.between(3, 45)) * Day;
            updatedAt = paidDay + 22 * Hour;
            if (updatedAt > Now) {
                status = "issued";
                updatedAt = t + rng.between(0, 300);
            }
        } else {
            updatedAt = t + rng.between(0, 300);
        }

        insert.bind(1, std::string(number));
        insert.bind(2, buyer);
        insert.bind(3, taxId);
        insert.bind(4, formatCents(cents));
        insert.bind(5, formatRate(rate));
        insert.bind(6, formatCents(tax));
        insert.bind(7, status);
        insert.bind(8, issuedAt);
        insert.bind(9, formatTimestamp(updatedAt));
        if (!insert.step())
            return false;
    }
    return true;
}

// ---- the empty targets ----

const char WarehouseSchema[] = R"(
CREATE TABLE orders (
    order_id           INTEGER PRIMARY KEY,
    customer_name      TEXT,
    contact_phone      TEXT,
    order_status       TEXT NOT NULL,
    amount             DECIMAL(18,2),
    order_date         TEXT,
    source_updated_at  TEXT,
    synced_at          TEXT
);
)";

const char TaxSchema[] = R"(
CREATE TABLE invoice_cache (
    invoice_no    TEXT PRIMARY KEY,
    buyer_name    TEXT,
    buyer_tax_id  TEXT,
    net_amount    DECIMAL(18,2),
    tax_amount    DECIMAL(18,2),
    tax_rate      DECIMAL(5,4),
    status        TEXT,
    issued_date   TEXT,
    synced_from   TEXT
);
)";

const char ServiceSchema[] = R"(
CREATE TABLE customers (
    customer_id     INTEGER PRIMARY KEY,
    full_name       TEXT NOT NULL,
    phone           TEXT,
    email           TEXT,
    city            TEXT,
    vip             INTEGER,
    crm_updated_at  TEXT
);
CREATE TABLE contacts (
    contact_id  INTEGER PRIMARY KEY,
    name        TEXT,
    phone       TEXT,
    email       TEXT,
    channel     TEXT,
    note        TEXT,
    updated_at  TEXT
);
CREATE INDEX idx_contacts_updated_at_id ON contacts (updated_at, contact_id);
)";

Result<void> writeSchemaOnly(const QString &path, const char *schema)
{
    Database db(path);
    if (auto r = db.open(); !r)
        return r;
    if (auto r = db.exec(schema); !r)
        return r;
    return db.commit();
}

} // namespace

QList<qint64> badOpportunityIds(int opportunities)
{
    // A third, two thirds and the very last row: the last one shows that a dead letter does not
    // hold the watermark back.
    QList<qint64> ids;
    const qint64 n = opportunities;
    for (qint64 id : { (n + 2) / 3, (2 * n + 2) / 3, n })
        if (id >= 1 && !ids.contains(id))
            ids.append(id);
    return ids;
}

Result<void> writeCrmDatabase(const QString &path, const DemoOptions &options)
{
    Database db(path);
    if (auto r = db.open(); !r)
        return r;
    if (auto r = db.exec(CrmSchema); !r)
        return r;
    std::vector<Customer> customers;
    {
        Statement insert(db.handle(),
            "INSERT INTO customers (id, name, mobile, email, city, address, id_card, level, "
            "created_at, updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bool ok = insert.isValid();
        if (ok)
            customers = insertCustomers(insert, options, &ok);
        if (!ok)
            return db.failure("write customers to");
    }
    {
        Statement insert(db.handle(),
            "INSERT INTO opportunities (id, customer_id, customer_name, phone, title, "
            "opportunity_stage, amount, cost_price, owner, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert.isValid() || !insertOpportunities(insert, options, customers))
            return db.failure("write opportunities to");
    }
    if (!insertContacts(db, options, false))
        return db.failure("write contacts to");
    if (auto r = db.exec(CrmIndexes); !r)
        return r;
    return db.commit();
}

Result<void> writeFinanceDatabase(const QString &path, const DemoOptions &options)
{
    Database db(path);
    if (auto r = db.open(); !r)
        return r;
    if (auto r = db.exec(FinanceSchema); !r)
        return r;
    {
        Statement insert(db.handle(),
            "INSERT INTO invoices (invoice_no, customer_name, tax_id, amount, tax_rate, "
            "tax_amount, status, issued_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert.isValid() || !insertInvoices(insert, options))
            return db.failure("write invoices to");
    }
    if (auto r = db.exec(FinanceIndexes); !r)
        return r;
    return db.commit();
}

Result<void> writeWarehouseDatabase(const QString &path)
{
    return writeSchemaOnly(path, WarehouseSchema);
}

Result<void> writeTaxDatabase(const QString &path)
{
    return writeSchemaOnly(path, TaxSchema);
}

Result<void> writeServiceDatabase(const QString &path, const DemoOptions &options)
{
    Database db(path);
    if (auto r = db.open(); !r)
        return r;
    if (auto r = db.exec(ServiceSchema); !r)
        return r;
    if (!insertContacts(db, options, true))
        return db.failure("write contacts to");
    return db.commit();
}

} // namespace concord::demo
