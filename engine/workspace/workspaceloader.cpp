#include "workspace/workspaceloader.h"

#include "governance/ratelimit.h"
#include "governance/schedule.h"
#include "mapping/mapper.h"
#include "policy/masking.h"
#include "workspace/consistencyloader.h"
#include "workspace/mappingloader.h"
#include "workspace/opsloader.h"
#include "workspace/sourceloader.h"
#include "workspace/yamlreader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace concord {

namespace {

const QStringList kTopKeys = {QStringLiteral("name"),     QStringLiteral("description"), QStringLiteral("departments"),
                              QStringLiteral("roles"),    QStringLiteral("systems"),     QStringLiteral("datasets"),
                              QStringLiteral("pipelines"), QStringLiteral("settings"),   QStringLiteral("policies"),
                              QStringLiteral("secret"),   QStringLiteral("stewards"),
                              QStringLiteral("alerts"),   QStringLiteral("circuit_breaker"),
                              QStringLiteral("retention")};
const QStringList kRoleKeys = {QStringLiteral("department"), QStringLiteral("clearance"), QStringLiteral("description")};
const QStringList kSystemKeys = {
    QStringLiteral("kind"),     QStringLiteral("path"),       QStringLiteral("host"),     QStringLiteral("port"),
    QStringLiteral("database"), QStringLiteral("user"),       QStringLiteral("password"), QStringLiteral("department"),
    QStringLiteral("clearance"), QStringLiteral("description"), QStringLiteral("schema"), QStringLiteral("options"),
    QStringLiteral("url"),      QStringLiteral("auth"),       QStringLiteral("headers"),  QStringLiteral("timeout"),
    QStringLiteral("tls"),      QStringLiteral("secret"),     QStringLiteral("rate_limit"), QStringLiteral("max_body"),
    QStringLiteral("window"),   QStringLiteral("source_system")};
const QStringList kSystemKinds = {QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("mysql"),
                                  QStringLiteral("mariadb"), QStringLiteral("rest"),    QStringLiteral("webhook")};
// Kinds whose connector this version has; the others load but their pipelines cannot run yet.
const QStringList kAvailableKinds = {QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("mysql"),
                                     QStringLiteral("mariadb"), QStringLiteral("rest"),  QStringLiteral("webhook")};
const QStringList kDatasetKeys = {QStringLiteral("system"),      QStringLiteral("table"),  QStringLiteral("key"),
                                  QStringLiteral("version"),     QStringLiteral("soft_delete"), QStringLiteral("fields"),
                                  QStringLiteral("description"), QStringLiteral("endpoint"), QStringLiteral("query"),
                                  QStringLiteral("capture"),     QStringLiteral("event")};
const QStringList kPolicyKeys = {QStringLiteral("field"), QStringLiteral("to"), QStringLiteral("action"),
                                 QStringLiteral("mask"), QStringLiteral("reason")};
const QStringList kFieldKeys = {QStringLiteral("type"),       QStringLiteral("sensitivity"), QStringLiteral("mask"),
                                QStringLiteral("visible_to"), QStringLiteral("description"), QStringLiteral("key"),
                                QStringLiteral("nullable"),   QStringLiteral("column")};
const QStringList kPipelineKeys = {
    QStringLiteral("source"),      QStringLiteral("target"),    QStringLiteral("mapping"),
    QStringLiteral("reverse_mapping"), QStringLiteral("mode"),  QStringLiteral("schedule"),
    QStringLiteral("direction"),   QStringLiteral("conflict"),  QStringLiteral("retry"),
    QStringLiteral("batch_size"),  QStringLiteral("rate_limit"), QStringLiteral("after"),
    QStringLiteral("consistency"), QStringLiteral("description"), QStringLiteral("enabled"),
    QStringLiteral("schema_drift")};
const QStringList kModes = {QStringLiteral("realtime"), QStringLiteral("incremental"), QStringLiteral("batch")};
const QStringList kDirections = {QStringLiteral("one-way"), QStringLiteral("two-way")};
const QStringList kStrategies = {QStringLiteral("last_write_wins"), QStringLiteral("source_priority"),
                                 QStringLiteral("field_priority"), QStringLiteral("manual")};

// A name stewards can type on a command line and we can quote safely in SQL.
bool validIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_$-]*$"));
    return re.match(s).hasMatch();
}

bool validSchedule(const QString &s)
{
    static const QRegularExpression every(QStringLiteral("^every\\s+\\d+\\s*(s|m|h|d)$"));
    if (every.match(s.trimmed()).hasMatch())
        return true;
    const QStringList parts = s.simplified().split(QLatin1Char(' '));
    if (parts.size() != 5)
        return false;
    static const QRegularExpression cronField(QStringLiteral("^[0-9*/,\\-A-Za-z?]+$"));
    for (const QString &p : parts)
        if (!cronField.match(p).hasMatch())
            return false;
    return true;
}

class Loader
{
public:
    Loader(const QString &dir, WorkspaceLoad &out) : m_dir(dir), m_out(out) { }

    void run();

private:
    QString filePath(const QString &relative) const { return QDir(m_dir).filePath(relative); }
    Sensitivity clearance(const YamlReader &r, const YAML::Node &node, const QString &what);

