#pragma once
// Masking strategies (DESIGN.md §6): what a field's value becomes for a holder whose clearance is
// below the field's level. Written in workspace.yaml as a field's `mask:` (or a policy rule's):
//
//   hash               HMAC-SHA-256 of the value's text under the workspace secret, 64 hex digits;
//   hash(N)            the first N (8..64) of them. Equal values give equal hashes, so keys and
//                      joins still work, but without the secret a phone number cannot be brute-forced back.
//   partial(A,B)       keep the first A and last B characters, a * for each one between.
//   partial(mobile)    Chinese mobile number: 138****1234
//   partial(id_card)   resident ID card (18 or 15 characters): 110101********1234
//   partial(bank_card) bank card number (12 to 19 digits): 6222********1234
//   partial(email)     z***@example.com
//   generalize(month)  a date or timestamp becomes the first day (00:00) of its month;
//   generalize(year)   of its year. The type stays, so a target column still takes it.
//   generalize(B1, B2, ...)  a number becomes the lower bound of its band [Bi, Bi+1); below B1: null.
//   null               null.
//   token              reversible: AES-256-GCM under a key derived from the workspace secret,
//                      "tok1:" + base64url. Equal values give equal tokens (the nonce is derived
//                      from the value); `concordctl unmask` turns a token back, for key holders.
//
// A value that does not have the shape a partial pattern expects is masked whole (every
// character a *): a pattern never reveals more than it would for a well-formed value.

#include "core/error.h"
#include "model/decimal.h"
#include "model/value.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace concord {

struct MaskStrategy
{
    enum class Kind { Null, Hash, Partial, Generalize, Token };
    enum class Pattern { Custom, Mobile, IdCard, BankCard, Email };
    enum class Unit { Month, Year, Bands };

    Kind kind = Kind::Null;
    int hashLength = 64;           // Hash: hex digits kept
    Pattern pattern = Pattern::Custom;
    int keepStart = 0;             // Partial, Custom
    int keepEnd = 0;
    Unit unit = Unit::Month;       // Generalize
    QList<Decimal> bands;          // Generalize, Bands: ascending

    // The canonical text, as parseMaskStrategy() reads it back ("partial(3,4)").
    QString text() const;
    bool operator==(const MaskStrategy &o) const { return text() == o.text(); }
};

// Reads a `mask:` text. The error says what is wrong and lists the strategies.
Result<MaskStrategy> parseMaskStrategy(const QString &text);

// The keys masks use, derived from the workspace secret (crypto::deriveKey), never stored.
struct MaskKeys
{
    QByteArray hashKey;
    QByteArray tokenKey;
    QByteArray tokenNonceKey;

    static MaskKeys fromSecret(const QByteArray &workspaceSecret);
    bool isValid() const { return !hashKey.isEmpty(); }
};

// Masks one value. Null stays null. A strategy that does not apply to the value's type
// (generalize(month) on a number) is a TYPE_MISMATCH; policy validation reports it up front.
Result<Value> applyMask(const MaskStrategy &strategy, const Value &value, const MaskKeys &keys);

// The text a token stands for, for key holders (`concordctl unmask`). A token that was changed
// or made with another secret is an error, never a wrong value.
Result<QString> unmaskToken(const QString &token, const MaskKeys &keys);

// Partial masks and detection, exposed for the tag suggestions and tests.
QString maskPartial(const QString &text, const MaskStrategy &strategy);
// GB 11643 check character of an 18-character resident ID number.
bool isValidIdCard(const QString &text);
// Luhn check of a card number (digits only, spaces and dashes ignored).
bool passesLuhn(const QString &text);

} // namespace concord
