#include "workspace/sourceloader.h"

#include "core/texttemplate.h"

#include <QDateTime>
#include <QRegularExpression>

namespace concord {

namespace {

bool isReference(const QString &ref)
{
    return ref.startsWith(QLatin1String("keychain:")) || ref.startsWith(QLatin1String("env:"));
}

// A secret reference under `key` of `node`, or an error when it is missing or written in clear.
QString readReference(const YamlReader &r, const YAML::Node &node, const char *key, const QString &where, bool required)
{
    const YAML::Node v = node[key];
    if (!v) {
        if (required)
            r.error(node, QStringLiteral("%1 needs '%2: env:VAR' or 'keychain:NAME'").arg(where, QString::fromLatin1(key)));
        return {};
    }
    const QString ref = r.scalar(v, QString::fromLatin1(key)).value_or(QString());
    if (!isReference(ref)) {
        r.error(v, QStringLiteral("%1 of %2 must be a reference, keychain:NAME or env:VAR; secrets are never written in "
                                  "YAML")
                       .arg(QString::fromLatin1(key), where));
        return {};
    }
    return ref;
}

// Checks that a template's placeholders are among `known`.
void checkTemplate(const YamlReader &r, const YAML::Node &node, const QString &text, const QStringList &known,
                   const QString &where)
{
    const auto placeholders = templatePlaceholders(text);
    if (!placeholders.ok()) {
        r.error(node, QStringLiteral("%1: %2").arg(where, placeholders.error().message));
        return;
    }
    static const QStringList timeFilters = {QStringLiteral("datetime"), QStringLiteral("date"), QStringLiteral("iso"),
                                            QStringLiteral("epoch"), QStringLiteral("epoch_ms")};
    for (const TemplatePlaceholder &p : *placeholders) {
        if (!known.contains(p.name))
            r.error(node, QStringLiteral("%1: unknown placeholder {{%2}} (known: %3)")
                              .arg(where, p.name, known.join(QStringLiteral(", "))));
        else if (!p.filter.isEmpty() && (p.name != QLatin1String("LAST_SYNC_TIME") || !timeFilters.contains(p.filter)))
            r.error(node, QStringLiteral("%1: {{%2|%3}}: %4")
                              .arg(where, p.name, p.filter,
                                   p.name == QLatin1String("LAST_SYNC_TIME")
                                       ? QStringLiteral("unknown filter (known: %1)").arg(timeFilters.join(QStringLiteral(", ")))
                                       : QStringLiteral("only LAST_SYNC_TIME takes a filter")));
    }
}

// A map of names to template texts (headers, URL parameters).
QList<QPair<QString, QString>> readTemplateMap(const YamlReader &r, const YAML::Node &node, const QStringList &known,
                                               const QString &where, bool headers)
{
    QList<QPair<QString, QString>> out;
    if (!r.expectMap(node, where))
        return out;
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = YamlReader::text(it->first);
        if (!it->second.IsScalar()) {
            r.error(it->second, QStringLiteral("%1: '%2' must have a single value").arg(where, name));
            continue;
        }
        const QString value = YamlReader::text(it->second);
        if (headers && !token.match(name).hasMatch()) {
            r.error(it->first, QStringLiteral("%1: '%2' is not a header name").arg(where, name));
            continue;
        }
        if (headers && (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0
                        || name.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) == 0)
            && known.isEmpty())
            r.error(it->first, QStringLiteral("%1: credentials never go in headers; use auth: (docs/connectors-rest.md §2)")
                                   .arg(where));
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            r.error(it->second, QStringLiteral("%1: the value of '%2' must be on one line").arg(where, name));
        checkTemplate(r, it->second, value, known, where);
        out.append({name, value});
    }
    return out;
}

const QStringList kAuthTypes = {QStringLiteral("bearer"), QStringLiteral("oauth2"), QStringLiteral("signed")};
const QStringList kSignNames = {QStringLiteral("METHOD"),      QStringLiteral("PATH"),      QStringLiteral("QUERY"),
                                QStringLiteral("TIMESTAMP"),   QStringLiteral("TIMESTAMP_MS"), QStringLiteral("NONCE"),
                                QStringLiteral("BODY_SHA256"), QStringLiteral("BODY"),      QStringLiteral("CLIENT_ID")};
const QStringList kQueryNames = {QStringLiteral("LAST_SYNC_TIME"), QStringLiteral("FILTER"), QStringLiteral("OFFSET"),
                                 QStringLiteral("LIMIT"),          QStringLiteral("PAGE"),   QStringLiteral("CURSOR")};
