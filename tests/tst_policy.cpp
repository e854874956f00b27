// Policy (issue 4): the resolution table (which rule or level decides for which field and holder,
// and why), the strictest of several decisions, workspace.yaml's policies: as the loader reads and
// checks them, the workspace secret, and a pipeline's plan towards its target system.

#include "policy/policy.h"
#include "policy/policyplan.h"
#include "policy/secrets.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

const QByteArray kSecret = QByteArrayLiteral("0123456789abcdef0123456789abcdef");

Value dec(const char *text)
{
    return Value::fromDecimal(*Decimal::parse(QString::fromUtf8(text)));
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolution_data();
    void resolution();
    void strictestOfSeveral();
    void loaderReadsPolicies();
    void loaderRejectsBadPolicies_data();
    void loaderRejectsBadPolicies();
    void secretFromEnvironment();
    void secretFileFallback();
    void planForTargetSystem();
    void planRefusesKeysThatBreak_data();
    void planRefusesKeysThatBreak();
};

namespace {

// finance owns crm.customers; sales and marketing get parts of it.
Workspace policyWorkspace()
{
    Workspace ws;
    ws.departments = {QStringLiteral("sales"), QStringLiteral("finance"), QStringLiteral("marketing")};
    ws.roles.insert(QStringLiteral("finance_steward"), RoleDef{QStringLiteral("finance_steward"), QStringLiteral("finance"), Sensitivity::L3, {}});
    ws.roles.insert(QStringLiteral("sales_director"), RoleDef{QStringLiteral("sales_director"), QStringLiteral("sales"), Sensitivity::L2, {}});
    ws.roles.insert(QStringLiteral("sales_rep"), RoleDef{QStringLiteral("sales_rep"), QStringLiteral("sales"), Sensitivity::L1, {}});
    SystemDef crm;
    crm.name = QStringLiteral("crm");
    crm.department = QStringLiteral("sales");
    SystemDef mkt;
    mkt.name = QStringLiteral("mkt");
    mkt.department = QStringLiteral("marketing");
    mkt.clearance = Sensitivity::L1;
    SystemDef vault;
    vault.name = QStringLiteral("vault");
    vault.department = QStringLiteral("finance");
    vault.clearance = Sensitivity::L3;
    ws.systems.insert(crm.name, crm);
    ws.systems.insert(mkt.name, mkt);
    ws.systems.insert(vault.name, vault);
    DatasetDef ds;
    ds.id = QStringLiteral("fin.customers");
    const auto field = [&ds](const char *name, const char *type, Sensitivity s, const char *maskText = "",
                             QStringList visibleTo = {}) {
        Field f;
        f.name = QString::fromUtf8(name);
        f.type = *FieldType::parse(QString::fromUtf8(type));
        f.sensitivity = s;
        f.mask = QString::fromUtf8(maskText);
        f.visibleTo = std::move(visibleTo);
        ds.schema.fields.append(f);
    };
    field("id", "int", Sensitivity::L1);
    field("name", "string", Sensitivity::Unset);
    field("phone", "string", Sensitivity::L3, "partial(mobile)");
    field("id_card", "string", Sensitivity::L3);
    field("amount", "decimal(18,2)", Sensitivity::L2, "generalize(0, 1000, 10000)");
    field("cost", "decimal(18,2)", Sensitivity::L3, "hash", {QStringLiteral("finance")});
    field("birthday", "date", Sensitivity::L2, "generalize(year)");
    ws.datasets.insert(ds.id, ds);
    const auto rule = [&ws](const char *field, QStringList to, PolicyRule::Action a, const char *m = "",
                            const char *reason = "") {
        PolicyRule r;
        r.dataset = QStringLiteral("fin.customers");
        r.field = QString::fromUtf8(field);
        r.to = std::move(to);
        r.action = a;
        r.mask = QString::fromUtf8(m);
        r.reason = QString::fromUtf8(reason);
        ws.policies.append(r);
    };
    // 1: the sales director needs contract amounts unmasked.
    rule("amount", {QStringLiteral("sales_director")}, PolicyRule::Action::Pass, "", "销售总监需要合同金额");
    // 2: the director may see phones, hashed (for joins), not partially.
    rule("phone", {QStringLiteral("sales_director")}, PolicyRule::Action::Mask, "hash(16)");
    // 3: marketing gets nothing of this dataset but ids.
    rule("id", {QStringLiteral("mkt")}, PolicyRule::Action::Pass);
    rule("*", {QStringLiteral("mkt")}, PolicyRule::Action::Drop, "", "finance data never reaches marketing");
    // 5: a later rule for the same field never decides (the first match wins).
    rule("amount", {QStringLiteral("*")}, PolicyRule::Action::Drop);
    return ws;
}

} // namespace

