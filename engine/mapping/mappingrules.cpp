#include "mapping/mappingrules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

std::optional<NullPolicy> parseNullPolicy(const QString &text)
{
    if (text == QLatin1String("keep"))
        return NullPolicy::Keep;
    if (text == QLatin1String("default"))
        return NullPolicy::Default;
    if (text == QLatin1String("skip_record"))
        return NullPolicy::SkipRecord;
    if (text == QLatin1String("error"))
        return NullPolicy::Error;
    return std::nullopt;
}

QString nullPolicyName(NullPolicy p)
{
    switch (p) {
    case NullPolicy::Keep: return QStringLiteral("keep");
    case NullPolicy::Default: return QStringLiteral("default");
    case NullPolicy::SkipRecord: return QStringLiteral("skip_record");
    case NullPolicy::Error: return QStringLiteral("error");
    }
    return {};
}

const FieldRule *MappingRules::rule(const QString &target) const
{
    for (const FieldRule &r : fields)
        if (r.target == target)
            return &r;
    return nullptr;
}

namespace {

// Values are tagged with their type so that const: 1 and const: '1' hash differently.
QJsonValue canonicalValue(const Value &v)
{
    return QJsonArray{Value::typeName(v.type()), v.toString()};
}

} // namespace

QString mappingVersion(const MappingRules &m)
{
    // QJsonObject keeps keys sorted, which gives the canonical order for free.
    QJsonObject root;
    root.insert(QStringLiteral("source"), m.source);
    root.insert(QStringLiteral("target"), m.target);
    QJsonObject fields;
    for (const FieldRule &r : m.fields) {
        QJsonObject f;
        if (!r.from.isEmpty())
            f.insert(QStringLiteral("from"), r.from);
        if (!r.expr.isEmpty())
            f.insert(QStringLiteral("expr"), r.expr.trimmed());
        if (r.constant)
            f.insert(QStringLiteral("const"), canonicalValue(*r.constant));
        if (!r.transforms.isEmpty())
            f.insert(QStringLiteral("transform"), QJsonArray::fromStringList(r.transforms));
        QJsonArray cases;
        for (const CaseRule &c : r.cases)
            cases.append(QJsonArray{c.when.trimmed(), canonicalValue(c.then), c.thenExpr.trimmed()});
        if (!cases.isEmpty())
            f.insert(QStringLiteral("cases"), cases);
        if (r.elseValue)
            f.insert(QStringLiteral("else"), canonicalValue(*r.elseValue));
        if (!r.elseExpr.isEmpty())
            f.insert(QStringLiteral("else_expr"), r.elseExpr.trimmed());
        if (r.defaultValue)
            f.insert(QStringLiteral("default"), canonicalValue(*r.defaultValue));
        f.insert(QStringLiteral("on_null"), nullPolicyName(r.onNull));
        if (r.type)
            f.insert(QStringLiteral("type"), r.type->toString());
        if (r.lookup) {
            QJsonObject l;
            for (auto it = r.lookup->values.cbegin(); it != r.lookup->values.cend(); ++it)
                l.insert(it.key(), canonicalValue(it.value()));
            f.insert(QStringLiteral("lookup"), QJsonArray{l, r.lookup->dataset, r.lookup->keyField,
                                                          r.lookup->valueField,
                                                          r.lookup->fallback ? canonicalValue(*r.lookup->fallback)
                                                                             : QJsonValue()});
        }
        fields.insert(r.target, f);
    }
    root.insert(QStringLiteral("fields"), fields);
    if (!m.lookupTables.isEmpty()) {
        QJsonObject tables;
        for (auto t = m.lookupTables.cbegin(); t != m.lookupTables.cend(); ++t) {
            QJsonObject entries;
            for (auto it = t->cbegin(); it != t->cend(); ++it)
                entries.insert(it.key(), canonicalValue(it.value()));
            tables.insert(t.key(), entries);
        }
        root.insert(QStringLiteral("lookups"), tables);
    }
    QJsonArray rules;
    for (const ValidationRule &v : m.rules)
        rules.append(QJsonArray{v.field, v.check.trimmed(), v.code, v.message});
    root.insert(QStringLiteral("validate"), QJsonArray{QJsonArray::fromStringList(m.required),
                                                       QJsonArray::fromStringList(m.unique), rules});
    const QByteArray canonical = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace concord