const QStringList kPagingStyles = {QStringLiteral("none"), QStringLiteral("offset"), QStringLiteral("page"),
                                   QStringLiteral("cursor")};

// "data.rows", "result[0].items": names separated by dots, an index in brackets.
bool validPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^[^.\\[\\]]+(\\[\\d+\\])*(\\.[^.\\[\\]]+(\\[\\d+\\])*)*$"));
    return path.isEmpty() || re.match(path).hasMatch();
}

// Fields read from a record object by another name or path (`column:`).
void readFieldPaths(const YamlReader &r, const YAML::Node &v, DatasetDef &ds)
{
    if (const YAML::Node fields = v["fields"]; fields && fields.IsMap())
        for (auto f = fields.begin(); f != fields.end(); ++f)
            if (f->second.IsMap() && f->second["column"]) {
                const QString path = r.scalar(f->second["column"], QStringLiteral("column")).value_or(QString());
                if (!validPath(path) || path.isEmpty())
                    r.error(f->second["column"], QStringLiteral("column '%1' is not a path such as FName or customer.name")
                                                     .arg(path));
                else
                    ds.query.fieldPaths.insert(YamlReader::text(f->first), path);
            }
}

} // namespace

void readCapture(const YamlReader &r, const YAML::Node &c, const QString &kind, DatasetDef &ds)
{
    const QString &id = ds.id;
    // Never assign to a YAML::Node that refers to another: yaml-cpp would overwrite the node.
    const YAML::Node methodNode = c.IsMap() ? c["method"] : c;
    if (c.IsMap()) {
        r.checkKeys(c, {QStringLiteral("method"), QStringLiteral("slot")}, QStringLiteral("capture of dataset '%1'").arg(id));
        if (c["slot"]) {
            ds.capture.slot = r.scalar(c["slot"], QStringLiteral("slot")).value_or(QString());
            static const QRegularExpression slotName(QStringLiteral("^[a-z0-9_]{1,63}$"));
            if (!slotName.match(ds.capture.slot).hasMatch())
                r.error(c["slot"], QStringLiteral("slot name '%1' may hold only lower-case letters, digits and '_' "
                                                  "(at most 63)")
                                       .arg(ds.capture.slot));
        }
    }
    if (!methodNode)
        return;
    ds.capture.method = r.scalar(methodNode, QStringLiteral("capture")).value_or(QString());
    if (ds.capture.method == QLatin1String("logical") && kind != QLatin1String("postgres"))
        r.error(methodNode, QStringLiteral("capture: logical reads PostgreSQL's logical decoding; system '%1' is "
                                           "of kind %2")
                                .arg(ds.system, kind));
    else if (ds.capture.method == QLatin1String("binlog") && kind != QLatin1String("mysql") && kind != QLatin1String("mariadb"))
        r.error(methodNode, QStringLiteral("capture: binlog reads a MySQL/MariaDB binary log; system '%1' is of "
                                           "kind %2")
                                .arg(ds.system, kind));
    else if (ds.capture.method != QLatin1String("logical") && ds.capture.method != QLatin1String("binlog")
             && ds.capture.method != QLatin1String("poll"))
        r.error(methodNode, QStringLiteral("capture must be poll, logical or binlog, not '%1'").arg(ds.capture.method));
    if (ds.capture.method == QLatin1String("binlog") && !ds.capture.slot.isEmpty())
        r.error(c["slot"], QStringLiteral("slot: names a PostgreSQL replication slot; a binary log has none"));
}

