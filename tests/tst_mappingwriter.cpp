// Writing mappings back as YAML (mapping/mappingwriter.h): load -> write -> load gives the same
// rules for every mapping file in the repository, writing is idempotent, scalars keep their type
// and text, and the steward's comments survive or are reported as dropped.

#include "demo/demoworkspace.h"
#include "mapping/mappingwriter.h"
#include "workspace/mappingloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace concord;

namespace {

// Strict: the same type and the same text (Value's == would take 12.5 for 12.50 and 3 for 3.0).
QString valueDiff(const QString &what, const Value &a, const Value &b)
{
    if (a.type() == b.type() && a.toString() == b.toString())
        return {};
    return QStringLiteral("%1: %2 '%3' != %4 '%5'")
        .arg(what, Value::typeName(a.type()), a.toString(), Value::typeName(b.type()), b.toString());
}

QString optionalDiff(const QString &what, const std::optional<Value> &a, const std::optional<Value> &b)
{
    if (a.has_value() != b.has_value())
        return QStringLiteral("%1: present %2 != %3").arg(what).arg(a.has_value()).arg(b.has_value());
    return a ? valueDiff(what, *a, *b) : QString();
}

template<typename T>
QString plainDiff(const QString &what, const T &a, const T &b)
{
    if (a == b)
        return {};
    return what + QLatin1String(" differs");
}

QString tableDiff(const QString &what, const QMap<QString, Value> &a, const QMap<QString, Value> &b)
{
    if (a.keys() != b.keys())
        return QStringLiteral("%1: keys %2 != %3").arg(what, a.keys().join(QLatin1Char(',')), b.keys().join(QLatin1Char(',')));
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (const QString d = valueDiff(what + QLatin1Char('.') + it.key(), it.value(), b.value(it.key())); !d.isEmpty())
            return d;
    return {};
}

// The first stored attribute in which two mappings differ (locations and paths aside), or "".
QString rulesDiff(const MappingRules &a, const MappingRules &b)
{
    QStringList d;
    d << plainDiff(QStringLiteral("source"), a.source, b.source) << plainDiff(QStringLiteral("target"), a.target, b.target)
      << plainDiff(QStringLiteral("description"), a.description, b.description)
      << plainDiff(QStringLiteral("required"), a.required, b.required)
      << plainDiff(QStringLiteral("unique"), a.unique, b.unique)
      << plainDiff(QStringLiteral("lookup table names"), a.lookupTables.keys(), b.lookupTables.keys());
    for (auto t = a.lookupTables.cbegin(); t != a.lookupTables.cend(); ++t)
        d << tableDiff(QStringLiteral("lookups.") + t.key(), *t, b.lookupTables.value(t.key()));
    d << plainDiff(QStringLiteral("number of fields"), a.fields.size(), b.fields.size());
    for (int i = 0; i < std::min(a.fields.size(), b.fields.size()); ++i) {
        const FieldRule &x = a.fields[i];
        const FieldRule &y = b.fields[i];
        const QString f = QStringLiteral("field %1 (%2)").arg(i).arg(x.target);
        d << plainDiff(f + QLatin1String(" target"), x.target, y.target)
          << plainDiff(f + QLatin1String(" from"), x.from, y.from) << plainDiff(f + QLatin1String(" expr"), x.expr, y.expr)
          << optionalDiff(f + QLatin1String(" const"), x.constant, y.constant)
          << plainDiff(f + QLatin1String(" transform"), x.transforms, y.transforms)
          << optionalDiff(f + QLatin1String(" else"), x.elseValue, y.elseValue)
          << plainDiff(f + QLatin1String(" else expr"), x.elseExpr, y.elseExpr)
          << optionalDiff(f + QLatin1String(" default"), x.defaultValue, y.defaultValue)
          << plainDiff(f + QLatin1String(" on_null"), x.onNull, y.onNull)
          << plainDiff(f + QLatin1String(" type"), x.type, y.type)
          << plainDiff(f + QLatin1String(" description"), x.description, y.description)
          << plainDiff(f + QLatin1String(" lookup"), x.lookup.has_value(), y.lookup.has_value())
          << plainDiff(f + QLatin1String(" number of cases"), x.cases.size(), y.cases.size());
        if (x.lookup && y.lookup) {
            d << tableDiff(f + QLatin1String(" lookup.values"), x.lookup->values, y.lookup->values)
              << plainDiff(f + QLatin1String(" lookup.dataset"), x.lookup->dataset, y.lookup->dataset)
              << plainDiff(f + QLatin1String(" lookup.key"), x.lookup->keyField, y.lookup->keyField)
              << plainDiff(f + QLatin1String(" lookup.value"), x.lookup->valueField, y.lookup->valueField)
              << optionalDiff(f + QLatin1String(" lookup.default"), x.lookup->fallback, y.lookup->fallback);
        }
        for (int c = 0; c < std::min(x.cases.size(), y.cases.size()); ++c) {
            const QString cs = f + QStringLiteral(" case %1").arg(c);
            d << plainDiff(cs + QLatin1String(" when"), x.cases[c].when, y.cases[c].when)
              << valueDiff(cs + QLatin1String(" then"), x.cases[c].then, y.cases[c].then)
              << plainDiff(cs + QLatin1String(" then expr"), x.cases[c].thenExpr, y.cases[c].thenExpr);
        }
    }
    d << plainDiff(QStringLiteral("number of rules"), a.rules.size(), b.rules.size());
    for (int i = 0; i < std::min(a.rules.size(), b.rules.size()); ++i) {
        const ValidationRule &x = a.rules[i];
        const ValidationRule &y = b.rules[i];
        const QString r = QStringLiteral("rule %1").arg(i);
        d << plainDiff(r + QLatin1String(" field"), x.field, y.field) << plainDiff(r + QLatin1String(" check"), x.check, y.check)
          << plainDiff(r + QLatin1String(" code"), x.code, y.code) << plainDiff(r + QLatin1String(" message"), x.message, y.message);
    }
    d.removeAll(QString());
    return d.value(0);
}

std::optional<MappingRules> loadText(const QString &yaml, ErrorList *errors)
{
    return MappingLoader::loadText(QStringLiteral("mappings/test.yaml"), yaml.toUtf8(), errors);
}

QString errorText(const ErrorList &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

// A mapping with just what the loader needs, for the edge-case tests to fill in.
MappingRules emptyMapping()
{
    MappingRules m;
    m.source = QStringLiteral("crm.opportunities");
    m.target = QStringLiteral("warehouse.orders");
    return m;
}

FieldRule fromRule(const QString &target, const QString &from)
{
    FieldRule r;
    r.target = target;
    r.from = from;
    return r;
}

Value decimal(const char *text)
{
    return Value::fromDecimal(*Decimal::parse(QStringView(QString::fromLatin1(text))));
}

// Loads `yaml`, applies `edit` to the rules and writes them with `yaml` as the original.
MappingText editAndWrite(const QString &yaml, const std::function<void(MappingRules &)> &edit)
{
    ErrorList errors;
    auto rules = loadText(yaml, &errors);
    if (!rules || !errors.isEmpty())
        qFatal("the test's mapping does not load: %s", qPrintable(errorText(errors)));
    edit(*rules);
    return writeMapping(*rules, yaml);
}

} // namespace

class TestMappingWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void scalars_data();
    void scalars();
    void randomText();
    void layout_data();
    void layout();
    void comments_data();
    void comments();
    void descriptionIsNotPartOfTheVersion();

private:
    QTemporaryDir m_demo;
};

