#pragma once
// The workspace model: what workspace.yaml and mappings/*.yaml declare (DESIGN.md §5).
// Plain value types; workspace/workspaceloader.h reads them and reports every error it finds.

#include "core/error.h"
#include "mapping/mappingrules.h"
#include "model/schema.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace concord {

struct RoleDef
{
    QString name;
    QString department;
    Sensitivity clearance = Sensitivity::L1;
    SourceLocation location;
};

// `auth:` of a REST system (docs/connectors-rest.md §2). Secrets are references (env:, keychain:).
struct HttpAuth
{
    QString type;                  // "" (none) | bearer | oauth2 | signed
    QString token;                 // bearer: the token's reference
    QString tokenUrl;              // oauth2: the token endpoint (relative to the system's url, or absolute)
    QString clientId;              // oauth2, signed: sent as is
    QString clientSecret;          // oauth2: reference
    QString scope;                 // oauth2: optional
    QString secret;                // signed: the HMAC key's reference
    QString sign;                  // signed: the string-to-sign template ({{METHOD}}, {{PATH}}, {{BODY_SHA256}} ...)
    QString encoding;              // signed: hex | base64 (of the HMAC-SHA-256)
    QList<QPair<QString, QString>> headers; // signed: header name -> value template ({{SIGNATURE}} ...)
};

struct SystemDef
{
    QString name;
    QString kind;          // sqlite | postgres | mysql | rest | webhook
    QString path;          // sqlite: file, relative to the workspace
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString password;      // a secret reference: keychain:NAME or env:VAR, never the secret
    QByteArray passwordValue; // in memory only, never read from or written to YAML: a password typed in the
                              // New Workspace wizard before it is stored; wins over `password`
    QString department;
    Sensitivity clearance = Sensitivity::Unset; // the most this system may receive
    QVariantMap options;   // kind-specific keys kept for later connectors
    HttpAuth auth;         // rest: how requests are authenticated
    QList<QPair<QString, QString>> headers; // rest: headers sent with every request
    SourceLocation location;

    // Absolute path of an SQLite file, resolved against the workspace directory.
    QString resolvedPath(const QString &workspaceDir) const;
};

// How a dataset's changes are captured when it is a pipeline's source (docs/workspace.md).
struct CaptureSettings
{
    QString method = QStringLiteral("poll"); // poll (version column) | logical (PostgreSQL logical decoding)
                                             // | binlog (MySQL/MariaDB binary log) | push (webhook: events
                                             // arrive in the outbox; set for datasets of webhook systems)
    QString slot;                            // logical: the replication slot; "": concord_<pipeline>

    bool isFeed() const
    {
        return method == QLatin1String("logical") || method == QLatin1String("binlog") || method == QLatin1String("push");
    }
};

// How a REST dataset is requested and read (`endpoint:` and `query:`, docs/connectors-rest.md §3).
// Templates take {{LAST_SYNC_TIME|datetime}}, {{FILTER}}, {{OFFSET}}, {{LIMIT}}, {{PAGE}}, {{CURSOR}}.
struct RestQuery
{
    QString method = QStringLiteral("GET");   // GET | POST
    QString body;                             // POST: the request body template (JSON text)
    QList<QPair<QString, QString>> params;    // URL query parameter -> value template
    QString filter;                           // the {{FILTER}} template (the incremental condition)
    QString initial = QStringLiteral("1970-01-01T00:00:00"); // LAST_SYNC_TIME before the first run
    QString paging = QStringLiteral("none");  // none | offset | page | cursor
    int limit = 500;                          // rows per page ({{LIMIT}})
    int overlap = 0;                          // offset paging: rows each page re-reads of the last
    int firstPage = 1;                        // page paging: the number of the first page
    QString cursorPath;                       // cursor paging: where the response holds the next cursor
    QString recordsPath;                      // where the response holds the records; "": the body itself
    QStringList columns;                      // records are arrays: the field names in order
    QMap<QString, QString> fieldPaths;        // field -> its path inside a record object (`column:`)
};

struct DatasetDef
{
    QString id;            // "system.name"
    QString system;
    QString table;
    Schema schema;
    CaptureSettings capture;
    QString endpoint;      // rest: the path (relative to the system's url) or URL the records come from;
                           // webhook: the path events are POSTed to
    RestQuery query;       // rest: how they are requested
    QString event;         // webhook target: the event type its events carry (subscriptions per type)
    SourceLocation location;
};

struct RetrySettings
{
    int maxAttempts = 5;
    qint64 baseMs = 1000;
    qint64 maxMs = 600000;
    double jitter = 0.1;
};

// `conflict:` of a two-way pipeline (docs/two-way.md). Sides are named by system name, or by
// `source` / `target`; fields by the target dataset's names.
struct ConflictSettings
{
    QString strategy;                // last_write_wins | source_priority | field_priority | manual; "": manual
    QMap<QString, QString> owners;   // field -> side (field_priority)
    QStringList priority;            // sides in order (source_priority; last_write_wins' tie-break)
    QString otherwise;               // field_priority: fields without an owner; "": manual
    bool fieldMerge = true;          // changes to different fields of one record merge
    QMap<QString, QString> fields;   // field -> strategy, overriding `strategy`
    SourceLocation location;

    QString effectiveStrategy() const { return strategy.isEmpty() ? QStringLiteral("manual") : strategy; }
};

// How one target field is compared by a consistency check (`consistency: fields:`).
struct FieldTolerance
{
    double epsilon = 0;              // numbers: equal when |a - b| <= epsilon
    QString precision;               // timestamps: millisecond | second | minute | hour | day; "": exact
    bool trim = false;               // text: leading and trailing white space ignored
    bool ignoreCase = false;         // text: `case: insensitive`
    bool emptyIsNull = false;        // "" and null are the same
    SourceLocation location;
};