void readRestSystem(const YamlReader &r, const YAML::Node &v, SystemDef &s)
{
    const QString where = QStringLiteral("system '%1'").arg(s.name);
    const QString url = s.options.value(QStringLiteral("url")).toString();
    if (url.isEmpty())
        r.error(v, QStringLiteral("rest %1 needs 'url: http://HOST/BASE' (requests go to url + endpoint)").arg(where));
    else if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
        r.error(v["url"], QStringLiteral("url of %1 must start with http:// or https://").arg(where));
    if (const YAML::Node h = v["headers"])
        s.headers = readTemplateMap(r, h, {}, QStringLiteral("headers of %1").arg(where), true);
    const YAML::Node a = v["auth"];
    if (!a)
        return;
    const QString awhere = QStringLiteral("auth of %1").arg(where);
    if (!r.expectMap(a, awhere))
        return;
    r.checkKeys(a, {QStringLiteral("type"), QStringLiteral("token"), QStringLiteral("token_url"), QStringLiteral("client_id"),
                    QStringLiteral("client_secret"), QStringLiteral("scope"), QStringLiteral("secret"), QStringLiteral("sign"),
                    QStringLiteral("encoding"), QStringLiteral("headers")},
                awhere);
    HttpAuth &auth = s.auth;
    auth.type = a["type"] ? r.scalar(a["type"], QStringLiteral("type")).value_or(QString()) : QString();
    if (!kAuthTypes.contains(auth.type)) {
        r.error(a["type"] ? a["type"] : a, QStringLiteral("%1: type must be bearer, oauth2 or signed").arg(awhere));
        return;
    }
    const auto text = [&](const char *key) -> QString {
        return a[key] ? r.scalar(a[key], QString::fromLatin1(key)).value_or(QString()) : QString();
    };
    auth.clientId = text("client_id");
    if (auth.type == QLatin1String("bearer")) {
        auth.token = readReference(r, a, "token", awhere, true);
    } else if (auth.type == QLatin1String("oauth2")) {
        auth.tokenUrl = text("token_url");
        auth.scope = text("scope");
        auth.clientSecret = readReference(r, a, "client_secret", awhere, true);
        if (auth.tokenUrl.isEmpty())
            r.error(a, QStringLiteral("%1: oauth2 needs token_url (the client-credentials token endpoint)").arg(awhere));
        if (auth.clientId.isEmpty())
            r.error(a, QStringLiteral("%1: oauth2 needs client_id").arg(awhere));
    } else {
        auth.secret = readReference(r, a, "secret", awhere, true);
        auth.sign = text("sign");
        if (auth.sign.isEmpty())
            r.error(a, QStringLiteral("%1: signed needs sign: the string to sign, e.g. "
                                      "'{{METHOD}}\\n{{PATH}}\\n{{TIMESTAMP}}\\n{{BODY_SHA256}}'")
                           .arg(awhere));
        else
            checkTemplate(r, a["sign"], auth.sign, kSignNames, QStringLiteral("sign of %1").arg(awhere));
        auth.encoding = a["encoding"] ? text("encoding") : QStringLiteral("hex");
        if (auth.encoding != QLatin1String("hex") && auth.encoding != QLatin1String("base64"))
            r.error(a["encoding"], QStringLiteral("%1: encoding must be hex or base64").arg(awhere));
        if (!a["headers"])
            r.error(a, QStringLiteral("%1: signed needs headers:, e.g. { X-Signature: '{{SIGNATURE}}', X-Timestamp: "
                                      "'{{TIMESTAMP}}' }")
                           .arg(awhere));
        else
            auth.headers = readTemplateMap(r, a["headers"], kSignNames + QStringList{QStringLiteral("SIGNATURE")},
                                           QStringLiteral("headers of %1").arg(awhere), true);
    }
    for (const char *k : {"token", "token_url", "client_secret", "scope", "secret", "sign", "encoding", "headers"}) {
        const bool used = (auth.type == QLatin1String("bearer") && QLatin1String(k) == QLatin1String("token"))
            || (auth.type == QLatin1String("oauth2")
                && QStringList{QStringLiteral("token_url"), QStringLiteral("client_secret"), QStringLiteral("scope")}
                       .contains(QLatin1String(k)))
            || (auth.type == QLatin1String("signed")
                && QStringList{QStringLiteral("secret"), QStringLiteral("sign"), QStringLiteral("encoding"),
                               QStringLiteral("headers")}
                       .contains(QLatin1String(k)));
        if (a[k] && !used)
            r.error(a[k], QStringLiteral("%1: '%2' does not apply to type %3").arg(awhere, QString::fromLatin1(k), auth.type));
    }
}