void TestMappingWriter::initTestCase()
{
    QVERIFY(m_demo.isValid());
    DemoOptions small;
    small.customers = 20;
    small.opportunities = 20;
    small.invoices = 20;
    const Result<void> made = createDemoWorkspace(m_demo.path(), small);
    QVERIFY2(made.ok(), qPrintable(made.error().toString()));
}

void TestMappingWriter::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QStringList files;
    for (const QString &name : QDir(m_demo.filePath(QStringLiteral("mappings"))).entryList({QStringLiteral("*.yaml")}))
        files.append(m_demo.filePath(QStringLiteral("mappings/") + name));
    const QDir data(QStringLiteral(CONCORD_TEST_DATA));
    for (const QString &dir : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &name : QDir(data.filePath(dir + QStringLiteral("/mappings"))).entryList({QStringLiteral("*.yaml")}))
            files.append(data.filePath(dir + QStringLiteral("/mappings/") + name));
    }
    // Table-driven mapping cases (tests/data/mapping/<case>/mapping.yaml), as they are added.
    const QDir cases(data.filePath(QStringLiteral("mapping")));
    for (const QString &dir : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(cases.filePath(dir + QStringLiteral("/mapping.yaml"))))
            files.append(cases.filePath(dir + QStringLiteral("/mapping.yaml")));
    int rows = 0;
    for (const QString &file : std::as_const(files)) {
        ErrorList errors;
        if (!MappingLoader::load(QStringLiteral("mappings/x.yaml"), file, &errors) || !errors.isEmpty())
            continue; // a case about a broken mapping: nothing to write back
        QString name = file;
        name.remove(m_demo.path() + QLatin1Char('/')).remove(QStringLiteral(CONCORD_TEST_DATA "/"));
        QTest::newRow(qPrintable(name)) << file;
        ++rows;
    }
    QVERIFY2(rows >= 5, "the mapping files to round-trip are missing");
}

