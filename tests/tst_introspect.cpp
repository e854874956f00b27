// The New Workspace wizard's engine side: reading tables and columns from SQLite, PostgreSQL and
// MariaDB (engine/connectors/introspect.h), the type/key/version suggestions, and the first
// workspace.yaml (engine/workspace/newworkspace.h) — written, loaded by the real loader, refused
// over an existing workspace, and removed again when it does not validate.

#include "connectors/introspect.h"
#include "mariadbserver.h"
#include "pgserver.h"
#include "testsupport.h"
#include "workspace/newworkspace.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const Field *fieldOf(const DatasetDef &ds, const QString &name)
{
    const int i = ds.schema.indexOf(name);
    return i < 0 ? nullptr : &ds.schema.fields.at(i);
}

QStringList names(const QList<TableColumn> &columns)
{
    QStringList out;
    for (const TableColumn &c : columns)
        out.append(c.name);
    return out;
}

const TableColumn *column(const QList<TableColumn> &columns, const QString &name)
{
    for (const TableColumn &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

NewWorkspace sqliteSpec(const QString &file)
{
    NewWorkspace spec;
    spec.name = QStringLiteral("销售同步 'pilot'");
    spec.department = QStringLiteral("sales");
    spec.system = QStringLiteral("crm");
    spec.kind = QStringLiteral("sqlite");
    spec.path = file;
    spec.dataset = QStringLiteral("opportunities");
    spec.table = QStringLiteral("opportunities");
    spec.fields = {NewField{QStringLiteral("id"), QStringLiteral("int"), QStringLiteral("L1"), true},
                   NewField{QStringLiteral("phone"), QStringLiteral("string"), QStringLiteral("L3"), false},
                   NewField{QStringLiteral("amount"), QStringLiteral("decimal(18,2)"), QString(), false},
                   NewField{QStringLiteral("null"), QStringLiteral("string"), QString(), false},
                   NewField{QStringLiteral("updated_at"), QStringLiteral("timestamp"), QStringLiteral("L1"), false},
                   NewField{QStringLiteral("deleted"), QStringLiteral("bool"), QString(), false}};
    spec.version = QStringLiteral("updated_at");
    spec.softDelete = QStringLiteral("deleted");
    return spec;
}

} // namespace

class TestIntrospect : public QObject
{
    Q_OBJECT

private slots:
    void suggestedTypes_data()
    {
        QTest::addColumn<QString>("sqlType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sqlite integer") << "INTEGER" << "int";
        QTest::newRow("bigint") << "bigint" << "int";
        QTest::newRow("mysql int(11) unsigned") << "int(10) unsigned" << "int";
        QTest::newRow("mysql tinyint(1)") << "tinyint(1)" << "bool";
        QTest::newRow("pg boolean") << "boolean" << "bool";
        QTest::newRow("numeric(10,2)") << "numeric(10,2)" << "decimal(10,2)";
        QTest::newRow("DECIMAL(18, 4)") << "DECIMAL(18, 4)" << "decimal(18,4)";
        QTest::newRow("numeric(12)") << "numeric(12)" << "decimal(12,0)";
        QTest::newRow("numeric, no scale") << "numeric" << "decimal(18,4)";
        QTest::newRow("double precision") << "double precision" << "decimal(18,6)";
        QTest::newRow("pg timestamptz") << "timestamp with time zone" << "timestamp";
        QTest::newRow("mysql datetime(6)") << "datetime(6)" << "timestamp";
        QTest::newRow("date") << "DATE" << "date";
        QTest::newRow("jsonb") << "jsonb" << "json";
        QTest::newRow("varchar") << "character varying(64)" << "string";
        QTest::newRow("interval is not int") << "interval" << "string";
        QTest::newRow("sqlite none") << "" << "string";
        QTest::newRow("mysql enum naming int") << "enum('print','email','maintenance')" << "string";
        QTest::newRow("pg integer array") << "integer[]" << "string";
        QTest::newRow("pg int4range") << "int4range" << "string";
        QTest::newRow("a type named paint") << "paint_color" << "string";
        QTest::newRow("bigint unsigned") << "bigint(20) unsigned" << "decimal(20,0)";
        QTest::newRow("pg serial") << "serial" << "int";
        QTest::newRow("pg int8") << "int8" << "int";
    }

    void suggestedTypes()
    {
        QFETCH(QString, sqlType);
        QFETCH(QString, expected);
        QCOMPARE(suggestFieldType(sqlType), expected);
    }

    void namesAndSuggestions()
    {
        QVERIFY(isFieldName(QStringLiteral("order_id")));
        QVERIFY(isFieldName(QStringLiteral("客户")));
        QVERIFY(isFieldName(QStringLiteral("$rev")));
        QVERIFY(!isFieldName(QStringLiteral("1st")));
        QVERIFY(!isFieldName(QStringLiteral("order date")));
        QVERIFY(!isFieldName(QString()));
        QCOMPARE(nameFromTable(QStringLiteral("sales.Order Lines")), QStringLiteral("Order_Lines"));
        QCOMPARE(nameFromTable(QStringLiteral("2024_orders")), QStringLiteral("_2024_orders"));
        QCOMPARE(nameFromTable(QStringLiteral("客户")), QStringLiteral("客户"));

        QList<NewField> fields{{QStringLiteral("id"), QStringLiteral("int"), {}, true},
                               {QStringLiteral("version"), QStringLiteral("int"), {}, false},
                               {QStringLiteral("gmt_modified"), QStringLiteral("timestamp"), {}, false},
                               {QStringLiteral("is_deleted"), QStringLiteral("bool"), {}, false}};
        // A timestamp named like a change time wins over a number named version.
        QCOMPARE(suggestVersionField(fields), QStringLiteral("gmt_modified"));
        fields.removeAt(2);
        QCOMPARE(suggestVersionField(fields), QStringLiteral("version"));
        QCOMPARE(suggestSoftDeleteField(fields), QStringLiteral("is_deleted"));
        fields[2].type = QStringLiteral("string"); // a text "is_deleted" cannot be the flag
        QCOMPARE(suggestSoftDeleteField(fields), QString());
        QCOMPARE(suggestVersionField({{QStringLiteral("name"), QStringLiteral("string"), {}, false}}), QString());
    }

    void sqliteTablesAndColumns()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("data")));
        {
            testsupport::Db db(dir.filePath(QStringLiteral("data/crm.sqlite")));
            db.exec(QStringLiteral("CREATE TABLE opportunities (id INTEGER, region TEXT NOT NULL, amount NUMERIC(18,2), "
                                   "updated_at TIMESTAMP, note, PRIMARY KEY (region, id))"));
            db.exec(QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY)"));
            db.exec(QStringLiteral("CREATE VIEW open_opportunities AS SELECT * FROM opportunities"));
            db.exec(QStringLiteral("CREATE TABLE t (x INTEGER PRIMARY KEY AUTOINCREMENT)")); // makes sqlite_sequence
        }
        SystemDef system;
        system.name = QStringLiteral("crm");
        system.kind = QStringLiteral("sqlite");
        system.path = QStringLiteral("data/crm.sqlite");
        const auto tables = listTables(system, dir.path());
        QVERIFY2(tables.ok(), qPrintable(tables.error().message));
        QCOMPARE(*tables, QStringList({QStringLiteral("accounts"), QStringLiteral("open_opportunities"),
                                       QStringLiteral("opportunities"), QStringLiteral("t")}));

        const auto columns = describeTable(system, dir.path(), QStringLiteral("opportunities"));
        QVERIFY2(columns.ok(), qPrintable(columns.error().message));
        QCOMPARE(names(*columns), QStringList({QStringLiteral("id"), QStringLiteral("region"), QStringLiteral("amount"),
                                               QStringLiteral("updated_at"), QStringLiteral("note")}));
        QCOMPARE(column(*columns, QStringLiteral("region"))->keyPosition, 1);
        QCOMPARE(column(*columns, QStringLiteral("id"))->keyPosition, 2);
        QCOMPARE(column(*columns, QStringLiteral("amount"))->keyPosition, 0);
        QVERIFY(column(*columns, QStringLiteral("region"))->notNull);
        QCOMPARE(column(*columns, QStringLiteral("amount"))->sqlType, QStringLiteral("NUMERIC(18,2)"));
        QCOMPARE(column(*columns, QStringLiteral("note"))->sqlType, QString());

        const auto missing = describeTable(system, dir.path(), QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::SchemaDrift);

        system.path = QStringLiteral("data/absent.sqlite");
        const auto absent = listTables(system, dir.path());
        QVERIFY(!absent.ok());
        QCOMPARE(absent.error().code, ErrorCode::ConnectionRefused);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("data/absent.sqlite")))); // never created

        system.kind = QStringLiteral("rest");
        QVERIFY(!canIntrospect(system.kind));
        QCOMPARE(listTables(system, dir.path()).error().code, ErrorCode::ConfigInvalid);
    }

    void newWorkspaceLoads()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("data")));
        {
            testsupport::Db db(dir.filePath(QStringLiteral("data/crm.sqlite")));
            db.exec(QStringLiteral("CREATE TABLE opportunities (id INTEGER PRIMARY KEY, phone TEXT, amount NUMERIC(18,2), "
                                   "\"null\" TEXT, updated_at TIMESTAMP, deleted INTEGER)"));
        }
        const QString wsDir = dir.filePath(QStringLiteral("ws"));
        NewWorkspace spec = sqliteSpec(QStringLiteral("../data/crm.sqlite"));
        const QString yaml = newWorkspaceYaml(spec);
        QVERIFY2(yaml.contains(QStringLiteral("name: '销售同步 ''pilot'''")), qPrintable(yaml));
        QVERIFY2(yaml.contains(QStringLiteral("amount:") ) && yaml.contains(QStringLiteral("type: 'decimal(18,2)'")), qPrintable(yaml));
        QVERIFY2(yaml.contains(QStringLiteral("'null':")), qPrintable(yaml)); // a YAML word as a field name stays a name

        const auto written = createNewWorkspace(wsDir, spec);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(*written, QDir(wsDir).filePath(QStringLiteral("workspace.yaml")));
        QVERIFY(QFileInfo(QDir(wsDir).filePath(QStringLiteral("mappings"))).isDir());

        const WorkspaceLoad load = WorkspaceLoader::load(wsDir);
        QVERIFY2(load.ok(), load.ok() ? "" : qPrintable(load.errors.front().toString()));
        QCOMPARE(load.workspace->name, spec.name);
        QCOMPARE(load.workspace->departments, QStringList{QStringLiteral("sales")});
        const SystemDef crm = load.workspace->systems.value(QStringLiteral("crm"));
        QCOMPARE(crm.kind, QStringLiteral("sqlite"));
        QCOMPARE(crm.department, QStringLiteral("sales"));
        QCOMPARE(QFileInfo(crm.resolvedPath(wsDir)).canonicalFilePath(), QFileInfo(dir.filePath(QStringLiteral("data/crm.sqlite"))).canonicalFilePath());
        const DatasetDef *ds = load.workspace->dataset(QStringLiteral("crm.opportunities"));
        QVERIFY(ds);
        QCOMPARE(ds->table, QStringLiteral("opportunities"));
        QCOMPARE(ds->schema.key, QStringList{QStringLiteral("id")});
        QCOMPARE(ds->schema.version, QStringLiteral("updated_at"));
        QCOMPARE(ds->schema.softDelete, QStringLiteral("deleted"));
        QCOMPARE(ds->schema.fields.size(), spec.fields.size());
        QCOMPARE(fieldOf(*ds, QStringLiteral("phone"))->sensitivity, Sensitivity::L3);
        QCOMPARE(fieldOf(*ds, QStringLiteral("amount"))->type, FieldType::decimal(18, 2));
        QCOMPARE(fieldOf(*ds, QStringLiteral("null"))->type.kind, FieldType::String);

        // A second wizard on the same folder does not overwrite it.
        const QByteArray before = readFile(*written);
        const auto again = createNewWorkspace(wsDir, spec);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("already has a workspace.yaml")), qPrintable(again.error().message));
        QCOMPARE(readFile(*written), before);
    }

    void invalidSpecLeavesNothing()
    {
        QTemporaryDir dir;
        NewWorkspace spec = sqliteSpec(QStringLiteral("crm.sqlite"));
        spec.version = QStringLiteral("not_declared"); // the loader refuses a version that is not a field
        const QString wsDir = dir.filePath(QStringLiteral("ws"));
        const auto written = createNewWorkspace(wsDir, spec);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::ConfigInvalid);
        QVERIFY2(written.error().message.contains(QLatin1String("not_declared")), qPrintable(written.error().message));
        QVERIFY(!QFileInfo::exists(QDir(wsDir).filePath(QStringLiteral("workspace.yaml"))));
        QVERIFY(!QFileInfo::exists(QDir(wsDir).filePath(QStringLiteral("mappings"))));
        QVERIFY(!QFileInfo::exists(wsDir)); // the folder it made is gone too

        // A folder of the steward's stays, with what was in it.
        QDir().mkpath(wsDir);
        testsupport::writeFile(QDir(wsDir).filePath(QStringLiteral("notes.txt")), "keep me");
        QVERIFY(!createNewWorkspace(wsDir, spec).ok());
        QVERIFY(QFileInfo::exists(QDir(wsDir).filePath(QStringLiteral("notes.txt"))));
    }

    void serverWorkspaceYaml()
    {
        NewWorkspace spec;
        spec.system = QStringLiteral("erp");
        spec.kind = QStringLiteral("postgres");
        spec.host = QStringLiteral("db.internal");
        spec.port = 6432;
        spec.database = QStringLiteral("erp");
        spec.user = QStringLiteral("sync");
        spec.password = QStringLiteral("keychain:erp");
        spec.schema = QStringLiteral("finance");
        spec.dataset = QStringLiteral("invoices");
        spec.table = QStringLiteral("finance.invoices");
        spec.fields = {NewField{QStringLiteral("id"), QStringLiteral("int"), {}, true}};
        QTemporaryDir dir;
        const auto written = createNewWorkspace(dir.path(), spec);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        const WorkspaceLoad load = WorkspaceLoader::load(dir.path());
        QVERIFY(load.ok());
        const SystemDef erp = load.workspace->systems.value(QStringLiteral("erp"));
        QCOMPARE(erp.host, spec.host);
        QCOMPARE(erp.port, 6432);
        QCOMPARE(erp.password, QStringLiteral("keychain:erp"));
        QCOMPARE(erp.options.value(QStringLiteral("schema")).toString(), QStringLiteral("finance"));
        QCOMPARE(load.workspace->dataset(QStringLiteral("erp.invoices"))->table, QStringLiteral("finance.invoices"));
        QVERIFY(readFile(*written).contains("password: 'keychain:erp'"));
    }

    void postgres()
    {
        PgServer server;
        const QString error = server.start();
        if (!error.isEmpty()) {
            if (PgServer::required() || !PgServer::binDir().isEmpty())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        QCOMPARE(server.createDatabase(QStringLiteral("wms")), QString());
        QCOMPARE(server.psql(QStringLiteral("wms"),
                             QStringLiteral("CREATE SCHEMA sync; "
                                            "CREATE TABLE sync.stock (sku text, site int, qty numeric(12,3) NOT NULL, "
                                            "  moved_at timestamptz, attrs jsonb, PRIMARY KEY (site, sku)); "
                                            "CREATE TABLE sync.sites (id int PRIMARY KEY); CREATE TABLE public.other (x int); "
                                            "CREATE TABLE sync.lines (id int, note text, PRIMARY KEY (id) INCLUDE (note));")),
                 QString());
        SystemDef system;
        system.name = QStringLiteral("wms");
        system.kind = QStringLiteral("postgres");
        system.host = QStringLiteral("127.0.0.1");
        system.port = server.port();
        system.database = QStringLiteral("wms");
        system.user = QStringLiteral("concord");
        system.options.insert(QStringLiteral("schema"), QStringLiteral("sync"));
        system.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
        const auto tables = listTables(system, QString());
        QVERIFY2(tables.ok(), qPrintable(tables.error().message));
        QCOMPARE(*tables, QStringList({QStringLiteral("lines"), QStringLiteral("sites"), QStringLiteral("stock")}));
        // A column an index only carries (INCLUDE) is no part of the key.
        const auto lines = describeTable(system, QString(), QStringLiteral("lines"));
        QVERIFY2(lines.ok(), qPrintable(lines.error().message));
        QCOMPARE(column(*lines, QStringLiteral("id"))->keyPosition, 1);
        QCOMPARE(column(*lines, QStringLiteral("note"))->keyPosition, 0);
        const auto columns = describeTable(system, QString(), QStringLiteral("stock"));
        QVERIFY2(columns.ok(), qPrintable(columns.error().message));
        QCOMPARE(names(*columns), QStringList({QStringLiteral("sku"), QStringLiteral("site"), QStringLiteral("qty"),
                                               QStringLiteral("moved_at"), QStringLiteral("attrs")}));
        QCOMPARE(column(*columns, QStringLiteral("site"))->keyPosition, 1);
        QCOMPARE(column(*columns, QStringLiteral("sku"))->keyPosition, 2);
        QCOMPARE(column(*columns, QStringLiteral("qty"))->keyPosition, 0);
        QVERIFY(column(*columns, QStringLiteral("qty"))->notNull);
        QCOMPARE(suggestFieldType(column(*columns, QStringLiteral("qty"))->sqlType), QStringLiteral("decimal(12,3)"));
        QCOMPARE(suggestFieldType(column(*columns, QStringLiteral("moved_at"))->sqlType), QStringLiteral("timestamp"));
        QCOMPARE(suggestFieldType(column(*columns, QStringLiteral("attrs"))->sqlType), QStringLiteral("json"));
        // schema.table names the schema itself.
        const auto other = describeTable(system, QString(), QStringLiteral("public.other"));
        QVERIFY2(other.ok(), qPrintable(other.error().message));
        QCOMPARE(names(*other), QStringList{QStringLiteral("x")});
        QCOMPARE(describeTable(system, QString(), QStringLiteral("absent")).error().code, ErrorCode::SchemaDrift);
        system.database = QStringLiteral("no_such_database");
        QVERIFY(!listTables(system, QString()).ok());
    }

    void mariadb()
    {
        MariaDbServer server;
        qputenv("CONCORD_TEST_MY_PW", MariaDbServer::password().toUtf8());
        const QString error = server.start();
        if (!error.isEmpty()) {
            if (MariaDbServer::required() || !MariaDbServer::serverBinary().isEmpty())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        QCOMPARE(server.rootSql(QStringLiteral("CREATE DATABASE erp CHARACTER SET utf8mb4")), QString());
        QCOMPARE(server.rootSql(QStringLiteral("CREATE TABLE orders (org INT, no VARCHAR(20), total DECIMAL(12,2) NOT NULL, "
                                               "paid TINYINT(1), changed_at DATETIME(6), PRIMARY KEY (no, org)); "
                                               "CREATE TABLE customers (id BIGINT PRIMARY KEY)"),
                                nullptr, QStringLiteral("erp")),
                 QString());
        SystemDef system;
        system.name = QStringLiteral("erp");
        system.kind = QStringLiteral("mariadb");
        system.host = QStringLiteral("127.0.0.1");
        system.port = server.port();
        system.database = QStringLiteral("erp");
        system.user = QStringLiteral("concord");
        system.password = QStringLiteral("env:CONCORD_TEST_MY_PW");
        const auto tables = listTables(system, QString());
        QVERIFY2(tables.ok(), qPrintable(tables.error().message));
        QCOMPARE(*tables, QStringList({QStringLiteral("customers"), QStringLiteral("orders")}));
        const auto columns = describeTable(system, QString(), QStringLiteral("orders"));
        QVERIFY2(columns.ok(), qPrintable(columns.error().message));
        QCOMPARE(names(*columns), QStringList({QStringLiteral("org"), QStringLiteral("no"), QStringLiteral("total"),
                                               QStringLiteral("paid"), QStringLiteral("changed_at")}));
        QCOMPARE(column(*columns, QStringLiteral("no"))->keyPosition, 1);
        QCOMPARE(column(*columns, QStringLiteral("org"))->keyPosition, 2);
        QVERIFY(column(*columns, QStringLiteral("total"))->notNull);
        QCOMPARE(suggestFieldType(column(*columns, QStringLiteral("paid"))->sqlType), QStringLiteral("bool"));
        QCOMPARE(suggestFieldType(column(*columns, QStringLiteral("total"))->sqlType), QStringLiteral("decimal(12,2)"));
        QCOMPARE(describeTable(system, QString(), QStringLiteral("absent")).error().code, ErrorCode::SchemaDrift);
        system.password = QStringLiteral("env:CONCORD_TEST_NO_SUCH_VARIABLE");
        const auto refused = listTables(system, QString());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("CONCORD_TEST_NO_SUCH_VARIABLE")), qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestIntrospect)
#include "tst_introspect.moc"
