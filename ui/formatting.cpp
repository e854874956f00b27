#include "formatting.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

// The icons are compiled into the static concord_ui library; calling their initialiser from
// here keeps the linker from dropping them. Q_INIT_RESOURCE must be used outside namespaces.
static int initUiResources()
{
    Q_INIT_RESOURCE(concord);
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

QIcon icon(const char *name)
{
    [[maybe_unused]] static const int resources = initUiResources();
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