void TestMappingWriter::roundTrip()
{
    QFETCH(QString, file);
    const QString original = readAll(file);
    ErrorList errors;
    const auto loaded = MappingLoader::load(QStringLiteral("mappings/x.yaml"), file, &errors);
    QVERIFY(loaded);

    // Written from scratch and written over the original: both read back as the same rules.
    for (const QString &over : {QString(), original}) {
        const MappingText first = writeMapping(*loaded, over);
        const auto again = loadText(first.yaml, &errors);
        QVERIFY2(again && errors.isEmpty(), qPrintable(errorText(errors) + QLatin1Char('\n') + first.yaml));
        QVERIFY2(rulesDiff(*loaded, *again).isEmpty(), qPrintable(rulesDiff(*loaded, *again) + QLatin1Char('\n') + first.yaml));
        QCOMPARE(again->version, loaded->version);
        // Idempotent: what was written, loaded and written again (over itself) is the same text.
        const MappingText second = writeMapping(*again, over.isEmpty() ? QString() : first.yaml);
        QCOMPARE(second.yaml, first.yaml);
        QCOMPARE(second.droppedComments, QStringList());
        if (!over.isEmpty()) {
            // Unchanged rules keep every comment of the file.
            QCOMPARE(first.droppedComments, QStringList());
            QCOMPARE(first.yaml.count(QLatin1Char('#')), original.count(QLatin1Char('#')));
        }
    }

    // With any one field removed or renamed, every comment is either still there or reported.
    // Counted by '#': the rules' own text has as many when written without the original.
    const auto hashes = [](const QString &s) { return int(s.count(QLatin1Char('#'))); };
    const int ruleHashes = hashes(writeMapping(*loaded).yaml);
    for (int i = 0; i < loaded->fields.size(); ++i) {
        for (const bool rename : {false, true}) {
            MappingRules edited = *loaded;
            if (rename)
                edited.fields[i].target += QLatin1String("_renamed");
            else
                edited.fields.removeAt(i);
            const MappingText written = writeMapping(edited, original);
            int dropped = 0;
            for (const QString &c : written.droppedComments)
                dropped += hashes(c);
            const int editedRuleHashes = hashes(writeMapping(edited).yaml);
            QCOMPARE(hashes(written.yaml) - editedRuleHashes + dropped, hashes(original) - ruleHashes);
            const auto again = loadText(written.yaml, &errors);
            QVERIFY2(again && errors.isEmpty(), qPrintable(errorText(errors)));
            QVERIFY(rulesDiff(edited, *again).isEmpty());
        }
    }
}

