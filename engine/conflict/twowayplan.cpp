#include "conflict/twowayplan.h"

#include "connectors/connector.h"
#include "policy/secrets.h"
#include "sync/lookups.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

namespace {

inline void mix(quint64 &h, const char *data, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        h ^= quint8(data[i]);
        h *= 1099511628211ULL;
    }
}

QDateTime timeOf(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Timestamp:
        return QDateTime::fromMSecsSinceEpoch(v.timestampValue().usecsSinceEpochUtc / 1000, Qt::UTC);
    case Value::Type::Date: return QDateTime(v.dateValue(), QTime(0, 0), Qt::UTC);
    case Value::Type::String: {
        const auto t = Timestamp::parse(QStringView(v.stringValue()));
        return t ? QDateTime::fromMSecsSinceEpoch(t->usecsSinceEpochUtc / 1000, Qt::UTC) : QDateTime();
    }
    default: return QDateTime();
    }
}

Sensitivity stricter(Sensitivity a, Sensitivity b)
{
    const auto rank = [](Sensitivity s) { return s == Sensitivity::Unset ? 2 : int(s); };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace

quint64 valueHash(const Value &v)
{
    quint64 h = 14695981039346656037ULL;
    char tag = 0;
    QByteArray text;
    switch (v.type()) {
    case Value::Type::Null: tag = 'z'; break;
    case Value::Type::Bool: tag = 'n'; text = v.boolValue() ? "1" : "0"; break;
    case Value::Type::Int: tag = 'n'; text = QByteArray::number(v.intValue()); break;
    case Value::Type::Decimal: tag = 'n'; text = v.decimalValue().normalized().toUtf8(); break;
    case Value::Type::String: tag = 's'; text = v.stringValue().toUtf8(); break;
    case Value::Type::Date: tag = 'd'; text = v.dateValue().toString(Qt::ISODate).toUtf8(); break;
    case Value::Type::Timestamp: tag = 't'; text = QByteArray::number(v.timestampValue().usecsSinceEpochUtc); break;
    case Value::Type::Json: tag = 'j'; text = v.jsonText().toUtf8(); break;
    }
    mix(h, &tag, 1);
    mix(h, text.constData(), text.size());
    return h;
}

Result<TwoWayPlan> TwoWayPlan::build(const Workspace &ws, const QString &name)
{
    TwoWayPlan p;
    const auto it = ws.pipelines.constFind(name);
    if (it == ws.pipelines.cend())
        return makeError(ErrorCode::PipelineNotFound, QStringLiteral("no pipeline named '%1'").arg(name));
    p.pipeline = &*it;
    if (p.pipeline->direction != QLatin1String("two-way"))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("pipeline '%1' is one-way").arg(name));
    p.source = ws.dataset(p.pipeline->source);
    p.target = ws.dataset(p.pipeline->target);
    if (!p.source || !p.target)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("pipeline '%1' names an unknown dataset").arg(name));
    const SystemDef *sourceSystem = ws.systemOf(*p.source);
    const SystemDef *targetSystem = ws.systemOf(*p.target);
    if (!sourceSystem || !targetSystem)
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("pipeline '%1' names an unknown system").arg(name));
    const auto forwardRules = ws.mappings.constFind(p.pipeline->mapping);
    const auto reverseRules = ws.mappings.constFind(p.pipeline->reverseMapping);
    if (forwardRules == ws.mappings.cend() || reverseRules == ws.mappings.cend())
        return makeError(ErrorCode::MappingNotFound,
                         QStringLiteral("pipeline '%1' is two-way and needs both 'mapping:' and 'reverse_mapping:'").arg(name));
    const auto compile = [&](const MappingRules &rules, const DatasetDef &from, const DatasetDef &to,
                             CompiledMapping &out) -> Result<void> {
        MappingRules resolved = rules;
        if (auto r = resolveLookups(ws, resolved); !r.ok())
            return r;
        ErrorList errors;
        out = CompiledMapping::compile(resolved, from, to, &errors);
        if (!out.isValid())
            return makeError(ErrorCode::MappingError, errors.isEmpty() ? QStringLiteral("the mapping does not compile")
                                                                       : errors.front().toString());
        return {};
    };
    if (reverseRules->source != p.target->id || reverseRules->target != p.source->id)
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("pipeline '%1': reverse_mapping %2 maps %3 -> %4; it must map %5 -> %6")
                             .arg(name, p.pipeline->reverseMapping, reverseRules->source, reverseRules->target,
                                  p.target->id, p.source->id));
    if (auto r = compile(*forwardRules, *p.source, *p.target, p.forward); !r.ok())
        return r.error();
    if (auto r = compile(*reverseRules, *p.target, *p.source, p.reverse); !r.ok())
        return r.error();
    auto toTarget = PolicyPlan::build(ws, p.forward, *p.source, *p.target, Holder::ofSystem(*targetSystem), {});
    if (!toTarget.ok())
        return toTarget.error();
    p.toTarget = std::move(*toTarget);
    auto toSource = PolicyPlan::build(ws, p.reverse, *p.target, *p.source, Holder::ofSystem(*sourceSystem), {});
    if (!toSource.ok())
        return toSource.error();
    p.toSource = std::move(*toSource);

    // Keys: each side's key must be written by the mapping towards it.
    for (const QString &k : p.target->schema.key) {
        const int out = int(p.forward.targetFields().indexOf(k));
        if (out < 0)
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("pipeline '%1': mapping %2 does not write the target key field '%3'")
                                                           .arg(name, p.pipeline->mapping, k));
        p.targetKeyOut.push_back(out);
    }
    for (const QString &k : p.source->schema.key) {
        const int out = int(p.reverse.targetFields().indexOf(k));
        if (out < 0)
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("pipeline '%1': reverse mapping %2 does not write the source key field '%3'")
                                                           .arg(name, p.pipeline->reverseMapping, k));
        p.sourceKeyOut.push_back(out);
    }
    const int sourceVersion = p.source->schema.indexOf(p.source->schema.version);
    const int targetVersion = p.target->schema.indexOf(p.target->schema.version);
    const int sourceSoftDelete = p.source->schema.indexOf(p.source->schema.softDelete);
    const int targetSoftDelete = p.target->schema.indexOf(p.target->schema.softDelete);
    const QStringList &outputs = p.forward.targetFields();
    for (int o = 0; o < outputs.size(); ++o) {
        const QList<int> reads = p.forward.sourcesOf(o);
        const int t = p.target->schema.indexOf(outputs[o]);
        const bool version = (t >= 0 && t == targetVersion) || (sourceVersion >= 0 && reads.contains(sourceVersion));
        if (version) {
            p.versionOut.push_back(o);
            continue;
        }
        if (t == targetSoftDelete || (sourceSoftDelete >= 0 && reads.contains(sourceSoftDelete)))
            continue; // whether a record lives is decided apart from its fields
        if (p.target->schema.key.contains(outputs[o]))
            continue;
        const int written = int(p.toTarget.writtenFields().indexOf(outputs[o]));
        if (written < 0 || t < 0)
            continue; // dropped towards the target: not synchronised in either direction
        p.fields.append(outputs[o]);
        p.fieldOut.push_back(o);
        p.fieldWritten.push_back(written);
        p.fieldTarget.push_back(t);
    }
    for (const QString &f : p.toTarget.writtenFields())
        p.writtenTargetIndex.push_back(p.target->schema.indexOf(f));
    const int reverseTargetVersion = targetVersion;
    for (int w = 0; w < p.toSource.writtenFields().size(); ++w) {
        const int out = p.toSource.writtenFrom()[std::size_t(w)];
        p.writtenSourceIndex.push_back(p.source->schema.indexOf(p.toSource.writtenFields()[w]));
        const QList<int> reads = p.reverse.sourcesOf(out);
        p.reverseReads.push_back(reads);
        p.reverseVersion.push_back(char(p.writtenSourceIndex.back() == sourceVersion
                                        || (reverseTargetVersion >= 0 && reads.contains(reverseTargetVersion))));
    }

    auto policy = ConflictPolicy::build(ws, *p.pipeline, p.fields);
    if (!policy.ok())
        return policy.error();
    p.policy = std::move(*policy);

    // Stored values: a target field holding a source value is sealed as strictly as that value.
    auto sealing = std::make_shared<DatasetDef>(*p.target);
    for (int o = 0; o < outputs.size(); ++o) {
        const int t = sealing->schema.indexOf(outputs[o]);
        if (t < 0)
            continue;
        Field &f = sealing->schema.fields[t];
        for (int s : p.forward.sourcesOf(o))
            f.sensitivity = stricter(f.sensitivity, p.source->schema.fields[s].effectiveSensitivity());
    }
    p.sealing = sealing;
    QByteArray secret;
    if (p.toTarget.needsKeys() || p.toSource.needsKeys() || PayloadCodec(*p.sealing, {}).needsSecret()
        || PayloadCodec(*p.source, {}).needsSecret()) {
        const auto s = cachedWorkspaceSecret(ws);
        if (!s.ok())
            return s.error();
        secret = *s;
        p.toTarget.setKeys(MaskKeys::fromSecret(secret));
        p.toSource.setKeys(MaskKeys::fromSecret(secret));
    }
    p.targetCodec = PayloadCodec(*p.sealing, secret);
    p.sourceCodec = PayloadCodec(*p.source, secret);
    return p;
}

