#include "conflict/conflictpolicy.h"

namespace concord {

Result<Side> ConflictPolicy::sideOf(const Workspace &ws, const PipelineDef &pipeline, const QString &name)
{
    if (name == QLatin1String("source"))
        return Side::Source;
    if (name == QLatin1String("target"))
        return Side::Target;
    const DatasetDef *s = ws.dataset(pipeline.source);
    const DatasetDef *t = ws.dataset(pipeline.target);
    const bool isSource = s && s->system == name;
    const bool isTarget = t && t->system == name;
    if (isSource && isTarget)
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("pipeline '%1': '%2' is the system of both sides; say 'source' or 'target'")
                             .arg(pipeline.name, name));
    if (isSource)
        return Side::Source;
    if (isTarget)
        return Side::Target;
    return makeError(ErrorCode::ConfigInvalid,
                     QStringLiteral("pipeline '%1': '%2' is neither of its systems (%3, %4) nor 'source' / 'target'")
                         .arg(pipeline.name, name, s ? s->system : QString(), t ? t->system : QString()));
}

Result<ConflictPolicy> ConflictPolicy::build(const Workspace &ws, const PipelineDef &pipeline, const QStringList &fields)
{
    ConflictPolicy p;
    const ConflictSettings &c = pipeline.conflict;
    p.m_strategy = c.effectiveStrategy();
    p.m_otherwise = c.otherwise.isEmpty() ? QStringLiteral("manual") : c.otherwise;
    p.m_fieldMerge = c.fieldMerge;
    const DatasetDef *s = ws.dataset(pipeline.source);
    const DatasetDef *t = ws.dataset(pipeline.target);
    p.m_sourceName = s ? s->system : QStringLiteral("source");
    p.m_targetName = t ? t->system : QStringLiteral("target");
    const auto where = [&](const QString &what) {
        return QStringLiteral("pipeline '%1', conflict.%2").arg(pipeline.name, what);
    };
    for (auto it = c.owners.cbegin(); it != c.owners.cend(); ++it) {
        if (!fields.contains(it.key()))
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("%1: '%2' is not a two-way field of the target (fields: %3)")
                                 .arg(where(QStringLiteral("owners")), it.key(), fields.join(QStringLiteral(", "))),
                             c.location);
        const auto side = sideOf(ws, pipeline, it.value());
        if (!side.ok())
            return Error{side.error().code, side.error().message, c.location};
        p.m_owners.insert(it.key(), *side);
    }
    for (const QString &name : c.priority) {
        const auto side = sideOf(ws, pipeline, name);
        if (!side.ok())
            return Error{side.error().code, side.error().message, c.location};
        if (!p.m_priority.contains(*side))
            p.m_priority.append(*side);
    }
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
        if (!fields.contains(it.key()))
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("%1: '%2' is not a two-way field of the target (fields: %3)")
                                 .arg(where(QStringLiteral("fields")), it.key(), fields.join(QStringLiteral(", "))),
                             c.location);
        p.m_fieldStrategy.insert(it.key(), it.value());
    }
    return p;
}

Verdict ConflictPolicy::decide(const QString &strategy, const QString &field, const QDateTime &sourceTime,
                               const QDateTime &targetTime) const
{
    const Side first = m_priority.isEmpty() ? Side::Source : m_priority.front();
    const auto verdictFor = [](Side side, const QString &reason) {
        return Verdict{side == Side::Source ? Verdict::Kind::Source : Verdict::Kind::Target, reason};
    };
    const auto name = [&](Side side) { return side == Side::Source ? m_sourceName : m_targetName; };
    if (strategy == QLatin1String("last_write_wins")) {
        if (!sourceTime.isValid() || !targetTime.isValid())
            return Verdict{Verdict::Kind::Manual,
                           QStringLiteral("last_write_wins: %1 has no modification time to compare")
                               .arg(!sourceTime.isValid() ? m_sourceName : m_targetName)};
        if (sourceTime == targetTime)
            return verdictFor(first, QStringLiteral("last_write_wins: both changed at %1; the tie goes to %2")
                                         .arg(sourceTime.toUTC().toString(Qt::ISODateWithMs), name(first)));
        const Side later = sourceTime > targetTime ? Side::Source : Side::Target;
        return verdictFor(later, QStringLiteral("last_write_wins: %1 changed it later").arg(name(later)));
    }
    if (strategy == QLatin1String("source_priority"))
        return verdictFor(first, QStringLiteral("source_priority: %1 comes first").arg(name(first)));
    if (strategy == QLatin1String("field_priority")) {
        const auto owner = m_owners.constFind(field);
        if (owner != m_owners.cend())
            return verdictFor(*owner, QStringLiteral("field_priority: %1 owns '%2'").arg(name(*owner), field));
        return decide(m_otherwise, field, sourceTime, targetTime);
    }
    return Verdict{Verdict::Kind::Manual, QStringLiteral("strategy manual: a steward decides")};
}

Verdict ConflictPolicy::decideField(const QString &field, const QDateTime &sourceTime, const QDateTime &targetTime) const
{
    const auto own = m_fieldStrategy.constFind(field);
    return decide(own != m_fieldStrategy.cend() ? *own : m_strategy, field, sourceTime, targetTime);
}

Verdict ConflictPolicy::decideRecord(const QDateTime &sourceTime, const QDateTime &targetTime) const
{
    // Owners are per field; whether a record lives is decided by `otherwise`.
    const QString strategy = m_strategy == QLatin1String("field_priority") ? m_otherwise : m_strategy;
    return decide(strategy, QString(), sourceTime, targetTime);
}

QString ConflictPolicy::describe() const
{
    QString text = m_strategy;
    const Side first = m_priority.isEmpty() ? Side::Source : m_priority.front();
    const QString firstName = first == Side::Source ? m_sourceName : m_targetName;
    if (m_strategy == QLatin1String("last_write_wins"))
        text += QStringLiteral(" (ties: %1)").arg(firstName);
    else if (m_strategy == QLatin1String("source_priority"))
        text += QStringLiteral(" (%1 first)").arg(firstName);
    else if (m_strategy == QLatin1String("field_priority")) {
        QStringList owners;
        for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it)
            owners.append(QStringLiteral("%1: %2").arg(it.key(), *it == Side::Source ? m_sourceName : m_targetName));
        text += QStringLiteral(" (%1; otherwise %2)").arg(owners.join(QStringLiteral(", ")), m_otherwise);
    }
    for (auto it = m_fieldStrategy.cbegin(); it != m_fieldStrategy.cend(); ++it)
        text += QStringLiteral("; %1: %2").arg(it.key(), *it);
    if (!m_fieldMerge)
        text += QStringLiteral("; field merge off");
    return text;
}

} // namespace concord
