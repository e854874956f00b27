#include "governance/operations.h"

#include "connectors/connector.h"
#include "governance/alerting.h"
#include "governance/faults.h"
#include "governance/schedule.h"
#include "log/log.h"
#include "policy/crypto.h"
#include "policy/masking.h"
#include "policy/policy.h"
#include "policy/sealedpayload.h"
#include "policy/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

namespace concord {

int ReplayResult::replayed() const
{
    return int(std::count_if(letters.cbegin(), letters.cend(),
                             [](const ReplayOutcome &o) { return o.status == QLatin1String("replayed"); }));
}

int ReplayResult::failed() const
{
    return int(std::count_if(letters.cbegin(), letters.cend(),
                             [](const ReplayOutcome &o) { return o.status == QLatin1String("failed"); }));
}

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

} // namespace

Operations::Operations(std::shared_ptr<const Workspace> workspace, StateStore *store)
    : m_workspace(std::move(workspace)), m_store(store)
{
}

void Operations::interrupt()
{
    if (PipelineRunner *r = m_active.load())
        r->interrupt();
}

void Operations::audit(const QString &actor, const QString &action, const QString &object, const QJsonObject &detail)
{
    if (auto r = m_store->appendAudit(AuditInput{actor, QString(), action, object, compact(detail), QString()}); !r.ok())
        log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
}

QString Operations::targetSystem(const QString &pipeline) const
{
    const auto it = m_workspace->pipelines.constFind(pipeline);
    if (it == m_workspace->pipelines.cend())
        return {};
    const DatasetDef *target = m_workspace->dataset(it->target);
    return target ? target->system : QString();
}

RunResult Operations::execute(const QString &pipeline, const RunOptions &options, const std::atomic<bool> &cancel,
                              const ProgressFn &progress, const StartedFn &started)
{
    const bool explicitRun = options.dryRun || options.trigger == QLatin1String("manual")
        || options.trigger == QLatin1String("backfill") || options.trigger == QLatin1String("probe");
    if (!explicitRun && m_workspace->pipelines.contains(pipeline)) {
        const auto control = m_store->control(pipeline);
        if (control.ok() && control->paused) {
            RunResult r;
            r.pipeline = pipeline;
            r.status = QStringLiteral("skipped");
            r.error = makeError(ErrorCode::PipelinePaused, QStringLiteral("pipeline '%1' is paused").arg(pipeline));
            return r;
        }
    }
    PipelineRunner runner(m_workspace, m_store);
    m_active.store(&runner);
    RunResult result = runner.run(pipeline, options, cancel, progress, started);
    m_active.store(nullptr);
    if (!options.dryRun)
        afterRun(result, options);
    return result;
}

