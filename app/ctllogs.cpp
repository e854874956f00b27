// concordctl logs: the workspace's structured log (.concord/logs, log/logfiles.h) read back,
// filtered by pipeline, level, error code, trace id, text and time, and followed (docs/logs.md).
// It reads files only: a workspace whose YAML does not load still shows its logs.

#include "ctlcommands.h"
#include "ctlsupport.h"

#include "log/log.h"
#include "log/logfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>

namespace concord::ctl {

namespace {

// "15m", "2h", "7d" back from now, or an ISO time or date.
QDateTime parseSince(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)\\s*([smhd])$"));
    const auto m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).front();
        const qint64 seconds = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    return parseTime(text);
}

void printEntry(const LogEntry &e, bool json)
{
    if (json) {
        out() << QString::fromUtf8(log::toJsonLine(e));
        out().flush();
        return;
    }
    QString line = QStringLiteral("%1  %2  ").arg(e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                                  e.level.leftJustified(7));
    if (!e.pipeline.isEmpty())
        line += e.pipeline + QStringLiteral("  ");
    if (!e.errorCode.isEmpty())
        line += e.errorCode + QStringLiteral("  ");
    line += e.message;
    if (!e.recordId.isEmpty())
        line += QStringLiteral("  record=") + e.recordId;
    if (!e.traceId.isEmpty())
        line += QStringLiteral("  trace=") + e.traceId;
    out() << line << '\n';
    out().flush();
}

} // namespace

int logs(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption pipeline(QStringLiteral("pipeline"), QStringLiteral("Only this pipeline's entries."), QStringLiteral("NAME"));
    const QCommandLineOption level(QStringLiteral("level"), QStringLiteral("The lowest level shown: info (default), warning or error."),
                                   QStringLiteral("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption code(QStringLiteral("code"), QStringLiteral("Only entries with this error code (SCHEMA_DRIFT …)."), QStringLiteral("CODE"));
    const QCommandLineOption trace(QStringLiteral("trace"), QStringLiteral("Only one run's entries, by its trace id."), QStringLiteral("ID"));
    const QCommandLineOption grep(QStringLiteral("grep"), QStringLiteral("Only entries whose message, record id, category, systems or "
                                                                         "process contain TEXT (any case)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("From this time: ISO 8601, or back from now as 30m, 6h, 7d "
                                                                           "(default 24h; all: everything kept)."),
                                   QStringLiteral("WHEN"), QStringLiteral("24h"));
    const QCommandLineOption until(QStringLiteral("until"), QStringLiteral("Up to this time (ISO 8601)."), QStringLiteral("TIME"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most this many, the newest (default 200)."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption follow({QStringLiteral("f"), QStringLiteral("follow")},
                                    QStringLiteral("Then keep printing new entries as they are written, until interrupted."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document; with --follow, one JSON line "
                                                                         "per entry."));
    p.addOptions({pipeline, level, code, trace, grep, since, until, limit, follow, json});
    if (const int rc = parseCommand(p, args,
                                    QStringLiteral("Reads the structured log the console and concordctl write to the "
                                                   "workspace's .concord/logs (one JSON line per entry, a file per day), "
                                                   "oldest first."),
                                    {});
        rc >= 0)
        return rc;
    log::LogFilter filter;
    filter.pipeline = p.value(pipeline);
    filter.errorCode = p.value(code);
    filter.traceId = p.value(trace);
    filter.text = p.value(grep);
    const QString levelName = p.value(level);
    if (levelName != QLatin1String("info") && levelName != QLatin1String("warning") && levelName != QLatin1String("error")) {
        err() << QStringLiteral("concordctl logs: --level must be info, warning or error\n");
        return BadInput;
    }
    filter.minimumSeverity = log::severityOf(levelName);
    if (p.value(since) != QLatin1String("all")) {
        filter.since = parseSince(p.value(since));
        if (!filter.since.isValid()) {
            err() << QStringLiteral("concordctl logs: --since '%1' is neither a time nor a span like 30m, 6h or 7d\n")
                         .arg(p.value(since));
            return BadInput;
        }
    }
    if (p.isSet(until)) {
        filter.until = parseTime(p.value(until));
        if (!filter.until.isValid()) {
            err() << QStringLiteral("concordctl logs: --until '%1' is not a time\n").arg(p.value(until));
            return BadInput;
        }
    }
    bool numberOk = false;
    const int n = p.value(limit).toInt(&numberOk);
    if (!numberOk || n < 1 || n > 1000000) {
        err() << QStringLiteral("concordctl logs: --limit must be a whole number from 1 to 1000000\n");
        return BadInput;
    }
    if (!QFileInfo(g.workspace).isDir()) {
        err() << QStringLiteral("concordctl logs: no workspace folder %1\n").arg(g.workspace);
        return BadInput;
    }
    const QString dir = QDir(g.workspace).absoluteFilePath(QStringLiteral(".concord/logs"));
    const log::LogBatch batch = log::readLogs(dir, filter, n);
    const bool following = p.isSet(follow);
    if (p.isSet(json) && !following) {
        QJsonArray entries;
        for (const LogEntry &e : batch.entries)
            entries.append(QJsonDocument::fromJson(log::toJsonLine(e)).object());
        printJson(QJsonObject{{QStringLiteral("entries"), entries},
                              {QStringLiteral("truncated"), batch.truncated},
                              {QStringLiteral("malformed_lines"), batch.malformed},
                              {QStringLiteral("files"), batch.files}});
        return Success;
    }
    if (batch.truncated && !p.isSet(json))
        err() << QStringLiteral("(older entries left out: showing the newest %1; see --limit and --since)\n").arg(n);
    for (const LogEntry &e : batch.entries)
        printEntry(e, p.isSet(json));
    if (batch.malformed > 0)
        err() << QStringLiteral("concordctl logs: %1 line(s) were not log entries and were left out\n").arg(batch.malformed);
    if (batch.entries.isEmpty() && !following && !p.isSet(json))
        err() << QStringLiteral("No log entries match (the log is in %1).\n").arg(QDir::toNativeSeparators(dir));
    if (!following)
        return Success;
    // Follow: new lines, twice a second, until SIGINT/SIGTERM.
    log::LogPosition at = batch.end;
    filter.since = QDateTime();
    while (!(g.stop && g.stop->load())) {
        QThread::msleep(500);
        const log::LogBatch more = log::readNewer(dir, at, filter, 100000);
        at = more.end;
        for (const LogEntry &e : more.entries)
            if (!filter.until.isValid() || e.time <= filter.until)
                printEntry(e, p.isSet(json));
    }
    return Success;
}

} // namespace concord::ctl
