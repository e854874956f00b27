// Auto-map's proposals: exact names first, then names equal but for case and separators, then
// synonyms, then one-letter typos; each field used once; already mapped targets left alone.

#include "mapping/automap.h"

#include <QTest>

using namespace concord;

namespace {

Schema schema(const QStringList &names, const QList<FieldType::Kind> &kinds = {})
{
    Schema s;
    for (int i = 0; i < names.size(); ++i) {
        Field f;
        f.name = names.at(i);
        f.type.kind = i < kinds.size() ? kinds.at(i) : FieldType::String;
        s.fields.append(f);
    }
    return s;
}

QStringList pairs(const QList<LinkProposal> &proposals)
{
    QStringList out;
    for (const LinkProposal &p : proposals)
        out << p.source + QStringLiteral("->") + p.target;
    return out;
}

} // namespace

class TestAutoMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameWords_data();
    void nameWords();
    void matchKinds();
    void bestMatchWinsAndEachFieldOnce();
    void mappedTargetsAreSkipped();
    void typesDifferIsNoted();
    void nothingToPropose();
};

void TestAutoMap::nameWords_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("words");
    QTest::newRow("snake") << "customer_phone" << "customer phone";
    QTest::newRow("camel") << "CustomerPhone" << "customer phone";
    QTest::newRow("synonyms") << "cust_mobile" << "customer phone";
    QTest::newRow("acronym") << "HTTPCode" << "http code";
    QTest::newRow("digits stay") << "address2" << "address2";
    QTest::newRow("time suffix") << "created_at" << "created time";
    QTest::newRow("time suffix 2") << "create_time" << "created time";
    QTest::newRow("dashes and spaces") << "Order - Qty" << "order quantity";
    QTest::newRow("chinese") << "客户名称" << "客户名称";
    QTest::newRow("empty") << "" << "";
}

void TestAutoMap::nameWords()
{
    QFETCH(QString, name);
    QFETCH(QString, words);
    QCOMPARE(concord::nameWords(name).join(QLatin1Char(' ')), words);
}

void TestAutoMap::matchKinds()
{
    const Schema src = schema({QStringLiteral("id"), QStringLiteral("CustomerName"), QStringLiteral("cust_tel"),
                               QStringLiteral("shiping_address"), QStringLiteral("remark")});
    const Schema dst = schema({QStringLiteral("id"), QStringLiteral("customer_name"), QStringLiteral("customer_phone"),
                               QStringLiteral("shipping_address"), QStringLiteral("unrelated")});
    const auto proposals = proposeLinks(src, dst, {});
    QCOMPARE(pairs(proposals), (QStringList{QStringLiteral("id->id"), QStringLiteral("CustomerName->customer_name"),
                                            QStringLiteral("cust_tel->customer_phone"),
                                            QStringLiteral("shiping_address->shipping_address")}));
    QCOMPARE(proposals.at(0).match, LinkProposal::Match::Exact);
    QCOMPARE(proposals.at(1).match, LinkProposal::Match::Normalized);
    QCOMPARE(proposals.at(2).match, LinkProposal::Match::Synonym);
    QCOMPARE(proposals.at(3).match, LinkProposal::Match::Similar);
}

void TestAutoMap::bestMatchWinsAndEachFieldOnce()
{
    // Both source fields could feed `amount`; the exact one wins, the synonym is not reused.
    const Schema src = schema({QStringLiteral("total"), QStringLiteral("amount")});
    const Schema dst = schema({QStringLiteral("amount"), QStringLiteral("amount_total")});
    const auto proposals = proposeLinks(src, dst, {});
    QCOMPARE(pairs(proposals), QStringList{QStringLiteral("amount->amount")});
    // Short names are never "similar" (id vs ip would be a guess, not a match).
    QVERIFY(proposeLinks(schema({QStringLiteral("ip")}), schema({QStringLiteral("id")}), {}).isEmpty());
}

void TestAutoMap::mappedTargetsAreSkipped()
{
    const Schema s = schema({QStringLiteral("a_field"), QStringLiteral("b_field")});
    QCOMPARE(pairs(proposeLinks(s, s, {QStringLiteral("a_field")})), QStringList{QStringLiteral("b_field->b_field")});
}

void TestAutoMap::typesDifferIsNoted()
{
    const auto proposals = proposeLinks(schema({QStringLiteral("amount")}, {FieldType::String}),
                                        schema({QStringLiteral("amount")}, {FieldType::Decimal}), {});
    QCOMPARE(proposals.size(), 1);
    QVERIFY(proposals.first().typesDiffer);
}

void TestAutoMap::nothingToPropose()
{
    QVERIFY(proposeLinks(schema({QStringLiteral("alpha")}), schema({QStringLiteral("omega")}), {}).isEmpty());
    QVERIFY(proposeLinks(Schema(), Schema(), {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestAutoMap)
#include "tst_automap.moc"