// The outcome of a real run decides the retry schedule and the circuit of the system at fault.
void Operations::afterRun(const RunResult &result, const RunOptions &options)
{
    const auto pit = m_workspace->pipelines.constFind(result.pipeline);
    if (pit == m_workspace->pipelines.cend() || result.status == QLatin1String("cancelled"))
        return;
    // Another process holds the pipeline: not a failure of this pipeline's systems.
    if (result.status == QLatin1String("failed") && result.error.code == ErrorCode::PipelineBusy)
        return;
    auto control = m_store->control(result.pipeline);
    if (!control.ok())
        return;
    PipelineControl c = *control;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString system = targetSystem(result.pipeline);
    auto circuit = m_store->circuit(system);
    CircuitState cs = circuit.ok() ? *circuit : CircuitState::of(system);
    const bool failed = result.status == QLatin1String("failed");
    const bool transient = failed && classify(result.error) == FaultKind::Transient;

    if (!failed) {
        c.retryAttempt = 0;
        c.nextAttemptAt = QDateTime();
        c.consecutiveFailures = 0;
        c.lastErrorCode.clear();
        c.lastError.clear();
        c.exhausted = false;
        c.lastSucceededAt = now;
        if (cs.failures > 0 || cs.open) {
            if (cs.open)
                log::info(lcSync(), QStringLiteral("circuit to %1 closed: %2 wrote again").arg(system, result.pipeline));
            cs = CircuitState::of(system);
        }
    } else {
        ++c.consecutiveFailures;
        c.lastErrorCode = result.error.code;
        c.lastError = result.error.message;
        if (transient) {
            const RetrySettings &retry = pit->retry;
            // A fresh run (scheduled, manual) that fails starts a new series of retries.
            if (options.trigger != QLatin1String("retry") && options.trigger != QLatin1String("probe"))
                c.retryAttempt = 0;
            if (c.retryAttempt < retry.maxAttempts) {
                const qint64 wait = retryDelayMs(retry, c.retryAttempt, QRandomGenerator::global()->generateDouble());
                ++c.retryAttempt;
                c.nextAttemptAt = now.addMSecs(wait);
                c.exhausted = false;
                log::warning(lcSync(), QStringLiteral("%1 failed with %2; retry %3 of %4 in %5 s")
                                           .arg(result.pipeline, result.error.code)
                                           .arg(c.retryAttempt)
                                           .arg(retry.maxAttempts)
                                           .arg(double(wait) / 1000.0, 0, 'f', 1),
                             log::Fields{{}, result.error.code});
            } else {
                c.nextAttemptAt = QDateTime();
                c.exhausted = true;
                log::error(lcSync(), QStringLiteral("%1 failed with %2 %3 times; no more retries until its next scheduled run "
                                                    "or an operator's resume")
                                         .arg(result.pipeline, result.error.code)
                                         .arg(c.retryAttempt + 1),
                           log::Fields{{}, result.error.code});
            }
            if (result.faultSide == QLatin1String("target") && !system.isEmpty()) {
                ++cs.failures;
                cs.lastError = result.error.code + QLatin1String(": ") + result.error.message;
                const CircuitSettings &cb = m_workspace->circuit;
                if (cs.open) { // a probe that failed: wait longer
                    ++cs.probes;
                    cs.nextProbeAt = now.addMSecs(std::min(cb.maxProbeMs, cb.probeMs << std::min(cs.probes, 20)));
                } else if (cs.failures >= cb.failures) {
                    cs.open = true;
                    cs.openedAt = now;
                    cs.probes = 0;
                    cs.nextProbeAt = now.addMSecs(cb.probeMs);
                    log::error(lcSync(), QStringLiteral("circuit to %1 opened after %2 consecutive failures (%3); pipelines "
                                                        "writing to it wait, a probe follows at %4")
                                             .arg(system)
                                             .arg(cs.failures)
                                             .arg(result.error.code, cs.nextProbeAt.toLocalTime().toString(Qt::ISODate)),
                               log::Fields{{}, result.error.code});
                    audit(QStringLiteral("concord"), QStringLiteral("circuit.open"), QStringLiteral("system:") + system,
                          QJsonObject{{QStringLiteral("pipeline"), result.pipeline},
                                      {QStringLiteral("failures"), cs.failures},
                                      {QStringLiteral("error_code"), result.error.code}});
                }
            }
        } else {
            // Permanent: retrying will not help; the pipeline waits for a fix and its next run.
            c.nextAttemptAt = QDateTime();
            c.retryAttempt = 0;
            c.exhausted = false;
        }
    }
    if (auto r = m_store->saveControl(c); !r.ok())
        log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
    if (!system.isEmpty())
        if (auto r = m_store->saveCircuit(cs); !r.ok())
            log::error(lcStore(), r.error().message, log::Fields{{}, r.error().code});
    checkAlerts();
}

Result<void> Operations::pause(const QString &pipeline, const QString &actor, const QString &reason)
{
    if (!m_workspace->pipelines.contains(pipeline))
        return makeError(ErrorCode::PipelineNotFound, QStringLiteral("no pipeline named '%1'").arg(pipeline));
    auto control = m_store->control(pipeline);
    if (!control.ok())
        return control.error();
    PipelineControl c = *control;
    c.paused = true;
    c.pausedBy = actor;
    c.pausedAt = QDateTime::currentDateTimeUtc();
    c.pauseReason = reason;
    if (auto r = m_store->saveControl(c); !r.ok())
        return r;
    audit(actor, QStringLiteral("pipeline.pause"), QStringLiteral("pipeline:") + pipeline,
          QJsonObject{{QStringLiteral("reason"), reason}});
    log::info(lcSync(), QStringLiteral("%1 paused by %2").arg(pipeline, actor));
    return {};
}

