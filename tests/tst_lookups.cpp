// Lookups from another dataset (`lookup: { dataset, key, value, default }`): read once per run
// into memory, soft-deleted rows left out, checked by `validate`, bounded in size.

#include "store/statestore.h"
#include "sync/lookups.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

const QByteArray WorkspaceYaml = "name: lookups\n"
                             "systems:\n"
                             "  crm: { kind: sqlite, path: crm.sqlite }\n"
                             "  ref: { kind: sqlite, path: ref.sqlite }\n"
                             "  wms: { kind: sqlite, path: wms.sqlite }\n"
                             "datasets:\n"
                             "  crm.items:\n"
                             "    key: [id]\n"
                             "    version: updated_at\n"
                             "    fields: { id: int, region_code: string, updated_at: timestamp }\n"
                             "  ref.regions:\n"
                             "    key: [code]\n"
                             "    version: changed_at\n"
                             "    soft_delete: retired\n"
                             "    fields: { code: string, name: string, changed_at: timestamp, retired: int }\n"
                             "  wms.copy:\n"
                             "    key: [item_id]\n"
                             "    fields: { item_id: int, region: string }\n"
                             "pipelines:\n"
                             "  items:\n"
                             "    source: crm.items\n"
                             "    target: wms.copy\n"
                             "    mapping: mappings/items.yaml\n";

QByteArray mappingWith(const QByteArray &lookup)
{
    return "source: crm.items\ntarget: wms.copy\nfields:\n  item_id: { from: id }\n"
           "  region:\n    from: region_code\n    lookup: "
        + lookup + "\n";
}

} // namespace

class TestLookups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mapsThroughAnotherDataset();
    void validateChecksTheLookup_data();
    void validateChecksTheLookup();
    void tooLargeIsRefused();

private:
    WorkspaceLoad load(const QByteArray &lookup);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLookups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    testsupport::writeFile(m_dir->filePath(QStringLiteral("workspace.yaml")), WorkspaceYaml);
    testsupport::Db crm(m_dir->filePath(QStringLiteral("crm.sqlite")));
    crm.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, region_code TEXT, updated_at TEXT)"));
    const QStringList codes = {QStringLiteral("BJ"), QStringLiteral("SH"), QStringLiteral("XX"), QString(),
                               QStringLiteral("OLD")};
    for (int i = 0; i < codes.size(); ++i)
        crm.exec(QStringLiteral("INSERT INTO items VALUES (?, ?, '2024-05-20 10:00:00')"),
                 {i + 1, codes[i].isNull() ? QVariant() : QVariant(codes[i])});
    testsupport::Db ref(m_dir->filePath(QStringLiteral("ref.sqlite")));
    ref.exec(QStringLiteral("CREATE TABLE regions (code TEXT PRIMARY KEY, name TEXT, changed_at TEXT, retired INTEGER)"));
    // A row without a version still belongs to the table: a lookup reads all of it.
    ref.exec(QStringLiteral("INSERT INTO regions VALUES ('BJ', '华北', NULL, 0), ('SH', '华东', '2024-01-01 00:00:00', 0), "
                            "('OLD', '旧区', '2024-01-01 00:00:00', 1)"));
    testsupport::Db wms(m_dir->filePath(QStringLiteral("wms.sqlite")));
    wms.exec(QStringLiteral("CREATE TABLE copy (item_id INTEGER PRIMARY KEY, region TEXT)"));
}

WorkspaceLoad TestLookups::load(const QByteArray &lookup)
{
    testsupport::writeFile(m_dir->filePath(QStringLiteral("mappings/items.yaml")), mappingWith(lookup));
    return WorkspaceLoader::load(m_dir->path());
}

void TestLookups::mapsThroughAnotherDataset()
{
    const WorkspaceLoad l = load("{ dataset: ref.regions, key: code, value: name, default: 其他 }");
    QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.errors.front().toString()));
    StateStore store;
    QVERIFY(store.open(l.workspace->stateStorePath()).ok());
    PipelineRunner runner(l.workspace, &store);
    std::atomic<bool> cancel{false};
    const RunResult r = runner.run(QStringLiteral("items"), RunOptions(), cancel);
    QCOMPARE(r.status, QStringLiteral("succeeded"));
    QCOMPARE(r.inserted, 5);
    testsupport::Db wms(m_dir->filePath(QStringLiteral("wms.sqlite")));
    QCOMPARE(wms.rows(QStringLiteral("SELECT item_id, region FROM copy ORDER BY item_id")),
             (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("华北")},
                                 {QStringLiteral("2"), QStringLiteral("华东")},
                                 {QStringLiteral("3"), QStringLiteral("其他")},  // not in the table
                                 {QStringLiteral("4"), QStringLiteral("NULL")},  // null is not looked up
                                 {QStringLiteral("5"), QStringLiteral("其他")}})); // retired: left out
    // The table is data, not part of the mapping's meaning: its version does not depend on it.
    QCOMPARE(r.mappingVersion, l.workspace->mappings.value(QStringLiteral("mappings/items.yaml")).version);
}

void TestLookups::validateChecksTheLookup_data()
{
    QTest::addColumn<QByteArray>("lookup");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown dataset") << QByteArray("{ dataset: ref.nope, key: code, value: name }")
                                     << QStringLiteral("unknown lookup dataset 'ref.nope'");
    QTest::newRow("unknown field") << QByteArray("{ dataset: ref.regions, key: code, value: label }")
                                   << QStringLiteral("'label' is not a field of lookup dataset ref.regions");
    QTest::newRow("no key") << QByteArray("{ dataset: ref.regions, value: name }")
                            << QStringLiteral("needs 'key:' and 'value:'");
    QTest::newRow("both") << QByteArray("{ dataset: ref.regions, key: code, value: name, values: { BJ: x } }")
                          << QStringLiteral("from 'values' or from 'dataset', not both");
}

void TestLookups::validateChecksTheLookup()
{
    QFETCH(QByteArray, lookup);
    QFETCH(QString, message);
    const WorkspaceLoad l = load(lookup);
    QCOMPARE(l.errors.size(), 1);
    QVERIFY2(l.errors.front().message.contains(message), qPrintable(l.errors.front().toString()));
    QVERIFY(l.errors.front().location.file.endsWith(QLatin1String("mappings/items.yaml")));
    QCOMPARE(l.errors.front().location.line, 5); // the field's rule
}

void TestLookups::tooLargeIsRefused()
{
    const WorkspaceLoad l = load("{ dataset: ref.regions, key: code, value: name }");
    QVERIFY(l.ok());
    MappingRules rules = l.workspace->mappings.value(QStringLiteral("mappings/items.yaml"));
    const Result<void> r = resolveLookups(*l.workspace, rules, 1);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::ConfigInvalid);
    QVERIFY(r.error().message.contains(QLatin1String("more than 1 entries")));
    MappingRules fits = l.workspace->mappings.value(QStringLiteral("mappings/items.yaml"));
    QVERIFY(resolveLookups(*l.workspace, fits, 2).ok());
    QCOMPARE(fits.rule(QStringLiteral("region"))->lookup->values.size(), 2);
}

QTEST_GUILESS_MAIN(TestLookups)
#include "tst_lookups.moc"
