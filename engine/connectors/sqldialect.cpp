#include "connectors/sqldialect.h"

namespace concord {

QString SqlDialect::quote(const QString &identifier) const
{
    QStringList parts = identifier.split(QLatin1Char('.'));
    for (QString &p : parts)
        p = QLatin1Char('"') + QString(p).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return parts.join(QLatin1Char('.'));
}

QString SqlDialect::quotedList(const QStringList &names) const
{
    QStringList q;
    for (const QString &n : names)
        q.append(quote(n));
    return q.join(QLatin1String(", "));
}

QString SqlDialect::keyPredicate(const QStringList &key) const
{
    QStringList parts;
    for (const QString &k : key)
        parts.append(quote(k) + QLatin1String(" = ?"));
    return parts.join(QLatin1String(" AND "));
}

QString SqlDialect::resumePredicate(const QStringList &order, Resume resume) const
{
    if (resume == Resume::FromStart)
        return {};
    if (resume == Resume::AtOrAfterFirst)
        return QLatin1String(" WHERE ") + quote(order.front()) + QLatin1String(" >= ?1");
    if (order.size() == 1)
        return QLatin1String(" WHERE ") + quote(order.front()) + QLatin1String(" > ?");
    QStringList marks;
    for (int i = 0; i < order.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QLatin1String(" WHERE (") + quotedList(order) + QLatin1String(") > (") + marks.join(QLatin1String(", "))
        + QLatin1Char(')');
}

QString SqlDialect::deleteByKey(const QString &table, const QStringList &key) const
{
    return QLatin1String("DELETE FROM ") + quote(table) + QLatin1String(" WHERE ") + keyPredicate(key);
}

QString SqlDialect::changedByKey(const QString &table, const QStringList &columns, const QStringList &key) const
{
    QStringList changed, where;
    for (int i = 0; i < columns.size(); ++i) {
        const QString mark = QLatin1Char('?') + QString::number(i + 1);
        if (key.contains(columns[i]))
            where.append(quote(columns[i]) + QLatin1String(" = ") + mark);
        else
            changed.append(quote(columns[i]) + QLatin1String(" IS DISTINCT FROM ") + mark);
    }
    return QLatin1String("SELECT ") + (changed.isEmpty() ? QStringLiteral("0") : changed.join(QLatin1String(" OR ")))
        + QLatin1String(" FROM ") + quote(table) + QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
}

QString SqlDialect::selectOrdered(const QString &table, const QStringList &columns, const QStringList &order,
                                  Resume resume) const
{
    QString recheck;
    if (resume == Resume::AtOrAfterFirst) {
        QStringList marks;
        for (int i = 1; i <= order.size(); ++i)
            marks.append(QLatin1Char('?') + QString::number(i));
        recheck = QLatin1String(", ((") + quotedList(order) + QLatin1String(") <= (") + marks.join(QLatin1String(", "))
            + QLatin1String("))");
    }
    return QLatin1String("SELECT ") + quotedList(columns) + recheck + QLatin1String(" FROM ") + quote(table)
        + resumePredicate(order, resume) + QLatin1String(" ORDER BY ") + quotedList(order);
}

QString SqlDialect::countOrdered(const QString &table, const QStringList &order, Resume resume) const
{
    return QLatin1String("SELECT COUNT(*) FROM ") + quote(table) + resumePredicate(order, resume);
}

std::unique_ptr<SqlDialect> SqlDialect::forKind(const QString &kind)
{
    if (kind == QLatin1String("sqlite"))
        return std::make_unique<SqliteDialect>();
    return nullptr;
}

QString SqliteDialect::upsert(const QString &table, const QStringList &columns, const QStringList &key) const
{
    QStringList marks, sets, changed;
    for (const QString &c : columns) {
        marks.append(QStringLiteral("?"));
        if (key.contains(c))
            continue;
        sets.append(quote(c) + QLatin1String(" = excluded.") + quote(c));
        changed.append(quote(c) + QLatin1String(" IS NOT excluded.") + quote(c));
    }
    QString sql = QLatin1String("INSERT INTO ") + quote(table) + QLatin1String(" (") + quotedList(columns)
        + QLatin1String(") VALUES (") + marks.join(QLatin1String(", ")) + QLatin1String(") ON CONFLICT (")
        + quotedList(key) + QLatin1Char(')');
    if (sets.isEmpty())
        return sql + QLatin1String(" DO NOTHING");
    return sql + QLatin1String(" DO UPDATE SET ") + sets.join(QLatin1String(", ")) + QLatin1String(" WHERE ")
        + changed.join(QLatin1String(" OR "));
}

} // namespace concord
