#include "conflict/reconcile.h"

#include <QDate>

namespace concord {

namespace {

// The soft-delete column's value for a live row and for a deleted one, by its declared type.
Value softDeleteMark(const FieldType &type, bool deleted)
{
    switch (type.kind) {
    case FieldType::Bool: return Value::fromBool(deleted);
    case FieldType::Int: return Value::fromInt(deleted ? 1 : 0);
    case FieldType::Decimal: return Value::fromDecimal(Decimal::fromInt(deleted ? 1 : 0));
    case FieldType::Timestamp:
        return deleted ? Value::fromTimestamp(Timestamp::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch()))
                       : Value();
    case FieldType::Date: return deleted ? Value::fromDate(QDate::currentDate()) : Value();
    default: return deleted ? Value::fromString(QStringLiteral("1")) : Value::fromString(QStringLiteral("0"));
    }
}

bool anyOf(const std::vector<char> &v)
{
    for (char c : v)
        if (c)
            return true;
    return false;
}

} // namespace

QString Reconciler::fingerprint(const SideView &source, const SideView &target)
{
    QString out;
    const auto side = [&](const SideView &v) {
        if (!v.exists)
            return QStringLiteral("-");
        quint64 h = 14695981039346656037ULL;
        for (quint64 x : v.hashes) {
            h ^= x;
            h *= 1099511628211ULL;
        }
        return QString::number(h, 16);
    };
    return side(source) + QLatin1Char(':') + side(target);
}

Result<Value> Reconciler::customValue(int field, const FieldChoice &choice) const
{
    if (choice.customNull)
        return Value();
    const FieldType &type = m_plan.target->schema.fields[m_plan.fieldTarget[std::size_t(field)]].type;
    return Value::fromString(choice.custom).convertTo(type);
}

void Reconciler::deleteOn(const SideView &side, bool sourceSide, SideWrite &w) const
{
    const DatasetDef &ds = sourceSide ? *m_plan.source : *m_plan.target;
    const int mark = ds.schema.indexOf(ds.schema.softDelete);
    if (mark >= 0) {
        w.kind = SideWrite::Kind::Update;
        w.fields = {mark};
        w.values = {softDeleteMark(ds.schema.fields[mark].type, true)};
    } else {
        w.kind = SideWrite::Kind::Delete;
    }
    Q_UNUSED(side);
}

void Reconciler::writeTarget(const SideView &source, const SideView &target, const std::vector<Flow> &flow,
                             const std::vector<Value> &both, Reconciliation &r) const
{
    // What the target receives: the source record mapped forward, with the values both sides take
    // put in, through the policy towards the target system.
    Record mapped = source.mapped, written;
    for (std::size_t i = 0; i < flow.size(); ++i)
        if (flow[i] == Flow::Both)
            mapped.values[std::size_t(m_plan.fieldOut[i])] = both[i];
    if (auto a = m_plan.toTarget.apply(mapped, written); !a.ok())
        return; // the source view applied the same policy already; a custom value the mask refuses stays unwritten
    SideWrite &w = r.target;
    const int softDelete = m_plan.target->schema.indexOf(m_plan.target->schema.softDelete);
    if (!target.exists) {
        for (std::size_t f = 0; f < m_plan.writtenTargetIndex.size(); ++f) {
            w.fields.push_back(m_plan.writtenTargetIndex[f]);
            w.values.push_back(written.values[f]);
        }
        if (target.present) { // soft-deleted: brought back
            w.kind = SideWrite::Kind::Update;
            if (softDelete >= 0 && std::find(w.fields.begin(), w.fields.end(), softDelete) == w.fields.end()) {
                w.fields.push_back(softDelete);
                w.values.push_back(softDeleteMark(m_plan.target->schema.fields[softDelete].type, false));
            }
        } else {
            w.kind = SideWrite::Kind::Insert;
        }
        return;
    }
    bool any = false;
    for (std::size_t i = 0; i < flow.size(); ++i) {
        if (flow[i] != Flow::ToTarget && flow[i] != Flow::Both)
            continue;
        const Value &v = written.values[std::size_t(m_plan.fieldWritten[i])];
        const int t = m_plan.fieldTarget[i];
        if (valueHash(v) == valueHash(target.row->values[std::size_t(t)]))
            continue;
        w.fields.push_back(t);
        w.values.push_back(v);
        any = true;
    }
    if (!any)
        return;
    // The version column moves with the data it dates, never backwards: a target changed later
    // than the source keeps its own time.
    const bool targetLater = target.time.isValid() && source.time.isValid() && target.time > source.time;
    for (int o : targetLater ? std::vector<int>() : m_plan.versionOut) {
        const int idx = int(m_plan.toTarget.writtenFields().indexOf(m_plan.forward.targetFields()[o]));
        if (idx < 0)
            continue;
        w.fields.push_back(m_plan.writtenTargetIndex[std::size_t(idx)]);
        w.values.push_back(written.values[std::size_t(idx)]);
    }
    w.kind = SideWrite::Kind::Update;
}

