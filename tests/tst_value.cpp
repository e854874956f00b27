// Value types: exact decimals (money never passes through a double), timestamps with time zone,
// strict conversions.

#include "model/record.h"
#include "model/value.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace concord;

class TestValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimalParse_data();
    void decimalParse();
    void decimalRejects_data();
    void decimalRejects();
    void decimalArithmeticIsExact();
    void decimalRescaleRounds_data();
    void decimalRescaleRounds();
    void decimalFits();
    void decimalCompare();
    void decimalLimits();
    void timestampParse_data();
    void timestampParse();
    void timestampRejects();
    void conversions_data();
    void conversions();
    void jsonKeepsDecimalsExact();
    void equalityAcrossTypes();
    void keyText();
};

void TestValue::decimalParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("integer") << "42" << "42";
    QTest::newRow("money") << "12800.50" << "12800.50";
    QTest::newRow("negative") << "-0.05" << "-0.05";
    QTest::newRow("plus") << "+3.10" << "3.10";
    QTest::newRow("leading dot") << ".5" << "0.5";
    QTest::newRow("trailing dot") << "7." << "7";
    QTest::newRow("exponent") << "1.25e3" << "1250";
    QTest::newRow("negative exponent") << "125E-2" << "1.25";
    QTest::newRow("zeros") << "000.000" << "0.000";
    QTest::newRow("18,2 max") << "9999999999999999.99" << "9999999999999999.99";
    QTest::newRow("38 digits") << "12345678901234567890123456789012345678" << "12345678901234567890123456789012345678";
    QTest::newRow("0.1") << "0.1" << "0.1";
}

void TestValue::decimalParse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto d = Decimal::parse(text);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), canonical);
    QCOMPARE(Decimal::parse(text.toUtf8().constData(), text.toUtf8().size())->toString(), canonical);
}

void TestValue::decimalRejects_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t : {"", "abc", "12a", "1,000", "--1", "1.2.3", " 1", "1 ", "e5", "1e", "待定",
                          "123456789012345678901234567890123456789"})
        QTest::newRow(t) << QString::fromUtf8(t);
}

void TestValue::decimalRejects()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::parse(text).has_value());
}

void TestValue::decimalArithmeticIsExact()
{
    const Decimal a = *Decimal::parse(QStringLiteral("0.1"));
    const Decimal b = *Decimal::parse(QStringLiteral("0.2"));
    QCOMPARE(a.add(b)->toString(), QStringLiteral("0.3"));
    QVERIFY(*a.add(b) == *Decimal::parse(QStringLiteral("0.30")));
    QCOMPARE(Decimal::parse(QStringLiteral("12.50"))->multiply(Decimal::fromInt(3))->toString(), QStringLiteral("37.50"));
    QCOMPARE(Decimal::parse(QStringLiteral("100"))->subtract(*Decimal::parse(QStringLiteral("0.01")))->toString(),
             QStringLiteral("99.99"));
    QCOMPARE(Decimal::fromInt(10).divide(Decimal::fromInt(3), 4)->toString(), QStringLiteral("3.3333"));
    QCOMPARE(Decimal::fromInt(2).divide(Decimal::fromInt(3), 2)->toString(), QStringLiteral("0.67"));
    QVERIFY(!Decimal::fromInt(1).divide(Decimal::fromInt(0), 2).has_value());
    // 1,000,000 additions of a cent stay exact (a double drifts here).
    Decimal sum;
    const Decimal cent = *Decimal::parse(QStringLiteral("0.01"));
    for (int i = 0; i < 1000000; ++i)
        sum = *sum.add(cent);
    QCOMPARE(sum.toString(), QStringLiteral("10000.00"));
}

void TestValue::decimalRescaleRounds_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("halfUp");
    QTest::addColumn<QString>("halfEven");
    QTest::newRow("up") << "2.345" << 2 << "2.35" << "2.34";
    QTest::newRow("down") << "2.344" << 2 << "2.34" << "2.34";
    QTest::newRow("negative") << "-2.345" << 2 << "-2.35" << "-2.34";
    QTest::newRow("widen") << "7.5" << 3 << "7.500" << "7.500";
    QTest::newRow("to int") << "0.5" << 0 << "1" << "0";
    QTest::newRow("1.5 even") << "1.5" << 0 << "2" << "2";
}

