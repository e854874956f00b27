// The canary test (issue 4): unique L3 canary strings seeded into the demo's CRM, then everything
// that can carry a value — every pipeline run and dry run, previews as a role below L3, the log at
// debug level, dead letters, audit entries, the outbox — and then every file that could hold one
// is scanned byte by byte: the target databases (and their WAL files), the state store, the log
// output, the command output. A canary may appear only where the policy lets it: the customer
// service system (clearance L3) receives customers' mobile numbers in clear, nothing else does.
// (Spreadsheet exports arrive with issue 6; their test will scan them the same way.)

#include "demo/demoworkspace.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

// Opportunities' phones (L3; the warehouse is L2): may appear nowhere outside the CRM.
const QByteArray OppCanary = "CNRYOPPX";
// Customers' mobiles (L3): customer service (L3) may receive them; nothing else.
const QByteArray MobileCanary = "CNRYMOBX";
// Customers' ID cards and addresses (L3, not mapped anywhere): nowhere outside the CRM.
const QByteArray IdCanary = "CNRYIDCX";

QStringList filesWith(const QString &dir, const QByteArray &needle, const QStringList &skip = {})
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (std::any_of(skip.cbegin(), skip.cend(), [&](const QString &s) { return path.contains(s); }))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(QDir(dir).relativeFilePath(path));
    }
    return hits;
}

} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_output; // stdout and stderr of every command, at debug level

    int ctl(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(CONCORDCTL_PATH),
                QStringList{QStringLiteral("-w"), m_dir.path(), QStringLiteral("--log-level"), QStringLiteral("debug")} + args);
        if (!p.waitForFinished(120000))
            qFatal("concordctl %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        m_output += p.readAll();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(createDemoWorkspace(m_dir.path()).ok());
        if (qEnvironmentVariableIsSet("CONCORD_KEEP_TEST_DIR")) { // to look at a failure
            m_dir.setAutoRemove(false);
            qInfo("workspace: %s", qPrintable(m_dir.path()));
        }
        // Stewards sign in as the sales steward (L2), so previews and dry runs are for an L2 reader.
        const QString yaml = m_dir.filePath(QStringLiteral("workspace.yaml"));
        QFile f(yaml);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY(text.contains("'*': finance_steward"));
        testsupport::writeFile(yaml, text.replace("'*': finance_steward", "'*': sales_steward"));

        testsupport::Db crm(m_dir.filePath(QStringLiteral("data/crm.sqlite")));
        // Every row gets its own canary, so a leak of any one record shows.
        crm.exec(QStringLiteral("UPDATE opportunities SET phone = '%1' || printf('%06d', id)").arg(QString::fromLatin1(OppCanary)));
        crm.exec(QStringLiteral("UPDATE customers SET mobile = '%1' || printf('%06d', id), id_card = '%2' || printf('%06d', id), "
                                "address = '%2' || printf('%06d', id)")
                     .arg(QString::fromLatin1(MobileCanary), QString::fromLatin1(IdCanary)));
        // Contacts of the two-way pipeline: the CRM's mobile numbers differ from the service desk's,
        // so they meet in conflicts and bases.
        crm.exec(QStringLiteral("UPDATE contacts SET mobile = '%1' || printf('C%05d', id)").arg(QString::fromLatin1(MobileCanary)));
        // A record that fails (amount not a number) with a canary phone: it becomes a dead letter.
        crm.exec(QStringLiteral("UPDATE opportunities SET amount = '待定' || phone WHERE id = 5"));
    }

    void everyPathKeepsTheCanaries()
    {
        const QString orders = QStringLiteral("mappings/opportunity_to_order.yaml");
        const QString service = QStringLiteral("mappings/customer_to_service.yaml");
        // Previews as the signed-in (L2) steward and as the auditor (L1).
        QCOMPARE(ctl({QStringLiteral("preview"), orders, QStringLiteral("--limit"), QStringLiteral("50")}), 1);
        QCOMPARE(ctl({QStringLiteral("preview"), service, QStringLiteral("--json")}), 0);
        QCOMPARE(ctl({QStringLiteral("preview"), service, QStringLiteral("--as"), QStringLiteral("auditor")}), 0);
        // Dry runs, then the runs themselves (dead letters included), then again (boundary re-check).
        QCOMPARE(ctl({QStringLiteral("run"), QStringLiteral("crm-opportunities-to-orders"), QStringLiteral("--dry-run"),
                      QStringLiteral("--show"), QStringLiteral("100"), QStringLiteral("--json")}),
                 1);
        for (const char *p : {"crm-opportunities-to-orders", "crm-customers-to-service", "finance-invoices-to-tax",
                              "crm-contacts-with-service"})
            QVERIFY(ctl({QStringLiteral("run"), QString::fromLatin1(p), QStringLiteral("--verbose")}) <= 1);
        // The two-way pipeline's conflicts, listed and shown as the steward and as the auditor.
        QCOMPARE(ctl({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QCOMPARE(ctl({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("auditor"),
                      QStringLiteral("--json")}),
                 0);
        QVERIFY(ctl({QStringLiteral("run"), QStringLiteral("crm-opportunities-to-orders"), QStringLiteral("--full")}) <= 1);
        // Pushed changes wait in the outbox with the canary sealed.
        {
            const WorkspaceLoad load = WorkspaceLoader::load(m_dir.path());
            QVERIFY(load.ok());
            StateStore store;
            QVERIFY(store.open(load.workspace->stateStorePath()).ok());
            PipelineRunner runner(load.workspace, &store);
            Change c;
            c.record.values = {Value::fromInt(900001), Value::fromInt(1), Value::fromString(QStringLiteral("x")),
                               Value::fromString(QString::fromLatin1(OppCanary) + QStringLiteral("PUSHED")),
                               Value::fromString(QStringLiteral("t")), Value::fromString(QStringLiteral("Closed Won")),
                               Value::fromString(QStringLiteral("1.00")), Value(), Value::fromString(QStringLiteral("o")),
                               Value::fromString(QStringLiteral("2024-05-20 10:00:00")),
                               Value::fromString(QStringLiteral("2024-05-20 10:00:00"))};
            c.key.parts = {Value::fromInt(900001)};
            c.sourceVersion = QStringLiteral("evt-1");
            QVERIFY(runner.enqueue(QStringLiteral("crm-opportunities-to-orders"), {c}).ok());
        }

        // Consistency checks and their exports, as the L2 steward and as the auditor, with the
        // service copy of a customer edited by hand (a mismatch next to its L3 phone) and the dead
        // letter's record missing in the warehouse (its canary phone in the discrepancy).
        {
            testsupport::Db service(m_dir.filePath(QStringLiteral("data/service.sqlite")));
            service.exec(QStringLiteral("UPDATE customers SET city = 'edited', phone = phone || '9' WHERE customer_id = 7"));
        }
        const QString exports = m_dir.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(exports));
        for (const char *p : {"crm-opportunities-to-orders", "crm-customers-to-service", "finance-invoices-to-tax"}) {
            const QString name = QString::fromLatin1(p);
            QVERIFY(ctl({QStringLiteral("diff"), name, QStringLiteral("--json"), QStringLiteral("--export"),
                         exports + QLatin1Char('/') + name + QStringLiteral(".csv")})
                    <= 1);
            QVERIFY(ctl({QStringLiteral("diff"), name, QStringLiteral("--as"), QStringLiteral("auditor"),
                         QStringLiteral("--export"), exports + QLatin1Char('/') + name + QStringLiteral(".xlsx")})
                    <= 1);
        }
        QVERIFY(m_output.contains("\"kind\":\"missing\"") || m_output.contains("\"kind\": \"missing\""));
        QVERIFY(m_output.contains("\"mismatch\""));
        for (const QString &xlsx : QDir(exports).entryList({QStringLiteral("*.xlsx")})) {
            QProcess unzip; // the sheets are compressed inside the file: scan what they hold
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), exports + QLatin1Char('/') + xlsx});
            QVERIFY(unzip.waitForFinished(30000));
            const QByteArray sheets = unzip.readAllStandardOutput();
            QVERIFY2(sheets.contains("sharedStrings") || sheets.contains("<sheetData"), qPrintable(xlsx));
            for (const QByteArray &c : {OppCanary, MobileCanary, IdCanary})
                QVERIFY2(!sheets.contains(c), qPrintable(xlsx + QLatin1Char(' ') + QString::fromLatin1(c)));
        }
        for (const QByteArray &c : {OppCanary, MobileCanary, IdCanary})
            QVERIFY2(filesWith(exports, c).isEmpty(), c.constData());

        // What was written where, byte by byte.
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QCOMPARE(filesWith(data, OppCanary, {QStringLiteral("crm.sqlite")}), QStringList());
        QCOMPARE(filesWith(data, IdCanary, {QStringLiteral("crm.sqlite")}), QStringList());
        QVERIFY(!filesWith(data, MobileCanary).isEmpty());
        for (const QString &f : filesWith(data, MobileCanary))
            QVERIFY2(f.startsWith(QLatin1String("crm.sqlite")) || f.startsWith(QLatin1String("service.sqlite")), qPrintable(f));
        const QString state = m_dir.filePath(QStringLiteral(".concord"));
        QVERIFY(QDir(state).exists(QStringLiteral("state.sqlite")));
        for (const QByteArray &c : {OppCanary, MobileCanary, IdCanary})
            QVERIFY2(filesWith(state, c).isEmpty(), c.constData());
        // The log at debug level and every command's output (previews and plans as an L2 reader).
        QVERIFY(m_output.contains("dead letters")); // the failing record was seen...
        QVERIFY(m_output.contains("CNR*******")); // ...and masked values shown (partial(3,4))
        for (const QByteArray &c : {OppCanary, MobileCanary, IdCanary})
            QVERIFY2(!m_output.contains(c), c.constData());
        // The scan itself finds what is there: the source holds all three.
        for (const QByteArray &c : {OppCanary, MobileCanary, IdCanary})
            QVERIFY(!filesWith(data, c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
