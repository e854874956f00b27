// The sensitivity page: tag a field L3 in the table and see its sample masked for the viewer, undo
// it; tag several fields at once as one undo step; the policy matrix follows the edited tags;
// suggestions from sample values are accepted or rejected; Save writes workspace.yaml in place
// and an audit entry.

#include "demo/demoworkspace.h"
#include "policy/policy.h"
#include "sensitivity/policymatrixmodel.h"
#include "sensitivity/sensitivitymodel.h"
#include "sensitivity/sensitivitypage.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace concord;

class TestGuiSensitivity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Workspace> m_ws;

    int row(SensitivityPage &page, const QString &field)
    {
        return page.model()->dataset().schema.indexOf(field);
    }
    QString sample(SensitivityPage &page, const QString &field)
    {
        return page.model()->index(row(page, field), SensitivityModel::SampleColumn).data().toString();
    }
    QString cell(SensitivityPage &page, const QString &field, const QString &holder)
    {
        PolicyMatrixModel *m = page.matrix();
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->holder(c).name == holder)
                return m->index(row(page, field), c).data(Qt::UserRole).toString();
        return QStringLiteral("no column %1").arg(holder);
    }
    void open(SensitivityPage &page, const QString &dataset, const QString &role)
    {
        page.setWorkspace(m_ws);
        page.setViewer(Holder::ofRole(m_ws->roles.value(role)), QStringLiteral("li.na"));
        page.showDataset(dataset);
        QTRY_VERIFY_WITH_TIMEOUT(page.samplesLoaded(), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(createDemoWorkspace(m_dir.path()).ok());
        const WorkspaceLoad load = WorkspaceLoader::load(m_dir.path());
        QVERIFY(load.ok());
        m_ws = load.workspace;
    }

    void tagL3MasksTheSampleAndUndoRestoresIt()
    {
        SensitivityPage page;
        page.resize(1200, 700);
        page.show();
        open(page, QStringLiteral("crm.opportunities"), QStringLiteral("sales_steward"));
        // The L3 phone is masked for the sales steward, the L2 name is not.
        QVERIFY2(sample(page, QStringLiteral("phone")).contains(QLatin1String("****")), qPrintable(sample(page, QStringLiteral("phone"))));
        const QString name = sample(page, QStringLiteral("customer_name"));
        QVERIFY(!name.isEmpty() && name != QLatin1String("(hidden)"));
        QCOMPARE(cell(page, QStringLiteral("customer_name"), QStringLiteral("sales_steward")), QStringLiteral("pass"));

        // Tag customer_name L3 in the table (the level column's editor writes "L3").
        const QModelIndex level = page.model()->index(row(page, QStringLiteral("customer_name")), SensitivityModel::LevelColumn);
        QVERIFY(page.model()->setData(level, QStringLiteral("L3")));
        QCOMPARE(page.undoStack()->count(), 1);
        QCOMPARE(level.data().toString(), QStringLiteral("L3"));
        QCOMPARE(sample(page, QStringLiteral("customer_name")), QStringLiteral("(hidden)")); // L3, no mask: dropped
        QCOMPARE(cell(page, QStringLiteral("customer_name"), QStringLiteral("sales_steward")), QStringLiteral("drop"));
        QCOMPARE(cell(page, QStringLiteral("customer_name"), QStringLiteral("finance_steward")), QStringLiteral("pass"));
        QCOMPARE(cell(page, QStringLiteral("customer_name"), QStringLiteral("warehouse")), QStringLiteral("drop"));
        QVERIFY(page.saveAction()->isEnabled());
        // Then a mask: the sample shows masked instead of hidden.
        QVERIFY(page.model()->setData(page.model()->index(level.row(), SensitivityModel::MaskColumn), QStringLiteral("hash(16)")));
        QCOMPARE(sample(page, QStringLiteral("customer_name")).size(), 16);
        // A mask the type cannot take is refused in place.
        QVERIFY(!page.model()->setData(page.model()->index(level.row(), SensitivityModel::MaskColumn),
                                       QStringLiteral("generalize(month)")));

        page.undoStack()->undo();
        page.undoStack()->undo();
        QCOMPARE(sample(page, QStringLiteral("customer_name")), name);
        QCOMPARE(cell(page, QStringLiteral("customer_name"), QStringLiteral("sales_steward")), QStringLiteral("pass"));
        QVERIFY(!page.saveAction()->isEnabled());
        page.undoStack()->redo();
        QCOMPARE(sample(page, QStringLiteral("customer_name")), QStringLiteral("(hidden)"));
    }

    void loweringALevelRevealsNothing()
    {
        SensitivityPage page;
        open(page, QStringLiteral("crm.opportunities"), QStringLiteral("sales_steward"));
        const QModelIndex level = page.model()->index(row(page, QStringLiteral("phone")), SensitivityModel::LevelColumn);
        QVERIFY(page.model()->setData(level, QStringLiteral("L1")));
        // Until saved, the stricter of saved and edited tags decides what is shown.
        QVERIFY(sample(page, QStringLiteral("phone")).contains(QLatin1String("****")));
        QCOMPARE(cell(page, QStringLiteral("phone"), QStringLiteral("sales_steward")), QStringLiteral("pass"));
    }

    void manyFieldsAtOnceAreOneStep()
    {
        SensitivityPage page;
        page.show();
        open(page, QStringLiteral("crm.opportunities"), QStringLiteral("finance_steward"));
        QItemSelectionModel *sel = page.table()->selectionModel();
        for (const char *f : {"title", "owner", "amount"})
            sel->select(page.model()->index(row(page, QString::fromLatin1(f)), 0),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        page.tagSelected([](FieldTagEdit &t) { t.level = Sensitivity::L3; }, QStringLiteral("Set L3"));
        QCOMPARE(page.undoStack()->count(), 1);
        QCOMPARE(page.model()->changedAfter().size(), 3);
        page.undoStack()->undo();
        QCOMPARE(page.model()->changedAfter().size(), 0);
    }

    void suggestionsAcceptRejectAndSave()
    {
        SensitivityPage page;
        page.show();
        open(page, QStringLiteral("crm.customers"), QStringLiteral("finance_steward"));
        // e-mail is L2 with a hash: its values look like e-mail addresses, so L3 is suggested;
        // mobile, id_card and address are L3 with a mask already: nothing to suggest.
        const QStringList texts = page.suggestionTexts();
        QVERIFY2(texts.size() == 1 && texts[0].startsWith(QLatin1String("email looks like")), qPrintable(texts.join(QLatin1Char('\n'))));
        auto *accept = page.findChild<QPushButton *>(QStringLiteral("accept_email"));
        QVERIFY(accept);
        accept->click();
        const QModelIndex email = page.model()->index(row(page, QStringLiteral("email")), SensitivityModel::LevelColumn);
        QCOMPARE(email.data().toString(), QStringLiteral("L3"));
        QCOMPARE(page.model()->index(email.row(), SensitivityModel::MaskColumn).data().toString(),
                 QStringLiteral("partial(email)"));
        QVERIFY(page.suggestionTexts().isEmpty()); // accepted: L3 with a mask now
        page.undoStack()->undo();
        QCOMPARE(page.suggestionTexts().size(), 1);
        page.findChild<QPushButton *>(QStringLiteral("reject_email"))->click();
        QVERIFY(page.suggestionTexts().isEmpty());
        page.undoStack()->redo();

        // Save: workspace.yaml changes in place, and an audit entry says who changed what.
        QSignalSpy saved(&page, &SensitivityPage::saved);
        page.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        const WorkspaceLoad load = WorkspaceLoader::load(m_dir.path());
        QVERIFY(load.ok());
        const DatasetDef &ds = *load.workspace->dataset(QStringLiteral("crm.customers"));
        const Field &f = ds.schema.fields[ds.schema.indexOf(QStringLiteral("email"))];
        QCOMPARE(f.sensitivity, Sensitivity::L3);
        QCOMPARE(f.mask, QStringLiteral("partial(email)"));
        testsupport::Db state(load.workspace->stateStorePath());
        const auto audit = state.rows(QStringLiteral("SELECT actor, role, detail FROM audit WHERE action = 'workspace.tags'"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0][0], QStringLiteral("li.na"));
        QCOMPARE(audit[0][1], QStringLiteral("finance_steward"));
        QVERIFY(audit[0][2].contains(QLatin1String("crm.customers.email")));
        // Names and levels, no values; the workspace.yaml change as a diff (its "@@" hunk headers).
        QJsonObject detail = QJsonDocument::fromJson(audit[0][2].toUtf8()).object();
        const QString diff = detail.value(QStringLiteral("diff")).toString();
        QVERIFY2(diff.contains(QStringLiteral("\n+")) && diff.contains(QStringLiteral("L3")), qPrintable(diff));
        detail.remove(QStringLiteral("diff"));
        QVERIFY(!QJsonDocument(detail).toJson().contains('@'));
    }
};

QTEST_MAIN(TestGuiSensitivity)
#include "tst_gui_sensitivity.moc"