void TestValue::decimalRescaleRounds()
{
    QFETCH(QString, in);
    QFETCH(int, scale);
    QFETCH(QString, halfUp);
    QFETCH(QString, halfEven);
    const Decimal d = *Decimal::parse(in);
    QCOMPARE(d.rescaled(scale, Decimal::Rounding::HalfUp)->toString(), halfUp);
    QCOMPARE(d.rescaled(scale, Decimal::Rounding::HalfEven)->toString(), halfEven);
}

void TestValue::decimalFits()
{
    QVERIFY(Decimal::parse(QStringLiteral("9999999999999999.99"))->fits(18, 2));
    QVERIFY(!Decimal::parse(QStringLiteral("99999999999999999.99"))->fits(18, 2));
    QVERIFY(!Decimal::parse(QStringLiteral("1.234"))->fits(18, 2));
    QVERIFY(Decimal::parse(QStringLiteral("1.230"))->fits(18, 2));
}

void TestValue::decimalCompare()
{
    QVERIFY(*Decimal::parse(QStringLiteral("12.5")) == *Decimal::parse(QStringLiteral("12.50")));
    QVERIFY(*Decimal::parse(QStringLiteral("-1")) < *Decimal::parse(QStringLiteral("0.001")));
    QVERIFY(*Decimal::parse(QStringLiteral("99.99")) < *Decimal::parse(QStringLiteral("100")));
}

void TestValue::decimalLimits()
{
    const Decimal big = *Decimal::parse(QStringLiteral("99999999999999999999999999999999999999"));
    QVERIFY(!big.add(Decimal::fromInt(1)).has_value());
    QVERIFY(!big.multiply(Decimal::fromInt(10)).has_value());
    QCOMPARE(big.negated().toString(), QStringLiteral("-99999999999999999999999999999999999999"));
}

void TestValue::timestampParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<qint64>("utcMsecs");
    QTest::newRow("naive") << "2024-05-20 10:00:00" << "2024-05-20 10:00:00" << qint64(1716199200000);
    QTest::newRow("naive T") << "2024-05-20T10:00:00" << "2024-05-20 10:00:00" << qint64(1716199200000);
    QTest::newRow("utc") << "2024-05-20T10:00:00Z" << "2024-05-20T10:00:00Z" << qint64(1716199200000);
    QTest::newRow("beijing") << "2024-05-20T18:00:00+08:00" << "2024-05-20T18:00:00+08:00" << qint64(1716199200000);
    QTest::newRow("compact offset") << "2024-05-20T18:00:00+0800" << "2024-05-20T18:00:00+08:00" << qint64(1716199200000);
    QTest::newRow("millis") << "2024-05-20 10:00:00.250" << "2024-05-20 10:00:00.250" << qint64(1716199200250);
    QTest::newRow("micros") << "2024-05-20 10:00:00.123456" << "2024-05-20 10:00:00.123456" << qint64(1716199200123);
    QTest::newRow("date only") << "2024-05-20" << "2024-05-20 00:00:00" << qint64(1716163200000);
    QTest::newRow("before epoch") << "1969-12-31T23:59:59Z" << "1969-12-31T23:59:59Z" << qint64(-1000);
    QTest::newRow("negative offset") << "2024-01-01T00:30:00-05:30" << "2024-01-01T00:30:00-05:30" << qint64(1704088800000);
}

void TestValue::timestampParse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(qint64, utcMsecs);
    const auto ts = Timestamp::parse(text);
    QVERIFY(ts.has_value());
    QCOMPARE(ts->toString(), canonical);
    QCOMPARE(ts->usecsSinceEpochUtc / 1000, utcMsecs);
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(Timestamp::parse(utf8.constData(), utf8.size())->toString(), canonical);
}

void TestValue::timestampRejects()
{
    for (const char *t : {"", "2024-13-01", "2024-02-30", "2024-05-20 25:00:00", "20240520", "2024-05-20x",
                          "2024-05-20 10:00:00+", "yesterday"})
        QVERIFY2(!Timestamp::parse(QString::fromLatin1(t)).has_value(), t);
}

