#include "sync/lookups.h"

#include "connectors/connector.h"
#include "log/log.h"

#include <vector>

namespace concord {

Result<void> resolveLookups(const Workspace &ws, MappingRules &rules, int maxEntries)
{
    for (FieldRule &rule : rules.fields) {
        if (!rule.lookup || rule.lookup->dataset.isEmpty())
            continue;
        LookupRule &lookup = *rule.lookup;
        const DatasetDef *found = ws.dataset(lookup.dataset);
        if (!found)
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("field '%1': unknown lookup dataset '%2'")
                                                           .arg(rule.target, lookup.dataset));
        // Every row, not only those with a version: read it as a snapshot in key order.
        DatasetDef dataset = *found;
        dataset.schema.version.clear();
        const int keyIndex = dataset.schema.indexOf(lookup.keyField);
        const int valueIndex = dataset.schema.indexOf(lookup.valueField);
        if (keyIndex < 0 || valueIndex < 0)
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("field '%1': lookup dataset %2 has no field '%3'")
                                                           .arg(rule.target, lookup.dataset,
                                                                keyIndex < 0 ? lookup.keyField : lookup.valueField));
        auto source = createSource(ws, dataset);
        if (!source.ok())
            return source.error();
        Source &src = **source;
        if (auto r = src.open(QString()); !r.ok())
            return r;
        QMap<QString, Value> values;
        qint64 duplicates = 0;
        std::vector<Change> batch;
        while (true) {
            const auto n = src.next(batch, 5000);
            if (!n.ok()) {
                src.close();
                return n.error();
            }
            if (*n == 0)
                break;
            for (int i = 0; i < *n; ++i) {
                const Change &c = batch[std::size_t(i)];
                if (c.op == Change::Op::Delete)
                    continue;
                const Value &key = c.record.values[std::size_t(keyIndex)];
                if (key.isNull())
                    continue;
                const QString text = key.toString();
                if (values.contains(text)) {
                    ++duplicates;
                    continue;
                }
                if (values.size() >= maxEntries) {
                    src.close();
                    return makeError(ErrorCode::ConfigInvalid,
                                     QStringLiteral("field '%1': lookup dataset %2 has more than %3 entries; a lookup "
                                                    "is for reference data, not for joining large tables")
                                         .arg(rule.target, lookup.dataset)
                                         .arg(maxEntries));
                }
                values.insert(text, c.record.values[std::size_t(valueIndex)]);
            }
        }
        src.close();
        if (duplicates > 0)
            log::warning(lcSync(), QStringLiteral("lookup for field '%1': %2 rows of %3 repeat a %4 already seen; the "
                                                  "first one is used")
                                       .arg(rule.target)
                                       .arg(duplicates)
                                       .arg(lookup.dataset, lookup.keyField));
        lookup.values = std::move(values);
    }
    return {};
}

} // namespace concord
