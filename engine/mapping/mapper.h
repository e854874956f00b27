#pragma once
// A mapping compiled against its source and target datasets: field indexes resolved, expressions
// compiled, conversions chosen. Applying it to a record does no parsing and no name lookups.

#include "core/error.h"
#include "mapping/expression.h"
#include "mapping/mappingrules.h"
#include "mapping/texttransform.h"
#include "model/record.h"
#include "workspace/workspace.h"

#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace concord {

// What applying a mapping to one record gave.
struct MapOutcome
{
    enum class Kind { Mapped, Skipped, Failed };
    Kind kind = Kind::Mapped;
    Error error;              // Failed: the first problem (code, message naming the field)
    QString field;            // the target field it concerns, if any
};

// How one target field got its value: filled by map() when a preview asks for a trace.
struct FieldTrace
{
    enum class Origin { None, SourceField, Expression, Constant };
    enum class Lookup { NotUsed, Hit, Miss };
    Origin origin = Origin::None;
    Lookup lookup = Lookup::NotUsed;
    int caseFired = -1;            // index of the `cases` entry that matched, -1 if none
    bool elseFired = false;        // no case matched and `else` gave the value
    bool defaultApplied = false;   // the value was null and on_null: default replaced it
    MapOutcome::Kind outcome = MapOutcome::Kind::Mapped; // Failed/Skipped: this field did it
    Error error;                   // when it failed here
};

// Everything map() found for one record, not just the first failure.
struct RecordTrace
{
    std::vector<FieldTrace> fields; // one per target field, in output order
    struct Problem
    {
        int index;                  // source field index (sourceErrors) or validation rule index (failedRules)
        Error error;
    };
    QList<Problem> sourceErrors;    // source values that do not convert to their declared type
    QList<Problem> failedRules;     // validate.rules entries that failed, in rule order
};

class CompiledMapping
{
public:
    CompiledMapping() = default;

    // Compiles `rules` for `source` -> `target`. Appends every problem to `errors`; returns an
    // invalid mapping if there was any.
    static CompiledMapping compile(const MappingRules &rules, const DatasetDef &source, const DatasetDef &target,
                                   ErrorList *errors);

    bool isValid() const { return m_valid; }
    const QString &version() const { return m_version; }

    // Target columns written, in output order, with their types; and which of them form the key.
    const QStringList &targetFields() const { return m_targetFields; }
    const std::vector<int> &targetKeyIndexes() const { return m_targetKey; }
    // Source fields the mapping reads (the reader may skip the others).
    const QSet<int> &usedSourceFields() const { return m_usedSource; }
    // The source fields output field `output` is made from, ascending: its `from`, and every field
    // its expression, cases and else read (a condition on a field tells something about it too).
    // Policy gives the output the strictest decision of these.
    QList<int> sourcesOf(int output) const;
    // The source field output field `output` copies unchanged — no expression, transform, case,
    // lookup, default or null policy, and the same declared type on both sides — or -1.
    // A consistency check hashes such fields as stored, without converting them.
    int passThroughSource(int output) const;
    // Whether some record may be skipped (a field's `on_null: skip`): then whether a source record
    // is written at all is known only by mapping it.
    bool canSkip() const;

    // Maps one source record (in the source dataset's field order). Source values are converted
    // to their declared types in place. `out` is resized to targetFields().size(); its values mean
    // something only when the outcome is Mapped (a failed or skipped record leaves it part-filled).
    MapOutcome map(Record &source, Record &out) const;
    // The same, and with `trace` it goes on after a failure to evaluate every field and rule and
    // records how each got its value (a preview). The outcome is what map() would return.
    MapOutcome map(Record &source, Record &out, RecordTrace *trace) const;

    // Names of the source dataset's fields, in record order.
    const QStringList &sourceFields() const { return m_sourceNames; }
    int ruleCount() const { return int(m_rules.size()); }

private:
    struct CompiledCase
    {
        Expression when;
        Value then;
        Expression thenExpr;
    };
    struct CompiledField
    {
        QString target;
        int sourceIndex = -1;
        Expression expr;
        std::optional<Value> constant;
        std::vector<TextStep> transforms;
        std::vector<CompiledCase> cases;
        std::optional<Value> elseValue;
        Expression elseExpr;
        const LookupRule *lookup = nullptr;
        std::optional<Value> defaultValue;
        NullPolicy onNull = NullPolicy::Keep;
        FieldType type;
        bool required = false;
        QList<int> reads; // source fields it is made from (sourcesOf)
    };
    struct CompiledRule
    {
        int field = -1; // output index, -1 for record-level rules
        Expression check;
        QString code;
        QString message;
    };

    // Maps one field into `v`, the output record's slot (holding whatever the record it was reused
    // from had there). Returns the outcome when the field fails or skips the record.
    std::optional<MapOutcome> mapField(const CompiledField &f, const Record &source, Value &v, FieldTrace *t) const;

    bool m_valid = false;
    QString m_version;
    QStringList m_targetFields;
    std::vector<int> m_targetKey;
    QSet<int> m_usedSource;
    std::vector<FieldType> m_sourceTypes;
    std::vector<int> m_sourceToConvert; // indexes of used source fields, converted before mapping
    QStringList m_sourceNames;
    std::vector<CompiledField> m_fields;
    std::vector<CompiledRule> m_rules;
    std::shared_ptr<MappingRules> m_rules_keepalive; // lookup tables point into it
};

// The problems of one field's rule on its own (what the editor shows at that field): the rule is
// compiled without the others, so a mapping-wide problem (a key field not filled) is not its.
ErrorList ruleProblems(const MappingRules &rules, const FieldRule &rule, const DatasetDef &source,
                       const DatasetDef &target);

} // namespace concord