void TestMappingWriter::scalars_data()
{
    QTest::addColumn<Value>("value");
    const auto text = [](const char *name, const QString &s) { QTest::newRow(name) << Value::fromString(s); };
    text("zero", QStringLiteral("0"));
    text("true", QStringLiteral("true"));
    text("True", QStringLiteral("True"));
    text("FALSE", QStringLiteral("FALSE"));
    text("null", QStringLiteral("null"));
    text("Null", QStringLiteral("Null"));
    text("tilde", QStringLiteral("~"));
    text("empty", QString());
    text("spaces around", QStringLiteral("  x "));
    text("only spaces", QStringLiteral("   "));
    text("thousands comma", QStringLiteral("12,800"));
    text("decimal text", QStringLiteral("12.50"));
    text("exponent text", QStringLiteral("1e3"));
    text("point five", QStringLiteral(".5"));
    text("negative", QStringLiteral("-5"));
    text("plus", QStringLiteral("+5"));
    text("hex", QStringLiteral("0x1F"));
    text("yes", QStringLiteral("yes"));
    text("colon space", QStringLiteral("a: b"));
    text("colon end", QStringLiteral("note:"));
    text("colon inside", QStringLiteral("a:b"));
    text("url", QStringLiteral("http://example.com/x?y=1#z"));
    text("hash after space", QStringLiteral("a #b"));
    text("hash inside", QStringLiteral("C#"));
    text("hash first", QStringLiteral("#1"));
    text("chinese", QStringLiteral("北京"));
    text("chinese with full-width space", QStringLiteral("　待定　"));
    text("apostrophe", QStringLiteral("it's"));
    text("double quotes", QStringLiteral("say \"hi\""));
    text("expression with quotes", QStringLiteral("value == 'Closed Won' and x != \"y\""));
    text("backslash", QStringLiteral("C:\\temp\\"));
    text("newline", QStringLiteral("two\nlines"));
    text("tab", QStringLiteral("a\tb"));
    text("bell", QStringLiteral("a\ab"));
    text("dash space", QStringLiteral("- x"));
    text("question", QStringLiteral("what?"));
    text("brackets", QStringLiteral("[a]"));
    text("braces", QStringLiteral("{a: 1}"));
    text("anchor", QStringLiteral("&a"));
    text("alias", QStringLiteral("*a"));
    text("tag", QStringLiteral("!x"));
    text("percent", QStringLiteral("%x"));
    text("at", QStringLiteral("@x"));
    text("backtick", QStringLiteral("`x`"));
    text("pipe", QStringLiteral("|"));
    text("greater", QStringLiteral("> x"));
    text("decimal type", QStringLiteral("decimal(18,2)"));
    text("document end", QStringLiteral("..."));
    text("document start", QStringLiteral("---"));
    text("merge", QStringLiteral("<<"));
    text("emoji", QStringLiteral("ok 👍"));
    QTest::newRow("int") << Value::fromInt(42);
    QTest::newRow("negative int") << Value::fromInt(-7);
    QTest::newRow("int max") << Value::fromInt(std::numeric_limits<qint64>::max());
    QTest::newRow("decimal") << decimal("12.50");
    QTest::newRow("decimal zero places") << decimal("0.00");
    QTest::newRow("negative decimal") << decimal("-0.5");
    QTest::newRow("decimal from exponent") << decimal("1.5e3");
    QTest::newRow("decimal beyond int") << decimal("99999999999999999999");
    QTest::newRow("bool true") << Value::fromBool(true);
    QTest::newRow("bool false") << Value::fromBool(false);
    QTest::newRow("null value") << Value();
}

// Every place a value or text can go, in one-line and in block rules, survives a round trip.
void TestMappingWriter::scalars()
{
    QFETCH(Value, value);
    const QString text = value.toString();
    MappingRules m = emptyMapping();
    m.description = text;

    FieldRule flow;
    flow.target = QStringLiteral("flow");
    flow.constant = value;
    flow.defaultValue = value;
    flow.description = text;
    flow.type = FieldType::decimal(18, 2);
    m.fields.append(flow);

    FieldRule block;
    block.target = text.isEmpty() ? QStringLiteral("block") : text; // the text as a key, too
    block.from = text;
    block.cases.append(CaseRule{text, value, QString(), {}, {}});
    block.cases.append(CaseRule{QStringLiteral("true"), Value(), text, {}, {}});
    block.elseExpr = text;
    block.defaultValue = value;
    block.onNull = NullPolicy::Keep;
    LookupRule lookup;
    lookup.values.insert(text, value);
    lookup.values.insert(QStringLiteral("other"), value);
    lookup.fallback = value;
    block.lookup = lookup;
    m.fields.append(block);

    // `else` needs `cases` (the loader refuses it alone).
    FieldRule otherwise;
    otherwise.target = QStringLiteral("otherwise");
    otherwise.from = QStringLiteral("id");
    otherwise.cases.append(CaseRule{QStringLiteral("false"), value, QString(), {}, {}});
    otherwise.elseValue = value;
    m.fields.append(otherwise);

    FieldRule expression;
    expression.target = QStringLiteral("expression");
    expression.expr = text;
    expression.transforms = QStringList{QStringLiteral("trim")};
    expression.onNull = NullPolicy::SkipRecord;
    m.fields.append(expression);

    m.lookupTables[text].insert(text, value);
    m.lookupTables[QStringLiteral("t")].insert(QStringLiteral("k"), value);
    m.required = QStringList{text, QStringLiteral("flow")};
    m.unique = QStringList{text};
    m.rules.append(ValidationRule{text, text, text.isEmpty() ? QStringLiteral("X") : text, text, {}});
    m.version = mappingVersion(m);

    const MappingText written = writeMapping(m);
    ErrorList errors;
    const auto read = loadText(written.yaml, &errors);
    QVERIFY2(read && errors.isEmpty(), qPrintable(errorText(errors) + QLatin1Char('\n') + written.yaml));
    QVERIFY2(rulesDiff(m, *read).isEmpty(), qPrintable(rulesDiff(m, *read) + QLatin1Char('\n') + written.yaml));
    QCOMPARE(read->version, m.version);
    QCOMPARE(writeMapping(*read).yaml, written.yaml);
}

