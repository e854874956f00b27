#include "governance/schedule.h"

#include <QRegularExpression>

#include <functional>
#include <QStringList>

namespace concord {

namespace {

struct FieldSpec
{
    const char *name;
    int min;
    int max;
    const char *const *names; // for months and weekdays, index 0 = min
};

const char *const MonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const char *const DayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

const FieldSpec Fields[5] = {
    {"minute", 0, 59, nullptr},
    {"hour", 0, 23, nullptr},
    {"day of month", 1, 31, nullptr},
    {"month", 1, 12, MonthNames},
    {"day of week", 0, 7, DayNames},
};

Error scheduleError(const QString &text, const QString &why)
{
    return Error{ErrorCode::ConfigInvalid, QStringLiteral("schedule '%1': %2").arg(text, why), {}};
}

// One value of a field: a number or, for months and weekdays, a three-letter name.
std::optional<int> value(const QString &token, const FieldSpec &f)
{
    bool ok = false;
    const int n = token.toInt(&ok);
    if (ok)
        return n >= f.min && n <= f.max ? std::optional<int>(n) : std::nullopt;
    if (f.names) {
        const int count = f.max - f.min + (f.names == DayNames ? 0 : 1);
        for (int i = 0; i < count; ++i)
            if (token.compare(QLatin1String(f.names[i]), Qt::CaseInsensitive) == 0)
                return f.min + i;
    }
    return std::nullopt;
}

// Fills `bits` (indexed by value) from one field's text.
Result<void> parseField(const QString &text, const QString &field, const FieldSpec &f, std::vector<bool> &bits)
{
    bits.assign(std::size_t(f.max + 1), false);
    const QStringList items = field.split(QLatin1Char(','));
    for (const QString &item : items) {
        if (item.isEmpty())
            return scheduleError(text, QStringLiteral("the %1 field '%2' has an empty list item").arg(QLatin1String(f.name), field));
        QString range = item;
        int step = 1;
        if (const qsizetype slash = item.indexOf(QLatin1Char('/')); slash >= 0) {
            bool ok = false;
            step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1 || step > f.max)
                return scheduleError(text, QStringLiteral("the %1 field '%2' has step '%3'; write a whole number from 1 to %4")
                                               .arg(QLatin1String(f.name), field, item.mid(slash + 1))
                                               .arg(f.max));
            range = item.left(slash);
        }
        int lo = f.min, hi = f.max;
        if (range != QLatin1String("*")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            const auto a = value(dash >= 0 ? range.left(dash) : range, f);
            const auto b = dash >= 0 ? value(range.mid(dash + 1), f) : a;
            if (!a || !b)
                return scheduleError(text, QStringLiteral("the %1 field '%2': '%3' is not a value from %4 to %5%6")
                                               .arg(QLatin1String(f.name), field, range)
                                               .arg(f.min)
                                               .arg(f.max)
                                               .arg(f.names ? QStringLiteral(" or a name such as %1").arg(QLatin1String(f.names[1]))
                                                            : QString()));
            if (*a > *b)
                return scheduleError(text, QStringLiteral("the %1 field '%2': the range %3 runs backwards")
                                               .arg(QLatin1String(f.name), field, range));
            lo = *a;
            // `a/n` runs from a to the end of the field, as most cron implementations read it.
            hi = dash < 0 && item.contains(QLatin1Char('/')) ? f.max : *b;
        }
        for (int v = lo; v <= hi; v += step)
            bits[std::size_t(v)] = true;
    }
    return {};
}

} // namespace

