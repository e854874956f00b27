// Tag suggestions (engine/policy/suggest.h): each single-value detector on values that should and
// should not match, and suggestTags() over a small dataset: the share threshold, the minimum
// number of samples, nulls and blanks, fields already tagged, the kind chosen, the summary text.

#include "policy/masking.h"
#include "policy/suggest.h"

#include <QTest>

using namespace concord;

namespace {

Field field(const char *name, FieldType::Kind kind, Sensitivity level = Sensitivity::Unset, const char *mask = "")
{
    Field f;
    f.name = QString::fromUtf8(name);
    f.type.kind = kind;
    f.sensitivity = level;
    f.mask = QString::fromUtf8(mask);
    return f;
}

Value str(const char *text)
{
    return Value::fromString(QString::fromUtf8(text));
}

// A dataset of one field and one record per value.
DatasetDef oneField(const Field &f)
{
    DatasetDef ds;
    ds.id = QStringLiteral("crm.customers");
    ds.schema.fields = {f};
    return ds;
}

std::vector<Record> column(const std::vector<Value> &values)
{
    std::vector<Record> rows;
    for (const Value &v : values) {
        Record r(1);
        r[0] = v;
        rows.push_back(r);
    }
    return rows;
}

const char *const kMobiles[] = {"13812341234", "+86 138-1234-5678", "8613912345678", "15000000000",
                                "199 0000 1111", "17712345678", "18600001111", "13312345678",
                                "14512345678", "16612345678"};
const char *const kEmails[] = {"zhang.san@example.com", "li.si@example.cn", "wang@mail.example.org",
                               "zhao@example.net", "qian@example.com"};
const char *const kIdCards[] = {"11010519491231002X", "440308199901011234", "320106200002290043",
                                "510107198511110014", "110105491231002"};
const char *const kAddresses[] = {"北京市朝阳区建国路88号", "上海市浦东新区世纪大道100号", "浙江省杭州市西湖区文三路",
                                  "221B Baker Street"};

} // namespace

class TestSuggest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectors_data();
    void detectors();
    void kindNames();
    void suggestsAtShare();
    void belowShareIsNotSuggested();
    void thresholdIsInclusive();
    void alreadyMaskedIsNotSuggested();
    void restrictedWithoutMaskIsSuggested();
    void nullsAndBlanksAreNotSamples();
    void tooFewSamples();
    void intAndOtherTypes();
    void mostMatchesWinsTiesInEnumOrder();
    void wholeDatasetSortedByField();
    void proposedMasksParse();
    void summaryText();
};

