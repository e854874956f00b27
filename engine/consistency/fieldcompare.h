#pragma once
// How a consistency check decides that two values are the same (docs/consistency.md §3): typed
// equality (12.5 == 12.50, int 3 == decimal 3.0), after the field's `consistency: fields:`
// normalisation — numbers within an epsilon, timestamps at a precision, text trimmed or compared
// without case, "" as null; JSON always by structure (canonicalJson). Also the row hash the checksums are made of: every value goes in
// normalised, so that values that compare equal hash equal (epsilon aside: values in different
// epsilon-wide bins hash apart and are then compared field by field, which decides).

#include "model/record.h"
#include "workspace/workspace.h"

#include <QtGlobal>

#include <cstring>

namespace concord {

// A 64-bit hash of a byte stream (FNV-1a's step over 8-byte words, the tail as one zero-padded
// word tagged with its length, then a final avalanche mix), for row hashes. Not cryptographic: a
// checksum to find differences, confirmed field by field.
class RowHasher
{
public:
    static constexpr quint64 Prime = 0x100000001b3ULL;

    void addWord(quint64 w) { m_h = (m_h ^ w) * Prime; }
    void add(const void *data, std::size_t size)
    {
        const auto *p = static_cast<const unsigned char *>(data);
        quint64 h = m_h;
        for (; size >= 8; p += 8, size -= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * Prime;
        }
        if (size > 0) { // the last 1..7 bytes as one zero-padded word, and their count
            quint64 w = 0;
            std::memcpy(&w, p, size);
            h = (h ^ w ^ (quint64(size) << 59)) * Prime;
        }
        m_h = h;
    }
    void addTag(quint8 tag) { addWord(quint64(tag) << 56); }
    void addInt(qint64 v) { addWord(quint64(v)); }
    quint64 finish() const;

private:
    quint64 m_h = 0xcbf29ce484222325ULL;
};

class FieldComparer
{
public:
    FieldComparer() = default;
    explicit FieldComparer(const FieldTolerance &tolerance);

    // No normalisation: values are compared (and may be hashed) exactly as stored.
    bool isExact() const { return m_exact; }
    bool equal(const Value &a, const Value &b) const;
    // Feeds the normalised value into `h`.
    void hash(RowHasher &h, const Value &v) const;
    // The value as compared: trimmed, case-folded, "" as null, a time truncated (not binned by
    // epsilon: that is hash()'s).
    Value normalised(const Value &v) const;
    const FieldTolerance &tolerance() const { return m_t; }
    qint64 truncateUsecs() const { return m_truncateUsecs; }

private:

    FieldTolerance m_t;
    qint64 m_truncateUsecs = 0; // timestamp precision, in microseconds; 0: exact
    bool m_exact = true;
};

// JSON as compared: parsed and written again compactly, object keys sorted (a jsonb column
// reorders keys and spacing; numbers compare by value). Text that does not parse is kept.
Value canonicalJson(const Value &v);

// Feeds `v` exactly (typed, no normalisation): numbers by value, so int 3 and decimal 3.00 agree.
void hashValue(RowHasher &h, const Value &v);

// Key order as SQLite sorts the column values (BINARY collation): null, numbers, text by UTF-8
// bytes (that is, by code point), the rest by type. Both sides of a check are read in this order.
int compareKeys(const Key &a, const Key &b);

} // namespace concord
