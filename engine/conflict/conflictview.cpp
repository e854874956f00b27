// Conflicts as one person may see them (the conflict queue, `concordctl conflicts`): the sealed
// values decoded and each field masked for the viewer through the one policy function, as the
// discrepancy review does.

#include "conflict/twowayrunner.h"

#include "policy/secrets.h"
#include "policy/viewpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

QString FieldChoice::takeName(Take t)
{
    switch (t) {
    case Take::Source: return QStringLiteral("source");
    case Take::Target: return QStringLiteral("target");
    case Take::Base: return QStringLiteral("base");
    case Take::Custom: return QStringLiteral("custom");
    }
    return QString();
}

bool FieldChoice::takeFromName(const QString &name, Take *t)
{
    static const QList<QPair<QString, Take>> names = {{QStringLiteral("source"), Take::Source},
                                                      {QStringLiteral("target"), Take::Target},
                                                      {QStringLiteral("base"), Take::Base},
                                                      {QStringLiteral("custom"), Take::Custom}};
    for (const auto &n : names)
        if (n.first == name) {
            *t = n.second;
            return true;
        }
    return false;
}

namespace {

ConflictCell cell(const std::vector<Value> *values, std::size_t i, const PolicyDecision &d, const MaskKeys &keys)
{
    ConflictCell c;
    if (!values || i >= values->size()) {
        c.absent = true;
        return c;
    }
    const Value &v = (*values)[i];
    if (d.action == PolicyDecision::Action::Drop) {
        c.withheld = true;
        return c;
    }
    if (d.action == PolicyDecision::Action::Mask) {
        c.withheld = true;
        const auto masked = applyMask(d.mask, v, keys);
        c.text = masked.ok() && !masked->isNull() ? masked->toString() : QString();
        return c;
    }
    c.null = v.isNull();
    c.text = v.toString();
    return c;
}

} // namespace

Result<QList<ConflictView>> viewConflicts(const Workspace &ws, const StateStore &store, const ConflictQuery &query,
                                          const Holder &viewer)
{
    const auto stored = store.conflicts(query.pipeline, query.includeClosed, query.ids, query.limit);
    if (!stored.ok())
        return stored.error();
    QMap<QString, std::shared_ptr<TwoWayPlan>> plans;
    QMap<QString, QList<PolicyDecision>> decisions;
    QMap<QString, MaskKeys> maskKeys;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ConflictView> out;
    for (const StoredConflict &s : *stored) {
        if (!query.field.isEmpty() && !s.fields.contains(query.field))
            continue;
        if (query.olderThanSecs > 0 && s.detectedAt.secsTo(now) < query.olderThanSecs)
            continue;
        if (!plans.contains(s.pipeline)) {
            auto plan = TwoWayPlan::build(ws, s.pipeline);
            if (!plan.ok()) { // the pipeline is gone or broken: its conflicts cannot be shown
                plans.insert(s.pipeline, nullptr);
                continue;
            }
            auto shared = std::make_shared<TwoWayPlan>(std::move(*plan));
            QList<PolicyDecision> ds;
            bool needsKeys = false;
            for (std::size_t i = 0; i < shared->fieldOut.size(); ++i) {
                const PolicyDecision d = PolicyPlan::decideOutput(ws, shared->forward, *shared->source, *shared->target,
                                                                  shared->fieldOut[i], viewer);
                needsKeys = needsKeys
                    || (d.action == PolicyDecision::Action::Mask
                        && (d.mask.kind == MaskStrategy::Kind::Hash || d.mask.kind == MaskStrategy::Kind::Token));
                ds.append(d);
            }
            MaskKeys keys;
            if (needsKeys) {
                const auto secret = cachedWorkspaceSecret(ws);
                if (!secret.ok())
                    return secret.error();
                keys = MaskKeys::fromSecret(*secret);
            }
            plans.insert(s.pipeline, shared);
            decisions.insert(s.pipeline, ds);
            maskKeys.insert(s.pipeline, keys);
        }
        const std::shared_ptr<TwoWayPlan> plan = plans.value(s.pipeline);
        if (!plan)
            continue;
        if (!query.dataset.isEmpty() && plan->source->id != query.dataset && plan->target->id != query.dataset)
            continue;
        const QList<PolicyDecision> &ds = decisions[s.pipeline];
        const MaskKeys &keys = maskKeys[s.pipeline];
        ConflictView v;
        v.id = s.id;
        v.pipeline = s.pipeline;
        v.sourceDataset = plan->source->id;
        v.targetDataset = plan->target->id;
        v.sourceSystem = plan->source->system;
        v.targetSystem = plan->target->system;
        v.key = s.key;
        v.kind = s.kind;
        v.fields = plan->fields;
        v.conflicting = s.fields;
        v.changedSource = s.changedSource;
        v.changedTarget = s.changedTarget;
        v.sourceTime = s.sourceTime;
        v.targetTime = s.targetTime;
        v.detectedAt = s.detectedAt;
        v.updatedAt = s.updatedAt;
        v.reason = s.reason;
        v.status = s.status;
        v.runId = s.runId;
        v.resolvedBy = s.resolvedBy;
        v.resolvedAt = s.resolvedAt;
        v.comment = s.comment;
        const QJsonObject resolution = QJsonDocument::fromJson(s.resolution.toUtf8()).object();
        const QJsonObject choices = resolution.value(QStringLiteral("choices")).toObject();
        for (auto it = choices.constBegin(); it != choices.constEnd(); ++it)
            v.choices.insert(it.key(), it.value().toString());
        v.keptRecord = resolution.value(QStringLiteral("keep")).toBool(true);
        const auto decode = [&](const QString &payload) -> std::optional<std::vector<Value>> {
            if (payload.isEmpty())
                return std::nullopt;
            auto r = plan->decodeFields(payload);
            if (!r.ok())
                return std::nullopt;
            return std::move(*r);
        };
        const auto base = decode(s.basePayload);
        const auto source = decode(s.sourcePayload);
        const auto target = decode(s.targetPayload);
        for (std::size_t i = 0; i < plan->fieldOut.size(); ++i) {
            const PolicyDecision &d = ds[int(i)];
            v.base.append(cell(base ? &*base : nullptr, i, d, keys));
            v.source.append(cell(source ? &*source : nullptr, i, d, keys));
            v.target.append(cell(target ? &*target : nullptr, i, d, keys));
            v.masked.append(d.action != PolicyDecision::Action::Pass);
        }
        out.append(v);
    }
    return out;
}

} // namespace concord