void TestSuggest::detectors_data()
{
    QTest::addColumn<QString>("detector");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char *detector, const char *text, bool expected) {
        const QByteArray name = QByteArray(detector) + (expected ? " + " : " - ") + text;
        QTest::newRow(name.constData()) << QString::fromUtf8(detector) << QString::fromUtf8(text) << expected;
    };

    row("mobile", "13812341234", true);
    row("mobile", "+86 138-1234-5678", true);
    row("mobile", "+8613812341234", true);
    row("mobile", "8613812341234", true);
    row("mobile", "138 1234 1234", true);
    row("mobile", " 19912345678 ", true);
    row("mobile", "12812341234", false);   // 12 is no mobile prefix
    row("mobile", "10012341234", false);
    row("mobile", "138123412345", false);  // 12 digits
    row("mobile", "1381234123", false);    // 10 digits
    row("mobile", "+1 13812341234", false); // another country code
    row("mobile", "+13812341234", false);
    row("mobile", "8513812341234", false);
    row("mobile", "138abcd1234", false);
    row("mobile", "13812341234x", false);
    row("mobile", "010-12345678", false);   // landline
    row("mobile", "", false);

    row("id_card", "11010519491231002X", true);
    row("id_card", "11010519491231002x", true);
    row("id_card", "440308199901011234", true);
    row("id_card", "320106200002290043", true);
    row("id_card", "110105491231002", true);  // 15 digits, born 1949-12-31
    row("id_card", "110105198001000010", true);
    row("id_card", "110105194912310021", false); // wrong check character
    row("id_card", "440308199901011235", false);
    row("id_card", "11010519491231002", false);  // 17 characters
    row("id_card", "1101051949123100AX", false);
    row("id_card", "110105491331002", false);    // month 13
    row("id_card", "110105490230002", false);    // 30 February
    row("id_card", "11010549123100A", false);
    row("id_card", "1101054912310021", false);   // 16 digits
    row("id_card", "13812341234", false);

    row("bank_card", "4111111111111111", true);
    row("bank_card", "4111 1111 1111 1111", true);
    row("bank_card", "6222021234567894", true);
    row("bank_card", "6222-0212-3456-7894", true);
    row("bank_card", "6217000010001234569", true);  // 19 digits
    row("bank_card", "622848001234567894", true);   // 18 digits, not an ID card
    row("bank_card", "4111111111111112", false);    // fails Luhn
    row("bank_card", "6222021234567890", false);
    row("bank_card", "378282246310005", false);     // passes Luhn, but 15 digits
    row("bank_card", "110105198001000010", false);  // passes Luhn, but an ID card
    row("bank_card", "62170000100012345690", false); // 20 digits
    row("bank_card", "6222021234567894x", false);
    row("bank_card", "6222/0212/3456/7894", false);
    row("bank_card", "13812341234", false);

    row("email", "zhang.san@example.com", true);
    row("email", "a.b+tag@mail.example.co", true);
    row("email", "USER@EXAMPLE.ORG", true);
    row("email", "x@y-z.io", true);
    row("email", "张三@例子.中国", true);
    row("email", " li@example.cn ", true);
    row("email", "a@b", false);
    row("email", "foo bar@x.com", false);
    row("email", "foo@x .com", false);
    row("email", "a@b.c", false);           // one-letter top-level label
    row("email", "a@example.c0m", false);
    row("email", "a@@b.com", false);
    row("email", "a@b@c.com", false);
    row("email", "@example.com", false);
    row("email", "a@", false);
    row("email", "a@.com", false);
    row("email", "a@example..com", false);
    row("email", "a@example.com.", false);
    row("email", "a@-example.com", false);
    row("email", ".a@example.com", false);
    row("email", "a.@example.com", false);
    row("email", "a..b@example.com", false);
    row("email", "<a>@example.com", false);
    row("email", "not-an-email", false);

    row("address", "北京市朝阳区建国路88号", true);
    row("address", "上海市浦东新区世纪大道100号", true);
    row("address", "浙江省杭州市西湖区文三路", true);
    row("address", "江苏省昆山市周市镇", true);
    row("address", "四川省凉山州布拖县某某村", true);
    row("address", "221B Baker Street", true);
    row("address", "1600 Pennsylvania Avenue NW", true);
    row("address", "12 Main St.", true);
    row("address", "350 Fifth Ave, New York", true);
    row("address", "7 acacia RD", true);
    row("address", "12-14 Old Mill Lane", true);
    row("address", "北京", false);
    row("address", "北京市朝阳区", false);     // no street-level marker
    row("address", "建国路88号", false);       // no province, city or district
    row("address", "市区路号", false);         // too short
    row("address", "Main Street", false);      // no number
    row("address", "12 Street", false);        // no street name
    row("address", "12 Stanley Park", false);
    row("address", "12 Main Streets", false);
    row("address", "12345", false);
    row("address", "", false);
}

void TestSuggest::detectors()
{
    QFETCH(QString, detector);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    bool got = false;
    if (detector == QLatin1String("mobile"))
        got = looksLikeMobile(text);
    else if (detector == QLatin1String("id_card"))
        got = looksLikeIdCard(text);
    else if (detector == QLatin1String("bank_card"))
        got = looksLikeBankCard(text);
    else if (detector == QLatin1String("email"))
        got = looksLikeEmail(text);
    else if (detector == QLatin1String("address"))
        got = looksLikeAddress(text);
    else
        QFAIL("unknown detector");
    QCOMPARE(got, expected);
}

void TestSuggest::kindNames()
{
    QCOMPARE(suggestionKindName(TagSuggestion::Kind::Mobile), QStringLiteral("mobile"));
    QCOMPARE(suggestionKindName(TagSuggestion::Kind::IdCard), QStringLiteral("id_card"));
    QCOMPARE(suggestionKindName(TagSuggestion::Kind::BankCard), QStringLiteral("bank_card"));
    QCOMPARE(suggestionKindName(TagSuggestion::Kind::Email), QStringLiteral("email"));
    QCOMPARE(suggestionKindName(TagSuggestion::Kind::Address), QStringLiteral("address"));
}