void Reconciler::writeSource(const SideView &source, const SideView &target, const std::vector<Flow> &flow,
                             const std::vector<Value> &both, Reconciliation &r) const
{
    // The target record as the reverse mapping reads it: the target's row with the values that
    // flow to the target (unmasked) or that both sides take put in.
    Record input = *target.row;
    std::vector<char> changed(std::size_t(m_plan.target->schema.fields.size()), 0);
    for (std::size_t i = 0; i < flow.size(); ++i) {
        const std::size_t t = std::size_t(m_plan.fieldTarget[i]);
        if (flow[i] == Flow::ToTarget && source.exists)
            input.values[t] = source.values[i];
        else if (flow[i] == Flow::Both)
            input.values[t] = both[i];
        if (flow[i] == Flow::ToSource || flow[i] == Flow::Both)
            changed[t] = 1;
    }
    Record mapped, written;
    const MapOutcome o = m_plan.reverse.map(input, mapped);
    if (o.kind != MapOutcome::Kind::Mapped)
        return;
    if (auto a = m_plan.toSource.apply(mapped, written); !a.ok())
        return;
    SideWrite &w = r.source;
    const int softDelete = m_plan.source->schema.indexOf(m_plan.source->schema.softDelete);
    const QStringList &keys = m_plan.source->schema.key;
    if (!source.exists) {
        for (std::size_t f = 0; f < m_plan.writtenSourceIndex.size(); ++f) {
            if (m_plan.writtenSourceIndex[f] < 0)
                continue;
            w.fields.push_back(m_plan.writtenSourceIndex[f]);
            w.values.push_back(written.values[f]);
        }
        if (source.present) {
            w.kind = SideWrite::Kind::Update;
            if (softDelete >= 0 && std::find(w.fields.begin(), w.fields.end(), softDelete) == w.fields.end()) {
                w.fields.push_back(softDelete);
                w.values.push_back(softDeleteMark(m_plan.source->schema.fields[softDelete].type, false));
            }
        } else {
            w.kind = SideWrite::Kind::Insert;
        }
        return;
    }
    bool any = false;
    std::vector<std::size_t> versions;
    for (std::size_t f = 0; f < m_plan.writtenSourceIndex.size(); ++f) {
        const int s = m_plan.writtenSourceIndex[f];
        if (s < 0 || keys.contains(m_plan.source->schema.fields[s].name))
            continue;
        if (m_plan.reverseVersion[f]) {
            versions.push_back(f);
            continue;
        }
        bool reads = false;
        for (int t : m_plan.reverseReads[f])
            reads = reads || (std::size_t(t) < changed.size() && changed[std::size_t(t)]);
        if (!reads)
            continue;
        if (valueHash(written.values[f]) == valueHash(source.row->values[std::size_t(s)]))
            continue;
        w.fields.push_back(s);
        w.values.push_back(written.values[f]);
        any = true;
    }
    if (!any)
        return;
    if (source.time.isValid() && target.time.isValid() && source.time > target.time)
        versions.clear(); // the source changed later: it keeps its own time
    for (std::size_t f : versions) {
        w.fields.push_back(m_plan.writtenSourceIndex[f]);
        w.values.push_back(written.values[f]);
    }
    w.kind = SideWrite::Kind::Update;
}