    void readRoles(const YamlReader &r, const YAML::Node &node);
    void readSystems(const YamlReader &r, const YAML::Node &node);
    void readDatasets(const YamlReader &r, const YAML::Node &node);
    void readDataset(const YamlReader &r, const QString &id, const YAML::Node &keyNode, const YAML::Node &node);
    void readPipelines(const YamlReader &r, const YAML::Node &node);
    void readPipeline(const YamlReader &r, const QString &name, const YAML::Node &keyNode, const YAML::Node &node);
    void loadMapping(const YamlReader &r, const QString &path, const YAML::Node &at);
    void checkMappings();
    void readStewards(const YamlReader &r, const YAML::Node &node);
    void warnUntaggedAcrossDepartments();
    void readPolicies(const YamlReader &r, const YAML::Node &node);
    void checkMask(const YamlReader &r, const YAML::Node &node, const QString &text, const Field &field,
                   const QString &where);

    QString m_dir;
    WorkspaceLoad &m_out;
    Workspace &ws() { return *m_out.workspace; }
    QMap<QString, SourceLocation> m_mappingRefs; // mapping path -> where a pipeline referenced it
};

Sensitivity Loader::clearance(const YamlReader &r, const YAML::Node &node, const QString &what)
{
    const auto s = r.scalar(node, what);
    if (!s)
        return Sensitivity::Unset;
    const auto level = parseSensitivity(*s);
    if (!level) {
        r.error(node, QStringLiteral("%1 must be L1, L2 or L3, not '%2'").arg(what, *s));
        return Sensitivity::Unset;
    }
    return *level;
}

void Loader::run()
{
    const QString file = filePath(QStringLiteral("workspace.yaml"));
    YamlReader r(file, &m_out.errors);
    if (!QFileInfo::exists(file)) {
        r.error(SourceLocation{file, 0, 0}, QStringLiteral("no workspace.yaml here; create one with 'concordctl -w DIR "
                                                           "init-demo' or see docs/workspace.md"));
        return;
    }
    bool ok = false;
    const YAML::Node root = r.load(&ok);
    if (!ok)
        return;
    if (!r.expectMap(root, QStringLiteral("workspace.yaml")))
        return;
    r.checkKeys(root, kTopKeys, QStringLiteral("workspace.yaml"));
    ws().name = root["name"] ? r.scalar(root["name"], QStringLiteral("name")).value_or(QString())
                             : QFileInfo(m_dir).fileName();
    if (root["departments"])
        ws().departments = r.stringList(root["departments"], QStringLiteral("departments"));
    if (root["secret"]) {
        ws().secret = r.scalar(root["secret"], QStringLiteral("secret")).value_or(QString());
        if (!ws().secret.startsWith(QLatin1String("keychain:")) && !ws().secret.startsWith(QLatin1String("env:")))
            r.error(root["secret"], QStringLiteral("secret must be a reference, keychain:NAME or env:VAR; the secret "
                                                   "itself never goes into workspace.yaml"));
    }
    if (root["roles"])
        readRoles(r, root["roles"]);
    if (root["systems"])
        readSystems(r, root["systems"]);
    else
        r.error(SourceLocation{file, 1, 1}, QStringLiteral("workspace.yaml declares no 'systems:'"));
    if (root["datasets"])
        readDatasets(r, root["datasets"]);
    if (root["pipelines"])
        readPipelines(r, root["pipelines"]);
    if (root["policies"])
        readPolicies(r, root["policies"]);
    if (root["circuit_breaker"])
        readCircuitBreaker(r, root["circuit_breaker"], ws().circuit);
    if (root["retention"])
        readRetention(r, root["retention"], ws().retention);
    ws().alerts.rules = defaultAlertRules();
    if (root["alerts"])
        readAlerts(r, root["alerts"], ws().pipelines.keys(), ws().alerts);
    if (root["stewards"])
        readStewards(r, root["stewards"]);
    else if (!ws().roles.isEmpty())
        m_out.warnings.append(Error{ErrorCode::ConfigInvalid,
                                    QStringLiteral("workspace.yaml declares roles but no 'stewards:'; whoever opens the "
                                                   "console has no role and sees L1 fields only (docs/policy.md §7)"),
                                    r.location(root["roles"])});
    checkMappings();
    warnUntaggedAcrossDepartments();
}

void Loader::readStewards(const YamlReader &r, const YAML::Node &node)
{
    if (!r.expectMap(node, QStringLiteral("stewards")))
        return;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString user = YamlReader::text(it->first);
        const auto role = r.scalar(it->second, QStringLiteral("steward '%1'").arg(user));
        if (!role)
            continue;
        if (!ws().roles.contains(*role))
            r.error(it->second, QStringLiteral("steward '%1': unknown role '%2' (roles: %3)")
                                    .arg(user, *role, ws().roles.keys().join(QStringLiteral(", "))));
        else
            ws().stewards.insert(user, *role);
    }
}

