#pragma once
// The structured log on disk (docs/logs.md). Every process that works on a workspace — the
// console's engine, concordctl serve, run and the others — appends the same JSON lines it writes to
// stderr to <workspace>/.concord/logs/concord-YYYY-MM-DD.jsonl (the entry's UTC day). Each line is
// one unbuffered append, so processes share a file without tearing lines; a file past 64 MiB goes
// on in concord-YYYY-MM-DD.1.jsonl, .2 and so on. Retention removes the days older than its period.
//
// The reader (the console's Logs page, concordctl logs) filters by pipeline, level, error code,
// trace id, text and time, keeps the newest `limit` matches, and follows: it remembers where it
// stopped and reads only what was appended since, into newer files too.

#include "sync/runtypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace concord::log {

constexpr qint64 kLogFileBytes = 64LL * 1024 * 1024;

// Starts (or, with an empty `dir`, stops) writing this process's entries of level info and above
// to `dir`, each carrying `process` ("concord", "concordctl serve") and the process id. A file
// goes on in the next part once it holds `maxBytes`.
void setFileOutput(const QString &dir, const QString &process, qint64 maxBytes = kLogFileBytes);
QString fileOutputDir();

// 0 debug, 1 info, 2 warning, 3 error (fatal counts as error).
int severityOf(const QString &level);

struct LogFilter
{
    QString pipeline;        // exactly; empty: every pipeline and the engine's own lines
    int minimumSeverity = 1;
    QString errorCode;       // exactly, case-insensitive
    QString traceId;         // exactly, case-insensitive
    QString text;            // a part of the message, record id, category, systems or process
    QDateTime since;         // invalid: open
    QDateTime until;

    bool matches(const LogEntry &entry) const;
};

// Where a reader stopped: a file's name (not its path) and the bytes of it read.
struct LogPosition
{
    QString file;
    qint64 offset = 0;
};

struct LogBatch
{
    QList<LogEntry> entries; // oldest first
    LogPosition end;         // where to follow on from
    qint64 lines = 0;        // lines read
    int files = 0;           // files read
    int malformed = 0;       // lines that were not log entries (left out)
    bool truncated = false;  // more matched than the limit: the oldest were left out
    bool cancelled = false;
};

// The log files in `dir`, oldest first.
QStringList logFiles(const QString &dir);
// The day a log file holds (invalid for a name that is not one).
QDate logFileDay(const QString &name);

// One JSON line back into an entry; false for anything else.
bool parseLine(const QByteArray &line, LogEntry &entry);

using ReadProgress = std::function<void(int filesDone, int filesTotal)>;

// The newest `limit` entries that match, read from the files that can hold them (by `since`'s day),
// newest file first. `end` is the end of the newest file.
LogBatch readLogs(const QString &dir, const LogFilter &filter, int limit, const std::atomic<bool> *cancel = nullptr,
                  const ReadProgress &progress = {});

// What was appended after `from` (and into files newer than it) that matches, up to `limit` (the
// newest kept). Only whole lines: a line still being written is read next time.
LogBatch readNewer(const QString &dir, const LogPosition &from, const LogFilter &filter, int limit);

// Removes the files of days before `day`; returns how many.
int removeLogsBefore(const QString &dir, const QDate &day);

} // namespace concord::log
