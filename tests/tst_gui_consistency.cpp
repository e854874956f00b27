// The consistency page, offscreen and end to end: a workspace of two SQLite tables that differ
// in known ways (one record missing in the target, two extra, three with differing fields) and a
// mirror that agrees. Run Check through the page's button fills the summary and the table; the
// filters narrow it by kind, field and text; the detail highlights the differing fields and marks
// what is masked for the viewed role; Export… writes CSV and XLSX through a replaced file dialog
// (the folder remembered); Repair selected… shows its dry run and writes nothing until Confirm;
// Repair all… confirmed makes the target match. Every model is watched by QAbstractItemModelTester.

#include "guitestsupport.h"

#include "consistency/consistencyclient.h"
#include "consistency/consistencypage.h"
#include "consistency/consistencysummary.h"
#include "consistency/discrepancydetail.h"
#include "consistency/discrepancymodel.h"
#include "consistency/repairdialog.h"
#include "consolesession.h"
#include "dashboard/timechart.h"
#include "enginehost.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pipelinetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPalette>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace concord;

namespace {

const QString Contacts = QStringLiteral("contacts");
const QString Mirror = QStringLiteral("mirror");
// Large enough that a check is still running when Cancel reaches it.
const QString Big = QStringLiteral("big");
constexpr int BigRows = 300000;
constexpr int CheckTimeoutMs = 60000;

struct Person
{
    int id;
    const char *name;
    const char *city;
    const char *phone;
};

// The source: six customers.
const Person CrmRows[] = {
    {1, "张伟", "北京", "13800138001"}, {2, "李娜", "上海", "13800138002"}, {3, "王芳", "广州", "13800138003"},
    {4, "刘洋", "深圳", "13800138004"}, {5, "陈静", "杭州", "13800138005"}, {6, "赵敏", "南京", "13800138006"},
};
// The target: 1 and 6 agree; 2 differs in name and city, 3 in city, 4 in phone; 5 is missing;
// 7 and 8 are extra.
const Person WmsRows[] = {
    {1, "张伟", "北京", "13800138001"},  {2, "李 娜", "苏州", "13800138002"}, {3, "王芳", "佛山", "13800138003"},
    {4, "刘洋", "深圳", "13900139004"},  {6, "赵敏", "南京", "13800138006"}, {7, "孙悟空", "花果山", "13800138007"},
    {8, "猪八戒", "高老庄", "13800138008"},
};

QByteArray workspaceYaml()
{
    // The console's user signs in as the finance steward (L3) and may view as the sales steward (L2).
    const QByteArray contact = "{ contact_id: { type: int, sensitivity: L1 }, name: { type: string, sensitivity: L1 }, "
                               "city: { type: string, sensitivity: L1 }, phone: { type: string, sensitivity: L3, mask: 'partial(3,4)' } }";
    const QByteArray big = "{ id: { type: int, sensitivity: L1 }, name: { type: string, sensitivity: L1 } }";
    return "name: consistency test\n"
           "roles:\n"
           "  finance_steward: { department: finance, clearance: L3 }\n"
           "  sales_steward: { department: sales, clearance: L2 }\n"
           "stewards: { '" + consoleUser().toUtf8() + "': finance_steward }\n"
           "systems:\n"
           "  crm: { kind: sqlite, path: crm.sqlite, clearance: L3 }\n"
           "  wms: { kind: sqlite, path: wms.sqlite, clearance: L3 }\n"
           "datasets:\n"
           "  crm.customers:\n"
           "    key: [id]\n"
           "    version: updated_at\n"
           "    fields: { id: { type: int, sensitivity: L1 }, name: { type: string, sensitivity: L1 }, "
           "city: { type: string, sensitivity: L1 }, phone: { type: string, sensitivity: L3, mask: 'partial(3,4)' }, "
           "updated_at: { type: timestamp, sensitivity: L1 } }\n"
           "  wms.contacts: { key: [contact_id], fields: " + contact + " }\n"
           "  wms.mirror: { key: [contact_id], fields: " + contact + " }\n"
           "  crm.big: { key: [id], fields: " + big + " }\n"
           "  wms.big: { key: [id], fields: " + big + " }\n"
           "pipelines:\n"
           "  contacts: { source: crm.customers, target: wms.contacts, mapping: mappings/contacts.yaml }\n"
           "  mirror: { source: crm.customers, target: wms.mirror, mapping: mappings/mirror.yaml }\n"
           "  big: { source: crm.big, target: wms.big, mapping: mappings/big.yaml }\n";
}

QByteArray mappingYaml(const char *target)
{
    return QByteArray("source: crm.customers\ntarget: ") + target
        + "\nfields:\n  contact_id: { from: id }\n  name: { from: name }\n  city: { from: city }\n  phone: { from: phone }\n";
}

QStringList csvLines(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QStringList lines = text.split(QRegularExpression(QStringLiteral("\r?\n")));
    lines.removeAll(QString());
    return lines;
}

} // namespace

class TstGuiConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pageOpensWithCtrl5BeforeAnyCheck();
    void runCheckFillsSummaryAndTable();
    void filtersByKindFieldAndText();
    void detailHighlightsDifferingFields();
    void viewAsMasksTheDetail();
    void exportWritesCsvAndXlsx();
    void repairSelectedShowsTheDryRunOnly();
    void repairAllConfirmedFixesTheTarget();
    void agreementIsGoodNews();
    void cancelStopsACheck();

private:
    ConsistencyPage *page() const { return m_window->consistencyPage(); }
    void watch(QAbstractItemModel *model);
    void runCheck(const QString &pipeline, ConsistencyRun *run);
    int proxyRowOfKey(const QString &key) const;
    qint64 idOfKey(const QString &key) const;
    QStringList shownKeys() const;
    int detailRowOf(const QString &field) const;

    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QList<QAbstractItemModelTester *> m_testers;
};

void TstGuiConsistency::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_language = guitest::setUpConsole(m_tmp, "tst_gui_consistency");
    QVERIFY(m_language);

    m_dir = m_tmp.filePath(QStringLiteral("ws"));
    testsupport::writeFile(m_dir + QStringLiteral("/workspace.yaml"), workspaceYaml());
    testsupport::writeFile(m_dir + QStringLiteral("/mappings/contacts.yaml"), mappingYaml("wms.contacts"));
    testsupport::writeFile(m_dir + QStringLiteral("/mappings/mirror.yaml"), mappingYaml("wms.mirror"));
    testsupport::writeFile(m_dir + QStringLiteral("/mappings/big.yaml"),
                           "source: crm.big\ntarget: wms.big\nfields:\n  id: { from: id }\n  name: { from: name }\n");
    {
        testsupport::Db crm(m_dir + QStringLiteral("/crm.sqlite"));
        crm.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, city TEXT, phone TEXT, updated_at TEXT)"));
        for (const Person &p : CrmRows)
            crm.exec(QStringLiteral("INSERT INTO customers VALUES (?, ?, ?, ?, '2025-01-02 09:00:00')"),
                     {p.id, QString::fromUtf8(p.name), QString::fromUtf8(p.city), QString::fromUtf8(p.phone)});
        const QString fill = QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %1) "
                                            "INSERT INTO big SELECT x, 'name ' || x FROM n")
                                 .arg(BigRows);
        crm.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT)"));
        crm.exec(fill);
        testsupport::Db wms(m_dir + QStringLiteral("/wms.sqlite"));
        wms.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT)"));
        wms.exec(fill);
        for (const char *table : {"contacts", "mirror"})
            wms.exec(QStringLiteral("CREATE TABLE %1 (contact_id INTEGER PRIMARY KEY, name TEXT, city TEXT, phone TEXT)")
                         .arg(QLatin1String(table)));
        for (const Person &p : WmsRows)
            wms.exec(QStringLiteral("INSERT INTO contacts VALUES (?, ?, ?, ?)"),
                     {p.id, QString::fromUtf8(p.name), QString::fromUtf8(p.city), QString::fromUtf8(p.phone)});
        for (const Person &p : CrmRows)
            wms.exec(QStringLiteral("INSERT INTO mirror VALUES (?, ?, ?, ?)"),
                     {p.id, QString::fromUtf8(p.name), QString::fromUtf8(p.city), QString::fromUtf8(p.phone)});
    }

    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->host(), m_engine->control(), m_language.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    watch(page()->model());
    watch(page()->proxy());
    watch(page()->detail()->model());

    m_window->openWorkspace(m_dir);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pipelineModel()->rowCount(), 3, 30000);
}