// A field nobody tagged counts as L2. Where its dataset feeds another department, that default
// decides what the other department receives, so say which fields rely on it.
void Loader::warnUntaggedAcrossDepartments()
{
    QSet<QString> warned;
    for (const PipelineDef &p : std::as_const(ws().pipelines)) {
        const DatasetDef *src = ws().dataset(p.source);
        const DatasetDef *dst = ws().dataset(p.target);
        if (!src || !dst || warned.contains(src->id))
            continue;
        const SystemDef *from = ws().systemOf(*src);
        const SystemDef *to = ws().systemOf(*dst);
        if (!from || !to || from->department == to->department)
            continue;
        warned.insert(src->id);
        QStringList untagged;
        for (const Field &f : src->schema.fields)
            if (f.sensitivity == Sensitivity::Unset)
                untagged.append(f.name);
        if (untagged.isEmpty())
            continue;
        m_out.warnings.append(Error{ErrorCode::ConfigInvalid,
                                    QStringLiteral("dataset %1 feeds department %2 (pipeline '%3') but %4 untagged: "
                                                   "%5 (treated as L2; tag them with sensitivity: L1, L2 or L3)")
                                        .arg(src->id,
                                             to->department.isEmpty() ? QStringLiteral("of system ") + to->name
                                                                      : to->department,
                                             p.name,
                                             untagged.size() == 1 ? QStringLiteral("one field is")
                                                                  : QStringLiteral("%1 fields are").arg(untagged.size()),
                                             untagged.join(QStringLiteral(", "))),
                                    src->schema.fields[src->schema.indexOf(untagged.front())].location});
    }
}

void Loader::checkMask(const YamlReader &r, const YAML::Node &node, const QString &text, const Field &field,
                       const QString &where)
{
    const auto mask = parseMaskStrategy(text);
    if (!mask.ok()) {
        r.error(node, QStringLiteral("%1: %2").arg(where, mask.error().message));
        return;
    }
    const FieldType::Kind k = field.type.kind;
    if (mask->kind == MaskStrategy::Kind::Generalize) {
        const bool bands = mask->unit == MaskStrategy::Unit::Bands;
        if (bands && k != FieldType::Int && k != FieldType::Decimal)
            r.error(node, QStringLiteral("%1: %2 needs a number field, and this one is %3")
                              .arg(where, mask->text(), field.type.toString()));
        else if (!bands && k != FieldType::Date && k != FieldType::Timestamp)
            r.error(node, QStringLiteral("%1: %2 needs a date or timestamp field, and this one is %3")
                              .arg(where, mask->text(), field.type.toString()));
    }
}

void Loader::readPolicies(const YamlReader &r, const YAML::Node &node)
{
    if (!r.expectSequence(node, QStringLiteral("policies")))
        return;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const YAML::Node v = node[i];
        const QString where = QStringLiteral("policy rule %1").arg(i + 1);
        if (!r.expectMap(v, where))
            continue;
        r.checkKeys(v, kPolicyKeys, where);
        PolicyRule rule;
        rule.location = r.location(v);
        // field: DATASET.FIELD or DATASET.*; the dataset id itself holds one dot (system.name).
        const QString field = v["field"] ? r.scalar(v["field"], QStringLiteral("field")).value_or(QString()) : QString();
        const qsizetype dot = field.lastIndexOf(QLatin1Char('.'));
        rule.dataset = dot > 0 ? field.left(dot) : QString();
        rule.field = dot > 0 ? field.mid(dot + 1) : QString();
        const DatasetDef *ds = ws().datasets.contains(rule.dataset) ? &ws().datasets[rule.dataset] : nullptr;
        const int fi = ds && rule.field != QLatin1String("*") ? ds->schema.indexOf(rule.field) : -1;
        if (!v["field"])
            r.error(v, QStringLiteral("%1 needs 'field: DATASET.FIELD' (or DATASET.* for all its fields)").arg(where));
        else if (!ds)
            r.error(v["field"], QStringLiteral("%1: '%2' is not DATASET.FIELD of a declared dataset").arg(where, field));
        else if (rule.field != QLatin1String("*") && fi < 0)
            r.error(v["field"], QStringLiteral("%1: dataset %2 has no field '%3' (fields: %4)")
                                    .arg(where, rule.dataset, rule.field,
                                         ds->schema.fieldNames().join(QStringLiteral(", "))));
        if (v["to"]) {
            rule.to = r.stringList(v["to"], QStringLiteral("to"));
            for (const QString &h : std::as_const(rule.to))
                if (h != QLatin1String("*") && !ws().roles.contains(h) && !ws().systems.contains(h))
                    r.error(v["to"], QStringLiteral("%1: '%2' is neither a role nor a system").arg(where, h));
        } else {
            r.error(v, QStringLiteral("%1 needs 'to: [ROLE or SYSTEM, ...]' ('*' for everyone)").arg(where));
        }
        const QString action = v["action"] ? r.scalar(v["action"], QStringLiteral("action")).value_or(QString()) : QString();
        if (action == QLatin1String("pass"))
            rule.action = PolicyRule::Action::Pass;
        else if (action == QLatin1String("mask"))
            rule.action = PolicyRule::Action::Mask;
        else if (action == QLatin1String("drop"))
            rule.action = PolicyRule::Action::Drop;
        else
            r.error(v["action"] ? v["action"] : v,
                    QStringLiteral("%1: action must be pass, mask or drop%2")
                        .arg(where, action.isEmpty() ? QString() : QStringLiteral(", not '%1'").arg(action)));
        if (v["mask"]) {
            rule.mask = r.scalar(v["mask"], QStringLiteral("mask")).value_or(QString());
            if (rule.action != PolicyRule::Action::Mask)
                r.error(v["mask"], QStringLiteral("%1: 'mask' goes with action: mask").arg(where));
            else if (fi >= 0)
                checkMask(r, v["mask"], rule.mask, ds->schema.fields[fi], where);
            else if (const auto m = parseMaskStrategy(rule.mask); !m.ok())
                r.error(v["mask"], QStringLiteral("%1: %2").arg(where, m.error().message));
        } else if (rule.action == PolicyRule::Action::Mask && fi >= 0 && ds->schema.fields[fi].mask.isEmpty()) {
            r.error(v, QStringLiteral("%1: action: mask needs 'mask:' here, as field %2 has no mask of its own")
                           .arg(where, rule.field));
        }
        if (v["reason"])
            rule.reason = r.scalar(v["reason"], QStringLiteral("reason")).value_or(QString());
        ws().policies.append(rule);
    }
}

