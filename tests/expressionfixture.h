#pragma once
// The record and context the expression tests evaluate against (tst_expression,
// tst_expressionlimits): one field of every type, with names that need quoting, Chinese text,
// and a 600 KiB value for the size limits.

#include "mapping/expression.h"

#include <QStringList>

#include <limits>

namespace exprtest {

using namespace concord;

// The source record every test reads. Names index the positions below.
inline const QStringList FieldNames = {
    QStringLiteral("id"),
    QStringLiteral("name"),
    QStringLiteral("amount"),
    QStringLiteral("created_at"),
    QStringLiteral("birthday"),
    QStringLiteral("note"),
    QStringLiteral("stage"),
    QStringLiteral("code"),
    QStringLiteral("order id"),
    QStringLiteral("qty"),
    QStringLiteral("phone"),
    QStringLiteral("naive_ts"),
    QStringLiteral("big"),
    QStringLiteral("active"),
    QString::fromUtf8("客户"),
    QStringLiteral("emoji"),
    QStringLiteral("blank"),
    QStringLiteral("ymd"),
    QStringLiteral("huge"),
    QStringLiteral("value"),
};

inline Value ts(const char *iso)
{
    return Value::fromTimestamp(*Timestamp::parse(QString::fromLatin1(iso)));
}

inline Value str(const char *utf8)
{
    return Value::fromString(QString::fromUtf8(utf8));
}

inline Record makeRecord()
{
    Record r;
    r.values = {
        Value::fromInt(7),
        str("  Ada Lovelace "),
        Value::fromDecimal(*Decimal::parse(QStringLiteral("12.50"))),
        ts("2024-05-20T10:30:00+08:00"),
        Value::fromDate(QDate(1990, 12, 10)),
        Value(),
        str("Closed Won"),
        str("42"),
        str("A-1"),
        Value::fromInt(3),
        str("13812345678"),
        ts("2024-05-20 23:59:58"),
        Value::fromInt(std::numeric_limits<qint64>::max()),
        Value::fromBool(true),
        str("张三"),
        str("a\xF0\x9F\x98\x80"
            "b"), // a, U+1F600, b
        str("  "),
        Value::fromInt(20240520),
        Value::fromString(QString(600 * 1024, QLatin1Char('x'))),
        str("field-value"),
    };
    return r;
}

inline ExpressionContext makeContext(bool valueAllowed = true)
{
    ExpressionContext c;
    c.resolveField = [](const QString &name) { return int(FieldNames.indexOf(name)); };
    c.lookupTables.insert(QStringLiteral("status"),
        { { QStringLiteral("1"), str("open") }, { QStringLiteral("2"), str("closed") },
            { QStringLiteral("Lost"), str("cancelled") } });
    c.lookupTables.insert(QStringLiteral("region"), { { QStringLiteral("BJ"), str("North") } });
    c.valueAllowed = valueAllowed;
    return c;
}

inline QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace exprtest
