#pragma once
// Tag suggestions for the console's sensitivity page: scans sample values of a dataset's fields
// and proposes a sensitivity level and mask for the fields whose values look like personal data.
// The steward accepts or rejects each suggestion; nothing here changes the workspace.
//
// Only values are looked at, never field names, so the result depends on the samples alone and
// is the same on every run. What counts as a match is decided per value by the detectors below:
//
//   mobile     Chinese mainland mobile number: 1[3-9] and 9 more digits, optionally after +86 or
//              86; spaces and dashes between the digits are allowed ("+86 138-1234-5678").
//   id_card    resident ID card: 18 characters with a valid GB 11643 check character
//              (isValidIdCard), or 15 digits whose positions 6..11 are a real date 19YY-MM-DD.
//   bank_card  16 to 19 digits (spaces and dashes ignored) passing the Luhn check, that is not
//              also a mobile number or an ID card.
//   email      local@domain.tld: no whitespace, exactly one @, a non-empty local part, a domain
//              of at least two dot-separated labels (letters, digits, dashes), a top-level
//              label of two or more letters; no empty labels, no leading, trailing or double dots.
//   address    a Chinese street address: at least 6 characters, containing a province, city or
//              district marker (省 市 区 县) and a street-level marker (路 街 道 号 巷 弄 村 镇);
//              or an English one, "<number> <words> Street|St|Road|Rd|Avenue|Ave|Lane|Ln"
//              (case-insensitive, the suffix may be followed by a dot and by ", ..." text).
//
// Values are read through their text, after trimming. Only string and int fields are scanned;
// int values can only be mobile or bank card numbers. Nulls, missing values (a record shorter
// than the schema) and blank strings are not samples; a value of another type in such a field is
// a sample that matches nothing.

#include "model/record.h"
#include "model/schema.h"
#include "workspace/workspace.h"

#include <QList>
#include <QString>

#include <vector>

namespace concord {

struct TagSuggestion
{
    enum class Kind { Mobile, IdCard, BankCard, Email, Address };

    int field = -1;            // index into the dataset's schema.fields
    QString fieldName;         // its name, for summary()
    Kind kind = Kind::Mobile;
    int matches = 0;           // non-null samples that look like it
    int samples = 0;           // non-null samples looked at
    Sensitivity level = Sensitivity::L3;
    QString mask;              // proposed strategy text, parseMaskStrategy() accepts it; "null" for addresses

    // "phone looks like a Chinese mobile number in 98% of 500 samples → L3, partial(mobile)".
    // The percentage is rounded down, so 100% means every sample matched.
    QString summary() const;
    // matches / samples; 0 without samples.
    double share() const;
};

// "mobile", "id_card", "bank_card", "email", "address".
QString suggestionKindName(TagSuggestion::Kind kind);

// Scans `samples` (records in the dataset's field order) and suggests a tag for each string or
// int field where at least `minShare` of its samples (non-null, non-blank values) look like one
// kind, given at least `minSamples` of them. At most one suggestion per field: the kind with the
// most matches (ties go to the first in Kind's order). A field already tagged L3 with a mask is
// left out (nothing to change); one tagged L3 without a mask is suggested, to add the mask.
// Sorted by field index.
QList<TagSuggestion> suggestTags(const DatasetDef &dataset, const std::vector<Record> &samples,
                                 double minShare = 0.8, int minSamples = 3);

// The single-value detectors (see the top of this file), exposed for tests.
bool looksLikeMobile(const QString &text);
bool looksLikeIdCard(const QString &text);
bool looksLikeBankCard(const QString &text);
bool looksLikeEmail(const QString &text);
bool looksLikeAddress(const QString &text);

} // namespace concord
