#include "connectors/jsonrecord.h"

#include "connectors/connector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace concord {

QJsonValue jsonAt(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty())
        return root;
    QJsonValue at = root;
    static const QRegularExpression part(QStringLiteral("^([^\\[]+)((?:\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        const auto m = part.match(segment);
        if (!m.hasMatch() || !at.isObject())
            return QJsonValue(QJsonValue::Undefined);
        at = at.toObject().value(m.captured(1));
        for (auto it = index.globalMatch(m.captured(2)); it.hasNext();) {
            const int i = it.next().captured(1).toInt();
            if (!at.isArray() || i >= at.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            at = at.toArray().at(i);
        }
    }
    return at;
}

bool changeFromJson(const DatasetDef &dataset, const QJsonValue &item, Change &c, QString *why)
{
    const QList<Field> &fields = dataset.schema.fields;
    const RestQuery &q = dataset.query;
    c.op = Change::Op::Upsert;
    c.record.values.assign(std::size_t(fields.size()), Value());
    if (item.isArray() && !q.columns.isEmpty()) {
        const QJsonArray row = item.toArray();
        for (int i = 0; i < fields.size(); ++i) {
            const int col = q.columns.indexOf(fields[i].name);
            if (col >= 0 && col < row.size())
                c.record.values[std::size_t(i)] = Value::fromJson(row.at(col));
        }
    } else if (item.isObject()) {
        for (int i = 0; i < fields.size(); ++i)
            c.record.values[std::size_t(i)] = Value::fromJson(jsonAt(item, q.fieldPaths.value(fields[i].name, fields[i].name)));
    } else {
        if (why)
            *why = q.columns.isEmpty() ? QStringLiteral("a record must be a JSON object")
                                       : QStringLiteral("a record must be a JSON object or array");
        return false;
    }
    for (int i = 0; i < fields.size(); ++i) {
        Value &v = c.record.values[std::size_t(i)];
        if (v.isNull())
            continue;
        auto converted = v.convertTo(fields[i].type);
        if (converted.ok())
            v = std::move(*converted);
    }
    c.key.parts.clear();
    for (const QString &k : std::as_const(dataset.schema.key)) {
        const int i = dataset.schema.indexOf(k);
        const Value &v = c.record.values[std::size_t(i)];
        if (v.isNull()) {
            if (why)
                *why = QStringLiteral("the key field '%1' is missing (looked for at '%2')")
                           .arg(k, q.fieldPaths.value(k, k));
            return false;
        }
        c.key.parts.push_back(v);
    }
    const int softDelete = dataset.schema.softDelete.isEmpty() ? -1 : dataset.schema.indexOf(dataset.schema.softDelete);
    if (softDelete >= 0 && isSoftDeleted(c.record.values[std::size_t(softDelete)]))
        c.op = Change::Op::Delete;
    const int version = dataset.schema.version.isEmpty() ? -1 : dataset.schema.indexOf(dataset.schema.version);
    c.sourceVersion = version >= 0 ? c.record.values[std::size_t(version)].toString() : QString();
    c.observedAt = QDateTime::currentDateTimeUtc();
    return true;
}

} // namespace concord