void TestPolicy::resolution_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("holder");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *field, const char *holder, const char *decision, int rule, const char *reason) {
        QTest::addRow("%s to %s", field, holder) << QString::fromUtf8(field) << QString::fromUtf8(holder)
                                                 << QString::fromUtf8(decision) << rule << QString::fromUtf8(reason);
    };
    // The levels.
    row("id", "sales_rep", "pass", -1, "L1 field within the L1 clearance of role sales_rep");
    row("name", "sales_rep", "drop", -1, "L2 field above the L1 clearance of role sales_rep, and it has no mask: dropped");
    row("name", "crm", "pass", -1, "L2 field within the L2 clearance of system crm"); // untagged L2, system default L2
    row("phone", "crm", "mask partial(mobile)", -1, "L3 field above the L2 clearance of system crm: masked with partial(mobile)");
    row("phone", "vault", "pass", -1, "L3 field within the L3 clearance of system vault");
    row("phone", "finance_steward", "pass", -1, "L3 field within the L3 clearance of role finance_steward");
    row("id_card", "crm", "drop", -1, "L3 field above the L2 clearance of system crm, and it has no mask: dropped");
    row("birthday", "sales_rep", "mask generalize(year)", -1, "L2 field above the L1 clearance of role sales_rep: masked with generalize(year)");
    // visible_to narrows even a holder whose clearance would do.
    row("cost", "vault", "pass", -1, "L3 field within the L3 clearance of system vault");
    row("cost", "finance_steward", "pass", -1, "L3 field within the L3 clearance of role finance_steward");
    row("cost", "sales_director", "drop", -1, "visible only to finance; role sales_director belongs to sales");
    // Rules.
    row("amount", "sales_director", "pass", 0, "policy rule 1: 销售总监需要合同金额");
    row("phone", "sales_director", "mask hash(16)", 1, "policy rule 2");
    row("id", "mkt", "pass", 2, "policy rule 3");
    row("phone", "mkt", "drop", 3, "policy rule 4: finance data never reaches marketing");
    row("amount", "mkt", "drop", 3, "policy rule 4: finance data never reaches marketing");
    row("amount", "sales_rep", "drop", 4, "policy rule 5");
    row("amount", "vault", "drop", 4, "policy rule 5");
}

void TestPolicy::resolution()
{
    QFETCH(QString, field);
    QFETCH(QString, holder);
    QFETCH(QString, decision);
    QFETCH(int, rule);
    QFETCH(QString, reason);
    const Workspace ws = policyWorkspace();
    const DatasetDef &ds = ws.datasets.first();
    const Holder h = ws.roles.contains(holder) ? Holder::ofRole(ws.roles[holder]) : Holder::ofSystem(ws.systems[holder]);
    const PolicyDecision d = resolvePolicy(ws, ds, ds.schema.fields[ds.schema.indexOf(field)], h);
    QCOMPARE(d.summary(), decision);
    QCOMPARE(d.rule, rule);
    QCOMPARE(d.reason, reason);
}

