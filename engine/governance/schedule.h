#pragma once
// When a pipeline runs on its own (workspace.yaml `schedule:`): an interval, `every 30s`,
// `every 5m`, `every 2h`, `every 1d`, or a 5-field cron expression as crontab(5) has it —
//
//   minute (0-59)  hour (0-23)  day of month (1-31)  month (1-12 or JAN-DEC)  day of week (0-7 or SUN-SAT; 0 and 7 are Sunday)
//
// Each field is `*`, a value, a range `a-b`, a step `*/n`, `a-b/n` or `a/n` (from a to the end),
// or a comma list of those. As in crontab(5): when both day fields are restricted (neither starts
// with `*`), a day matches if EITHER matches; otherwise both must. Cron times are wall-clock
// times in the given time zone: a time skipped by a daylight-saving change does not fire that
// day, a repeated one fires once.

#include "core/error.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <QMap>
#include <QStringList>

#include <bitset>

namespace concord {

class Schedule
{
public:
    // Reads a `schedule:` text. The error says what is wrong, where in the expression.
    static Result<Schedule> parse(const QString &text);

    bool isInterval() const { return m_intervalMs > 0; }
    qint64 intervalMs() const { return m_intervalMs; }
    const QString &text() const { return m_text; }

    // The first time strictly after `after` the schedule fires: `after` + the interval, or the
    // next matching minute in `zone`. Invalid only for a cron expression that never fires
    // (parse() already refuses those it can tell, such as `0 0 30 2 *`).
    QDateTime next(const QDateTime &after, const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

private:
    bool dayMatches(const QDate &d) const;

    QString m_text;
    qint64 m_intervalMs = 0;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;     // 1..31
    std::bitset<13> m_months;   // 1..12
    std::bitset<7> m_weekdays;  // 0 = Sunday
    bool m_dayStar = false;     // day-of-month field starts with '*'
    bool m_weekdayStar = false; // day-of-week field starts with '*'
};

// Pipelines in an order that respects `after:` (each after the ones it names), ties by name. A
// cycle is a CONFIG_INVALID error that spells it out: "a -> b -> a".
Result<QStringList> dependencyOrder(const QMap<QString, QStringList> &after);

} // namespace concord
