// The policy enforced on the sync path: what each target system receives (masked, dropped, clear),
// what a dry run plans, and what the state store keeps of L3 values in dead letters and the outbox
// (sealed, never in clear — checked by scanning the store's files byte by byte).

#include "policy/crypto.h"
#include "policy/masking.h"
#include "policy/sealedpayload.h"
#include "store/storereader.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

const QByteArray kSecret = "policy-sync-test-secret-0123456789";

// crm.people (the CRM's contacts) goes to wms.people (warehouse, clearance L2) and svc.people
// (customer service, clearance L3).
const char WorkspaceYaml[] = R"yaml(name: policy sync test
secret: env:CONCORD_TEST_POLICY_SECRET
departments: [sales, warehouse, service, finance]
roles:
  clerk: { department: service, clearance: L2 }
systems:
  crm: { kind: sqlite, path: crm.sqlite, department: sales, clearance: L3 }
  wms: { kind: sqlite, path: wms.sqlite, department: warehouse, clearance: L2 }
  svc: { kind: sqlite, path: svc.sqlite, department: service, clearance: L3 }
datasets:
  crm.people:
    table: people
    key: [id]
    version: updated_at
    fields:
      id:         { type: int, sensitivity: L1 }
      name:       { type: string, sensitivity: L2 }
      mobile:     { type: string, sensitivity: L3, mask: 'partial(mobile)' }
      id_card:    { type: string, sensitivity: L3, mask: 'hash(16)' }
      card:       { type: string, sensitivity: L3, mask: token }
      note:       { type: string, sensitivity: L3 }
      salary:     { type: 'decimal(10,2)', sensitivity: L3, visible_to: [finance, warehouse], mask: 'generalize(0, 5000, 10000)' }
      updated_at: { type: timestamp, sensitivity: L1 }
  wms.people: &people
    table: people
    key: [id]
    fields:
      id:      { type: int, sensitivity: L1 }
      name:    { type: string }
      mobile:  { type: string }
      id_card: { type: string }
      card:    { type: string }
      note:    { type: string }
      salary:  { type: 'decimal(10,2)' }
  svc.people: *people
pipelines:
  to-wms: { source: crm.people, target: wms.people, mapping: mappings/wms.yaml, batch_size: 2 }
  to-svc: { source: crm.people, target: svc.people, mapping: mappings/svc.yaml, batch_size: 2 }
)yaml";

const char Mapping[] = R"yaml(source: crm.people
target: wms.people
fields:
  id: { from: id }
  name: { from: name }
  mobile: { from: mobile }
  id_card: { from: id_card }
  card: { from: card }
  note: { from: note }
  salary: { from: salary }
)yaml";

const char Table[] = "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, mobile TEXT, id_card TEXT, "
                     "card TEXT, note TEXT, salary TEXT%1)";

// Every file under `dir` that holds `needle` (as UTF-8 bytes).
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(f.fileName());
    }
    return hits;
}

} // namespace

class TestPolicySync : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
        {
            testsupport::writeFile(dir.filePath(QStringLiteral("workspace.yaml")), WorkspaceYaml);
            testsupport::writeFile(dir.filePath(QStringLiteral("mappings/wms.yaml")), Mapping);
            testsupport::writeFile(dir.filePath(QStringLiteral("mappings/svc.yaml")),
                                   QByteArray(Mapping).replace("wms.people", "svc.people"));
            db(QStringLiteral("crm")).exec(QString::fromLatin1(Table).arg(QStringLiteral(", updated_at TEXT")));
            db(QStringLiteral("wms")).exec(QString::fromLatin1(Table).arg(QString()));
            db(QStringLiteral("svc")).exec(QString::fromLatin1(Table).arg(QString()));
            const WorkspaceLoad load = WorkspaceLoader::load(dir.path());
            if (!load.ok())
                qFatal("fixture workspace invalid: %s", qPrintable(load.errors.front().toString()));
            workspace = load.workspace;
            store = std::make_unique<StateStore>();
            if (!store->open(workspace->stateStorePath()).ok())
                qFatal("cannot open the state store");
        }
        testsupport::Db &db(const QString &system)
        {
            auto &slot = dbs[system];
            if (!slot)
                slot = std::make_unique<testsupport::Db>(dir.filePath(system + QStringLiteral(".sqlite")));
            return *slot;
        }
        void person(int id, const QVariant &name, const QString &mobile, const QString &idCard, const QString &card,
                    const QString &note, const QVariant &salary)
        {
            db(QStringLiteral("crm")).exec(QStringLiteral("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, "
                                                          "'2024-05-20 10:00:00')"),
                                           {id, name, mobile, idCard, card, note, salary});
        }
        RunResult run(const QString &pipeline, const RunOptions &options = {})
        {
            PipelineRunner runner(workspace, store.get());
            std::atomic<bool> cancel{false};
            return runner.run(pipeline, options, cancel);
        }
        QStringList row(const QString &system, int id)
        {
            return db(system)
                .rows(QStringLiteral("SELECT name, mobile, id_card, card, note, CAST(salary AS TEXT) FROM people "
                                     "WHERE id = %1")
                          .arg(id))
                .value(0);
        }
        QString stateDir() const { return QFileInfo(workspace->stateStorePath()).absolutePath(); }

        QTemporaryDir dir;
        std::shared_ptr<const concord::Workspace> workspace;
        std::unique_ptr<StateStore> store;
        std::map<QString, std::unique_ptr<testsupport::Db>> dbs;
    };