void TestPolicy::strictestOfSeveral()
{
    const Workspace ws = policyWorkspace();
    const DatasetDef &ds = ws.datasets.first();
    const Holder crm = Holder::ofSystem(ws.systems[QStringLiteral("crm")]);
    const auto of = [&](const char *f) { return resolvePolicy(ws, ds, ds.schema.fields[ds.schema.indexOf(QString::fromUtf8(f))], crm); };
    // concat(name, phone): the phone's mask wins over the name's pass.
    QCOMPARE(strictest({of("name"), of("phone")}).summary(), QStringLiteral("mask partial(mobile)"));
    // With the ID card too, nothing of it may go: drop.
    QCOMPARE(strictest({of("name"), of("phone"), of("id_card")}).summary(), QStringLiteral("drop"));
    // Two masks: the more sensitive field's (L3 phone over L2 birthday, which crm may see anyway).
    const Holder rep = Holder::ofRole(ws.roles[QStringLiteral("sales_rep")]);
    const auto forRep = [&](const char *f) { return resolvePolicy(ws, ds, ds.schema.fields[ds.schema.indexOf(QString::fromUtf8(f))], rep); };
    QCOMPARE(strictest({forRep("birthday"), forRep("phone")}).summary(), QStringLiteral("mask partial(mobile)"));
    QCOMPARE(strictest({}).summary(), QStringLiteral("pass"));
}

namespace {

const char *kPolicyWorkspace = R"(name: policy test
departments: [sales, finance]
roles:
  sales_director: { department: sales, clearance: L2 }
systems:
  crm: { kind: sqlite, path: crm.sqlite, department: sales }
  fin: { kind: sqlite, path: fin.sqlite, department: finance, clearance: L3 }
datasets:
  fin.contracts:
    key: [id]
    fields:
      id: int
      amount: { type: 'decimal(18,2)', sensitivity: L3, mask: 'generalize(0, 10000)' }
      phone: { type: string, sensitivity: L3, mask: 'partial(mobile)' }
      signed_on: { type: date, sensitivity: L2 }
policies:
  - field: fin.contracts.amount
    to: [sales_director]
    action: pass
    reason: the sales director needs contract amounts
  - { field: fin.contracts.phone, to: [crm], action: mask, mask: hash }
  - { field: fin.contracts.*, to: ['*'], action: drop }
)";

} // namespace

void TestPolicy::loaderReadsPolicies()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kPolicyWorkspace);
    f.close();
    const WorkspaceLoad load = WorkspaceLoader::load(dir.path());
    QVERIFY2(load.ok(), load.errors.isEmpty() ? "" : qPrintable(load.errors.first().toString()));
    const QList<PolicyRule> &p = load.workspace->policies;
    QCOMPARE(p.size(), 3);
    QCOMPARE(p[0].dataset, QStringLiteral("fin.contracts"));
    QCOMPARE(p[0].field, QStringLiteral("amount"));
    QCOMPARE(p[0].to, QStringList{QStringLiteral("sales_director")});
    QCOMPARE(p[0].action, PolicyRule::Action::Pass);
    QCOMPARE(p[0].reason, QStringLiteral("the sales director needs contract amounts"));
    QCOMPARE(p[0].location.line, 17);
    QCOMPARE(p[1].action, PolicyRule::Action::Mask);
    QCOMPARE(p[1].mask, QStringLiteral("hash"));
    QCOMPARE(p[2].field, QStringLiteral("*"));
    QCOMPARE(p[2].to, QStringList{QStringLiteral("*")});
    const DatasetDef &ds = *load.workspace->dataset(QStringLiteral("fin.contracts"));
    const Holder director = Holder::ofRole(load.workspace->roles[QStringLiteral("sales_director")]);
    QCOMPARE(resolvePolicy(*load.workspace, ds, ds.schema.fields[1], director).summary(), QStringLiteral("pass"));
    QCOMPARE(resolvePolicy(*load.workspace, ds, ds.schema.fields[3], director).summary(), QStringLiteral("drop"));
}

