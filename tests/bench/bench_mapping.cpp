// Benchmark (issue 3): mapping throughput. Maps N generated records of 20 mixed-type fields
// through a compiled mapping with transform chains, `cases` and a default, and in the same process
// through a baseline mapping of the same 20 fields that only copies them (`from:`), both through
// CompiledMapping::map. Prints both rates, ns per record and the ratio compiled time / plain time
// (target: at most 2.0). Measures mapping only: no database, no parsing of source text.
//
//   bench_mapping [--rows N] [--distinct N] [--batch N] [--repeat N] [--breakdown] [--json]
//   bench_mapping --only plain|compiled ...   one side only, for a profiler (perf record)

#include "mapping/mapper.h"
#include "workspace/workspaceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// Source field positions, in the order workspace.yaml declares them (records are positional).
enum SourceField {
    Id, FirstName, LastName, Email, Phone, CountryCode, City, Stage, Owner, Channel,
    Amount, Cost, DiscountRate, Quantity, IsActive, IsVip, CreatedAt, UpdatedAt, ClosedAt, Notes,
    SourceFieldCount
};

// The start of workspace.yaml: the systems and the source dataset. Each mapping timed appends its
// own target dataset and pipeline (see describeVariant()).
const char *kSourceDataset = R"(name: mapping bench
systems:
  crm: { kind: sqlite, path: crm.sqlite }
  wh:  { kind: sqlite, path: wh.sqlite }
datasets:
  crm.contacts:
    key: [id]
    version: updated_at
    fields:
      id: int
      first_name: string
      last_name: string
      email: string
      phone: { type: string, nullable: true }
      country_code: string
      city: string
      stage: string
      owner: string
      channel: string
      amount: { type: 'decimal(18,2)' }
      cost: { type: 'decimal(18,2)', nullable: true }
      discount_rate: { type: 'decimal(5,2)' }
      quantity: int
      is_active: bool
      is_vip: { type: bool, nullable: true }
      created_at: timestamp
      updated_at: timestamp
      closed_at: { type: timestamp, nullable: true }
      notes: { type: string, nullable: true }
)";

// The 20 target fields, each in two forms: the plain copy of the baseline (`from:` only, target
// type = source type, so no conversion happens) and the compiled mapping's rule. The compiled
// mapping has 5 fields with transform chains (7 steps), 3 with `cases` (6 `when` expressions and
// an `else` each) and one default with on_null; the other 11 are copies in both.
struct FieldSpec
{
    const char *target;
    const char *copyType;
    const char *copyRule;
    const char *mappedType;
    const char *mappedRule; // nullptr: the same copy in both
};

const FieldSpec kFields[] = {
    {"order_id", "int", "{ from: id }", "int", nullptr},
    {"first_name", "string", "{ from: first_name }", "string", "{ from: first_name, transform: [trim] }"},
    {"last_name", "string", "{ from: last_name }", "string", "{ from: last_name, transform: [trim, upper] }"},
    {"email", "string", "{ from: email }", "string", "{ from: email, transform: [trim, lower] }"},
    {"phone", "string", "{ from: phone }", "string", nullptr},
    {"country", "string", "{ from: country_code }", "string", "{ from: country_code, transform: [upper] }"},
    {"city", "string", "{ from: city }", "string", nullptr},
    {"order_status", "string", "{ from: stage }", "string",
     "\n    from: stage\n    cases:\n      - { when: \"value == 'Closed Won'\", then: confirmed }\n"
     "      - { when: \"value in ['Lost', 'Cancelled']\", then: cancelled }\n    else: pending"},
    {"owner", "string", "{ from: owner }", "string", "{ from: owner, transform: [lower] }"},
    {"sales_channel", "string", "{ from: channel }", "string",
     "\n    from: channel\n    cases:\n      - { when: \"value in ['web', 'mobile']\", then: online }\n"
     "      - { when: \"value == 'store'\", then: retail }\n    else: other"},
    {"amount", "{ type: 'decimal(18,2)' }", "{ from: amount }", "{ type: 'decimal(18,2)' }", nullptr},
    {"cost", "{ type: 'decimal(18,2)' }", "{ from: cost }", "{ type: 'decimal(18,2)' }",
     "{ from: cost, on_null: default, default: 0 }"},
    {"discount", "{ type: 'decimal(5,2)' }", "{ from: discount_rate }", "string",
     "\n    from: discount_rate\n    cases:\n      - { when: \"value >= 0.20\", then: deep }\n"
     "      - { when: \"value > 0\", then: standard }\n    else: full_price"},
    {"quantity", "int", "{ from: quantity }", "int", nullptr},
    {"active", "bool", "{ from: is_active }", "bool", nullptr},
    {"vip", "bool", "{ from: is_vip }", "bool", nullptr},
    {"created", "timestamp", "{ from: created_at }", "timestamp", nullptr},
    {"updated", "timestamp", "{ from: updated_at }", "timestamp", nullptr},
    {"closed", "timestamp", "{ from: closed_at }", "timestamp", nullptr},
    {"notes", "string", "{ from: notes }", "string", nullptr},
};

