#pragma once
// What differs between SQL databases, kept out of the connectors' logic: identifier quoting,
// the upsert statement, ordered resumable reads. PostgreSQL (ON CONFLICT) and MySQL
// (ON DUPLICATE KEY UPDATE) add a subclass each; the runner never sees SQL.

#include <QString>
#include <QStringList>

#include <memory>

namespace concord {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString name() const = 0;
    // Quotes one identifier; "schema.table" is quoted part by part.
    virtual QString quote(const QString &identifier) const;
    // INSERT ... that updates the row when the key exists, and leaves an identical row untouched
    // (so that the database reports no change for it).
    virtual QString upsert(const QString &table, const QStringList &columns, const QStringList &key) const = 0;
    virtual QString deleteByKey(const QString &table, const QStringList &key) const;
    virtual QString existsByKey(const QString &table, const QStringList &key) const;
    // SELECT columns ordered by `order` (version column then key), optionally after a position:
    // WHERE (o1, o2) > (?, ?). Row values keep this correct when many rows share one version.
    virtual QString selectOrdered(const QString &table, const QStringList &columns, const QStringList &order,
                                  bool afterPosition) const;
    virtual QString countOrdered(const QString &table, const QStringList &order, bool afterPosition) const;

    static std::unique_ptr<SqlDialect> forKind(const QString &kind);

protected:
    QString quotedList(const QStringList &names) const;
    QString keyPredicate(const QStringList &key) const;
    QString afterPredicate(const QStringList &order) const;
};

class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString upsert(const QString &table, const QStringList &columns, const QStringList &key) const override;
};

} // namespace concord
