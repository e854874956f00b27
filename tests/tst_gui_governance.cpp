// The audit page (Ctrl+7) and the lineage page (Ctrl+8): entries filtered and shown with their
// YAML diff, the chain's status (and a broken chain reported), the audited export; a record traced
// across two pipelines from the page and from "Where did this come from?" on the dead-letter page,
// the dataset graph and a pipeline's fields with the masked one marked.

#include "guitestsupport.h"
#include "lineagefixture.h"

#include "audit/auditmodel.h"
#include "audit/auditpage.h"
#include "audit/driftpane.h"
#include "consolesession.h"
#include "deadletters/deadletterpage.h"
#include "lineage/lineagepage.h"
#include "log/log.h"
#include "logmodel.h"
#include "logs/logspage.h"
#include "mainwindow.h"
#include "sync/mappingfiles.h"

#include <QAction>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace concord;

namespace {

constexpr int Timeout = 20000;

QStringList treeTexts(QTreeWidget *tree)
{
    QStringList out;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        out.append(item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') + item->text(2));
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}

} // namespace

class TstGuiGovernance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void auditPageListsFiltersAndShowsTheDiff();
    void brokenChainIsShown();
    void exportIsWrittenAndAudited();
    void lineagePageTracesARecord();
    void graphShowsPipelinesAndFields();
    void whereDidThisComeFromFromADeadLetter();
    void driftPaneShowsAndAcknowledges();
    void logsPageReadsFiltersFollowsAndExports();

private:
    AuditPage *audit() const { return m_window->auditPage(); }
    LineagePage *lineage() const { return m_window->lineagePage(); }

    QTemporaryDir m_tmp;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<ChainFixture> m_f;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TstGuiGovernance::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_language = guitest::setUpConsole(m_tmp, "tst_gui_governance");
    QVERIFY(m_language);
    m_f = std::make_unique<ChainFixture>();
    ChainFixture &f = *m_f;
    // One order whose amount does not convert ('N/A'): a dead letter to ask about.
    {
        testsupport::Db crm(f.dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("INSERT INTO orders VALUES (41, 'bad', '13800009999', 'N/A', '2026-01-01T00:01:00')"));
    }
    QCOMPARE(f.run(QStringLiteral("orders-to-shipments")).inserted, 40);
    QCOMPARE(f.run(QStringLiteral("shipments-to-billing")).inserted, 40);
    // A rule change, audited with its diff.
    const QString path = f.dir.filePath(QStringLiteral("mappings/billing.yaml"));
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString old = QString::fromUtf8(in.readAll());
    in.close();
    MappingSave save;
    save.relativePath = QStringLiteral("mappings/billing.yaml");
    save.yaml = QString(old).replace(QStringLiteral("  amount: { from: amount }\n"), QStringLiteral("  amount: { from: amount, default: 0 }\n"));
    save.actor = QStringLiteral("li.na (console)");
    save.oldVersion = QStringLiteral("aaaa");
    save.newVersion = QStringLiteral("bbbb");
    QVERIFY(saveMappingFile(*f.workspace, save).ok());

    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->host(), m_engine->control(), m_language.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openWorkspace(f.dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->workspace() != nullptr, Timeout);
}

void TstGuiGovernance::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
    m_f.reset();
    m_language.reset();
}

