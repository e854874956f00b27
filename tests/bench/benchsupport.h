#pragma once
// What the benchmarks share: deterministic generated tables (10 columns: Chinese names with stray
// spaces, phones, cities, exact decimal amounts, quantities, stages, repeating timestamps, notes)
// and the peak resident memory of one phase.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace bench {

inline const char *kColumns = "id INTEGER PRIMARY KEY, name TEXT, phone TEXT, city TEXT, amount DECIMAL(18,2), qty INTEGER, "
                              "status TEXT, created_at TEXT, updated_at TEXT, note TEXT";

inline bool exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s (%s)\n", err, sql);
        sqlite3_free(err);
        return false;
    }
    return true;
}

// Deterministic rows: amounts as exact decimal text, timestamps that repeat (ties on the version).
inline bool generate(const QString &path, qint64 rows, const char *table = "src")
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    exec(db, "PRAGMA journal_mode=WAL");
    exec(db, QByteArray(QByteArray("CREATE TABLE ") + table + " (" + kColumns + ")").constData());
    exec(db, "BEGIN");
    sqlite3_stmt *st = nullptr;
    const QByteArray insert = QByteArray("INSERT INTO ") + table + " VALUES (?,?,?,?,?,?,?,?,?,?)";
    sqlite3_prepare_v2(db, insert.constData(), -1, &st, nullptr);
    static const char *names[] = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强"};
    static const char *cities[] = {"北京", "上海", "广州", "深圳", "杭州", "成都"};
    static const char *stages[] = {"Closed Won", "Lost", "Negotiation", "Cancelled", "Proposal"};
    quint64 x = 88172645463325252ULL;
    char buf[64];
    for (qint64 i = 1; i <= rows; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        sqlite3_bind_int64(st, 1, i);
        std::snprintf(buf, sizeof buf, " %s%lld ", names[x % 8], static_cast<long long>(i % 1000));
        sqlite3_bind_text(st, 2, buf, -1, SQLITE_TRANSIENT);
        std::snprintf(buf, sizeof buf, "13%09llu", static_cast<unsigned long long>(x % 1000000000ULL));
        sqlite3_bind_text(st, 3, buf, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 4, cities[(x >> 8) % 6], -1, SQLITE_STATIC);
        std::snprintf(buf, sizeof buf, "%llu.%02llu", static_cast<unsigned long long>((x >> 16) % 100000),
                      static_cast<unsigned long long>((x >> 40) % 100));
        sqlite3_bind_text(st, 5, buf, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 6, qint64((x >> 20) % 50));
        sqlite3_bind_text(st, 7, stages[(x >> 24) % 5], -1, SQLITE_STATIC);
        const qint64 sec = i / 3; // three rows share each timestamp
        std::snprintf(buf, sizeof buf, "2024-%02lld-%02lld %02lld:%02lld:%02lld", 1 + (sec / 2419200) % 12,
                      1 + (sec / 86400) % 28, (sec / 3600) % 24, (sec / 60) % 60, sec % 60);
        sqlite3_bind_text(st, 8, buf, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 9, buf, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 10, (x & 1) ? "备注" : "", -1, SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_DONE)
            return false;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    exec(db, "COMMIT");
    exec(db, QByteArray(QByteArray("CREATE INDEX ") + table + "_version ON " + table + "(updated_at, id)").constData());
    sqlite3_close(db);
    return true;
}

// Peak resident set size in KiB (VmHWM), and a way to reset it so a phase can be measured alone.
inline qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

inline void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// The process's private memory now (RssAnon, KiB): heap and stacks, without the file pages it has
// mapped (SQLite's memory-mapped database pages are the OS page cache, shared and evictable).
inline qint64 anonRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Samples anonRssKiB() every 5 ms in a thread of its own while it lives; peak() is the highest.
class AnonPeak
{
public:
    AnonPeak()
        : m_thread([this] {
              while (!m_stop.load()) {
                  const qint64 now = anonRssKiB();
                  qint64 seen = m_peak.load();
                  while (now > seen && !m_peak.compare_exchange_weak(seen, now)) { }
                  std::this_thread::sleep_for(std::chrono::milliseconds(5));
              }
          })
    {
    }
    ~AnonPeak() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    qint64 peak() const { return m_peak.load(); }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_peak{0};
    std::thread m_thread;
};

} // namespace bench