void TstGuiConsistency::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_engine.reset();
    m_language.reset();
}

void TstGuiConsistency::watch(QAbstractItemModel *model)
{
    m_testers.append(new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TstGuiConsistency::runCheck(const QString &pipeline, ConsistencyRun *run)
{
    page()->showPipeline(pipeline);
    QTRY_VERIFY_WITH_TIMEOUT(page()->runCheckAction()->isEnabled(), 10000);
    QSignalSpy finished(page()->client(), &ConsistencyClient::checkFinished);
    const int loads = page()->loadsShown();
    page()->runCheckAction()->trigger();
    // At once: no second check can be queued, and the check can be cancelled.
    QVERIFY(!page()->runCheckAction()->isEnabled());
    QVERIFY(page()->cancelAction()->isEnabled());
    QVERIFY(page()->progressBar()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, CheckTimeoutMs);
    *run = finished.constFirst().constFirst().value<ConsistencyRun>();
    // The page reads the stored check and its discrepancies afterwards.
    QTRY_VERIFY_WITH_TIMEOUT(page()->loadsShown() > loads, 10000);
    QVERIFY(!page()->progressBar()->isVisible());
}

int TstGuiConsistency::proxyRowOfKey(const QString &key) const
{
    for (int row = 0; row < page()->proxy()->rowCount(); ++row)
        if (page()->proxy()->index(row, DiscrepancyModel::KeyColumn).data().toString() == key)
            return row;
    return -1;
}

qint64 TstGuiConsistency::idOfKey(const QString &key) const
{
    for (const DiscrepancyRow &r : page()->model()->rows())
        if (r.key == key)
            return r.id;
    return 0;
}

QStringList TstGuiConsistency::shownKeys() const
{
    QStringList keys;
    for (int row = 0; row < page()->proxy()->rowCount(); ++row)
        keys.append(page()->proxy()->index(row, DiscrepancyModel::KeyColumn).data().toString());
    std::sort(keys.begin(), keys.end());
    return keys;
}

int TstGuiConsistency::detailRowOf(const QString &field) const
{
    const DiscrepancyDetailModel *m = page()->detail()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, DiscrepancyDetailModel::FieldColumn).data().toString() == field)
            return row;
    return -1;
}

