// Mapping semantics, table-driven (issue 3): every construct of a mappings/*.yaml file, every
// null policy and every error, as documented in docs/mapping.md and docs/expressions.md.
//
// Each folder tests/data/mapping/<case>/ holds a mapping.yaml between the two datasets of
// tests/data/mapping/_datasets/workspace.yaml (shop.orders -> ledger.entries) and either
//   - input.json: a JSON array of source records (field -> JSON value; a missing field is null;
//     decimals as strings so that they stay exact), and expected.json: one entry per record,
//       {"status": "mapped", "values": {TARGET_FIELD: JSON, ...}}   every field the mapping writes
//       {"status": "skipped", "field": F}                          on_null: skip_record
//       {"status": "failed", "code": CODE, "field": F [, "message": M] [, "at": "mapping.yaml:L:C"]}
//   - or, for a mapping that must not load or compile, only expected.json:
//       {"errors": ["mapping.yaml:LINE:COLUMN: message", ...]}   sorted as `validate` sorts them.
//
// Values are compared by the JSON that Value::toJson() gives, so by their canonical text:
// a decimal must carry its target field's scale ("12.50" for decimal(18,2), "12.5000" for
// decimal(9,4)); "12.5" would not match. That is deliberate: the text is what a TEXT column
// receives and what a steward sees, and the scale is part of the documented result ("rounded
// half up to s places"). Timestamps likewise compare by their text, which keeps the offset.
// Each non-null value must also have the kind of its field's type (or of the rule's `type:`).
//
// validate.unique is a check across the records of a batch, done by the pipeline runner; map()
// sees one record, so the case validate_unique_not_per_record only pins down that map() itself
// does not enforce it. Lookups from a dataset (lookup: { dataset: ... }) are read by the runner
// too and are not covered here.
//
// The expected files were written by hand from the documentation. Where the engine disagrees
// with the documentation, the record is listed in known_bugs below and fails as expected.

#include "mapping/mapper.h"
#include "mapping/texttransform.h"
#include "workspace/mappingloader.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace concord;