Result<Schedule> Schedule::parse(const QString &input)
{
    const QString text = input.simplified();
    Schedule s;
    s.m_text = text;
    static const QRegularExpression every(QStringLiteral("^every\\s+([0-9]+)\\s*(s|m|h|d)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = every.match(text); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).toLower().front();
        const qint64 ms = unit == QLatin1Char('s') ? 1000 : unit == QLatin1Char('m') ? 60000 : unit == QLatin1Char('h') ? 3600000 : 86400000;
        if (n < 1 || n > 366 * 86400000LL / ms)
            return scheduleError(text, QStringLiteral("the interval must be at least 1 and at most a year"));
        s.m_intervalMs = n * ms;
        return s;
    }
    const QStringList parts = text.split(QLatin1Char(' '));
    if (parts.size() != 5)
        return scheduleError(text, QStringLiteral("expected 'every N(s|m|h|d)' or 5 cron fields (minute hour day-of-month "
                                                  "month day-of-week), found %1 field(s)")
                                       .arg(parts.size()));
    std::vector<bool> bits[5];
    for (int i = 0; i < 5; ++i)
        if (auto r = parseField(text, parts[i], Fields[i], bits[i]); !r.ok())
            return r.error();
    for (int v = 0; v < 60; ++v)
        s.m_minutes[std::size_t(v)] = bits[0][std::size_t(v)];
    for (int v = 0; v < 24; ++v)
        s.m_hours[std::size_t(v)] = bits[1][std::size_t(v)];
    for (int v = 1; v <= 31; ++v)
        s.m_days[std::size_t(v)] = bits[2][std::size_t(v)];
    for (int v = 1; v <= 12; ++v)
        s.m_months[std::size_t(v)] = bits[3][std::size_t(v)];
    for (int v = 0; v <= 7; ++v)
        if (bits[4][std::size_t(v)])
            s.m_weekdays[std::size_t(v % 7)] = true;
    s.m_dayStar = parts[2].startsWith(QLatin1Char('*'));
    s.m_weekdayStar = parts[4].startsWith(QLatin1Char('*'));
    // A day of month that no chosen month has (30 February), with the weekday not widening it.
    if (!s.m_weekdayStar && !s.m_dayStar)
        return s;
    static const int longest[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool possible = false;
    for (int m = 1; m <= 12 && !possible; ++m)
        for (int d = 1; d <= longest[m] && !possible; ++d)
            possible = s.m_months[std::size_t(m)] && s.m_days[std::size_t(d)];
    if (!possible)
        return scheduleError(text, QStringLiteral("no chosen month has the chosen day of month: it would never run"));
    return s;
}

bool Schedule::dayMatches(const QDate &d) const
{
    const bool dom = m_days[std::size_t(d.day())];
    const bool dow = m_weekdays[std::size_t(d.dayOfWeek() % 7)];
    if (!m_dayStar && !m_weekdayStar)
        return dom || dow; // crontab(5): both restricted, either matches
    return dom && dow;
}

QDateTime Schedule::next(const QDateTime &after, const QTimeZone &zone) const
{
    if (isInterval())
        return after.addMSecs(m_intervalMs);
    // Walk the wall clock forward field by field, from the minute after `after`.
    const QDateTime local = after.toTimeZone(zone);
    QDate date = local.date();
    int hour = local.time().hour();
    int minute = local.time().minute() + 1;
    // 29 February on a given weekday can be 28 years away; beyond that it never fires.
    const QDate limit = date.addYears(30);
    while (date <= limit) {
        if (!m_months[std::size_t(date.month())]) {
            date = QDate(date.year(), date.month(), 1).addMonths(1);
            hour = 0;
            minute = 0;
            continue;
        }
        if (!dayMatches(date)) {
            date = date.addDays(1);
            hour = 0;
            minute = 0;
            continue;
        }
        if (minute > 59) {
            ++hour;
            minute = 0;
        }
        while (hour < 24 && !m_hours[std::size_t(hour)]) {
            ++hour;
            minute = 0;
        }
        if (hour >= 24) {
            date = date.addDays(1);
            hour = 0;
            minute = 0;
            continue;
        }
        while (minute < 60 && !m_minutes[std::size_t(minute)])
            ++minute;
        if (minute >= 60) {
            ++hour;
            minute = 0;
            if (hour >= 24) {
                date = date.addDays(1);
                hour = 0;
            }
            continue;
        }
        const QDateTime candidate(date, QTime(hour, minute), zone);
        // A wall-clock time that does not exist that day (skipped by a DST change) is not fired;
        // Qt moves such a time forward, which shows as a different hour or minute.
        if (candidate.isValid() && candidate.time() == QTime(hour, minute) && candidate > after)
            return candidate.toTimeZone(after.timeZone());
        ++minute;
    }
    return {};
}

Result<QStringList> dependencyOrder(const QMap<QString, QStringList> &after)
{
    // Depth-first, visiting names in order; a name met again while on the path closes a cycle.
    enum class Mark { None, Active, Done };
    QMap<QString, Mark> marks;
    QStringList order;
    QStringList path;
    std::function<Result<void>(const QString &)> visit = [&](const QString &name) -> Result<void> {
        const Mark m = marks.value(name, Mark::None);
        if (m == Mark::Done)
            return {};
        if (m == Mark::Active) {
            const QStringList cycle = path.mid(path.indexOf(name)) + QStringList{name};
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("pipelines wait for each other in a circle: %1; remove one of these "
                                            "'after:' entries")
                                 .arg(cycle.join(QStringLiteral(" -> "))));
        }
        marks[name] = Mark::Active;
        path.append(name);
        QStringList deps = after.value(name);
        deps.sort();
        for (const QString &d : std::as_const(deps))
            if (auto r = visit(d); !r.ok())
                return r;
        path.removeLast();
        marks[name] = Mark::Done;
        order.append(name);
        return {};
    };
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (auto r = visit(it.key()); !r.ok())
            return r.error();
    return order;
}

} // namespace concord
