#pragma once
// What Concord reads from PostgreSQL's catalog before it reads or writes a table: the columns
// and their types, and whether a unique index covers the key (upserts need one).

#include "connectors/postgres/pgconnection.h"

#include <QList>

namespace concord {

struct PgColumn
{
    QString name;
    QString sqlType;       // format_type(): "numeric(10,2)", "timestamp with time zone", ...
    unsigned int oid = 0;
    bool notNull = false;
};

// The table's columns in order; SCHEMA_DRIFT when the table does not exist.
Result<QList<PgColumn>> pgColumns(PgConnection &db, const PgTableName &table);
// SCHEMA_DRIFT naming every column of `wanted` the table lacks. `what` starts the message
// ("source crm.items").
Result<QList<PgColumn>> pgRequireColumns(PgConnection &db, const PgTableName &table, const QStringList &wanted,
                                         const QString &what);
// Whether a primary key or a unique index (without predicate or expressions) is on exactly `key`.
Result<bool> pgHasUniqueKey(PgConnection &db, const PgTableName &table, const QStringList &key);

} // namespace concord