void Loader::readRoles(const YamlReader &r, const YAML::Node &node)
{
    if (!r.expectMap(node, QStringLiteral("roles")))
        return;
    for (auto it = node.begin(); it != node.end(); ++it) {
        RoleDef role;
        role.name = YamlReader::text(it->first);
        role.location = r.location(it->first);
        const YAML::Node v = it->second;
        if (!r.expectMap(v, QStringLiteral("role '%1'").arg(role.name)))
            continue;
        r.checkKeys(v, kRoleKeys, QStringLiteral("role '%1'").arg(role.name));
        if (v["department"]) {
            role.department = r.scalar(v["department"], QStringLiteral("department")).value_or(QString());
            if (!ws().departments.isEmpty() && !ws().departments.contains(role.department))
                r.error(v["department"], QStringLiteral("unknown department '%1' (departments: %2)")
                                             .arg(role.department, ws().departments.join(QStringLiteral(", "))));
        }
        if (v["clearance"])
            role.clearance = clearance(r, v["clearance"], QStringLiteral("clearance"));
        else
            r.error(it->first, QStringLiteral("role '%1' needs a clearance (L1, L2 or L3)").arg(role.name));
        ws().roles.insert(role.name, role);
    }
}

void Loader::readSystems(const YamlReader &r, const YAML::Node &node)
{
    if (!r.expectMap(node, QStringLiteral("systems")))
        return;
    for (auto it = node.begin(); it != node.end(); ++it) {
        SystemDef s;
        s.name = YamlReader::text(it->first);
        s.location = r.location(it->first);
        const YAML::Node v = it->second;
        if (!validIdentifier(s.name))
            r.error(it->first, QStringLiteral("system name '%1' may hold only letters, digits, '_' and '-'").arg(s.name));
        if (!r.expectMap(v, QStringLiteral("system '%1'").arg(s.name)))
            continue;
        r.checkKeys(v, kSystemKeys, QStringLiteral("system '%1'").arg(s.name));
        if (!v["kind"]) {
            r.error(it->first, QStringLiteral("system '%1' needs a kind (%2)").arg(s.name, kSystemKinds.join(QStringLiteral(", "))));
        } else {
            s.kind = r.scalar(v["kind"], QStringLiteral("kind")).value_or(QString());
            if (!kSystemKinds.contains(s.kind))
                r.error(v["kind"], QStringLiteral("unknown kind '%1' (known: %2)").arg(s.kind, kSystemKinds.join(QStringLiteral(", "))));
            else if (!kAvailableKinds.contains(s.kind))
                m_out.warnings.append(Error{ErrorCode::ConfigInvalid,
                                            QStringLiteral("system '%1': the %2 connector is not available in this "
                                                           "version; pipelines using it cannot run yet")
                                                .arg(s.name, s.kind),
                                            r.location(v["kind"])});
        }
        if (v["path"])
            s.path = r.scalar(v["path"], QStringLiteral("path")).value_or(QString());
        if (s.kind == QLatin1String("sqlite") && s.path.isEmpty())
            r.error(it->first, QStringLiteral("sqlite system '%1' needs 'path: FILE'").arg(s.name));
        if (v["host"])
            s.host = r.scalar(v["host"], QStringLiteral("host")).value_or(QString());
        if (v["port"])
            s.port = r.integer(v["port"], QStringLiteral("port")).value_or(0);
        if (v["database"])
            s.database = r.scalar(v["database"], QStringLiteral("database")).value_or(QString());
        if (v["user"])
            s.user = r.scalar(v["user"], QStringLiteral("user")).value_or(QString());
        readSecretsAndOptions(r, v, s);
        if (v["department"]) {
            s.department = r.scalar(v["department"], QStringLiteral("department")).value_or(QString());
            if (!ws().departments.isEmpty() && !ws().departments.contains(s.department))
                r.error(v["department"], QStringLiteral("unknown department '%1' (departments: %2)")
                                             .arg(s.department, ws().departments.join(QStringLiteral(", "))));
        }
        if (v["clearance"])
            s.clearance = clearance(r, v["clearance"], QStringLiteral("clearance"));
        for (const char *k : {"schema", "url", "timeout", "rate_limit", "tls"})
            if (v[k] && v[k].IsScalar())
                s.options.insert(QString::fromLatin1(k), YamlReader::text(v[k]));
        if ((s.kind == QLatin1String("postgres") || s.kind == QLatin1String("mysql") || s.kind == QLatin1String("mariadb"))
            && s.database.isEmpty())
            r.error(it->first, QStringLiteral("%1 system '%2' needs 'database: NAME'").arg(s.kind, s.name));
        // How long to wait for the system: a connection, a reply, or (SQLite) another writer's lock.
        if (v["timeout"])
            if (const auto ms = r.duration(v["timeout"], QStringLiteral("timeout")))
                s.options.insert(QStringLiteral("timeout_ms"), qint64(std::min<qint64>(*ms, 3600000)));
        if (s.kind == QLatin1String("rest"))
            readRestSystem(r, v, s);
        else if (s.kind == QLatin1String("webhook"))
            readWebhookSystem(r, v, s);
        ws().systems.insert(s.name, s);
    }
}