void TstGuiConsistency::pageOpensWithCtrl5BeforeAnyCheck()
{
    auto *show = m_window->findChild<QAction *>(QStringLiteral("actionShowConsistency"));
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
    m_window->selectPipeline(Contacts);
    show->trigger();
    QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(page()));
    QCOMPARE(page()->pipeline(), Contacts); // follows the pipeline selected elsewhere
    QTRY_VERIFY_WITH_TIMEOUT(page()->loadsShown() > 0, 10000);
    QCOMPARE(page()->model()->rowCount(), 0);
    QVERIFY(page()->summary()->bannerText().startsWith(QLatin1String("No check yet")));
    auto *empty = page()->findChild<QLabel *>(QStringLiteral("consistencyEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(!page()->exportAction()->isEnabled()); // nothing checked, nothing to export
    QVERIFY(!page()->repairAllAction()->isEnabled());
}

void TstGuiConsistency::runCheckFillsSummaryAndTable()
{
    ConsistencyRun run;
    runCheck(Contacts, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.status, QStringLiteral("different"));
    QCOMPARE(run.pipeline, Contacts);
    QCOMPARE(run.actor, consoleUser());
    QCOMPARE(run.sourceRows, qint64(6));
    QCOMPARE(run.targetRows, qint64(7));
    QCOMPARE(run.missing, qint64(1));
    QCOMPARE(run.extra, qint64(2));
    QCOMPARE(run.mismatched, qint64(3));
    QCOMPARE(run.newCount, qint64(6));

    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 6, 10000);
    QCOMPARE(page()->countText(), QStringLiteral("6 discrepancies"));
    QCOMPARE(shownKeys(), QStringList({QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                                       QStringLiteral("7"), QStringLiteral("8")}));
    const auto kindOf = [this](const QString &key) {
        return page()->model()->rows().at(page()->model()->rowOfId(idOfKey(key))).kind;
    };
    QCOMPARE(kindOf(QStringLiteral("5")), DiscrepancyKind::Missing);
    QCOMPARE(kindOf(QStringLiteral("7")), DiscrepancyKind::Extra);
    QCOMPARE(kindOf(QStringLiteral("8")), DiscrepancyKind::Extra);
    QCOMPARE(kindOf(QStringLiteral("2")), DiscrepancyKind::Mismatch);
    const DiscrepancyRow &two = page()->model()->rows().at(page()->model()->rowOfId(idOfKey(QStringLiteral("2"))));
    QStringList differing = two.differing;
    std::sort(differing.begin(), differing.end());
    QCOMPARE(differing, QStringList({QStringLiteral("city"), QStringLiteral("name")}));
    QVERIFY(two.isNew);
    QCOMPARE(two.status, QStringLiteral("open"));

    ConsistencySummary *s = page()->summary();
    QCOMPARE(s->tileText(ConsistencySummary::SourceRows), QStringLiteral("6"));
    QCOMPARE(s->tileText(ConsistencySummary::TargetRows), QStringLiteral("7"));
    QCOMPARE(s->tileText(ConsistencySummary::Missing), QStringLiteral("1"));
    QCOMPARE(s->tileText(ConsistencySummary::Extra), QStringLiteral("2"));
    QCOMPARE(s->tileText(ConsistencySummary::Mismatched), QStringLiteral("3"));
    QCOMPARE(s->tileText(ConsistencySummary::New), QStringLiteral("6"));
    QCOMPARE(s->tileText(ConsistencySummary::Fixed), QStringLiteral("0"));
    QVERIFY2(s->bannerText().contains(QLatin1String("6 discrepancies")), qPrintable(s->bannerText()));
    QCOMPARE(s->chart()->lineCount(), 3);
    QCOMPARE(s->chart()->points(0).size(), 1);
    QCOMPARE(s->chart()->points(2).constFirst().y(), 3.0);
    QVERIFY(page()->exportAction()->isEnabled());
    QVERIFY(page()->repairAllAction()->isEnabled());
    QVERIFY(!page()->progressBar()->isVisible());
}