void TestSuggest::suggestsAtShare()
{
    std::vector<Value> values;
    for (int i = 0; i < 9; ++i)
        values.push_back(str(kMobiles[i]));
    values.push_back(str("unknown"));
    const auto s = suggestTags(oneField(field("phone", FieldType::String)), column(values));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].field, 0);
    QCOMPARE(s[0].fieldName, QStringLiteral("phone"));
    QCOMPARE(s[0].kind, TagSuggestion::Kind::Mobile);
    QCOMPARE(s[0].matches, 9);
    QCOMPARE(s[0].samples, 10);
    QCOMPARE(s[0].share(), 0.9);
    QCOMPARE(s[0].level, Sensitivity::L3);
    QCOMPARE(s[0].mask, QStringLiteral("partial(mobile)"));

    // A higher bar leaves it out.
    QVERIFY(suggestTags(oneField(field("phone", FieldType::String)), column(values), 0.95).isEmpty());
}

void TestSuggest::belowShareIsNotSuggested()
{
    std::vector<Value> values;
    for (int i = 0; i < 5; ++i) {
        values.push_back(str(kMobiles[i]));
        values.push_back(str("n/a"));
    }
    QVERIFY(suggestTags(oneField(field("phone", FieldType::String)), column(values)).isEmpty());
    const auto half = suggestTags(oneField(field("phone", FieldType::String)), column(values), 0.5);
    QCOMPARE(half.size(), 1);
    QCOMPARE(half[0].share(), 0.5);
}

void TestSuggest::thresholdIsInclusive()
{
    std::vector<Value> values;
    for (int i = 0; i < 8; ++i)
        values.push_back(str(kMobiles[i]));
    values.push_back(str("n/a"));
    values.push_back(str("n/a"));
    const auto s = suggestTags(oneField(field("phone", FieldType::String)), column(values));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].matches, 8);
    values.push_back(str("n/a")); // 8 of 11
    QVERIFY(suggestTags(oneField(field("phone", FieldType::String)), column(values)).isEmpty());
}

void TestSuggest::alreadyMaskedIsNotSuggested()
{
    std::vector<Value> values;
    for (const char *m : kMobiles)
        values.push_back(str(m));
    QVERIFY(suggestTags(oneField(field("phone", FieldType::String, Sensitivity::L3, "hash")), column(values)).isEmpty());
    QVERIFY(suggestTags(oneField(field("phone", FieldType::String, Sensitivity::L3, "partial(mobile)")), column(values))
                .isEmpty());
    // Masked but not restricted: suggested, to raise the level.
    const auto l2 = suggestTags(oneField(field("phone", FieldType::String, Sensitivity::L2, "hash")), column(values));
    QCOMPARE(l2.size(), 1);
    QCOMPARE(l2[0].level, Sensitivity::L3);
}

void TestSuggest::restrictedWithoutMaskIsSuggested()
{
    std::vector<Value> values;
    for (const char *id : kIdCards)
        values.push_back(str(id));
    const auto s = suggestTags(oneField(field("id_no", FieldType::String, Sensitivity::L3)), column(values));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].kind, TagSuggestion::Kind::IdCard);
    QCOMPARE(s[0].matches, 5);
    QCOMPARE(s[0].mask, QStringLiteral("partial(id_card)"));
}

void TestSuggest::nullsAndBlanksAreNotSamples()
{
    std::vector<Value> values;
    for (const char *a : kAddresses) {
        values.push_back(str(a));
        values.push_back(Value());
        values.push_back(str("  "));
    }
    const auto s = suggestTags(oneField(field("address", FieldType::String)), column(values));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].kind, TagSuggestion::Kind::Address);
    QCOMPARE(s[0].matches, 4);
    QCOMPARE(s[0].samples, 4);
    QCOMPARE(s[0].share(), 1.0);
    QCOMPARE(s[0].mask, QStringLiteral("null"));

    // A record shorter than the schema has no value for the field: not a sample either.
    DatasetDef ds = oneField(field("address", FieldType::String));
    ds.schema.fields.append(field("email", FieldType::String));
    std::vector<Record> rows;
    for (const char *e : kEmails) {
        Record r(2);
        r[0] = str("x");
        r[1] = str(e);
        rows.push_back(r);
        rows.push_back(Record(1));
    }
    const auto e = suggestTags(ds, rows);
    QCOMPARE(e.size(), 1);
    QCOMPARE(e[0].field, 1);
    QCOMPARE(e[0].samples, 5);
}

