#include "log/logfiles.h"

#include "log/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace concord::log {

namespace {

// concord-YYYY-MM-DD.jsonl, concord-YYYY-MM-DD.N.jsonl
const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^concord-(\\d{4}-\\d{2}-\\d{2})(?:\\.(\\d+))?\\.jsonl$"));
    return re;
}

struct FileName
{
    QDate day;
    int part = -1; // -1: not a log file
};

FileName parseName(const QString &name)
{
    const auto m = namePattern().match(name);
    if (!m.hasMatch())
        return {};
    FileName f;
    f.day = QDate::fromString(m.captured(1), Qt::ISODate);
    f.part = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    return f.day.isValid() ? f : FileName{};
}

QString nameOf(const QDate &day, int part)
{
    return part == 0 ? QStringLiteral("concord-%1.jsonl").arg(day.toString(Qt::ISODate))
                     : QStringLiteral("concord-%1.%2.jsonl").arg(day.toString(Qt::ISODate)).arg(part);
}

bool before(const QString &a, const QString &b)
{
    const FileName x = parseName(a);
    const FileName y = parseName(b);
    return x.day != y.day ? x.day < y.day : x.part < y.part;
}

struct Sink
{
    QMutex mutex;
    QString dir;
    QString process;
    qint64 pid = 0;
    qint64 maxBytes = kLogFileBytes;
    QFile file;
    QDate day;
    bool reported = false;
};

Sink &sink()
{
    static Sink s;
    return s;
}

// Opens the file to append to for `day`: the last part of the day, or a new one when it is full.
bool openFor(Sink &s, const QDate &day)
{
    s.file.close();
    if (!QDir().mkpath(s.dir))
        return false;
    int part = 0;
    for (const QString &name : logFiles(s.dir)) {
        const FileName f = parseName(name);
        if (f.day == day)
            part = std::max(part, f.part);
    }
    if (QFileInfo(QDir(s.dir).filePath(nameOf(day, part))).size() >= s.maxBytes)
        ++part;
    s.file.setFileName(QDir(s.dir).filePath(nameOf(day, part)));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    s.day = day;
    return true;
}

} // namespace

namespace detail {

bool stampForFile(LogEntry &entry)
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    if (s.dir.isEmpty())
        return false;
    entry.process = s.process;
    entry.pid = s.pid;
    return true;
}

void appendToFile(const LogEntry &entry)
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    if (s.dir.isEmpty())
        return;
    // The day under the lock, never back to an earlier one (a line timed before midnight but
    // written after another thread moved on stays in today's file).
    QDate day = entry.time.toUTC().date();
    if (s.day.isValid() && day < s.day)
        day = s.day;
    // .concord/logs is made in an existing workspace only: one removed while this process still
    // runs (a test's) is not brought back by its next line.
    if (!s.file.isOpen() && !QFileInfo::exists(s.dir) && !QFileInfo(QFileInfo(QFileInfo(s.dir).path()).path()).isDir())
        return;
    // The file's real size (fstat sees every process's appends), so all writers move on together.
    if ((!s.file.isOpen() || day != s.day || s.file.size() >= s.maxBytes) && !openFor(s, day)) {
        if (!s.reported) {
            // Not through the log: this runs inside its handler.
            const QByteArray text = QStringLiteral("concord: cannot write the log file %1: %2\n")
                                        .arg(s.file.fileName(), s.file.errorString())
                                        .toLocal8Bit();
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
            s.reported = true;
        }
        return;
    }
    const QByteArray line = toJsonLine(entry);
    // One write per line: appends of other processes land before or after it, never inside.
    if (s.file.write(line) != line.size())
        s.file.close();
}

} // namespace detail

void setFileOutput(const QString &dir, const QString &process, qint64 maxBytes)
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    s.file.close();
    s.dir = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
    s.process = process;
    s.pid = QCoreApplication::applicationPid();
    s.maxBytes = std::max<qint64>(1, maxBytes);
    s.day = QDate();
    s.reported = false;
}

QString fileOutputDir()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.dir;
}

int severityOf(const QString &level)
{
    if (level == QLatin1String("debug"))
        return 0;
    if (level == QLatin1String("warning"))
        return 2;
    if (level == QLatin1String("error") || level == QLatin1String("fatal"))
        return 3;
    return 1;
}

