// Mapping preview: per record and field the value and how it was chosen (case, else, default,
// lookup), every problem rather than only the first, and hit counts over the sample; and the
// `concordctl preview` command built on it.

#include "connectors/connector.h"
#include "demo/demoworkspace.h"
#include "mapping/preview.h"
#include "workspace/workspaceloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

const QString Mapping = QStringLiteral("mappings/opportunity_to_order.yaml");

// Sample opportunities: a won deal, a lost one without an amount, a negative amount, and one
// with an amount that is not a number and no customer name.
const QByteArray Samples = R"([
  {"id": 1, "customer_name": "  王芳 ", "opportunity_stage": "Closed Won", "amount": "128.50",
   "created_at": "2024-05-20 10:00:00", "updated_at": "2024-05-21 09:00:00", "phone": "13800001234"},
  {"id": 2, "customer_name": "Li Lei", "opportunity_stage": "Lost", "amount": null},
  {"id": 3, "customer_name": "x", "opportunity_stage": "Proposal", "amount": "-5", "bogus": 1},
  {"id": 4, "customer_name": null, "opportunity_stage": "Proposal", "amount": "12,800"}
])";

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tracesEveryField();
    void countsRuleHits();
    void readsSamplesFromTheSource();
    void badJsonIsAnError();
    void jsonShape();
    void commandLine();

private:
    PreviewResult preview(const QByteArray &json, QStringList *warnings = nullptr);
    int fieldIndex(const QString &name) const { return int(m_compiled.targetFields().indexOf(name)); }

    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
    const MappingRules *m_rules = nullptr;
    const DatasetDef *m_source = nullptr;
    CompiledMapping m_compiled;
};

void TestPreview::initTestCase()
{
    QVERIFY(createDemoWorkspace(m_dir.path()).ok());
    const WorkspaceLoad load = WorkspaceLoader::load(m_dir.path());
    QVERIFY(load.ok());
    m_ws = load.workspace;
    m_rules = &*m_ws->mappings.constFind(Mapping);
    m_source = m_ws->dataset(m_rules->source);
    QVERIFY(m_source);
    ErrorList errors;
    m_compiled = CompiledMapping::compile(*m_rules, *m_source, *m_ws->dataset(m_rules->target), &errors);
    QVERIFY(errors.isEmpty());
}

PreviewResult TestPreview::preview(const QByteArray &json, QStringList *warnings)
{
    auto samples = samplesFromJson(json, m_source->schema, 0, warnings);
    if (!samples.ok())
        qFatal("samples: %s", qPrintable(samples.error().message));
    return previewMapping(m_compiled, *m_rules, m_source->schema, std::move(samples).value());
}

void TestPreview::tracesEveryField()
{
    QStringList warnings;
    const PreviewResult r = preview(Samples, &warnings);
    QCOMPARE(r.records.size(), 4);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.front().contains(QLatin1String("bogus")));
    const int status = fieldIndex(QStringLiteral("order_status"));
    const int amount = fieldIndex(QStringLiteral("amount"));
    const int name = fieldIndex(QStringLiteral("customer_name"));
    QVERIFY(status >= 0 && amount >= 0 && name >= 0);

    const PreviewRecord &won = r.records[0];
    QCOMPARE(won.key, QStringLiteral("1"));
    QCOMPARE(won.outcome.kind, MapOutcome::Kind::Mapped);
    QCOMPARE(won.trace.fields[std::size_t(status)].caseFired, 0);
    QCOMPARE(won.output.values[std::size_t(name)].toString(), QStringLiteral("王芳")); // trimmed
    QCOMPARE(branchLabel(won.trace.fields[std::size_t(status)], m_rules->rule(QStringLiteral("order_status"))),
             QStringLiteral("case 1 (value == 'Closed Won')"));

    const PreviewRecord &lost = r.records[1];
    QCOMPARE(lost.trace.fields[std::size_t(status)].caseFired, 1);
    QVERIFY(lost.trace.fields[std::size_t(amount)].defaultApplied); // on_null: default
    QCOMPARE(lost.output.values[std::size_t(amount)].toString(), QStringLiteral("0.00"));

    // A validation rule fails: the record fails with its code, and every field still has a value.
    const PreviewRecord &negative = r.records[2];
    QCOMPARE(negative.outcome.kind, MapOutcome::Kind::Failed);
    QCOMPARE(negative.outcome.error.code, QStringLiteral("NEGATIVE_AMOUNT"));
    QVERIFY(negative.trace.fields[std::size_t(status)].elseFired);
    QCOMPARE(negative.trace.failedRules.size(), 1);
    QCOMPARE(negative.output.values[std::size_t(amount)].toString(), QStringLiteral("-5.00"));

    // Two problems in one record: both are reported; the outcome is the first, as a run sees it.
    const PreviewRecord &bad = r.records[3];
    QCOMPARE(bad.outcome.kind, MapOutcome::Kind::Failed);
    QCOMPARE(bad.outcome.error.code, ErrorCode::TypeMismatch);
    QCOMPARE(bad.trace.sourceErrors.size(), 1);
    QCOMPARE(bad.trace.fields[std::size_t(amount)].outcome, MapOutcome::Kind::Failed);
    QVERIFY(!bad.trace.fields[std::size_t(amount)].defaultApplied); // not hidden behind the default
    QCOMPARE(bad.trace.fields[std::size_t(name)].error.code, ErrorCode::RequiredMissing);

    // The traced outcome is exactly what a run gets.
    for (const PreviewRecord &p : r.records) {
        auto samples = samplesFromJson(Samples, m_source->schema, 0, nullptr);
        Record in = samples->at(std::size_t(p.index));
        Record out;
        const MapOutcome plain = m_compiled.map(in, out);
        QCOMPARE(plain.kind, p.outcome.kind);
        QCOMPARE(plain.error.code, p.outcome.error.code);
        QCOMPARE(plain.error.message, p.outcome.error.message);
    }
}

