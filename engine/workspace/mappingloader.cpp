#include "workspace/mappingloader.h"

namespace concord {

namespace {

const QStringList kMappingKeys = {QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("fields"),
                                  QStringLiteral("validate"), QStringLiteral("description"),
                                  QStringLiteral("lookups")};
const QStringList kFieldKeys = {QStringLiteral("from"),    QStringLiteral("expr"),      QStringLiteral("const"),
                                QStringLiteral("transform"), QStringLiteral("cases"),   QStringLiteral("else"),
                                QStringLiteral("default"), QStringLiteral("on_null"),   QStringLiteral("type"),
                                QStringLiteral("lookup"),  QStringLiteral("description")};
const QStringList kValidateKeys = {QStringLiteral("required"), QStringLiteral("unique"), QStringLiteral("rules")};
const QStringList kRuleKeys = {QStringLiteral("field"), QStringLiteral("check"), QStringLiteral("code"),
                               QStringLiteral("message")};
const QStringList kTransforms = {QStringLiteral("trim"), QStringLiteral("upper"), QStringLiteral("lower")};

void readCases(const YamlReader &r, const YAML::Node &node, FieldRule &rule)
{
    if (!r.expectSequence(node, QStringLiteral("cases")))
        return;
    for (const auto &item : node) {
        if (!r.expectMap(item, QStringLiteral("a case")))
            continue;
        r.checkKeys(item, {QStringLiteral("when"), QStringLiteral("then")}, QStringLiteral("a case"));
        CaseRule c;
        const YAML::Node when = item["when"];
        const YAML::Node then = item["then"];
        if (!when) {
            r.error(item, QStringLiteral("a case needs 'when: EXPRESSION'"), ErrorCode::MappingError);
            continue;
        }
        if (const auto s = r.scalar(when, QStringLiteral("when")))
            c.when = *s;
        c.whenLocation = r.scalarStart(when);
        if (!then) {
            r.error(item, QStringLiteral("a case needs 'then: VALUE'"), ErrorCode::MappingError);
            continue;
        }
        c.thenLocation = r.scalarStart(then);
        if (then.IsMap() && then["expr"]) {
            if (const auto s = r.scalar(then["expr"], QStringLiteral("then.expr")))
                c.thenExpr = *s;
            c.thenLocation = r.scalarStart(then["expr"]);
        } else if (then.IsScalar() || then.IsNull()) {
            c.then = YamlReader::scalarValue(then);
        } else {
            r.error(then, QStringLiteral("'then' must be a value or { expr: EXPRESSION }"), ErrorCode::MappingError);
        }
        rule.cases.append(c);
    }
}

void readField(const YamlReader &r, const QString &target, const YAML::Node &keyNode, const YAML::Node &node,
               MappingRules &m)
{
    FieldRule rule;
    rule.target = target;
    rule.location = r.location(keyNode);
    if (node.IsScalar()) { // shorthand: "order_id: id" means from: id
        rule.from = YamlReader::text(node);
        m.fields.append(rule);
        return;
    }
    if (!r.expectMap(node, QStringLiteral("the rule for field '%1'").arg(target)))
        return;
    r.checkKeys(node, kFieldKeys, QStringLiteral("the rule for field '%1'").arg(target));
    if (node["from"])
        rule.from = r.scalar(node["from"], QStringLiteral("from")).value_or(QString());
    if (node["expr"]) {
        rule.expr = r.scalar(node["expr"], QStringLiteral("expr")).value_or(QString());
        rule.exprLocation = r.scalarStart(node["expr"]);
    }
    if (node["const"])
        rule.constant = YamlReader::scalarValue(node["const"]);
    const int sources = int(!rule.from.isEmpty()) + int(!rule.expr.isEmpty()) + int(rule.constant.has_value());
    if (sources > 1)
        r.error(keyNode, QStringLiteral("field '%1' takes its value from more than one of 'from', 'expr' and 'const'; "
                                        "choose one")
                             .arg(target),
                ErrorCode::MappingError);
    if (node["transform"]) {
        rule.transforms = r.stringList(node["transform"], QStringLiteral("transform"));
        for (const QString &t : rule.transforms)
            if (!kTransforms.contains(t))
                r.error(node["transform"], QStringLiteral("unknown transform '%1' (known: %2)")
                                               .arg(t, kTransforms.join(QStringLiteral(", "))),
                        ErrorCode::MappingError);
    }
    if (node["cases"])
        readCases(r, node["cases"], rule);
    if (node["else"] && !node["cases"])
        // Without cases there is nothing for `else` to be the alternative of; what was meant is
        // almost certainly `default` (for nulls) or `const`.
        r.error(node["else"], QStringLiteral("'else' only applies after 'cases'; to replace a null use 'default', to "
                                             "set a fixed value use 'const'"),
                ErrorCode::MappingError);
    if (node["else"]) {
        const YAML::Node e = node["else"];
        if (e.IsMap()) {
            r.checkKeys(e, {QStringLiteral("expr")}, QStringLiteral("else"));
            if (e["expr"]) {
                rule.elseExpr = r.scalar(e["expr"], QStringLiteral("else.expr")).value_or(QString());
                rule.elseExprLocation = r.scalarStart(e["expr"]);
            } else if (e.size() == 0) // other keys were reported as unknown just above
                r.error(e, QStringLiteral("'else' must be a value or { expr: EXPRESSION }"), ErrorCode::MappingError);
        } else if (e.IsScalar() || e.IsNull()) {
            rule.elseValue = YamlReader::scalarValue(e);
        } else {
            r.error(e, QStringLiteral("'else' must be a value or { expr: EXPRESSION }"), ErrorCode::MappingError);
        }
    }
    if (node["default"])
        rule.defaultValue = YamlReader::scalarValue(node["default"]);
    if (node["on_null"]) {
        rule.onNullWritten = true;
        if (const auto s = r.scalar(node["on_null"], QStringLiteral("on_null"))) {
            if (const auto p = parseNullPolicy(*s))
                rule.onNull = *p;
            else
                r.error(node["on_null"], QStringLiteral("on_null must be keep, default, skip_record or error, not '%1'")
                                             .arg(*s),
                        ErrorCode::MappingError);
        }
    }
    // A default with no explicit null policy is meant to be used.
    if (node["default"] && !node["on_null"])
        rule.onNull = NullPolicy::Default;
    if (rule.onNull == NullPolicy::Default && !rule.defaultValue)
        r.error(node["on_null"], QStringLiteral("on_null: default needs a 'default:' value"), ErrorCode::MappingError);
    if (node["type"]) {
        if (const auto s = r.scalar(node["type"], QStringLiteral("type"))) {
            if (const auto t = FieldType::parse(*s))
                rule.type = *t;
            else
                r.error(node["type"], QStringLiteral("unknown type '%1' (int, decimal(p,s), string, bool, date, "
                                                     "timestamp, json)")
                                          .arg(*s),
                        ErrorCode::MappingError);
        }
    }
    if (node["description"])
        rule.description = r.scalar(node["description"], QStringLiteral("description")).value_or(QString());
    if (node["lookup"]) {
        const YAML::Node l = node["lookup"];
        if (r.expectMap(l, QStringLiteral("lookup"))) {
            r.checkKeys(l, {QStringLiteral("values"), QStringLiteral("dataset"), QStringLiteral("key"),
                            QStringLiteral("value"), QStringLiteral("default")},
                        QStringLiteral("lookup"));
            LookupRule lookup;
            if (l["values"] && r.expectMap(l["values"], QStringLiteral("lookup.values"))) {
                for (auto it = l["values"].begin(); it != l["values"].end(); ++it)
                    lookup.values.insert(YamlReader::text(it->first), YamlReader::scalarValue(it->second));
            }
            if (l["dataset"])
                lookup.dataset = r.scalar(l["dataset"], QStringLiteral("lookup.dataset")).value_or(QString());
            if (l["key"])
                lookup.keyField = r.scalar(l["key"], QStringLiteral("lookup.key")).value_or(QString());
            if (l["value"])
                lookup.valueField = r.scalar(l["value"], QStringLiteral("lookup.value")).value_or(QString());
            if (l["default"])
                lookup.fallback = YamlReader::scalarValue(l["default"]);
            rule.lookup = lookup;
        }
    }
    m.fields.append(rule);
}

void readValidate(const YamlReader &r, const YAML::Node &node, MappingRules &m)
{
    if (!r.expectMap(node, QStringLiteral("validate")))
        return;
    r.checkKeys(node, kValidateKeys, QStringLiteral("validate"));
    if (node["required"])
        m.required = r.stringList(node["required"], QStringLiteral("validate.required"));
    if (node["unique"])
        m.unique = r.stringList(node["unique"], QStringLiteral("validate.unique"));
    if (node["rules"] && r.expectSequence(node["rules"], QStringLiteral("validate.rules"))) {
        for (const auto &item : node["rules"]) {
            if (!r.expectMap(item, QStringLiteral("a validation rule")))
                continue;
            r.checkKeys(item, kRuleKeys, QStringLiteral("a validation rule"));
            ValidationRule v;
            v.location = r.location(item);
            if (item["field"])
                v.field = r.scalar(item["field"], QStringLiteral("field")).value_or(QString());
            if (item["check"]) {
                v.check = r.scalar(item["check"], QStringLiteral("check")).value_or(QString());
                v.location = r.scalarStart(item["check"]);
            } else {
                r.error(item, QStringLiteral("a validation rule needs 'check: EXPRESSION'"), ErrorCode::MappingError);
            }
            v.code = item["code"] ? r.scalar(item["code"], QStringLiteral("code")).value_or(QString())
                                  : ErrorCode::ValidationFailed;
            if (item["message"])
                v.message = r.scalar(item["message"], QStringLiteral("message")).value_or(QString());
            m.rules.append(v);
        }
    }
}

// The mapping in a parsed document. `r.file()` is what errors name.
std::optional<MappingRules> readRules(const YamlReader &r, const YAML::Node &root, const QString &relativePath)
{
    MappingRules m;
    m.path = relativePath;
    m.absolutePath = r.file();
    m.location = SourceLocation{r.file(), 1, 1};
    if (!r.expectMap(root, QStringLiteral("a mapping file")))
        return std::nullopt;
    r.checkKeys(root, kMappingKeys, QStringLiteral("the mapping"));
    if (root["source"])
        m.source = r.scalar(root["source"], QStringLiteral("source")).value_or(QString());
    else
        r.error(m.location, QStringLiteral("the mapping needs 'source: SYSTEM.DATASET'"), ErrorCode::MappingError);
    if (root["target"])
        m.target = r.scalar(root["target"], QStringLiteral("target")).value_or(QString());
    else
        r.error(m.location, QStringLiteral("the mapping needs 'target: SYSTEM.DATASET'"), ErrorCode::MappingError);
    if (root["description"])
        m.description = r.scalar(root["description"], QStringLiteral("description")).value_or(QString());
    const YAML::Node fields = root["fields"];
    if (!fields) {
        r.error(m.location, QStringLiteral("the mapping needs 'fields:'"), ErrorCode::MappingError);
    } else if (r.expectMap(fields, QStringLiteral("fields"))) {
        for (auto it = fields.begin(); it != fields.end(); ++it)
            readField(r, YamlReader::text(it->first), it->first, it->second, m);
    }
    if (root["validate"])
        readValidate(r, root["validate"], m);
    if (root["lookups"] && r.expectMap(root["lookups"], QStringLiteral("lookups"))) {
        for (auto t = root["lookups"].begin(); t != root["lookups"].end(); ++t) {
            const QString table = YamlReader::text(t->first);
            if (!r.expectMap(t->second, QStringLiteral("lookup table '%1'").arg(table)))
                continue;
            QMap<QString, Value> &entries = m.lookupTables[table];
            for (auto it = t->second.begin(); it != t->second.end(); ++it) {
                if (!it->second.IsScalar() && !it->second.IsNull()) {
                    r.error(it->second, QStringLiteral("lookup table '%1': the value of '%2' must be a single value")
                                            .arg(table, YamlReader::text(it->first)),
                            ErrorCode::MappingError);
                    continue;
                }
                entries.insert(YamlReader::text(it->first), YamlReader::scalarValue(it->second));
            }
        }
    }
    m.version = mappingVersion(m);
    return m;
}

std::optional<MappingRules> readGuarded(const YamlReader &r, const YAML::Node &root, const QString &relativePath)
{
    // yaml-cpp throws from node accessors when a document surprises it; the checks in readRules
    // are meant to make that impossible, and this keeps a miss an error value, never a crash.
    try {
        return readRules(r, root, relativePath);
    } catch (const YAML::Exception &e) {
        r.error(r.location(e.mark), QStringLiteral("YAML error: %1").arg(QString::fromStdString(e.msg)),
                ErrorCode::MappingError);
    } catch (const std::exception &e) {
        r.error(SourceLocation{r.file(), 1, 1},
                QStringLiteral("cannot read the mapping: %1").arg(QString::fromLocal8Bit(e.what())),
                ErrorCode::MappingError);
    }
    return std::nullopt;
}

} // namespace

std::optional<MappingRules> MappingLoader::load(const QString &relativePath, const QString &filePath,
                                                ErrorList *errors)
{
    YamlReader r(filePath, errors);
    bool ok = false;
    const YAML::Node root = r.load(&ok);
    if (!ok)
        return std::nullopt;
    return readGuarded(r, root, relativePath);
}

std::optional<MappingRules> MappingLoader::loadText(const QString &relativePath, const QByteArray &yaml,
                                                    ErrorList *errors)
{
    YamlReader r(relativePath, errors);
    bool ok = false;
    const YAML::Node root = r.loadText(yaml, &ok);
    if (!ok)
        return std::nullopt;
    return readGuarded(r, root, relativePath);
}

} // namespace concord