void TstGuiConsistency::filtersByKindFieldAndText()
{
    page()->setKindFilter(QStringLiteral("missing"));
    QCOMPARE(shownKeys(), QStringList{QStringLiteral("5")});
    QCOMPARE(page()->countText(), QStringLiteral("Showing 1 of 6 discrepancies"));
    page()->setKindFilter(QStringLiteral("extra"));
    QCOMPARE(shownKeys(), QStringList({QStringLiteral("7"), QStringLiteral("8")}));
    page()->setKindFilter(QStringLiteral("mismatch"));
    QCOMPARE(page()->proxy()->rowCount(), 3);
    QCOMPARE(page()->query().kind, QStringLiteral("mismatch"));
    page()->setKindFilter(QString());

    auto *fields = page()->findChild<QComboBox *>(QStringLiteral("consistencyField"));
    QVERIFY(fields->findData(QStringLiteral("city")) > 0);
    QVERIFY(fields->findData(QStringLiteral("phone")) > 0);
    QCOMPARE(fields->findData(QStringLiteral("contact_id")), -1); // never differs
    page()->setFieldFilter(QStringLiteral("city"));
    QCOMPARE(shownKeys(), QStringList({QStringLiteral("2"), QStringLiteral("3")}));
    page()->setFieldFilter(QStringLiteral("phone"));
    QCOMPARE(shownKeys(), QStringList{QStringLiteral("4")});
    page()->setFieldFilter(QString());

    page()->setSearchText(QStringLiteral("花果山")); // a value only in the target
    QCOMPARE(shownKeys(), QStringList{QStringLiteral("7")});
    page()->setSearchText(QStringLiteral("杭州")); // only in the source (the missing record)
    QCOMPARE(shownKeys(), QStringList{QStringLiteral("5")});
    page()->setSearchText(QStringLiteral("13900139004"));
    QCOMPARE(shownKeys(), QStringList{QStringLiteral("4")});
    page()->setSearchText(QStringLiteral("no such text"));
    QCOMPARE(page()->proxy()->rowCount(), 0);
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("consistencyEmpty"))->isVisible());
    QCOMPARE(page()->query().search, QStringLiteral("no such text"));
    page()->setSearchText(QString());
    QCOMPARE(page()->proxy()->rowCount(), 6);

    // Sorted by key as numbers, both ways.
    page()->table()->sortByColumn(DiscrepancyModel::KeyColumn, Qt::DescendingOrder);
    QCOMPARE(page()->proxy()->index(0, DiscrepancyModel::KeyColumn).data().toString(), QStringLiteral("8"));
    page()->table()->sortByColumn(DiscrepancyModel::KeyColumn, Qt::AscendingOrder);
    QCOMPARE(page()->proxy()->index(0, DiscrepancyModel::KeyColumn).data().toString(), QStringLiteral("2"));
}

