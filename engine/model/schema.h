#pragma once
// Schema and Field: the shape of a dataset as declared in workspace.yaml.

#include "core/error.h"
#include "model/fieldtype.h"

#include <QString>
#include <QStringList>

namespace concord {

// L1 public, L2 internal, L3 restricted. Unset is treated as L2 (docs/workspace.md).
enum class Sensitivity { Unset, L1, L2, L3 };

std::optional<Sensitivity> parseSensitivity(const QString &text);
QString sensitivityName(Sensitivity s);

struct Field
{
    QString name;
    FieldType type;
    bool key = false;
    Sensitivity sensitivity = Sensitivity::Unset;
    QString mask;          // masking strategy text, e.g. "partial(3,4)"; applied by policy (engine/policy)
    QStringList visibleTo; // departments that may see the field at all
    SourceLocation location;

    Sensitivity effectiveSensitivity() const { return sensitivity == Sensitivity::Unset ? Sensitivity::L2 : sensitivity; }
};

struct Schema
{
    QList<Field> fields;
    QStringList key;       // key field names, in order
    QString version;       // change-tracking column (timestamp or growing number), may be empty
    QString softDelete;    // column that marks a row deleted when true/non-null, may be empty

    int indexOf(const QString &name) const;
    QList<int> keyIndexes() const;
    QStringList fieldNames() const;
};

} // namespace concord
