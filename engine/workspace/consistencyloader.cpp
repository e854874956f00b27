#include "workspace/consistencyloader.h"

#include "governance/schedule.h"

namespace concord {

namespace {

const QStringList &precisions()
{
    static const QStringList p = {QStringLiteral("millisecond"), QStringLiteral("second"), QStringLiteral("minute"),
                                  QStringLiteral("hour"), QStringLiteral("day")};
    return p;
}

bool checkField(const YamlReader &r, const YAML::Node &at, const QString &name, const DatasetDef *target,
                const QString &where)
{
    if (!target || target->schema.indexOf(name) >= 0)
        return true;
    r.error(at, QStringLiteral("%1: %2 has no field '%3'").arg(where, target->id, name));
    return false;
}

void readTolerance(const YamlReader &r, const YAML::Node &node, const QString &field, FieldTolerance &t)
{
    t.location = r.location(node);
    if (!r.expectMap(node, QStringLiteral("consistency.fields.%1").arg(field)))
        return;
    static const QStringList keys = {QStringLiteral("epsilon"), QStringLiteral("precision"), QStringLiteral("trim"),
                                     QStringLiteral("case"), QStringLiteral("empty_is_null")};
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString k = YamlReader::text(it->first);
        if (!keys.contains(k))
            r.error(it->first, QStringLiteral("consistency.fields.%1: unknown key '%2' (known: %3)")
                                   .arg(field, k, keys.join(QStringLiteral(", "))));
    }
    if (node["epsilon"]) {
        const auto e = r.number(node["epsilon"], QStringLiteral("epsilon"));
        if (e && *e < 0)
            r.error(node["epsilon"], QStringLiteral("consistency.fields.%1.epsilon must not be negative").arg(field));
        else if (e)
            t.epsilon = *e;
    }
    if (node["precision"]) {
        t.precision = r.scalar(node["precision"], QStringLiteral("precision")).value_or(QString());
        if (!precisions().contains(t.precision))
            r.error(node["precision"], QStringLiteral("consistency.fields.%1.precision '%2' is not one of %3")
                                           .arg(field, t.precision, precisions().join(QStringLiteral(", "))));
    }
    if (node["trim"])
        t.trim = r.boolean(node["trim"], QStringLiteral("trim")).value_or(false);
    if (node["case"]) {
        const QString c = r.scalar(node["case"], QStringLiteral("case")).value_or(QString());
        if (c == QLatin1String("insensitive"))
            t.ignoreCase = true;
        else if (c != QLatin1String("sensitive"))
            r.error(node["case"], QStringLiteral("consistency.fields.%1.case is 'sensitive' or 'insensitive', not '%2'")
                                      .arg(field, c));
    }
    if (node["empty_is_null"])
        t.emptyIsNull = r.boolean(node["empty_is_null"], QStringLiteral("empty_is_null")).value_or(false);
}

} // namespace

void readConsistency(const YamlReader &r, const YAML::Node &c, const DatasetDef *target, ConsistencySettings &out,
                     ErrorList *warnings)
{
    out.location = r.location(c);
    static const QStringList keys = {QStringLiteral("schedule"),     QStringLiteral("alert_above"),
                                     QStringLiteral("ignore"),       QStringLiteral("fields"),
                                     QStringLiteral("extra"),        QStringLiteral("segment_rows"),
                                     QStringLiteral("leaf_rows")};
    for (auto it = c.begin(); it != c.end(); ++it) {
        const QString k = YamlReader::text(it->first);
        if (!keys.contains(k) && warnings)
            warnings->append(Error{ErrorCode::ConfigInvalid,
                                   QStringLiteral("consistency: unknown key '%1' is ignored (known: %2)")
                                       .arg(k, keys.join(QStringLiteral(", "))),
                                   r.location(it->first)});
    }
    if (c["schedule"]) {
        out.schedule = r.scalar(c["schedule"], QStringLiteral("consistency.schedule")).value_or(QString());
        if (const auto parsed = Schedule::parse(out.schedule); !parsed.ok())
            r.error(c["schedule"], QStringLiteral("consistency.schedule: %1").arg(parsed.error().message));
    }
    if (c["alert_above"]) {
        out.alertAbove = r.integer(c["alert_above"], QStringLiteral("alert_above")).value_or(-1);
        if (out.alertAbove < 0)
            r.error(c["alert_above"], QStringLiteral("consistency.alert_above must be a whole number, 0 or more"));
    }
    if (c["ignore"]) {
        out.ignore = r.stringList(c["ignore"], QStringLiteral("consistency.ignore"));
        for (const QString &f : std::as_const(out.ignore))
            checkField(r, c["ignore"], f, target, QStringLiteral("consistency.ignore"));
        if (target)
            for (const QString &k : target->schema.key)
                if (out.ignore.contains(k))
                    r.error(c["ignore"], QStringLiteral("consistency.ignore: '%1' is a key field of %2; records are "
                                                        "matched by key, so it cannot be ignored")
                                             .arg(k, target->id));
    }
    if (const YAML::Node f = c["fields"]; f && r.expectMap(f, QStringLiteral("consistency.fields"))) {
        for (auto it = f.begin(); it != f.end(); ++it) {
            const QString name = YamlReader::text(it->first);
            if (!checkField(r, it->first, name, target, QStringLiteral("consistency.fields")))
                continue;
            FieldTolerance t;
            readTolerance(r, it->second, name, t);
            out.fields.insert(name, t);
        }
    }
    if (c["extra"]) {
        out.extra = r.scalar(c["extra"], QStringLiteral("consistency.extra")).value_or(QStringLiteral("flag"));
        if (out.extra != QLatin1String("flag") && out.extra != QLatin1String("delete"))
            r.error(c["extra"], QStringLiteral("consistency.extra is 'flag' (leave extra records, list them) or "
                                               "'delete' (repair deletes them), not '%1'")
                                    .arg(out.extra));
    }
    if (c["segment_rows"]) {
        out.segmentRows = r.integer(c["segment_rows"], QStringLiteral("segment_rows")).value_or(10000);
        if (out.segmentRows < 256 || out.segmentRows > 1000000)
            r.error(c["segment_rows"], QStringLiteral("consistency.segment_rows must be between 256 and 1000000"));
    }
    if (c["leaf_rows"]) {
        out.leafRows = r.integer(c["leaf_rows"], QStringLiteral("leaf_rows")).value_or(128);
        if (out.leafRows < 1 || out.leafRows > 100000)
            r.error(c["leaf_rows"], QStringLiteral("consistency.leaf_rows must be between 1 and 100000"));
    }
}

} // namespace concord
