#include "mapping/mapper.h"

#include <algorithm>

namespace concord {

namespace {

MapOutcome failed(const QString &code, const QString &message, const QString &field = {})
{
    MapOutcome o;
    o.kind = MapOutcome::Kind::Failed;
    o.error = makeError(code, message);
    o.field = field;
    return o;
}

} // namespace

CompiledMapping CompiledMapping::compile(const MappingRules &rulesIn, const DatasetDef &source,
                                         const DatasetDef &target, ErrorList *errors)
{
    CompiledMapping m;
    const int errorsBefore = errors->size();
    m.m_rules_keepalive = std::make_shared<MappingRules>(rulesIn);
    const MappingRules &rules = *m.m_rules_keepalive;
    m.m_version = rules.version;
    const Schema &src = source.schema;
    const Schema &dst = target.schema;
    for (const Field &f : src.fields) {
        m.m_sourceTypes.push_back(f.type);
        m.m_sourceNames.append(f.name);
    }

    ExpressionContext ctx;
    ctx.resolveField = [&src](const QString &name) { return src.indexOf(name); };
    ctx.lookupTables = rules.lookupTables;
    ExpressionContext noValue = ctx;
    noValue.valueAllowed = false;
    QSet<int> fieldReads;          // the source fields the field being compiled reads
    QSet<int> *reads = nullptr;    // &fieldReads while a field is compiled
    const auto compileExpr = [&](const QString &text, const SourceLocation &at, const ExpressionContext &c) {
        auto r = Expression::compile(text, c, at);
        if (!r.ok()) {
            errors->append(r.error());
            return Expression();
        }
        for (const QString &f : r->referencedFields()) {
            m.m_usedSource.insert(src.indexOf(f));
            if (reads)
                reads->insert(src.indexOf(f));
        }
        return *r;
    };
    const auto err = [&](const SourceLocation &at, const QString &message) {
        errors->append(Error{ErrorCode::MappingError, message, at});
    };

    for (const FieldRule &rule : rules.fields) {
        CompiledField f;
        f.target = rule.target;
        fieldReads.clear();
        reads = &fieldReads;
        const int ti = dst.indexOf(rule.target);
        if (ti < 0) {
            err(rule.location, QStringLiteral("'%1' is not a field of the target dataset %2 (fields: %3)")
                                   .arg(rule.target, target.id, dst.fieldNames().join(QStringLiteral(", "))));
            continue;
        }
        f.type = rule.type.value_or(dst.fields[ti].type);
        if (!rule.from.isEmpty()) {
            f.sourceIndex = src.indexOf(rule.from);
            if (f.sourceIndex < 0)
                err(rule.location, QStringLiteral("field '%1' maps from '%2', which is not a field of the source dataset "
                                                  "%3 (fields: %4)")
                                       .arg(rule.target, rule.from, source.id, src.fieldNames().join(QStringLiteral(", "))));
            else {
                m.m_usedSource.insert(f.sourceIndex);
                fieldReads.insert(f.sourceIndex);
            }
        }
        if (!rule.expr.isEmpty())
            f.expr = compileExpr(rule.expr, rule.exprLocation.isValid() ? rule.exprLocation : rule.location, noValue);
        f.constant = rule.constant;
        for (const QString &t : rule.transforms)
            if (const auto step = textStepFromName(t)) // the loader reported any other name
                f.transforms.push_back(*step);
        for (const CaseRule &c : rule.cases) {
            CompiledCase cc;
            cc.when = compileExpr(c.when, c.whenLocation, ctx);
            cc.then = c.then;
            if (!c.thenExpr.isEmpty())
                cc.thenExpr = compileExpr(c.thenExpr, c.thenLocation, ctx);
            f.cases.push_back(cc);
        }
        f.elseValue = rule.elseValue;
        if (!rule.elseExpr.isEmpty())
            f.elseExpr = compileExpr(rule.elseExpr,
                                     rule.elseExprLocation.isValid() ? rule.elseExprLocation : rule.location, ctx);
        if (rule.lookup)
            f.lookup = &*rule.lookup;
        f.onNull = rule.onNull;
        if (rule.defaultValue) {
            const auto d = rule.defaultValue->convertTo(f.type);
            if (!d.ok())
                err(rule.location, QStringLiteral("default of field '%1': %2").arg(rule.target, d.error().message));
            else
                f.defaultValue = *d;
        }
        f.required = rules.required.contains(rule.target);
        fieldReads.remove(-1);
        f.reads = QList<int>(fieldReads.cbegin(), fieldReads.cend());
        std::sort(f.reads.begin(), f.reads.end());
        m.m_targetFields.append(rule.target);
        m.m_fields.push_back(std::move(f));
    }
    reads = nullptr; // validation rules are not part of any field
    for (const QString &req : rules.required)
        if (!m.m_targetFields.contains(req))
            err(rules.location, QStringLiteral("validate.required names '%1', which the mapping does not fill").arg(req));
    for (const QString &k : dst.key) {
        const int i = int(m.m_targetFields.indexOf(k));
        if (i < 0)
            err(rules.location, QStringLiteral("the mapping does not fill key field '%1' of %2; Concord writes by key")
                                    .arg(k, target.id));
        else
            m.m_targetKey.push_back(i);
    }
    for (const ValidationRule &v : rules.rules) {
        CompiledRule cr;
        cr.field = int(m.m_targetFields.indexOf(v.field));
        if (!v.field.isEmpty() && cr.field < 0)
            err(v.location, QStringLiteral("validation rule names field '%1', which the mapping does not fill").arg(v.field));
        if (!v.check.isEmpty()) // a rule without 'check:' was reported by the loader
            cr.check = compileExpr(v.check, v.location, v.field.isEmpty() ? noValue : ctx);
        cr.code = v.code.isEmpty() ? ErrorCode::ValidationFailed : v.code;
        cr.message = v.message;
        m.m_rules.push_back(std::move(cr));
    }
    m.m_usedSource.remove(-1);
    for (int i : std::as_const(m.m_usedSource))
        m.m_sourceToConvert.push_back(i);
    std::sort(m.m_sourceToConvert.begin(), m.m_sourceToConvert.end());
    m.m_valid = errors->size() == errorsBefore;
    return m;
}

QList<int> CompiledMapping::sourcesOf(int output) const
{
    return output >= 0 && std::size_t(output) < m_fields.size() ? m_fields[std::size_t(output)].reads : QList<int>();
}

int CompiledMapping::passThroughSource(int output) const
{
    if (output < 0 || std::size_t(output) >= m_fields.size())
        return -1;
    const CompiledField &f = m_fields[std::size_t(output)];
    if (f.sourceIndex < 0 || f.expr.isValid() || f.constant || !f.transforms.empty() || !f.cases.empty()
        || f.elseValue || f.elseExpr.isValid() || f.lookup || f.defaultValue || f.onNull != NullPolicy::Keep)
        return -1;
    if (std::size_t(f.sourceIndex) >= m_sourceTypes.size() || m_sourceTypes[std::size_t(f.sourceIndex)] != f.type)
        return -1;
    return f.sourceIndex;
}

bool CompiledMapping::canSkip() const
{
    for (const CompiledField &f : m_fields)
        if (f.onNull == NullPolicy::SkipRecord)
            return true;
    return false;
}

MapOutcome CompiledMapping::map(Record &source, Record &out) const
{
    return map(source, out, nullptr);
}

std::optional<MapOutcome> CompiledMapping::mapField(const CompiledField &f, const Record &source, Value &v,
                                                    FieldTrace *t) const
{
    const auto fail = [&f](const Error &e) {
        MapOutcome o = failed(e.code, QStringLiteral("field '%1': %2").arg(f.target, e.message), f.target);
        o.error.location = e.location; // where in the mapping file the expression failed
        return o;
    };
    // `in` is the source field's value while the field still has it unchanged: it is copied into v
    // only once nothing replaces it (a case's `then` usually does), sparing a copy per step.
    const Value *in = nullptr;
    if (f.sourceIndex >= 0) {
        in = &source.values[std::size_t(f.sourceIndex)];
        if (t)
            t->origin = FieldTrace::Origin::SourceField;
    } else if (f.constant) {
        v = *f.constant;
        if (t)
            t->origin = FieldTrace::Origin::Constant;
    } else if (f.expr.isValid()) {
        if (t)
            t->origin = FieldTrace::Origin::Expression;
        auto r = f.expr.evaluate(EvalScope{&source, nullptr});
        if (!r.ok())
            return fail(r.error());
        v = std::move(r).value();
    } else {
        v = Value();
    }
    if (!f.transforms.empty()) {
        if (in && in->type() == Value::Type::String) {
            // Written into v's own string when it can (v holds the output record's previous value).
            if (applyTextSteps(f.transforms, in->stringValue(), v.stringBuffer()))
                in = nullptr;
        } else if (!in && v.type() == Value::Type::String) {
            QString result;
            if (applyTextSteps(f.transforms, v.stringValue(), result))
                v = Value::fromString(std::move(result));
        }
    }
    if (f.lookup && !(in ? *in : v).isNull()) {
        const auto it = f.lookup->values.constFind((in ? *in : v).toString());
        const bool hit = it != f.lookup->values.cend();
        v = hit ? *it : f.lookup->fallback.value_or(Value());
        in = nullptr;
        if (t)
            t->lookup = hit ? FieldTrace::Lookup::Hit : FieldTrace::Lookup::Miss;
    }
    if (!f.cases.empty()) {
        const EvalScope scope{&source, in ? in : &v};
        const CompiledCase *fired = nullptr;
        Error error;
        for (std::size_t ci = 0; ci < f.cases.size(); ++ci) {
            const CompiledCase &c = f.cases[ci];
            bool hit = false;
            if (!c.when.test(scope, hit, error))
                return fail(error);
            if (hit) {
                fired = &c;
                if (t)
                    t->caseFired = int(ci);
                break;
            }
        }
        // The result replaces the value; an expression's result is a copy, so it may read v.
        const Expression &expr = fired ? fired->thenExpr : f.elseExpr;
        const Value *constant = fired ? &fired->then : (f.elseValue ? &*f.elseValue : nullptr);
        if (expr.isValid()) {
            auto r = expr.evaluate(scope);
            if (!r.ok())
                return fail(r.error());
            v = std::move(r).value();
            in = nullptr;
        } else if (fired || constant) {
            v = fired ? fired->then : *constant;
            in = nullptr;
        }
        if (t)
            t->elseFired = !fired && (expr.isValid() || constant);
    }
    if (in)
        v = *in; // unchanged: shares the source's value
    if (v.isNull()) {
        switch (f.onNull) {
        case NullPolicy::Keep: break;
        case NullPolicy::Default:
            v = f.defaultValue.value_or(Value());
            if (t)
                t->defaultApplied = true;
            break;
        case NullPolicy::SkipRecord: {
            MapOutcome o;
            o.kind = MapOutcome::Kind::Skipped;
            o.field = f.target;
            return o;
        }
        case NullPolicy::Error:
            return failed(ErrorCode::RequiredMissing, QStringLiteral("field '%1' is null (on_null: error)").arg(f.target),
                          f.target);
        }
    }
    if (!v.isNull()) {
        const Value::Type vt = v.type();
        const bool same = (f.type.kind == FieldType::String && vt == Value::Type::String)
            || (f.type.kind == FieldType::Int && vt == Value::Type::Int)
            || (f.type.kind == FieldType::Timestamp && vt == Value::Type::Timestamp)
            || (f.type.kind == FieldType::Bool && vt == Value::Type::Bool)
            // A decimal already at the field's scale needs no rescaling, only the precision check.
            || (f.type.kind == FieldType::Decimal && vt == Value::Type::Decimal
                && v.decimalValue().scale() == f.type.scale
                && (v.decimalValue().isZero() || v.decimalValue().digits() <= f.type.precision));
        if (!same) {
            auto converted = v.convertTo(f.type);
            if (!converted.ok())
                return failed(ErrorCode::TypeMismatch, QStringLiteral("field '%1': %2").arg(f.target, converted.error().message),
                              f.target);
            v = std::move(converted).value();
        }
    } else if (f.required) {
        return failed(ErrorCode::RequiredMissing, QStringLiteral("required field '%1' is empty").arg(f.target), f.target);
    }
    return std::nullopt;
}

MapOutcome CompiledMapping::map(Record &source, Record &out, RecordTrace *trace) const
{
    // Without a trace the first failure ends the record. With one, every field and rule is still
    // evaluated (a failed field's value is null) so that a preview can show all problems; the
    // outcome is the same first failure either way.
    MapOutcome outcome;
    bool decided = false;
    const auto report = [&](MapOutcome o) {
        if (!decided) {
            outcome = std::move(o);
            decided = true;
        }
        return trace == nullptr; // true: stop here
    };
    if (trace) {
        trace->fields.assign(m_fields.size(), FieldTrace());
        trace->sourceErrors.clear();
        trace->failedRules.clear();
    }
    for (int i : m_sourceToConvert) {
        Value &v = source.values[std::size_t(i)];
        const FieldType &t = m_sourceTypes[std::size_t(i)];
        // Fast check: already of the declared kind (the reader converts where it can).
        const Value::Type vt = v.type();
        if (vt == Value::Type::Null || (t.kind == FieldType::String && vt == Value::Type::String)
            || (t.kind == FieldType::Int && vt == Value::Type::Int)
            || (t.kind == FieldType::Timestamp && vt == Value::Type::Timestamp))
            continue;
        auto converted = v.convertTo(t);
        if (!converted.ok()) {
            const MapOutcome o = failed(ErrorCode::TypeMismatch,
                                        QStringLiteral("source field '%1': %2").arg(m_sourceNames[i], converted.error().message),
                                        m_sourceNames[i]);
            if (trace)
                trace->sourceErrors.append({i, o.error});
            if (report(o))
                return outcome;
            v = Value();
            continue;
        }
        v = std::move(converted).value();
    }
    out.values.resize(m_fields.size());
    for (std::size_t fi = 0; fi < m_fields.size(); ++fi) {
        FieldTrace *t = trace ? &trace->fields[fi] : nullptr;
        // Mapped straight into the output slot: its previous value's buffer can be reused.
        Value &v = out.values[fi];
        if (t && m_fields[fi].sourceIndex >= 0) {
            // (trace only) its source value did not convert: show that error, not a default.
            const auto bad = std::find_if(trace->sourceErrors.cbegin(), trace->sourceErrors.cend(),
                                          [&](const RecordTrace::Problem &p) { return p.index == m_fields[fi].sourceIndex; });
            if (bad != trace->sourceErrors.cend()) {
                t->origin = FieldTrace::Origin::SourceField;
                t->outcome = MapOutcome::Kind::Failed;
                t->error = bad->error;
                v = Value();
                continue;
            }
        }
        if (auto stop = mapField(m_fields[fi], source, v, t)) {
            if (t) {
                t->outcome = stop->kind;
                t->error = stop->error;
            }
            v = Value();
            if (report(std::move(*stop)))
                return outcome;
        }
    }
    for (std::size_t ri = 0; ri < m_rules.size(); ++ri) {
        const CompiledRule &r = m_rules[ri];
        if (!r.check.isValid())
            continue;
        // A rule about a field that already failed has nothing meaningful to check.
        if (trace && r.field >= 0 && trace->fields[std::size_t(r.field)].outcome != MapOutcome::Kind::Mapped)
            continue;
        const Value *value = r.field >= 0 ? &out.values[std::size_t(r.field)] : nullptr;
        const QString field = r.field >= 0 ? m_targetFields[r.field] : QString();
        bool holds = false;
        Error error;
        MapOutcome o;
        if (!r.check.test(EvalScope{&source, value}, holds, error)) {
            o = failed(error.code, error.message, field);
            o.error.location = error.location;
        } else if (!holds) {
            QString message = r.message;
            if (message.isEmpty())
                message = r.field >= 0 ? QStringLiteral("check '%1' failed for %2 = %3")
                                             .arg(r.check.text(), field, value->toString())
                                       : QStringLiteral("check '%1' failed").arg(r.check.text());
            o = failed(r.code, message, field);
        } else {
            continue;
        }
        if (trace)
            trace->failedRules.append({int(ri), o.error});
        if (report(std::move(o)))
            return outcome;
    }
    return outcome;
}

ErrorList ruleProblems(const MappingRules &rules, const FieldRule &rule, const DatasetDef &source,
                       const DatasetDef &target)
{
    MappingRules alone;
    alone.path = rules.path;
    alone.source = rules.source;
    alone.target = rules.target;
    alone.lookupTables = rules.lookupTables;
    alone.fields = {rule};
    // Key fields stand in as constants so that only this rule's own problems remain.
    for (const QString &k : target.schema.key)
        if (k != rule.target) {
            FieldRule stand;
            stand.target = k;
            stand.constant = Value();
            alone.fields.append(stand);
        }
    ErrorList errors;
    CompiledMapping::compile(alone, source, target, &errors);
    return errors;
}

} // namespace concord