Result<void> TwoWayPlan::viewSource(const std::optional<Record> &row, SideView &view, bool *skipped) const
{
    view = SideView();
    view.row = row;
    if (skipped)
        *skipped = false;
    if (!row)
        return {};
    view.present = true;
    const int softDelete = source->schema.indexOf(source->schema.softDelete);
    const int version = source->schema.indexOf(source->schema.version);
    for (int k : source->schema.keyIndexes())
        view.key.parts.push_back(row->values[std::size_t(k)]);
    if (version >= 0)
        view.time = timeOf(row->values[std::size_t(version)]);
    if (softDelete >= 0 && isSoftDeleted(row->values[std::size_t(softDelete)]))
        return {};
    Record input = *row;
    const MapOutcome o = forward.map(input, view.mapped);
    if (o.kind == MapOutcome::Kind::Failed)
        return o.error;
    if (o.kind == MapOutcome::Kind::Skipped) {
        if (skipped)
            *skipped = true;
        return {};
    }
    Record masked = view.mapped, written;
    if (auto r = toTarget.apply(masked, written); !r.ok())
        return r.error();
    view.exists = true;
    view.values.resize(fields.size());
    view.hashes.resize(fields.size());
    view.asTarget.resize(fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        view.values[std::size_t(i)] = view.mapped.values[std::size_t(fieldOut[std::size_t(i)])];
        view.hashes[std::size_t(i)] = valueHash(view.values[std::size_t(i)]);
        view.asTarget[std::size_t(i)] = valueHash(written.values[std::size_t(fieldWritten[std::size_t(i)])]);
    }
    return {};
}