Result<void> Operations::resume(const QString &pipeline, const QString &actor)
{
    if (!m_workspace->pipelines.contains(pipeline))
        return makeError(ErrorCode::PipelineNotFound, QStringLiteral("no pipeline named '%1'").arg(pipeline));
    auto control = m_store->control(pipeline);
    if (!control.ok())
        return control.error();
    PipelineControl c = *control;
    const bool wasPaused = c.paused;
    c.paused = false;
    c.pausedBy.clear();
    c.pausedAt = QDateTime();
    c.pauseReason.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.exhausted) { // the operator says the fault is fixed: try again now
        c.exhausted = false;
        c.retryAttempt = 0;
        c.nextAttemptAt = now;
    }
    if (auto r = m_store->saveControl(c); !r.ok())
        return r;
    const QString system = targetSystem(pipeline);
    bool probe = false;
    if (auto cs = m_store->circuit(system); cs.ok() && cs->open) {
        CircuitState open = *cs;
        open.nextProbeAt = now;
        m_store->saveCircuit(open);
        probe = true;
    }
    audit(actor, QStringLiteral("pipeline.resume"), QStringLiteral("pipeline:") + pipeline,
          QJsonObject{{QStringLiteral("was_paused"), wasPaused}, {QStringLiteral("probe_now"), probe}});
    log::info(lcSync(), QStringLiteral("%1 resumed by %2").arg(pipeline, actor));
    return {};
}

RunResult Operations::backfill(const QString &pipeline, const QDateTime &from, bool full, const QString &actor,
                               const std::atomic<bool> &cancel, const ProgressFn &progress, const StartedFn &started)
{
    audit(actor, QStringLiteral("pipeline.backfill"), QStringLiteral("pipeline:") + pipeline,
          QJsonObject{{QStringLiteral("from"), from.isValid() ? from.toUTC().toString(Qt::ISODate) : QString()},
                      {QStringLiteral("full"), full}});
    RunOptions options;
    options.actor = actor;
    options.trigger = QStringLiteral("backfill");
    options.full = full;
    if (!full)
        options.from = from;
    return execute(pipeline, options, cancel, progress, started);
}

Result<DeadLetterView> Operations::deadLetterView(qint64 id, const Holder &viewer) const
{
    const auto found = m_store->deadLetter(id);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no dead letter %1").arg(id));
    DeadLetterView view;
    view.letter = **found;
    const auto pit = m_workspace->pipelines.constFind(view.letter.pipeline);
    const DatasetDef *source = pit == m_workspace->pipelines.cend() ? nullptr : m_workspace->dataset(pit->source);
    if (!source) {
        view.decodeError = QStringLiteral("pipeline '%1' is no longer in the workspace").arg(view.letter.pipeline);
        view.letter.payload.clear();
        return view;
    }
    QByteArray secret;
    PayloadCodec plain(*source, {});
    if (plain.needsSecret()) {
        const auto s = cachedWorkspaceSecret(*m_workspace);
        if (s.ok())
            secret = *s;
    }
    const PayloadCodec codec(*source, secret);
    const auto record = codec.decode(view.letter.payload);
    view.letter.payload.clear(); // the raw payload never leaves: only the masked values do
    if (!record.ok()) {
        view.decodeError = record.error().message;
        return view;
    }
    MaskKeys keys;
    bool haveKeys = false;
    for (int i = 0; i < source->schema.fields.size(); ++i) {
        const Field &f = source->schema.fields[i];
        const PolicyDecision d = resolvePolicy(*m_workspace, *source, f, viewer);
        Value v = record->values[std::size_t(i)];
        if (d.action == PolicyDecision::Action::Drop) {
            v = Value();
        } else if (d.action == PolicyDecision::Action::Mask) {
            if (!haveKeys && (d.mask.kind == MaskStrategy::Kind::Hash || d.mask.kind == MaskStrategy::Kind::Token)) {
                if (const auto s = cachedWorkspaceSecret(*m_workspace); s.ok())
                    keys = MaskKeys::fromSecret(*s);
                haveKeys = true;
            }
            auto masked = applyMask(d.mask, v, keys);
            v = masked.ok() ? std::move(masked).value() : Value();
        }
        view.fields.append(f.name);
        view.values.append(v.isNull() ? QString() : v.toString());
        view.nulls.append(v.isNull() && d.action == PolicyDecision::Action::Pass);
        view.withheld.append(d.action != PolicyDecision::Action::Pass);
    }
    return view;
}