void TestSuggest::tooFewSamples()
{
    const std::vector<Value> values = {str(kEmails[0]), Value(), str(kEmails[1]), Value(), Value()};
    QVERIFY(suggestTags(oneField(field("email", FieldType::String)), column(values)).isEmpty());
    const auto two = suggestTags(oneField(field("email", FieldType::String)), column(values), 0.8, 2);
    QCOMPARE(two.size(), 1);
    QCOMPARE(two[0].kind, TagSuggestion::Kind::Email);
    QCOMPARE(two[0].samples, 2);
    QVERIFY(suggestTags(oneField(field("email", FieldType::String)), {}).isEmpty());
    QVERIFY(suggestTags(oneField(field("email", FieldType::String)), {}, 0.8, 0).isEmpty());
}

void TestSuggest::intAndOtherTypes()
{
    // Ints are read through their digits: mobile and bank card numbers.
    const std::vector<Value> mobiles = {Value::fromInt(13812341234), Value::fromInt(15000000000),
                                        Value::fromInt(18600001111)};
    const auto m = suggestTags(oneField(field("phone", FieldType::Int)), column(mobiles));
    QCOMPARE(m.size(), 1);
    QCOMPARE(m[0].kind, TagSuggestion::Kind::Mobile);
    const std::vector<Value> cards = {Value::fromInt(4111111111111111), Value::fromInt(6222021234567894),
                                      Value::fromInt(622848001234567894)};
    const auto c = suggestTags(oneField(field("card", FieldType::Int)), column(cards));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].kind, TagSuggestion::Kind::BankCard);
    QCOMPARE(c[0].mask, QStringLiteral("partial(bank_card)"));
    // Not ID cards, even with 15 digits of a plausible date.
    const std::vector<Value> ids = {Value::fromInt(110105491231002), Value::fromInt(110105491231002),
                                    Value::fromInt(110105491231002)};
    QVERIFY(suggestTags(oneField(field("id_no", FieldType::Int)), column(ids)).isEmpty());
    QCOMPARE(suggestTags(oneField(field("id_no", FieldType::String)), column({str("110105491231002"),
                                                                              str("110105491231002"),
                                                                              str("110105491231002")}))
                 .size(),
             1);
    // Other field types are not scanned.
    const std::vector<Value> texts = {str(kEmails[0]), str(kEmails[1]), str(kEmails[2])};
    QVERIFY(suggestTags(oneField(field("doc", FieldType::Json)), column(texts)).isEmpty());
    // A value of another type in a string field is a sample that matches nothing.
    std::vector<Value> mixed = {str(kEmails[0]), str(kEmails[1]), str(kEmails[2]), Value::fromBool(true)};
    const auto x = suggestTags(oneField(field("email", FieldType::String)), column(mixed), 0.7);
    QCOMPARE(x.size(), 1);
    QCOMPARE(x[0].matches, 3);
    QCOMPARE(x[0].samples, 4);
}

void TestSuggest::mostMatchesWinsTiesInEnumOrder()
{
    std::vector<Value> values;
    for (int i = 0; i < 3; ++i)
        values.push_back(str(kEmails[i]));
    for (int i = 0; i < 4; ++i)
        values.push_back(str(kMobiles[i]));
    auto s = suggestTags(oneField(field("contact", FieldType::String)), column(values), 0.4);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].kind, TagSuggestion::Kind::Mobile);
    QCOMPARE(s[0].matches, 4);

    values.push_back(str(kEmails[3]));
    values.push_back(str(kEmails[4])); // 5 emails, 4 mobiles
    s = suggestTags(oneField(field("contact", FieldType::String)), column(values), 0.4);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].kind, TagSuggestion::Kind::Email);
    QCOMPARE(s[0].matches, 5);

    values.push_back(str(kMobiles[4])); // 5 and 5: mobile comes first
    s = suggestTags(oneField(field("contact", FieldType::String)), column(values), 0.4);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].kind, TagSuggestion::Kind::Mobile);
    QCOMPARE(s[0].matches, 5);
    QCOMPARE(s[0].samples, 10);
}