void TestValue::conversions_data()
{
    QTest::addColumn<Value>("in");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("out");
    const auto s = [](const char *t) { return Value::fromString(QString::fromUtf8(t)); };
    QTest::newRow("string->int") << s("42") << "int" << true << "42";
    QTest::newRow("string->int bad") << s("42a") << "int" << false << "";
    QTest::newRow("string->decimal") << s("12800.5") << "decimal(18,2)" << true << "12800.50";
    QTest::newRow("string->decimal rounds") << s("1.005") << "decimal(18,2)" << true << "1.01";
    QTest::newRow("string->decimal overflow") << s("12345678901234567890") << "decimal(18,2)" << false << "";
    QTest::newRow("comma is not a number") << s("12,800") << "decimal(18,2)" << false << "";
    QTest::newRow("int->decimal") << Value::fromInt(7) << "decimal(10,2)" << true << "7.00";
    QTest::newRow("decimal->int exact") << Value::fromDecimal(*Decimal::parse(QStringLiteral("7.00"))) << "int" << true << "7";
    QTest::newRow("decimal->int lossy") << Value::fromDecimal(*Decimal::parse(QStringLiteral("7.5"))) << "int" << false << "";
    QTest::newRow("string->bool") << s("yes") << "bool" << true << "true";
    QTest::newRow("string->bool bad") << s("maybe") << "bool" << false << "";
    QTest::newRow("int->bool") << Value::fromInt(0) << "bool" << true << "false";
    QTest::newRow("string->timestamp") << s("2024-05-20 10:00:00") << "timestamp" << true << "2024-05-20 10:00:00";
    QTest::newRow("timestamp->date") << Value::fromTimestamp(*Timestamp::parse(QStringLiteral("2024-05-20T23:30:00+08:00")))
                                     << "date" << true << "2024-05-20";
    QTest::newRow("string->date") << s("2024-05-20") << "date" << true << "2024-05-20";
    QTest::newRow("anything->string") << Value::fromInt(5) << "string" << true << "5";
    QTest::newRow("json ok") << s("{\"a\":1}") << "json" << true << "{\"a\":1}";
    QTest::newRow("json bad") << s("{a:1}") << "json" << false << "";
    QTest::newRow("null stays null") << Value() << "int" << true << "";
}

void TestValue::conversions()
{
    QFETCH(Value, in);
    QFETCH(QString, type);
    QFETCH(bool, ok);
    QFETCH(QString, out);
    const auto r = in.convertTo(*FieldType::parse(type));
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r->toString(), out);
    else
        QCOMPARE(r.error().code, ErrorCode::TypeMismatch);
}

void TestValue::jsonKeepsDecimalsExact()
{
    const QJsonObject o = QJsonDocument::fromJson("{\"amount\": 12800.10, \"n\": 3}").object();
    const Value amount = Value::fromJson(o.value(QStringLiteral("amount")));
    QCOMPARE(amount.type(), Value::Type::Decimal);
    QCOMPARE(amount.toString(), QStringLiteral("12800.1"));
    QCOMPARE(Value::fromJson(o.value(QStringLiteral("n"))).type(), Value::Type::Int);
    // Decimals leave as strings, so no reader turns them into doubles.
    QCOMPARE(Value::fromDecimal(*Decimal::parse(QStringLiteral("0.10"))).toJson(), QJsonValue(QStringLiteral("0.10")));
}

void TestValue::equalityAcrossTypes()
{
    QCOMPARE(Value::fromInt(3), Value::fromDecimal(*Decimal::parse(QStringLiteral("3.00"))));
    QVERIFY(Value::fromInt(3) != Value::fromString(QStringLiteral("3")));
    QVERIFY(Value() == Value());
    QVERIFY(Value() != Value::fromString(QString()));
    QVERIFY(Value().compare(Value::fromInt(-5)) < 0);
}

void TestValue::keyText()
{
    Key single;
    single.parts = {Value::fromInt(1001)};
    QCOMPARE(single.toString(), QStringLiteral("1001"));
    Key composite;
    composite.parts = {Value::fromString(QStringLiteral("A")), Value::fromInt(7)};
    QCOMPARE(composite.toString(), QStringLiteral("[\"A\",7]"));
}

QTEST_GUILESS_MAIN(TestValue)
#include "tst_value.moc"