void TstGuiGovernance::auditPageListsFiltersAndShowsTheDiff()
{
    QAction *show = m_window->findChild<QAction *>(QStringLiteral("actionShowAudit"));
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_7));
    show->trigger();
    QCOMPARE(m_window->currentPage(), audit());
    // Two run.start entries and the mapping save, newest first; the chain checked.
    QTRY_COMPARE_WITH_TIMEOUT(audit()->model()->rowCount(), 3, Timeout);
    QCOMPARE(audit()->model()->entry(0)->action, QStringLiteral("mapping.save"));
    QCOMPARE(audit()->model()->index(0, AuditModel::Action).data().toString(), QStringLiteral("Mapping saved"));
    QTRY_VERIFY_WITH_TIMEOUT(audit()->chainStatus()->text().startsWith(QLatin1String("Hash chain intact: 3 entries")), Timeout);

    // The selected entry's detail: versions and the diff, its lines coloured.
    audit()->table()->selectRow(0);
    const QString html = audit()->detail()->toHtml();
    QVERIFY2(audit()->detail()->toPlainText().contains(QStringLiteral("aaaa → bbbb")), qPrintable(audit()->detail()->toPlainText()));
    QVERIFY(audit()->detail()->toPlainText().contains(QStringLiteral("+  amount: { from: amount, default: 0 }")));
    QVERIFY(audit()->detail()->toPlainText().contains(QStringLiteral("-  amount: { from: amount }")));
    QVERIFY(html.contains(QStringLiteral("#e6f4ea")) && html.contains(QStringLiteral("#fce8e6")));

    // Filters: an action family, an object, an actor.
    audit()->setActionFilter(QStringLiteral("run."));
    QTRY_COMPARE_WITH_TIMEOUT(audit()->model()->rowCount(), 2, Timeout);
    audit()->setObjectFilter(QStringLiteral("billing"));
    QTRY_COMPARE_WITH_TIMEOUT(audit()->model()->rowCount(), 1, Timeout);
    QCOMPARE(audit()->model()->entry(0)->object, QStringLiteral("pipeline:shipments-to-billing"));
    audit()->setActionFilter(QString());
    audit()->setObjectFilter(QString());
    audit()->setActorFilter(QStringLiteral("li.na (console)"));
    QTRY_COMPARE_WITH_TIMEOUT(audit()->model()->rowCount(), 1, Timeout);
    audit()->setActorFilter(QString());
    QTRY_COMPARE_WITH_TIMEOUT(audit()->model()->rowCount(), 3, Timeout);
}

void TstGuiGovernance::brokenChainIsShown()
{
    {
        testsupport::Db state(m_f->workspace->stateStorePath());
        state.exec(QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE id = 2"));
    }
    audit()->verifyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(audit()->chainStatus()->text().startsWith(QLatin1String("Hash chain BROKEN at entry 2")), Timeout);
    {
        testsupport::Db state(m_f->workspace->stateStorePath());
        state.exec(QStringLiteral("UPDATE audit SET actor = (SELECT actor FROM audit WHERE id = 1) WHERE id = 2"));
    }
    audit()->verify();
    QTRY_VERIFY_WITH_TIMEOUT(audit()->chainStatus()->text().startsWith(QLatin1String("Hash chain intact")), Timeout);
}

void TstGuiGovernance::exportIsWrittenAndAudited()
{
    const QString file = m_tmp.filePath(QStringLiteral("audit.csv"));
    const int before = audit()->model()->rowCount();
    audit()->exportTo(file);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file), Timeout);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFid,time (UTC),actor"));
    QVERIFY(csv.contains("mapping.save"));
    // The export is an entry of its own, and the page shows it.
    QTRY_COMPARE_WITH_TIMEOUT(audit()->model()->rowCount(), before + 1, Timeout);
    QCOMPARE(audit()->model()->entry(0)->action, QStringLiteral("audit.export"));
}

void TstGuiGovernance::lineagePageTracesARecord()
{
    QAction *show = m_window->findChild<QAction *>(QStringLiteral("actionShowLineage"));
    QVERIFY(show);
    show->trigger();
    QCOMPARE(m_window->currentPage(), lineage());
    lineage()->showRecord(QStringLiteral("finance.billing"), QStringLiteral("S-9"));
    QTRY_COMPARE_WITH_TIMEOUT(lineage()->tracesShown(), 1, Timeout);
    const QStringList rows = treeTexts(lineage()->recordTree());
    QVERIFY2(rows.contains(QStringLiteral("← warehouse.shipments S-9|shipments-to-billing|inserted")), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("← crm.orders 9|orders-to-shipments|inserted")), qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("no pipeline has written it onwards||")));
    // The CRM hop sits under the warehouse hop it continues.
    QTreeWidgetItem *cameFrom = lineage()->recordTree()->topLevelItem(0)->child(0);
    QCOMPARE(cameFrom->childCount(), 1);
    QCOMPARE(cameFrom->child(0)->childCount(), 1);
    QVERIFY(lineage()->statusText().contains(QStringLiteral("2 hops upstream, 0 downstream")));

    // Double-clicking a hop follows that record: from the CRM order, downstream.
    QTreeWidgetItem *crm = cameFrom->child(0)->child(0);
    emit lineage()->recordTree()->itemDoubleClicked(crm, 0);
    QTRY_COMPARE_WITH_TIMEOUT(lineage()->tracesShown(), 2, Timeout);
    const QStringList down = treeTexts(lineage()->recordTree());
    QVERIFY2(down.contains(QStringLiteral("→ warehouse.shipments S-9|orders-to-shipments|inserted")), qPrintable(down.join(u'\n')));
    QVERIFY(down.contains(QStringLiteral("→ finance.billing S-9|shipments-to-billing|inserted")));
}