bool LogFilter::matches(const LogEntry &e) const
{
    if (severityOf(e.level) < minimumSeverity)
        return false;
    if (!pipeline.isEmpty() && e.pipeline != pipeline)
        return false;
    if (!errorCode.isEmpty() && e.errorCode.compare(errorCode, Qt::CaseInsensitive) != 0)
        return false;
    if (!traceId.isEmpty() && e.traceId.compare(traceId, Qt::CaseInsensitive) != 0)
        return false;
    if (since.isValid() && e.time < since)
        return false;
    if (until.isValid() && e.time > until)
        return false;
    if (text.isEmpty())
        return true;
    for (const QString *field : {&e.message, &e.recordId, &e.category, &e.sourceSystem, &e.targetSystem, &e.process,
                                 &e.errorCode, &e.traceId})
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

QStringList logFiles(const QString &dir)
{
    QStringList out;
    const QStringList names = QDir(dir).entryList({QStringLiteral("concord-*.jsonl")}, QDir::Files);
    for (const QString &name : names)
        if (parseName(name).part >= 0)
            out.append(name);
    std::sort(out.begin(), out.end(), before);
    return out;
}

QDate logFileDay(const QString &name)
{
    return parseName(name).day;
}

bool parseLine(const QByteArray &line, LogEntry &e)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    const QJsonValue ts = o.value(QLatin1String("ts"));
    const QJsonValue message = o.value(QLatin1String("message"));
    if (!ts.isString() || !message.isString())
        return false;
    e = LogEntry();
    e.time = QDateTime::fromString(ts.toString(), Qt::ISODateWithMs);
    if (!e.time.isValid())
        return false;
    e.level = o.value(QLatin1String("level")).toString(QStringLiteral("info"));
    e.category = o.value(QLatin1String("category")).toString();
    e.message = message.toString();
    e.taskId = o.value(QLatin1String("task_id")).toString();
    e.pipeline = o.value(QLatin1String("pipeline")).toString();
    e.sourceSystem = o.value(QLatin1String("source_system")).toString();
    e.targetSystem = o.value(QLatin1String("target_system")).toString();
    e.recordId = o.value(QLatin1String("record_id")).toString();
    e.errorCode = o.value(QLatin1String("error_code")).toString();
    e.traceId = o.value(QLatin1String("trace_id")).toString();
    e.process = o.value(QLatin1String("process")).toString();
    e.pid = o.value(QLatin1String("pid")).toInteger();
    return true;
}

namespace {

// Reads `path` from `offset` to its last whole line, appending what matches to `out`. Returns the
// offset after the last whole line (the offset again when the file shrank below it: read from 0).
qint64 readFile(const QString &path, qint64 offset, const LogFilter &filter, QList<LogEntry> &out, LogBatch &batch,
                const std::atomic<bool> *cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return offset;
    if (f.size() < offset)
        offset = 0; // replaced by a shorter file of the same name
    if (!f.seek(offset))
        return offset;
    const QByteArray data = f.readAll();
    const qsizetype lastNewline = data.lastIndexOf('\n');
    if (lastNewline < 0)
        return offset;
    ++batch.files;
    qsizetype start = 0;
    LogEntry e;
    while (start <= lastNewline) {
        if ((batch.lines & 0xfff) == 0xfff && cancel && cancel->load()) {
            batch.cancelled = true;
            return offset + start; // following goes on from here
        }
        const qsizetype end = data.indexOf('\n', start);
        const QByteArray line = data.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        ++batch.lines;
        if (!parseLine(line, e)) {
            ++batch.malformed;
            continue;
        }
        if (filter.matches(e))
            out.append(e);
    }
    return offset + lastNewline + 1;
}

void keepNewest(QList<LogEntry> &entries, int limit, LogBatch &batch)
{
    std::stable_sort(entries.begin(), entries.end(), [](const LogEntry &a, const LogEntry &b) { return a.time < b.time; });
    if (entries.size() > limit) {
        entries.erase(entries.begin(), entries.begin() + (entries.size() - limit));
        batch.truncated = true;
    }
}

} // namespace

LogBatch readLogs(const QString &dir, const LogFilter &filter, int limit, const std::atomic<bool> *cancel,
                  const ReadProgress &progress)
{
    LogBatch batch;
    QStringList files = logFiles(dir);
    if (!files.isEmpty())
        batch.end = LogPosition{files.back(), QFileInfo(QDir(dir).filePath(files.back())).size()};
    // Only the days the time range can hold.
    files.erase(std::remove_if(files.begin(), files.end(),
                               [&](const QString &name) {
                                   const QDate day = parseName(name).day;
                                   return (filter.since.isValid() && day < filter.since.toUTC().date())
                                       || (filter.until.isValid() && day > filter.until.toUTC().date());
                               }),
                files.end());
    QList<LogEntry> all;
    int done = 0;
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        if (progress)
            progress(done, int(files.size()));
        QList<LogEntry> found;
        const qint64 end = readFile(QDir(dir).filePath(*it), 0, filter, found, batch, cancel);
        if (*it == batch.end.file)
            batch.end.offset = end; // a line being written is read when following
        ++done;
        all = found + all;
        if (batch.cancelled)
            break;
        if (all.size() >= limit) {
            batch.truncated = all.size() > limit || done < files.size();
            break;
        }
    }
    if (progress)
        progress(done, int(files.size()));
    keepNewest(all, limit, batch);
    batch.entries = all;
    return batch;
}

LogBatch readNewer(const QString &dir, const LogPosition &from, const LogFilter &filter, int limit)
{
    LogBatch batch;
    batch.end = from;
    QList<LogEntry> found;
    for (const QString &name : logFiles(dir)) {
        if (!from.file.isEmpty() && before(name, from.file))
            continue;
        const qint64 offset = name == from.file ? from.offset : 0;
        const qint64 end = readFile(QDir(dir).filePath(name), offset, filter, found, batch, nullptr);
        batch.end = LogPosition{name, end};
    }
    keepNewest(found, limit, batch);
    batch.entries = found;
    return batch;
}

int removeLogsBefore(const QString &dir, const QDate &day)
{
    int removed = 0;
    for (const QString &name : logFiles(dir))
        if (parseName(name).day < day && QFile::remove(QDir(dir).filePath(name)))
            ++removed;
    return removed;
}

} // namespace concord::log
