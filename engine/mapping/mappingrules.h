#pragma once
// The mapping rule model: what a mappings/*.yaml file says, before compilation. Loaded by
// workspace/, compiled by mapping/mapper.h, written back by mapping/mappingwriter.h.

#include "core/error.h"
#include "model/fieldtype.h"
#include "model/value.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

// What to do when the mapped value is null: keep it, use `default`, drop the record, or fail it.
enum class NullPolicy { Keep, Default, SkipRecord, Error };

std::optional<NullPolicy> parseNullPolicy(const QString &text);
QString nullPolicyName(NullPolicy p);

struct CaseRule
{
    QString when;          // expression text
    Value then;            // constant result ...
    QString thenExpr;      // ... or an expression (then: { expr: "..." })
    SourceLocation whenLocation;
    SourceLocation thenLocation;
};

struct ValidationRule
{
    QString field;
    QString check;         // expression over `value` and the record's fields
    QString code;          // error code reported when the check is false
    QString message;
    SourceLocation location;
};

struct LookupRule
{
    QMap<QString, Value> values; // inline table
    QString dataset;             // or another dataset (later)
    QString keyField;
    QString valueField;
    std::optional<Value> fallback;
};

struct FieldRule
{
    QString target;                  // target field name
    QString from;                    // source field ("" when the value comes from expr/const)
    QString expr;                    // expression text
    std::optional<Value> constant;   // const: X
    QStringList transforms;          // e.g. ["trim", "upper"]
    QList<CaseRule> cases;
    std::optional<Value> elseValue;
    QString elseExpr;
    std::optional<Value> defaultValue;
    NullPolicy onNull = NullPolicy::Keep;
    bool onNullWritten = false;      // the file spells on_null out (kept on save; not part of the meaning)
    std::optional<FieldType> type;   // convert to this type (else the target field's type)
    std::optional<LookupRule> lookup;
    QString description;             // free text for stewards; not part of the version
    SourceLocation location;         // of the target key
    SourceLocation exprLocation;     // of the expr scalar, for errors inside the expression
    SourceLocation elseExprLocation; // of else: { expr } likewise
};

struct MappingRules
{
    QString path;                    // relative to the workspace, as referenced by pipelines
    QString absolutePath;
    QString source;                  // dataset id
    QString target;                  // dataset id
    QString description;             // free text for stewards; not part of the version
    QList<FieldRule> fields;
    QStringList required;
    QStringList unique;
    QList<ValidationRule> rules;
    // Named value tables for lookup('table', key) in expressions: table -> key text -> value.
    QMap<QString, QMap<QString, Value>> lookupTables;
    QString version;                 // hash of the canonical form (see mappingVersion())
    SourceLocation location;

    const FieldRule *rule(const QString &target) const;
};

// A short, stable hash of the mapping's canonical form: whitespace, comments and key order in the
// YAML do not change it; any change of meaning does.
QString mappingVersion(const MappingRules &rules);

} // namespace concord