void TestPreview::countsRuleHits()
{
    const PreviewResult r = preview(Samples);
    QCOMPARE(r.mapped, 2);
    QCOMPARE(r.failed, 2);
    QCOMPARE(r.skipped, 0);
    const PreviewFieldStats &status = r.fieldStats[fieldIndex(QStringLiteral("order_status"))];
    QCOMPARE(status.caseHits, (QList<int>{1, 1}));
    QCOMPARE(status.elseHits, 2);
    QCOMPARE(r.fieldStats[fieldIndex(QStringLiteral("amount"))].defaultHits, 1);
    QCOMPARE(r.ruleFailures, QList<int>{1});
}

void TestPreview::readsSamplesFromTheSource()
{
    const auto samples = readSampleRecords(*m_ws, *m_source, 20);
    QVERIFY2(samples.ok(), qPrintable(samples.ok() ? QString() : samples.error().message));
    QCOMPARE(samples->size(), std::size_t(20));
    const PreviewResult r = previewMapping(m_compiled, *m_rules, m_source->schema, *samples);
    QCOMPARE(r.records.size(), 20);
    QCOMPARE(r.mapped + r.failed + r.skipped, 20);
}

void TestPreview::badJsonIsAnError()
{
    const auto notJson = samplesFromJson("[{\"id\": 1,\n  \"amount\": }]", m_source->schema, 0, nullptr);
    QVERIFY(!notJson.ok());
    QVERIFY2(notJson.error().message.startsWith(QLatin1String("line 2, column")), qPrintable(notJson.error().message));
    QVERIFY(!samplesFromJson("{\"id\": 1}", m_source->schema, 0, nullptr).ok());
    QVERIFY(!samplesFromJson("[1, 2]", m_source->schema, 0, nullptr).ok());
    const auto limited = samplesFromJson(Samples, m_source->schema, 2, nullptr);
    QCOMPARE(limited->size(), std::size_t(2));
}

void TestPreview::jsonShape()
{
    const QJsonObject o = previewToJson(preview(Samples), *m_rules);
    const QJsonArray records = o.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 4);
    const QJsonObject first = records[0].toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("mapped"));
    const QJsonObject status = first.value(QStringLiteral("fields")).toObject().value(QStringLiteral("order_status")).toObject();
    QCOMPARE(status.value(QStringLiteral("value")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(status.value(QStringLiteral("case")).toInt(), 1);
    const QJsonObject last = records[3].toObject();
    QCOMPARE(last.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), ErrorCode::TypeMismatch);
    QCOMPARE(last.value(QStringLiteral("problems")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("failed")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("rules")).toArray()[0].toObject().value(QStringLiteral("failures")).toInt(), 1);
}

void TestPreview::commandLine()
{
    const QString input = m_dir.filePath(QStringLiteral("samples.json"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Samples);
    f.close();
    const auto ctl = [&](const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        p.start(QStringLiteral(CONCORDCTL_PATH),
                QStringList{QStringLiteral("-w"), m_dir.path(), QStringLiteral("--log-level"), QStringLiteral("none")} + args);
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    // Failing samples: exit 1, and the JSON says why.
    QCOMPARE(ctl({QStringLiteral("preview"), Mapping, QStringLiteral("--input"), input, QStringLiteral("--json")}, &out), 1);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("records")).toArray().size(), 4);
    QCOMPARE(o.value(QStringLiteral("mapping")).toString(), Mapping);
    // The real source's first records (the demo's bad amounts are far down): exit 0.
    QCOMPARE(ctl({QStringLiteral("preview"), Mapping, QStringLiteral("--limit"), QStringLiteral("5")}, &out), 0);
    QVERIFY(out.contains("5 record(s): 5 mapped"));
    // By absolute path too.
    QCOMPARE(ctl({QStringLiteral("preview"), m_dir.filePath(Mapping), QStringLiteral("--limit"), QStringLiteral("1")}), 0);
    // Bad input: exit 2.
    QCOMPARE(ctl({QStringLiteral("preview"), QStringLiteral("mappings/none.yaml")}), 2);
    QCOMPARE(ctl({QStringLiteral("preview"), Mapping, QStringLiteral("--limit"), QStringLiteral("x")}), 2);
    QCOMPARE(ctl({QStringLiteral("preview")}), 2);
}

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
