#pragma once
// Saving sensitivity tags from the console into workspace.yaml: the text is changed in place
// (workspace/fieldtagwriter.h), the file replaced atomically, and the audit trail records who
// changed which field's level, mask and visibility from what to what — names and levels only,
// never a data value — with the SHA-256 digest of the file written. Runs off the GUI thread.

#include "workspace/fieldtagwriter.h"
#include "workspace/workspace.h"

namespace concord {

struct TagSave
{
    QList<FieldTagEdit> before;   // the fields as they were, same order as `after`
    QList<FieldTagEdit> after;
    QString actor;                // OS user
    QString role;                 // the role they were signed in with
};

// Returns the new text of workspace.yaml.
Result<QString> saveFieldTags(const Workspace &ws, const TagSave &save);

} // namespace concord
