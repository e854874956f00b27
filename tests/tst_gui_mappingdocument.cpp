// The mapping editor's document: every edit is one undo step (typing merges), the YAML text and
// the rules stay in step both ways, comments survive, problems are what `validate` says, and a
// save is atomic and audited.

#include "demo/demoworkspace.h"
#include "mapping/mappingdocument.h"
#include "sync/mappingfiles.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

const QString Path = QStringLiteral("mappings/opportunity_to_order.yaml");

} // namespace

class TestMappingDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void linkUndoRedo();
    void unlinkRemovesTheRule();
    void typingMergesIntoOneStep();
    void yamlBothWays();
    void badYamlChangesNothing();
    void problemsAreValidateErrors();
    void saveIsAtomicAndAudited();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Workspace> m_ws;
    std::unique_ptr<MappingDocument> m_doc;
    QString m_text;
};

void TestMappingDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(createDemoWorkspace(m_dir->path()).ok());
    const WorkspaceLoad load = WorkspaceLoader::load(m_dir->path());
    QVERIFY(load.ok());
    m_ws = load.workspace;
    QFile f(m_dir->filePath(Path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_text = QString::fromUtf8(f.readAll());
    m_doc = std::make_unique<MappingDocument>(m_ws, m_ws->mappings.value(Path), m_text);
}

void TestMappingDocument::linkUndoRedo()
{
    QSignalSpy changed(m_doc.get(), &MappingDocument::changed);
    QSignalSpy modified(m_doc.get(), &MappingDocument::modifiedChanged);
    const QString before = m_doc->rules().version;
    QVERIFY(!m_doc->isModified());
    m_doc->link(QStringLiteral("title"), QStringLiteral("customer_name"));
    QCOMPARE(m_doc->rules().rule(QStringLiteral("customer_name"))->from, QStringLiteral("title"));
    QVERIFY(m_doc->isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<MappingChange>().field, QStringLiteral("customer_name"));
    QVERIFY(m_doc->rules().version != before);
    // Its transforms stay: only where the value comes from changed.
    QCOMPARE(m_doc->rules().rule(QStringLiteral("customer_name"))->transforms, QStringList{QStringLiteral("trim")});
    // Linking what is already linked is no edit.
    m_doc->link(QStringLiteral("title"), QStringLiteral("customer_name"));
    QCOMPARE(m_doc->undoStack()->count(), 1);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->rules().rule(QStringLiteral("customer_name"))->from, QStringLiteral("customer_name"));
    QCOMPARE(m_doc->rules().version, before);
    QVERIFY(!m_doc->isModified());
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->rules().rule(QStringLiteral("customer_name"))->from, QStringLiteral("title"));
}

void TestMappingDocument::unlinkRemovesTheRule()
{
    const int n = m_doc->rules().fields.size();
    m_doc->unlink(QStringLiteral("contact_phone"));
    QCOMPARE(m_doc->rules().fields.size(), n - 1);
    QVERIFY(!m_doc->rules().rule(QStringLiteral("contact_phone")));
    QVERIFY(!m_doc->yaml().yaml.contains(QLatin1String("contact_phone")));
    m_doc->unlink(QStringLiteral("contact_phone")); // nothing left to remove
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->rules().fields.size(), n);
}

void TestMappingDocument::typingMergesIntoOneStep()
{
    FieldRule rule = *m_doc->rules().rule(QStringLiteral("order_date"));
    const QString original = rule.expr;
    for (const QString &text : {QStringLiteral("format_date(created_at, 'yyyy')"),
                                QStringLiteral("format_date(created_at, 'yyyy-MM')"),
                                QStringLiteral("format_date(updated_at, 'yyyy-MM')")}) {
        rule.expr = text;
        m_doc->setRule(rule, QStringLiteral("Edit the expression of order_date"), true);
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->rules().rule(QStringLiteral("order_date"))->expr, QStringLiteral("format_date(updated_at, 'yyyy-MM')"));
    // Another field does not merge.
    FieldRule other = *m_doc->rules().rule(QStringLiteral("amount"));
    other.defaultValue = Value::fromInt(1);
    m_doc->setRule(other, QStringLiteral("Change the default of amount"), true);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->rules().rule(QStringLiteral("order_date"))->expr, original);
}

