#include "mapping/preview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace concord {

namespace {

QJsonObject errorJson(const Error &e)
{
    return QJsonObject{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
}

QString statusName(MapOutcome::Kind k)
{
    switch (k) {
    case MapOutcome::Kind::Mapped: return QStringLiteral("mapped");
    case MapOutcome::Kind::Skipped: return QStringLiteral("skipped");
    case MapOutcome::Kind::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString originName(FieldTrace::Origin o)
{
    switch (o) {
    case FieldTrace::Origin::None: return QStringLiteral("none");
    case FieldTrace::Origin::SourceField: return QStringLiteral("from");
    case FieldTrace::Origin::Expression: return QStringLiteral("expr");
    case FieldTrace::Origin::Constant: return QStringLiteral("const");
    }
    return {};
}

} // namespace

QString branchLabel(const FieldTrace &trace, const FieldRule *rule)
{
    if (trace.caseFired >= 0) {
        const QString when = rule && trace.caseFired < rule->cases.size() ? rule->cases[trace.caseFired].when : QString();
        return when.isEmpty() ? QStringLiteral("case %1").arg(trace.caseFired + 1)
                              : QStringLiteral("case %1 (%2)").arg(trace.caseFired + 1).arg(when.trimmed());
    }
    if (trace.elseFired)
        return QStringLiteral("else");
    return {};
}

PreviewResult previewMapping(const CompiledMapping &mapping, const MappingRules &rules, const Schema &source,
                             std::vector<Record> samples)
{
    PreviewResult result;
    result.mappingVersion = mapping.version();
    result.sourceFields = source.fieldNames();
    result.targetFields = mapping.targetFields();
    for (const QString &f : std::as_const(result.targetFields)) {
        PreviewFieldStats stats;
        if (const FieldRule *rule = rules.rule(f))
            stats.caseHits = QList<int>(rule->cases.size(), 0);
        result.fieldStats.append(stats);
    }
    result.ruleFailures = QList<int>(mapping.ruleCount(), 0);
    const QList<int> keyIndexes = source.keyIndexes();
    for (std::size_t i = 0; i < samples.size(); ++i) {
        PreviewRecord r;
        r.index = int(i);
        r.source = std::move(samples[i]);
        r.source.values.resize(std::size_t(source.fields.size()));
        Key key;
        for (int k : keyIndexes)
            key.parts.push_back(r.source.values[std::size_t(k)]);
        r.key = key.toString();
        r.outcome = mapping.map(r.source, r.output, &r.trace);
        switch (r.outcome.kind) {
        case MapOutcome::Kind::Mapped: ++result.mapped; break;
        case MapOutcome::Kind::Skipped: ++result.skipped; break;
        case MapOutcome::Kind::Failed: ++result.failed; break;
        }
        for (std::size_t f = 0; f < r.trace.fields.size() && int(f) < result.fieldStats.size(); ++f) {
            const FieldTrace &t = r.trace.fields[f];
            PreviewFieldStats &stats = result.fieldStats[int(f)];
            if (t.caseFired >= 0 && t.caseFired < stats.caseHits.size())
                ++stats.caseHits[t.caseFired];
            stats.elseHits += t.elseFired ? 1 : 0;
            stats.defaultHits += t.defaultApplied ? 1 : 0;
            stats.lookupHits += t.lookup == FieldTrace::Lookup::Hit ? 1 : 0;
            stats.lookupMisses += t.lookup == FieldTrace::Lookup::Miss ? 1 : 0;
            if (t.outcome != MapOutcome::Kind::Mapped)
                ++stats.failures;
            else if (f < r.output.values.size() && r.output.values[f].isNull())
                ++stats.nulls;
        }
        for (const RecordTrace::Problem &p : std::as_const(r.trace.failedRules))
            if (p.index >= 0 && p.index < result.ruleFailures.size())
                ++result.ruleFailures[p.index];
        result.records.append(std::move(r));
    }
    return result;
}

Result<std::vector<Record>> samplesFromJson(const QByteArray &json, const Schema &source, int limit,
                                            QStringList *warnings)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column rather than a byte offset: that is what an editor shows.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("line %1, column %2: %3")
                                                       .arg(line)
                                                       .arg(column)
                                                       .arg(parseError.errorString()));
    }
    if (!doc.isArray())
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("expected a JSON array of records ([{\"field\": value, …}, …])"));
    const QJsonArray array = doc.array();
    std::vector<Record> out;
    QStringList unknown;
    for (int i = 0; i < array.size() && (limit <= 0 || int(out.size()) < limit); ++i) {
        if (!array[i].isObject())
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("record %1 is not a JSON object").arg(i + 1));
        const QJsonObject o = array[i].toObject();
        Record r(std::size_t(source.fields.size()));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const int f = source.indexOf(it.key());
            if (f < 0) {
                if (!unknown.contains(it.key()))
                    unknown.append(it.key());
                continue;
            }
            r.values[std::size_t(f)] = Value::fromJson(it.value());
        }
        out.push_back(std::move(r));
    }
    if (warnings && !unknown.isEmpty())
        warnings->append(QStringLiteral("ignored fields the source dataset does not declare: %1")
                             .arg(unknown.join(QStringLiteral(", "))));
    return out;
}