void Loader::readDatasets(const YamlReader &r, const YAML::Node &node)
{
    if (!r.expectMap(node, QStringLiteral("datasets")))
        return;
    for (auto it = node.begin(); it != node.end(); ++it)
        readDataset(r, YamlReader::text(it->first), it->first, it->second);
}

void Loader::readDataset(const YamlReader &r, const QString &id, const YAML::Node &keyNode, const YAML::Node &v)
{
    DatasetDef ds;
    ds.id = id;
    ds.location = r.location(keyNode);
    const QString where = QStringLiteral("dataset '%1'").arg(id);
    if (!r.expectMap(v, where))
        return;
    r.checkKeys(v, kDatasetKeys, where);
    const int dot = id.indexOf(QLatin1Char('.'));
    ds.system = v["system"] ? r.scalar(v["system"], QStringLiteral("system")).value_or(QString())
                            : (dot > 0 ? id.left(dot) : QString());
    if (dot <= 0)
        r.error(keyNode, QStringLiteral("dataset name '%1' must be SYSTEM.NAME, e.g. crm.customers").arg(id));
    else if (ds.system != id.left(dot))
        r.error(v["system"] ? v["system"] : keyNode,
                QStringLiteral("dataset '%1' names system '%2' but its name starts with '%3'").arg(id, ds.system, id.left(dot)));
    if (!ds.system.isEmpty() && !ws().systems.contains(ds.system))
        r.error(v["system"] ? v["system"] : keyNode, QStringLiteral("unknown system '%1' (systems: %2)")
                                                         .arg(ds.system, ws().systems.keys().join(QStringLiteral(", "))));
    ds.table = v["table"] ? r.scalar(v["table"], QStringLiteral("table")).value_or(QString()) : id.mid(dot + 1);
    if (!validIdentifier(ds.table) && !ds.table.contains(QLatin1Char('.')))
        r.error(v["table"] ? v["table"] : keyNode, QStringLiteral("table name '%1' is not a plain identifier").arg(ds.table));

    const YAML::Node fields = v["fields"];
    if (!fields) {
        r.error(keyNode, QStringLiteral("dataset '%1' declares no fields").arg(id));
    } else if (r.expectMap(fields, QStringLiteral("fields of dataset '%1'").arg(id))) {
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            Field field;
            field.name = YamlReader::text(f->first);
            field.location = r.location(f->first);
            const QString fwhere = QStringLiteral("field '%1' of dataset '%2'").arg(field.name, id);
            if (!validIdentifier(field.name))
                r.error(f->first, QStringLiteral("field name '%1' is not a plain identifier").arg(field.name));
            const YAML::Node fv = f->second;
            if (fv.IsScalar()) { // shorthand "id: int"
                if (const auto t = FieldType::parse(YamlReader::text(fv)))
                    field.type = *t;
                else
                    r.error(fv, QStringLiteral("unknown type '%1' in %2").arg(YamlReader::text(fv), fwhere));
                ds.schema.fields.append(field);
                continue;
            }
            if (!r.expectMap(fv, fwhere))
                continue;
            r.checkKeys(fv, kFieldKeys, fwhere);
            if (!fv["type"]) {
                r.error(f->first, QStringLiteral("%1 needs a type (int, decimal(p,s), string, bool, date, timestamp, json)").arg(fwhere));
            } else if (const auto s = r.scalar(fv["type"], QStringLiteral("type"))) {
                if (const auto t = FieldType::parse(*s))
                    field.type = *t;
                else
                    r.error(fv["type"], QStringLiteral("unknown type '%1' in %2 (int, decimal(p,s), string, bool, date, "
                                                       "timestamp, json)")
                                            .arg(*s, fwhere));
            }
            if (fv["sensitivity"]) {
                field.sensitivity = clearance(r, fv["sensitivity"], QStringLiteral("sensitivity"));
            }
            if (fv["mask"]) {
                field.mask = r.scalar(fv["mask"], QStringLiteral("mask")).value_or(QString());
                checkMask(r, fv["mask"], field.mask, field, fwhere);
            }
            if (fv["visible_to"]) {
                field.visibleTo = r.stringList(fv["visible_to"], QStringLiteral("visible_to"));
                for (const QString &d : std::as_const(field.visibleTo))
                    if (!ws().departments.isEmpty() && !ws().departments.contains(d))
                        r.error(fv["visible_to"], QStringLiteral("unknown department '%1' in visible_to").arg(d));
            }
            if (fv["key"])
                field.key = r.boolean(fv["key"], QStringLiteral("key")).value_or(false);
            ds.schema.fields.append(field);
        }
    }
    if (v["key"]) {
        ds.schema.key = r.stringList(v["key"], QStringLiteral("key"));
    } else {
        for (const Field &f : std::as_const(ds.schema.fields))
            if (f.key)
                ds.schema.key.append(f.name);
    }
    if (ds.schema.key.isEmpty())
        r.error(keyNode, QStringLiteral("dataset '%1' needs a key, e.g. key: [id]").arg(id));
    for (const QString &k : std::as_const(ds.schema.key)) {
        const int i = ds.schema.indexOf(k);
        if (i < 0)
            r.error(v["key"] ? v["key"] : keyNode, QStringLiteral("key field '%1' is not among the fields of dataset '%2'").arg(k, id));
        else
            ds.schema.fields[i].key = true;
    }
    if (v["version"]) {
        ds.schema.version = r.scalar(v["version"], QStringLiteral("version")).value_or(QString());
        if (ds.schema.indexOf(ds.schema.version) < 0)
            r.error(v["version"], QStringLiteral("version column '%1' is not among the fields of dataset '%2'")
                                      .arg(ds.schema.version, id));
    }
    if (v["soft_delete"]) {
        ds.schema.softDelete = r.scalar(v["soft_delete"], QStringLiteral("soft_delete")).value_or(QString());
        if (ds.schema.indexOf(ds.schema.softDelete) < 0)
            r.error(v["soft_delete"], QStringLiteral("soft_delete column '%1' is not among the fields of dataset '%2'")
                                          .arg(ds.schema.softDelete, id));
    }
    // capture: poll | logical | binlog, or { method: logical, slot: NAME }
    const QString kind = ws().systems.value(ds.system).kind;
    if (const YAML::Node c = v["capture"])
        readCapture(r, c, kind, ds);
    if (kind == QLatin1String("rest"))
        readRestDataset(r, v, ds);
    else if (kind == QLatin1String("webhook"))
        readWebhookDataset(r, v, ds);
    ws().datasets.insert(id, ds);
}

