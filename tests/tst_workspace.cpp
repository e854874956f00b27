// Workspace loading: every error is reported as file:line:column: message, all at once.
// Table-driven: each folder under tests/data/ with a workspace.yaml is a case, and its
// expected.txt lists the errors (paths relative to the case folder), one per line, in order.

#include "workspace/workspaceloader.h"

#include <QDir>
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

void TestWorkspace::mappingVersionIgnoresFormatting()
{
    QTemporaryDir tmp;
    const QString src = QStringLiteral(CONCORD_TEST_DATA "/valid");
    QDir().mkpath(tmp.filePath(QStringLiteral("mappings")));
    QFile::copy(src + QStringLiteral("/workspace.yaml"), tmp.filePath(QStringLiteral("workspace.yaml")));
    const auto versionOf = [&](const QByteArray &mapping) {
        QFile f(tmp.filePath(QStringLiteral("mappings/opp.yaml")));
        f.remove();
        f.open(QIODevice::WriteOnly);
        f.write(mapping);
        f.close();
        const WorkspaceLoad load = WorkspaceLoader::load(tmp.path());
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

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