void TstGuiGovernance::graphShowsPipelinesAndFields()
{
    QCOMPARE(lineage()->graph().pipelines.size(), 2);
    int boxes = 0, edges = 0;
    for (QGraphicsItem *item : lineage()->graphScene()->items()) {
        if (item->type() == QGraphicsRectItem::Type)
            ++boxes;
        if (item->type() == QGraphicsPathItem::Type)
            ++edges;
    }
    QCOMPARE(boxes, 3);
    QCOMPARE(edges, 2);
    // Selecting an arrow lists the pipeline's fields; the phone is masked on its way to the warehouse.
    for (QGraphicsItem *item : lineage()->graphScene()->items())
        if (item->type() == QGraphicsPathItem::Type && item->data(0).toString() == QLatin1String("orders-to-shipments"))
            item->setSelected(true);
    QTableWidget *fields = lineage()->fieldTable();
    QTRY_COMPARE(fields->rowCount(), 5);
    bool phoneMasked = false;
    for (int r = 0; r < fields->rowCount(); ++r)
        if (fields->item(r, 0)->text() == QLatin1String("phone"))
            phoneMasked = fields->item(r, 3)->text() == QLatin1String("masked: partial(3,4)");
    QVERIFY(phoneMasked);
}

void TstGuiGovernance::whereDidThisComeFromFromADeadLetter()
{
    m_window->showDeadLetters();
    DeadLetterPage *letters = m_window->deadLetterPage();
    QTRY_COMPARE_WITH_TIMEOUT(letters->table()->model()->rowCount(), 1, Timeout);
    letters->table()->selectRow(0);
    QAction *where = letters->findChild<QAction *>(QStringLiteral("actionWhereFrom"));
    QVERIFY(where);
    QCOMPARE(where->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    const int traced = lineage()->tracesShown();
    where->trigger();
    QCOMPARE(m_window->currentPage(), lineage());
    QTRY_COMPARE_WITH_TIMEOUT(lineage()->tracesShown(), traced + 1, Timeout);
    // The failed order was entered in the CRM itself and written nowhere.
    const QStringList rows = treeTexts(lineage()->recordTree());
    QCOMPARE(rows.value(0), QStringLiteral("crm.orders 41||"));
    QVERIFY(rows.contains(QStringLiteral("no pipeline has written it onwards||")));
}

void TstGuiGovernance::driftPaneShowsAndAcknowledges()
{
    DriftPane *pane = m_window->driftPane();
    QVERIFY(pane);
    QTRY_COMPARE_WITH_TIMEOUT(pane->openCount(), 0, Timeout);
    {
        testsupport::Db crm(m_f->dir.filePath(QStringLiteral("crm.sqlite")));
        crm.exec(QStringLiteral("ALTER TABLE orders DROP COLUMN phone"));
    }
    pane->checkAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(pane->openCount(), 1, Timeout);
    QCOMPARE(pane->table()->item(0, 0)->text(), QStringLiteral("crm.orders.phone"));
    QCOMPARE(pane->table()->item(0, 1)->text(), QStringLiteral("removed (was TEXT)"));
    QVERIFY(pane->table()->item(0, 2)->text().contains(QStringLiteral("pipeline orders-to-shipments reads it into phone")));
    QCOMPARE(pane->windowTitle(), QStringLiteral("Schema Drift (1)"));
    QVERIFY(!pane->acknowledgeAction()->isEnabled());
    pane->table()->selectRow(0);
    QVERIFY(pane->acknowledgeAction()->isEnabled());
    pane->acknowledgeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(pane->openCount(), 0, Timeout);
    QCOMPARE(pane->windowTitle(), QStringLiteral("Schema Drift"));
    const auto acknowledged = m_f->store->driftItems(true);
    QCOMPARE(acknowledged->size(), 1);
    QCOMPARE(acknowledged->front().status, QStringLiteral("acknowledged"));
}

void TstGuiGovernance::logsPageReadsFiltersFollowsAndExports()
{
    LogsPage *page = m_window->logsPage();
    QSignalSpy loaded(page, &LogsPage::loaded);
    m_window->showLogs();
    QCOMPARE(page->logDir(), m_f->workspace->logDir());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && !page->isLoading(), Timeout);
    const auto messages = [page] {
        QStringList out;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            out.append(page->model()->entryAt(r).message);
        return out;
    };
    // The console's engine writes the workspace's log: its opening is there.
    QVERIFY2(messages().join(u'|').contains(QStringLiteral("opened workspace 'lineage test'")), qPrintable(messages().join(u'|')));
    QVERIFY(page->followAction()->isChecked());

    // Lines written now, by this process and by a concordctl run, come in while following.
    {
        log::ScopedContext context(log::Context{QStringLiteral("orders-to-shipments"), QStringLiteral("99"), QStringLiteral("crm"),
                                                QStringLiteral("warehouse"), QStringLiteral("trace-gui")});
        log::warning(lcSync(), QStringLiteral("record 41 sent to dead letters with TYPE_MISMATCH"),
                     log::Fields{QStringLiteral("41"), QStringLiteral("TYPE_MISMATCH")});
    }
    QTRY_VERIFY_WITH_TIMEOUT(messages().contains(QStringLiteral("record 41 sent to dead letters with TYPE_MISMATCH")), Timeout);
    const auto [rc, text] = m_f->ctl({QStringLiteral("run"), QStringLiteral("shipments-to-billing")});
    QCOMPARE(rc, 0);
    const auto fromCtl = [page] {
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (page->model()->entryAt(r).process == QLatin1String("concordctl run")
                && page->model()->entryAt(r).message.contains(QStringLiteral(" succeeded: ")))
                return true;
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(fromCtl(), qPrintable(messages().join(u'|')), Timeout);
    QVERIFY(page->summary()->text().contains(QStringLiteral("following")));

    // Filtered by error code: a new read with only that code.
    const int reads = loaded.count();
    page->setErrorCodeFilter(QStringLiteral("TYPE_MISMATCH"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > reads && !page->isLoading(), Timeout);
    QCOMPARE(page->model()->rowCount(), 1);
    const LogEntry entry = page->model()->entryAt(0);
    QCOMPARE(entry.recordId, QStringLiteral("41"));
    QCOMPARE(entry.process, QStringLiteral("concord"));
    page->table()->selectRow(0);
    const QString html = page->detail()->toHtml();
    QVERIFY(html.contains(QStringLiteral("trace-gui")));
    QVERIFY(html.contains(QStringLiteral("filter:?trace=trace-gui")));

    // One run by its trace id (what the detail's link does): the other filters go.
    page->showTrace(QStringLiteral("trace-gui"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->filter().traceId == QLatin1String("trace-gui"), Timeout);
    QVERIFY(page->filter().errorCode.isEmpty());
    QCOMPARE(page->model()->rowCount(), 1);
    page->setTraceFilter(QString());
    page->setTextFilter(QStringLiteral("no line says this"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() == 0 && page->filter().traceId.isEmpty(), Timeout);
    QVERIFY(page->summary()->text().contains(QStringLiteral("No entries match")));
    page->setTextFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() > 2, Timeout);

    // Export what is shown, audited.
    const QString file = m_tmp.filePath(QStringLiteral("logs.csv"));
    QSignalSpy exported(page, &LogsPage::exported);
    page->exportTo(file);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, Timeout);
    QCOMPARE(exported.front().at(2).toString(), QString());
    QCOMPARE(exported.front().at(1).toLongLong(), qint64(page->model()->rowCount()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFts,level,pipeline,task_id,message"));
    QVERIFY(csv.contains("trace-gui"));
    AuditQuery q;
    q.action = QStringLiteral("logs.export");
    QTRY_COMPARE_WITH_TIMEOUT(m_f->store->audit(q)->size(), 1, Timeout);
}

QTEST_MAIN(TstGuiGovernance)
#include "tst_gui_governance.moc"
