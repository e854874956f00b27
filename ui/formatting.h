#pragma once
// How the console words engine values: run statuses, sync modes, schedules, counts, relative
// times and durations, all translated. One place, so the table, navigator, log and status bar
// say the same thing the same way.

#include <QDateTime>
#include <QIcon>
#include <QString>

namespace concord::fmt {

// "just now", "3 min ago", "2 h ago", "4 days ago", then a short date.
QString relativeTime(const QDateTime &then, const QDateTime &now = QDateTime::currentDateTimeUtc());
// "850 ms", "1.2 s", "3 min 05 s".
QString duration(qint64 ms);
// Grouped by the current locale: 14,220.
QString count(qint64 n);
// A time to come: "in 40 s", "in 4 min", "in 2 h", then a short date and time; "due now" when due.
QString untilTime(const QDateTime &then, const QDateTime &now = QDateTime::currentDateTimeUtc());
// 0.997 -> "99.7%" (no decimals for 100% and 0%).
QString percent(double fraction);

// succeeded | failed | cancelled | partial | running | "" (never ran).
QString runStatus(const QString &status);
// realtime | incremental | batch.
QString syncMode(const QString &mode);
// "every 5m" or a cron expression; empty means the pipeline only runs when asked.
QString schedule(const QString &schedule);
// debug | info | warning | error | fatal.
QString logLevel(const QString &level);
// 0 debug … 4 fatal; unknown levels count as info.
int logSeverity(const QString &level);

// A pipeline's operating state (PipelineOverview::state): idle | running | paused |
// circuit_open | retrying | failing | disabled.
QString pipelineState(const QString &state);
// Its mark: idle shows how the last run ended, the other states their own sign.
QIcon pipelineStateIcon(const QString &state, const QString &lastStatus);
// An alert's severity: critical | warning | info.
QString severity(const QString &severity);
QIcon severityIcon(const QString &severity);
// A dead letter's status: open | replayed | discarded.
QString deadLetterStatus(const QString &status);

// An icon from resources/icons/NAME.svg (or ui/icons/NAME.svg), loaded once.
QIcon icon(const char *name);
// Registers the resources compiled into concord_ui (icons, the user guide); icon() does it too.
void ensureResources();
// The small coloured state mark shown next to a pipeline.
QIcon stateIcon(const QString &status, bool running = false);

} // namespace concord::fmt
