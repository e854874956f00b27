#include "consistency/discrepancyview.h"

#include "consistency/compareplan.h"
#include "policy/sealedpayload.h"
#include "policy/secrets.h"
#include "policy/viewpolicy.h"

namespace concord {

namespace {

struct FieldView
{
    QString name;
    int targetIndex = -1;
    PolicyDecision decision;
};

// `value` as `d` lets the viewer see it; withheld when masked or dropped.
QString shown(const Value &value, const PolicyDecision &d, const MaskKeys &keys, bool *isNull)
{
    *isNull = false;
    if (d.action == PolicyDecision::Action::Drop)
        return QString();
    if (d.action == PolicyDecision::Action::Mask) {
        const auto masked = applyMask(d.mask, value, keys);
        return masked.ok() && !masked->isNull() ? masked->toString() : QString();
    }
    *isNull = value.isNull();
    return value.toString();
}

} // namespace

Result<QList<DiscrepancyRow>> viewDiscrepancies(const Workspace &ws, const StateStore &store,
                                                const DiscrepancyQuery &query, const Holder &viewer)
{
    const auto plan = ComparePlan::build(ws, query.pipeline);
    if (!plan.ok())
        return plan.error();
    std::vector<FieldView> fields;
    bool needsKeys = false;
    for (int i = 0; i < plan->fields.size(); ++i) {
        FieldView f;
        f.name = plan->fields[i];
        f.targetIndex = plan->target->schema.indexOf(f.name);
        f.decision = PolicyPlan::decideOutput(ws, plan->mapping, *plan->source, *plan->target,
                                              plan->plan.writtenFrom()[std::size_t(i)], viewer);
        needsKeys = needsKeys
            || (f.decision.action == PolicyDecision::Action::Mask
                && (f.decision.mask.kind == MaskStrategy::Kind::Hash || f.decision.mask.kind == MaskStrategy::Kind::Token));
        fields.push_back(f);
    }
    MaskKeys keys;
    if (needsKeys) {
        const auto secret = cachedWorkspaceSecret(ws);
        if (!secret.ok())
            return secret.error();
        keys = MaskKeys::fromSecret(*secret);
    }
    bool keyWithheld = false;
    for (int k : plan->key)
        keyWithheld = keyWithheld || fields[std::size_t(k)].decision.action != PolicyDecision::Action::Pass;

    const auto latest = store.consistencyRuns(query.pipeline, 1);
    if (!latest.ok())
        return latest.error();
    const qint64 latestId = latest->isEmpty() ? 0 : latest->front().id;
    const auto stored = store.discrepancies(query.pipeline, query.includeClosed);
    if (!stored.ok())
        return stored.error();

    const PayloadCodec codec(*plan->target, plan->secret);
    const QString search = query.search.trimmed();
    QList<DiscrepancyRow> out;
    for (const StoredDiscrepancy &s : *stored) {
        if (!query.kind.isEmpty() && discrepancyKindName(s.kind) != query.kind)
            continue;
        if (!query.field.isEmpty() && !s.fields.contains(query.field))
            continue;
        DiscrepancyRow row;
        row.id = s.id;
        row.pipeline = s.pipeline;
        row.kind = s.kind;
        row.status = s.status;
        row.isNew = s.firstRun == latestId && s.status == QLatin1String("open");
        row.firstSeen = s.firstSeen;
        row.lastSeen = s.lastSeen;
        row.differing = s.fields;
        std::optional<Record> source;
        std::optional<Record> target;
        QString decodeError;
        if (!s.sourcePayload.isEmpty()) {
            auto r = codec.decode(s.sourcePayload);
            if (r.ok())
                source = std::move(r).value();
            else
                decodeError = r.error().message;
        }
        if (!s.targetPayload.isEmpty()) {
            auto r = codec.decode(s.targetPayload);
            if (r.ok())
                target = std::move(r).value();
            else
                decodeError = r.error().message;
        }
        QStringList hidden; // the clear values the viewer may not see, kept out of the note
        Key shownKey;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const FieldView &f = fields[i];
            const Value none;
            const Value &sv = source && f.targetIndex >= 0 ? source->values[std::size_t(f.targetIndex)] : none;
            const Value &tv = target && f.targetIndex >= 0 ? target->values[std::size_t(f.targetIndex)] : none;
            bool sNull = false;
            bool tNull = false;
            row.fields.append(f.name);
            row.sourceValues.append(source ? shown(sv, f.decision, keys, &sNull) : QString());
            row.targetValues.append(target ? shown(tv, f.decision, keys, &tNull) : QString());
            row.sourceNull.append(source && sNull);
            row.targetNull.append(target && tNull);
            const bool withheld = f.decision.action != PolicyDecision::Action::Pass;
            row.withheld.append(withheld);
            if (withheld) {
                hidden << sv.toString() << tv.toString();
            }
            if (std::find(plan->key.begin(), plan->key.end(), int(i)) != plan->key.end())
                shownKey.parts.push_back(Value::fromString(source ? row.sourceValues.back() : row.targetValues.back()));
        }
        row.key = keyWithheld && (source || target) ? shownKey.toString() : s.key;
        row.note = withoutWithheldValues(decodeError.isEmpty() ? s.note : decodeError, hidden);
        if (!search.isEmpty()) {
            bool hit = row.key.contains(search, Qt::CaseInsensitive) || row.note.contains(search, Qt::CaseInsensitive);
            for (int i = 0; i < row.fields.size() && !hit; ++i)
                hit = row.sourceValues[i].contains(search, Qt::CaseInsensitive)
                    || row.targetValues[i].contains(search, Qt::CaseInsensitive);
            if (!hit)
                continue;
        }
        out.append(std::move(row));
        if (query.limit >= 0 && out.size() >= query.limit)
            break;
    }
    return out;
}

} // namespace concord
