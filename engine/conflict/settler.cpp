#include "conflict/settler.h"

#include <QJsonDocument>

namespace concord::twoway {

namespace {

Result<WriteOutcome> applyWrite(RecordTable &table, const Key &key, const SideWrite &w)
{
    switch (w.kind) {
    case SideWrite::Kind::Insert: return table.insert(w.fields, w.values);
    case SideWrite::Kind::Update: return table.update(key, w.fields, w.values);
    case SideWrite::Kind::Delete: return table.remove(key);
    case SideWrite::Kind::None: break;
    }
    return WriteOutcome{WriteOutcome::Kind::Unchanged, Error()};
}

void count(RunResult &result, const SideWrite &w, const WriteOutcome &o, bool sourceSide)
{
    if (w.kind == SideWrite::Kind::None)
        return;
    switch (o.kind) {
    case WriteOutcome::Kind::Inserted: ++result.inserted; break;
    case WriteOutcome::Kind::Updated: ++result.updated; break;
    case WriteOutcome::Kind::Deleted: ++result.deleted; break;
    default: return;
    }
    if (sourceSide)
        ++result.sourceWrites;
}

} // namespace

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<Settled> Settler::settle(const Key &sourceKey, const Key &targetKey, const SyncBase *base,
                       const ConflictResolution *resolution, const std::vector<Value> *baseValues,
                       RunResult &result, const QString *expected)
{
    Settled s;
    if (auto r = look(sourceKey, targetKey, s); !r.ok())
        return r.error();
    if (s.failure || s.skipped)
        return s;
    if (expected && Reconciler::fingerprint(s.source, s.target) != *expected) {
        // Decided on values that are gone: nothing is written; the conflict as it is now.
        s.stale = true;
        s.rec = m_reconciler.decide(s.source, s.target, base);
        return s;
    }
    s.rec = m_reconciler.decide(s.source, s.target, base, resolution, baseValues);
    if (s.rec.kind != Reconciliation::Kind::Apply || m_dryRun) {
        if (m_dryRun && s.rec.kind == Reconciliation::Kind::Apply) {
            for (const SideWrite *w : {&s.rec.target, &s.rec.source}) {
                if (w->kind == SideWrite::Kind::Insert)
                    ++result.inserted;
                else if (w->kind == SideWrite::Kind::Update)
                    ++result.updated;
                else if (w->kind == SideWrite::Kind::Delete)
                    ++result.deleted;
            }
            if (s.rec.source.kind != SideWrite::Kind::None)
                ++result.sourceWrites;
        }
        return s;
    }
    const auto t = applyWrite(m_target, targetKey, s.rec.target);
    if (!t.ok())
        return t.error();
    if (t->kind == WriteOutcome::Kind::Rejected) {
        s.failure = t->error;
        return s;
    }
    count(result, s.rec.target, *t, false);
    const Key sourceWriteKey = s.rec.source.kind == SideWrite::Kind::Insert ? Key() : sourceKey;
    const auto w = applyWrite(m_source, sourceWriteKey, s.rec.source);
    if (!w.ok())
        return w.error();
    if (w->kind == WriteOutcome::Kind::Rejected) {
        s.failure = w->error;
        return s;
    }
    count(result, s.rec.source, *w, true);
    s.written = true;
    // The base is what both sides hold now, read back: a write Concord made comes back with
    // these very hashes, and is known for an echo.
    if (auto r = look(sourceKey, targetKey, s); !r.ok())
        return r.error();
    return s;
}

Result<void> Settler::look(const Key &sourceKey, const Key &targetKey, Settled &s)
{
    const auto sourceRow = m_source.fetch(sourceKey);
    if (!sourceRow.ok())
        return sourceRow.error();
    const auto targetRow = m_target.fetch(targetKey);
    if (!targetRow.ok())
        return targetRow.error();
    if (auto r = m_plan.viewSource(*sourceRow, s.source, &s.skipped); !r.ok()) {
        s.failure = r.error();
        return {};
    }
    if (auto r = m_plan.viewTarget(*targetRow, s.target); !r.ok())
        s.failure = r.error();
    return {};
}

// What the store keeps of a settled record: its new base, or the conflict to queue.
void keep(const TwoWayPlan &plan, const Settled &s, const QString &storedKey, const SyncBase *base,
          const Key &sourceKey, const Key &targetKey, std::optional<qint64> openConflict, TwoWayCommit &commit)
{
    // Lineage: the target written from the source record, and the source from the target's.
    if (s.written) {
        const auto op = [](SideWrite::Kind k) {
            return k == SideWrite::Kind::Insert ? LineageBatch::Op::Inserted
                 : k == SideWrite::Kind::Delete ? LineageBatch::Op::Deleted
                                                : LineageBatch::Op::Updated;
        };
        const QString targetStored = plan.targetCodec.storedKey(targetKey);
        const QString sourceStored = plan.sourceCodec.storedKey(sourceKey);
        if (s.rec.target.kind != SideWrite::Kind::None)
            commit.lineage.add(op(s.rec.target.kind), targetStored, sourceStored);
        if (s.rec.source.kind != SideWrite::Kind::None)
            commit.lineage.add(op(s.rec.source.kind), sourceStored, targetStored, LineageBatch::Direction::Reverse);
    }
    if (s.rec.kind == Reconciliation::Kind::Conflict) {
        StoredConflict c;
        c.key = storedKey;
        c.kind = s.rec.conflictKind;
        c.fields = s.rec.conflicting;
        c.changedSource = s.rec.changedSource;
        c.changedTarget = s.rec.changedTarget;
        c.basePayload = base ? base->payload : QString();
        if (s.source.exists)
            c.sourcePayload = plan.encodeFields(s.source.values).value_or(QString());
        if (s.target.exists)
            c.targetPayload = plan.encodeFields(s.target.values).value_or(QString());
        c.sourceKey = plan.encodeKey(sourceKey, true).value_or(QString());
        c.targetKey = plan.encodeKey(targetKey, false).value_or(QString());
        c.hashes = Reconciler::fingerprint(s.source, s.target);
        c.sourceTime = s.source.time;
        c.targetTime = s.target.time;
        c.reason = s.rec.reason;
        commit.conflicts.append(c);
        return;
    }
    if (openConflict)
        commit.converged.append(*openConflict);
    if (s.source.exists && s.target.exists) {
        SyncBase b;
        b.key = storedKey;
        for (int i = 0; i < plan.fields.size(); ++i)
            b.hashes.insert(plan.fields[i], {s.source.hashes[std::size_t(i)], s.target.hashes[std::size_t(i)]});
        if (base && base->hashes == b.hashes && base->sourceTime == s.source.time && base->targetTime == s.target.time)
            return; // an echo or nothing new: the base stands
        // The agreed values in the target's terms, unmasked (the source's), sealed for the store.
        b.payload = plan.encodeFields(s.source.values).value_or(QString());
        b.sourceTime = s.source.time;
        b.targetTime = s.target.time;
        commit.bases.append(b);
    } else if (base) {
        commit.removedBases.append(storedKey);
    }
}


} // namespace concord::twoway
