#pragma once
// Small helpers shared by the engine's tests: scratch workspaces with SQLite databases.

#include "core/error.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantList>

namespace testsupport {

inline void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

// An SQLite file opened through Qt SQL for setting up and checking data.
class Db
{
public:
    explicit Db(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("test-db-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~Db()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql))
            qFatal("prepare failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("exec failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }

    // Rows as lists of text ("NULL" for null), for easy comparison.
    QList<QStringList> rows(const QString &sql)
    {
        QList<QStringList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out.append(row);
        }
        return out;
    }

    qint64 count(const QString &table)
    {
        return rows(QStringLiteral("SELECT COUNT(*) FROM ") + table).value(0).value(0).toLongLong();
    }

private:
    QString m_name;
};

} // namespace testsupport