Result<void> TwoWayPlan::viewTarget(const std::optional<Record> &row, SideView &view) const
{
    view = SideView();
    view.row = row;
    if (!row)
        return {};
    view.present = true;
    const int softDelete = target->schema.indexOf(target->schema.softDelete);
    const int version = target->schema.indexOf(target->schema.version);
    for (int k : target->schema.keyIndexes())
        view.key.parts.push_back(row->values[std::size_t(k)]);
    if (version >= 0)
        view.time = timeOf(row->values[std::size_t(version)]);
    if (softDelete >= 0 && isSoftDeleted(row->values[std::size_t(softDelete)]))
        return {};
    view.exists = true;
    view.values.resize(fields.size());
    view.hashes.resize(fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        view.values[std::size_t(i)] = row->values[std::size_t(fieldTarget[std::size_t(i)])];
        view.hashes[std::size_t(i)] = valueHash(view.values[std::size_t(i)]);
    }
    view.asTarget = view.hashes;
    return {};
}

Result<Key> TwoWayPlan::targetKeyOf(const Record &sourceRow) const
{
    Record input = sourceRow, out;
    const MapOutcome o = forward.map(input, out);
    if (o.kind == MapOutcome::Kind::Failed)
        return o.error;
    Key key;
    for (int k : targetKeyOut)
        key.parts.push_back(out.values.size() > std::size_t(k) ? out.values[std::size_t(k)] : Value());
    for (const Value &v : key.parts)
        if (v.isNull())
            return makeError(ErrorCode::RequiredMissing, QStringLiteral("the record maps to a target key with a null part"));
    return key;
}

Result<Key> TwoWayPlan::sourceKeyOf(const Record &targetRow) const
{
    Record input = targetRow, out;
    const MapOutcome o = reverse.map(input, out);
    if (o.kind == MapOutcome::Kind::Failed)
        return o.error;
    Key key;
    for (int k : sourceKeyOut)
        key.parts.push_back(out.values.size() > std::size_t(k) ? out.values[std::size_t(k)] : Value());
    for (const Value &v : key.parts)
        if (v.isNull())
            return makeError(ErrorCode::RequiredMissing, QStringLiteral("the record maps to a source key with a null part"));
    return key;
}

Result<QString> TwoWayPlan::encodeFields(const std::vector<Value> &values) const
{
    Record full(std::size_t(sealing->schema.fields.size()));
    for (std::size_t i = 0; i < values.size() && i < fieldTarget.size(); ++i)
        full.values[std::size_t(fieldTarget[i])] = values[i];
    return targetCodec.encode(full);
}

Result<std::vector<Value>> TwoWayPlan::decodeFields(const QString &payload) const
{
    const auto full = targetCodec.decode(payload);
    if (!full.ok())
        return full.error();
    std::vector<Value> out(fieldTarget.size());
    for (std::size_t i = 0; i < fieldTarget.size(); ++i)
        if (std::size_t(fieldTarget[i]) < full->values.size())
            out[i] = full->values[std::size_t(fieldTarget[i])];
    return out;
}

Result<QString> TwoWayPlan::encodeKey(const Key &key, bool sourceSide) const
{
    const DatasetDef &ds = sourceSide ? *source : *sealing;
    Record r(std::size_t(ds.schema.fields.size()));
    const QList<int> keys = ds.schema.keyIndexes();
    for (int k = 0; k < keys.size() && std::size_t(k) < key.parts.size(); ++k)
        r.values[std::size_t(keys[k])] = key.parts[std::size_t(k)];
    return (sourceSide ? sourceCodec : targetCodec).encode(r);
}

Result<Key> TwoWayPlan::decodeKey(const QString &payload, bool sourceSide) const
{
    const DatasetDef &ds = sourceSide ? *source : *sealing;
    const auto r = (sourceSide ? sourceCodec : targetCodec).decode(payload);
    if (!r.ok())
        return r.error();
    Key key;
    for (int k : ds.schema.keyIndexes())
        key.parts.push_back(std::size_t(k) < r->values.size() ? r->values[std::size_t(k)] : Value());
    return key;
}

} // namespace concord
