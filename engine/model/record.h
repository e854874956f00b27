#pragma once
// Records, keys and changes: what flows from a source adapter through the mapping to a sink.
// A Record is positional: its values line up with the fields of the Schema it was read with,
// which keeps the hot path free of per-row name lookups.

#include "model/value.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <vector>

namespace concord {

struct Record
{
    std::vector<Value> values;

    Record() = default;
    explicit Record(std::size_t n) : values(n) { }
    std::size_t size() const { return values.size(); }
    const Value &operator[](std::size_t i) const { return values[i]; }
    Value &operator[](std::size_t i) { return values[i]; }
};

// A business key: one value per key field. Its text form is stable and used in the state store.
struct Key
{
    std::vector<Value> parts;

    // "1001" for a single part; a JSON array ("[\"A\",7]") for a composite key.
    QString toString() const;
    bool operator==(const Key &o) const { return parts == o.parts; }
};

// One change captured from a source system.
struct Change
{
    enum class Op { Insert, Update, Upsert, Delete };

    Op op = Op::Upsert;
    Key key;
    Record record;          // after-image in the source dataset's field order (empty for a delete)
    QString sourceVersion;  // watermark "version|key", LSN, binlog position, API cursor ...
    QDateTime observedAt;   // when Concord saw it
    QString traceId;

    static QString opName(Op op);
    static Op opFromName(const QString &name);
};

} // namespace concord

Q_DECLARE_METATYPE(concord::Change)
