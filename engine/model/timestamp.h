#pragma once
// A point in time with microsecond precision and the UTC offset it was written with.
// A timestamp read without an offset ("2024-05-20 10:00:00") is kept "naive": it is compared as
// UTC and written back in the same naive form, so a copy does not change its text.

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace concord {

struct Timestamp
{
    qint64 usecsSinceEpochUtc = 0;
    int offsetMinutes = 0;
    bool naive = false;

    // ISO 8601: "YYYY-MM-DD", "YYYY-MM-DD[T ]HH:MM[:SS[.ffffff]][Z|±HH[:MM]]".
    static std::optional<Timestamp> parse(QStringView text);
    static std::optional<Timestamp> parse(const char *text, qsizetype length);
    static Timestamp fromDate(const QDate &date); // naive midnight
    static Timestamp fromMSecsSinceEpoch(qint64 msecs, int offsetMinutes = 0);

    static constexpr int MaxFormattedLength = 40;
    // Writes the text form into `buf` (at least MaxFormattedLength bytes); returns its length.
    int format(char *buf) const;
    QByteArray toUtf8() const; // naive: "YYYY-MM-DD HH:MM:SS[.ffffff]"; zoned: ISO with offset
    QString toString() const { return QString::fromLatin1(toUtf8()); }
    QDate localDate() const;

    int compare(const Timestamp &o) const
    {
        return usecsSinceEpochUtc < o.usecsSinceEpochUtc ? -1 : (usecsSinceEpochUtc > o.usecsSinceEpochUtc ? 1 : 0);
    }
    bool operator==(const Timestamp &o) const { return usecsSinceEpochUtc == o.usecsSinceEpochUtc; }
};

} // namespace concord
