#include "workspace/opsloader.h"

namespace concord {

namespace {

const QStringList &metricNames()
{
    static const QStringList names = {QStringLiteral("success_rate"),  QStringLiteral("backlog"),
                                      QStringLiteral("failures"),      QStringLiteral("consecutive_failures"),
                                      QStringLiteral("retrying"),      QStringLiteral("dead_letters"),
                                      QStringLiteral("latency_p95"),   QStringLiteral("circuit_open")};
    return names;
}

AlertRule rule(const char *name, const char *metric, bool below, double threshold, const char *severity)
{
    AlertRule r;
    r.name = QString::fromLatin1(name);
    r.metric = QString::fromLatin1(metric);
    r.below = below;
    r.threshold = threshold;
    r.severity = QString::fromLatin1(severity);
    return r;
}

// "99.9%" -> 0.999; a plain number must be a fraction already (0.999).
std::optional<double> readRate(const YamlReader &r, const YAML::Node &node)
{
    const auto text = r.scalar(node, QStringLiteral("below"));
    if (!text)
        return std::nullopt;
    QString t = text->trimmed();
    bool percent = t.endsWith(QLatin1Char('%'));
    if (percent)
        t.chop(1);
    bool ok = false;
    double v = t.toDouble(&ok);
    if (ok && percent)
        v /= 100.0;
    if (!ok || v < 0 || v > 1) {
        r.error(node, QStringLiteral("a success rate is a percentage such as 99.9% (or a fraction such as 0.999)"));
        return std::nullopt;
    }
    return v;
}

} // namespace

QList<AlertRule> defaultAlertRules()
{
    return {
        rule("success-rate-critical", "success_rate", true, 0.95, "critical"),
        rule("consecutive-failures-critical", "consecutive_failures", false, 20, "critical"),
        rule("success-rate-warning", "success_rate", true, 0.99, "warning"),
        rule("backlog-warning", "backlog", false, 50, "warning"),
        rule("failures-per-hour-warning", "failures", false, 10, "warning"),
        rule("circuit-open", "circuit_open", false, 0, "warning"),
        rule("success-rate-info", "success_rate", true, 0.999, "info"),
        rule("retrying-info", "retrying", false, 10, "info"),
    };
}

void readCircuitBreaker(const YamlReader &r, const YAML::Node &node, CircuitSettings &out)
{
    if (!r.expectMap(node, QStringLiteral("circuit_breaker")))
        return;
    r.checkKeys(node, {QStringLiteral("failures"), QStringLiteral("probe"), QStringLiteral("max_probe")},
                QStringLiteral("circuit_breaker"));
    if (node["failures"]) {
        out.failures = r.integer(node["failures"], QStringLiteral("failures")).value_or(out.failures);
        if (out.failures < 1)
            r.error(node["failures"], QStringLiteral("failures must be at least 1"));
    }
    if (node["probe"])
        out.probeMs = r.duration(node["probe"], QStringLiteral("circuit_breaker.probe")).value_or(out.probeMs);
    if (node["max_probe"])
        out.maxProbeMs = r.duration(node["max_probe"], QStringLiteral("circuit_breaker.max_probe")).value_or(out.maxProbeMs);
    if (out.maxProbeMs < out.probeMs)
        r.error(node, QStringLiteral("circuit_breaker: max_probe must not be shorter than probe"));
}

void readRetention(const YamlReader &r, const YAML::Node &node, RetentionSettings &out)
{
    out.location = r.location(node);
    if (!r.expectMap(node, QStringLiteral("retention")))
        return;
    r.checkKeys(node, {QStringLiteral("period"), QStringLiteral("archive")}, QStringLiteral("retention"));
    if (node["period"]) {
        out.periodMs = r.duration(node["period"], QStringLiteral("retention.period")).value_or(out.periodMs);
        if (out.periodMs < 86400LL * 1000)
            r.error(node["period"], QStringLiteral("retention.period must be at least 1d"));
    }
    if (node["archive"])
        if (const auto a = r.scalar(node["archive"], QStringLiteral("retention.archive")); a && !a->trimmed().isEmpty())
            out.archive = a->trimmed();
}

void readSchemaDrift(const YamlReader &r, const YAML::Node &node, PipelineDef &out, ErrorList *warnings)
{
    const auto value = r.scalar(node, QStringLiteral("schema_drift"));
    if (value == QLatin1String("pause") || value == QLatin1String("continue")) {
        out.pauseOnSchemaDrift = *value == QLatin1String("pause");
    } else if (value && warnings) {
        Error w{ErrorCode::ConfigInvalid,
                QStringLiteral("schema_drift of pipeline '%1' is 'pause' or 'continue', not '%2'; it stays 'pause'")
                    .arg(out.name, *value),
                r.location(node)};
        warnings->append(w);
    }
}

void readAlerts(const YamlReader &r, const YAML::Node &node, const QStringList &pipelines, AlertSettings &out)
{
    out.location = r.location(node);
    if (!r.expectMap(node, QStringLiteral("alerts")))
        return;
    r.checkKeys(node, {QStringLiteral("rules"), QStringLiteral("webhook")}, QStringLiteral("alerts"));
    if (const YAML::Node hook = node["webhook"]; hook && r.expectMap(hook, QStringLiteral("webhook"))) {
        r.checkKeys(hook, {QStringLiteral("url"), QStringLiteral("secret"), QStringLiteral("min_severity")},
                    QStringLiteral("alerts.webhook"));
        out.webhookUrl = r.scalar(hook["url"], QStringLiteral("url")).value_or(QString());
        if (!hook["url"])
            r.error(hook, QStringLiteral("alerts.webhook needs a url"));
        else if (!out.webhookUrl.startsWith(QLatin1String("http://")) && !out.webhookUrl.startsWith(QLatin1String("https://")))
            r.error(hook["url"], QStringLiteral("the webhook url must start with http:// or https://"));
        if (hook["secret"]) {
            out.webhookSecret = r.scalar(hook["secret"], QStringLiteral("secret")).value_or(QString());
            if (!out.webhookSecret.startsWith(QLatin1String("env:")) && !out.webhookSecret.startsWith(QLatin1String("keychain:")))
                r.error(hook["secret"], QStringLiteral("the webhook secret must be a reference, env:VAR or keychain:NAME; "
                                                       "the secret itself never goes into workspace.yaml"));
        }
        if (hook["min_severity"]) {
            out.webhookMinSeverity = r.scalar(hook["min_severity"], QStringLiteral("min_severity")).value_or(QString());
            if (!QStringList{QStringLiteral("critical"), QStringLiteral("warning"), QStringLiteral("info")}.contains(
                    out.webhookMinSeverity))
                r.error(hook["min_severity"], QStringLiteral("min_severity must be critical, warning or info"));
        }
    }
    const YAML::Node rules = node["rules"];
    if (!rules || !r.expectSequence(rules, QStringLiteral("alerts.rules")))
        return;
    out.rules.clear();
    out.defaults = false;
    QSet<QString> names;
    for (const YAML::Node &item : rules) {
        if (!r.expectMap(item, QStringLiteral("an alert rule")))
            continue;
        r.checkKeys(item, {QStringLiteral("name"), QStringLiteral("metric"), QStringLiteral("below"), QStringLiteral("above"),
                           QStringLiteral("window"), QStringLiteral("severity"), QStringLiteral("pipelines")},
                    QStringLiteral("alert rule"));
        AlertRule a;
        a.location = r.location(item);
        a.metric = r.scalar(item["metric"], QStringLiteral("metric")).value_or(QString());
        if (!item["metric"]) {
            r.error(item, QStringLiteral("an alert rule needs a metric (%1)").arg(metricNames().join(QStringLiteral(", "))));
            continue;
        }
        if (!metricNames().contains(a.metric)) {
            r.error(item["metric"], QStringLiteral("unknown metric '%1' (metrics: %2)")
                                        .arg(a.metric, metricNames().join(QStringLiteral(", "))));
            continue;
        }
        a.name = item["name"] ? r.scalar(item["name"], QStringLiteral("name")).value_or(QString()) : a.metric;
        if (names.contains(a.name))
            r.error(item["name"] ? item["name"] : item,
                    QStringLiteral("two alert rules are named '%1'; give each its own name:").arg(a.name));
        names.insert(a.name);
        a.severity = item["severity"] ? r.scalar(item["severity"], QStringLiteral("severity")).value_or(QString())
                                      : QStringLiteral("warning");
        if (!QStringList{QStringLiteral("critical"), QStringLiteral("warning"), QStringLiteral("info")}.contains(a.severity))
            r.error(item["severity"], QStringLiteral("severity must be critical, warning or info"));
        if (a.metric == QLatin1String("success_rate")) {
            if (!item["below"] || item["above"])
                r.error(item, QStringLiteral("a success_rate rule takes 'below:' (a percentage such as 99%)"));
            else if (const auto v = readRate(r, item["below"]))
                a.threshold = *v;
            a.below = true;
        } else if (a.metric != QLatin1String("circuit_open")) {
            if (!item["above"] || item["below"])
                r.error(item, QStringLiteral("a %1 rule takes 'above:' (a number)").arg(a.metric));
            else if (a.metric == QLatin1String("latency_p95"))
                a.threshold = double(r.duration(item["above"], QStringLiteral("above")).value_or(0));
            else
                a.threshold = r.number(item["above"], QStringLiteral("above")).value_or(0);
        }
        if (item["window"])
            a.windowMs = r.duration(item["window"], QStringLiteral("window")).value_or(a.windowMs);
        if (item["pipelines"]) {
            a.pipelines = r.stringList(item["pipelines"], QStringLiteral("pipelines"));
            for (const QString &p : std::as_const(a.pipelines))
                if (!pipelines.contains(p))
                    r.error(item["pipelines"], QStringLiteral("alert rule '%1': unknown pipeline '%2'").arg(a.name, p));
        }
        out.rules.append(a);
    }
}

} // namespace concord
