#pragma once
// The fixed world the fuzz targets compile and run against: a source dataset with a field of
// every type (and the demo's field names, so that the seed mappings compile and reach map()),
// the demo's target datasets plus a catch-all one, and records holding typical, null, extreme
// and wrongly typed values, the way a real source can deliver them.

#include "model/record.h"
#include "workspace/workspace.h"

#include <QString>

#include <initializer_list>
#include <limits>
#include <vector>

namespace fuzzfixtures {

struct FieldSpec
{
    const char *name;
    const char *type;
};

inline concord::DatasetDef dataset(const char *id, std::initializer_list<FieldSpec> fields,
                                   std::initializer_list<const char *> key)
{
    concord::DatasetDef d;
    d.id = QLatin1String(id);
    d.system = d.id.section(QLatin1Char('.'), 0, 0);
    d.table = d.id.section(QLatin1Char('.'), 1);
    for (const FieldSpec &f : fields) {
        concord::Field field;
        field.name = QString::fromUtf8(f.name);
        field.type = concord::FieldType::parse(QLatin1String(f.type)).value_or(concord::FieldType{});
        d.schema.fields.append(field);
    }
    for (const char *k : key)
        d.schema.key.append(QLatin1String(k));
    return d;
}

// Every source field the demo mappings read, with the demo's types, and one field of each type
// that the demo does not have. "order date" needs backticks in an expression.
inline const concord::DatasetDef &source()
{
    static const concord::DatasetDef d = dataset(
        "fuzz.source",
        {{"id", "int"}, {"customer_id", "int"}, {"name", "string"}, {"customer_name", "string"},
         {"mobile", "string"}, {"phone", "string"}, {"email", "string"}, {"city", "string"},
         {"level", "string"}, {"title", "string"}, {"opportunity_stage", "string"}, {"owner", "string"},
         {"invoice_no", "string"}, {"tax_id", "string"}, {"status", "string"},
         {"amount", "decimal(18,2)"}, {"cost_price", "decimal(18,2)"}, {"tax_amount", "decimal(18,2)"},
         {"tax_rate", "decimal(5,4)"}, {"ratio", "decimal(38,10)"}, {"deleted", "bool"},
         {"birthday", "date"}, {"order date", "date"}, {"created_at", "timestamp"},
         {"updated_at", "timestamp"}, {"issued_at", "timestamp"}, {"payload", "json"}},
        {"id"});
    return d;
}

// The target named by the mapping if it is one of the demo's, else a catch-all with every type
// and no key (so that any field set can reach map()).
inline const concord::DatasetDef &target(const QString &id)
{
    static const concord::DatasetDef orders = dataset(
        "warehouse.orders",
        {{"order_id", "int"}, {"customer_name", "string"}, {"contact_phone", "string"},
         {"order_status", "string"}, {"amount", "decimal(18,2)"}, {"order_date", "date"},
         {"source_updated_at", "timestamp"}, {"synced_at", "timestamp"}},
        {"order_id"});
    static const concord::DatasetDef invoices = dataset(
        "tax.invoice_cache",
        {{"invoice_no", "string"}, {"buyer_name", "string"}, {"buyer_tax_id", "string"},
         {"net_amount", "decimal(18,2)"}, {"tax_amount", "decimal(18,2)"}, {"tax_rate", "decimal(5,4)"},
         {"status", "string"}, {"issued_date", "date"}, {"synced_from", "string"}},
        {"invoice_no"});
    static const concord::DatasetDef customers = dataset(
        "service.customers",
        {{"customer_id", "int"}, {"full_name", "string"}, {"phone", "string"}, {"email", "string"},
         {"city", "string"}, {"vip", "bool"}, {"crm_updated_at", "timestamp"}},
        {"customer_id"});
    static const concord::DatasetDef any = dataset(
        "fuzz.target",
        {{"id", "int"}, {"order_id", "int"}, {"customer_id", "int"}, {"name", "string"},
         {"customer_name", "string"}, {"status", "string"}, {"order_status", "string"},
         {"phone", "string"}, {"amount", "decimal(18,2)"}, {"rate", "decimal(5,4)"},
         {"big", "decimal(38,0)"}, {"flag", "bool"}, {"vip", "bool"}, {"day", "date"},
         {"order_date", "date"}, {"at", "timestamp"}, {"doc", "json"}, {"note", "string"}},
        {});
    for (const concord::DatasetDef *d : {&orders, &invoices, &customers})
        if (d->id == id)
            return *d;
    return any;
}

// Value number `variant` (0 typical, 1 null, 2 extreme, 3 wrongly typed text) for a field of
// type `t`.
inline concord::Value sample(const concord::FieldType &t, int variant)
{
    using concord::Value;
    const auto decimal = [](const char *text) {
        return Value::fromDecimal(concord::Decimal::parse(text, qstrlen(text)).value_or(concord::Decimal()));
    };
    const auto timestamp = [](const char *text) {
        return Value::fromTimestamp(concord::Timestamp::parse(text, qstrlen(text)).value_or(concord::Timestamp()));
    };
    if (variant == 1)
        return Value();
    switch (t.kind) {
    case concord::FieldType::Int:
        return variant == 0 ? Value::fromInt(1001)
            : variant == 2  ? Value::fromInt(std::numeric_limits<qint64>::min())
                            : Value::fromString(QStringLiteral("12abc"));
    case concord::FieldType::Decimal:
        return variant == 0 ? decimal("1234.50")
            : variant == 2  ? decimal("-9999999999999999999999999999.9999999999")
                            : Value::fromString(QStringLiteral("待定"));
    case concord::FieldType::String:
        return variant == 0 ? Value::fromString(QStringLiteral("  Closed Won 有限公司 "))
            : variant == 2  ? Value::fromString(QString(1000, QLatin1Char('a')) + QStringLiteral("\t😀\u0301"))
                            : Value::fromString(QStringLiteral("2024-11-01"));
    case concord::FieldType::Bool:
        return variant == 0 ? Value::fromBool(true)
            : variant == 2  ? Value::fromBool(false)
                            : Value::fromString(QStringLiteral("yes"));
    case concord::FieldType::Date:
        return variant == 0 ? Value::fromDate(QDate(2024, 11, 1))
            : variant == 2  ? Value::fromDate(QDate(9999, 12, 31))
                            : Value::fromString(QStringLiteral("2024-02-30"));
    case concord::FieldType::Timestamp:
        return variant == 0 ? timestamp("2024-11-01T08:30:00+08:00")
            : variant == 2  ? timestamp("0001-01-01 00:00:00")
                            : Value::fromString(QStringLiteral("not a time"));
    case concord::FieldType::Json:
        return variant == 0 ? Value::fromJsonText(QStringLiteral("{\"a\":[1,2.5,null]}"))
            : variant == 2  ? Value::fromJsonText(QStringLiteral("[]"))
                            : Value::fromString(QStringLiteral("{"));
    }
    return Value();
}

// Five records in the source's field order: all typical, all null, all extreme, all wrongly
// typed, and one that mixes the four.
inline const std::vector<concord::Record> &records()
{
    static const std::vector<concord::Record> all = [] {
        std::vector<concord::Record> out;
        const QList<concord::Field> &fields = source().schema.fields;
        for (int r = 0; r < 5; ++r) {
            concord::Record rec(std::size_t(fields.size()));
            for (int i = 0; i < fields.size(); ++i)
                rec.values[std::size_t(i)] = sample(fields[i].type, r < 4 ? r : i % 4);
            out.push_back(rec);
        }
        return out;
    }();
    return all;
}

} // namespace fuzzfixtures
