#pragma once
// Building blocks for the demo data: Chinese personal and company names, mobile numbers,
// addresses, ID-card numbers and unified social credit codes with valid check characters,
// naive timestamps and exact money text. All text is UTF-8 in std::string, ready to bind to
// SQLite; everything is integer arithmetic driven by DemoRandom, so it is the same everywhere.

#include "demo/demorandom.h"

#include <string>
#include <vector>

namespace concord::demo {

// ---- time: naive wall-clock timestamps ('YYYY-MM-DD HH:MM:SS'), no time zone ----

// Seconds since 1970-01-01 00:00:00 of a calendar date and time (proleptic Gregorian).
qint64 toSeconds(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);
std::string formatTimestamp(qint64 seconds);
// 0 = Sunday ... 6 = Saturday.
int weekday(qint64 seconds);
constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 OfficeOpens = 8 * Hour + 30 * Minute;
constexpr qint64 OfficeCloses = 21 * Hour + 30 * Minute;

// A random moment between `opens` and `closes` (seconds after midnight) on a day between two
// dates (midnights), both inclusive.
qint64 workingMoment(DemoRandom &rng, qint64 firstDay, qint64 lastDay, bool weekdaysOnly = false,
    qint64 opens = OfficeOpens, qint64 closes = OfficeCloses);
// `count` such moments in ascending order, e.g. creation times for rows with ascending ids.
std::vector<qint64> sortedMoments(DemoRandom &rng, int count, qint64 firstDay, qint64 lastDay,
    bool weekdaysOnly = false, qint64 opens = OfficeOpens, qint64 closes = OfficeCloses);
// A later edit: in office hours, at least ten minutes after `after` and not after `latest`.
qint64 laterMoment(DemoRandom &rng, qint64 after, qint64 latest);
// Stray spaces around a name, as people type them; the mappings trim them again.
std::string padded(DemoRandom &rng, const std::string &s);

// ---- money: integer cents and rates in 1/10000, never a double ----

std::string formatCents(qint64 cents); // 1280050 -> "12800.50"
std::string formatRate(int rate10k); // 1300 -> "0.1300"
qint64 taxCents(qint64 netCents, int rate10k); // net * rate, rounded half-up to the cent

// ---- places ----

struct District
{
    const char *province; // empty for the four municipalities
    const char *city;
    const char *name;
    const char *areaCode; // six-digit administrative division code
};

const District &randomDistrict(DemoRandom &rng);
std::string randomAddress(DemoRandom &rng, const District &district);

// ---- people ----

struct PersonName
{
    std::string name; // 王小明
    std::string surnamePinyin; // wang
    std::string givenPinyin; // xiaoming
};

PersonName randomPersonName(DemoRandom &rng);
std::string randomMobile(DemoRandom &rng); // 1[3-9]xxxxxxxxx
std::string randomEmail(DemoRandom &rng, const PersonName &person);
// An 18-character resident ID number: area code, birth date, sequence, ISO 7064 check digit.
std::string randomIdCard(DemoRandom &rng, const District &birthPlace);
char idCardCheckDigit(const std::string &first17);
const char *randomSalesOwner(DemoRandom &rng);
std::string randomDealTitle(DemoRandom &rng, const District &district);

// ---- companies ----

struct Company
{
    std::string name;
    std::string creditCode; // 18-character unified social credit code
    int taxRate10k = 1300; // the VAT rate its invoices usually carry
};

Company randomCompany(DemoRandom &rng);
// GB 32100 check character of the first 17 characters of a unified social credit code.
char creditCodeCheckChar(const std::string &first17);

} // namespace concord::demo
