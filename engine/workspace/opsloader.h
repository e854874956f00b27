#pragma once
// Reading workspace.yaml's operations keys, `circuit_breaker:` and `alerts:` (docs/operations.md),
// kept apart from the main loader. Errors go to the reader's list with file:line:column.

#include "workspace/workspace.h"
#include <QSet>
#include "workspace/yamlreader.h"

namespace concord {

void readCircuitBreaker(const YamlReader &r, const YAML::Node &node, CircuitSettings &out);
void readRetention(const YamlReader &r, const YAML::Node &node, RetentionSettings &out);
// A pipeline's `schema_drift: pause | continue`. It was reserved (accepted, ignored) before, so
// another value is a warning and leaves the default.
void readSchemaDrift(const YamlReader &r, const YAML::Node &node, PipelineDef &out, ErrorList *warnings);
// `pipelines` are the workspace's pipeline names, to check the rules' `pipelines:` lists.
void readAlerts(const YamlReader &r, const YAML::Node &node, const QStringList &pipelines, AlertSettings &out);

// The rules used when workspace.yaml has no `alerts: rules:`, after the settlement-to-tax design's
// §5.3: critical below 95% success or 20 consecutive failures; warning below 99%, a backlog above
// 50 or more than 10 failures in an hour, and an open circuit; info below 99.9% or more than 10
// changes waiting for a retry.
QList<AlertRule> defaultAlertRules();

} // namespace concord
