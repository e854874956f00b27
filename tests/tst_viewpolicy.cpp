// What a person sees: the signed-in steward's role (workspace.yaml's stewards:), "view as" that can
// only narrow, previews masked for the viewer (values, keys and problem messages), `concordctl
// preview --as`, and validate's warning about untagged fields that cross department lines.

#include "demo/demoworkspace.h"
#include "mapping/preview.h"
#include "policy/crypto.h"
#include "policy/secrets.h"
#include "policy/viewpolicy.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

const QString Mapping = QStringLiteral("mappings/opportunity_to_order.yaml");

// Opportunity 2's amount is not a number: the TYPE_MISMATCH message quotes it, and it holds the
// record's phone number (L3) — as when a sales rep types a number into the wrong field.
const QByteArray Samples = R"([
  {"id": 1, "customer_name": "王芳", "phone": "13800001234", "opportunity_stage": "Closed Won", "amount": "128.50",
   "cost_price": "99.00", "created_at": "2024-05-20 10:00:00", "updated_at": "2024-05-21 09:00:00"},
  {"id": 2, "customer_name": "李雷", "phone": "13900005678", "opportunity_stage": "Lost", "amount": "13900005678x",
   "created_at": "2024-05-20 10:00:00", "updated_at": "2024-05-21 09:00:00"}
])";

WorkspaceLoad loadText(QTemporaryDir &dir, const QByteArray &yaml)
{
    testsupport::writeFile(dir.filePath(QStringLiteral("workspace.yaml")), yaml);
    return WorkspaceLoader::load(dir.path());
}

QStringList messages(const ErrorList &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out.append(QStringLiteral("%1:%2:%3: %4")
                       .arg(QFileInfo(e.location.file).fileName())
                       .arg(e.location.line)
                       .arg(e.location.column)
                       .arg(e.message));
    return out;
}

} // namespace

class TestViewPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stewardsGiveTheSignedInRole();
    void stewardsAreChecked();
    void viewAsOnlyNarrows();
    void previewIsMaskedForTheViewer();
    void untaggedFieldsAcrossDepartmentsWarn();
    void commandLine();
    void unmaskIsForKeyHoldersAndAudited();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
};

void TestViewPolicy::initTestCase()
{
    QVERIFY(createDemoWorkspace(m_dir.path()).ok());
    const WorkspaceLoad load = WorkspaceLoader::load(m_dir.path());
    QVERIFY(load.ok());
    m_ws = load.workspace;
}

void TestViewPolicy::stewardsGiveTheSignedInRole()
{
    Workspace ws = *m_ws;
    // The demo signs everyone in as the finance steward.
    QCOMPARE(stewardHolder(ws, QStringLiteral("anyone")).label(), QStringLiteral("role finance_steward"));
    ws.stewards = {{QStringLiteral("li.na"), QStringLiteral("sales_steward")}};
    QCOMPARE(stewardHolder(ws, QStringLiteral("li.na")).label(), QStringLiteral("role sales_steward"));
    // Not listed and no '*': no role, L1, and the L2 name is dropped for them.
    const Holder nobody = stewardHolder(ws, QStringLiteral("guest"));
    QVERIFY(!nobody.hasRole());
    QCOMPARE(nobody.clearance, Sensitivity::L1);
    const DatasetDef &customers = *ws.dataset(QStringLiteral("crm.customers"));
    QCOMPARE(resolvePolicy(ws, customers, customers.schema.fields[1], nobody).summary(), QStringLiteral("drop"));
    QCOMPARE(resolvePolicy(ws, customers, customers.schema.fields[0], nobody).summary(), QStringLiteral("pass"));
}

void TestViewPolicy::stewardsAreChecked()
{
    QTemporaryDir dir;
    const QByteArray base = "name: t\n"
                            "roles:\n"
                            "  ops: { department: it, clearance: L2 }\n"
                            "systems:\n"
                            "  a: { kind: sqlite, path: a.sqlite }\n";
    WorkspaceLoad load = loadText(dir, base + "stewards:\n  zhang.wei: opz\n");
    QVERIFY(messages(load.errors).contains(QStringLiteral("workspace.yaml:7:14: steward 'zhang.wei': unknown role 'opz' "
                                                          "(roles: ops)")));
    load = loadText(dir, base + "stewards: [ops]\n");
    QVERIFY(!load.ok());
    // Roles without stewards: a warning, since whoever opens the console then sees L1 only.
    load = loadText(dir, base);
    QVERIFY(load.ok());
    QVERIFY2(messages(load.warnings).join(QLatin1Char('\n')).contains(QLatin1String("declares roles but no 'stewards:'")),
             qPrintable(messages(load.warnings).join(QLatin1Char('\n'))));
    load = loadText(dir, base + "stewards: { zhang.wei: ops, '*': ops }\n");
    QVERIFY(load.ok());
    QCOMPARE(load.workspace->stewards.size(), 2);
}