void TestMappingDocument::yamlBothWays()
{
    // Unchanged rules give back the file as it was, comments included.
    QCOMPARE(m_doc->yaml().yaml, m_text);
    QVERIFY(m_doc->yaml().droppedComments.isEmpty());
    // Rules -> text.
    m_doc->link(QStringLiteral("title"), QStringLiteral("customer_name"));
    QVERIFY(m_doc->yaml().yaml.contains(QLatin1String("from: title")));
    // Text -> rules: a comment of the steward's and a changed case.
    QString text = m_doc->yaml().yaml;
    text.replace(QLatin1String("then: confirmed"), QLatin1String("then: approved"));
    text.prepend(QStringLiteral("# reviewed by 王芳\n"));
    ErrorList errors;
    QVERIFY(m_doc->replaceFromYaml(text, &errors));
    QVERIFY(errors.isEmpty());
    QCOMPARE(m_doc->rules().rule(QStringLiteral("order_status"))->cases.front().then,
             Value::fromString(QStringLiteral("approved")));
    QVERIFY2(m_doc->yaml().yaml.startsWith(QStringLiteral("# reviewed by 王芳\n")), qPrintable(m_doc->yaml().yaml.left(300)));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    // The same text again is no new step.
    QVERIFY(m_doc->replaceFromYaml(m_doc->yaml().yaml, &errors));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->yaml().yaml.contains(QStringLiteral("王芳")));
    QCOMPARE(m_doc->rules().rule(QStringLiteral("order_status"))->cases.front().then,
             Value::fromString(QStringLiteral("confirmed")));
}

void TestMappingDocument::badYamlChangesNothing()
{
    const QString version = m_doc->rules().version;
    ErrorList errors;
    QVERIFY(!m_doc->replaceFromYaml(QStringLiteral("source: crm.opportunities\nfields: [\n"), &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.front().location.line > 0);
    QString bad = m_text;
    bad.replace(QLatin1String("\nfields:\n"), QLatin1String("\nfields:\n  bogus: { from: id, on_null: maybe }\n"));
    QVERIFY(!m_doc->replaceFromYaml(bad, &errors));
    QVERIFY2(!errors.isEmpty() && errors.front().message.contains(QLatin1String("on_null")),
             qPrintable(errors.isEmpty() ? QString() : errors.front().toString()));
    QCOMPARE(m_doc->rules().version, version);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestMappingDocument::problemsAreValidateErrors()
{
    QVERIFY(m_doc->problems().isEmpty());
    m_doc->link(QStringLiteral("no_such_field"), QStringLiteral("customer_name"));
    const ErrorList problems = m_doc->problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.front().message.contains(QLatin1String("no_such_field")));
}

void TestMappingDocument::saveIsAtomicAndAudited()
{
    m_doc->link(QStringLiteral("title"), QStringLiteral("customer_name"));
    const MappingText text = m_doc->yaml();
    MappingSave save;
    save.relativePath = Path;
    save.yaml = text.yaml;
    save.oldVersion = m_doc->savedVersion();
    save.newVersion = m_doc->rules().version;
    save.actor = QStringLiteral("tester");
    QVERIFY(saveMappingFile(*m_ws, save).ok());
    m_doc->markSaved(text.yaml);
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->savedVersion(), save.newVersion);
    // The file is what the workspace now loads.
    const WorkspaceLoad reloaded = WorkspaceLoader::load(m_dir->path());
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.workspace->mappings.value(Path).version, save.newVersion);
    // And the audit trail says who changed what, from which version to which.
    testsupport::Db state(m_ws->stateStorePath());
    const auto rows = state.rows(QStringLiteral("SELECT actor, action, object, detail FROM audit"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0], QStringLiteral("tester"));
    QCOMPARE(rows[0][1], QStringLiteral("mapping.save"));
    QCOMPARE(rows[0][2], QStringLiteral("mapping:") + Path);
    QVERIFY(rows[0][3].contains(save.oldVersion) && rows[0][3].contains(save.newVersion));
    // Outside the workspace: refused.
    save.relativePath = QStringLiteral("../elsewhere.yaml");
    QVERIFY(!saveMappingFile(*m_ws, save).ok());
}

QTEST_MAIN(TestMappingDocument)
#include "tst_gui_mappingdocument.moc"