private slots:
    void initTestCase() { qputenv("CONCORD_TEST_POLICY_SECRET", kSecret); }

    void eachTargetReceivesWhatItsClearanceAllows()
    {
        Fixture f;
        f.person(1, QStringLiteral("张伟"), QStringLiteral("13812345678"), QStringLiteral("110101199003077777"),
                 QStringLiteral("6222020200112233445"), QStringLiteral("VIP, prefers calls"), QStringLiteral("7200.00"));
        f.person(2, QStringLiteral("李娜"), QStringLiteral("13987654321"), QStringLiteral("110101199003077777"),
                 QStringLiteral("6222020200112233445"), QStringLiteral("-"), QStringLiteral("1200.50"));
        // A dropped field is not written at all: whatever the warehouse has there stays.
        f.db(QStringLiteral("wms")).exec(QStringLiteral("INSERT INTO people (id, name, note) VALUES (1, 'old', "
                                                        "'warehouse note')"));

        const RunResult wms = f.run(QStringLiteral("to-wms"));
        QCOMPARE(wms.status, QStringLiteral("succeeded"));
        QCOMPARE(wms.inserted + wms.updated, 2);
        const QStringList w1 = f.row(QStringLiteral("wms"), 1);
        const QStringList w2 = f.row(QStringLiteral("wms"), 2);
        QCOMPARE(w1[0], QStringLiteral("张伟"));                     // L2 passes to L2
        QCOMPARE(w1[1], QStringLiteral("138****5678"));              // L3 partial(mobile)
        const QString hash = QString::fromLatin1(
            crypto::hmacSha256(crypto::deriveKey(kSecret, "mask/hash"), "110101199003077777").toHex().left(16));
        QCOMPARE(w1[2], hash);                                       // keyed hash, 16 digits
        QCOMPARE(w2[2], w1[2]);                                      // equal inputs, equal hashes
        QVERIFY(w1[3].startsWith(QLatin1String("tok1:")));
        QCOMPARE(w2[3], w1[3]);                                      // deterministic tokens
        const auto back = unmaskToken(w1[3], MaskKeys::fromSecret(kSecret));
        QVERIFY(back.ok());
        QCOMPARE(*back, QStringLiteral("6222020200112233445"));
        QCOMPARE(w1[4], QStringLiteral("warehouse note"));          // L3 without a mask: dropped
        QCOMPARE(w2[4], QStringLiteral("NULL"));
        QCOMPARE(w1[5], QStringLiteral("5000.00"));                  // band [5000, 10000)
        QCOMPARE(w2[5], QStringLiteral("0.00"));

        // Customer service may receive L3, but salary is visible to finance and the warehouse only.
        const RunResult svc = f.run(QStringLiteral("to-svc"));
        QCOMPARE(svc.status, QStringLiteral("succeeded"));
        const QStringList s1 = f.row(QStringLiteral("svc"), 1);
        QCOMPARE(s1.mid(0, 5), (QStringList{QStringLiteral("张伟"), QStringLiteral("13812345678"),
                                            QStringLiteral("110101199003077777"), QStringLiteral("6222020200112233445"),
                                            QStringLiteral("VIP, prefers calls")}));
        QCOMPARE(s1[5], QStringLiteral("NULL"));
    }

    void dryRunPlansWhatTheTargetWouldReceive()
    {
        Fixture f;
        f.person(1, QStringLiteral("张伟"), QStringLiteral("13812345678"), QStringLiteral("110101199003077777"),
                 QStringLiteral("6222020200112233445"), QStringLiteral("secret note"), QStringLiteral("7200.00"));
        RunOptions dry;
        dry.dryRun = true;
        const RunResult r = f.run(QStringLiteral("to-wms"), dry);
        QCOMPARE(r.planned.size(), 1);
        const PlannedWrite &w = r.planned.front();
        QCOMPARE(w.fields, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("mobile"),
                                        QStringLiteral("id_card"), QStringLiteral("card"), QStringLiteral("salary")}));
        QCOMPARE(w.values[2], QStringLiteral("138****5678"));
        QVERIFY(!w.values.join(QLatin1Char('|')).contains(QLatin1String("13812345678")));
        QVERIFY(!w.values.join(QLatin1Char('|')).contains(QLatin1String("secret note")));
        QCOMPARE(f.db(QStringLiteral("wms")).count(QStringLiteral("people")), 0);
    }

    void dryRunPlanIsMaskedForItsReader()
    {
        Fixture f;
        f.person(1, QStringLiteral("张伟"), QStringLiteral("13812345678"), QStringLiteral("110101199003077777"),
                 QStringLiteral("6222020200112233445"), QStringLiteral("note"), QStringLiteral("7200.00"));
        RunOptions dry;
        dry.dryRun = true;
        // Customer service receives the phone in clear; a clerk (L2) reading the plan does not.
        RunResult r = f.run(QStringLiteral("to-svc"), dry);
        QCOMPARE(r.planned.front().values[2], QStringLiteral("13812345678"));
        QVERIFY(!r.planned.front().isWithheld(2));
        dry.plannedViewer = Holder::ofRole(f.workspace->roles.value(QStringLiteral("clerk")));
        r = f.run(QStringLiteral("to-svc"), dry);
        const PlannedWrite &w = r.planned.front();
        QCOMPARE(w.key, QStringLiteral("1"));
        QCOMPARE(w.values[2], QStringLiteral("138****5678"));
        QVERIFY(w.isWithheld(2));
        QCOMPARE(w.values[1], QStringLiteral("张伟"));           // L2: passes
        QVERIFY(!w.isWithheld(1));
        QVERIFY(w.isNull(5) && w.isWithheld(5));                 // note: L3 without a mask, hidden
        QVERIFY(!w.values.join(QLatin1Char('|')).contains(QLatin1String("13812345678")));
    }

    void deadLettersKeepL3ValuesSealed()
    {
        Fixture f;
        // Record 2 fails twice over: its salary is not a number (TYPE_MISMATCH, a message that would
        // quote it) and its name is missing. Record 1 goes on.
        f.person(1, QStringLiteral("ok"), QStringLiteral("13812345678"), QStringLiteral("x"), QStringLiteral("y"),
                 QStringLiteral("n"), QStringLiteral("1.00"));
        f.person(2, QStringLiteral("bad"), QStringLiteral("CANARY-MOBILE-7f3a"), QStringLiteral("CANARY-IDCARD-7f3a"),
                 QStringLiteral("c"), QStringLiteral("CANARY-NOTE-7f3a"), QStringLiteral("CANARY-SALARY-7f3a"));
        const RunResult r = f.run(QStringLiteral("to-svc"));
        QCOMPARE(r.status, QStringLiteral("partial"));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.failed, 1);
        StoreReader reader;
        QVERIFY(reader.open(f.workspace->stateStorePath()).ok());
        const QList<DeadLetterRecord> dl = reader.deadLetters(QStringLiteral("to-svc"));
        QCOMPARE(dl.size(), 1);
        QCOMPARE(dl[0].errorCode, ErrorCode::TypeMismatch);
        QVERIFY2(!dl[0].errorMessage.contains(QLatin1String("CANARY"), Qt::CaseInsensitive), qPrintable(dl[0].errorMessage));
        QVERIFY2(dl[0].errorMessage.contains(QLatin1String("[L3]")), qPrintable(dl[0].errorMessage));
        const QJsonObject payload = QJsonDocument::fromJson(dl[0].payload.toUtf8()).object();
        QCOMPARE(payload.value(QLatin1String("name")).toString(), QStringLiteral("bad")); // L2: in clear
        QVERIFY(PayloadCodec::isSealed(payload.value(QLatin1String("mobile"))));
        QVERIFY(PayloadCodec::isSealed(payload.value(QLatin1String("salary"))));
        // The key holder gets it back.
        const PayloadCodec codec(*f.workspace->dataset(QStringLiteral("crm.people")), kSecret);
        const auto record = codec.decode(dl[0].payload);
        QVERIFY(record.ok());
        QCOMPARE(record->values[2].toString(), QStringLiteral("CANARY-MOBILE-7f3a"));
        QCOMPARE(record->values[6].toString(), QStringLiteral("CANARY-SALARY-7f3a"));
        // With another secret it does not open: an error, never a wrong value.
        const PayloadCodec other(*f.workspace->dataset(QStringLiteral("crm.people")), "another secret of some length");
        QCOMPARE(other.decode(dl[0].payload).error().code, ErrorCode::PolicyDenied);
        // Nowhere in the state store's files, the WAL included.
        f.store.reset();
        QCOMPARE(filesContaining(f.stateDir(), "CANARY"), QStringList());
    }

    void outboxKeepsL3SealedAndDrainsInClear()
    {
        Fixture f;
        PipelineRunner runner(f.workspace, f.store.get());
        std::vector<Change> changes;
        for (int id = 1; id <= 3; ++id) {
            Change c;
            c.record.values = {Value::fromInt(id), Value::fromString(QStringLiteral("pushed %1").arg(id)),
                               Value::fromString(QStringLiteral("CANARY-PUSHED-%1").arg(id)), Value(), Value(),
                               Value(), Value(), Value::fromString(QStringLiteral("2024-05-20 12:00:00"))};
            c.key.parts = {Value::fromInt(id)};
            c.sourceVersion = QStringLiteral("evt-%1").arg(id);
            changes.push_back(c);
        }
        QVERIFY(runner.enqueue(QStringLiteral("to-svc"), changes).ok());
        QCOMPARE(filesContaining(f.stateDir(), "CANARY"), QStringList());
        QVERIFY(!filesContaining(f.stateDir(), "pushed 2").isEmpty()); // the scan sees what is there (L2)

        // Someone changes one sealed value in the file: that entry goes to dead letters, the rest on.
        {
            testsupport::Db state(f.workspace->stateStorePath());
            const QString payload = state.rows(QStringLiteral("SELECT payload FROM outbox WHERE record_key = '2'"))
                                        .value(0)
                                        .value(0);
            const qsizetype at = payload.indexOf(QLatin1String("p1:")) + 10;
            QString changed = payload;
            changed[at] = changed[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            state.exec(QStringLiteral("UPDATE outbox SET payload = ? WHERE record_key = '2'"), {changed});
        }
        std::atomic<bool> cancel{false};
        const RunResult r = runner.drainOutbox(QStringLiteral("to-svc"), {}, cancel);
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.failed, 1);
        QCOMPARE(f.row(QStringLiteral("svc"), 1).value(1), QStringLiteral("CANARY-PUSHED-1")); // L3 target: clear
        QCOMPARE(f.row(QStringLiteral("svc"), 2), QStringList());
        StoreReader reader;
        QVERIFY(reader.open(f.workspace->stateStorePath()).ok());
        const QList<DeadLetterRecord> dl = reader.deadLetters(QStringLiteral("to-svc"));
        QCOMPARE(dl.size(), 1);
        QCOMPARE(dl[0].key, QStringLiteral("2"));
        QCOMPARE(dl[0].errorCode, ErrorCode::PolicyDenied);
        // To the warehouse the same pushed change arrives masked.
        QVERIFY(runner.enqueue(QStringLiteral("to-wms"), {changes[2]}).ok());
        QCOMPARE(runner.drainOutbox(QStringLiteral("to-wms"), {}, cancel).inserted, 1);
        QCOMPARE(f.row(QStringLiteral("wms"), 3).value(1), QString(15, QLatin1Char('*'))); // not a mobile number: all stars
        f.store.reset();
        QCOMPARE(filesContaining(f.stateDir(), "CANARY"), QStringList());
    }

    void aKeyTheTargetMayNotReceiveStopsTheRun()
    {
        Fixture f;
        testsupport::writeFile(f.dir.filePath(QStringLiteral("workspace.yaml")),
                               QByteArray(WorkspaceYaml).replace("id:         { type: int, sensitivity: L1 }",
                                                             "id:         { type: int, sensitivity: L3 }"));
        const WorkspaceLoad load = WorkspaceLoader::load(f.dir.path());
        QVERIFY(load.ok());
        f.workspace = load.workspace;
        f.person(1, QStringLiteral("a"), QString(), QString(), QString(), QString(), QVariant());
        const RunResult r = f.run(QStringLiteral("to-wms"));
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.error.code, ErrorCode::PolicyDenied);
        QVERIFY2(r.error.message.contains(QLatin1String("key field 'id'")), qPrintable(r.error.message));
        QCOMPARE(f.db(QStringLiteral("wms")).count(QStringLiteral("people")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPolicySync)
#include "tst_policysync.moc"