void Loader::readPipelines(const YamlReader &r, const YAML::Node &node)
{
    if (!r.expectMap(node, QStringLiteral("pipelines")))
        return;
    for (auto it = node.begin(); it != node.end(); ++it)
        readPipeline(r, YamlReader::text(it->first), it->first, it->second);
    // `after:` must name pipelines that exist, and must not go round in a circle.
    QMap<QString, QStringList> graph;
    bool known = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = YamlReader::text(it->first);
        graph.insert(name, ws().pipelines.value(name).after);
        const YAML::Node after = it->second.IsMap() ? it->second["after"] : YAML::Node();
        if (!after)
            continue;
        for (const QString &dep : ws().pipelines.value(name).after)
            if (!ws().pipelines.contains(dep)) {
                r.error(after, QStringLiteral("unknown pipeline '%1' in after").arg(dep));
                known = false;
            }
    }
    if (known) {
        if (const auto order = dependencyOrder(graph); !order.ok()) {
            // Reported at the `after:` of the first pipeline in the circle.
            const QString first = order.error().message.section(QLatin1String(": "), 1).section(QLatin1String(" -> "), 0, 0);
            for (auto it = node.begin(); it != node.end(); ++it)
                if (YamlReader::text(it->first) == first && it->second.IsMap() && it->second["after"])
                    r.error(it->second["after"], order.error().message);
        }
    }
}