void TstGuiConsistency::detailHighlightsDifferingFields()
{
    page()->selectDiscrepancy(idOfKey(QStringLiteral("3")));
    const DiscrepancyDetailModel *m = page()->detail()->model();
    QCOMPARE(m->discrepancy().key, QStringLiteral("3"));
    QVERIFY(page()->detail()->table()->isVisible());
    const int city = detailRowOf(QStringLiteral("city"));
    const int name = detailRowOf(QStringLiteral("name"));
    QVERIFY(city >= 0 && name >= 0);
    QCOMPARE(m->index(city, DiscrepancyDetailModel::SourceColumn).data().toString(), QStringLiteral("广州"));
    QCOMPARE(m->index(city, DiscrepancyDetailModel::TargetColumn).data().toString(), QStringLiteral("佛山"));
    QVERIFY(m->index(city, 0).data(DiscrepancyDetailModel::DifferingRole).toBool());
    QVERIFY(!m->index(name, 0).data(DiscrepancyDetailModel::DifferingRole).toBool());
    // Tinted from the palette's base, not a fixed white: differing rows stand out, others do not.
    const QVariant tint = m->index(city, DiscrepancyDetailModel::TargetColumn).data(Qt::BackgroundRole);
    QVERIFY(tint.isValid());
    QVERIFY(tint.value<QColor>() != page()->detail()->palette().color(QPalette::Base));
    QVERIFY(!m->index(name, DiscrepancyDetailModel::TargetColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!m->index(city, DiscrepancyDetailModel::SourceColumn).data(DiscrepancyDetailModel::WithheldRole).toBool());

    // A missing record: the target side says so.
    page()->selectDiscrepancy(idOfKey(QStringLiteral("5")));
    QCOMPARE(m->discrepancy().kind, DiscrepancyKind::Missing);
    QCOMPARE(m->index(detailRowOf(QStringLiteral("city")), DiscrepancyDetailModel::SourceColumn).data().toString(),
             QStringLiteral("杭州"));
    QCOMPARE(m->headerData(DiscrepancyDetailModel::TargetColumn, Qt::Horizontal).toString(), QStringLiteral("Target (no record)"));
}

void TstGuiConsistency::viewAsMasksTheDetail()
{
    const int loads = page()->loadsShown();
    QVERIFY(m_window->session()->setViewRole(QStringLiteral("sales_steward")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(page()->loadsShown() > loads, 10000); // read again, masked for the role
    page()->selectDiscrepancy(idOfKey(QStringLiteral("4")));
    const DiscrepancyDetailModel *m = page()->detail()->model();
    QCOMPARE(m->discrepancy().key, QStringLiteral("4"));
    const QModelIndex phone = m->index(detailRowOf(QStringLiteral("phone")), DiscrepancyDetailModel::TargetColumn);
    QVERIFY(phone.data(DiscrepancyDetailModel::WithheldRole).toBool());
    QCOMPARE(phone.data().toString(), QStringLiteral("139****9004"));
    QVERIFY(phone.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(phone.data(Qt::ToolTipRole).toString(), QStringLiteral("Masked for your role"));
    QVERIFY(!m->index(detailRowOf(QStringLiteral("city")), DiscrepancyDetailModel::TargetColumn)
                 .data(DiscrepancyDetailModel::WithheldRole)
                 .toBool());
    // A masked value cannot be found by its hidden digits.
    page()->setSearchText(QStringLiteral("13900139004"));
    QCOMPARE(page()->proxy()->rowCount(), 0);
    page()->setSearchText(QString());

    QVERIFY(m_window->session()->setViewRole(QString()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        !page()->model()->rows().isEmpty()
            && !page()->model()->rows().at(page()->model()->rowOfId(idOfKey(QStringLiteral("4")))).withheld.contains(true),
        10000);
}

void TstGuiConsistency::exportWritesCsvAndXlsx()
{
    QStringList suggestions;
    QString answer;
    page()->setSaveFileChooser([&](QWidget *, const QString &suggested) {
        suggestions.append(suggested);
        return answer;
    });
    QSignalSpy done(page()->client(), &ConsistencyClient::exportFinished);

    answer = m_tmp.filePath(QStringLiteral("exports/all.csv"));
    QDir().mkpath(QFileInfo(answer).absolutePath());
    page()->exportAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    QCOMPARE(QFileInfo(suggestions.value(0)).fileName(), page()->defaultExportName());
    QVERIFY(QRegularExpression(QStringLiteral("^contacts-discrepancies-\\d{8}-\\d{4}\\.xlsx$"))
                .match(QFileInfo(suggestions.value(0)).fileName())
                .hasMatch());
    // A header, then one line per differing field of a mismatch (2 + 1 + 1) and per missing or
    // extra record (1 + 2).
    QStringList lines = csvLines(answer);
    QCOMPARE(lines.size(), 1 + 7);
    QCOMPARE(done.constFirst().value(1).toLongLong(), qint64(7));
    QVERIFY2(page()->resultText().startsWith(QLatin1String("Exported 7 lines")), qPrintable(page()->resultText()));
    // The folder is remembered for the next export.
    QCOMPARE(QSettings().value(QStringLiteral("consistency/exportFolder")).toString(), QFileInfo(answer).absolutePath());

    // The filters apply: mismatches only.
    page()->setKindFilter(QStringLiteral("mismatch"));
    answer = m_tmp.filePath(QStringLiteral("exports/mismatches.csv"));
    page()->exportAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
    QCOMPARE(QFileInfo(suggestions.value(1)).absolutePath(), QFileInfo(answer).absolutePath());
    QCOMPARE(csvLines(answer).size(), 1 + 4);
    page()->setKindFilter(QString());

    answer = m_tmp.filePath(QStringLiteral("exports/all.xlsx"));
    page()->exportAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 30000);
    QFile xlsx(answer);
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QVERIFY(xlsx.size() > 1000);
    QCOMPARE(xlsx.read(2), QByteArray("PK")); // a zip container
    QVERIFY(!page()->errorBox());

    // Cancelling the dialog exports nothing.
    answer.clear();
    page()->exportAction()->trigger();
    QTest::qWait(200);
    QCOMPARE(done.count(), 3);

    // A file that cannot be written (its folder is a file): a message box says why.
    QSignalSpy failed(page()->client(), &ConsistencyClient::exportFailed);
    answer = m_tmp.filePath(QStringLiteral("exports/all.csv/again.csv"));
    page()->exportAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QTRY_VERIFY(page()->errorBox() && page()->errorBox()->isVisible());
    QVERIFY(page()->resultText().startsWith(QLatin1String("The export failed")));
    page()->errorBox()->close();
    QTRY_VERIFY(!page()->errorBox());
    QVERIFY(page()->exportAction()->isEnabled());
    QCOMPARE(done.count(), 3);
}

void TstGuiConsistency::repairSelectedShowsTheDryRunOnly()
{
    page()->table()->clearSelection();
    page()->selectDiscrepancy(idOfKey(QStringLiteral("3")));
    page()->table()->selectionModel()->select(page()->proxy()->index(proxyRowOfKey(QStringLiteral("5")), 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QList<qint64> expected{idOfKey(QStringLiteral("3")), idOfKey(QStringLiteral("5"))};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(page()->selectedIds(), expected);
    QVERIFY(page()->repairSelectedAction()->isEnabled());
    page()->repairSelectedAction()->trigger();
    QVERIFY(!page()->runCheckAction()->isEnabled()); // the engine is planning
    QTRY_VERIFY_WITH_TIMEOUT(page()->repairDialog() != nullptr, CheckTimeoutMs);
    RepairDialog *dialog = page()->repairDialog();
    QVERIFY(dialog->plan().dryRun);
    QCOMPARE(dialog->plan().actions.size(), 2);
    QMap<QString, RepairAction> byKey;
    for (const RepairAction &a : dialog->plan().actions)
        byKey.insert(a.key, a);
    QCOMPARE(byKey.value(QStringLiteral("3")).action, QStringLiteral("update"));
    QCOMPARE(byKey.value(QStringLiteral("3")).fields, QStringList{QStringLiteral("city")});
    QCOMPARE(byKey.value(QStringLiteral("5")).action, QStringLiteral("insert"));
    QCOMPARE(dialog->table()->rowCount(), 2);
    QVERIFY(dialog->canConfirm());
    QCOMPARE(dialog->summaryText(), QStringLiteral("1 to insert, 1 to update"));
    QVERIFY(!page()->repairAllAction()->isEnabled()); // one repair at a time
    dialog->reject();
    QTRY_VERIFY(!page()->repairDialog());
    QTRY_VERIFY(page()->repairAllAction()->isEnabled());

    // Nothing was written.
    testsupport::Db wms(m_dir + QStringLiteral("/wms.sqlite"));
    QCOMPARE(wms.rows(QStringLiteral("SELECT city FROM contacts WHERE contact_id = 3")).value(0).value(0), QStringLiteral("佛山"));
    QCOMPARE(wms.count(QStringLiteral("contacts WHERE contact_id = 5")), qint64(0));
}

void TstGuiConsistency::repairAllConfirmedFixesTheTarget()
{
    page()->repairAllAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(page()->repairDialog() != nullptr, CheckTimeoutMs);
    RepairDialog *dialog = page()->repairDialog();
    QCOMPARE(dialog->plan().actions.size(), 6);
    int flagged = 0;
    for (const RepairAction &a : dialog->plan().actions)
        flagged += a.action == QLatin1String("flag") ? 1 : 0;
    QCOMPARE(flagged, 2); // extra records are flagged, not deleted (consistency.extra: flag)
    QVERIFY(dialog->canConfirm());
    QCOMPARE(dialog->summaryText(), QStringLiteral("1 to insert, 3 to update, 2 flagged, left in the target"));
    QSignalSpy repaired(page()->client(), &ConsistencyClient::repairFinished);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(repaired.count(), 1, CheckTimeoutMs);
    const RepairResult result = repaired.constFirst().constFirst().value<RepairResult>();
    QVERIFY(!result.dryRun);
    QCOMPARE(result.inserted, qint64(1));
    QCOMPARE(result.updated, qint64(3));
    QCOMPARE(result.deleted, qint64(0));

    testsupport::Db wms(m_dir + QStringLiteral("/wms.sqlite"));
    QCOMPARE(wms.rows(QStringLiteral("SELECT name, city, phone FROM contacts WHERE contact_id IN (2, 3, 4, 5) ORDER BY contact_id")),
             (QList<QStringList>{{QStringLiteral("李娜"), QStringLiteral("上海"), QStringLiteral("13800138002")},
                                 {QStringLiteral("王芳"), QStringLiteral("广州"), QStringLiteral("13800138003")},
                                 {QStringLiteral("刘洋"), QStringLiteral("深圳"), QStringLiteral("13800138004")},
                                 {QStringLiteral("陈静"), QStringLiteral("杭州"), QStringLiteral("13800138005")}}));
    QCOMPARE(wms.count(QStringLiteral("contacts")), qint64(8)); // the extra two are left alone
    // The page reloads: only the flagged extras remain open.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (const DiscrepancyRow &r : page()->model()->rows())
                if (r.status == QLatin1String("open") && r.kind != DiscrepancyKind::Extra)
                    return false;
            return true;
        }(),
        10000);
    QVERIFY(page()->resultText().startsWith(QLatin1String("Repair of contacts:")));
}

void TstGuiConsistency::agreementIsGoodNews()
{
    ConsistencyRun run;
    runCheck(Mirror, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.status, QStringLiteral("equal"));
    QCOMPARE(run.discrepancies(), qint64(0));
    QTRY_COMPARE_WITH_TIMEOUT(page()->summary()->latest().id, run.id, 10000);
    QVERIFY2(page()->summary()->bannerText().contains(QLatin1String("agree")), qPrintable(page()->summary()->bannerText()));
    QCOMPARE(page()->model()->rowCount(), 0);
    auto *empty = page()->findChild<QLabel *>(QStringLiteral("consistencyEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QLatin1String("Source and target agree")));
    QVERIFY(!page()->repairAllAction()->isEnabled());
    QVERIFY(page()->exportAction()->isEnabled()); // a clean report is worth sending too
}

void TstGuiConsistency::cancelStopsACheck()
{
    page()->showPipeline(Big);
    QTRY_VERIFY_WITH_TIMEOUT(page()->runCheckAction()->isEnabled(), 10000);
    QSignalSpy finished(page()->client(), &ConsistencyClient::checkFinished);
    page()->runCheckAction()->trigger();
    // Pressed before the engine began the check: the cancel waits for it, and never reaches
    // another job the engine might be running first.
    QVERIFY(page()->cancelAction()->isEnabled());
    page()->cancelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, CheckTimeoutMs);
    const ConsistencyRun run = finished.constFirst().constFirst().value<ConsistencyRun>();
    QCOMPARE(run.pipeline, Big);
    QCOMPARE(run.status, QStringLiteral("cancelled"));
    QTRY_COMPARE_WITH_TIMEOUT(page()->summary()->bannerText(), QStringLiteral("The latest check was cancelled."), 10000);
    QVERIFY(!page()->progressBar()->isVisible());
    QVERIFY(page()->runCheckAction()->isEnabled());
}

QTEST_MAIN(TstGuiConsistency)
#include "tst_gui_consistency.moc"

