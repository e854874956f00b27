#include "connectors/introspect.h"

#include "connectors/mysql/myconnection.h"
#include "connectors/postgres/pgcatalog.h"
#include "connectors/postgres/pgconnection.h"
#include "connectors/sqlitehandle.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

namespace concord {

namespace {

bool isMysql(const QString &kind)
{
    return kind == QLatin1String("mysql") || kind == QLatin1String("mariadb");
}

QString pgSchema(const SystemDef &system)
{
    const QString schema = system.options.value(QStringLiteral("schema")).toString();
    return schema.isEmpty() ? QStringLiteral("public") : schema;
}

Result<void> openSqlite(SqliteHandle &db, const SystemDef &system, const QString &workspaceDir)
{
    const QString path = system.resolvedPath(workspaceDir);
    if (path.isEmpty())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("system '%1' names no SQLite file").arg(system.name));
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::ConnectionRefused, QStringLiteral("no SQLite file at %1").arg(path));
    return db.open(path, true);
}

QString sqliteText(sqlite3_stmt *stmt, int col)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, col)));
}

} // namespace

bool canIntrospect(const QString &kind)
{
    return kind == QLatin1String("sqlite") || kind == QLatin1String("postgres") || isMysql(kind);
}

Result<QStringList> listTables(const SystemDef &system, const QString &workspaceDir)
{
    QStringList out;
    if (system.kind == QLatin1String("sqlite")) {
        SqliteHandle db;
        if (auto r = openSqlite(db, system, workspaceDir); !r.ok())
            return r.error();
        SqliteStatement st;
        if (auto r = st.prepare(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
            !r.ok())
            return r.error();
        int rc;
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
            out.append(sqliteText(st.get(), 0));
        if (rc != SQLITE_DONE)
            return db.errorFor(rc, QStringLiteral("listing the tables"));
    } else if (system.kind == QLatin1String("postgres")) {
        PgConnection db;
        if (auto r = db.open(system, QStringLiteral("new workspace")); !r.ok())
            return r.error();
        PgParams params;
        params.add(pgSchema(system).toUtf8());
        const auto res = db.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 "
                                                "AND table_type IN ('BASE TABLE', 'VIEW') ORDER BY 1"),
                                 params);
        if (!res.ok())
            return res.error();
        for (int row = 0; row < res->rows(); ++row)
            out.append(res->string(row, 0));
    } else if (isMysql(system.kind)) {
        MyConnection db;
        if (auto r = db.open(system, QStringLiteral("new workspace")); !r.ok())
            return r.error();
        auto q = db.exec(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                        "ORDER BY TABLE_NAME"));
        if (!q.ok())
            return q.error();
        while (q->next())
            out.append(q->value(0).toString());
    } else {
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("systems of kind '%1' have no tables to list").arg(system.kind));
    }
    return out;
}

Result<QList<TableColumn>> describeTable(const SystemDef &system, const QString &workspaceDir, const QString &table)
{
    QList<TableColumn> out;
    if (system.kind == QLatin1String("sqlite")) {
        SqliteHandle db;
        if (auto r = openSqlite(db, system, workspaceDir); !r.ok())
            return r.error();
        SqliteStatement st;
        if (auto r = st.prepare(db, QStringLiteral("SELECT name, type, pk, \"notnull\" FROM pragma_table_info(?)")); !r.ok())
            return r.error();
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(st.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
            out.append(TableColumn{sqliteText(st.get(), 0), sqliteText(st.get(), 1), sqlite3_column_int(st.get(), 2),
                                   sqlite3_column_int(st.get(), 3) != 0});
        if (rc != SQLITE_DONE)
            return db.errorFor(rc, QStringLiteral("reading the columns of %1").arg(table));
    } else if (system.kind == QLatin1String("postgres")) {
        PgConnection db;
        if (auto r = db.open(system, QStringLiteral("new workspace")); !r.ok())
            return r.error();
        const PgTableName name = PgTableName::parse(table, pgSchema(system));
        PgParams params;
        params.add(name.schema.toUtf8());
        params.add(name.table.toUtf8());
        // The key position comes from the primary key's index, in the key's own order.
        const auto res = db.exec(
            QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                           "  coalesce((SELECT k.ord FROM pg_index i, unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) "
                           "            WHERE i.indrelid = c.oid AND i.indisprimary AND k.attnum = a.attnum "
                           "            AND k.ord <= i.indnkeyatts), 0) "
                           "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped "
                           "ORDER BY a.attnum"),
            params);
        if (!res.ok())
            return res.error();
        for (int row = 0; row < res->rows(); ++row)
            out.append(TableColumn{res->string(row, 0), res->string(row, 1), res->string(row, 3).toInt(),
                                   res->string(row, 2) == QLatin1String("t")});
    } else if (isMysql(system.kind)) {
        MyConnection db;
        if (auto r = db.open(system, QStringLiteral("new workspace")); !r.ok())
            return r.error();
        auto q = db.exec(QStringLiteral("SELECT c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE, coalesce(k.ORDINAL_POSITION, 0) "
                                        "FROM information_schema.COLUMNS c LEFT JOIN information_schema.KEY_COLUMN_USAGE k "
                                        "  ON k.TABLE_SCHEMA = c.TABLE_SCHEMA AND k.TABLE_NAME = c.TABLE_NAME "
                                        "  AND k.COLUMN_NAME = c.COLUMN_NAME AND k.CONSTRAINT_NAME = 'PRIMARY' "
                                        "WHERE c.TABLE_SCHEMA = DATABASE() AND c.TABLE_NAME = ? ORDER BY c.ORDINAL_POSITION"),
                         {table});
        if (!q.ok())
            return q.error();
        while (q->next())
            out.append(TableColumn{q->value(0).toString(), q->value(1).toString(), q->value(3).toInt(),
                                   q->value(2).toString() == QLatin1String("NO")});
    } else {
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("systems of kind '%1' have no tables to describe").arg(system.kind));
    }
    if (out.isEmpty())
        return makeError(ErrorCode::SchemaDrift, QStringLiteral("table '%1' does not exist").arg(table));
    return out;
}

} // namespace concord