// A mapping to time: which target fields take their compiled form (the others are plain copies).
struct Variant
{
    QString name;
    QStringList mappedFields;
    concord::CompiledMapping mapping;
    // Reused from pass to pass; one set per variant, so that a timed pass never frees the outputs
    // of another variant.
    std::vector<concord::Record> out;
    QList<double> runs;
    std::size_t cursor = 0; // where its next slice starts in the source records
};

QStringList allMappedFields()
{
    QStringList names;
    for (const FieldSpec &f : kFields)
        if (f.mappedRule)
            names.append(QLatin1String(f.target));
    return names;
}

// The headline pair, and with --breakdown one variant per feature, so that the cost of each can be
// read as its time above the plain copies.
std::vector<Variant> variants(bool breakdown)
{
    std::vector<Variant> v;
    v.push_back({QStringLiteral("plain copies"), {}, {}, {}, {}});
    v.push_back({QStringLiteral("compiled mapping"), allMappedFields(), {}, {}, {}});
    if (breakdown) {
        const auto add = [&v](const char *name, QStringList fields) {
            v.push_back({QLatin1String(name), std::move(fields), {}, {}, {}});
        };
        add("5 transform chains", {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                                   QStringLiteral("country"), QStringLiteral("owner")});
        add("cases on stage", {QStringLiteral("order_status")});
        add("cases on channel", {QStringLiteral("sales_channel")});
        add("cases on discount", {QStringLiteral("discount")});
        add("default on cost", {QStringLiteral("cost")});
    }
    return v;
}