Result<void> Operations::editDeadLetter(qint64 id, const QString &field, const QString &valueText, bool makeNull,
                                        const QString &actor, const Holder &editor)
{
    const auto found = m_store->deadLetter(id);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no dead letter %1").arg(id));
    const DeadLetterRecord letter = **found;
    if (letter.status != QLatin1String("open"))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("dead letter %1 is %2; only open letters can be edited")
                                                       .arg(id)
                                                       .arg(letter.status));
    const auto pit = m_workspace->pipelines.constFind(letter.pipeline);
    const DatasetDef *source = pit == m_workspace->pipelines.cend() ? nullptr : m_workspace->dataset(pit->source);
    if (!source)
        return makeError(ErrorCode::PipelineNotFound, QStringLiteral("pipeline '%1' is no longer in the workspace").arg(letter.pipeline));
    const int index = source->schema.indexOf(field);
    if (index < 0)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("%1 has no field '%2' (fields: %3)")
                                                       .arg(source->id, field, source->schema.fieldNames().join(QStringLiteral(", "))));
    const Field &f = source->schema.fields[index];
    // Only someone who may see a field in clear may change it: an edit over a masked value would
    // replace what they cannot see.
    if (resolvePolicy(*m_workspace, *source, f, editor).action != PolicyDecision::Action::Pass)
        return makeError(ErrorCode::PolicyDenied, QStringLiteral("%1 may not see %2.%3 in clear, so may not edit it")
                                                      .arg(editor.label(), source->id, field));
    QByteArray secret;
    if (PayloadCodec(*source, {}).needsSecret()) {
        const auto s = cachedWorkspaceSecret(*m_workspace);
        if (!s.ok())
            return s.error();
        secret = *s;
    }
    const PayloadCodec codec(*source, secret);
    auto record = codec.decode(letter.payload);
    if (!record.ok())
        return record.error();
    Value v;
    if (!makeNull) {
        auto converted = Value::fromString(valueText).convertTo(f.type);
        if (!converted.ok())
            return makeError(ErrorCode::TypeMismatch, QStringLiteral("'%1' is not a valid %2 for field %3: %4")
                                                          .arg(f.sensitivity == Sensitivity::L3 ? QStringLiteral("the value") : valueText,
                                                               f.type.toString(), field, converted.error().message));
        v = *converted;
    }
    record->values[std::size_t(index)] = v;
    const auto payload = codec.encode(*record);
    if (!payload.ok())
        return payload.error();
    if (auto r = m_store->editDeadLetter(id, *payload); !r.ok())
        return r;
    // Digests of the stored (sealed) payloads, never the payloads: which record, before and after.
    audit(actor, QStringLiteral("deadletter.edit"), QStringLiteral("dead_letter:%1").arg(id),
          QJsonObject{{QStringLiteral("pipeline"), letter.pipeline},
                      {QStringLiteral("field"), field},
                      {QStringLiteral("null"), makeNull},
                      {QStringLiteral("payload_sha256_before"), crypto::sha256Hex(letter.payload.toUtf8())},
                      {QStringLiteral("payload_sha256_after"), crypto::sha256Hex(payload->toUtf8())}});
    return {};
}

