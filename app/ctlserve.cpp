// concordctl serve (docs/operations.md §1): the scheduler loop, scheduled consistency checks,
// housekeeping, and the webhook receivers whose events it applies as they come (docs/webhooks.md).

#include "ctlcommands.h"
#include "ctlsupport.h"

#include "connectors/webhook/webhookreceiver.h"
#include "consistency/consistencycheck.h"
#include "governance/operations.h"
#include "log/log.h"
#include "store/statestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QThread>

#include <thread>

namespace concord::ctl {

int serve(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption once(QStringLiteral("once"),
                                  QStringLiteral("Run what is due now (schedules, retries, probes), then exit (for cron)."));
    const QCommandLineOption tick(QStringLiteral("tick"), QStringLiteral("How often to check the schedule (default 1s)."),
                                  QStringLiteral("DURATION"), QStringLiteral("1s"));
    p.addOptions({once, tick});
    if (const int rc = parseCommand(p, args, QStringLiteral("Runs every scheduled pipeline (schedule:, after:) until "
                                                            "SIGTERM or SIGINT, with retries, circuit breakers, metrics and "
                                                            "alerts (docs/operations.md). On the signal, the run in progress "
                                                            "stops at its next batch boundary — what was written is "
                                                            "checkpointed, the rest is read again next time — and serve "
                                                            "exits 0. A second signal ends it at once. Webhook systems "
                                                            "that pipelines read are received on their host and port, "
                                                            "and their events applied as they come (docs/webhooks.md)."),
                                    QString());
        rc >= 0)
        return rc;
    qint64 tickMs = 1000;
    {
        const QString t = p.value(tick);
        bool ok = false;
        const qint64 n = t.left(t.size() - (t.endsWith(QLatin1String("ms")) ? 2 : 1)).toLongLong(&ok);
        if (ok && t.endsWith(QLatin1String("ms")))
            tickMs = n;
        else if (ok && t.endsWith(QLatin1Char('s')))
            tickMs = n * 1000;
        if (!ok || tickMs < 10) {
            err() << QStringLiteral("concordctl serve: --tick takes a duration such as 1s or 200ms\n");
            return BadInput;
        }
    }
    Opened o;
    if (const int rc = openWorkspace(g, QStringLiteral("serve"), o); rc >= 0)
        return rc;
    QStringList scheduled;
    for (const PipelineDef &pd : std::as_const(o.workspace->pipelines))
        if (pd.enabled && (!pd.schedule.isEmpty() || !pd.after.isEmpty()))
            scheduled.append(pd.name + (pd.schedule.isEmpty() ? QStringLiteral(" (after ") + pd.after.join(QStringLiteral(", ")) + QLatin1Char(')')
                                                              : QStringLiteral(" (") + pd.schedule + QLatin1Char(')')));
    log::info(lcSync(), QStringLiteral("serve: %1 scheduled pipeline(s): %2").arg(scheduled.size()).arg(scheduled.join(QStringLiteral("; "))));

    // Webhook receivers (docs/webhooks.md): one per webhook system an enabled pipeline reads.
    // An accepted event wakes the loop, which applies it at once; events stored before a
    // restart are applied first.
    QMutex wakeMutex;
    QSet<QString> woken;
    QSemaphore wakeups;
    std::vector<std::unique_ptr<WebhookReceiver>> receivers;
    for (const SystemDef &system : std::as_const(o.workspace->systems)) {
        if (system.kind != QLatin1String("webhook"))
            continue;
        bool read = false;
        for (const PipelineDef &pd : std::as_const(o.workspace->pipelines)) {
            const DatasetDef *ds = o.workspace->dataset(pd.source);
            if (pd.enabled && ds && ds->system == system.name) {
                read = true;
                if (const auto pending = o.store->pendingOutboxCount(pd.name); pending.ok() && *pending > 0)
                    woken.insert(pd.name); // stored before a restart
            }
        }
        if (!read || p.isSet(once))
            continue;
        auto receiver = std::make_unique<WebhookReceiver>(o.workspace, system.name);
        receiver->onAccepted([&](const QString &pipeline) {
            QMutexLocker lock(&wakeMutex);
            woken.insert(pipeline);
            wakeups.release();
        });
        if (const auto port = receiver->start(); !port.ok()) {
            err() << QStringLiteral("concordctl serve: %1\n").arg(port.error().message);
            return port.error().code == ErrorCode::ConfigInvalid ? BadInput : Environment;
        }
        receivers.push_back(std::move(receiver));
    }
    // Real-time pipelines reading a log (capture: logical or binlog) are followed: each in a thread
    // of its own, one long run that reads the log as it grows. A run that ends unasked (paused,
    // circuit open, failed) is started again after a pause that grows with repeated failures.
    QSet<QString> followed;
    std::vector<std::thread> followers;
    for (const PipelineDef &pd : std::as_const(o.workspace->pipelines)) {
        const DatasetDef *ds = o.workspace->dataset(pd.source);
        if (p.isSet(once) || !pd.enabled || pd.mode != QLatin1String("realtime") || !ds
            || (ds->capture.method != QLatin1String("logical") && ds->capture.method != QLatin1String("binlog")))
            continue;
        followed.insert(pd.name);
        followers.emplace_back([&g, workspace = o.workspace, name = pd.name] {
            StateStore store;
            if (auto r = store.open(workspace->stateStorePath()); !r.ok()) {
                log::error(lcSync(), QStringLiteral("serve: cannot follow %1: %2").arg(name, r.error().message));
                return;
            }
            Operations ops(workspace, &store);
            int failures = 0;
            log::info(lcSync(), QStringLiteral("serve: following %1").arg(name));
            while (!g.stop->load()) {
                RunOptions options;
                options.follow = true;
                options.trigger = QStringLiteral("realtime");
                options.actor = QStringLiteral("realtime (concordctl serve)");
                const RunResult r = ops.execute(name, options, *g.stop);
                if (g.stop->load())
                    break;
                failures = r.status == QLatin1String("failed") ? failures + 1 : 0;
                const qint64 pauseMs = failures > 0 ? std::min<qint64>(60000, qint64(1000) << std::min(failures - 1, 6)) : 1000;
                QElapsedTimer paused;
                paused.start();
                while (!g.stop->load() && paused.elapsed() < pauseMs)
                    QThread::msleep(50);
            }
        });
    }
    const auto applyPushed = [&] {
        QSet<QString> todo;
        {
            QMutexLocker lock(&wakeMutex);
            todo.swap(woken);
        }
        for (const QString &pipeline : std::as_const(todo)) {
            if (g.stop->load())
                break;
            RunOptions options;
            options.trigger = QStringLiteral("webhook");
            options.actor = QStringLiteral("webhook (concordctl serve)");
            o.ops->execute(pipeline, options, *g.stop);
        }
    };
    qint64 lastHousekeeping = 0;
    qint64 lastRetention = 0;
    int runs = 0;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    while (!g.stop->load()) {
        applyPushed();
        const QList<DueRun> due = o.ops->due(QDateTime::currentDateTimeUtc());
        for (const DueRun &d : due) {
            if (g.stop->load())
                break;
            if (followed.contains(d.pipeline))
                continue; // its follower runs it
            o.ops->markStarted(d);
            RunOptions options;
            options.trigger = d.trigger;
            options.actor = QStringLiteral("scheduler (concordctl serve)");
            const RunResult r = o.ops->execute(d.pipeline, options, *g.stop);
            ++runs;
            if (r.status == QLatin1String("cancelled"))
                log::info(lcSync(), QStringLiteral("serve: %1 parked at its last committed batch").arg(d.pipeline));
        }
        // Scheduled consistency checks (docs/consistency.md §4). With --once (cron), a pipeline
        // never checked yet counts its slots from a day ago, so a daily check is not skipped.
        for (const QString &pipeline : ConsistencyCheck::due(*o.workspace, *o.store, p.isSet(once) ? started.addDays(-1) : started,
                                                             QDateTime::currentDateTimeUtc())) {
            if (g.stop->load())
                break;
            ConsistencyCheck(o.workspace, o.store.get(), o.ops.get())
                .run(pipeline, QStringLiteral("scheduler (concordctl serve)"), QStringLiteral("schedule"), *g.stop);
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - lastHousekeeping >= 60000 || p.isSet(once)) {
            lastHousekeeping = now;
            o.ops->measureBacklogs();
            o.ops->checkAlerts();
            o.store->pruneMetrics(QDateTime::currentDateTimeUtc().addDays(-31));
            applyRetention(*o.workspace, *o.store, lastRetention);
        }
        if (p.isSet(once))
            break;
        // Sleep until the next due time or the next tick, in short slices so a signal is quick.
        QElapsedTimer slept;
        slept.start();
        // An accepted webhook event ends the sleep at once.
        while (!g.stop->load() && slept.elapsed() < tickMs)
            if (wakeups.tryAcquire(1, int(std::min<qint64>(50, tickMs)))) {
                wakeups.tryAcquire(wakeups.available());
                applyPushed();
            }
    }
    receivers.clear(); // stop listening before the store closes
    for (std::thread &t : followers)
        t.join();
    log::info(lcSync(), QStringLiteral("serve: stopping after %1 run(s)").arg(runs));
    return Success;
}

} // namespace concord::ctl