void Loader::readPipeline(const YamlReader &r, const QString &name, const YAML::Node &keyNode, const YAML::Node &v)
{
    PipelineDef p;
    p.name = name;
    p.location = r.location(keyNode);
    const QString where = QStringLiteral("pipeline '%1'").arg(name);
    if (!validIdentifier(name))
        r.error(keyNode, QStringLiteral("pipeline name '%1' may hold only letters, digits, '_' and '-'").arg(name));
    if (!r.expectMap(v, where))
        return;
    r.checkKeys(v, kPipelineKeys, where);
    const auto datasetRef = [&](const char *key, QString &out) {
        if (!v[key]) {
            r.error(keyNode, QStringLiteral("%1 needs '%2: SYSTEM.DATASET'").arg(where, QString::fromLatin1(key)));
            return;
        }
        out = r.scalar(v[key], QString::fromLatin1(key)).value_or(QString());
        if (!out.isEmpty() && !ws().datasets.contains(out))
            r.error(v[key], QStringLiteral("unknown dataset '%1' (datasets: %2)")
                                .arg(out, ws().datasets.keys().join(QStringLiteral(", "))));
    };
    datasetRef("source", p.source);
    datasetRef("target", p.target);
    if (!p.source.isEmpty() && p.source == p.target)
        r.error(v["target"], QStringLiteral("%1 has the same source and target").arg(where));
    if (v["description"])
        p.description = r.scalar(v["description"], QStringLiteral("description")).value_or(QString());
    if (v["enabled"])
        p.enabled = r.boolean(v["enabled"], QStringLiteral("enabled")).value_or(true);
    if (v["mode"]) {
        p.mode = r.scalar(v["mode"], QStringLiteral("mode")).value_or(p.mode);
        if (!kModes.contains(p.mode))
            r.error(v["mode"], QStringLiteral("mode must be realtime, incremental or batch, not '%1'").arg(p.mode));
    }
    if (v["schedule"]) {
        p.schedule = r.scalar(v["schedule"], QStringLiteral("schedule")).value_or(QString());
        if (!validSchedule(p.schedule)) {
            r.error(v["schedule"], QStringLiteral("schedule '%1' is neither 'every N(s|m|h|d)' nor a 5-field cron "
                                                  "expression such as \"0 2 * * *\"")
                                       .arg(p.schedule));
        } else if (const auto parsed = Schedule::parse(p.schedule); !parsed.ok()) {
            r.error(v["schedule"], parsed.error().message); // a value out of range, a day that never comes
        }
    }
    if (v["direction"]) {
        p.direction = r.scalar(v["direction"], QStringLiteral("direction")).value_or(p.direction);
        if (!kDirections.contains(p.direction))
            r.error(v["direction"], QStringLiteral("direction must be one-way or two-way, not '%1'").arg(p.direction));
    }
    if (v["batch_size"]) {
        p.batchSize = r.integer(v["batch_size"], QStringLiteral("batch_size")).value_or(p.batchSize);
        if (p.batchSize < 1 || p.batchSize > 100000)
            r.error(v["batch_size"], QStringLiteral("batch_size must be between 1 and 100000"));
    }
    if (v["rate_limit"]) {
        p.rateLimit = r.scalar(v["rate_limit"], QStringLiteral("rate_limit")).value_or(QString());
        if (const auto rate = parseRate(p.rateLimit); !rate.ok())
            r.error(v["rate_limit"], rate.error().message);
    }
    if (v["after"])
        p.after = r.stringList(v["after"], QStringLiteral("after"));
    if (v["schema_drift"])
        readSchemaDrift(r, v["schema_drift"], p, &m_out.warnings);
    if (const YAML::Node retry = v["retry"]; retry && r.expectMap(retry, QStringLiteral("retry"))) {
        r.checkKeys(retry, {QStringLiteral("max_attempts"), QStringLiteral("base"), QStringLiteral("max"),
                            QStringLiteral("jitter")},
                    QStringLiteral("retry"));
        if (retry["max_attempts"])
            p.retry.maxAttempts = r.integer(retry["max_attempts"], QStringLiteral("max_attempts")).value_or(5);
        if (retry["base"])
            p.retry.baseMs = r.duration(retry["base"], QStringLiteral("retry.base")).value_or(p.retry.baseMs);
        if (retry["max"])
            p.retry.maxMs = r.duration(retry["max"], QStringLiteral("retry.max")).value_or(p.retry.maxMs);
        if (retry["jitter"]) {
            p.retry.jitter = r.number(retry["jitter"], QStringLiteral("jitter")).value_or(p.retry.jitter);
            if (p.retry.jitter < 0 || p.retry.jitter > 1)
                r.error(retry["jitter"], QStringLiteral("jitter must be between 0 and 1"));
        }
    }
    if (const YAML::Node c = v["conflict"]; c && r.expectMap(c, QStringLiteral("conflict"))) {
        r.checkKeys(c, {QStringLiteral("strategy"), QStringLiteral("owners"), QStringLiteral("priority"),
                        QStringLiteral("otherwise"), QStringLiteral("field_merge"), QStringLiteral("fields")},
                    QStringLiteral("conflict"));
        if (c["strategy"]) {
            p.conflict.strategy = r.scalar(c["strategy"], QStringLiteral("strategy")).value_or(QString());
            if (!kStrategies.contains(p.conflict.strategy))
                r.error(c["strategy"], QStringLiteral("unknown conflict strategy '%1' (known: %2)")
                                           .arg(p.conflict.strategy, kStrategies.join(QStringLiteral(", "))));
        }
        if (c["owners"] && r.expectMap(c["owners"], QStringLiteral("conflict.owners")))
            for (auto o = c["owners"].begin(); o != c["owners"].end(); ++o)
                p.conflict.owners.insert(YamlReader::text(o->first), YamlReader::text(o->second));
        if (c["priority"])
            p.conflict.priority = r.stringList(c["priority"], QStringLiteral("conflict.priority"));
        if (c["otherwise"]) {
            p.conflict.otherwise = r.scalar(c["otherwise"], QStringLiteral("otherwise")).value_or(QString());
            if (!kStrategies.contains(p.conflict.otherwise) || p.conflict.otherwise == QLatin1String("field_priority"))
                r.error(c["otherwise"], QStringLiteral("conflict.otherwise must be last_write_wins, source_priority or "
                                                       "manual, not '%1'")
                                            .arg(p.conflict.otherwise));
        }
        if (c["field_merge"])
            p.conflict.fieldMerge = r.boolean(c["field_merge"], QStringLiteral("field_merge")).value_or(true);
        if (c["fields"] && r.expectMap(c["fields"], QStringLiteral("conflict.fields"))) {
            for (auto f = c["fields"].begin(); f != c["fields"].end(); ++f) {
                const QString strategy = YamlReader::text(f->second);
                if (!kStrategies.contains(strategy) || strategy == QLatin1String("field_priority"))
                    r.error(f->second, QStringLiteral("conflict.fields.%1: a field's strategy is last_write_wins, "
                                                      "source_priority or manual, not '%2'")
                                           .arg(YamlReader::text(f->first), strategy));
                p.conflict.fields.insert(YamlReader::text(f->first), strategy);
            }
        }
        p.conflict.location = r.location(c);
        if (p.conflict.strategy == QLatin1String("field_priority") && p.conflict.owners.isEmpty())
            r.error(c, QStringLiteral("strategy field_priority needs 'owners: { FIELD: SYSTEM, ... }'"));
        if (p.conflict.strategy == QLatin1String("source_priority") && p.conflict.priority.isEmpty())
            r.error(c, QStringLiteral("strategy source_priority needs 'priority: [SYSTEM, SYSTEM]'"));
    }
    if (const YAML::Node c = v["consistency"]; c && r.expectMap(c, QStringLiteral("consistency")))
        readConsistency(r, c, ws().dataset(p.target), p.consistency, &m_out.warnings);
    if (!v["mapping"]) {
        r.error(keyNode, QStringLiteral("%1 needs 'mapping: mappings/FILE.yaml'").arg(where), ErrorCode::MappingNotFound);
    } else {
        p.mapping = QDir::cleanPath(r.scalar(v["mapping"], QStringLiteral("mapping")).value_or(QString()));
        loadMapping(r, p.mapping, v["mapping"]);
    }
    if (v["reverse_mapping"]) {
        p.reverseMapping = QDir::cleanPath(r.scalar(v["reverse_mapping"], QStringLiteral("reverse_mapping")).value_or(QString()));
        loadMapping(r, p.reverseMapping, v["reverse_mapping"]);
    }
    if (p.direction == QLatin1String("two-way") && p.reverseMapping.isEmpty())
        r.error(keyNode, QStringLiteral("%1 is two-way and needs 'reverse_mapping:'").arg(where));
    ws().pipelines.insert(name, p);
}