void TestViewPolicy::viewAsOnlyNarrows()
{
    const Workspace &ws = *m_ws;
    // The finance steward (L3) may view as anyone of the demo...
    for (const QString &role : ws.roles.keys()) {
        const auto h = viewingHolder(ws, role, QStringLiteral("anyone"));
        QVERIFY2(h.ok(), qPrintable(role));
        QCOMPARE(h->name, role);
    }
    // ...the sales steward not as the finance steward (who sees the phone in clear), nor as the
    // warehouse steward (same clearance, and cost_price is not theirs either, but equal is fine).
    Workspace sales = ws;
    sales.stewards = {{QStringLiteral("*"), QStringLiteral("sales_steward")}};
    const auto up = viewingHolder(sales, QStringLiteral("finance_steward"), QStringLiteral("li.na"));
    QVERIFY(!up.ok());
    QCOMPARE(up.error().code, ErrorCode::PolicyDenied);
    QVERIFY2(up.error().message.contains(QLatin1String("crm.contacts.mobile (pass)")), qPrintable(up.error().message));
    QVERIFY(viewingHolder(sales, QStringLiteral("warehouse_steward"), QStringLiteral("li.na")).ok());
    QVERIFY(viewingHolder(sales, QStringLiteral("auditor"), QStringLiteral("li.na")).ok());
    QCOMPARE(viewingHolder(sales, QStringLiteral("cfo"), QStringLiteral("li.na")).error().code, ErrorCode::ConfigInvalid);
    // Without a role: only the signed-in one.
    QCOMPARE(viewingHolder(sales, QString(), QStringLiteral("li.na"))->name, QStringLiteral("sales_steward"));
    // A different mask is not "less": a rule giving the auditor phone hashes does not let a steward
    // whose own view is partial(3,4) through, and the reverse holds too.
    Workspace rules = sales;
    PolicyRule r;
    r.dataset = QStringLiteral("crm.opportunities");
    r.field = QStringLiteral("phone");
    r.to = {QStringLiteral("auditor")};
    r.action = PolicyRule::Action::Mask;
    r.mask = QStringLiteral("hash");
    rules.policies.append(r);
    QVERIFY(!seesNoMoreThan(rules, Holder::ofRole(rules.roles[QStringLiteral("auditor")]),
                            Holder::ofRole(rules.roles[QStringLiteral("sales_steward")])));
}