// `consistency:` of a pipeline (docs/consistency.md).
struct ConsistencySettings
{
    QString schedule;                // when the scheduler checks; empty: on demand only
    int alertAbove = -1;             // alert when a check finds more discrepancies; -1: never
    QStringList ignore;              // target fields left out of the comparison
    QMap<QString, FieldTolerance> fields; // target field -> how it compares
    QString extra = QStringLiteral("flag"); // what repair does with extra records: flag | delete
    int segmentRows = 10000;         // source records per checksum segment
    int leafRows = 128;              // bisection stops at ranges this small and compares row hashes
    SourceLocation location;
};

struct PipelineDef
{
    QString name;
    QString source;                  // dataset id
    QString target;                  // dataset id
    QString mapping;                 // mapping path relative to the workspace
    QString reverseMapping;
    QString mode = QStringLiteral("incremental"); // realtime | incremental | batch
    QString schedule;
    QString direction = QStringLiteral("one-way");
    ConflictSettings conflict;
    RetrySettings retry;
    int batchSize = 500;
    QString rateLimit;
    QStringList after;
    ConsistencySettings consistency;
    QString description;
    bool enabled = true;             // `enabled: false`: only dry runs
    // `schema_drift:` (docs/lineage.md §6): when a column this pipeline's mapping reads or writes
    // is removed or retyped, pause the pipeline before it runs (true, the default) or run anyway.
    bool pauseOnSchemaDrift = true;
    SourceLocation location;
};

// `circuit_breaker:` (docs/operations.md): after `failures` consecutive transient failures
// writing to a system, pipelines towards it stop; a probe run is tried after `probe`, then at
// doubling intervals up to `max_probe`, and the first that succeeds closes the circuit.
struct CircuitSettings
{
    int failures = 3;
    qint64 probeMs = 30000;
    qint64 maxProbeMs = 600000;
};

// One entry of `alerts: rules:` (docs/operations.md). A rule fires for a pipeline when its metric,
// measured over `window`, is below or above `threshold`.
struct AlertRule
{
    QString name;                    // shown in the console and the notification; unique
    QString metric;                  // success_rate | backlog | failures | consecutive_failures |
                                     // retrying | dead_letters | latency_p95 | circuit_open
    bool below = false;              // success_rate: below; the others: above
    double threshold = 0;            // success_rate as a fraction (99.9% -> 0.999); latency in ms
    qint64 windowMs = 3600000;       // success_rate, failures, dead_letters, latency_p95
    QString severity;                // critical | warning | info
    QStringList pipelines;           // empty: every pipeline
    SourceLocation location;
};

struct AlertSettings
{
    QList<AlertRule> rules;          // workspace.yaml's, or the defaults (seeds §5.3) when absent
    bool defaults = true;            // rules are the built-in defaults
    QString webhookUrl;              // DingTalk/WeCom-style robot URL; empty: no notification
    QString webhookSecret;           // secret reference (env:VAR, keychain:NAME, file:PATH); signs the URL
    QString webhookMinSeverity = QStringLiteral("warning");
    SourceLocation location;
};

// One entry of workspace.yaml's `policies:` list: an explicit decision that overrides the
// sensitivity levels for some fields and holders (docs/policy.md).
struct PolicyRule
{
    enum class Action { Pass, Mask, Drop };
    QString dataset;                 // dataset id
    QString field;                   // a field of it, or "*" for every field
    QStringList to;                  // role and system names; "*" for every holder
    Action action = Action::Drop;
    QString mask;                    // Mask: the strategy text; empty: the field's own mask
    QString reason;                  // shown in the policy matrix and in decisions
    SourceLocation location;
};

// `retention:` (docs/lineage.md §4): audit entries, run history and record lineage older than
// `period` are archived to a signed, compressed file under `archive` and removed from the store.
struct RetentionSettings
{
    qint64 periodMs = 180LL * 86400 * 1000;
    QString archive = QStringLiteral(".concord/archive"); // relative to the workspace, or absolute
    SourceLocation location;
};

struct Workspace
{
    QString dir;                     // absolute directory
    QString name;
    QString secret;                  // `secret:` keychain:NAME or env:VAR; empty: the default (policy/secrets.h)
    QStringList departments;
    QMap<QString, RoleDef> roles;
    QMap<QString, SystemDef> systems;
    QMap<QString, DatasetDef> datasets;
    QMap<QString, PipelineDef> pipelines;
    QMap<QString, MappingRules> mappings; // by the path pipelines use
    QList<PolicyRule> policies;      // in file order: the first that matches decides
    QMap<QString, QString> stewards; // `stewards:` OS user name -> role name; "*": everyone not listed
    CircuitSettings circuit;         // `circuit_breaker:`
    AlertSettings alerts;            // `alerts:`
    RetentionSettings retention;     // `retention:`

    const DatasetDef *dataset(const QString &id) const;
    const SystemDef *systemOf(const DatasetDef &ds) const;
    const MappingRules *mappingOf(const PipelineDef &p) const;
    QString stateStorePath() const;  // <dir>/.concord/state.sqlite
    QString logDir() const;          // <dir>/.concord/logs (log/logfiles.h)
    // The role `stewards:` gives an OS user (their own entry, else "*"), or null: no role.
    const RoleDef *stewardRole(const QString &user) const;
};

} // namespace concord

Q_DECLARE_METATYPE(std::shared_ptr<const concord::Workspace>)
