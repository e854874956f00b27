#pragma once
// Reading how a dataset is captured and how a REST system and dataset are requested
// (docs/workspace.md §3.4, docs/connectors-rest.md), kept apart from the main loader.
// Errors go to the reader's list with file:line:column.

#include "workspace/workspace.h"
#include "workspace/yamlreader.h"

namespace concord {

// `capture:` of a dataset whose system is of `kind`.
void readCapture(const YamlReader &r, const YAML::Node &node, const QString &kind, DatasetDef &ds);

// `password:` and `secret:` (references only) and `options:` (driver options) of a system.
void readSecretsAndOptions(const YamlReader &r, const YAML::Node &system, SystemDef &s);

// `auth:` and `headers:` of a system of kind rest.
void readRestSystem(const YamlReader &r, const YAML::Node &system, SystemDef &s);

// `endpoint:`, `query:` and the fields' `column:` of a dataset of a rest system.
void readRestDataset(const YamlReader &r, const YAML::Node &dataset, DatasetDef &ds);

// `secret:`, `port:`, `max_body:`, `window:`, `source_system:` and `tls:` of a webhook system.
void readWebhookSystem(const YamlReader &r, const YAML::Node &system, SystemDef &s);

// `endpoint:` and the fields' `column:` of a dataset of a webhook system (its events are pushed).
void readWebhookDataset(const YamlReader &r, const YAML::Node &dataset, DatasetDef &ds);

} // namespace concord
