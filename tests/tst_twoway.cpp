// Two-way sync between two SQLite systems (docs/two-way.md): merge of different fields, conflicts
// on the same field, delete against update, each strategy, echo suppression, resolutions applied
// to both sides, and a randomized run of many rounds that must end with both sides equal.

#include "twowayfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>

using namespace concord;

namespace {

const QString T0 = QStringLiteral("10:00:00");

struct Ctl
{
    int code = -1;
    QByteArray out;
};

Ctl ctl(const TwoWayFixture &f, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CONCORDCTL_PATH),
            QStringList{QStringLiteral("-w"), f.dir.path(), QStringLiteral("--log-level"), QStringLiteral("none")} + args);
    if (!p.waitForFinished(60000))
        qFatal("concordctl did not finish");
    return Ctl{p.exitCode(), p.readAllStandardOutput()};
}

// Three customers in the CRM, synced once to the desk.
void seed(TwoWayFixture &f)
{
    f.crmRow(1, QStringLiteral("Wang Li"), QStringLiteral("wang@example.cn"), QStringLiteral("active"), T0);
    f.crmRow(2, QStringLiteral("Zhao Min"), QStringLiteral("zhao@example.cn"), QStringLiteral("active"), T0);
    f.crmRow(3, QStringLiteral("Chen Jie"), QStringLiteral("chen@example.cn"), QStringLiteral("vip"), T0);
    const RunResult r = f.run();
    QVERIFY2(r.status == QLatin1String("succeeded"), qPrintable(r.error.toString()));
    QCOMPARE(r.inserted, 3);
}

} // namespace

