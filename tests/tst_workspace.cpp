// Workspace loading: every error is reported as file:line:column: message, all at once.
// Table-driven: each folder under tests/data/ with a workspace.yaml is a case, and its
// expected.txt lists the errors (paths relative to the case folder), one per line, in order.

#include "mapping/mapper.h"
#include "workspace/mappingloader.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data();
    void errors();
    void validWorkspaceModel();
    void mappingVersionIgnoresFormatting();
    void missingWorkspace();
    void lookupTablesReachExpressions();
    void disabledPipeline();
    void fuzzAliasGraphs_data();
    void fuzzAliasGraphs();
    void loadTextMatchesLoad();
};

void TestWorkspace::errors_data()
{
    QTest::addColumn<QString>("dir");
    const QDir data(QStringLiteral(CONCORD_TEST_DATA));
    int cases = 0;
    for (const QString &name : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!QFile::exists(data.filePath(name + QStringLiteral("/workspace.yaml"))))
            continue;
        QTest::newRow(qPrintable(name)) << data.filePath(name);
        ++cases;
    }
    QVERIFY2(cases >= 6, "the workspace error cases are missing");
}

void TestWorkspace::errors()
{
    QFETCH(QString, dir);
    const WorkspaceLoad load = WorkspaceLoader::load(dir);
    QStringList actual;
    for (const Error &e : load.errors) {
        QString line = e.toString();
        line.remove(0, line.startsWith(dir + QLatin1Char('/')) ? dir.size() + 1 : 0);
        actual.append(line);
        QVERIFY2(e.location.line > 0 && e.location.column > 0, qPrintable(QStringLiteral("no position: ") + line));
    }
    QFile f(dir + QStringLiteral("/expected.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(actual, expected);
    QCOMPARE(load.ok(), expected.isEmpty());
}

void TestWorkspace::validWorkspaceModel()
{
    const WorkspaceLoad load = WorkspaceLoader::load(QStringLiteral(CONCORD_TEST_DATA "/valid"));
    QVERIFY(load.ok());
    const Workspace &ws = *load.workspace;
    QCOMPARE(ws.name, QStringLiteral("test"));
    QCOMPARE(ws.systems.size(), 2);
    const DatasetDef *opp = ws.dataset(QStringLiteral("crm.opportunities"));
    QVERIFY(opp);
    QCOMPARE(opp->table, QStringLiteral("opportunities"));
    QCOMPARE(opp->schema.key, QStringList{QStringLiteral("id")});
    QCOMPARE(opp->schema.version, QStringLiteral("updated_at"));
    const Field &amount = opp->schema.fields[opp->schema.indexOf(QStringLiteral("amount"))];
    QCOMPARE(amount.type, FieldType::decimal(18, 2));
    const PipelineDef &p = ws.pipelines.value(QStringLiteral("crm-to-warehouse"));
    QCOMPARE(p.batchSize, 500);
    QCOMPARE(p.mode, QStringLiteral("incremental"));
    const MappingRules *m = ws.mappingOf(p);
    QVERIFY(m);
    QCOMPARE(m->fields.size(), 4);
    const FieldRule *status = m->rule(QStringLiteral("order_status"));
    QVERIFY(status);
    QCOMPARE(status->cases.size(), 1);
    QCOMPARE(status->cases.front().then, Value::fromString(QStringLiteral("confirmed")));
    QCOMPARE(*status->elseValue, Value::fromString(QStringLiteral("pending")));
    // A default with no explicit on_null is meant to apply.
    QCOMPARE(m->rule(QStringLiteral("amount"))->onNull, NullPolicy::Default);
    QCOMPARE(m->version.size(), 12);
}

// The "valid" case's workspace.yaml in `tmp`, with `mapping` as its mappings/opp.yaml; loaded.
static WorkspaceLoad loadValidWith(const QTemporaryDir &tmp, const QByteArray &mapping)
{
    QDir().mkpath(tmp.filePath(QStringLiteral("mappings")));
    const QString yaml = tmp.filePath(QStringLiteral("workspace.yaml"));
    if (!QFile::exists(yaml))
        QFile::copy(QStringLiteral(CONCORD_TEST_DATA "/valid/workspace.yaml"), yaml);
    QFile f(tmp.filePath(QStringLiteral("mappings/opp.yaml")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    f.write(mapping);
    f.close();
    return WorkspaceLoader::load(tmp.path());
}

void TestWorkspace::mappingVersionIgnoresFormatting()
{
    QTemporaryDir tmp;
    const auto versionOf = [&](const QByteArray &mapping) {
        const WorkspaceLoad load = loadValidWith(tmp, mapping);
        return load.ok() ? load.workspace->mappings.value(QStringLiteral("mappings/opp.yaml")).version : QString();
    };
    const QString a = versionOf("source: crm.opportunities\ntarget: warehouse.orders\nfields:\n"
                                "  order_id: { from: id }\n  amount: { from: amount, default: 0 }\n");
    const QString b = versionOf("# a comment\nsource:    crm.opportunities\ntarget: warehouse.orders\nfields:\n"
                                "  amount:\n    default: 0\n    from: amount\n  order_id: {from: id}\n");
    const QString c = versionOf("source: crm.opportunities\ntarget: warehouse.orders\nfields:\n"
                                "  order_id: { from: id }\n  amount: { from: amount, default: 1 }\n");
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestWorkspace::missingWorkspace()
{
    QTemporaryDir tmp;
    const WorkspaceLoad load = WorkspaceLoader::load(tmp.path());
    QCOMPARE(load.errors.size(), 1);
    QVERIFY(load.errors.front().message.contains(QLatin1String("no workspace.yaml")));
}

void TestWorkspace::lookupTablesReachExpressions()
{
    QTemporaryDir tmp;
    const auto loadWith = [&](const QByteArray &lookups) {
        return loadValidWith(tmp, "source: crm.opportunities\ntarget: warehouse.orders\nfields:\n"
                                  "  order_id: { from: id }\n"
                                  "  order_status: { expr: \"coalesce(lookup('stages', opportunity_stage), 'pending')\" }\n"
                                      + lookups);
    };
    const WorkspaceLoad load = loadWith("lookups:\n  stages:\n    Closed Won: confirmed\n    Lost: cancelled\n");
    QVERIFY2(load.ok(), qPrintable(load.ok() ? QString() : load.errors.front().toString()));
    const Workspace &ws = *load.workspace;
    const PipelineDef &p = ws.pipelines.value(QStringLiteral("crm-to-warehouse"));
    const MappingRules *rules = ws.mappingOf(p);
    QVERIFY(rules);
    QCOMPARE(rules->lookupTables.value(QStringLiteral("stages")).size(), 2);
    ErrorList errors;
    const DatasetDef *source = ws.dataset(p.source);
    const DatasetDef *target = ws.dataset(p.target);
    const CompiledMapping m = CompiledMapping::compile(*rules, *source, *target, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.front().toString()));
    const auto statusOf = [&](const QString &stage) {
        Record in;
        in.values.resize(std::size_t(source->schema.fields.size()));
        in.values[std::size_t(source->schema.indexOf(QStringLiteral("id")))] = Value::fromInt(7);
        in.values[std::size_t(source->schema.indexOf(QStringLiteral("opportunity_stage")))] = Value::fromString(stage);
        Record out;
        const MapOutcome o = m.map(in, out);
        if (o.kind != MapOutcome::Kind::Mapped)
            return QStringLiteral("<%1>").arg(o.error.message);
        return out.values[std::size_t(m.targetFields().indexOf(QStringLiteral("order_status")))].toString();
    };
    QCOMPARE(statusOf(QStringLiteral("Closed Won")), QStringLiteral("confirmed"));
    QCOMPARE(statusOf(QStringLiteral("Lost")), QStringLiteral("cancelled"));
    QCOMPARE(statusOf(QStringLiteral("Proposal")), QStringLiteral("pending"));
    // The tables are part of the mapping's meaning, so of its version.
    const WorkspaceLoad changed = loadWith("lookups:\n  stages:\n    Closed Won: confirmed\n    Lost: lost\n");
    QVERIFY(changed.ok());
    QVERIFY(changed.workspace->mappingOf(p)->version != rules->version);
    // An unknown table is a compile error naming the known ones.
    const WorkspaceLoad missing = loadWith("");
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errors.front().message.contains(QLatin1String("unknown lookup table 'stages'")),
             qPrintable(missing.errors.front().toString()));
}

void TestWorkspace::disabledPipeline()
{
    const WorkspaceLoad load = WorkspaceLoader::load(QStringLiteral(CONCORD_TEST_DATA "/valid"));
    QVERIFY(load.ok());
    QVERIFY(load.workspace->pipelines.value(QStringLiteral("crm-to-warehouse")).enabled);
}

// YAML aliases share their anchor's node, so a document is a graph. tests/fuzz found that the
// duplicate-key check overflowed the stack on a cycle and ran for ever on aliases of aliases.
// Only the duplicate-key reports are compared: the rest is the mapping checks' business.
void TestWorkspace::fuzzAliasGraphs_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("expected"); // the duplicate-key errors, in order

    const QByteArray head = "source: crm.opportunities\ntarget: warehouse.orders\n";
    QTest::newRow("sequence containing itself")
        << (head + "fields: { order_id: id }\nlookups: &l [*l]\n") << QStringList();
    QTest::newRow("mapping containing itself")
        << (head + "fields: &f\n  order_id: { from: id }\n  self: *f\n  order_id: id\n")
        << QStringList{QStringLiteral("m.yaml:6:3: duplicate key 'order_id' (first at line 4); a key may appear only "
                                      "once in a mapping")};
    // 16 levels of 16 aliases: 16^16 paths through 300 nodes.
    QByteArray fanout = head + "fields: { order_id: id }\nlookups:\n  l0: &l0 [x]\n";
    for (int level = 1; level <= 16; ++level) {
        fanout += "  l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 16; ++i)
            fanout += (i ? ", *l" : "*l") + QByteArray::number(level - 1);
        fanout += "]\n";
    }
    QTest::newRow("aliases of aliases") << fanout << QStringList();
    // A duplicate key in an aliased map is one mistake, reported once, where it is written.
    QTest::newRow("duplicate key behind an alias")
        << (head + "fields:\n  order_id: &r { from: id, from: id }\n  customer_name: *r\n")
        << QStringList{QStringLiteral("m.yaml:4:28: duplicate key 'from' (first at line 4); a key may appear only "
                                      "once in a mapping")};
}

void TestWorkspace::fuzzAliasGraphs()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, expected);

    QElapsedTimer timer;
    timer.start();
    ErrorList errors;
    MappingLoader::loadText(QStringLiteral("m.yaml"), yaml, &errors);
    QVERIFY2(timer.elapsed() < 5000, "the loader took seconds over a small document");
    QStringList duplicates;
    for (const Error &e : std::as_const(errors))
        if (e.message.startsWith(QLatin1String("duplicate key")))
            duplicates.append(e.toString());
    QCOMPARE(duplicates.join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
}

// The in-memory loader is the file loader without the file: same rules, same errors.
void TestWorkspace::loadTextMatchesLoad()
{
    const QString file = QStringLiteral(CONCORD_TEST_DATA "/duplicate_keys/mappings/opp.yaml");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    ErrorList fromFile;
    const auto a = MappingLoader::load(QStringLiteral("mappings/opp.yaml"), file, &fromFile);
    ErrorList fromText;
    const auto b = MappingLoader::loadText(file, f.readAll(), &fromText);
    QVERIFY(a && b);
    QCOMPARE(fromText, fromFile);
    QCOMPARE(b->version, a->version);
    QCOMPARE(b->fields.size(), a->fields.size());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
