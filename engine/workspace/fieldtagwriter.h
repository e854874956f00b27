#pragma once
// Writing sensitivity tags back into workspace.yaml (the console's sensitivity page). A steward's
// file keeps its comments, order and layout: only the entries of the fields that changed are
// rewritten, each as one flow-style line in place of the old entry —
//
//     phone: { type: string, sensitivity: L3, mask: 'partial(mobile)', visible_to: [service] }
//
// — keeping the field's other keys (description, key, nullable, column) and a comment that ended
// the entry's line. Comments inside a multi-line entry are not kept; comments before the next
// field are. The result is parsed again and checked to hold what was asked, or it is an error.

#include "core/error.h"
#include "model/schema.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace concord {

struct FieldTagEdit
{
    QString dataset;                         // dataset id, as under datasets:
    QString field;
    Sensitivity level = Sensitivity::Unset;  // Unset: no sensitivity key (the field counts as L2)
    QString mask;                            // empty: no mask key
    QStringList visibleTo;                   // empty: no visible_to key
};

// Applies `edits` to the text of workspace.yaml. `file` names it in errors.
Result<QString> applyFieldTags(const QString &yaml, const QString &file, const QList<FieldTagEdit> &edits);

// A YAML flow scalar: plain when that reads back as the same string, else single-quoted.
QString yamlFlowScalar(const QString &text);

} // namespace concord