void TestSuggest::wholeDatasetSortedByField()
{
    DatasetDef ds;
    ds.id = QStringLiteral("crm.customers");
    ds.schema.fields = {field("id", FieldType::Int),
                        field("email", FieldType::String),
                        field("name", FieldType::String),
                        field("phone", FieldType::String, Sensitivity::L3, "partial(mobile)"),
                        field("amount", FieldType::Decimal),
                        field("card", FieldType::String, Sensitivity::L1),
                        field("mobile", FieldType::String, Sensitivity::L3)};
    std::vector<Record> rows;
    for (int i = 0; i < 5; ++i) {
        Record r(7);
        r[0] = Value::fromInt(i + 1);
        r[1] = str(kEmails[i]);
        r[2] = str("张三");
        r[3] = str(kMobiles[i]);
        r[4] = Value::fromDecimal(*Decimal::parse(QStringLiteral("12.50")));
        r[5] = str(i % 2 ? "4111 1111 1111 1111" : "6217000010001234569");
        r[6] = str(kMobiles[i + 5]);
        rows.push_back(r);
    }
    const auto s = suggestTags(ds, rows);
    QCOMPARE(s.size(), 3);
    QCOMPARE(s[0].field, 1);
    QCOMPARE(s[0].kind, TagSuggestion::Kind::Email);
    QCOMPARE(s[1].field, 5);
    QCOMPARE(s[1].kind, TagSuggestion::Kind::BankCard);
    QCOMPARE(s[2].field, 6);
    QCOMPARE(s[2].kind, TagSuggestion::Kind::Mobile);
    QCOMPARE(s[2].fieldName, QStringLiteral("mobile"));
}

void TestSuggest::proposedMasksParse()
{
    const QList<std::vector<Value>> columns = {
        {str(kMobiles[0]), str(kMobiles[1]), str(kMobiles[2])},
        {str(kIdCards[0]), str(kIdCards[1]), str(kIdCards[2])},
        {str("4111111111111111"), str("6222021234567894"), str("6217000010001234569")},
        {str(kEmails[0]), str(kEmails[1]), str(kEmails[2])},
        {str(kAddresses[0]), str(kAddresses[1]), str(kAddresses[2])},
    };
    const QStringList expected = {QStringLiteral("partial(mobile)"), QStringLiteral("partial(id_card)"),
                                  QStringLiteral("partial(bank_card)"), QStringLiteral("partial(email)"),
                                  QStringLiteral("null")};
    for (int k = 0; k < columns.size(); ++k) {
        const auto s = suggestTags(oneField(field("f", FieldType::String)), column(columns[k]));
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].kind, TagSuggestion::Kind(k));
        QCOMPARE(s[0].mask, expected[k]);
        const auto m = parseMaskStrategy(s[0].mask);
        QVERIFY2(m.ok(), qPrintable(s[0].mask));
        QCOMPARE(m->text(), s[0].mask);
    }
}

void TestSuggest::summaryText()
{
    std::vector<Value> values;
    for (int i = 0; i < 9; ++i)
        values.push_back(str(kMobiles[i]));
    values.push_back(Value::fromInt(42));
    const auto s = suggestTags(oneField(field("phone", FieldType::String)), column(values));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].summary(),
             QString::fromUtf8("phone looks like a Chinese mobile number in 90% of 10 samples → L3, partial(mobile)"));

    // Rounded down, one sample in the singular, and a field name is taken as it is.
    TagSuggestion t;
    t.fieldName = QStringLiteral("contact %3");
    t.kind = TagSuggestion::Kind::Email;
    t.matches = 499;
    t.samples = 500;
    t.mask = QStringLiteral("partial(email)");
    QCOMPARE(t.summary(),
             QString::fromUtf8("contact %3 looks like an email address in 99% of 500 samples → L3, partial(email)"));
    t.matches = 1;
    t.samples = 1;
    t.kind = TagSuggestion::Kind::Address;
    t.mask = QStringLiteral("null");
    QCOMPARE(t.summary(), QString::fromUtf8("contact %3 looks like a street address in 100% of 1 sample → L3, null"));
    QCOMPARE(TagSuggestion().share(), 0.0);
}

QTEST_GUILESS_MAIN(TestSuggest)
#include "tst_suggest.moc"