// Appends variant `i`'s target dataset and pipeline to workspace.yaml and writes its mapping.
void describeVariant(const Variant &v, int i, QString *datasets, QString *pipelines, QString *mapping)
{
    *datasets += QStringLiteral("  wh.v%1:\n    key: [order_id]\n    fields:\n").arg(i);
    *mapping = QStringLiteral("source: crm.contacts\ntarget: wh.v%1\nfields:\n").arg(i);
    for (const FieldSpec &f : kFields) {
        const bool mapped = f.mappedRule && v.mappedFields.contains(QLatin1String(f.target));
        *datasets += QStringLiteral("      %1: %2\n")
                         .arg(QLatin1String(f.target), QString::fromUtf8(mapped ? f.mappedType : f.copyType));
        *mapping += QStringLiteral("  %1: %2\n")
                        .arg(QLatin1String(f.target), QString::fromUtf8(mapped ? f.mappedRule : f.copyRule));
    }
    *pipelines += QStringLiteral("  v%1:\n    source: crm.contacts\n    target: wh.v%1\n    mapping: mappings/v%1.yaml\n")
                      .arg(i);
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    const QByteArray bytes = text.toUtf8();
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every string is its own allocation, as when the SQLite reader builds one QString per cell;
// sharing a few literals would keep the strings in cache and flatter both sides.
concord::Value text(const char *s, int n = -1)
{
    return concord::Value::fromString(QString::fromUtf8(s, n));
}

// Deterministic records whose values already have their declared kinds, as the SQLite reader
// delivers them (decimal and timestamp text parsed, 0/1 integers of a bool column as bools), so
// that both mappings measure mapping and not parsing. Decimals are written with the declared
// scale, so the in-place source conversion of map() leaves them unchanged (see main()).
std::vector<concord::Record> generate(qint64 rows)
{
    using concord::Value;
    static const char *firstNames[] = {"Anna", "Wei", "José", "Li Na", "Mohammed", "Chloé", "张伟", "Olga"};
    static const char *lastNames[] = {"Schmidt", "García", "O'Brien", "van der Berg", "王", "Nakamura", "Okafor", "Smith"};
    static const char *pads[] = {"", " ", "  ", "\t"};
    static const char *domains[] = {"Example.COM", "mail.example.org", "Corp.Example.net", "example.cn"};
    static const char *countries[] = {"cn", "de", "us", "fr", "br", "jp"};
    static const char *cities[] = {"北京", "Berlin", "New York", "Paris", "São Paulo", "Tokyo"};
    static const char *stages[] = {"Closed Won", "Lost", "Negotiation", "Cancelled", "Proposal"};
    static const char *owners[] = {"JDoe", "MSmith", "LWang", "AKumar", "EMüller"};
    static const char *channels[] = {"web", "mobile", "store", "partner", "phone"};
    static const char *notes[] = {"call back next week", "prefers e-mail", "备注：加急", "VIP since 2019"};
    std::vector<concord::Record> records;
    records.reserve(std::size_t(rows));
    quint64 x = 88172645463325252ULL;
    char buf[128];
    for (qint64 i = 1; i <= rows; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        concord::Record r(SourceFieldCount);
        r[Id] = Value::fromInt(i);
        const char *first = firstNames[x % 8];
        const char *last = lastNames[(x >> 3) % 8];
        int n = std::snprintf(buf, sizeof buf, "%s%s%s", pads[(x >> 6) % 4], first, pads[(x >> 8) % 4]);
        r[FirstName] = text(buf, n);
        n = std::snprintf(buf, sizeof buf, "%s%s%s", pads[(x >> 10) % 4], last, pads[(x >> 12) % 4]);
        r[LastName] = text(buf, n);
        n = std::snprintf(buf, sizeof buf, "%s.%s%lld@%s%s", (x & 1) ? "Anna" : "Wei", (x & 2) ? "Schmidt" : "Smith",
                          static_cast<long long>(i % 10000), domains[(x >> 14) % 4], pads[(x >> 16) % 4]);
        r[Email] = text(buf, n);
        if ((x >> 18) % 10 != 0) { // 10% without a phone
            n = std::snprintf(buf, sizeof buf, "+86 13%09llu", static_cast<unsigned long long>(x % 1000000000ULL));
            r[Phone] = text(buf, n);
        }
        r[CountryCode] = text(countries[(x >> 22) % 6]);
        r[City] = text(cities[(x >> 25) % 6]);
        const int stage = int((x >> 28) % 5);
        r[Stage] = text(stages[stage]);
        n = std::snprintf(buf, sizeof buf, "%s%lld", owners[(x >> 31) % 5], static_cast<long long>(i % 97));
        r[Owner] = text(buf, n);
        r[Channel] = text(channels[(x >> 34) % 5]);
        const quint64 cents = (x >> 37) % 10000000ULL; // 0.00 .. 99999.99
        n = std::snprintf(buf, sizeof buf, "%llu.%02llu", cents / 100, cents % 100);
        r[Amount] = Value::fromDecimal(*concord::Decimal::parse(buf, n));
        if ((x >> 50) % 5 != 0) { // 20% without a cost: the default applies
            const quint64 cost = cents * 6 / 10;
            n = std::snprintf(buf, sizeof buf, "%llu.%02llu", cost / 100, cost % 100);
            r[Cost] = Value::fromDecimal(*concord::Decimal::parse(buf, n));
        }
        const quint64 discount = (x >> 53) % 3 == 0 ? 0 : (x >> 55) % 36; // 0.00 .. 0.35, a third at zero
        n = std::snprintf(buf, sizeof buf, "0.%02llu", discount);
        r[DiscountRate] = Value::fromDecimal(*concord::Decimal::parse(buf, n));
        r[Quantity] = Value::fromInt(qint64(1 + (x >> 40) % 100));
        r[IsActive] = Value::fromBool((x >> 45) & 1);
        if ((x >> 46) & 1) // half unknown
            r[IsVip] = Value::fromBool((x >> 47) & 1);
        const qint64 sec = i / 3; // three records share each timestamp, as in bench_sync
        n = std::snprintf(buf, sizeof buf, "2024-%02lld-%02lld %02lld:%02lld:%02lld", 1 + (sec / 2419200) % 12,
                          1 + (sec / 86400) % 28, (sec / 3600) % 24, (sec / 60) % 60, sec % 60);
        r[CreatedAt] = Value::fromTimestamp(*concord::Timestamp::parse(buf, n));
        r[UpdatedAt] = Value::fromTimestamp(*concord::Timestamp::parse(buf, n));
        if (stage == 0 || stage == 1 || stage == 3) // closed stages have a closing time
            r[ClosedAt] = Value::fromTimestamp(*concord::Timestamp::parse(buf, n));
        if ((x >> 57) & 1)
            r[Notes] = text(notes[(x >> 58) % 4]);
        records.push_back(std::move(r));
    }
    return records;
}

// Checks a sample of the compiled mapping's outputs against the same rules written in plain C++,
// so that a fast figure cannot come from a mapping that does less than it says.
QString verify(const concord::CompiledMapping &mapped, std::vector<concord::Record> &source)
{
    using concord::Value;
    const QStringList &t = mapped.targetFields();
    const auto at = [&t](const char *name) { return std::size_t(t.indexOf(QLatin1String(name))); };
    concord::Record out;
    for (std::size_t i = 0; i < source.size(); i += 997) {
        concord::Record &s = source[i];
        if (mapped.map(s, out).kind != concord::MapOutcome::Kind::Mapped)
            return QStringLiteral("record %1 did not map").arg(i);
        const QString stage = s[Stage].stringValue();
        const QString channel = s[Channel].stringValue();
        const concord::Decimal rate = s[DiscountRate].decimalValue();
        const QString status = stage == QLatin1String("Closed Won") ? QStringLiteral("confirmed")
            : (stage == QLatin1String("Lost") || stage == QLatin1String("Cancelled")) ? QStringLiteral("cancelled")
                                                                                       : QStringLiteral("pending");
        const QString sales = (channel == QLatin1String("web") || channel == QLatin1String("mobile"))
            ? QStringLiteral("online")
            : channel == QLatin1String("store") ? QStringLiteral("retail") : QStringLiteral("other");
        const QString band = rate.compare(*concord::Decimal::parse(QStringView(u"0.20"))) >= 0 ? QStringLiteral("deep")
            : !rate.isZero()                                                                  ? QStringLiteral("standard")
                                                                                              : QStringLiteral("full_price");
        const Value expectedCost = s[Cost].isNull() ? Value::fromDecimal(concord::Decimal::fromInt(0)) : s[Cost];
        const bool ok = out[at("order_id")] == s[Id]
            && out[at("first_name")].stringValue() == s[FirstName].stringValue().trimmed()
            && out[at("last_name")].stringValue() == s[LastName].stringValue().trimmed().toUpper()
            && out[at("email")].stringValue() == s[Email].stringValue().trimmed().toLower()
            && out[at("country")].stringValue() == s[CountryCode].stringValue().toUpper()
            && out[at("owner")].stringValue() == s[Owner].stringValue().toLower()
            && out[at("order_status")].stringValue() == status && out[at("sales_channel")].stringValue() == sales
            && out[at("discount")].stringValue() == band && out[at("cost")] == expectedCost
            && out[at("phone")] == s[Phone] && out[at("closed")] == s[ClosedAt] && out[at("vip")] == s[IsVip]
            && out[at("amount")] == s[Amount];
        if (!ok)
            return QStringLiteral("record %1 mapped to unexpected values").arg(i);
    }
    return {};
}

// Checks that the baseline copies every field unchanged (the target fields are in source order).
QString verifyCopy(const concord::CompiledMapping &copied, std::vector<concord::Record> &source)
{
    concord::Record out;
    for (std::size_t i = 0; i < source.size(); i += 997) {
        if (copied.map(source[i], out).kind != concord::MapOutcome::Kind::Mapped)
            return QStringLiteral("record %1 did not map").arg(i);
        if (out.values != source[i].values)
            return QStringLiteral("record %1 was not copied unchanged").arg(i);
    }
    return {};
}

// Maps `n` records from source position `cursor` (advanced, wrapping round), in batches whose
// output records are reused from call to call the way PipelineRunner::applyBatch reuses its `out`
// vector. With fewer distinct source records than rows (--distinct), the same records come round
// again, as a batch just read stays in cache. Returns seconds; counts records that were not mapped.
double mapSlice(const concord::CompiledMapping &m, std::vector<concord::Record> &source, qint64 n,
                std::size_t &cursor, std::vector<concord::Record> &out, qint64 &notMapped)
{
    const std::size_t total = std::size_t(n);
    const std::size_t batch = out.size();
    QElapsedTimer t;
    t.start();
    for (std::size_t begin = 0; begin < total; begin += batch) {
        const std::size_t k = std::min(batch, total - begin);
        for (std::size_t j = 0; j < k; ++j) {
            if (m.map(source[cursor], out[j]).kind != concord::MapOutcome::Kind::Mapped)
                ++notMapped;
            if (++cursor == source.size())
                cursor = 0;
        }
    }
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Concord mapping benchmark (20 fields: compiled mapping vs plain copies)"));
    p.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Records to map (default 1000000)."),
                                     QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"),
                                      QStringLiteral("Output records reused per batch, as the runner's (default 5000)."),
                                      QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"),
                                       QStringLiteral("Timed passes per mapping; the fastest counts (default 5)."),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption sliceOpt(QStringLiteral("slice"),
                                      QStringLiteral("Records per turn when the passes are interleaved (default 50000; "
                                                     "0: one whole pass after another)."),
                                      QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption distinctOpt(QStringLiteral("distinct"),
                                         QStringLiteral("Distinct source records, mapped round-robin until --rows are "
                                                        "mapped (default: --rows; e.g. 5000 keeps them in cache)."),
                                         QStringLiteral("N"));
    const QCommandLineOption breakdownOpt(QStringLiteral("breakdown"),
                                          QStringLiteral("Also time one variant per feature (transforms, each cases "
                                                         "field, the default) against the plain copies."));
    const QCommandLineOption onlyOpt(QStringLiteral("only"),
                                     QStringLiteral("Time one side only, plain or compiled, for a profiler (no ratio)."),
                                     QStringLiteral("SIDE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    p.addOptions({rowsOpt, batchOpt, repeatOpt, sliceOpt, distinctOpt, breakdownOpt, onlyOpt, jsonOpt});
    p.process(app);
    const qint64 rows = p.value(rowsOpt).toLongLong();
    const int batch = p.value(batchOpt).toInt();
    const int repeat = p.value(repeatOpt).toInt();
    const qint64 slice = p.value(sliceOpt).toLongLong();
    const qint64 distinct = p.isSet(distinctOpt) ? std::min(p.value(distinctOpt).toLongLong(), rows) : rows;
    QTextStream err(stderr);
    if (rows < 1 || batch < 1 || repeat < 1 || distinct < 1 || slice < 0) {
        err << "--rows, --batch, --repeat and --distinct must be positive, --slice not negative" << Qt::endl;
        return 2;
    }
    std::vector<Variant> vs = variants(p.isSet(breakdownOpt));
    if (p.isSet(onlyOpt)) {
        const QString side = p.value(onlyOpt);
        if (side != QLatin1String("plain") && side != QLatin1String("compiled")) {
            err << "--only takes plain or compiled" << Qt::endl;
            return 2;
        }
        vs.erase(vs.begin() + (side == QLatin1String("plain") ? 1 : 0));
    }

    // The mappings go through the workspace loader, so they are parsed and validated exactly as a
    // steward's files are; each is then compiled here, as PipelineRunner does.
    QTemporaryDir tmp;
    QDir(tmp.path()).mkpath(QStringLiteral("mappings"));
    QString datasets, pipelines;
    bool written = true;
    for (std::size_t i = 0; i < vs.size(); ++i) {
        QString mapping;
        describeVariant(vs[i], int(i), &datasets, &pipelines, &mapping);
        written = written && writeFile(tmp.filePath(QStringLiteral("mappings/v%1.yaml").arg(i)), mapping);
    }
    written = written
        && writeFile(tmp.filePath(QStringLiteral("workspace.yaml")),
                     QString::fromUtf8(kSourceDataset) + datasets + QStringLiteral("pipelines:\n") + pipelines);
    if (!written) {
        err << "cannot write the workspace in " << tmp.path() << Qt::endl;
        return 2;
    }
    const concord::WorkspaceLoad load = concord::WorkspaceLoader::load(tmp.path());
    if (!load.ok()) {
        for (const auto &e : load.errors)
            err << e.toString() << Qt::endl;
        return 2;
    }
    const concord::Workspace &ws = *load.workspace;
    for (std::size_t i = 0; i < vs.size(); ++i) {
        const concord::PipelineDef def = ws.pipelines.value(QStringLiteral("v%1").arg(i));
        concord::ErrorList errors;
        vs[i].mapping = concord::CompiledMapping::compile(*ws.mappingOf(def), *ws.dataset(def.source),
                                                          *ws.dataset(def.target), &errors);
        if (!vs[i].mapping.isValid()) {
            for (const auto &e : errors)
                err << e.toString() << Qt::endl;
            return 2;
        }
        vs[i].out.resize(std::size_t(batch));
    }

    err << "generating " << distinct << " records..." << Qt::endl;
    std::vector<concord::Record> source = generate(distinct);

    // map() converts the source record to its declared types in place. The records already hold
    // values of their declared kinds (decimals at their declared scale), so that conversion gives
    // back equal values and every pass does the same work on the same data; and every variant
    // reads all 20 source fields, so it costs each the same. That is why the records are not
    // copied before each pass: copying 1M records would cost more than either mapping and hide the
    // difference. The untimed warm-up passes do any first-pass work and touch all memory.
    qint64 notMapped = 0;
    for (std::size_t k = 0; k < vs.size(); ++k) {
        // Each variant starts at its own place in the records, so that with many distinct records
        // none of them finds the others' just-read records in cache.
        vs[k].cursor = std::size_t(distinct) * k / vs.size();
        mapSlice(vs[k].mapping, source, rows, vs[k].cursor, vs[k].out, notMapped);
    }
    if (notMapped != 0) {
        err << notMapped << " records were not mapped" << Qt::endl;
        return 1;
    }
    for (const Variant &v : vs) {
        QString problem;
        if (v.mappedFields.isEmpty())
            problem = verifyCopy(v.mapping, source);
        else if (v.mappedFields == allMappedFields())
            problem = verify(v.mapping, source);
        if (!problem.isEmpty()) {
            err << v.name << ": " << problem << Qt::endl;
            return 1;
        }
    }

    // A pass of each variant maps --rows records. The passes of one round are interleaved in slices
    // of --slice records, the variants taking turns (the first one rotating), so that a slow spell
    // of a shared machine (a neighbour's build, frequency scaling) falls on all of them alike
    // instead of on whichever pass it happened to meet; the fastest pass of each is the least
    // disturbed.
    const qint64 sliceRows = slice > 0 ? slice : rows;
    for (int r = 0; r < repeat; ++r) {
        std::vector<double> seconds(vs.size(), 0.0);
        int turn = r;
        for (qint64 done = 0; done < rows; done += sliceRows, ++turn) {
            const qint64 n = std::min(sliceRows, rows - done);
            for (std::size_t k = 0; k < vs.size(); ++k) {
                const std::size_t i = (k + std::size_t(turn)) % vs.size();
                seconds[i] += mapSlice(vs[i].mapping, source, n, vs[i].cursor, vs[i].out, notMapped);
            }
        }
        for (std::size_t i = 0; i < vs.size(); ++i)
            vs[i].runs.append(seconds[i]);
    }
    if (notMapped != 0) {
        err << notMapped << " records were not mapped" << Qt::endl;
        return 1;
    }
    const double n = double(rows);
    const auto best = [](const Variant &v) { return *std::min_element(v.runs.cbegin(), v.runs.cend()); };
    // Every pass when there are a few; the spread when there are many.
    const auto runs = [](const Variant &v) {
        if (v.runs.size() > 6) {
            QList<double> sorted = v.runs;
            std::sort(sorted.begin(), sorted.end());
            return QStringLiteral("median %1, slowest %2")
                .arg(sorted[sorted.size() / 2], 0, 'f', 3)
                .arg(sorted.last(), 0, 'f', 3);
        }
        QStringList s;
        for (double x : v.runs)
            s.append(QString::number(x, 'f', 3));
        return s.join(QStringLiteral(", "));
    };

    QTextStream out(stdout);
    if (p.isSet(onlyOpt)) {
        out << QStringLiteral("%1: best %2 s, %3 ns/record (passes: %4 s)\n")
                   .arg(vs[0].name)
                   .arg(best(vs[0]), 0, 'f', 3)
                   .arg(best(vs[0]) * 1e9 / n, 0, 'f', 0)
                   .arg(runs(vs[0]));
        return 0;
    }
    const double plain = best(vs[0]);
    const double compiled = best(vs[1]);
    const double ratio = compiled / plain;
    if (p.isSet(jsonOpt)) {
        const auto array = [](const Variant &v) {
            QJsonArray a;
            for (double x : v.runs)
                a.append(x);
            return a;
        };
        QJsonObject o{{QStringLiteral("rows"), rows},
                      {QStringLiteral("distinct"), distinct},
                      {QStringLiteral("batch"), batch},
                      {QStringLiteral("fields"), int(vs[1].mapping.targetFields().size())},
                      {QStringLiteral("plain_s"), plain},
                      {QStringLiteral("compiled_s"), compiled},
                      {QStringLiteral("plain_records_per_s"), n / plain},
                      {QStringLiteral("compiled_records_per_s"), n / compiled},
                      {QStringLiteral("plain_ns_per_record"), plain * 1e9 / n},
                      {QStringLiteral("compiled_ns_per_record"), compiled * 1e9 / n},
                      {QStringLiteral("ratio"), ratio},
                      {QStringLiteral("plain_runs_s"), array(vs[0])},
                      {QStringLiteral("compiled_runs_s"), array(vs[1])}};
        if (vs.size() > 2) {
            QJsonObject extra;
            for (std::size_t i = 2; i < vs.size(); ++i)
                extra.insert(vs[i].name, (best(vs[i]) - plain) * 1e9 / n);
            o.insert(QStringLiteral("breakdown_ns_per_record_over_plain"), extra);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    out << QStringLiteral("records %1 (%2 distinct), %3 fields, batch %4, fastest of %5 passes each (interleaved in "
                         "slices of %6 records)\n")
               .arg(rows)
               .arg(distinct)
               .arg(vs[1].mapping.targetFields().size())
               .arg(batch)
               .arg(repeat)
               .arg(sliceRows);
    for (std::size_t i = 0; i < vs.size(); ++i) {
        if (i == 2)
            out << QStringLiteral("breakdown: one feature at a time, the other fields plain copies\n");
        const double s = best(vs[i]);
        out << QStringLiteral("  %1 %2 s, %3 records/s, %4 ns/record")
                   .arg(vs[i].name + QLatin1Char(':'), -20)
                   .arg(s, 6, 'f', 3)
                   .arg(n / s, 9, 'f', 0)
                   .arg(s * 1e9 / n, 5, 'f', 0);
        if (i > 0)
            out << QStringLiteral(" (%1%2 ns over plain)").arg(s >= plain ? QStringLiteral("+") : QString()).arg((s - plain) * 1e9 / n, 0, 'f', 0);
        out << QStringLiteral("  passes: %1 s\n").arg(runs(vs[i]));
    }
    out << QStringLiteral("ratio (compiled time / plain time): %1x (target <= 2.0x)\n").arg(ratio, 0, 'f', 2);
    return 0;
}