void Loader::loadMapping(const YamlReader &r, const QString &path, const YAML::Node &at)
{
    if (ws().mappings.contains(path) || m_mappingRefs.contains(path))
        return;
    m_mappingRefs.insert(path, r.location(at));
    const QString file = filePath(path);
    if (!QFileInfo(file).isFile()) {
        r.error(at, QStringLiteral("mapping file '%1' not found").arg(path), ErrorCode::MappingNotFound);
        return;
    }
    if (auto m = MappingLoader::load(path, file, &m_out.errors))
        ws().mappings.insert(path, *m);
}

// Cross-checks every mapping against its pipeline's datasets and compiles it, so that an unknown
// field or a bad expression is found by `validate`, not by the first run.
void Loader::checkMappings()
{
    for (const PipelineDef &p : std::as_const(ws().pipelines)) {
        const auto check = [&](const QString &path, const QString &source, const QString &target) {
            const auto it = ws().mappings.constFind(path);
            if (it == ws().mappings.cend())
                return;
            const MappingRules &m = *it;
            YamlReader r(m.absolutePath, &m_out.errors);
            const DatasetDef *src = ws().dataset(source);
            const DatasetDef *dst = ws().dataset(target);
            if (!src || !dst)
                return; // already reported at the pipeline
            if (m.source != source || m.target != target) {
                r.error(m.location, QStringLiteral("mapping maps %1 -> %2 but pipeline '%3' uses it for %4 -> %5")
                                        .arg(m.source, m.target, p.name, source, target),
                        ErrorCode::MappingError);
                return;
            }
            for (const FieldRule &f : m.fields) {
                if (!f.lookup || f.lookup->dataset.isEmpty())
                    continue;
                const LookupRule &l = *f.lookup;
                const DatasetDef *lookupSet = ws().dataset(l.dataset);
                if (!lookupSet) {
                    r.error(f.location, QStringLiteral("field '%1': unknown lookup dataset '%2' (datasets: %3)")
                                            .arg(f.target, l.dataset, ws().datasets.keys().join(QStringLiteral(", "))),
                            ErrorCode::MappingError);
                    continue;
                }
                if (!l.values.isEmpty())
                    r.error(f.location, QStringLiteral("field '%1': a lookup takes its table from 'values' or from "
                                                       "'dataset', not both")
                                            .arg(f.target),
                            ErrorCode::MappingError);
                if (l.keyField.isEmpty() || l.valueField.isEmpty()) {
                    r.error(f.location, QStringLiteral("field '%1': a lookup from dataset %2 needs 'key:' and 'value:' "
                                                       "(fields of %2)")
                                            .arg(f.target, l.dataset),
                            ErrorCode::MappingError);
                    continue;
                }
                for (const QString &needed : {l.keyField, l.valueField}) {
                    if (lookupSet->schema.indexOf(needed) < 0)
                        r.error(f.location, QStringLiteral("field '%1': '%2' is not a field of lookup dataset %3 "
                                                           "(fields: %4)")
                                                .arg(f.target, needed, l.dataset,
                                                     lookupSet->schema.fieldNames().join(QStringLiteral(", "))),
                                ErrorCode::MappingError);
                }
            }
            ErrorList errors;
            CompiledMapping::compile(m, *src, *dst, &errors);
            for (const Error &e : std::as_const(errors))
                if (!m_out.errors.contains(e))
                    m_out.errors.append(e);
        };
        check(p.mapping, p.source, p.target);
        if (!p.reverseMapping.isEmpty())
            check(p.reverseMapping, p.target, p.source);
    }
}

} // namespace

WorkspaceLoad WorkspaceLoader::load(const QString &dir)
{
    WorkspaceLoad out;
    out.workspace = std::make_shared<Workspace>();
    out.workspace->dir = QFileInfo(dir).absoluteFilePath();
    Loader(dir, out).run();
    std::stable_sort(out.errors.begin(), out.errors.end(), [](const Error &a, const Error &b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    return out;
}

} // namespace concord