void TestPolicy::loaderRejectsBadPolicies_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown holder") << QStringLiteral("to: [sales_director]") << QStringLiteral("to: [cfo]")
                                    << QStringLiteral("workspace.yaml:18:9: policy rule 1: 'cfo' is neither a role nor a system");
    QTest::newRow("unknown field") << QStringLiteral("field: fin.contracts.amount") << QStringLiteral("field: fin.contracts.price")
                                   << QStringLiteral("workspace.yaml:17:12: policy rule 1: dataset fin.contracts has no "
                                                     "field 'price' (fields: id, amount, phone, signed_on)");
    QTest::newRow("unknown dataset") << QStringLiteral("field: fin.contracts.amount") << QStringLiteral("field: amount")
                                     << QStringLiteral("workspace.yaml:17:12: policy rule 1: 'amount' is not "
                                                       "DATASET.FIELD of a declared dataset");
    QTest::newRow("bad action") << QStringLiteral("action: pass") << QStringLiteral("action: allow")
                                << QStringLiteral("workspace.yaml:19:13: policy rule 1: action must be pass, mask or "
                                                  "drop, not 'allow'");
    QTest::newRow("bad mask") << QStringLiteral("mask: hash }") << QStringLiteral("mask: 'hash(2)' }")
                              << QStringLiteral("workspace.yaml:21:66: policy rule 2: mask 'hash(2)': hash(N) keeps N "
                                                "hex digits, N from 8 to 64");
    QTest::newRow("mask for pass") << QStringLiteral("action: pass\n") << QStringLiteral("action: pass\n    mask: hash\n")
                                   << QStringLiteral("workspace.yaml:20:11: policy rule 1: 'mask' goes with action: mask");
    QTest::newRow("field mask type") << QStringLiteral("type: date, sensitivity: L2")
                                     << QStringLiteral("type: date, sensitivity: L2, mask: 'generalize(0, 10)'")
                                     << QStringLiteral("workspace.yaml:15:55: field 'signed_on' of dataset 'fin.contracts': "
                                                       "generalize(0, 10) needs a number field, and this one is date");
}

void TestPolicy::loaderRejectsBadPolicies()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, error);
    QString text = QString::fromUtf8(kPolicyWorkspace);
    QVERIFY2(text.contains(from), qPrintable(from));
    text.replace(text.indexOf(from), from.size(), to);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    const WorkspaceLoad load = WorkspaceLoader::load(dir.path());
    QStringList errors;
    for (const Error &e : load.errors)
        errors.append(e.toString().section(QLatin1Char('/'), -1));
    QVERIFY2(errors.contains(error), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestPolicy::secretFromEnvironment()
{
    qputenv("CONCORD_TEST_SECRET", "a secret of thirty-two characters");
    const auto v = readSecret(QStringLiteral("env:CONCORD_TEST_SECRET"));
    QCOMPARE(*v, QByteArray("a secret of thirty-two characters"));
    Workspace ws;
    ws.name = QStringLiteral("acme");
    ws.secret = QStringLiteral("env:CONCORD_TEST_SECRET");
    const auto s = loadWorkspaceSecret(ws, SecretOptions{false, {}, 1000});
    QVERIFY(s.ok());
    QCOMPARE(s->source, QStringLiteral("env:CONCORD_TEST_SECRET"));
    QVERIFY(s->warning.isEmpty());
    qputenv("CONCORD_TEST_SECRET", "short");
    const auto weak = loadWorkspaceSecret(ws, SecretOptions{false, {}, 1000});
    QVERIFY(!weak.ok());
    QVERIFY2(weak.error().message.contains(QStringLiteral("at least 16 bytes")), qPrintable(weak.error().message));
    qunsetenv("CONCORD_TEST_SECRET");
    const auto missing = readSecret(QStringLiteral("env:CONCORD_TEST_SECRET"));
    QCOMPARE(missing.error().code, ErrorCode::ConfigInvalid);
    QVERIFY(missing.error().message.contains(QStringLiteral("CONCORD_TEST_SECRET is not set")));
    QVERIFY(!readSecret(QStringLiteral("hunter2")).ok()); // not a reference
    QCOMPARE(readSecret(QStringLiteral("keychain:x"), SecretOptions{false, {}, 1000}).error().code,
             ErrorCode::ConnectionRefused);
}

void TestPolicy::secretFileFallback()
{
    QTemporaryDir dir;
    const QString secrets = dir.filePath(QStringLiteral("config/Concord/secrets"));
    const SecretOptions options{false, secrets, 1000};
    Workspace ws;
    ws.name = QStringLiteral("ACME 数据中心");
    const auto first = loadWorkspaceSecret(ws, options);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->bytes.size(), 32);
    QVERIFY(first->source.startsWith(QStringLiteral("file:") + secrets));
    QVERIFY(first->warning.contains(QStringLiteral("mode 0600"))); // said once, when created
    const QString path = first->source.mid(5);
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto again = loadWorkspaceSecret(ws, options);
    QCOMPARE(again->bytes, first->bytes);
    QVERIFY(again->warning.isEmpty());
    // Another workspace, another secret.
    Workspace other;
    other.name = QStringLiteral("other");
    QVERIFY(loadWorkspaceSecret(other, options)->bytes != first->bytes);
    // A file others may read is refused, not used.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const auto open = loadWorkspaceSecret(ws, options);
    QVERIFY(!open.ok());
    QVERIFY2(open.error().message.contains(QStringLiteral("chmod 600")), qPrintable(open.error().message));
    // CONCORD_SECRETS_DIR moves the files when the options name no directory.
    const QString moved = dir.filePath(QStringLiteral("elsewhere"));
    qputenv("CONCORD_SECRETS_DIR", moved.toLocal8Bit());
    const auto there = loadWorkspaceSecret(other, SecretOptions{false, {}, 1000});
    qunsetenv("CONCORD_SECRETS_DIR");
    QVERIFY(there.ok());
    QVERIFY(there->source.startsWith(QStringLiteral("file:") + moved));
}

