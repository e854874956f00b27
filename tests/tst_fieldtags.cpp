// Writing sensitivity tags back into workspace.yaml: only the edited fields' entries change, in
// every way a field can be written (flow map, shorthand, block map, last of its dataset); comments
// elsewhere survive; the result loads; the save is audited with names and levels, not values.

#include "demo/demoworkspace.h"
#include "store/statestore.h"
#include "sync/workspacefiles.h"
#include "testsupport.h"
#include "workspace/fieldtagwriter.h"
#include "workspace/workspaceloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

const QString Yaml = QStringLiteral(R"yaml(name: t
datasets:
  crm.people:
    key: [id]
    fields:
      id: int                          # the CRM's own number
      phone: { type: string, sensitivity: L2 }   # 手机
      # the next one is written out in full
      address:
        type: string
        description: 'street, city'
        # inner comment
      note: string
  crm.other:
    fields: { a: int }
)yaml");

FieldTagEdit edit(const char *field, Sensitivity level, const char *mask = "", QStringList visible = {})
{
    return FieldTagEdit{QStringLiteral("crm.people"), QString::fromUtf8(field), level, QString::fromUtf8(mask),
                        std::move(visible)};
}

// The lines of `after` that are not in `before`.
QStringList changedLines(const QString &before, const QString &after)
{
    const QStringList old = before.split(QLatin1Char('\n'));
    QStringList out;
    for (const QString &l : after.split(QLatin1Char('\n')))
        if (!old.contains(l))
            out.append(l);
    return out;
}

} // namespace

class TestFieldTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flowEntryKeepsItsComment()
    {
        const auto r = applyFieldTags(Yaml, QStringLiteral("workspace.yaml"),
                                      {edit("phone", Sensitivity::L3, "partial(3,4)", {QStringLiteral("service")})});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(changedLines(Yaml, *r),
                 QStringList{QStringLiteral("      phone: { type: string, sensitivity: L3, mask: 'partial(3,4)', "
                                            "visible_to: [service] }  # 手机")});
        QCOMPARE(r->count(QLatin1Char('\n')), Yaml.count(QLatin1Char('\n')));
    }

    void shorthandBecomesAFlowMap()
    {
        const auto r = applyFieldTags(Yaml, QStringLiteral("workspace.yaml"), {edit("id", Sensitivity::L1)});
        QVERIFY(r.ok());
        QCOMPARE(changedLines(Yaml, *r),
                 QStringList{QStringLiteral("      id: { type: int, sensitivity: L1 }  # the CRM's own number")});
    }

    void blockEntryIsReplacedAndTheNextCommentKept()
    {
        const auto r = applyFieldTags(Yaml, QStringLiteral("workspace.yaml"), {edit("address", Sensitivity::L3, "null")});
        QVERIFY(r.ok());
        QVERIFY2(r->contains(QLatin1String("      address: { type: string, sensitivity: L3, mask: 'null', "
                                           "description: 'street, city' }\n      note: string")),
                 qPrintable(*r));
        QVERIFY(r->contains(QLatin1String("      # the next one is written out in full\n")));
        QVERIFY(!r->contains(QLatin1String("inner comment")));
    }

    void lastFieldOfADataset()
    {
        const auto r = applyFieldTags(Yaml, QStringLiteral("workspace.yaml"),
                                      {edit("note", Sensitivity::L3), edit("phone", Sensitivity::Unset)});
        QVERIFY(r.ok());
        QVERIFY(r->contains(QLatin1String("      note: { type: string, sensitivity: L3 }\n  crm.other:")));
        QVERIFY(r->contains(QStringLiteral("      phone: { type: string }  # 手机")));
    }

    void errors()
    {
        auto r = applyFieldTags(Yaml, QStringLiteral("workspace.yaml"), {edit("nope", Sensitivity::L3)});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("workspace.yaml: dataset crm.people has no field 'nope'"));
        // Fields written inside a flow map on their dataset's line cannot be edited in place.
        r = applyFieldTags(Yaml, QStringLiteral("workspace.yaml"),
                           {FieldTagEdit{QStringLiteral("crm.other"), QStringLiteral("a"), Sensitivity::L3, {}, {}}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("cannot edit in place")), qPrintable(r.error().message));
        r = applyFieldTags(QStringLiteral("a: [\n"), QStringLiteral("workspace.yaml"), {edit("id", Sensitivity::L3)});
        QVERIFY(!r.ok());
    }

    void scalars()
    {
        QCOMPARE(yamlFlowScalar(QStringLiteral("hash")), QStringLiteral("hash"));
        QCOMPARE(yamlFlowScalar(QStringLiteral("partial(3,4)")), QStringLiteral("'partial(3,4)'"));
        QCOMPARE(yamlFlowScalar(QStringLiteral("null")), QStringLiteral("'null'"));
        QCOMPARE(yamlFlowScalar(QStringLiteral("it's")), QStringLiteral("'it''s'"));
        QCOMPARE(yamlFlowScalar(QString()), QStringLiteral("''"));
        QCOMPARE(yamlFlowScalar(QStringLiteral("客服")), QStringLiteral("客服"));
    }

    void demoWorkspaceSavesAndReloads()
    {
        QTemporaryDir dir;
        QVERIFY(createDemoWorkspace(dir.path()).ok());
        WorkspaceLoad load = WorkspaceLoader::load(dir.path());
        QVERIFY(load.ok());
        const QString path = dir.filePath(QStringLiteral("workspace.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString before = QString::fromUtf8(f.readAll());
        f.close();
        TagSave save;
        save.before = {FieldTagEdit{QStringLiteral("crm.customers"), QStringLiteral("name"), Sensitivity::L2, {}, {}},
                       FieldTagEdit{QStringLiteral("crm.customers"), QStringLiteral("city"), Sensitivity::L1, {}, {}}};
        save.after = {FieldTagEdit{QStringLiteral("crm.customers"), QStringLiteral("name"), Sensitivity::L3,
                                   QStringLiteral("hash(16)"), {QStringLiteral("sales"), QStringLiteral("service")}},
                      FieldTagEdit{QStringLiteral("crm.customers"), QStringLiteral("city"), Sensitivity::L2, {}, {}}};
        save.actor = QStringLiteral("li.na");
        save.role = QStringLiteral("finance_steward");
        const auto written = saveFieldTags(*load.workspace, save);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(changedLines(before, *written).size(), 2);
        load = WorkspaceLoader::load(dir.path());
        QVERIFY2(load.ok(), load.ok() ? "" : qPrintable(load.errors.front().toString()));
        const DatasetDef &ds = *load.workspace->dataset(QStringLiteral("crm.customers"));
        const Field &name = ds.schema.fields[ds.schema.indexOf(QStringLiteral("name"))];
        QCOMPARE(name.sensitivity, Sensitivity::L3);
        QCOMPARE(name.mask, QStringLiteral("hash(16)"));
        QCOMPARE(name.visibleTo, (QStringList{QStringLiteral("sales"), QStringLiteral("service")}));
        // The audit entry: who, the role, what changed from what to what, and the file's digest.
        testsupport::Db state(load.workspace->stateStorePath());
        const auto audit = state.rows(QStringLiteral("SELECT actor, role, action, detail FROM audit WHERE action = 'workspace.tags'"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0][0], QStringLiteral("li.na"));
        QCOMPARE(audit[0][1], QStringLiteral("finance_steward"));
        QVERIFY(audit[0][3].contains(QLatin1String("\"field\":\"crm.customers.name\"")));
        QVERIFY(audit[0][3].contains(QLatin1String("\"sensitivity\":\"L2\"")));
        QVERIFY(audit[0][3].contains(QLatin1String("workspace_sha256")));
    }
};

QTEST_GUILESS_MAIN(TestFieldTags)
#include "tst_fieldtags.moc"