namespace {

// Records (or whole cases) where the engine does not do what the documentation says. The key is
// "CASE" or "CASE#RECORD" (0-based index into input.json). Remove an entry when the engine is fixed:
// the test then reports an unexpected pass.
struct KnownBug
{
    const char *where;
    const char *reason;
};
const std::vector<KnownBug> known_bugs = {
};

QString caseData(const QString &relative)
{
    return QStringLiteral(CONCORD_TEST_DATA "/mapping/") + relative;
}

std::optional<QJsonDocument> readJson(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2 at offset %3").arg(path, pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    return doc;
}

// Compact JSON text of one value; comparing these avoids QJsonValue's int/double distinctions.
QString jsonText(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool kindMatches(Value::Type value, FieldType::Kind kind)
{
    switch (kind) {
    case FieldType::Int: return value == Value::Type::Int;
    case FieldType::Decimal: return value == Value::Type::Decimal;
    case FieldType::String: return value == Value::Type::String;
    case FieldType::Bool: return value == Value::Type::Bool;
    case FieldType::Date: return value == Value::Type::Date;
    case FieldType::Timestamp: return value == Value::Type::Timestamp;
    case FieldType::Json: return value == Value::Type::Json;
    }
    return false;
}

QString outcomeText(const MapOutcome &o)
{
    switch (o.kind) {
    case MapOutcome::Kind::Mapped: return QStringLiteral("mapped");
    case MapOutcome::Kind::Skipped: return QStringLiteral("skipped (field '%1')").arg(o.field);
    case MapOutcome::Kind::Failed:
        return QStringLiteral("failed %1 (field '%2'): %3").arg(o.error.code, o.field, o.error.message);
    }
    return {};
}

// Errors as `validate` lists them: without duplicates, sorted by line and column, with paths
// relative to the case folder.
QStringList errorLines(ErrorList errors, const QString &dir)
{
    ErrorList unique;
    for (const Error &e : std::as_const(errors))
        if (!unique.contains(e))
            unique.append(e);
    std::stable_sort(unique.begin(), unique.end(), [](const Error &a, const Error &b) {
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    QStringList lines;
    for (const Error &e : std::as_const(unique)) {
        QString line = e.toString();
        if (line.startsWith(dir + QLatin1Char('/')))
            line.remove(0, dir.size() + 1);
        lines.append(line);
    }
    return lines;
}

// What differs between two error lists: lines missing, lines not expected, or the order.
QStringList compareErrors(const QStringList &expected, const QStringList &actual)
{
    QStringList differences;
    for (const QString &e : expected)
        if (!actual.contains(e))
            differences.append(QStringLiteral("missing error: ") + e);
    for (const QString &a : actual)
        if (!expected.contains(a))
            differences.append(QStringLiteral("unexpected error: ") + a);
    if (differences.isEmpty() && expected != actual)
        differences.append(QStringLiteral("the errors come in another order: ") + actual.join(QStringLiteral(" | ")));
    return differences;
}

} // namespace

class TestMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cases_data();
    void cases();
    void textStepsMatchQt();
    void textStepsShareUnchangedText();
    void caseConversionEveryUnit();

private:
    // Compares one record's outcome with its expected entry; returns the differences.
    QStringList compareRecord(const QJsonObject &expected, const MapOutcome &outcome, const Record &out,
                              const CompiledMapping &mapping, const MappingRules &rules,
                              const DatasetDef &target) const;

    WorkspaceLoad m_datasets;
    QString m_caseDir; // the case being compared, for error locations relative to it
};

void TestMapping::initTestCase()
{
    m_datasets = WorkspaceLoader::load(caseData(QStringLiteral("_datasets")));
    QVERIFY2(m_datasets.ok(), qPrintable(m_datasets.ok() ? QString() : m_datasets.errors.front().toString()));
    QVERIFY(m_datasets.workspace->dataset(QStringLiteral("shop.orders")));
    QVERIFY(m_datasets.workspace->dataset(QStringLiteral("ledger.entries")));
}

void TestMapping::cases_data()
{
    QTest::addColumn<QString>("dir");
    const QDir data(caseData(QString()));
    int count = 0;
    for (const QString &name : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name.startsWith(QLatin1Char('_'))) // _datasets
            continue;
        QTest::newRow(qPrintable(name)) << data.filePath(name);
        ++count;
    }
    QVERIFY2(count >= 40, "the mapping cases are missing");
}

void TestMapping::cases()
{
    QFETCH(QString, dir);
    const QString name = QFileInfo(dir).fileName();
    m_caseDir = dir;
    QString problem;
    const auto expectedDoc = readJson(dir + QStringLiteral("/expected.json"), &problem);
    QVERIFY2(expectedDoc, qPrintable(problem));

    ErrorList errors;
    const auto rules = MappingLoader::load(QStringLiteral("mapping.yaml"), dir + QStringLiteral("/mapping.yaml"), &errors);
    const Workspace &ws = *m_datasets.workspace;
    const DatasetDef *source = rules ? ws.dataset(rules->source) : nullptr;
    const DatasetDef *target = rules ? ws.dataset(rules->target) : nullptr;
    CompiledMapping mapping;
    if (rules) {
        QVERIFY2(source && target, qPrintable(QStringLiteral("%1: the mapping must map between the datasets of "
                                                             "_datasets/workspace.yaml").arg(name)));
        mapping = CompiledMapping::compile(*rules, *source, *target, &errors);
    }
    const QStringList actualErrors = errorLines(errors, dir);

    QStringList caseBugs; // reasons, for a whole-case known bug
    std::vector<std::pair<int, const char *>> recordBugs;
    for (const KnownBug &b : known_bugs) {
        const QString where = QString::fromUtf8(b.where);
        if (where == name)
            caseBugs.append(QString::fromUtf8(b.reason));
        else if (where.startsWith(name + QLatin1Char('#')))
            recordBugs.push_back({where.mid(name.size() + 1).toInt(), b.reason});
    }
    // A whole-case known bug marks the case's final comparison (errors, or all records).
    const QByteArray caseBugReason = caseBugs.join(QStringLiteral("; ")).toUtf8(); // outlives QEXPECT_FAIL

    if (expectedDoc->isObject()) { // a mapping that must not load or compile
        QStringList expectedErrors;
        for (const QJsonValue &v : expectedDoc->object().value(QStringLiteral("errors")).toArray())
            expectedErrors.append(v.toString());
        QVERIFY2(!expectedErrors.isEmpty(), qPrintable(name + QStringLiteral(": expected.json lists no errors")));
        const QStringList differences = compareErrors(expectedErrors, actualErrors);
        if (caseBugs.isEmpty()) {
            for (const QString &d : differences)
                qWarning().noquote() << name << d;
        } else {
            QEXPECT_FAIL("", caseBugReason.constData(), Abort);
        }
        QVERIFY2(differences.isEmpty(),
                 qPrintable(QStringLiteral("%1: the errors differ from expected.json (%2)")
                                .arg(name, differences.value(0))));
        return;
    }

    QVERIFY2(actualErrors.isEmpty(), qPrintable(QStringLiteral("%1: the mapping should be valid, but:\n    %2")
                                                    .arg(name, actualErrors.join(QStringLiteral("\n    ")))));
    QVERIFY(mapping.isValid());
    const auto inputDoc = readJson(dir + QStringLiteral("/input.json"), &problem);
    QVERIFY2(inputDoc, qPrintable(problem));
    const QJsonArray inputs = inputDoc->array();
    const QJsonArray expected = expectedDoc->array();
    QVERIFY2(!inputs.isEmpty(), qPrintable(name + QStringLiteral(": input.json holds no records")));
    QVERIFY2(inputs.size() == expected.size(),
             qPrintable(QStringLiteral("%1: %2 input records but %3 expected outcomes")
                            .arg(name).arg(inputs.size()).arg(expected.size())));

    const Schema &schema = source->schema;
    QMap<int, QStringList> problems; // record index -> differences
    for (int i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (schema.indexOf(it.key()) < 0)
                problems[i].append(QStringLiteral("input field '%1' is not a field of %2").arg(it.key(), source->id));
        Record record(std::size_t(schema.fields.size()));
        for (int f = 0; f < schema.fields.size(); ++f)
            record.values[std::size_t(f)] = Value::fromJson(in.value(schema.fields[f].name)); // missing: null
        Record out;
        const MapOutcome outcome = mapping.map(record, out);
        problems[i] += compareRecord(expected.at(i).toObject(), outcome, out, mapping, *rules, *target);
    }

    const auto describe = [&](int i) {
        QStringList lines;
        for (const QString &p : std::as_const(problems[i]))
            lines.append(QStringLiteral("%1, record #%2: %3").arg(name).arg(i).arg(p));
        return lines;
    };
    for (const auto &[index, reason] : recordBugs) {
        QVERIFY2(index >= 0 && index < inputs.size(), reason);
        QEXPECT_FAIL("", reason, Continue);
        QVERIFY2(problems[index].isEmpty(), qPrintable(describe(index).join(QLatin1Char('\n'))));
        problems.remove(index);
    }
    QStringList all;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        all += describe(it.key());
    if (caseBugs.isEmpty()) {
        for (const QString &line : std::as_const(all)) // the failure message below is cut at ~1 KB
            qWarning().noquote() << line;
    } else {
        QEXPECT_FAIL("", caseBugReason.constData(), Abort);
    }
    QVERIFY2(all.isEmpty(), qPrintable(QStringLiteral("%1 difference(s), the first: %2").arg(all.size()).arg(all.value(0))));
}

QStringList TestMapping::compareRecord(const QJsonObject &expected, const MapOutcome &outcome, const Record &out,
                                       const CompiledMapping &mapping, const MappingRules &rules,
                                       const DatasetDef &target) const
{
    QStringList problems;
    const QString status = expected.value(QStringLiteral("status")).toString();
    const QString actual = outcomeText(outcome);
    const auto differ = [&](const QString &what) {
        problems.append(QStringLiteral("%1; expected %2, actual %3")
                            .arg(what, QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)),
                                 actual));
    };
    if (status == QLatin1String("mapped")) {
        if (outcome.kind != MapOutcome::Kind::Mapped) {
            differ(QStringLiteral("outcome differs"));
            return problems;
        }
        const QJsonObject values = expected.value(QStringLiteral("values")).toObject();
        const QStringList &fields = mapping.targetFields();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (!fields.contains(it.key()))
                problems.append(QStringLiteral("field '%1' is expected but the mapping does not write it").arg(it.key()));
        for (int f = 0; f < fields.size(); ++f) {
            const QString &field = fields[f];
            const Value &v = out.values[std::size_t(f)];
            if (!values.contains(field)) {
                problems.append(QStringLiteral("field '%1' is written (%2) but expected.json does not list it")
                                    .arg(field, jsonText(v.toJson())));
                continue;
            }
            const QString want = jsonText(values.value(field));
            const QString got = jsonText(v.toJson());
            if (want != got)
                problems.append(QStringLiteral("field '%1': expected %2, actual %3").arg(field, want, got));
            const FieldRule *rule = rules.rule(field);
            const int ti = target.schema.indexOf(field);
            const FieldType type = rule && rule->type ? *rule->type : target.schema.fields[ti].type;
            if (!v.isNull() && !kindMatches(v.type(), type.kind))
                problems.append(QStringLiteral("field '%1' holds a %2, not a %3")
                                    .arg(field, Value::typeName(v.type()), type.toString()));
        }
    } else if (status == QLatin1String("skipped")) {
        if (outcome.kind != MapOutcome::Kind::Skipped
            || outcome.field != expected.value(QStringLiteral("field")).toString())
            differ(QStringLiteral("outcome differs"));
    } else if (status == QLatin1String("failed")) {
        if (outcome.kind != MapOutcome::Kind::Failed
            || outcome.error.code != expected.value(QStringLiteral("code")).toString()
            || outcome.field != expected.value(QStringLiteral("field")).toString()
            || (expected.contains(QStringLiteral("message"))
                && outcome.error.message != expected.value(QStringLiteral("message")).toString()))
            differ(QStringLiteral("outcome differs"));
        if (expected.contains(QStringLiteral("at"))) {
            QString at = outcome.error.location.toString();
            if (at.startsWith(m_caseDir + QLatin1Char('/')))
                at.remove(0, m_caseDir.size() + 1);
            if (at != expected.value(QStringLiteral("at")).toString())
                problems.append(QStringLiteral("error location: expected %1, actual '%2' (%3)")
                                    .arg(expected.value(QStringLiteral("at")).toString(), at, actual));
        }
    } else {
        problems.append(QStringLiteral("expected.json: unknown status '%1'").arg(status));
    }
    return problems;
}