namespace {

const char *kPlanWorkspace = R"(name: plan test
departments: [sales, warehouse]
systems:
  crm: { kind: sqlite, path: crm.sqlite, department: sales, clearance: L3 }
  wms: { kind: sqlite, path: wms.sqlite, department: warehouse, clearance: L2 }
datasets:
  crm.customers:
    key: [id]
    fields:
      id: { type: int, sensitivity: L1 }
      name: string
      phone: { type: string, sensitivity: L3, mask: 'partial(mobile)' }
      id_card: { type: string, sensitivity: L3 }
      amount: { type: 'decimal(18,2)', sensitivity: L3, mask: 'generalize(0, 1000, 10000)' }
  wms.customers:
    key: [KEY]
    fields:
      id: int
      name: string
      phone: string
      label: string
      amount: 'decimal(18,2)'
pipelines:
  crm-to-wms: { source: crm.customers, target: wms.customers, mapping: mappings/m.yaml }
)";

const char *kPlanMapping = R"yaml(source: crm.customers
target: wms.customers
fields:
  id: { from: KEYSOURCE }
  name: name
  phone: phone
  label: { expr: "concat(name, ' ', id_card)" }
  amount: amount
)yaml";

// Loads the plan workspace with the target keyed on `key`, filled from `keySource`.
std::shared_ptr<const Workspace> planWorkspace(QTemporaryDir &dir, const char *key, const char *keySource,
                                               const QString &extra = {})
{
    QDir(dir.path()).mkpath(QStringLiteral("mappings"));
    QFile w(dir.filePath(QStringLiteral("workspace.yaml")));
    if (!w.open(QIODevice::WriteOnly))
        return {};
    w.write(QString::fromUtf8(kPlanWorkspace).replace(QStringLiteral("KEY"), QString::fromUtf8(key)).append(extra).toUtf8());
    w.close();
    QFile m(dir.filePath(QStringLiteral("mappings/m.yaml")));
    if (!m.open(QIODevice::WriteOnly))
        return {};
    m.write(QString::fromUtf8(kPlanMapping).replace(QStringLiteral("KEYSOURCE"), QString::fromUtf8(keySource)).toUtf8());
    m.close();
    const WorkspaceLoad load = WorkspaceLoader::load(dir.path());
    if (!load.ok())
        qWarning() << load.errors.first().toString();
    return load.ok() ? load.workspace : nullptr;
}

Result<PolicyPlan> planOf(const Workspace &ws)
{
    const PipelineDef &p = ws.pipelines.first();
    ErrorList errors;
    const CompiledMapping m = CompiledMapping::compile(*ws.mappingOf(p), *ws.dataset(p.source), *ws.dataset(p.target), &errors);
    if (!m.isValid())
        return errors.first();
    return PolicyPlan::build(ws, m, *ws.dataset(p.source), *ws.dataset(p.target),
                             Holder::ofSystem(ws.systems[QStringLiteral("wms")]), MaskKeys::fromSecret(kSecret));
}

} // namespace

