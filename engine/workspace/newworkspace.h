#pragma once
// A new workspace's first workspace.yaml: one system, one dataset with the columns read from its
// table (connectors/introspect.h), written in the documented format (docs/workspace.md) and
// checked by the loader before it is kept. What the console's New Workspace wizard and
// `concordctl new-workspace` (not yet) produce.

#include "core/error.h"

#include <QList>
#include <QString>

namespace concord {

struct NewField
{
    QString name;        // the column's name; must be a valid field name (isFieldName)
    QString type;        // a Concord type: int, decimal(18,2), string, bool, date, timestamp, json
    QString sensitivity; // L1, L2, L3 or "" (counts as L2)
    bool key = false;
};

struct NewWorkspace
{
    QString name;        // display name; "" = the folder's name
    QString department;  // the owning department of the system, also the workspace's first one; may be ""

    QString system;      // the system's name, e.g. "crm"
    QString kind;        // sqlite | postgres | mysql | mariadb
    QString path;        // sqlite: the file (relative to the workspace, or absolute)
    QString host;
    int port = 0;        // 0: the kind's default
    QString database;
    QString user;
    QString password;    // a reference: keychain:NAME or env:VAR; "" for none
    QString schema;      // postgres: "" = public

    QString dataset;     // the NAME of SYSTEM.NAME
    QString table;
    QList<NewField> fields;
    QString version;     // the change-tracking field, or ""
    QString softDelete;  // the deletion flag field, or ""
};

// Letters of any script, digits, _, - and $, not starting with a digit or '-'.
bool isFieldName(const QString &name);
// A dataset or system name made from a table's name: "sales.Order Lines" -> "Order_Lines".
QString nameFromTable(const QString &table);
// The Concord type that holds a column of this SQL type without loss, as near as there is one:
// "varchar(64)" -> string, "numeric(10,2)" -> decimal(10,2), "tinyint(1)" -> bool, "" -> string.
QString suggestFieldType(const QString &sqlType);
// The field that most likely tracks changes: a timestamp named like updated_at / modified / ...,
// else "". `fields` as (name, Concord type).
QString suggestVersionField(const QList<NewField> &fields);
// A bool field named like deleted / is_deleted, else "".
QString suggestSoftDeleteField(const QList<NewField> &fields);

// The workspace.yaml text, with comments pointing at the docs.
QString newWorkspaceYaml(const NewWorkspace &spec);

// Creates `dir` (if needed), dir/mappings and dir/workspace.yaml, then loads the workspace. Refuses
// a folder that already has a workspace.yaml; when the loader finds errors, removes what it wrote
// and returns them (CONFIG_INVALID, every message). Returns the workspace.yaml path.
Result<QString> createNewWorkspace(const QString &dir, const NewWorkspace &spec);

} // namespace concord