ReplayResult Operations::replayLetters(const QList<DeadLetterRecord> &letters, const QString &actor,
                                       const std::atomic<bool> &cancel)
{
    ReplayResult out;
    QMap<QString, QList<DeadLetterRecord>> byPipeline;
    for (const DeadLetterRecord &l : letters) {
        if (l.status != QLatin1String("open")) {
            out.letters.append(ReplayOutcome{l.id, QStringLiteral("skipped"), QString(),
                                             QStringLiteral("dead letter %1 is already %2").arg(l.id).arg(l.status)});
            continue;
        }
        byPipeline[l.pipeline].append(l);
    }
    for (auto it = byPipeline.cbegin(); it != byPipeline.cend(); ++it) {
        QList<qint64> ids;
        QJsonObject digests;
        for (const DeadLetterRecord &l : it.value()) {
            ids.append(l.id);
            digests.insert(QString::number(l.id), crypto::sha256Hex(l.payload.toUtf8()));
        }
        audit(actor, QStringLiteral("deadletter.replay"), QStringLiteral("pipeline:") + it.key(),
              QJsonObject{{QStringLiteral("ids"), idArray(ids)}, {QStringLiteral("payload_sha256"), digests}});
        RunOptions options;
        options.actor = actor;
        options.trigger = QStringLiteral("replay");
        PipelineRunner runner(m_workspace, m_store);
        m_active.store(&runner);
        QList<QPair<qint64, Error>> outcomes;
        const RunResult run = runner.replay(it.key(), it.value(), options, cancel, &outcomes);
        m_active.store(nullptr);
        QSet<qint64> reached;
        for (const auto &o : std::as_const(outcomes)) {
            reached.insert(o.first);
            out.letters.append(ReplayOutcome{o.first, o.second.code.isEmpty() ? QStringLiteral("replayed") : QStringLiteral("failed"),
                                             o.second.code, o.second.message});
        }
        for (qint64 id : std::as_const(ids))
            if (!reached.contains(id))
                out.letters.append(ReplayOutcome{id, QStringLiteral("skipped"), run.error.code,
                                                 run.status == QLatin1String("failed") ? run.error.message
                                                                                      : QStringLiteral("not reached")});
        out.runs.append(run);
        afterRun(run, options);
    }
    return out;
}

ReplayResult Operations::replay(const QList<qint64> &ids, const QString &actor, const std::atomic<bool> &cancel)
{
    QList<DeadLetterRecord> letters;
    ReplayResult unknown;
    for (qint64 id : ids) {
        const auto found = m_store->deadLetter(id);
        if (found.ok() && found->has_value())
            letters.append(**found);
        else
            unknown.letters.append(ReplayOutcome{id, QStringLiteral("skipped"), ErrorCode::NotFound,
                                                 QStringLiteral("no dead letter %1").arg(id)});
    }
    ReplayResult r = replayLetters(letters, actor, cancel);
    r.letters = unknown.letters + r.letters;
    return r;
}

ReplayResult Operations::replayAll(const QString &pipeline, const QString &actor, const std::atomic<bool> &cancel)
{
    DeadLetterFilter f;
    f.pipeline = pipeline;
    f.status = QStringLiteral("open");
    f.limit = 1000000;
    auto letters = m_store->deadLetters(f);
    if (!letters.ok())
        return {};
    QList<DeadLetterRecord> oldestFirst(letters->crbegin(), letters->crend());
    return replayLetters(oldestFirst, actor, cancel);
}

Result<int> Operations::discard(const QList<qint64> &ids, const QString &reason, const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("say why the dead letters are discarded (a reason is required)"));
    int closed = 0;
    QList<qint64> done;
    for (qint64 id : ids) {
        const auto r = m_store->resolveDeadLetter(id, QStringLiteral("discarded"), actor, reason);
        if (!r.ok())
            return r.error();
        if (*r) {
            ++closed;
            done.append(id);
        }
    }
    if (!done.isEmpty())
        audit(actor, QStringLiteral("deadletter.discard"), QStringLiteral("dead_letters"),
              QJsonObject{{QStringLiteral("ids"), idArray(done)}, {QStringLiteral("reason"), reason}});
    return closed;
}