// Random text from characters that matter to YAML, in every kind of place.
void TestMappingWriter::randomText()
{
    const QString alphabet = QStringLiteral(" \t\n-?:,[]{}#&*!|>'\"%@`\\.0123456789eE+~aZ北　_/<=");
    QRandomGenerator random(20240520);
    for (int round = 0; round < 400; ++round) {
        MappingRules m = emptyMapping();
        for (int i = 0; i < 4; ++i) {
            QString s;
            const int length = int(random.bounded(8));
            for (int k = 0; k < length; ++k)
                s += alphabet[int(random.bounded(int(alphabet.size())))];
            FieldRule r;
            r.target = QStringLiteral("f%1").arg(i) + s;
            r.constant = Value::fromString(s);
            r.description = s;
            if (i % 2 == 1) { // a block rule
                LookupRule l;
                l.values.insert(s, Value::fromString(s));
                r.lookup = l;
            }
            r.cases.append(CaseRule{s, Value::fromString(s), QString(), {}, {}});
            if (i == 0)
                r.cases.clear();
            m.fields.append(r);
            m.lookupTables[QStringLiteral("t")].insert(s, Value::fromString(s));
        }
        const MappingText written = writeMapping(m);
        ErrorList errors;
        const auto read = loadText(written.yaml, &errors);
        QVERIFY2(read && errors.isEmpty(), qPrintable(errorText(errors) + QLatin1Char('\n') + written.yaml));
        QVERIFY2(rulesDiff(m, *read).isEmpty(), qPrintable(rulesDiff(m, *read) + QLatin1Char('\n') + written.yaml));
    }
}

void TestMappingWriter::layout_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("expected");

    QTest::newRow("conventional order, flow for simple rules, block for cases and lookups")
        << QStringLiteral("validate: { rules: [{ check: \"value >= 0\", field: amount }], required: [order_id] }\n"
                          "fields:\n"
                          "  order_id: id\n"
                          "  status: { from: stage, cases: [{ when: \"value == 'Won'\", then: confirmed }], else: pending }\n"
                          "  region: { from: city, lookup: { values: { 北京: north, 上海: east }, default: other } }\n"
                          "  amount: { from: amount, type: 'decimal(18,2)', on_null: default, default: 0 }\n"
                          "  note: { const: '0', on_null: keep, default: '' }\n"
                          "  code: { expr: \"upper(code)\", on_null: skip_record }\n"
                          "description: 'a: b'\n"
                          "target: warehouse.orders\n"
                          "source: crm.opportunities\n")
        << QStringLiteral("source: crm.opportunities\n"
                          "target: warehouse.orders\n"
                          "description: 'a: b'\n"
                          "\n"
                          "fields:\n"
                          "  order_id: { from: id }\n"
                          "\n"
                          "  status:\n"
                          "    from: stage\n"
                          "    cases:\n"
                          "      - when: \"value == 'Won'\"\n"
                          "        then: confirmed\n"
                          "    else: pending\n"
                          "\n"
                          "  region:\n"
                          "    from: city\n"
                          "    lookup:\n"
                          "      values: { 上海: east, 北京: north }\n"
                          "      default: other\n"
                          "\n"
                          "  amount: { from: amount, type: 'decimal(18,2)', on_null: default, default: 0 }\n"
                          "  note: { const: '0', on_null: keep, default: '' }\n"
                          "  code: { expr: \"upper(code)\", on_null: skip_record }\n"
                          "\n"
                          "validate:\n"
                          "  required: [order_id]\n"
                          "  rules:\n"
                          "    - { field: amount, check: \"value >= 0\" }\n");

    QTest::newRow("the original's key order, block and flow choices and blank lines are kept")
        << QStringLiteral("source: a.b\n"
                          "target: c.d\n"
                          "fields:\n"
                          "  amount:\n"
                          "    default: 0\n"
                          "    from: amount\n"
                          "\n"
                          "  id: { from: id }\n"
                          "lookups:\n"
                          "  stages: { Won: confirmed, Lost: cancelled }\n")
        << QStringLiteral("source: a.b\n"
                          "target: c.d\n"
                          "fields:\n"
                          "  amount:\n"
                          "    default: 0\n"
                          "    from: amount\n"
                          "\n"
                          "  id: { from: id }\n"
                          "lookups:\n"
                          "  stages: { Won: confirmed, Lost: cancelled }\n");

    QTest::newRow("the original's alignment of values is kept")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  net_amount: { from: amount }\n"
                          "  tax_rate:   { from: rate }\n  id:         id\n")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  net_amount: { from: amount }\n"
                          "  tax_rate:   { from: rate }\n  id:         id\n");

    QTest::newRow("the original's shorthand stays; regexes in single quotes")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  id: id\n  name: name\n"
                          "  code: { expr: \"regex_replace(code, '\\\\d', 'x')\" }\n"
                          "  label: { expr: \"regex_replace(code, \\\"(\\\\d+)\\\", \\\"x\\\")\" }\n")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  id: id\n  name: name\n"
                          "  code: { expr: \"regex_replace(code, '\\\\d', 'x')\" }\n"
                          "  label: { expr: 'regex_replace(code, \"(\\d+)\", \"x\")' }\n");

    const QString longExpr = QStringLiteral("concat(customer_name, ' / ', upper(city), ' / ', format_date(created_at, "
                                            "'yyyy-MM-dd'))");
    QTest::newRow("a rule too long for a line is a block")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  label: { expr: \"%1\", type: string }\n").arg(longExpr)
        << QStringLiteral("source: a.b\ntarget: c.d\n\nfields:\n  label:\n    expr: \"%1\"\n    type: string\n")
               .arg(longExpr);

    QTest::newRow("then and else expressions, block scalars become double-quoted")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  x:\n    cases:\n      - when: |-\n          a ==\n"
                          "          'b'\n        then: { expr: \"upper(a)\" }\n    else: { expr: 'lower(a)' }\n")
        << QStringLiteral("source: a.b\ntarget: c.d\n\nfields:\n  x:\n    cases:\n      - when: \"a ==\\n'b'\"\n"
                          "        then: { expr: \"upper(a)\" }\n    else: { expr: \"lower(a)\" }\n");
}