void TestViewPolicy::previewIsMaskedForTheViewer()
{
    const MappingRules &rules = *m_ws->mappings.constFind(Mapping);
    const DatasetDef &source = *m_ws->dataset(rules.source);
    const DatasetDef &target = *m_ws->dataset(rules.target);
    ErrorList errors;
    const CompiledMapping compiled = CompiledMapping::compile(rules, source, target, &errors);
    QVERIFY(errors.isEmpty());
    const auto samples = samplesFromJson(Samples, source.schema, 0, nullptr);
    QVERIFY(samples.ok());

    const auto viewAs = [&](const QString &role) {
        PreviewResult r = previewMapping(compiled, rules, source.schema, *samples);
        const auto h = viewingHolder(*m_ws, role, QStringLiteral("anyone"));
        if (!h.ok() || !applyViewPolicy(r, *m_ws, compiled, source, target, *h).ok())
            qFatal("cannot view as %s", qPrintable(role));
        return r;
    };
    const int phoneIn = source.schema.indexOf(QStringLiteral("phone"));
    const int costIn = source.schema.indexOf(QStringLiteral("cost_price"));
    const int phoneOut = int(compiled.targetFields().indexOf(QStringLiteral("contact_phone")));

    const PreviewResult finance = viewAs(QStringLiteral("finance_steward"));
    QCOMPARE(finance.viewer, QStringLiteral("role finance_steward"));
    QCOMPARE(finance.records[0].output.values[std::size_t(phoneOut)].toString(), QStringLiteral("13800001234"));
    QCOMPARE(finance.records[0].source.values[std::size_t(costIn)].toString(), QStringLiteral("99.00"));
    QCOMPARE(finance.targetPolicy[phoneOut].summary, QStringLiteral("pass"));

    const PreviewResult sales = viewAs(QStringLiteral("sales_steward"));
    QCOMPARE(sales.records[0].output.values[std::size_t(phoneOut)].toString(), QStringLiteral("138****1234"));
    QCOMPARE(sales.records[0].source.values[std::size_t(phoneIn)].toString(), QStringLiteral("138****1234"));
    QVERIFY(sales.records[0].source.values[std::size_t(costIn)].isNull()); // visible to finance only
    QVERIFY(sales.sourcePolicy[costIn].hidden);
    QVERIFY(sales.targetPolicy[phoneOut].masked);
    QVERIFY2(sales.targetPolicy[phoneOut].reason.contains(QLatin1String("L3")), qPrintable(sales.targetPolicy[phoneOut].reason));
    // The failed record's message quoted its amount, which holds the phone number: gone for sales.
    const PreviewRecord &bad = sales.records[1];
    QCOMPARE(bad.outcome.kind, MapOutcome::Kind::Failed);
    QCOMPARE(bad.outcome.error.code, ErrorCode::TypeMismatch);
    QVERIFY2(!bad.outcome.error.message.contains(QLatin1String("13900005678")), qPrintable(bad.outcome.error.message));
    QVERIFY2(finance.records[1].outcome.error.message.contains(QLatin1String("13900005678")),
             qPrintable(finance.records[1].outcome.error.message));

    // The auditor (L1): L2 names are dropped, the key (L1) still shows.
    const PreviewResult auditor = viewAs(QStringLiteral("auditor"));
    const int nameOut = int(compiled.targetFields().indexOf(QStringLiteral("customer_name")));
    QVERIFY(auditor.targetPolicy[nameOut].hidden);
    QVERIFY(auditor.records[0].output.values[std::size_t(nameOut)].isNull());
    QCOMPARE(auditor.records[0].key, QStringLiteral("1"));
    QCOMPARE(previewToJson(auditor, rules).value(QStringLiteral("viewer")).toString(), QStringLiteral("role auditor"));
}

void TestViewPolicy::untaggedFieldsAcrossDepartmentsWarn()
{
    QTemporaryDir dir;
    testsupport::writeFile(dir.filePath(QStringLiteral("mappings/m.yaml")),
                           "source: a.t\ntarget: b.t\nfields:\n  id: { from: id }\n  note: { from: note }\n");
    const QByteArray yaml = "name: t\n"
                            "departments: [sales, finance]\n"
                            "systems:\n"
                            "  a: { kind: sqlite, path: a.sqlite, department: sales }\n"
                            "  b: { kind: sqlite, path: b.sqlite, department: finance }\n"
                            "datasets:\n"
                            "  a.t:\n"
                            "    key: [id]\n"
                            "    fields:\n"
                            "      id: { type: int, sensitivity: L1 }\n"
                            "      note: string\n"
                            "      extra: string\n"
                            "  b.t:\n"
                            "    key: [id]\n"
                            "    fields: { id: int, note: string }\n"
                            "pipelines:\n"
                            "  p: { source: a.t, target: b.t, mapping: mappings/m.yaml }\n";
    WorkspaceLoad load = loadText(dir, yaml);
    QVERIFY2(load.ok(), qPrintable(messages(load.errors).join(QLatin1Char('\n'))));
    QVERIFY2(messages(load.warnings).contains(QStringLiteral(
                 "workspace.yaml:11:7: dataset a.t feeds department finance (pipeline 'p') but 2 fields are untagged: "
                 "note, extra (treated as L2; tag them with sensitivity: L1, L2 or L3)")),
             qPrintable(messages(load.warnings).join(QLatin1Char('\n'))));
    // Within one department: no warning.
    load = loadText(dir, QByteArray(yaml).replace("department: finance }", "department: sales }"));
    QVERIFY(load.ok());
    QVERIFY(!messages(load.warnings).join(QLatin1Char('\n')).contains(QLatin1String("untagged")));
}