// The transform chain's own trim/upper/lower (views, ASCII four units at a time) must give
// exactly what QString's step-by-step chain gives, on random text mixing ASCII with accented
// letters, ß, Greek, CJK, full-width and other Unicode spaces, a surrogate pair, İ and the fi
// ligature (which change length), at every length around the four-unit words.
void TestMapping::textStepsMatchQt()
{
    const QString alphabet = QStringLiteral("aAzZmM09 _-.@\t\n[`{~\x7f") + QChar(0x80) + QChar(0xA0)
        + QStringLiteral("éÉßΣσ张伟\u3000\u2003\u0130\uFB01ÿµ×÷ÀÞþã한かＡａ\u00B5") + QString::fromUtf8("\xF0\x9F\x98\x80");
    QRandomGenerator random(20261123);
    const TextStep kinds[] = {TextStep::Trim, TextStep::Upper, TextStep::Lower};
    QString reused;
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = int(random.bounded(40));
        // Mostly-ASCII text half of the time, so the word-at-a-time path is taken often.
        const bool ascii = random.bounded(2) == 0;
        for (int i = 0; i < length; ++i)
            text += alphabet[int(random.bounded(ascii ? 20 : int(alphabet.size())))];
        std::vector<TextStep> steps;
        QString expected = text;
        const int count = 1 + int(random.bounded(4));
        for (int i = 0; i < count; ++i) {
            const TextStep step = kinds[random.bounded(3)];
            steps.push_back(step);
            expected = step == TextStep::Trim ? expected.trimmed()
                                              : (step == TextStep::Upper ? expected.toUpper() : expected.toLower());
        }
        // `reused` carries the previous round's result, as an output record's slot does: its buffer
        // is written into when no one shares it. A third of the time someone else does (`held`),
        // and then it must not change.
        QString held;
        if (random.bounded(3) == 0)
            held = reused;
        const QString heldText(held.constData(), held.size()); // a deep copy
        const QString got = applyTextSteps(steps, text, reused) ? reused : text;
        QCOMPARE(held, heldText);
        if (got != expected) {
            const auto units = [](const QString &s) {
                QStringList hex;
                for (const QChar c : s)
                    hex.append(QString::number(c.unicode(), 16));
                return hex.join(QLatin1Char(' '));
            };
            QString names;
            for (const TextStep step : steps)
                names += step == TextStep::Trim ? QStringLiteral(" trim") : (step == TextStep::Upper ? QStringLiteral(" upper") : QStringLiteral(" lower"));
            QFAIL(qPrintable(QStringLiteral("round %1, steps%2, on [%3]: got [%4], Qt gives [%5]")
                                 .arg(round).arg(names, units(text), units(got), units(expected))));
        }
        for (const bool upper : {true, false}) {
            const QString converted = convertCase(text, upper);
            QCOMPARE(converted, upper ? text.toUpper() : text.toLower());
        }
    }
}