void readRestDataset(const YamlReader &r, const YAML::Node &v, DatasetDef &ds)
{
    const QString where = QStringLiteral("dataset '%1'").arg(ds.id);
    if (v["endpoint"])
        ds.endpoint = r.scalar(v["endpoint"], QStringLiteral("endpoint")).value_or(QString());
    else
        r.error(v, QStringLiteral("%1 of a rest system needs 'endpoint: /PATH' (relative to the system's url)").arg(where));
    if (v["table"])
        r.error(v["table"], QStringLiteral("%1: a rest dataset has an endpoint, not a table").arg(where));
    readFieldPaths(r, v, ds);
    const YAML::Node q = v["query"];
    if (!q)
        return;
    const QString qwhere = QStringLiteral("query of %1").arg(where);
    if (!r.expectMap(q, qwhere))
        return;
    r.checkKeys(q, {QStringLiteral("method"), QStringLiteral("body"), QStringLiteral("params"), QStringLiteral("filter"),
                    QStringLiteral("initial"), QStringLiteral("paging"), QStringLiteral("records"), QStringLiteral("columns")},
                qwhere);
    RestQuery &rq = ds.query;
    if (q["method"]) {
        rq.method = r.scalar(q["method"], QStringLiteral("method")).value_or(QString()).toUpper();
        if (rq.method != QLatin1String("GET") && rq.method != QLatin1String("POST"))
            r.error(q["method"], QStringLiteral("%1: method must be GET or POST").arg(qwhere));
    }
    if (q["body"]) {
        rq.body = r.scalar(q["body"], QStringLiteral("body")).value_or(QString());
        checkTemplate(r, q["body"], rq.body, kQueryNames, QStringLiteral("body of %1").arg(qwhere));
        if (rq.method == QLatin1String("GET"))
            r.error(q["body"], QStringLiteral("%1: a GET request has no body; use params: or method: POST").arg(qwhere));
    }
    if (q["params"])
        rq.params = readTemplateMap(r, q["params"], kQueryNames, QStringLiteral("params of %1").arg(qwhere), false);
    if (q["filter"]) {
        rq.filter = r.scalar(q["filter"], QStringLiteral("filter")).value_or(QString());
        QStringList names = kQueryNames;
        names.removeAll(QStringLiteral("FILTER"));
        checkTemplate(r, q["filter"], rq.filter, names, QStringLiteral("filter of %1").arg(qwhere));
    }
    if (q["initial"]) {
        rq.initial = r.scalar(q["initial"], QStringLiteral("initial")).value_or(QString());
        if (!QDateTime::fromString(rq.initial, Qt::ISODateWithMs).isValid()
            && !QDateTime::fromString(rq.initial, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid())
            r.error(q["initial"], QStringLiteral("%1: initial must be a date and time such as 2020-01-01 00:00:00").arg(qwhere));
    }
    if (const YAML::Node p = q["paging"]) {
        const QString pwhere = QStringLiteral("paging of %1").arg(qwhere);
        if (p.IsScalar()) {
            rq.paging = YamlReader::text(p);
        } else if (r.expectMap(p, pwhere)) {
            r.checkKeys(p, {QStringLiteral("style"), QStringLiteral("limit"), QStringLiteral("overlap"),
                            QStringLiteral("first_page"), QStringLiteral("next")},
                        pwhere);
            if (p["style"])
                rq.paging = r.scalar(p["style"], QStringLiteral("style")).value_or(QString());
            if (p["limit"]) {
                rq.limit = r.integer(p["limit"], QStringLiteral("limit")).value_or(500);
                if (rq.limit < 1 || rq.limit > 100000)
                    r.error(p["limit"], QStringLiteral("%1: limit must be between 1 and 100000").arg(pwhere));
            }
            if (p["overlap"]) {
                rq.overlap = r.integer(p["overlap"], QStringLiteral("overlap")).value_or(0);
                if (rq.overlap < 0 || rq.overlap >= rq.limit)
                    r.error(p["overlap"], QStringLiteral("%1: overlap must be at least 0 and less than limit").arg(pwhere));
            }
            if (p["first_page"])
                rq.firstPage = r.integer(p["first_page"], QStringLiteral("first_page")).value_or(1);
            if (p["next"]) {
                rq.cursorPath = r.scalar(p["next"], QStringLiteral("next")).value_or(QString());
                if (!validPath(rq.cursorPath))
                    r.error(p["next"], QStringLiteral("%1: next '%2' is not a path such as meta.next_cursor")
                                           .arg(pwhere, rq.cursorPath));
            }
        }
        if (!kPagingStyles.contains(rq.paging))
            r.error(p, QStringLiteral("%1: style must be none, offset, page or cursor, not '%2'").arg(pwhere, rq.paging));
        if (rq.paging == QLatin1String("cursor") && rq.cursorPath.isEmpty())
            r.error(p, QStringLiteral("%1: cursor paging needs next: the path of the next cursor in a response").arg(pwhere));
        if (rq.overlap > 0 && rq.paging != QLatin1String("offset"))
            r.error(p["overlap"], QStringLiteral("%1: overlap needs offset paging").arg(pwhere));
    }
    if (q["records"]) {
        rq.recordsPath = r.scalar(q["records"], QStringLiteral("records")).value_or(QString());
        if (!validPath(rq.recordsPath))
            r.error(q["records"], QStringLiteral("%1: records '%2' is not a path such as data.rows").arg(qwhere, rq.recordsPath));
    }
    if (q["columns"]) {
        rq.columns = r.stringList(q["columns"], QStringLiteral("columns"));
        for (const QString &c : std::as_const(rq.columns))
            if (ds.schema.indexOf(c) < 0)
                r.error(q["columns"], QStringLiteral("%1: column '%2' is not among the fields").arg(qwhere, c));
        for (const Field &f : std::as_const(ds.schema.fields))
            if (!rq.columns.contains(f.name))
                r.error(q["columns"], QStringLiteral("%1: field '%2' is not among the columns").arg(qwhere, f.name));
    }
    // The paging placeholders the style needs must appear somewhere in the request.
    QString all = rq.body;
    for (const auto &p : std::as_const(rq.params))
        all += p.second;
    const auto needs = [&](const QString &name) {
        if (!all.contains(QStringLiteral("{{%1").arg(name)))
            r.error(q, QStringLiteral("%1: %2 paging needs {{%3}} in the body or params").arg(qwhere, rq.paging, name));
    };
    if (rq.paging == QLatin1String("offset"))
        needs(QStringLiteral("OFFSET"));
    else if (rq.paging == QLatin1String("page"))
        needs(QStringLiteral("PAGE"));
    else if (rq.paging == QLatin1String("cursor"))
        needs(QStringLiteral("CURSOR"));
    if (!ds.schema.version.isEmpty() && !all.contains(QLatin1String("{{LAST_SYNC_TIME"))
        && !all.contains(QLatin1String("{{FILTER")))
        r.error(q, QStringLiteral("%1: the dataset has a version column, so the request must ask for the changes since "
                                  "the last run: use {{LAST_SYNC_TIME|datetime}} or {{FILTER}}")
                       .arg(qwhere));
    if (!rq.filter.isEmpty() && !all.contains(QLatin1String("{{FILTER")))
        r.error(q["filter"], QStringLiteral("%1: filter is set but neither body nor params use {{FILTER}}").arg(qwhere));
}

void readWebhookSystem(const YamlReader &r, const YAML::Node &v, SystemDef &s)
{
    const QString where = QStringLiteral("webhook system '%1'").arg(s.name);
    if (!s.options.contains(QStringLiteral("secret")))
        r.error(v, QStringLiteral("%1 needs 'secret: env:VAR' (or keychain:NAME): the HMAC-SHA-256 key events are signed "
                                  "with")
                       .arg(where));
    if (v["port"] && (s.port < 0 || s.port > 65535))
        r.error(v["port"], QStringLiteral("%1: port must be between 0 and 65535").arg(where));
    if (const YAML::Node m = v["max_body"]) {
        const QString text = r.scalar(m, QStringLiteral("max_body")).value_or(QString()).trimmed().toUpper();
        static const QRegularExpression size(QStringLiteral("^(\\d+)\\s*(B|KB|KIB|MB|MIB)?$"));
        const auto match = size.match(text);
        const qint64 unit = match.captured(2).startsWith(QLatin1Char('M')) ? 1 << 20 : match.captured(2).startsWith(QLatin1Char('K')) ? 1024 : 1;
        const qint64 bytes = match.captured(1).toLongLong() * unit;
        if (!match.hasMatch() || bytes < 64 || bytes > (qint64(64) << 20))
            r.error(m, QStringLiteral("%1: max_body must be a size from 64 bytes to 64MB, e.g. 1MB").arg(where));
        else
            s.options.insert(QStringLiteral("max_body_bytes"), bytes);
    }
    if (const YAML::Node w = v["window"])
        if (const auto ms = r.duration(w, QStringLiteral("window"))) {
            if (*ms < 1000 || *ms > 3600000)
                r.error(w, QStringLiteral("%1: window must be between 1s and 1h (default 5m)").arg(where));
            else
                s.options.insert(QStringLiteral("window_ms"), *ms);
        }
    const QString url = s.options.value(QStringLiteral("url")).toString();
    if (!url.isEmpty() && !url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
        r.error(v["url"], QStringLiteral("url of %1 must start with http:// or https://").arg(where));
    if (const YAML::Node from = v["source_system"])
        s.options.insert(QStringLiteral("source_system"), r.scalar(from, QStringLiteral("source_system")).value_or(QString()));
    if (const YAML::Node t = v["tls"]; t && t.IsMap()) {
        r.checkKeys(t, {QStringLiteral("cert"), QStringLiteral("key")}, QStringLiteral("tls of %1").arg(where));
        if (!t["cert"] || !t["key"])
            r.error(t, QStringLiteral("tls of %1 needs cert: and key: (PEM files)").arg(where));
        else {
            s.options.insert(QStringLiteral("tls_cert"), r.scalar(t["cert"], QStringLiteral("cert")).value_or(QString()));
            s.options.insert(QStringLiteral("tls_key"), r.scalar(t["key"], QStringLiteral("key")).value_or(QString()));
        }
    }
}

void readWebhookDataset(const YamlReader &r, const YAML::Node &v, DatasetDef &ds)
{
    const QString where = QStringLiteral("dataset '%1'").arg(ds.id);
    ds.capture.method = QStringLiteral("push");
    if (v["capture"])
        r.error(v["capture"], QStringLiteral("%1: the events of a webhook system are pushed; capture: does not apply").arg(where));
    if (v["query"])
        r.error(v["query"], QStringLiteral("%1: a webhook dataset has no query; its events are POSTed to its endpoint").arg(where));
    if (v["table"])
        r.error(v["table"], QStringLiteral("%1: a webhook dataset has an endpoint, not a table").arg(where));
    if (!v["endpoint"]) {
        r.error(v, QStringLiteral("%1 of a webhook system needs 'endpoint: /PATH' (where events are POSTed)").arg(where));
    } else {
        ds.endpoint = r.scalar(v["endpoint"], QStringLiteral("endpoint")).value_or(QString());
        static const QRegularExpression path(QStringLiteral("^/[A-Za-z0-9._~/-]*$"));
        if (!path.match(ds.endpoint).hasMatch())
            r.error(v["endpoint"], QStringLiteral("%1: endpoint must be a path such as /webhooks/vouchers").arg(where));
    }
    if (const YAML::Node e = v["event"]) {
        ds.event = r.scalar(e, QStringLiteral("event")).value_or(QString());
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.:-]{1,100}$"));
        if (!name.match(ds.event).hasMatch())
            r.error(e, QStringLiteral("%1: event must be a name such as invoice_updated").arg(where));
    }
    readFieldPaths(r, v, ds);
}

void readSecretsAndOptions(const YamlReader &r, const YAML::Node &v, SystemDef &s)
{
    for (const char *secretKey : {"password", "secret"}) {
        const YAML::Node sv = v[secretKey];
        if (!sv)
            continue;
        const QString ref = r.scalar(sv, QString::fromLatin1(secretKey)).value_or(QString());
        if (!ref.startsWith(QLatin1String("keychain:")) && !ref.startsWith(QLatin1String("env:")))
            r.error(sv, QStringLiteral("%1 of system '%2' must be a reference, keychain:NAME or env:VAR; secrets "
                                       "are never written in YAML")
                            .arg(QString::fromLatin1(secretKey), s.name));
        else if (QLatin1String(secretKey) == QLatin1String("password"))
            s.password = ref;
        else
            s.options.insert(QStringLiteral("secret"), ref);
    }
    // Driver options passed through (libpq keywords such as sslmode, sslrootcert).
    if (const YAML::Node o = v["options"]) {
        if (!o.IsMap()) {
            r.error(o, QStringLiteral("options of system '%1' must be a map, e.g. { sslmode: require }").arg(s.name));
        } else {
            QVariantMap options;
            for (auto oi = o.begin(); oi != o.end(); ++oi) {
                const QString key = YamlReader::text(oi->first);
                static const QRegularExpression keyword(QStringLiteral("^[A-Za-z_]+$"));
                if (key == QLatin1String("password") || key == QLatin1String("passfile"))
                    r.error(oi->first, QStringLiteral("system '%1': a password goes in 'password: keychain:NAME' "
                                                      "or 'env:VAR', never in options")
                                           .arg(s.name));
                else if (!keyword.match(key).hasMatch() || !oi->second.IsScalar())
                    r.error(oi->first, QStringLiteral("option '%1' of system '%2' must be a plain name with a "
                                                      "single value")
                                           .arg(key, s.name));
                else
                    options.insert(key, YamlReader::text(oi->second));
            }
            s.options.insert(QStringLiteral("options"), options);
        }
    }
}

} // namespace concord
