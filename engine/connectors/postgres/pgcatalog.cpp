#include "connectors/postgres/pgcatalog.h"

#include <algorithm>

namespace concord {

Result<QList<PgColumn>> pgColumns(PgConnection &db, const PgTableName &table)
{
    PgParams params;
    params.add(table.quoted().toUtf8());
    auto exists = db.scalar(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"), params);
    if (!exists.ok())
        return exists.error();
    if (*exists != QLatin1String("t"))
        return makeError(ErrorCode::SchemaDrift, QStringLiteral("table %1 does not exist in %2")
                                                     .arg(table.qualified(), db.describe()));
    auto r = db.exec(QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.atttypid, a.attnotnull "
                                    "FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 "
                                    "AND NOT a.attisdropped ORDER BY a.attnum"),
                     params);
    if (!r.ok())
        return r.error();
    QList<PgColumn> columns;
    for (int i = 0; i < r->rows(); ++i) {
        PgColumn c;
        c.name = r->string(i, 0);
        c.sqlType = r->string(i, 1);
        c.oid = r->string(i, 2).toUInt();
        c.notNull = r->string(i, 3) == QLatin1String("t");
        columns.append(c);
    }
    return columns;
}

Result<QList<PgColumn>> pgRequireColumns(PgConnection &db, const PgTableName &table, const QStringList &wanted,
                                         const QString &what)
{
    auto columns = pgColumns(db, table);
    if (!columns.ok()) {
        Error e = columns.error();
        e.message = QStringLiteral("%1: %2").arg(what, e.message);
        return e;
    }
    QStringList missing;
    for (const QString &w : wanted)
        if (std::none_of(columns->cbegin(), columns->cend(), [&](const PgColumn &c) { return c.name == w; }))
            missing.append(w);
    if (!missing.isEmpty())
        return makeError(ErrorCode::SchemaDrift, QStringLiteral("%1: table %2 has no column %3")
                                                     .arg(what, table.qualified(), missing.join(QStringLiteral(", "))));
    return columns;
}

Result<bool> pgHasUniqueKey(PgConnection &db, const PgTableName &table, const QStringList &key)
{
    PgParams params;
    params.add(table.quoted().toUtf8());
    auto r = db.exec(QStringLiteral("SELECT (SELECT string_agg(a.attname, chr(31) ORDER BY a.attname) FROM pg_attribute a "
                                    "WHERE a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)) "
                                    "FROM pg_index i WHERE i.indrelid = to_regclass($1) AND i.indisunique "
                                    "AND i.indpred IS NULL AND i.indexprs IS NULL"),
                     params);
    if (!r.ok())
        return r.error();
    QStringList sorted = key;
    sorted.sort();
    const QString wanted = sorted.join(QChar(31));
    for (int i = 0; i < r->rows(); ++i) {
        // string_agg sorts by the server's collation; compare as sets.
        QStringList names = r->string(i, 0).split(QChar(31));
        names.sort();
        if (names.join(QChar(31)) == wanted)
            return true;
    }
    return false;
}

} // namespace concord