// The text written for a mapping: its layout is what a steward would write by hand.
void TestMappingWriter::layout()
{
    QFETCH(QString, original);
    QFETCH(QString, expected);
    ErrorList errors;
    const auto rules = loadText(original, &errors);
    QVERIFY2(rules && errors.isEmpty(), qPrintable(errorText(errors)));
    // The layout rows without an original in their name are written from scratch.
    const bool keepOriginal = QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("original"));
    const MappingText written = writeMapping(*rules, keepOriginal ? original : QString());
    QCOMPARE(written.yaml, expected);
    const auto again = loadText(written.yaml, &errors);
    QVERIFY(again && errors.isEmpty());
    QVERIFY2(rulesDiff(*rules, *again).isEmpty(), qPrintable(rulesDiff(*rules, *again)));
}

void TestMappingWriter::comments_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("dropped");

    const QString demoLike = QStringLiteral(
        "# 销售商机 → 仓储订单\n"
        "# Each target field says where its value comes from.\n"
        "description: opportunities become orders\n"
        "source: crm.opportunities\n"
        "target: warehouse.orders   # the warehouse\n"
        "\n"
        "fields:\n"
        "  # The order id reuses the opportunity id.\n"
        "  order_id: { from: id }\n"
        "\n"
        "  # 去掉空格。Strip spaces.\n"
        "  customer_name: { from: customer_name, transform: [trim] }   # trimmed\n"
        "\n"
        "  # Stage becomes status.\n"
        "  order_status:\n"
        "    from: opportunity_stage   # the CRM stage\n"
        "    cases:\n"
        "      # won\n"
        "      - when: \"value == 'Closed Won'\"\n"
        "        then: confirmed   # shipped next\n"
        "      - when: \"value in ['Lost', 'Cancelled']\"\n"
        "        then: cancelled\n"
        "    else: pending\n"
        "\n"
        "validate:\n"
        "  # Records missing these are not written.\n"
        "  required: [order_id, customer_name]\n"
        "  rules:\n"
        "    # Amounts may not be negative.\n"
        "    - { field: order_id, check: \"value >= 0\", code: NEGATIVE_ID }\n"
        "\n"
        "# end of file\n");

    QTest::newRow("unchanged: the same text") << demoLike << QString() << demoLike << QStringList();

    QTest::newRow("field renamed: its comments are reported")
        << demoLike << QStringLiteral("rename customer_name")
        << QString(demoLike)
               .replace(QStringLiteral("  # 去掉空格。Strip spaces.\n  customer_name: { from: customer_name, "
                                       "transform: [trim] }   # trimmed\n"),
                        QStringLiteral("  buyer: { from: customer_name, transform: [trim] }\n"))
               .replace(QStringLiteral("required: [order_id, customer_name]"), QStringLiteral("required: [order_id, buyer]"))
        << QStringList{QStringLiteral("# 去掉空格。Strip spaces."), QStringLiteral("# trimmed")};

    QTest::newRow("field removed, case changed: their comments are reported")
        << demoLike << QStringLiteral("remove order_id, change first case")
        << QStringLiteral("# 销售商机 → 仓储订单\n"
                          "# Each target field says where its value comes from.\n"
                          "description: opportunities become orders\n"
                          "source: crm.opportunities\n"
                          "target: warehouse.orders   # the warehouse\n"
                          "\n"
                          "fields:\n"
                          "\n"
                          "  # 去掉空格。Strip spaces.\n"
                          "  customer_name: { from: customer_name, transform: [trim] }   # trimmed\n"
                          "\n"
                          "  # Stage becomes status.\n"
                          "  order_status:\n"
                          "    from: opportunity_stage   # the CRM stage\n"
                          "    cases:\n"
                          "      - when: \"value == 'Won'\"\n"
                          "        then: confirmed\n"
                          "      - when: \"value in ['Lost', 'Cancelled']\"\n"
                          "        then: cancelled\n"
                          "    else: pending\n"
                          "\n"
                          "validate:\n"
                          "  # Records missing these are not written.\n"
                          "  required: [customer_name]\n"
                          "  rules:\n"
                          "    # Amounts may not be negative.\n"
                          "    - { field: order_id, check: \"value >= 0\", code: NEGATIVE_ID }\n"
                          "\n"
                          "# end of file\n")
        << QStringList{QStringLiteral("# The order id reuses the opportunity id."), QStringLiteral("# won"),
                       QStringLiteral("# shipped next")};

    // The trailing comment keeps its column, where it lines up with its neighbours.
    QTest::newRow("one-line rule that gains cases keeps its comments on the key line")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  # status\n  s: { from: s }   # from the CRM\n")
        << QStringLiteral("add a case to s")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  # status\n  s:               # from the CRM\n    from: s\n"
                          "    cases:\n      - when: \"value == 1\"\n        then: one\n")
        << QStringList();

    QTest::newRow("shorthand that no longer says all becomes a map")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  id: id\n  name: name   # who\n")
        << QStringLiteral("trim name")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  id: id\n  name: { from: name, transform: [trim] }  # who\n")
        << QStringList();

    QTest::newRow("block rule written as one line loses the comments inside it")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  a:\n    # why\n    from: x\n    transform: [trim]  # tidy\n")
        << QStringLiteral("remove a's transform")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  a:\n    # why\n    from: x\n")
        << QStringList{QStringLiteral("# tidy")};

    QTest::newRow("byte order mark, rule without a field, footer")
        << QStringLiteral("\uFEFF# header\nsource: a.b\ntarget: c.d\nfields:\n  a: x\nvalidate:\n  rules:\n"
                          "    # whole record\n    - check: \"a != b\"   # differ\n      message: same\n\n# footer\n")
        << QString()
        << QStringLiteral("# header\nsource: a.b\ntarget: c.d\nfields:\n  a: x\nvalidate:\n  rules:\n"
                          "    # whole record\n    - check: \"a != b\"   # differ\n      message: same\n\n# footer\n")
        << QStringList();

    QTest::newRow("comment inside a multi-line flow map has no place")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  a: { from: x,\n       # odd place\n"
                          "       transform: [trim] }\n")
        << QString()
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  a: { from: x, transform: [trim] }\n")
        << QStringList{QStringLiteral("# odd place")};

    QTest::newRow("quotes and hashes inside values are not comments")
        << QStringLiteral("# header\n\nsource: a.b   # it's the source\ntarget: c.d\nfields:\n"
                          "  a: { expr: \"concat(x, ' # ', y)\" }   # joined\n"
                          "  b: { const: 'it''s # not a comment' }\n"
                          "  c: { const: don't }   # apostrophe\n")
        << QString()
        << QStringLiteral("# header\n\nsource: a.b   # it's the source\ntarget: c.d\nfields:\n"
                          "  a: { expr: \"concat(x, ' # ', y)\" }   # joined\n"
                          "  b: { const: 'it''s # not a comment' }\n"
                          "  c: { const: don't }   # apostrophe\n")
        << QStringList();

    QTest::newRow("comment lines inside a block scalar are its text")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  a:\n    expr: |\n      # not a comment\n      x\n"
                          "    type: string   # after\n")
        << QString()
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  a:\n    expr: \"# not a comment\\nx\\n\"\n"
                          "    type: string   # after\n")
        << QStringList();

    QTest::newRow("a blank line after a block scalar stays")
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  a:\n    expr: |\n      x\n\n  # b\n  b: { from: y }\n")
        << QString()
        << QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  a:\n    expr: \"x\\n\"\n\n  # b\n  b: { from: y }\n")
        << QStringList();

    QTest::newRow("text that is not YAML: only the header and footer are kept")
        << QStringLiteral("# header\nsource: [a\n  # lost\ntarget: b   # lost too\n# footer\n")
        << QStringLiteral("use the default mapping")
        << QStringLiteral("# header\nsource: crm.opportunities\ntarget: warehouse.orders\n\nfields:\n"
                          "  order_id: { from: id }\n# footer\n")
        << QStringList{QStringLiteral("# lost"), QStringLiteral("# lost too")};
}

