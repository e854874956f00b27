#pragma once
// Preview: a mapping applied to a few sample records, with how every field got its value, every
// problem (not just the first) and how often each rule fired over the sample. Used by
// `concordctl preview` and the mapping editor's live grid; it writes nothing anywhere.

#include "core/error.h"
#include "mapping/mapper.h"
#include "mapping/mappingrules.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <vector>

namespace concord {

struct PreviewRecord
{
    int index = 0;          // position in the sample, from 0
    QString key;            // the source record's key, as text
    Record source;          // after conversion to the source's declared types
    Record output;          // target values in CompiledMapping::targetFields() order
    MapOutcome outcome;
    RecordTrace trace;
};

// Per-rule counts over the whole sample: what a steward looks at to see whether a rule is used.
struct PreviewFieldStats
{
    QList<int> caseHits;    // per `cases` entry
    int elseHits = 0;
    int defaultHits = 0;
    int lookupHits = 0;
    int lookupMisses = 0;
    int nulls = 0;          // records where the field's final value is null
    int failures = 0;       // records that failed or were skipped at this field
};

// What the viewer may see of one column of a preview, set by applyViewPolicy (engine/policy):
// "pass", "mask partial(3,4)" or "drop" and why. Empty when no policy was applied.
struct PreviewColumnPolicy
{
    QString summary;
    QString reason;
    bool masked = false;
    bool hidden = false;    // dropped: every value of the column is null in the preview
};

struct PreviewResult
{
    QString mappingVersion;
    QStringList sourceFields;
    QStringList targetFields;
    QList<PreviewRecord> records;
    QList<PreviewFieldStats> fieldStats; // per target field
    QList<int> ruleFailures;             // per validate.rules entry
    int mapped = 0;
    int skipped = 0;
    int failed = 0;
    // Set by applyViewPolicy: who the values were masked for, and how, per column.
    QString viewer;
    QList<PreviewColumnPolicy> sourcePolicy;  // per source field
    QList<PreviewColumnPolicy> targetPolicy;  // per target field
};

// Maps every sample (in the source dataset's field order) with a trace. `mapping` must be valid.
PreviewResult previewMapping(const CompiledMapping &mapping, const MappingRules &rules, const Schema &source,
                             std::vector<Record> samples);

// Sample records from JSON text: an array of objects, field name -> value (decimals best as strings,
// to stay exact). Fields the schema does not have are reported in `warnings` and ignored; fields
// the object lacks are null. At most `limit` records (0: all).
Result<std::vector<Record>> samplesFromJson(const QByteArray &json, const Schema &source, int limit,
                                            QStringList *warnings);

// The machine-readable form (`concordctl preview --json`): per record and field the value, which
// branch fired, whether a default or lookup applied, the errors; and the counts per rule.
QJsonObject previewToJson(const PreviewResult &result, const MappingRules &rules);

// "case 2 (value in ['Lost', 'Cancelled'])", "else", "" — how a field's value was chosen.
QString branchLabel(const FieldTrace &trace, const FieldRule *rule);

} // namespace concord