Reconciliation Reconciler::decide(const SideView &source, const SideView &target, const SyncBase *base,
                                  const ConflictResolution *resolution, const std::vector<Value> *baseValues) const
{
    Reconciliation r;
    const std::size_t n = std::size_t(m_plan.fields.size());
    const auto baseHash = [&](std::size_t i, bool sourceSide, quint64 *out) {
        const auto it = base->hashes.constFind(m_plan.fields[int(i)]);
        if (it == base->hashes.cend())
            return false;
        *out = sourceSide ? it->first : it->second;
        return true;
    };
    // Which fields each side changed since the base (every differing one when there is none).
    std::vector<char> changedSource(n, 0), changedTarget(n, 0);
    if (source.exists && target.exists) {
        for (std::size_t i = 0; i < n; ++i) {
            const bool agree = source.asTarget[i] == target.hashes[i];
            quint64 hs = 0, ht = 0;
            if (base && baseHash(i, true, &hs) && baseHash(i, false, &ht)) {
                changedSource[i] = source.hashes[i] != hs;
                changedTarget[i] = target.hashes[i] != ht;
            } else {
                changedSource[i] = changedTarget[i] = !agree;
            }
        }
    } else if (base) {
        for (std::size_t i = 0; i < n; ++i) {
            quint64 h = 0;
            if (source.exists)
                changedSource[i] = !baseHash(i, true, &h) || source.hashes[i] != h;
            if (target.exists)
                changedTarget[i] = !baseHash(i, false, &h) || target.hashes[i] != h;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (changedSource[i])
            r.changedSource.append(m_plan.fields[int(i)]);
        if (changedTarget[i])
            r.changedTarget.append(m_plan.fields[int(i)]);
    }

    std::vector<Flow> flow(n, Flow::Keep);
    std::vector<Value> both(n);

    // Whether a record lives: one side has it, the other does not.
    if (!source.exists && !target.exists)
        return r;
    if (source.exists != target.exists) {
        const bool sourceHas = source.exists;
        const SideView &has = sourceHas ? source : target;
        const SideView &lacks = sourceHas ? target : source;
        const bool hasChanged = anyOf(sourceHas ? changedSource : changedTarget);
        if (!base && !lacks.present) { // new on one side: create it on the other
            r.kind = Reconciliation::Kind::Apply;
            if (sourceHas)
                writeTarget(source, target, flow, both, r);
            else
                writeSource(source, target, flow, both, r);
            return r;
        }
        if (base && !hasChanged) { // deleted on one side, untouched on the other: delete there too
            r.kind = Reconciliation::Kind::Apply;
            deleteOn(has, sourceHas, sourceHas ? r.source : r.target);
            return r;
        }
        // Deleted on one side, changed on the other (or never agreed on).
        r.conflictKind = sourceHas ? QStringLiteral("delete_target") : QStringLiteral("delete_source");
        r.conflicting = sourceHas ? r.changedSource : r.changedTarget;
        bool keep = false;
        if (resolution) {
            keep = resolution->keepRecord;
        } else {
            const Verdict v = m_plan.policy.decideRecord(source.time, target.time);
            r.reason = v.reason;
            if (v.kind == Verdict::Kind::Manual) {
                r.kind = Reconciliation::Kind::Conflict;
                return r;
            }
            keep = (v.kind == Verdict::Kind::Source) == sourceHas;
            r.byPolicy = true;
        }
        r.kind = Reconciliation::Kind::Apply;
        if (keep) {
            if (sourceHas)
                writeTarget(source, target, flow, both, r);
            else
                writeSource(source, target, flow, both, r);
        } else {
            deleteOn(has, sourceHas, sourceHas ? r.source : r.target);
        }
        Q_UNUSED(lacks);
        return r;
    }

    // Both have it: merge field by field.
    std::vector<char> conflict(n, 0);
    const bool recordLevel = !m_plan.policy.fieldMerge() && anyOf(changedSource) && anyOf(changedTarget);
    for (std::size_t i = 0; i < n; ++i) {
        const bool agree = source.asTarget[i] == target.hashes[i];
        if (agree || (!changedSource[i] && !changedTarget[i]))
            continue;
        if ((changedSource[i] && changedTarget[i]) || recordLevel) {
            conflict[i] = 1;
            r.conflicting.append(m_plan.fields[int(i)]);
        } else {
            flow[i] = changedSource[i] ? Flow::ToTarget : Flow::ToSource;
        }
    }
    r.conflictKind = base ? QStringLiteral("update") : QStringLiteral("insert");
    QStringList reasons;
    QStringList needsSteward;
    bool manual = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (!conflict[i])
            continue;
        const QString &field = m_plan.fields[int(i)];
        if (resolution && resolution->fields.contains(field)) {
            const auto c = resolution->fields.constFind(field);
            switch (c->take) {
            case FieldChoice::Take::Source: flow[i] = Flow::ToTarget; break;
            case FieldChoice::Take::Target: flow[i] = Flow::ToSource; break;
            case FieldChoice::Take::Base:
                flow[i] = Flow::Both;
                if (baseValues && i < baseValues->size()) {
                    const FieldType &type = m_plan.target->schema.fields[m_plan.fieldTarget[i]].type;
                    const auto v = (*baseValues)[i].isNull() ? Result<Value>(Value()) : (*baseValues)[i].convertTo(type);
                    both[i] = v.ok() ? *v : (*baseValues)[i];
                } else {
                    r.mismatchedChoices = true; // no base to take
                    manual = true;
                }
                break;
            case FieldChoice::Take::Custom: {
                const auto v = customValue(int(i), *c);
                if (!v.ok()) {
                    r.mismatchedChoices = true;
                    r.reason = QStringLiteral("%1: %2").arg(field, v.error().message);
                    manual = true;
                    break;
                }
                flow[i] = Flow::Both;
                both[i] = *v;
                break;
            }
            }
            continue;
        }
        // The strategy decides what it can; a steward's resolution needs to cover only the rest.
        const Verdict v = m_plan.policy.decideField(field, source.time, target.time);
        if (v.kind == Verdict::Kind::Manual) {
            manual = true;
            needsSteward.append(field);
            if (resolution)
                r.mismatchedChoices = true;
            reasons.append(QStringLiteral("%1: %2").arg(field, v.reason));
            continue;
        }
        flow[i] = v.kind == Verdict::Kind::Source ? Flow::ToTarget : Flow::ToSource;
        r.byPolicy = true;
    }
    if (manual) {
        r.kind = Reconciliation::Kind::Conflict;
        if (!needsSteward.isEmpty())
            r.conflicting = needsSteward; // the fields the strategy decides are not asked about
        if (r.reason.isEmpty())
            r.reason = reasons.join(QStringLiteral("; "));
        r.source = SideWrite();
        r.target = SideWrite();
        return r;
    }
    bool any = false;
    for (Flow f : flow)
        any = any || f != Flow::Keep;
    if (!any)
        return r;
    r.kind = Reconciliation::Kind::Apply;
    writeTarget(source, target, flow, both, r);
    writeSource(source, target, flow, both, r);
    return r;
}

} // namespace concord
