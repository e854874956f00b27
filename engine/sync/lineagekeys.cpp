// How a run keeps its target keys for record lineage (governance/lineage.h).

#include "sync/runnersupport.h"

#include "log/log.h"
#include "policy/secrets.h"

namespace concord {

void PipelineRunner::prepareLineageKeys(const Workspace &ws, Prepared &p)
{
    // Target keys are kept as the store keeps any key: an L3 key as its keyed hash, and so is a
    // target key made from an L3 source field, whatever the target's own tags say (else the line
    // would pair the clear value with the source key's hash).
    p.targetKeys = PayloadCodec(*p.target, {});
    bool fromL3 = false;
    for (const int k : p.mapping.targetKeyIndexes())
        for (const int s : p.mapping.sourcesOf(k))
            fromL3 = fromL3 || p.source->schema.fields[s].effectiveSensitivity() == Sensitivity::L3;
    if (!p.targetKeys.keyIsSensitive() && !fromL3)
        return;
    const auto secret = cachedWorkspaceSecret(ws);
    if (!secret.ok()) {
        p.lineage = false;
        log::warning(lcSync(), QStringLiteral("pipeline '%1' keeps no record lineage: the key of %2 is L3 and %3")
                                   .arg(p.pipeline->name, p.target->id, secret.error().message));
        return;
    }
    p.targetKeys = PayloadCodec(*p.target, *secret);
    p.targetKeys.hashKeys();
}

} // namespace concord