void TestPolicy::planForTargetSystem()
{
    QTemporaryDir dir;
    const auto ws = planWorkspace(dir, "id", "id");
    QVERIFY(ws);
    const PipelineDef &p = ws->pipelines.first();
    ErrorList errors;
    const CompiledMapping mapping = CompiledMapping::compile(*ws->mappingOf(p), *ws->dataset(p.source),
                                                             *ws->dataset(p.target), &errors);
    QVERIFY(mapping.isValid());
    QCOMPARE(mapping.sourcesOf(3), (QList<int>{1, 3})); // label reads name and id_card
    const auto plan = planOf(*ws);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QStringList summary;
    for (const PolicyDecision &d : plan->decisions())
        summary.append(d.summary());
    QCOMPARE(summary, (QStringList{QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("mask partial(mobile)"),
                                   QStringLiteral("drop"), QStringLiteral("mask generalize(0, 1000, 10000)")}));
    QCOMPARE(plan->decisions()[3].reason,
             QStringLiteral("L3 field above the L2 clearance of system wms, and it has no mask: dropped"));
    QCOMPARE(plan->writtenFields(), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"),
                                                 QStringLiteral("amount")}));
    QCOMPARE(plan->writtenKey(), std::vector<int>{0});
    QVERIFY(!plan->isIdentity());

    Record source;
    source.values = {Value::fromInt(7), Value::fromString(QStringLiteral("王芳")),
                     Value::fromString(QStringLiteral("13812345678")), Value::fromString(QStringLiteral("11010519491231002X")),
                     dec("2500.00")};
    Record mapped, written;
    QCOMPARE(mapping.map(source, mapped).kind, MapOutcome::Kind::Mapped);
    QVERIFY(plan->apply(mapped, written).ok());
    QCOMPARE(written.values.size(), std::size_t(4));
    QCOMPARE(written.values[0], Value::fromInt(7));
    QCOMPARE(written.values[1].stringValue(), QStringLiteral("王芳"));
    QCOMPARE(written.values[2].stringValue(), QStringLiteral("138****5678"));
    QCOMPARE(written.values[3].toString(), QStringLiteral("1000.00"));
    for (const Value &v : written.values) // the ID card is nowhere in what is written
        QVERIFY(!v.toString().contains(QStringLiteral("1949")));

    // A rule that lets the ID-card label through for this system: it passes, and so does the record's text.
    QTemporaryDir dir2;
    const auto ruled = planWorkspace(dir2, "id", "id",
                                     QStringLiteral("policies:\n  - { field: crm.customers.id_card, to: [wms], action: pass, "
                                                    "reason: labels for parcels }\n"));
    QVERIFY(ruled);
    const auto plan2 = planOf(*ruled);
    QCOMPARE(plan2->decisions()[3].summary(), QStringLiteral("pass"));
    QVERIFY(plan2->decisions()[3].reason.contains(QStringLiteral("labels for parcels")));
    QCOMPARE(plan2->writtenFields().size(), 5);
}

void TestPolicy::planRefusesKeysThatBreak_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("keySource");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("error");
    QTest::newRow("dropped key") << QByteArray("label") << QByteArray("id") << QString()
                                 << QStringLiteral("key field 'label' may not reach system wms");
    QTest::newRow("partial key") << QByteArray("phone") << QByteArray("id") << QString()
                                 << QStringLiteral("key field 'phone' would be masked with partial(mobile) for system wms");
    QTest::newRow("hashed key is fine") << QByteArray("phone") << QByteArray("id")
                                        << QStringLiteral("policies:\n  - { field: crm.customers.phone, to: [wms], "
                                                          "action: mask, mask: hash }\n")
                                        << QString();
}

void TestPolicy::planRefusesKeysThatBreak()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, keySource);
    QFETCH(QString, extra);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const auto ws = planWorkspace(dir, key.constData(), keySource.constData(), extra);
    QVERIFY(ws);
    const auto plan = planOf(*ws);
    if (error.isEmpty()) {
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        return;
    }
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::PolicyDenied);
    QVERIFY2(plan.error().message.contains(error), qPrintable(plan.error().message));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
