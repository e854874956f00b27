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
    // SELECT of one row by key (parameters ?1..?n are the row's `columns`, in order) whose single
    // column is true when any non-key column differs from its parameter: a dry run's preview.
    virtual QString changedByKey(const QString &table, const QStringList &columns, const QStringList &key) const;
    // Where an ordered read starts.
    enum class Resume {
        FromStart,      // no predicate
        After,          // WHERE (o1, o2, ...) > (?, ?, ...): strictly after a position
        AtOrAfterFirst, // WHERE o1 >= ?1: from a version value on, every key of it included; the
                        // select then ends with one more column, 1 for the rows at or before the
                        // position (o1, o2, ...) <= (?1, ?2, ...): the ones re-checked
    };
    // SELECT columns ordered by `order` (version column then key) from a resume point. Row values
    // keep this correct when many rows share one version.
    virtual QString selectOrdered(const QString &table, const QStringList &columns, const QStringList &order,
                                  Resume resume) const;
    virtual QString countOrdered(const QString &table, const QStringList &order, Resume resume) const;

    static std::unique_ptr<SqlDialect> forKind(const QString &kind);

    // "a", "b" quoted and joined; `a = ? AND b = ?`.
    QString quotedList(const QStringList &names) const;
    QString keyPredicate(const QStringList &key) const;

protected:
    QString resumePredicate(const QStringList &order, Resume resume) const;
};

class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString upsert(const QString &table, const QStringList &columns, const QStringList &key) const override;
};

} // namespace concord
