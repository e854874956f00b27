#pragma once
// What the New Workspace wizard reads from a department's database before anything is declared:
// its tables, and a table's columns with their SQL types and primary key. SQLite, PostgreSQL and
// MySQL/MariaDB; the same connections (and secret references) a run would use. Blocking: call it
// off the GUI thread.

#include "core/error.h"
#include "workspace/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace concord {

struct TableColumn
{
    QString name;
    QString sqlType;       // as the system names it: "INTEGER", "numeric(10,2)", "varchar(64)", "" (SQLite, none)
    int keyPosition = 0;   // 1-based position in the primary key; 0 when not part of it
    bool notNull = false;
};

// Whether listTables/describeTable can look into systems of this kind.
bool canIntrospect(const QString &kind);

// The tables and views a system holds (PostgreSQL: in the system's schema, default public;
// MySQL: in its database), sorted. `workspaceDir` resolves a relative SQLite path.
Result<QStringList> listTables(const SystemDef &system, const QString &workspaceDir);

// A table's columns in their order; SCHEMA_DRIFT when the table does not exist. PostgreSQL
// takes "schema.table" as well as a bare name.
Result<QList<TableColumn>> describeTable(const SystemDef &system, const QString &workspaceDir, const QString &table);

} // namespace concord
