#pragma once
// Dataset lineage (docs/lineage.md §3): the graph of systems, datasets and pipelines the workspace
// defines, field to field through each mapping, with what the policy does to each field on its way
// to the target system (a masked or dropped field is marked). It is derived from the workspace, not
// from runs, so it shows what will happen as well as what did.
//
// openLineageEvents turns it into OpenLineage run events (one per pipeline, with the schema and
// columnLineage dataset facets), the JSON that lineage tools such as Marquez take in.

#include "core/error.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace concord {

struct FieldLineage
{
    QString target;          // target field
    QStringList sources;     // source fields it is made from (none: a constant)
    bool direct = false;     // copied unchanged from its one source
    QString how;             // "copy", "trim, upper", "expr: ...", "case", "lookup", "const"
    QString policy;          // pass | mask | drop (towards the target system)
    QString mask;            // the masking strategy, when masked
};

struct PipelineLineage
{
    QString pipeline;
    QString source;          // dataset ids
    QString target;
    QString sourceSystem;
    QString targetSystem;
    QString mapping;         // path
    QString mappingVersion;
    QString direction;       // one-way | two-way
    bool enabled = true;
    QList<FieldLineage> fields;
    QString problem;         // why fields are missing: the mapping does not compile, the policy refuses
};

struct DatasetLineageGraph
{
    QStringList datasets;    // every dataset a pipeline touches, sorted
    QList<PipelineLineage> pipelines;
};

DatasetLineageGraph datasetLineage(const Workspace &ws);

struct OpenLineageOptions
{
    QString producer;        // a URI naming what produced the events
    QDateTime eventTime;     // invalid: now
};

// One RunEvent per pipeline (eventType COMPLETE), the run's id a UUID derived from the pipeline and
// its mapping version (the same graph gives the same ids).
QJsonArray openLineageEvents(const Workspace &ws, const DatasetLineageGraph &graph, const OpenLineageOptions &options);

} // namespace concord
