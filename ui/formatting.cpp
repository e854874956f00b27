#include "formatting.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

// The icons (and the user guide) are compiled into the static concord_ui library; calling their initialiser from
// here keeps the linker from dropping them. Q_INIT_RESOURCE must be used outside namespaces.
static int initUiResources()
{
    Q_INIT_RESOURCE(concord);
    Q_INIT_RESOURCE(consoleicons);
    Q_INIT_RESOURCE(guide);
    return 0;
}

namespace concord::fmt {

namespace {

// One translation context for all of the console's shared wording.
struct Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

} // namespace

QString relativeTime(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return Format::tr("never");
    const qint64 secs = then.secsTo(now);
    if (secs < 45) // includes a clock slightly ahead of ours
        return Format::tr("just now");
    const qint64 mins = (secs + 30) / 60;
    if (mins < 60)
        return Format::tr("%n min ago", nullptr, int(mins));
    const qint64 hours = (mins + 30) / 60;
    if (hours < 24)
        return Format::tr("%n h ago", nullptr, int(hours));
    const qint64 days = (hours + 12) / 24;
    if (days < 7)
        return Format::tr("%n days ago", nullptr, int(days));
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 1000)
        return Format::tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return Format::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 secs = ms / 1000;
    if (secs < 3600)
        return Format::tr("%1 min %2 s").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
    return Format::tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString untilTime(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QString();
    const qint64 secs = now.secsTo(then);
    if (secs <= 0)
        return Format::tr("due now");
    if (secs < 60)
        return Format::tr("in %n s", nullptr, int(secs));
    const qint64 mins = (secs + 30) / 60;
    if (mins < 60)
        return Format::tr("in %n min", nullptr, int(mins));
    const qint64 hours = (mins + 30) / 60;
    if (hours < 24)
        return Format::tr("in %n h", nullptr, int(hours));
    return QLocale().toString(then.toLocalTime(), QLocale::ShortFormat);
}

QString percent(double fraction)
{
    const double p = fraction * 100.0;
    // 99.96% must not round up to a 100% that hides a failure, nor 0.04% down to a clean 0%.
    if (p >= 100.0 || p <= 0.0)
        return Format::tr("%1%").arg(QLocale().toString(p, 'f', 0));
    const double shown = std::clamp(std::floor(p * 10.0) / 10.0, 0.1, 99.9);
    return Format::tr("%1%").arg(QLocale().toString(shown, 'f', 1));
}

QString pipelineState(const QString &state)
{
    if (state == QLatin1String("idle"))
        return Format::tr("Idle");
    if (state == QLatin1String("running"))
        return Format::tr("Running");
    if (state == QLatin1String("paused"))
        return Format::tr("Paused");
    if (state == QLatin1String("circuit_open"))
        return Format::tr("Circuit open");
    if (state == QLatin1String("retrying"))
        return Format::tr("Retrying");
    if (state == QLatin1String("failing"))
        return Format::tr("Failing");
    if (state == QLatin1String("disabled"))
        return Format::tr("Disabled");
    return state;
}

QIcon pipelineStateIcon(const QString &state, const QString &lastStatus)
{
    if (state == QLatin1String("running"))
        return icon("state-running");
    if (state == QLatin1String("paused"))
        return icon("state-paused");
    if (state == QLatin1String("circuit_open"))
        return icon("state-circuit-open");
    if (state == QLatin1String("retrying"))
        return icon("state-retrying");
    if (state == QLatin1String("failing"))
        return icon("state-failed");
    if (state == QLatin1String("disabled"))
        return icon("state-disabled");
    return stateIcon(lastStatus);
}

QString severity(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return Format::tr("Critical");
    if (severity == QLatin1String("warning"))
        return Format::tr("Warning");
    if (severity == QLatin1String("info"))
        return Format::tr("Info");
    return severity;
}

QIcon severityIcon(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return icon("severity-critical");
    if (severity == QLatin1String("warning"))
        return icon("severity-warning");
    return icon("severity-info");
}

QString deadLetterStatus(const QString &status)
{
    if (status == QLatin1String("open"))
        return Format::tr("Open");
    if (status == QLatin1String("replayed"))
        return Format::tr("Replayed");
    if (status == QLatin1String("discarded"))
        return Format::tr("Discarded");
    return status;
}

QString runStatus(const QString &status)
{
    if (status.isEmpty())
        return Format::tr("Never run");
    if (status == QLatin1String("succeeded"))
        return Format::tr("Succeeded");
    if (status == QLatin1String("failed"))
        return Format::tr("Failed");
    if (status == QLatin1String("cancelled"))
        return Format::tr("Cancelled");
    if (status == QLatin1String("partial"))
        return Format::tr("Partly failed");
    if (status == QLatin1String("running"))
        return Format::tr("Running");
    return status; // a status newer than this console: show it as the engine wrote it
}

QString syncMode(const QString &mode)
{
    if (mode == QLatin1String("realtime"))
        return Format::tr("Real-time");
    if (mode == QLatin1String("incremental"))
        return Format::tr("Incremental");
    if (mode == QLatin1String("batch"))
        return Format::tr("Batch");
    return mode;
}

QString schedule(const QString &schedule)
{
    const QString s = schedule.trimmed();
    if (s.isEmpty())
        return Format::tr("On demand");
    if (s.startsWith(QLatin1String("every ")))
        return Format::tr("every %1").arg(s.mid(6).trimmed());
    return s; // a cron expression reads the same in every language
}

QString logLevel(const QString &level)
{
    if (level == QLatin1String("debug"))
        return Format::tr("Debug");
    if (level == QLatin1String("info"))
        return Format::tr("Info");
    if (level == QLatin1String("warning"))
        return Format::tr("Warning");
    if (level == QLatin1String("error"))
        return Format::tr("Error");
    if (level == QLatin1String("fatal"))
        return Format::tr("Fatal");
    return level;
}

int logSeverity(const QString &level)
{
    if (level == QLatin1String("debug"))
        return 0;
    if (level == QLatin1String("warning"))
        return 2;
    if (level == QLatin1String("error"))
        return 3;
    if (level == QLatin1String("fatal"))
        return 4;
    return 1;
}

void ensureResources()
{
    [[maybe_unused]] static const int resources = initUiResources();
}

QIcon icon(const char *name)
{
    ensureResources();
    // QIcon is implicitly shared; keep one per file so views do not re-parse SVGs per paint.
    static QHash<QString, QIcon> cache;
    const QString key = QLatin1String(name);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(QStringLiteral(":/icons/") + key + QStringLiteral(".svg")));
    return it.value();
}

QIcon stateIcon(const QString &status, bool running)
{
    if (running || status == QLatin1String("running"))
        return icon("state-running");
    if (status == QLatin1String("succeeded"))
        return icon("state-succeeded");
    if (status == QLatin1String("failed"))
        return icon("state-failed");
    if (status == QLatin1String("partial"))
        return icon("state-partial");
    if (status == QLatin1String("cancelled"))
        return icon("state-cancelled");
    return icon("state-never");
}

} // namespace concord::fmt
