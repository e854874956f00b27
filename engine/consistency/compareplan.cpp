#include "consistency/compareplan.h"

#include "policy/sealedpayload.h"
#include "policy/secrets.h"
#include "sync/lookups.h"

namespace concord {

std::vector<int> ComparePlan::comparedIndexes() const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < compared.size(); ++i)
        if (compared[i])
            out.push_back(int(i));
    return out;
}

Result<ComparePlan> ComparePlan::build(const Workspace &ws, const QString &name)
{
    ComparePlan p;
    const auto it = ws.pipelines.constFind(name);
    if (it == ws.pipelines.cend())
        return makeError(ErrorCode::PipelineNotFound, QStringLiteral("no pipeline named '%1' (pipelines: %2)")
                                                          .arg(name, ws.pipelines.keys().join(QStringLiteral(", "))));
    p.pipeline = &*it;
    p.source = ws.dataset(p.pipeline->source);
    p.target = ws.dataset(p.pipeline->target);
    const MappingRules *rules = ws.mappingOf(*p.pipeline);
    if (!p.source || !p.target)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("pipeline '%1' names an unknown dataset").arg(name));
    if (!rules)
        return makeError(ErrorCode::MappingNotFound, QStringLiteral("mapping '%1' of pipeline '%2' was not loaded")
                                                         .arg(p.pipeline->mapping, name));
    MappingRules resolved = *rules;
    if (auto r = resolveLookups(ws, resolved); !r.ok())
        return r.error();
    ErrorList errors;
    p.mapping = CompiledMapping::compile(resolved, *p.source, *p.target, &errors);
    if (!p.mapping.isValid())
        return makeError(ErrorCode::MappingError, errors.isEmpty() ? QStringLiteral("the mapping does not compile")
                                                                   : errors.front().toString());
    p.targetSystem = ws.systemOf(*p.target);
    if (!p.targetSystem)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("dataset '%1' names an unknown system").arg(p.target->id));
    auto plan = PolicyPlan::build(ws, p.mapping, *p.source, *p.target, Holder::ofSystem(*p.targetSystem), {});
    if (!plan.ok())
        return plan.error();
    p.plan = std::move(*plan);
    if (p.plan.needsKeys() || PayloadCodec(*p.source, {}).needsSecret() || PayloadCodec(*p.target, {}).needsSecret()) {
        const auto secret = cachedWorkspaceSecret(ws);
        if (!secret.ok())
            return secret.error();
        p.secret = *secret;
        p.plan.setKeys(MaskKeys::fromSecret(p.secret));
    }

    const ConsistencySettings &settings = p.pipeline->consistency;
    p.segmentRows = settings.segmentRows;
    p.leafRows = settings.leafRows;
    p.fields = p.plan.writtenFields();
    p.key = p.plan.writtenKey();
    const int n = int(p.fields.size());
    p.types.resize(std::size_t(n));
    p.compared.assign(std::size_t(n), 1);
    p.comparers.resize(std::size_t(n));
    p.rawSource.assign(std::size_t(n), -1);
    for (int k : p.key)
        p.compared[std::size_t(k)] = 0;
    for (int i = 0; i < n; ++i) {
        const QString &f = p.fields[i];
        const int t = p.target->schema.indexOf(f);
        p.types[std::size_t(i)] = t >= 0 ? p.target->schema.fields[t].type : FieldType();
        if (settings.ignore.contains(f))
            p.compared[std::size_t(i)] = 0;
        if (const auto tol = settings.fields.constFind(f); tol != settings.fields.cend())
            p.comparers[std::size_t(i)] = FieldComparer(*tol);
        const int mapped = p.plan.writtenFrom()[std::size_t(i)];
        const bool passes = p.plan.decisions()[mapped].action == PolicyDecision::Action::Pass;
        const int src = p.mapping.passThroughSource(mapped);
        if (passes && src >= 0 && p.comparers[std::size_t(i)].isExact())
            p.rawSource[std::size_t(i)] = src;
    }
    const SystemDef *sourceSystem = ws.systemOf(*p.source);
    if (p.targetSystem->kind == QLatin1String("postgres")
        || (sourceSystem && sourceSystem->kind == QLatin1String("postgres"))) {
        // A server side: hashes of canonical text (the server computes a target's in SQL), no
        // stored SQLite cells to hash on either side.
        p.canonicalHash = true;
        p.rawSource.assign(std::size_t(n), -1);
    }
    p.rawOnly = !p.mapping.canSkip();
    for (int i : p.comparedIndexes())
        if (p.rawSource[std::size_t(i)] < 0)
            p.rawOnly = false;
    if (p.canonicalHash)
        p.rawOnly = false;

    // The source's key, copied unchanged into the target's key in the same order.
    const QList<int> sourceKey = p.source->schema.keyIndexes();
    p.keyOrderPreserved = !p.key.empty() && std::size_t(sourceKey.size()) == p.key.size();
    for (std::size_t k = 0; k < p.key.size() && p.keyOrderPreserved; ++k) {
        const int field = p.key[k];
        const int mapped = p.plan.writtenFrom()[std::size_t(field)];
        const int src = p.mapping.passThroughSource(mapped);
        const FieldType::Kind kind = p.types[std::size_t(field)].kind;
        const bool passes = p.plan.decisions()[mapped].action == PolicyDecision::Action::Pass;
        if (src != sourceKey[int(k)] || !passes || (kind != FieldType::Int && kind != FieldType::String))
            p.keyOrderPreserved = false;
        else
            p.sourceKeyOfTarget.push_back(src);
    }
    if (!p.keyOrderPreserved)
        p.sourceKeyOfTarget.clear();
    return p;
}

} // namespace concord
