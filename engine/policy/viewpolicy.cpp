#include "policy/viewpolicy.h"

#include "policy/policyplan.h"
#include "policy/secrets.h"

namespace concord {

namespace {

PreviewColumnPolicy column(const PolicyDecision &d)
{
    PreviewColumnPolicy c;
    c.summary = d.summary();
    c.reason = d.reason;
    c.masked = d.action == PolicyDecision::Action::Mask;
    c.hidden = d.action == PolicyDecision::Action::Drop;
    return c;
}

bool needsKey(const PolicyDecision &d)
{
    return d.action == PolicyDecision::Action::Mask
        && (d.mask.kind == MaskStrategy::Kind::Hash || d.mask.kind == MaskStrategy::Kind::Token);
}

// The value as the viewer may see it; a value the mask cannot take is hidden rather than shown.
Value viewed(const PolicyDecision &d, const Value &v, const MaskKeys &keys)
{
    switch (d.action) {
    case PolicyDecision::Action::Pass:
        return v;
    case PolicyDecision::Action::Drop:
        return Value();
    case PolicyDecision::Action::Mask:
        break;
    }
    auto masked = applyMask(d.mask, v, keys);
    return masked.ok() ? std::move(masked).value() : Value();
}

} // namespace

QString withoutWithheldValues(QString message, const QStringList &withheld)
{
    for (const QString &text : withheld)
        if (text.size() >= 3)
            message.replace(text, QStringLiteral("[hidden]"), Qt::CaseInsensitive);
    return message;
}

Result<void> applyViewPolicy(PreviewResult &preview, const Workspace &ws, const CompiledMapping &mapping,
                             const DatasetDef &source, const DatasetDef &target, const Holder &viewer)
{
    QList<PolicyDecision> in;
    for (const Field &f : source.schema.fields)
        in.append(resolvePolicy(ws, source, f, viewer));
    QList<PolicyDecision> out;
    for (int i = 0; i < mapping.targetFields().size(); ++i)
        out.append(PolicyPlan::decideOutput(ws, mapping, source, target, i, viewer));

    MaskKeys keys;
    if (std::any_of(in.cbegin(), in.cend(), needsKey) || std::any_of(out.cbegin(), out.cend(), needsKey)) {
        const auto secret = cachedWorkspaceSecret(ws);
        if (!secret.ok())
            return secret.error();
        keys = MaskKeys::fromSecret(*secret);
    }

    preview.viewer = viewer.label();
    preview.sourcePolicy.clear();
    for (const PolicyDecision &d : std::as_const(in))
        preview.sourcePolicy.append(column(d));
    preview.targetPolicy.clear();
    for (const PolicyDecision &d : std::as_const(out))
        preview.targetPolicy.append(column(d));

    const QList<int> keyIndexes = source.schema.keyIndexes();
    for (PreviewRecord &r : preview.records) {
        // What this record holds that the viewer may not read, before any of it is masked.
        QStringList withheld;
        for (int i = 0; i < in.size() && std::size_t(i) < r.source.values.size(); ++i)
            if (in[i].action != PolicyDecision::Action::Pass && !r.source.values[std::size_t(i)].isNull())
                withheld.append(r.source.values[std::size_t(i)].toString());
        for (int i = 0; i < out.size() && std::size_t(i) < r.output.values.size(); ++i)
            if (out[i].action != PolicyDecision::Action::Pass && !r.output.values[std::size_t(i)].isNull())
                withheld.append(r.output.values[std::size_t(i)].toString());
        // Longest first, so a value that contains another is replaced whole.
        std::sort(withheld.begin(), withheld.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });

        bool keyWithheld = false;
        for (const int k : keyIndexes)
            keyWithheld = keyWithheld || in.value(k).action != PolicyDecision::Action::Pass;
        for (int i = 0; i < in.size() && std::size_t(i) < r.source.values.size(); ++i)
            r.source.values[std::size_t(i)] = viewed(in[i], r.source.values[std::size_t(i)], keys);
        for (int i = 0; i < out.size() && std::size_t(i) < r.output.values.size(); ++i)
            r.output.values[std::size_t(i)] = viewed(out[i], r.output.values[std::size_t(i)], keys);
        if (keyWithheld) {
            Key key;
            for (const int k : keyIndexes)
                key.parts.push_back(r.source.values[std::size_t(k)]);
            r.key = key.toString();
        }
        if (withheld.isEmpty())
            continue;
        r.outcome.error.message = withoutWithheldValues(r.outcome.error.message, withheld);
        for (FieldTrace &t : r.trace.fields)
            t.error.message = withoutWithheldValues(t.error.message, withheld);
        for (RecordTrace::Problem &p : r.trace.sourceErrors)
            p.error.message = withoutWithheldValues(p.error.message, withheld);
        for (RecordTrace::Problem &p : r.trace.failedRules)
            p.error.message = withoutWithheldValues(p.error.message, withheld);
    }
    return {};
}

} // namespace concord