QJsonObject previewToJson(const PreviewResult &result, const MappingRules &rules)
{
    QJsonArray records;
    for (const PreviewRecord &r : result.records) {
        QJsonObject fields;
        for (int f = 0; f < result.targetFields.size(); ++f) {
            const QString &name = result.targetFields[f];
            const FieldTrace t = std::size_t(f) < r.trace.fields.size() ? r.trace.fields[std::size_t(f)] : FieldTrace();
            QJsonObject field{{QStringLiteral("value"), std::size_t(f) < r.output.values.size()
                                                            ? r.output.values[std::size_t(f)].toJson()
                                                            : QJsonValue()},
                              {QStringLiteral("origin"), originName(t.origin)}};
            const QString branch = branchLabel(t, rules.rule(name));
            if (t.caseFired >= 0)
                field.insert(QStringLiteral("case"), t.caseFired + 1);
            if (!branch.isEmpty())
                field.insert(QStringLiteral("branch"), branch);
            if (t.defaultApplied)
                field.insert(QStringLiteral("default_applied"), true);
            if (t.lookup != FieldTrace::Lookup::NotUsed)
                field.insert(QStringLiteral("lookup"), t.lookup == FieldTrace::Lookup::Hit ? QStringLiteral("hit")
                                                                                          : QStringLiteral("miss"));
            if (t.outcome != MapOutcome::Kind::Mapped) {
                field.insert(QStringLiteral("status"), statusName(t.outcome));
                if (!t.error.code.isEmpty())
                    field.insert(QStringLiteral("error"), errorJson(t.error));
            }
            fields.insert(name, field);
        }
        QJsonArray problems;
        for (const RecordTrace::Problem &p : r.trace.sourceErrors)
            problems.append(QJsonObject{{QStringLiteral("source_field"), result.sourceFields.value(p.index)},
                                        {QStringLiteral("code"), p.error.code},
                                        {QStringLiteral("message"), p.error.message}});
        for (const RecordTrace::Problem &p : r.trace.failedRules) {
            const ValidationRule *v = p.index < rules.rules.size() ? &rules.rules[p.index] : nullptr;
            QJsonObject o{{QStringLiteral("rule"), p.index + 1},
                          {QStringLiteral("code"), p.error.code},
                          {QStringLiteral("message"), p.error.message}};
            if (v && !v->field.isEmpty())
                o.insert(QStringLiteral("field"), v->field);
            problems.append(o);
        }
        QJsonObject record{{QStringLiteral("index"), r.index},
                           {QStringLiteral("key"), r.key},
                           {QStringLiteral("status"), statusName(r.outcome.kind)},
                           {QStringLiteral("fields"), fields}};
        if (r.outcome.kind != MapOutcome::Kind::Mapped) {
            QJsonObject e = errorJson(r.outcome.error);
            if (!r.outcome.field.isEmpty())
                e.insert(QStringLiteral("field"), r.outcome.field);
            if (r.outcome.kind == MapOutcome::Kind::Skipped)
                e = QJsonObject{{QStringLiteral("field"), r.outcome.field}};
            record.insert(QStringLiteral("error"), e);
        }
        if (!problems.isEmpty())
            record.insert(QStringLiteral("problems"), problems);
        records.append(record);
    }

    QJsonObject fieldHits;
    for (int f = 0; f < result.targetFields.size(); ++f) {
        const PreviewFieldStats &s = result.fieldStats[f];
        QJsonObject o;
        if (!s.caseHits.isEmpty()) {
            QJsonArray cases;
            for (int n : s.caseHits)
                cases.append(n);
            o.insert(QStringLiteral("cases"), cases);
            o.insert(QStringLiteral("else"), s.elseHits);
        }
        if (s.defaultHits)
            o.insert(QStringLiteral("default"), s.defaultHits);
        if (s.lookupHits || s.lookupMisses) {
            o.insert(QStringLiteral("lookup_hits"), s.lookupHits);
            o.insert(QStringLiteral("lookup_misses"), s.lookupMisses);
        }
        o.insert(QStringLiteral("nulls"), s.nulls);
        o.insert(QStringLiteral("failures"), s.failures);
        if (f < result.targetPolicy.size()) { // what the viewer may see of this field, and why
            o.insert(QStringLiteral("policy"), result.targetPolicy[f].summary);
            o.insert(QStringLiteral("policy_reason"), result.targetPolicy[f].reason);
        }
        fieldHits.insert(result.targetFields[f], o);
    }
    QJsonArray ruleHits;
    for (int i = 0; i < result.ruleFailures.size(); ++i) {
        const ValidationRule *v = i < rules.rules.size() ? &rules.rules[i] : nullptr;
        QJsonObject o{{QStringLiteral("rule"), i + 1}, {QStringLiteral("failures"), result.ruleFailures[i]}};
        if (v) {
            o.insert(QStringLiteral("check"), v->check);
            o.insert(QStringLiteral("code"), v->code.isEmpty() ? ErrorCode::ValidationFailed : v->code);
            if (!v->field.isEmpty())
                o.insert(QStringLiteral("field"), v->field);
        }
        ruleHits.append(o);
    }
    QJsonObject o{{QStringLiteral("mapping_version"), result.mappingVersion},
                       {QStringLiteral("records"), records},
                       {QStringLiteral("summary"), QJsonObject{{QStringLiteral("records"), int(result.records.size())},
                                                               {QStringLiteral("mapped"), result.mapped},
                                                               {QStringLiteral("skipped"), result.skipped},
                                                               {QStringLiteral("failed"), result.failed}}},
                       {QStringLiteral("fields"), fieldHits},
                       {QStringLiteral("rules"), ruleHits}};
    if (!result.viewer.isEmpty())
        o.insert(QStringLiteral("viewer"), result.viewer);
    return o;
}

} // namespace concord
