#pragma once
// A mapping compiled against its source and target datasets: field indexes resolved, expressions
// compiled, conversions chosen. Applying it to a record does no parsing and no name lookups.

#include "core/error.h"
#include "mapping/expression.h"
#include "mapping/mappingrules.h"
#include "model/record.h"
#include "workspace/workspace.h"

#include <QSet>

#include <memory>
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

    // Maps one source record (in the source dataset's field order). Source values are converted
    // to their declared types in place. `out` is resized to targetFields().size().
    MapOutcome map(Record &source, Record &out) const;

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
        std::vector<int> transforms; // Transform enum values
        std::vector<CompiledCase> cases;
        std::optional<Value> elseValue;
        Expression elseExpr;
        const LookupRule *lookup = nullptr;
        std::optional<Value> defaultValue;
        NullPolicy onNull = NullPolicy::Keep;
        FieldType type;
        bool required = false;
    };
    struct CompiledRule
    {
        int field = -1; // output index, -1 for record-level rules
        Expression check;
        QString code;
        QString message;
    };

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

} // namespace concord