QList<AlertRecord> Operations::checkAlerts()
{
    QList<AlertRecord> raised;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The widest window any rule needs, read once per pipeline.
    qint64 widest = 3600000;
    for (const AlertRule &rule : m_workspace->alerts.rules)
        widest = std::max(widest, rule.windowMs);
    const auto circuits = m_store->circuits();
    for (const PipelineDef &p : std::as_const(m_workspace->pipelines)) {
        const auto buckets = m_store->metrics(p.name, now.addMSecs(-widest - 60000), now.addSecs(60));
        const QList<MetricBucket> all = buckets.ok() ? *buckets : QList<MetricBucket>();
        AlertFacts facts;
        facts.pipeline = p.name;
        facts.window = [&all, now](qint64 ms) {
            QList<MetricBucket> in;
            const QDateTime from = now.addMSecs(-ms);
            for (const MetricBucket &b : all)
                if (b.start.addSecs(60) > from)
                    in.append(b);
            return summarize(in);
        };
        facts.control = m_store->control(p.name).value_or(PipelineControl::of(p.name));
        const QString system = targetSystem(p.name);
        facts.circuit = m_store->circuit(system).value_or(CircuitState::of(system));
        facts.backlog = summarize(all).backlog;
        for (const AlertRule &rule : m_workspace->alerts.rules) {
            if (!rule.pipelines.isEmpty() && !rule.pipelines.contains(p.name))
                continue;
            if (const auto a = reportCondition(rule.name, rule.severity, p.name, evaluateAlertRule(rule, facts)))
                raised.append(*a);
        }
    }
    return raised;
}

std::optional<AlertRecord> Operations::reportCondition(const QString &rule, const QString &severity,
                                                       const QString &pipeline, const std::optional<AlertFiring> &firing)
{
    if (firing) {
        bool isNew = false;
        const auto a = m_store->raiseAlert(rule, severity, pipeline, firing->message, firing->value, &isNew);
        if (a.ok() && isNew) {
            const QString line = QStringLiteral("alert %1 (%2): %3").arg(rule, severity, firing->message);
            if (severityRank(severity) >= 3)
                log::error(lcSync(), line);
            else
                log::warning(lcSync(), line);
            m_raised.append(*a);
            notify(*a);
            return *a;
        }
    } else if (const auto active = m_store->activeAlert(rule, pipeline); active.ok() && active->has_value()) {
        m_store->resolveAlert((*active)->id);
        log::info(lcSync(), QStringLiteral("alert %1 on %2 resolved").arg(rule, pipeline));
    }
    return std::nullopt;
}

QList<AlertRecord> Operations::takeRaisedAlerts()
{
    return std::exchange(m_raised, {});
}

void Operations::notify(const AlertRecord &alert)
{
    const AlertSettings &s = m_workspace->alerts;
    if (s.webhookUrl.isEmpty() || severityRank(alert.severity) < severityRank(s.webhookMinSeverity))
        return;
    QByteArray secret;
    if (!s.webhookSecret.isEmpty()) {
        const auto read = readSecret(s.webhookSecret);
        if (!read.ok()) {
            log::error(lcSync(), QStringLiteral("alert webhook not signed, not sent: %1").arg(read.error().message),
                       log::Fields{{}, read.error().code});
            return;
        }
        secret = *read;
    }
    const QString url = signedWebhookUrl(s.webhookUrl, secret, QDateTime::currentMSecsSinceEpoch());
    if (auto r = postWebhook(url, webhookBody(alert, m_workspace->name)); !r.ok()) {
        log::error(lcSync(), QStringLiteral("alert webhook failed: %1").arg(r.error().message), log::Fields{{}, r.error().code});
        return;
    }
    m_store->markAlertNotified(alert.id);
}

Result<bool> Operations::acknowledgeAlert(qint64 id, const QString &actor)
{
    const auto r = m_store->acknowledgeAlert(id, actor);
    if (r.ok() && *r)
        audit(actor, QStringLiteral("alert.acknowledge"), QStringLiteral("alert:%1").arg(id), QJsonObject{});
    return r;
}

QDateTime Operations::nextScheduled(const PipelineDef &p, const PipelineControl &c, const QDateTime &now) const
{
    if (p.schedule.isEmpty())
        return {};
    const auto schedule = Schedule::parse(p.schedule);
    if (!schedule.ok())
        return {};
    // An interval counts from the last run it scheduled, or from the last success of any run (a
    // manual one too); never run: at once. A cron expression fires at its own times.
    if (schedule->isInterval()) {
        QDateTime base = c.lastScheduledAt;
        if (c.lastSucceededAt.isValid() && (!base.isValid() || c.lastSucceededAt > base))
            base = c.lastSucceededAt;
        return base.isValid() ? schedule->next(base) : now;
    }
    return schedule->next(c.lastScheduledAt.isValid() ? c.lastScheduledAt : now);
}