void TestViewPolicy::commandLine()
{
    const QString input = m_dir.filePath(QStringLiteral("samples.json"));
    testsupport::writeFile(input, Samples);
    const auto ctl = [&](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(CONCORDCTL_PATH),
                QStringList{QStringLiteral("-w"), m_dir.path(), QStringLiteral("--log-level"), QStringLiteral("none")} + args);
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out, err;
    const QStringList args{QStringLiteral("preview"), Mapping, QStringLiteral("--input"), input};
    // As the signed-in steward (finance, L3): in clear.
    QCOMPARE(ctl(args, &out), 1);
    QVERIFY2(out.contains("as role finance_steward"), out.constData());
    QVERIFY(out.contains("13800001234"));
    // As sales: masked, and said so.
    QCOMPARE(ctl(args + QStringList{QStringLiteral("--as"), QStringLiteral("sales_steward")}, &out), 1);
    QVERIFY2(out.contains("Withheld by policy: contact_phone: mask partial(3,4)"), out.constData());
    QVERIFY(out.contains("138****1234"));
    QVERIFY(!out.contains("13800001234"));
    QVERIFY(!out.contains("13900005678"));
    QCOMPARE(ctl(args + QStringList{QStringLiteral("--as"), QStringLiteral("auditor"), QStringLiteral("--json")}, &out), 1);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("viewer")).toString(), QStringLiteral("role auditor"));
    QCOMPARE(o.value(QStringLiteral("fields")).toObject().value(QStringLiteral("customer_name")).toObject()
                 .value(QStringLiteral("policy")).toString(),
             QStringLiteral("drop"));
    QVERIFY(!out.contains("王芳"));
    // Unknown role: exit 2.
    QCOMPARE(ctl(args + QStringList{QStringLiteral("--as"), QStringLiteral("cfo")}, nullptr, &err), 2);
    QVERIFY2(err.contains("no role named 'cfo'"), err.constData());
}

void TestViewPolicy::unmaskIsForKeyHoldersAndAudited()
{
    const auto secret = cachedWorkspaceSecret(*m_ws); // the same file or keychain entry concordctl uses
    QVERIFY(secret.ok());
    const auto token = applyMask(*parseMaskStrategy(QStringLiteral("token")),
                                 Value::fromString(QStringLiteral("6222020200112233445")), MaskKeys::fromSecret(*secret));
    QVERIFY(token.ok());
    const QString tok = token->toString();
    const auto ctl = [&](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(CONCORDCTL_PATH),
                QStringList{QStringLiteral("-w"), m_dir.path(), QStringLiteral("--log-level"), QStringLiteral("none"),
                            QStringLiteral("unmask")}
                    + args);
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out, err;
    QCOMPARE(ctl({tok}, &out, &err), 0);
    QCOMPARE(out, QByteArray("6222020200112233445\n"));
    // A changed token does not open: an error, never a wrong value.
    QString changed = tok;
    changed[10] = changed[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(ctl({changed}, &out, &err), 2);
    QVERIFY(out.isEmpty());
    // Every use is audited with digests, never the value.
    testsupport::Db state(m_ws->stateStorePath());
    const auto audit = state.rows(QStringLiteral("SELECT role, detail FROM audit WHERE action = 'unmask' ORDER BY id"));
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0][0], QStringLiteral("finance_steward"));
    QVERIFY(audit[0][1].contains(QString::fromLatin1(crypto::sha256(tok.toUtf8()).toHex())));
    QVERIFY(!audit[0][1].contains(QLatin1String("6222020200112233445")));
    // Someone below L3 may not, even with the secret at hand.
    const QString yaml = m_dir.filePath(QStringLiteral("workspace.yaml"));
    QFile f(yaml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    testsupport::writeFile(yaml, QByteArray(original).replace("'*': finance_steward", "'*': sales_steward"));
    QCOMPARE(ctl({tok}, &out, &err), 2);
    QVERIFY2(err.contains("clearance L3"), err.constData());
    QVERIFY(out.isEmpty());
    testsupport::writeFile(yaml, original);
}

QTEST_GUILESS_MAIN(TestViewPolicy)
#include "tst_viewpolicy.moc"