// Comments of the original are carried over where their key still is, and reported otherwise.
void TestMappingWriter::comments()
{
    QFETCH(QString, original);
    QFETCH(QString, edit);
    QFETCH(QString, expected);
    QFETCH(QStringList, dropped);

    MappingText written;
    if (edit == QLatin1String("use the default mapping")) {
        MappingRules m = emptyMapping();
        m.fields.append(fromRule(QStringLiteral("order_id"), QStringLiteral("id")));
        written = writeMapping(m, original);
    } else {
        written = editAndWrite(original, [&](MappingRules &m) {
            if (edit == QLatin1String("rename customer_name")) {
                m.fields[1].target = QStringLiteral("buyer");
                m.required[1] = QStringLiteral("buyer");
            } else if (edit == QLatin1String("remove order_id, change first case")) {
                m.fields.removeFirst();
                m.required.removeFirst();
                m.fields[1].cases[0].when = QStringLiteral("value == 'Won'");
            } else if (edit == QLatin1String("add a case to s")) {
                m.fields[0].cases.append(CaseRule{QStringLiteral("value == 1"), Value::fromString(QStringLiteral("one")),
                                                  QString(), {}, {}});
            } else if (edit == QLatin1String("trim name")) {
                m.fields[1].transforms.append(QStringLiteral("trim"));
            } else if (edit == QLatin1String("remove a's transform")) {
                m.fields[0].transforms.clear();
            } else {
                QVERIFY(edit.isEmpty());
            }
        });
    }
    QCOMPARE(written.yaml, expected);
    QCOMPARE(written.droppedComments, dropped);
    // Written over itself, the result is stable and loses nothing.
    ErrorList errors;
    const auto again = loadText(written.yaml, &errors);
    QVERIFY2(again && errors.isEmpty(), qPrintable(errorText(errors)));
    const MappingText second = writeMapping(*again, written.yaml);
    QCOMPARE(second.yaml, written.yaml);
    QCOMPARE(second.droppedComments, QStringList());
}

void TestMappingWriter::descriptionIsNotPartOfTheVersion()
{
    const QString yaml = QStringLiteral("source: a.b\ntarget: c.d\ndescription: first\nfields:\n"
                                        "  a: { from: x, description: 'what a is: x' }\n");
    ErrorList errors;
    const auto rules = loadText(yaml, &errors);
    QVERIFY(rules && errors.isEmpty());
    QCOMPARE(rules->description, QStringLiteral("first"));
    QCOMPARE(rules->fields[0].description, QStringLiteral("what a is: x"));
    MappingRules changed = *rules;
    changed.description = QStringLiteral("second");
    changed.fields[0].description.clear();
    QCOMPARE(mappingVersion(changed), rules->version);
    const auto without = loadText(QStringLiteral("source: a.b\ntarget: c.d\nfields:\n  a: { from: x }\n"), &errors);
    QVERIFY(without && errors.isEmpty());
    QCOMPARE(without->version, rules->version);
}

QTEST_GUILESS_MAIN(TestMappingWriter)
#include "tst_mappingwriter.moc"