class TestTwoWay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunCopiesAndSecondWritesNothing()
    {
        TwoWayFixture f;
        seed(f);
        QCOMPARE(f.deskView(), f.crmView());
        // The L3 phone reaches the L2 desk masked; the CRM keeps it in clear.
        QCOMPARE(f.desk(1, QStringLiteral("phone")), QStringLiteral("138****1111"));
        QCOMPARE(f.crm(1, QStringLiteral("phone")), QStringLiteral("13800001111"));
        // What Concord wrote comes back on the next reads: recognised, never echoed.
        for (int round = 0; round < 3; ++round) {
            const RunResult again = f.run();
            QCOMPARE(again.status, QStringLiteral("succeeded"));
            QCOMPARE(again.written(), 0);
            QCOMPARE(again.conflicts, 0);
        }
        QCOMPARE(f.crm(1, QStringLiteral("phone")), QStringLiteral("13800001111"));
    }

    void changesFlowBothWays()
    {
        TwoWayFixture f;
        seed(f);
        f.deskRow(9, QStringLiteral("Li Na"), QStringLiteral("li@example.cn"), QStringLiteral("new"), QStringLiteral("10:10:00"));
        f.deskSet(2, QStringLiteral("email"), QStringLiteral("zhao.min@desk.cn"), QStringLiteral("10:11:00"));
        const RunResult r = f.run();
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.sourceWrites, 2);
        QCOMPARE(f.crm(9, QStringLiteral("name")), QStringLiteral("Li Na"));
        QCOMPARE(f.crm(2, QStringLiteral("email")), QStringLiteral("zhao.min@desk.cn"));
        // The CRM's phone was not overwritten with what the desk holds (masked).
        QCOMPARE(f.crm(2, QStringLiteral("phone")), QStringLiteral("13800001111"));
        QCOMPARE(f.deskView(), f.crmView());
        QCOMPARE(f.run().written(), 0);
    }

    void lineageRecordsBothDirections()
    {
        TwoWayFixture f;
        seed(f);
        f.deskRow(9, QStringLiteral("Li Na"), QStringLiteral("li@example.cn"), QStringLiteral("new"), QStringLiteral("10:10:00"));
        f.crmSet(2, QStringLiteral("status"), QStringLiteral("vip"), QStringLiteral("10:11:00"));
        const RunResult r = f.run();
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        const auto trace = [&f](const char *dataset, const char *key) {
            LineageQuery q;
            q.dataset = QString::fromLatin1(dataset);
            q.key = QString::fromLatin1(key);
            const auto report = f.store->lineage(*f.workspace, q);
            if (!report.ok())
                qFatal("lineage: %s", qPrintable(report.error().message));
            return *report;
        };
        const auto hop = [](const LineageHop &h) {
            return QStringList{h.pipeline, h.sourceDataset, h.sourceKey, h.targetDataset, h.targetKey, h.op};
        };
        // The desk's client 1 came from the CRM (the first run); the CRM's customer 9 from the desk.
        LineageReport one = trace("desk.clients", "1");
        QCOMPARE(one.upstream.size(), 1);
        QCOMPARE(hop(one.upstream[0]), (QStringList{QStringLiteral("customers"), QStringLiteral("crm.customers"), QStringLiteral("1"),
                                                   QStringLiteral("desk.clients"), QStringLiteral("1"), QStringLiteral("inserted")}));
        LineageReport nine = trace("crm.customers", "9");
        QCOMPARE(nine.upstream.size(), 1);
        QCOMPARE(hop(nine.upstream[0]), (QStringList{QStringLiteral("customers"), QStringLiteral("desk.clients"), QStringLiteral("9"),
                                                    QStringLiteral("crm.customers"), QStringLiteral("9"), QStringLiteral("inserted")}));
        QCOMPARE(nine.upstream[0].runId, r.runId);
        // Downstream from the desk's record: it went to the CRM.
        LineageReport fromDesk = trace("desk.clients", "9");
        QCOMPARE(fromDesk.downstream.size(), 1);
        QCOMPARE(fromDesk.downstream[0].targetDataset, QStringLiteral("crm.customers"));
        QVERIFY(fromDesk.upstream.isEmpty()); // typed at the desk: nothing wrote it
        // The CRM's change to customer 2 went to the desk as an update.
        LineageReport two = trace("desk.clients", "2");
        QCOMPARE(two.upstream.front().op, QStringLiteral("updated"));
        QCOMPARE(two.upstream.front().runId, r.runId);
        // A later edit at the desk went back to the CRM: it explains nothing about how the desk's
        // record came to be (origins are older than what they made).
        f.deskSet(1, QStringLiteral("status"), QStringLiteral("suspended"), QStringLiteral("10:20:00"));
        QCOMPARE(f.run().sourceWrites, 1);
        one = trace("desk.clients", "1");
        QCOMPARE(one.upstream.size(), 1);
        QCOMPARE(one.upstream[0].sourceDataset, QStringLiteral("crm.customers"));
        LineageReport crmOne = trace("crm.customers", "1");
        QCOMPARE(crmOne.upstream.size(), 2); // from the desk's record, which came from the CRM before
        QCOMPARE(crmOne.upstream[0].sourceDataset, QStringLiteral("desk.clients"));
        QCOMPARE(crmOne.upstream[1].targetDataset, QStringLiteral("desk.clients"));
    }

    void differentFieldsMerge()
    {
        TwoWayFixture f;
        seed(f);
        f.crmSet(1, QStringLiteral("email"), QStringLiteral("wang.li@crm.cn"), QStringLiteral("10:20:00"));
        f.deskSet(1, QStringLiteral("status"), QStringLiteral("suspended"), QStringLiteral("10:21:00"));
        const RunResult r = f.run();
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(f.crm(1, QStringLiteral("status")), QStringLiteral("suspended"));
        QCOMPARE(f.desk(1, QStringLiteral("email")), QStringLiteral("wang.li@crm.cn"));
        QCOMPARE(f.deskView(), f.crmView());
        QCOMPARE(f.run().written(), 0);
        QVERIFY(f.conflicts().isEmpty());
    }

    void sameFieldQueuesByDefault()
    {
        TwoWayFixture f; // no conflict: block: manual
        seed(f);
        f.crmSet(1, QStringLiteral("email"), QStringLiteral("a@crm.cn"), QStringLiteral("10:30:00"));
        f.deskSet(1, QStringLiteral("email"), QStringLiteral("b@desk.cn"), QStringLiteral("10:31:00"));
        f.crmSet(2, QStringLiteral("name"), QStringLiteral("Zhao Min (VIP)"), QStringLiteral("10:32:00"));
        const RunResult r = f.run();
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        // Nothing of the conflicting record was written; the other record flowed.
        QCOMPARE(f.crm(1, QStringLiteral("email")), QStringLiteral("a@crm.cn"));
        QCOMPARE(f.desk(1, QStringLiteral("email")), QStringLiteral("b@desk.cn"));
        QCOMPARE(f.desk(2, QStringLiteral("full_name")), QStringLiteral("Zhao Min (VIP)"));
        const QList<ConflictView> open = f.conflicts();
        QCOMPARE(open.size(), 1);
        const ConflictView &c = open.front();
        QCOMPARE(c.kind, QStringLiteral("update"));
        QCOMPARE(c.conflicting, QStringList{QStringLiteral("email")});
        const int email = int(c.fields.indexOf(QStringLiteral("email")));
        QCOMPARE(c.base[email].text, QStringLiteral("wang@example.cn"));
        QCOMPARE(c.source[email].text, QStringLiteral("a@crm.cn"));
        QCOMPARE(c.target[email].text, QStringLiteral("b@desk.cn"));
        QVERIFY(c.reason.contains(QStringLiteral("manual")));
        // Seen again by the next run: still one conflict, nothing written.
        QCOMPARE(f.run().written(), 0);
        QCOMPARE(f.conflicts().size(), 1);

        const ConflictResolveResult done = f.resolve({c.id}, {{QStringLiteral("email"), QStringLiteral("target")}});
        QVERIFY2(done.failed.isEmpty(), qPrintable(done.failed.value(0).second));
        QCOMPARE(done.resolved, QList<qint64>{c.id});
        QCOMPARE(f.crm(1, QStringLiteral("email")), QStringLiteral("b@desk.cn"));
        QCOMPARE(f.deskView(), f.crmView());
        QVERIFY(f.conflicts().isEmpty());
        const QList<ConflictView> all = f.conflicts(true);
        QCOMPARE(all.front().status, QStringLiteral("resolved"));
        QCOMPARE(all.front().choices.value(QStringLiteral("email")), QStringLiteral("target"));
        QCOMPARE(all.front().resolvedBy, QStringLiteral("tester"));
        // The resolution wrote the CRM from the desk's record, and lineage says so with its run.
        LineageQuery lq;
        lq.dataset = QStringLiteral("crm.customers");
        lq.key = QStringLiteral("1");
        lq.downstream = false;
        const auto traced = f.store->lineage(*f.workspace, lq);
        QVERIFY(traced.ok());
        QVERIFY(!traced->upstream.isEmpty());
        QCOMPARE(traced->upstream.front().sourceDataset, QStringLiteral("desk.clients"));
        QCOMPARE(traced->upstream.front().op, QStringLiteral("updated"));
        QCOMPARE(traced->upstream.front().actor, QStringLiteral("tester")); // the resolution's run
        // The base moved: the echo of the resolution writes nothing.
        QCOMPARE(f.run().written(), 0);
        QVERIFY(f.conflicts().isEmpty());
    }

    void baseAndCustomChoices()
    {
        TwoWayFixture f;
        seed(f);
        f.crmSet(3, QStringLiteral("email"), QStringLiteral("x@crm.cn"), QStringLiteral("11:00:00"));
        f.crmSet(3, QStringLiteral("status"), QStringLiteral("gold"), QStringLiteral("11:00:00"));
        f.deskSet(3, QStringLiteral("email"), QStringLiteral("y@desk.cn"), QStringLiteral("11:01:00"));
        f.deskSet(3, QStringLiteral("status"), QStringLiteral("silver"), QStringLiteral("11:01:00"));
        f.run();
        const QList<ConflictView> open = f.conflicts();
        QCOMPARE(open.size(), 1);
        // A choice for only one of two conflicting fields is refused.
        ConflictResolveResult partial = f.resolve({open.front().id}, {{QStringLiteral("email"), QStringLiteral("base")}});
        QCOMPARE(partial.failed.size(), 1);
        QVERIFY(partial.failed.front().second.startsWith(ErrorCode::ConflictPending));
        const ConflictResolveResult done = f.resolve({open.front().id}, {{QStringLiteral("email"), QStringLiteral("base")},
                                                                         {QStringLiteral("status"), QStringLiteral("platinum")}});
        QVERIFY2(done.failed.isEmpty(), qPrintable(done.failed.value(0).second));
        for (const QString &side : {QStringLiteral("crm"), QStringLiteral("desk")}) {
            const QString email = side == QLatin1String("crm") ? f.crm(3, QStringLiteral("email")) : f.desk(3, QStringLiteral("email"));
            const QString status = side == QLatin1String("crm") ? f.crm(3, QStringLiteral("status")) : f.desk(3, QStringLiteral("status"));
            QCOMPARE(email, QStringLiteral("chen@example.cn"));
            QCOMPARE(status, QStringLiteral("platinum"));
        }
        QCOMPARE(f.run().written(), 0);
    }

    void staleResolutionIsRefused()
    {
        TwoWayFixture f;
        seed(f);
        f.crmSet(1, QStringLiteral("email"), QStringLiteral("a@crm.cn"), QStringLiteral("10:30:00"));
        f.deskSet(1, QStringLiteral("email"), QStringLiteral("b@desk.cn"), QStringLiteral("10:31:00"));
        f.run();
        const qint64 id = f.conflicts().front().id;
        f.deskSet(1, QStringLiteral("email"), QStringLiteral("c@desk.cn"), QStringLiteral("10:40:00"));
        const ConflictResolveResult r = f.resolve({id}, {{QStringLiteral("email"), QStringLiteral("source")}});
        QCOMPARE(r.resolved.size(), 0);
        QCOMPARE(r.failed.size(), 1);
        QVERIFY(r.failed.front().second.startsWith(ErrorCode::ConflictStale));
        QCOMPARE(f.desk(1, QStringLiteral("email")), QStringLiteral("c@desk.cn")); // nothing written
        const QList<ConflictView> again = f.conflicts();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.front().target[again.front().fields.indexOf(QStringLiteral("email"))].text, QStringLiteral("c@desk.cn"));
        QVERIFY(f.resolve({id}, {{QStringLiteral("email"), QStringLiteral("source")}}).failed.isEmpty());
        QCOMPARE(f.desk(1, QStringLiteral("email")), QStringLiteral("a@crm.cn"));
    }

    void deleteAgainstUpdate()
    {
        TwoWayFixture f;
        seed(f);
        // Deleted in the CRM, untouched at the desk: deleted there too.
        f.crmSet(3, QStringLiteral("deleted"), 1, QStringLiteral("10:50:00"));
        // Deleted in the CRM, changed at the desk: a conflict.
        f.crmSet(2, QStringLiteral("deleted"), 1, QStringLiteral("10:50:00"));
        f.deskSet(2, QStringLiteral("status"), QStringLiteral("complaint"), QStringLiteral("10:51:00"));
        const RunResult r = f.run();
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(f.target().count(QStringLiteral("clients WHERE client_id = 3")), 0);
        const QList<ConflictView> open = f.conflicts();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.front().kind, QStringLiteral("delete_source"));
        QVERIFY(open.front().source.front().absent);
        // Keep the record: the CRM's row comes back with the desk's change.
        QVERIFY(f.resolve({open.front().id}, {}, true).failed.isEmpty());
        QCOMPARE(f.crm(2, QStringLiteral("deleted")), QStringLiteral("0"));
        QCOMPARE(f.crm(2, QStringLiteral("status")), QStringLiteral("complaint"));
        QCOMPARE(f.deskView(), f.crmView());
        QCOMPARE(f.run().written(), 0);

        // And the other way: deleted on both after a delete-wins decision.
        f.crmSet(1, QStringLiteral("deleted"), 1, QStringLiteral("11:50:00"));
        f.deskSet(1, QStringLiteral("email"), QStringLiteral("late@desk.cn"), QStringLiteral("11:51:00"));
        f.run();
        const QList<ConflictView> second = f.conflicts();
        QCOMPARE(second.size(), 1);
        QVERIFY(f.resolve({second.front().id}, {}, false).failed.isEmpty());
        QCOMPARE(f.target().count(QStringLiteral("clients WHERE client_id = 1")), 0);
        QCOMPARE(f.deskView(), f.crmView());
        QCOMPARE(f.run().written(), 0);
    }

    void lastWriteWins()
    {
        TwoWayFixture f("      strategy: last_write_wins\n");
        seed(f);
        f.crmSet(1, QStringLiteral("email"), QStringLiteral("early@crm.cn"), QStringLiteral("10:30:00"));
        f.deskSet(1, QStringLiteral("email"), QStringLiteral("late@desk.cn"), QStringLiteral("10:31:00"));
        f.crmSet(2, QStringLiteral("email"), QStringLiteral("late@crm.cn"), QStringLiteral("10:42:00"));
        f.deskSet(2, QStringLiteral("email"), QStringLiteral("early@desk.cn"), QStringLiteral("10:41:00"));
        // A tie goes to the source (no priority: given).
        f.crmSet(3, QStringLiteral("email"), QStringLiteral("tie@crm.cn"), QStringLiteral("10:50:00"));
        f.deskSet(3, QStringLiteral("email"), QStringLiteral("tie@desk.cn"), QStringLiteral("10:50:00"));
        const RunResult r = f.run();
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(r.autoResolved, 3);
        QCOMPARE(f.crm(1, QStringLiteral("email")), QStringLiteral("late@desk.cn"));
        QCOMPARE(f.desk(2, QStringLiteral("email")), QStringLiteral("late@crm.cn"));
        QCOMPARE(f.desk(3, QStringLiteral("email")), QStringLiteral("tie@crm.cn"));
        QCOMPARE(f.deskView(), f.crmView());
        QCOMPARE(f.run().written(), 0);
    }

    void sourcePriorityAndFieldOverride()
    {
        TwoWayFixture f("      strategy: source_priority\n      priority: [desk, crm]\n      fields: { status: manual }\n");
        seed(f);
        f.crmSet(1, QStringLiteral("email"), QStringLiteral("a@crm.cn"), QStringLiteral("10:30:00"));
        f.deskSet(1, QStringLiteral("email"), QStringLiteral("b@desk.cn"), QStringLiteral("10:31:00"));
        f.crmSet(2, QStringLiteral("status"), QStringLiteral("gold"), QStringLiteral("10:30:00"));
        f.deskSet(2, QStringLiteral("status"), QStringLiteral("silver"), QStringLiteral("10:31:00"));
        const RunResult r = f.run();
        QCOMPARE(r.autoResolved, 1);
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(f.crm(1, QStringLiteral("email")), QStringLiteral("b@desk.cn"));
        QCOMPARE(f.conflicts().front().conflicting, QStringList{QStringLiteral("status")});
    }

    void fieldPriority()
    {
        TwoWayFixture f("      strategy: field_priority\n      owners: { email: desk, status: crm }\n");
        seed(f);
        f.crmSet(1, QStringLiteral("email"), QStringLiteral("a@crm.cn"), QStringLiteral("10:30:00"));
        f.crmSet(1, QStringLiteral("status"), QStringLiteral("gold"), QStringLiteral("10:30:00"));
        f.deskSet(1, QStringLiteral("email"), QStringLiteral("b@desk.cn"), QStringLiteral("10:31:00"));
        f.deskSet(1, QStringLiteral("status"), QStringLiteral("silver"), QStringLiteral("10:31:00"));
        // name has no owner: `otherwise` (manual) decides.
        f.crmSet(2, QStringLiteral("name"), QStringLiteral("crm name"), QStringLiteral("10:30:00"));
        f.deskSet(2, QStringLiteral("full_name"), QStringLiteral("desk name"), QStringLiteral("10:31:00"));
        const RunResult r = f.run();
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(f.crm(1, QStringLiteral("email")), QStringLiteral("b@desk.cn"));
        QCOMPARE(f.desk(1, QStringLiteral("status")), QStringLiteral("gold"));
        QCOMPARE(f.conflicts().front().conflicting, QStringList{QStringLiteral("full_name")});
    }

    void fieldMergeOff()
    {
        TwoWayFixture f("      field_merge: false\n");
        seed(f);
        f.crmSet(1, QStringLiteral("email"), QStringLiteral("wang.li@crm.cn"), QStringLiteral("10:20:00"));
        f.deskSet(1, QStringLiteral("status"), QStringLiteral("suspended"), QStringLiteral("10:21:00"));
        QCOMPARE(f.run().conflicts, 1);
        QStringList fields = f.conflicts().front().conflicting;
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("email"), QStringLiteral("status")}));
    }

    void bulkByStrategy()
    {
        TwoWayFixture f;
        seed(f);
        for (int id = 1; id <= 3; ++id) {
            f.crmSet(id, QStringLiteral("status"), QStringLiteral("crm-%1").arg(id), QStringLiteral("12:00:00"));
            f.deskSet(id, QStringLiteral("status"), QStringLiteral("desk-%1").arg(id), QStringLiteral("12:0%1:00").arg(id - 1));
        }
        f.run();
        QList<qint64> ids;
        for (const ConflictView &c : f.conflicts())
            ids.append(c.id);
        QCOMPARE(ids.size(), 3);
        // last_write_wins over the stored times: id 1 is a tie (source), 2 and 3 the desk's.
        const ConflictResolveResult r = f.resolve(ids, {}, true, QStringLiteral("last_write_wins"));
        QVERIFY2(r.failed.isEmpty(), qPrintable(r.failed.value(0).second));
        QCOMPARE(f.crm(1, QStringLiteral("status")), QStringLiteral("crm-1"));
        QCOMPARE(f.crm(2, QStringLiteral("status")), QStringLiteral("desk-2"));
        QCOMPARE(f.desk(3, QStringLiteral("status")), QStringLiteral("desk-3"));
        QCOMPARE(f.deskView(), f.crmView());
    }

    void commandLine()
    {
        TwoWayFixture f("      strategy: field_priority\n      owners: { email: desk }\n");
        seed(f);
        // validate names each two-way pipeline's strategy.
        const Ctl validate = ctl(f, {QStringLiteral("validate")});
        QCOMPARE(validate.code, 0);
        QVERIFY2(validate.out.contains("two-way pipeline customers: conflicts by field_priority (email: desk; otherwise manual)"),
                 validate.out.constData());
        f.crmSet(1, QStringLiteral("status"), QStringLiteral("gold"), QStringLiteral("10:30:00"));
        f.deskSet(1, QStringLiteral("status"), QStringLiteral("silver"), QStringLiteral("10:31:00"));
        f.crmSet(2, QStringLiteral("status"), QStringLiteral("gold"), QStringLiteral("10:30:00"));
        f.deskSet(2, QStringLiteral("status"), QStringLiteral("bronze"), QStringLiteral("10:31:00"));
        QCOMPARE(ctl(f, {QStringLiteral("run"), QStringLiteral("customers")}).code, 0);
        const Ctl list = ctl(f, {QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray items = QJsonDocument::fromJson(list.out).object().value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("conflicting")).toArray().at(0).toString(), QStringLiteral("status"));
        // A clerk (L2) sees the phone masked.
        const QJsonObject phone = QJsonDocument::fromJson(ctl(f, {QStringLiteral("conflicts"), QStringLiteral("list"),
                                                                  QStringLiteral("--as"), QStringLiteral("clerk"),
                                                                  QStringLiteral("--json")})
                                                              .out)
                                      .object()
                                      .value(QStringLiteral("conflicts"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("fields"))
                                      .toObject()
                                      .value(QStringLiteral("phone"))
                                      .toObject();
        QCOMPARE(phone.value(QStringLiteral("source")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("138****1111"));
        QVERIFY(phone.value(QStringLiteral("source")).toObject().value(QStringLiteral("withheld")).toBool());
        const QString ids = QStringLiteral("%1,%2").arg(items.at(0).toObject().value(QStringLiteral("id")).toInteger())
                                .arg(items.at(1).toObject().value(QStringLiteral("id")).toInteger());
        const Ctl show = ctl(f, {QStringLiteral("conflicts"), QStringLiteral("show"), ids.section(QLatin1Char(','), 0, 0)});
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains("! status"));
        QCOMPARE(ctl(f, {QStringLiteral("conflicts"), QStringLiteral("resolve"), ids, QStringLiteral("--take"),
                         QStringLiteral("nonsense")}).code, 2);
        const Ctl resolve = ctl(f, {QStringLiteral("conflicts"), QStringLiteral("resolve"), ids, QStringLiteral("--take"),
                                    QStringLiteral("status=target"), QStringLiteral("--comment"), QStringLiteral("phoned")});
        QVERIFY2(resolve.code == 0, resolve.out.constData());
        QCOMPARE(f.crm(1, QStringLiteral("status")), QStringLiteral("silver"));
        QCOMPARE(f.crm(2, QStringLiteral("status")), QStringLiteral("bronze"));
        QCOMPARE(ctl(f, {QStringLiteral("conflicts"), QStringLiteral("list")}).out, QByteArray("No open conflicts.\n"));
        // Resolving again: nothing open by that id.
        QCOMPARE(ctl(f, {QStringLiteral("conflicts"), QStringLiteral("resolve"), ids, QStringLiteral("--take"),
                         QStringLiteral("source")}).code, 1);
    }

    void storeKeepsNoL3InClear()
    {
        TwoWayFixture f;
        f.crmRow(1, QStringLiteral("Wang Li"), QStringLiteral("wang@example.cn"), QStringLiteral("active"), T0,
                 QStringLiteral("13912345678"));
        QCOMPARE(f.run().inserted, 1);
        // A conflict on the L3 field itself: its base, source and target values are all stored.
        f.crmSet(1, QStringLiteral("phone"), QStringLiteral("13987654321"), QStringLiteral("10:30:00"));
        f.deskSet(1, QStringLiteral("phone"), QStringLiteral("13811112222"), QStringLiteral("10:31:00"));
        QCOMPARE(f.run().conflicts, 1);
        f.store.reset(); // closes the connection: the WAL is checkpointed into the file
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(f.workspace->stateStorePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.size() > 0);
        for (const char *phone : {"13912345678", "13987654321", "13811112222"})
            QVERIFY2(!bytes.contains(phone), phone);
        f.reload();
        const ConflictView c = f.conflicts().front();
        QCOMPARE(c.base[c.fields.indexOf(QStringLiteral("phone"))].text, QStringLiteral("13912345678"));
        QCOMPARE(c.source[c.fields.indexOf(QStringLiteral("phone"))].text, QStringLiteral("13987654321"));
    }

    void dryRunWritesNothing()
    {
        TwoWayFixture f;
        seed(f);
        f.deskSet(1, QStringLiteral("email"), QStringLiteral("dry@desk.cn"), QStringLiteral("10:11:00"));
        const RunResult r = f.run(true);
        QCOMPARE(r.updated, 1);
        QCOMPARE(f.crm(1, QStringLiteral("email")), QStringLiteral("wang@example.cn"));
        QCOMPARE(f.run().updated, 1);
        QCOMPARE(f.crm(1, QStringLiteral("email")), QStringLiteral("dry@desk.cn"));
    }

    void randomizedRoundsConverge()
    {
        TwoWayFixture f(QByteArray(), true);
        QRandomGenerator rng(20261202);
        const QStringList statuses = {QStringLiteral("active"), QStringLiteral("vip"), QStringLiteral("lost"),
                                      QStringLiteral("new")};
        int nextId = 1;
        int clock = 0;
        const auto at = [&]() {
            ++clock;
            return QStringLiteral("%1:%2:%3").arg(8 + clock / 3600, 2, 10, QLatin1Char('0'))
                .arg(clock / 60 % 60, 2, 10, QLatin1Char('0')).arg(clock % 60, 2, 10, QLatin1Char('0'));
        };
        for (; nextId <= 20; ++nextId)
            f.crmRow(nextId, QStringLiteral("c%1").arg(nextId), QStringLiteral("c%1@crm.cn").arg(nextId), statuses[0], at());
        QCOMPARE(f.run().status, QStringLiteral("succeeded"));
        qint64 queued = 0;
        qint64 resolved = 0;
        for (int round = 0; round < 40; ++round) {
            const int edits = 1 + int(rng.bounded(8));
            for (int e = 0; e < edits; ++e) {
                // Most edits land on a few busy records, so that both sides often meet.
                const int id = rng.bounded(10) < 7 ? 1 + int(rng.bounded(6)) : 1 + int(rng.bounded(quint32(nextId - 1)));
                const bool crm = rng.bounded(2) == 0;
                const int what = int(rng.bounded(10));
                if (what == 0) { // a new record on one side
                    const int fresh = nextId++;
                    if (crm)
                        f.crmRow(fresh, QStringLiteral("n%1").arg(fresh), QStringLiteral("n%1@crm.cn").arg(fresh), statuses[1], at());
                    else
                        f.deskRow(fresh, QStringLiteral("n%1").arg(fresh), QStringLiteral("n%1@desk.cn").arg(fresh), statuses[1], at());
                } else if (what == 1) { // a delete
                    if (crm)
                        f.crmSet(id, QStringLiteral("deleted"), 1, at());
                    else
                        f.deskSet(id, QStringLiteral("removed"), 1, at());
                } else {
                    const QString field = what < 5 ? QStringLiteral("email") : (what < 8 ? QStringLiteral("status") : QStringLiteral("name"));
                    const QString value = QStringLiteral("%1-r%2-%3").arg(crm ? QStringLiteral("crm") : QStringLiteral("desk")).arg(round).arg(e);
                    if (crm)
                        f.crmSet(id, field, value, at());
                    else
                        f.deskSet(id, field == QLatin1String("name") ? QStringLiteral("full_name") : field, value, at());
                }
            }
            const RunResult r = f.run();
            QVERIFY2(r.status == QLatin1String("succeeded"), qPrintable(r.status + QLatin1Char(' ') + r.error.toString()));
            queued += r.conflicts;
            // A steward resolves some of the open conflicts, each field at random.
            for (const ConflictView &c : f.conflicts()) {
                if (rng.bounded(3) == 0)
                    continue;
                QMap<QString, QString> takes;
                for (const QString &field : c.conflicting) {
                    const int pick = int(rng.bounded(4));
                    takes.insert(field, pick == 0 ? QStringLiteral("source")
                                      : pick == 1 ? QStringLiteral("target")
                                      : pick == 2 && c.kind == QLatin1String("update") ? QStringLiteral("base")
                                                  : QStringLiteral("custom-%1").arg(c.id));
                }
                const ConflictResolveResult done = f.resolve({c.id}, takes, rng.bounded(2) == 0);
                QVERIFY2(done.failed.isEmpty(), qPrintable(done.failed.value(0).second));
                resolved += done.resolved.size();
            }
            // What the steward decided is on both sides and in the base: the next read is all echo.
            const RunResult quiet = f.run();
            QCOMPARE(quiet.written(), 0);
            QCOMPARE(quiet.conflicts, qint64(f.conflicts().size()));
        }
        // The rest by a strategy, then runs until quiet.
        QList<qint64> rest;
        for (const ConflictView &c : f.conflicts())
            rest.append(c.id);
        if (!rest.isEmpty()) {
            const ConflictResolveResult done = f.resolve(rest, {}, true, QStringLiteral("target"));
            QVERIFY2(done.failed.isEmpty(), qPrintable(done.failed.value(0).second));
            resolved += done.resolved.size();
        }
        RunResult last;
        for (int i = 0; i < 3; ++i)
            last = f.run();
        QCOMPARE(last.written(), 0);
        QCOMPARE(last.conflicts, 0);
        QVERIFY(f.conflicts().isEmpty());
        QCOMPARE(f.deskView(), f.crmView());
        QVERIFY(queued > 0);
        // Every conflict queued was resolved by a steward or closed when its sides agreed again.
        qint64 closed = 0;
        for (const ConflictView &c : f.conflicts(true))
            closed += c.status == QLatin1String("resolved") || c.status == QLatin1String("converged") ? 1 : 0;
        QCOMPARE(closed, qint64(f.conflicts(true).size()));
        QVERIFY(resolved > 0);
        qInfo("randomized: %lld conflicts queued, %lld resolved by hand, %d records", queued, resolved, nextId - 1);
    }
};

QTEST_GUILESS_MAIN(TestTwoWay)
#include "tst_twoway.moc"
