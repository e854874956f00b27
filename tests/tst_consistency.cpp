// Consistency checks (docs/consistency.md) on generated pairs of SQLite tables whose differences
// are known: exactly those discrepancies are found — missing, extra, changed, none; keys spread
// uniformly and clustered (bisection), most segments differing (one merge pass), through a
// non-trivial mapping and policy, with a key the mapping rewrites (sorted in memory) and a target
// collation that sorts keys otherwise. Tolerances, repair then re-check, the previous check's
// new / still open / fixed, the alert threshold, masking of what a viewer sees, and concordctl.

#include "consistencyfixture.h"

#include "consistency/consistencycheck.h"
#include "consistency/discrepancyview.h"
#include "consistency/repair.h"
#include "enginehost.h"
#include "governance/operations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

using namespace concord;

namespace {

struct Expected
{
    QSet<qint64> missing;
    QSet<qint64> extra;
    QSet<qint64> changed; // city changed in the target
};

// Removes, adds and changes target rows: every `step`-th key of `keys`, or a run of them.
Expected damage(ConsistencyFixture &f, int rows, bool clustered, int perKind)
{
    Expected e;
    QList<qint64> keys;
    for (int i = 1; i <= rows; ++i)
        keys.append(2 * i); // even ids in the source: odd ones are free for extra records
    const auto pick = [&](int kind, int n) {
        QList<qint64> out;
        if (clustered) {
            const int start = (rows / 4) * (kind + 1);
            for (int i = 0; i < n; ++i)
                out.append(keys[start + i]);
        } else {
            const int step = rows / n;
            for (int i = 0; i < n; ++i)
                out.append(keys[(i * step + kind * step / 3) % rows]);
        }
        return out;
    };
    f.target().exec(QStringLiteral("BEGIN"));
    for (qint64 k : pick(0, perKind)) {
        f.target().exec(QStringLiteral("DELETE FROM people WHERE id = ?"), {k});
        e.missing.insert(k);
    }
    for (qint64 k : pick(1, perKind)) {
        f.target().exec(QStringLiteral("INSERT INTO people (id, name, phone, amount, seen_at, city) VALUES "
                                       "(?, 'stray', '13900000000', '1.00', '2026-01-01 00:00:00', '杭州')"),
                        {k + 1});
        e.extra.insert(k + 1);
    }
    for (qint64 k : pick(2, perKind)) {
        if (e.missing.contains(k))
            continue;
        f.target().exec(QStringLiteral("UPDATE people SET city = city || ' (edited)' WHERE id = ?"), {k});
        e.changed.insert(k);
    }
    f.target().exec(QStringLiteral("COMMIT"));
    return e;
}

void expectExactly(ConsistencyFixture &f, const Expected &e, const QString &pipeline = QStringLiteral("people"))
{
    const auto found = f.store->discrepancies(pipeline, false);
    QVERIFY(found.ok());
    Expected got;
    for (const StoredDiscrepancy &d : *found) {
        const qint64 key = d.key.toLongLong();
        switch (d.kind) {
        case DiscrepancyKind::Missing: got.missing.insert(key); break;
        case DiscrepancyKind::Extra: got.extra.insert(key); break;
        case DiscrepancyKind::Mismatch:
            got.changed.insert(key);
            QCOMPARE(d.fields, QStringList{QStringLiteral("city")});
            break;
        }
    }
    QCOMPARE(got.missing, e.missing);
    QCOMPARE(got.extra, e.extra);
    QCOMPARE(got.changed, e.changed);
}

} // namespace

class TestConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTablesNeedNoRows()
    {
        ConsistencyFixture f;
        f.populate(3000);
        const ConsistencyRun run = f.check();
        QCOMPARE(run.status, QStringLiteral("equal"));
        QCOMPARE(run.sourceRows, 3000);
        QCOMPARE(run.targetRows, 3000);
        QCOMPARE(run.segments, 12); // 3000 source records in segments of 256
        QCOMPARE(run.segmentsDiffering, 0);
        QCOMPARE(run.rowsFetched, 0);
        QCOMPARE(run.method, QStringLiteral("segments"));
    }

    void uniformDifferencesMergeInOnePass()
    {
        ConsistencyFixture f;
        f.populate(3000);
        const Expected e = damage(f, 3000, false, 30);
        const ConsistencyRun run = f.check();
        QCOMPARE(run.status, QStringLiteral("different"));
        QCOMPARE(run.missing, qint64(e.missing.size()));
        QCOMPARE(run.extra, qint64(e.extra.size()));
        QCOMPARE(run.mismatched, qint64(e.changed.size()));
        QVERIFY2(run.method.contains(QLatin1String("merge")), qPrintable(run.method));
        expectExactly(f, e);
    }

    void clusteredDifferencesAreBisected()
    {
        ConsistencyFixture f;
        f.populate(3000);
        const Expected e = damage(f, 3000, true, 20);
        const ConsistencyRun run = f.check();
        QCOMPARE(run.method, QStringLiteral("segments"));
        QVERIFY2(run.segmentsDiffering <= 4, qPrintable(QString::number(run.segmentsDiffering)));
        // Leaves compare row hashes first: only the differing records are read in full.
        QCOMPARE(run.rowsFetched, qint64(e.missing.size() + e.extra.size() + 2 * e.changed.size()));
        expectExactly(f, e);
    }

    void emptyAndOneSidedTables()
    {
        ConsistencyFixture f;
        QCOMPARE(f.check().status, QStringLiteral("equal"));
        f.target().exec(QStringLiteral("INSERT INTO people (id, name, city) VALUES (7, 'only here', 'x')"));
        ConsistencyRun run = f.check();
        QCOMPARE(run.extra, 1);
        f.target().exec(QStringLiteral("DELETE FROM people"));
        f.source().exec(QStringLiteral("INSERT INTO people (id, name, city) VALUES (8, 'only there', 'y')"));
        run = f.check();
        QCOMPARE(run.missing, 1);
        QCOMPARE(run.extra, 0);
        QCOMPARE(run.fixed, 1);
    }

    void throughANonTrivialMapping()
    {
        ConsistencyFixture f(ConsistencyFixture::Mapping::Orders);
        f.populate(2000);
        QCOMPARE(f.sync().status, QStringLiteral("succeeded"));
        QCOMPARE(f.check().status, QStringLiteral("equal")); // written by the pipeline: equal
        // A steward edits the warehouse by hand: a status, a customer; an order disappears.
        f.target().exec(QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE order_id = 10"));
        f.target().exec(QStringLiteral("UPDATE orders SET customer = 'NAME 21 ' WHERE order_id = 42"));
        f.target().exec(QStringLiteral("DELETE FROM orders WHERE order_id = 1000"));
        f.target().exec(QStringLiteral("INSERT INTO orders (order_id, customer, status, total) VALUES (1, 'X', 'open', '0.00')"));
        const ConsistencyRun run = f.check();
        QCOMPARE(run.mismatched, 2);
        QCOMPARE(run.missing, 1);
        QCOMPARE(run.extra, 1);
        const auto found = f.store->discrepancies(QStringLiteral("people"), false);
        QVERIFY(found.ok());
        QMap<QString, StoredDiscrepancy> byKey;
        for (const StoredDiscrepancy &d : *found)
            byKey.insert(d.key, d);
        QCOMPARE(byKey.value(QStringLiteral("10")).fields, QStringList{QStringLiteral("status")});
        QCOMPARE(byKey.value(QStringLiteral("42")).fields, QStringList{QStringLiteral("customer")});
        QCOMPARE(byKey.value(QStringLiteral("1000")).kind, DiscrepancyKind::Missing);
        QCOMPARE(byKey.value(QStringLiteral("1")).kind, DiscrepancyKind::Extra);
    }

    void aRewrittenKeyIsSortedInMemory()
    {
        ConsistencyFixture f(ConsistencyFixture::Mapping::OrderNumbers);
        f.populate(1500);
        QCOMPARE(f.sync().status, QStringLiteral("succeeded"));
        QCOMPARE(f.check().status, QStringLiteral("equal"));
        // "SO-2" sorts after "SO-10" as text: the source cannot be read in the target's order.
        f.target().exec(QStringLiteral("DELETE FROM orders WHERE order_no IN ('SO-2', 'SO-1998')"));
        f.target().exec(QStringLiteral("UPDATE orders SET total = '9.99' WHERE order_no = 'SO-300'"));
        const ConsistencyRun run = f.check();
        QVERIFY2(run.method.startsWith(QLatin1String("sorted")), qPrintable(run.method));
        QCOMPARE(run.missing, 2);
        QCOMPARE(run.mismatched, 1);
        QCOMPARE(run.extra, 0);
    }

    void aTargetCollationFallsBackToSorting()
    {
        ConsistencyFixture f(ConsistencyFixture::Mapping::TextKeys);
        // Keys whose case-insensitive order differs from their binary order.
        for (const char *k : {"a1", "B2", "c3", "D4", "e5", "F6"}) {
            f.source().exec(QStringLiteral("INSERT INTO codes (code, label) VALUES (?, ?)"),
                            {QString::fromLatin1(k), QStringLiteral("label %1").arg(QLatin1String(k))});
            f.target().exec(QStringLiteral("INSERT INTO codes (code, label) VALUES (?, ?)"),
                            {QString::fromLatin1(k), QStringLiteral("label %1").arg(QLatin1String(k))});
        }
        f.target().exec(QStringLiteral("UPDATE codes SET label = 'changed' WHERE code = 'D4'"));
        const ConsistencyRun run = f.check();
        QVERIFY2(run.method.startsWith(QLatin1String("sorted")), qPrintable(run.method + run.error));
        QCOMPARE(run.mismatched, 1);
        QCOMPARE(run.missing + run.extra, 0);
    }

    void tolerances()
    {
        ConsistencyFixture f(ConsistencyFixture::Mapping::Identity,
                             "      ignore: [name]\n"
                             "      fields:\n"
                             "        amount: { epsilon: 0.01 }\n"
                             "        seen_at: { precision: second }\n"
                             "        city: { trim: true, case: insensitive }\n");
        f.populate(600);
        f.target().exec(QStringLiteral("UPDATE people SET amount = amount + 0.004 WHERE id = 2"));   // within epsilon
        f.target().exec(QStringLiteral("UPDATE people SET seen_at = seen_at || '.400' WHERE id = 4")); // same second
        f.target().exec(QStringLiteral("UPDATE people SET city = '  ' || upper(city) || ' ' WHERE id = 6"));
        f.target().exec(QStringLiteral("UPDATE people SET name = 'renamed' WHERE id = 8"));          // ignored
        QCOMPARE(f.check().status, QStringLiteral("equal"));
        f.target().exec(QStringLiteral("UPDATE people SET amount = amount + 0.02 WHERE id = 10"));   // beyond it
        f.target().exec(QStringLiteral("UPDATE people SET seen_at = '2030-01-01 00:00:00' WHERE id = 12"));
        const ConsistencyRun run = f.check();
        QCOMPARE(run.mismatched, 2);
        const auto found = f.store->discrepancies(QStringLiteral("people"), false);
        QVERIFY(found.ok());
        QStringList fields;
        for (const StoredDiscrepancy &d : *found)
            fields += d.fields;
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("amount"), QStringLiteral("seen_at")}));
    }

    void newStillOpenAndFixed()
    {
        ConsistencyFixture f;
        f.populate(500);
        f.target().exec(QStringLiteral("DELETE FROM people WHERE id IN (2, 4, 6)"));
        ConsistencyRun run = f.check();
        QCOMPARE(run.newCount, 3);
        f.target().exec(QStringLiteral("INSERT INTO people SELECT * FROM people WHERE 0")); // no-op
        f.source().exec(QStringLiteral("DELETE FROM people WHERE id = 2")); // gone on both sides now: fixed
        f.target().exec(QStringLiteral("UPDATE people SET city = 'x' WHERE id = 100"));
        run = f.check();
        QCOMPARE(run.newCount, 1);
        QCOMPARE(run.stillOpen, 2);
        QCOMPARE(run.fixed, 1);
        const auto closed = f.store->discrepancies(QStringLiteral("people"), true);
        QVERIFY(closed.ok());
        int fixed = 0;
        for (const StoredDiscrepancy &d : *closed)
            fixed += d.status == QLatin1String("fixed");
        QCOMPARE(fixed, 1);
    }

    void repairThenCheckAgain()
    {
        ConsistencyFixture f;
        f.populate(2000);
        const Expected e = damage(f, 2000, false, 12);
        f.check();
        std::atomic<bool> cancel{false};
        Repairer repairer(f.workspace, f.store.get());
        const RepairResult plan = repairer.run(QStringLiteral("people"), {}, true, QStringLiteral("tester"), cancel);
        QVERIFY2(plan.errorCode.isEmpty(), qPrintable(plan.error));
        QMap<QString, int> actions;
        for (const RepairAction &a : plan.actions)
            ++actions[a.action];
        QCOMPARE(actions.value(QStringLiteral("insert")), e.missing.size());
        QCOMPARE(actions.value(QStringLiteral("update")), e.changed.size());
        QCOMPARE(actions.value(QStringLiteral("flag")), e.extra.size()); // extra: flag is the default
        QCOMPARE(f.target().count(QStringLiteral("people")), 2000 - e.missing.size() + e.extra.size()); // dry: untouched

        const RepairResult done = repairer.run(QStringLiteral("people"), {}, false, QStringLiteral("tester"), cancel);
        QVERIFY2(done.errorCode.isEmpty(), qPrintable(done.error));
        QCOMPARE(done.inserted, qint64(e.missing.size()));
        QCOMPARE(done.updated, qint64(e.changed.size()));
        QVERIFY(done.runId > 0);
        ConsistencyRun again = f.check();
        QCOMPARE(again.missing + again.mismatched, 0);
        QCOMPARE(again.extra, qint64(e.extra.size())); // flagged, left alone
        // A second repair finds nothing left to write.
        QCOMPARE(repairer.run(QStringLiteral("people"), {}, false, QStringLiteral("tester"), cancel).inserted, 0);

        f.setConsistency("      extra: delete\n"); // a new workspace and store: a new repairer
        Repairer deleting(f.workspace, f.store.get());
        const RepairResult deleted = deleting.run(QStringLiteral("people"), {}, false, QStringLiteral("tester"), cancel);
        QCOMPARE(deleted.deleted, qint64(e.extra.size()));
        again = f.check();
        QCOMPARE(again.status, QStringLiteral("equal"));
        // The source's records, as written, are in the target again.
        QCOMPARE(f.target().rows(QStringLiteral("SELECT city FROM people WHERE id = %1").arg(*e.changed.cbegin())),
                 f.source().rows(QStringLiteral("SELECT city FROM people WHERE id = %1").arg(*e.changed.cbegin())));
        testsupport::Db state(f.workspace->stateStorePath());
        QCOMPARE(state.rows(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'consistency.repair'")).value(0).value(0),
                 QStringLiteral("3"));
        QCOMPARE(state.rows(QStringLiteral("SELECT mode FROM runs ORDER BY id DESC LIMIT 1")).value(0).value(0),
                 QStringLiteral("repair"));
    }

    void alertAboveThreshold()
    {
        ConsistencyFixture f(ConsistencyFixture::Mapping::Identity, "      alert_above: 2\n");
        f.populate(300);
        f.target().exec(QStringLiteral("DELETE FROM people WHERE id IN (2, 4, 6)"));
        Operations ops(f.workspace, f.store.get());
        std::atomic<bool> cancel{false};
        ConsistencyCheck(f.workspace, f.store.get(), &ops).run(QStringLiteral("people"), QStringLiteral("t"), {}, cancel);
        auto active = f.store->activeAlert(ConsistencyCheck::alertRule(), QStringLiteral("people"));
        QVERIFY(active.ok() && active->has_value());
        QCOMPARE((*active)->value, 3.0);
        f.target().exec(QStringLiteral("INSERT INTO people SELECT * FROM people WHERE 0"));
        f.source().exec(QStringLiteral("DELETE FROM people WHERE id IN (2, 4)"));
        ConsistencyCheck(f.workspace, f.store.get(), &ops).run(QStringLiteral("people"), QStringLiteral("t"), {}, cancel);
        active = f.store->activeAlert(ConsistencyCheck::alertRule(), QStringLiteral("people"));
        QVERIFY(active.ok() && !active->has_value()); // 1 is not above 2: resolved
    }

    void viewersSeeMaskedValuesOnly()
    {
        ConsistencyFixture f;
        f.populate(200);
        f.target().exec(QStringLiteral("UPDATE people SET phone = '13711112222', city = 'x' WHERE id = 20"));
        f.check();
        const auto steward = viewingHolder(*f.workspace, QString(), QStringLiteral("alice"));
        QVERIFY(steward.ok());
        DiscrepancyQuery q;
        q.pipeline = QStringLiteral("people");
        auto rows = viewDiscrepancies(*f.workspace, *f.store, q, *steward);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        const int phone = int(rows->front().fields.indexOf(QStringLiteral("phone")));
        QCOMPARE(rows->front().targetValues[phone], QStringLiteral("13711112222")); // L3 steward: clear
        const auto viewer = viewingHolder(*f.workspace, QStringLiteral("clerk"), QStringLiteral("alice"));
        QVERIFY(viewer.ok());
        rows = viewDiscrepancies(*f.workspace, *f.store, q, *viewer);
        QVERIFY(rows.ok());
        QCOMPARE(rows->front().targetValues[phone], QStringLiteral("137****2222"));
        QVERIFY(rows->front().withheld[phone]);
        // Searching sees only what the viewer sees.
        q.search = QStringLiteral("13711112222");
        QCOMPARE(viewDiscrepancies(*f.workspace, *f.store, q, *viewer)->size(), 0);
        QCOMPARE(viewDiscrepancies(*f.workspace, *f.store, q, *steward)->size(), 1);
        q.search = QStringLiteral("137****2222");
        QCOMPARE(viewDiscrepancies(*f.workspace, *f.store, q, *viewer)->size(), 1);
        // The L3 value is sealed in the state store, never in clear.
        QFile state(f.workspace->stateStorePath());
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QByteArray bytes = state.readAll();
        QVERIFY(!bytes.contains("13711112222"));
        QVERIFY(!bytes.contains(QStringLiteral("1380000%1").arg(20, 4, 10, QLatin1Char('0')).toUtf8()));
    }

    void cancelledCheck()
    {
        ConsistencyFixture f;
        f.populate(3000);
        std::atomic<bool> cancel{true};
        const ConsistencyRun run =
            ConsistencyCheck(f.workspace, f.store.get()).run(QStringLiteral("people"), QStringLiteral("t"), {}, cancel);
        QCOMPARE(run.status, QStringLiteral("cancelled"));
        QCOMPARE(run.errorCode, ErrorCode::Cancelled);
        const auto runs = f.store->consistencyRuns(QStringLiteral("people"), 1);
        QCOMPARE(runs->front().status, QStringLiteral("cancelled"));
    }

    void scheduledChecks()
    {
        ConsistencyFixture f(ConsistencyFixture::Mapping::Identity, "      schedule: every 1s\n");
        f.populate(100);
        // The console's scheduler: slots count from when the workspace was opened.
        {
            EngineHost host;
            QSignalSpy finished(&host, &EngineHost::consistencyFinished);
            host.openWorkspace(f.dir.path());
            host.schedulerTick();
            QCOMPARE(finished.size(), 0); // the first slot is a second after opening
            QTest::qWait(1100);
            host.schedulerTick();
            QCOMPARE(finished.size(), 1);
            const auto run = finished.front().front().value<ConsistencyRun>();
            QCOMPARE(run.trigger, QStringLiteral("schedule"));
            QCOMPARE(run.status, QStringLiteral("equal"));
        }
        // concordctl serve --once (cron), in a workspace never checked: due once, then not again
        // within the interval.
        ConsistencyFixture g(ConsistencyFixture::Mapping::Identity, "      schedule: every 1h\n");
        g.populate(50);
        const auto serveOnce = [&g] {
            QProcess p;
            p.start(QStringLiteral(CONCORDCTL_PATH), {QStringLiteral("-w"), g.dir.path(), QStringLiteral("--log-level"),
                                                      QStringLiteral("none"), QStringLiteral("serve"), QStringLiteral("--once")});
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        const auto scheduled = [&g] {
            testsupport::Db state(g.workspace->stateStorePath());
            return state.rows(QStringLiteral("SELECT COUNT(*) FROM consistency_runs WHERE trigger = 'schedule'"))
                .value(0)
                .value(0)
                .toInt();
        };
        QVERIFY(serveOnce());
        QCOMPARE(scheduled(), 1);
        QVERIFY(serveOnce());
        QCOMPARE(scheduled(), 1);
    }

    void concordctlDiffAndRepair()
    {
        ConsistencyFixture f;
        f.populate(400);
        const auto ctl = [&f](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(CONCORDCTL_PATH),
                    QStringList{QStringLiteral("-w"), f.dir.path(), QStringLiteral("--log-level"), QStringLiteral("none")} + args);
            if (!p.waitForFinished(60000))
                return -1;
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QCOMPARE(ctl({QStringLiteral("diff"), QStringLiteral("people")}), 0);
        f.target().exec(QStringLiteral("UPDATE people SET city = '北京' WHERE id = 8"));
        f.target().exec(QStringLiteral("DELETE FROM people WHERE id = 10"));
        const QString csv = f.dir.filePath(QStringLiteral("out.csv"));
        QByteArray out;
        QCOMPARE(ctl({QStringLiteral("diff"), QStringLiteral("people"), QStringLiteral("--as"), QStringLiteral("clerk"),
                      QStringLiteral("--export"), csv},
                     &out),
                 1);
        QVERIFY2(out.contains("1 missing in target"), out.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("\xEF\xBB\xBF"));
        QVERIFY(text.contains("北京"));
        QVERIFY(!text.contains("13800000010")); // the missing record's phone, masked for the clerk
        QCOMPARE(ctl({QStringLiteral("diff"), QStringLiteral("nosuch")}), 2);
        QCOMPARE(ctl({QStringLiteral("repair"), QStringLiteral("people"), QStringLiteral("--dry-run"), QStringLiteral("--json")},
                     &out),
                 0);
        QVERIFY2(out.contains("\"insert\"") && out.contains("\"update\""), out.constData());
        QCOMPARE(ctl({QStringLiteral("repair"), QStringLiteral("people")}, &out), 0);
        QVERIFY2(out.contains("equal"), out.constData());
        QCOMPARE(ctl({QStringLiteral("diff"), QStringLiteral("people")}), 0);
        testsupport::Db state(f.workspace->stateStorePath());
        QCOMPARE(state.rows(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'consistency.export'")).value(0).value(0),
                 QStringLiteral("1"));

        // The audit trail of all that: listed by family, its chain intact until edited behind
        // Concord's back (exit 1, the entry named).
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("consistency."),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonArray entries = QJsonDocument::fromJson(out).object().value(QStringLiteral("entries")).toArray();
        QVERIFY2(entries.size() >= 4, out.constData());
        for (const QJsonValue &e : entries)
            QVERIFY(e.toObject().value(QStringLiteral("action")).toString().startsWith(QLatin1String("consistency.")));
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
        QVERIFY2(out.contains("intact"), out.constData());
        state.exec(QStringLiteral("UPDATE audit SET actor = 'someone else' WHERE id = 2"));
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, &out), 1);
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(QStringLiteral("broken_at")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("problem")).toString(), QStringLiteral("edited"));
    }
};

QTEST_GUILESS_MAIN(TestConsistency)
#include "tst_consistency.moc"
