#pragma once
// A thin RAII layer over the SQLite C API for writing the demo databases: one connection with one
// transaction, and prepared statements bound column by column. Nothing else in Concord needs it;
// the connectors have their own, richer handle (connectors/sqlitehandle.h).

#include "core/error.h"

#include <QString>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace concord::demo {

// Text or SQL NULL. (std::optional<std::string> trips GCC 12's -Wmaybe-uninitialized.)
struct OptText
{
    OptText() = default;
    OptText(std::string s)
        : text(std::move(s))
        , present(true)
    {
    }
    std::string text;
    bool present = false;
};

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int i, qint64 v);
    void bind(int i, const std::string &v);
    void bind(int i, const OptText &v);
    // Runs the bound statement and makes it ready for the next row.
    bool step();

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// A new database file, written in one transaction; rolled back if not committed.
class Database
{
public:
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates the file (refusing an existing one) and begins the transaction.
    Result<void> open();
    Result<void> exec(const char *sql);
    Result<void> commit();
    sqlite3 *handle() const { return m_db; }
    // A CONFIG_INVALID error naming the file and SQLite's reason.
    Error failure(const char *what) const;

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_inTransaction = false;
};

} // namespace concord::demo