QList<DueRun> Operations::due(const QDateTime &now)
{
    QMap<QString, DueRun> due;
    QMap<QString, QStringList> after;
    const auto controls = m_store->controls();
    QMap<QString, PipelineControl> byName;
    if (controls.ok())
        for (const PipelineControl &c : *controls)
            byName.insert(c.pipeline, c);
    QSet<QString> probing; // one probe per open circuit
    for (const PipelineDef &p : std::as_const(m_workspace->pipelines)) {
        after.insert(p.name, p.after);
        if (!p.enabled)
            continue;
        const PipelineControl c = byName.value(p.name, PipelineControl::of(p.name));
        if (c.paused)
            continue;
        const QString system = targetSystem(p.name);
        const CircuitState cs = m_store->circuit(system).value_or(CircuitState::of(system));
        if (cs.open) {
            if (cs.nextProbeAt.isValid() && cs.nextProbeAt <= now && !probing.contains(system)) {
                probing.insert(system);
                due.insert(p.name, DueRun{p.name, QStringLiteral("probe"), now});
            }
            continue;
        }
        if (c.nextAttemptAt.isValid() && c.nextAttemptAt <= now) {
            due.insert(p.name, DueRun{p.name, QStringLiteral("retry"), now});
            continue;
        }
        const QDateTime next = nextScheduled(p, c, now);
        if (next.isValid() && next <= now) {
            // Missed slots (the machine was off) are run once, not once each.
            const auto schedule = Schedule::parse(p.schedule);
            QDateTime slot = next;
            for (int i = 0; i < 100000 && schedule.ok(); ++i) {
                const QDateTime n = schedule->next(slot);
                if (!n.isValid() || n > now)
                    break;
                slot = n;
            }
            due.insert(p.name, DueRun{p.name, QStringLiteral("schedule"), slot});
            continue;
        }
        // `after:` alone: when every pipeline it waits for has succeeded since it last ran.
        if (p.schedule.isEmpty() && !p.after.isEmpty()) {
            bool ready = true;
            for (const QString &dep : p.after) {
                const PipelineControl d = byName.value(dep, PipelineControl::of(dep));
                if (!d.lastSucceededAt.isValid() || (c.lastScheduledAt.isValid() && d.lastSucceededAt <= c.lastScheduledAt))
                    ready = false;
            }
            if (ready)
                due.insert(p.name, DueRun{p.name, QStringLiteral("dependency"), now});
        }
    }
    const auto order = dependencyOrder(after);
    QList<DueRun> out;
    for (const QString &name : order.ok() ? *order : m_workspace->pipelines.keys())
        if (due.contains(name))
            out.append(due.value(name));
    return out;
}

Result<void> Operations::markStarted(const DueRun &run)
{
    auto control = m_store->control(run.pipeline);
    if (!control.ok())
        return control.error();
    PipelineControl c = *control;
    if (run.trigger == QLatin1String("schedule") || run.trigger == QLatin1String("dependency"))
        c.lastScheduledAt = run.slot;
    if (run.trigger == QLatin1String("retry"))
        c.nextAttemptAt = QDateTime(); // afterRun sets the next one if this fails too
    return m_store->saveControl(c);
}

QDateTime Operations::nextWake(const QDateTime &now)
{
    QDateTime earliest;
    const auto consider = [&earliest](const QDateTime &t) {
        if (t.isValid() && (!earliest.isValid() || t < earliest))
            earliest = t;
    };
    for (const PipelineDef &p : std::as_const(m_workspace->pipelines)) {
        if (!p.enabled)
            continue;
        const PipelineControl c = m_store->control(p.name).value_or(PipelineControl::of(p.name));
        if (c.paused)
            continue;
        const QString system = targetSystem(p.name);
        const CircuitState cs = m_store->circuit(system).value_or(CircuitState::of(system));
        if (cs.open) {
            consider(cs.nextProbeAt);
            continue;
        }
        consider(c.nextAttemptAt);
        consider(nextScheduled(p, c, now));
    }
    return earliest;
}