void TestMapping::textStepsShareUnchangedText()
{
    QString out;
    QVERIFY(!applyTextSteps({TextStep::Trim, TextStep::Upper}, QStringLiteral("ALREADY CLEAN 42"), out));
    QVERIFY(!applyTextSteps({TextStep::Lower}, QString(), out));
    QVERIFY(applyTextSteps({TextStep::Upper, TextStep::Trim}, QStringLiteral(" abc "), out));
    QCOMPARE(out, QStringLiteral("ABC"));
    const QString text = QStringLiteral("no change here");
    QCOMPARE(convertCase(text, false).constData(), text.constData()); // shared, not copied
}

// Every UTF-16 code unit, alone and inside a four-unit word with ASCII and Latin-1 neighbours:
// the units converted without Qt (ASCII, Latin-1, the caseless CJK and Hangul ranges) must come
// out as Qt converts them, and everything else must still reach Qt.
void TestMapping::caseConversionEveryUnit()
{
    for (int u = 0; u <= 0xFFFF; ++u) {
        const QChar c{char16_t(u)};
        const QString texts[] = {QString(c), QStringLiteral("aZ") + c + QStringLiteral("é"),
                                 QStringLiteral("ab") + c + QStringLiteral("cdefg")};
        for (const QString &text : texts)
            for (const bool upper : {true, false}) {
                const QString expected = upper ? text.toUpper() : text.toLower();
                QString out;
                const QString got = applyTextSteps({upper ? TextStep::Upper : TextStep::Lower}, text, out) ? out : text;
                if (got != expected || convertCase(text, upper) != expected)
                    QFAIL(qPrintable(QStringLiteral("U+%1 in '%2', %3: got '%4', Qt gives '%5'")
                                         .arg(u, 4, 16, QLatin1Char('0'))
                                         .arg(text, upper ? QStringLiteral("upper") : QStringLiteral("lower"), got,
                                              expected)));
            }
    }
}

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