void Operations::measureBacklogs()
{
    for (const PipelineDef &p : std::as_const(m_workspace->pipelines)) {
        qint64 backlog = -1;
        const auto outbox = m_store->pendingOutboxCount(p.name);
        if (outbox.ok() && *outbox > 0) {
            backlog = *outbox;
        } else if (const DatasetDef *src = m_workspace->dataset(p.source)) {
            auto source = createSource(*m_workspace, *src);
            const auto checkpoint = m_store->checkpoint(p.name);
            if (source.ok() && checkpoint.ok() && (*source)->open(*checkpoint).ok()) {
                const auto n = (*source)->countPending();
                if (n.ok())
                    backlog = (*source)->snapshotOnly() && checkpoint->isEmpty() ? 0 : *n;
                (*source)->close();
            }
        }
        if (backlog >= 0) {
            MetricDelta m;
            m.backlog = backlog;
            m_store->addMetrics(p.name, QDateTime::currentDateTimeUtc(), m);
        }
    }
}

QList<PipelineOverview> Operations::overview(const QString &runningPipeline) const
{
    QList<PipelineOverview> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto lastRuns = m_store->lastRuns().value_or({});
    for (const PipelineDef &p : std::as_const(m_workspace->pipelines)) {
        PipelineOverview o;
        o.pipeline = p.name;
        o.lastStatus = lastRuns.value(p.name).first;
        o.lastRunAt = lastRuns.value(p.name).second;
        o.control = m_store->control(p.name).value_or(PipelineControl::of(p.name));
        o.targetSystem = targetSystem(p.name);
        o.circuit = m_store->circuit(o.targetSystem).value_or(CircuitState::of(o.targetSystem));
        const auto buckets = m_store->metrics(p.name, now.addMSecs(-kDayMs), now.addSecs(60));
        const MetricSummary day = summarize(buckets.value_or({}));
        o.successRate = day.successRate();
        o.attempted = day.attempted();
        o.backlog = day.backlog;
        o.openDeadLetters = m_store->openDeadLetterCount(p.name).value_or(0);
        if (!p.enabled) {
            o.state = QStringLiteral("disabled");
        } else if (p.name == runningPipeline) {
            o.state = QStringLiteral("running");
        } else if (o.control.paused) {
            o.state = QStringLiteral("paused");
            o.detail = o.control.pauseReason;
        } else if (o.circuit.open) {
            o.state = QStringLiteral("circuit_open");
            o.detail = o.circuit.lastError;
            o.nextRunAt = o.circuit.nextProbeAt;
            o.nextRunKind = QStringLiteral("probe");
        } else if (o.control.nextAttemptAt.isValid()) {
            o.state = QStringLiteral("retrying");
            o.detail = o.control.lastError;
            o.nextRunAt = o.control.nextAttemptAt;
            o.nextRunKind = QStringLiteral("retry");
        } else if (!o.control.lastErrorCode.isEmpty()) {
            o.state = QStringLiteral("failing");
            o.detail = o.control.lastError;
        } else {
            o.state = QStringLiteral("idle");
        }
        if (!o.nextRunAt.isValid() && p.enabled && !o.control.paused) {
            o.nextRunAt = nextScheduled(p, o.control, now);
            if (o.nextRunAt.isValid())
                o.nextRunKind = QStringLiteral("schedule");
        }
        out.append(o);
    }
    return out;
}

Result<void> openOperations(const std::shared_ptr<const Workspace> &workspace, std::unique_ptr<StateStore> &store,
                            std::unique_ptr<Operations> &ops)
{
    if (!workspace)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("no workspace is open"));
    if (ops)
        return {};
    auto opened = std::make_unique<StateStore>();
    if (auto r = opened->open(workspace->stateStorePath()); !r.ok())
        return r;
    store = std::move(opened);
    ops = std::make_unique<Operations>(workspace, store.get());
    return {};
}

} // namespace concord
