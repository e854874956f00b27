#include "demo/demogenerators.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace concord::demo {

namespace {

// ---- vocabulary (UTF-8; the build uses /utf-8 on MSVC) ----

struct Syllable
{
    const char *hanzi;
    const char *pinyin;
    int weight; // surnames only: rough relative frequency
};

// clang-format off
// Common surnames, the most frequent weighted up, so the name mix looks like a real customer list.
const Syllable Surnames[] = {
    {"王", "wang", 9}, {"李", "li", 9}, {"张", "zhang", 8}, {"刘", "liu", 7}, {"陈", "chen", 6},
    {"杨", "yang", 4}, {"黄", "huang", 3}, {"赵", "zhao", 3}, {"吴", "wu", 3}, {"周", "zhou", 3},
    {"徐", "xu", 2}, {"孙", "sun", 2}, {"马", "ma", 2}, {"朱", "zhu", 2}, {"胡", "hu", 2},
    {"郭", "guo", 2}, {"何", "he", 2}, {"高", "gao", 2}, {"林", "lin", 2}, {"罗", "luo", 2},
    {"郑", "zheng", 1}, {"梁", "liang", 1}, {"谢", "xie", 1}, {"宋", "song", 1}, {"唐", "tang", 1},
    {"许", "xu", 1}, {"韩", "han", 1}, {"冯", "feng", 1}, {"邓", "deng", 1}, {"曹", "cao", 1},
    {"彭", "peng", 1}, {"曾", "zeng", 1}, {"肖", "xiao", 1}, {"田", "tian", 1}, {"董", "dong", 1},
    {"袁", "yuan", 1}, {"潘", "pan", 1}, {"于", "yu", 1}, {"蒋", "jiang", 1}, {"蔡", "cai", 1},
    {"余", "yu", 1}, {"杜", "du", 1}, {"叶", "ye", 1}, {"程", "cheng", 1}, {"苏", "su", 1},
    {"魏", "wei", 1}, {"吕", "lv", 1}, {"丁", "ding", 1}, {"任", "ren", 1}, {"沈", "shen", 1},
    {"姚", "yao", 1}, {"卢", "lu", 1}, {"姜", "jiang", 1}, {"崔", "cui", 1}, {"钟", "zhong", 1},
    {"谭", "tan", 1}, {"陆", "lu", 1}, {"汪", "wang", 1}, {"范", "fan", 1}, {"金", "jin", 1},
    {"石", "shi", 1}, {"廖", "liao", 1}, {"贾", "jia", 1}, {"夏", "xia", 1}, {"韦", "wei", 1},
    {"方", "fang", 1}, {"白", "bai", 1}, {"邹", "zou", 1}, {"孟", "meng", 1}, {"熊", "xiong", 1},
    {"秦", "qin", 1}, {"邱", "qiu", 1}, {"江", "jiang", 1}, {"尹", "yin", 1}, {"薛", "xue", 1},
    {"段", "duan", 1}, {"雷", "lei", 1}, {"侯", "hou", 1}, {"龙", "long", 1}, {"史", "shi", 1},
    {"陶", "tao", 1}, {"黎", "li", 1}, {"贺", "he", 1}, {"顾", "gu", 1}, {"毛", "mao", 1},
    {"郝", "hao", 1}, {"龚", "gong", 1}, {"邵", "shao", 1}, {"万", "wan", 1}, {"钱", "qian", 1},
    {"严", "yan", 1}, {"武", "wu", 1}, {"戴", "dai", 1}, {"莫", "mo", 1}, {"孔", "kong", 1},
    {"欧阳", "ouyang", 1}, {"司徒", "situ", 1},
};

const Syllable GivenChars[] = {
    {"伟", "wei", 1}, {"芳", "fang", 1}, {"娜", "na", 1}, {"敏", "min", 1}, {"静", "jing", 1},
    {"丽", "li", 1}, {"强", "qiang", 1}, {"磊", "lei", 1}, {"军", "jun", 1}, {"洋", "yang", 1},
    {"勇", "yong", 1}, {"艳", "yan", 1}, {"杰", "jie", 1}, {"娟", "juan", 1}, {"涛", "tao", 1},
    {"明", "ming", 1}, {"超", "chao", 1}, {"秀", "xiu", 1}, {"霞", "xia", 1}, {"平", "ping", 1},
    {"刚", "gang", 1}, {"英", "ying", 1}, {"华", "hua", 1}, {"玲", "ling", 1}, {"红", "hong", 1},
    {"建", "jian", 1}, {"国", "guo", 1}, {"文", "wen", 1}, {"辉", "hui", 1}, {"鹏", "peng", 1},
    {"宇", "yu", 1}, {"浩", "hao", 1}, {"婷", "ting", 1}, {"雪", "xue", 1}, {"琳", "lin", 1},
    {"欣", "xin", 1}, {"晨", "chen", 1}, {"子", "zi", 1}, {"涵", "han", 1}, {"轩", "xuan", 1},
    {"梓", "zi", 1}, {"萱", "xuan", 1}, {"思", "si", 1}, {"雨", "yu", 1}, {"佳", "jia", 1},
    {"怡", "yi", 1}, {"博", "bo", 1}, {"俊", "jun", 1}, {"嘉", "jia", 1}, {"晓", "xiao", 1},
    {"海", "hai", 1}, {"志", "zhi", 1}, {"春", "chun", 1}, {"梅", "mei", 1}, {"兰", "lan", 1},
    {"凤", "feng", 1}, {"颖", "ying", 1}, {"慧", "hui", 1}, {"丹", "dan", 1}, {"宁", "ning", 1},
    {"斌", "bin", 1}, {"峰", "feng", 1}, {"昊", "hao", 1}, {"然", "ran", 1}, {"睿", "rui", 1},
    {"泽", "ze", 1}, {"诗", "shi", 1}, {"悦", "yue", 1}, {"一", "yi", 1}, {"安", "an", 1},
    {"可", "ke", 1}, {"天", "tian", 1}, {"立", "li", 1}, {"新", "xin", 1}, {"永", "yong", 1},
};

const District Districts[] = {
    {"", "北京市", "朝阳区", "110105"}, {"", "北京市", "海淀区", "110108"},
    {"", "北京市", "东城区", "110101"}, {"", "上海市", "浦东新区", "310115"},
    {"", "上海市", "徐汇区", "310104"}, {"", "上海市", "静安区", "310106"},
    {"", "天津市", "南开区", "120104"}, {"", "天津市", "河西区", "120103"},
    {"", "重庆市", "渝中区", "500103"}, {"", "重庆市", "江北区", "500105"},
    {"广东省", "广州市", "天河区", "440106"}, {"广东省", "广州市", "越秀区", "440104"},
    {"广东省", "广州市", "海珠区", "440105"}, {"广东省", "深圳市", "南山区", "440305"},
    {"广东省", "深圳市", "福田区", "440304"}, {"广东省", "深圳市", "宝安区", "440306"},
    {"浙江省", "杭州市", "西湖区", "330106"}, {"浙江省", "杭州市", "滨江区", "330108"},
    {"浙江省", "杭州市", "上城区", "330102"}, {"江苏省", "南京市", "鼓楼区", "320106"},
    {"江苏省", "南京市", "玄武区", "320102"}, {"江苏省", "苏州市", "姑苏区", "320508"},
    {"江苏省", "苏州市", "吴中区", "320506"}, {"四川省", "成都市", "武侯区", "510107"},
    {"四川省", "成都市", "锦江区", "510104"}, {"湖北省", "武汉市", "洪山区", "420111"},
    {"湖北省", "武汉市", "江汉区", "420103"}, {"陕西省", "西安市", "雁塔区", "610113"},
    {"陕西省", "西安市", "碑林区", "610103"}, {"湖南省", "长沙市", "岳麓区", "430104"},
    {"湖南省", "长沙市", "芙蓉区", "430102"}, {"河南省", "郑州市", "金水区", "410105"},
    {"河南省", "郑州市", "二七区", "410103"}, {"山东省", "青岛市", "市南区", "370202"},
    {"山东省", "青岛市", "崂山区", "370212"}, {"福建省", "厦门市", "思明区", "350203"},
    {"福建省", "厦门市", "湖里区", "350206"},
};

const char *const Roads[] = {
    "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "文化路", "朝阳路", "东风路",
    "青年路", "科技路", "学府路", "长江路", "黄河路", "滨江大道", "迎宾大道", "幸福路", "光明路",
    "工业大道", "民主路", "胜利路", "花园路", "南京路", "北京路",
};

const char *const Estates[] = {
    "阳光花园", "幸福家园", "锦绣华庭", "翠湖苑", "金桂园", "丽景湾", "御景花园", "春江花园",
    "碧水云天", "东方明珠苑", "紫荆公寓", "书香名邸", "星河湾", "绿洲小区", "海棠苑", "梧桐里",
};

const char *const MobilePrefixes[] = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
    "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
    "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198",
    "199",
};

const char *const EmailDomains[] = {"example.com", "example.net", "example.org", "mail.example.com"};

const char *const SalesOwners[] = {
    "张晓明", "李娜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄俊", "周婷", "吴昊", "徐丽",
    "孙浩",
};

struct Product
{
    const char *name;
    const char *unit; // measure word for a quantity; nullptr for services
};

const Product Products[] = {
    {"办公电脑", "台"}, {"服务器", "台"}, {"仓储货架", "组"}, {"冷链设备", "套"},
    {"门店POS终端", "台"}, {"安防监控系统", "套"}, {"会议平板", "台"}, {"企业网盘", nullptr},
    {"ERP实施服务", nullptr}, {"打印耗材", nullptr}, {"员工体检套餐", "份"},
    {"物流配送服务", nullptr}, {"净水设备", "台"}, {"空气净化器", "台"}, {"智能门锁", "把"},
    {"工业传感器", "个"}, {"电动叉车", "台"}, {"包装材料", nullptr}, {"办公家具", "套"},
    {"网络交换机", "台"},
};

const char *const CompanyWords[] = {
    "华信", "恒达", "瑞丰", "鼎盛", "宏远", "金泰", "博远", "嘉禾", "中联", "天成", "联创", "汇通",
    "新锐", "盛世", "百川", "长青", "明达", "启航", "同创", "永昌", "安泰", "泰和", "弘毅", "卓越",
    "云帆", "海纳", "志成", "德信", "正阳", "佳宜",
};

struct Industry
{
    const char *name;
    int rate10k; // usual VAT rate: goods 13%, services 6%, transport and construction 9%
};

const Industry Industries[] = {
    {"科技", 1300}, {"贸易", 1300}, {"电子", 1300}, {"商贸", 1300}, {"食品", 1300},
    {"医疗器械", 1300}, {"智能装备", 1300}, {"新材料", 1300}, {"信息技术", 600}, {"文化传媒", 600},
    {"餐饮管理", 600}, {"企业管理咨询", 600}, {"物流", 900}, {"建筑工程", 900}, {"供应链管理", 600},
};
// clang-format on

// Characters a unified social credit code may contain, in value order (no I, O, S, V, Z).
const char CreditCodeChars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

std::string digits(DemoRandom &rng, int count)
{
    std::string s;
    s.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        s += char('0' + rng.below(10));
    return s;
}

const Syllable &weightedSurname(DemoRandom &rng)
{
    int total = 0;
    for (const Syllable &s : Surnames)
        total += s.weight;
    int r = int(rng.below(quint64(total)));
    for (const Syllable &s : Surnames) {
        if (r < s.weight)
            return s;
        r -= s.weight;
    }
    return Surnames[0];
}

int daysInMonth(int year, int month)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

qint64 daysFromCivil(qint64 y, int m, int d)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = char(s[0] - 'a' + 'A');
    return s;
}

} // namespace

// ---- time ----

qint64 toSeconds(int year, int month, int day, int hour, int minute, int second)
{
    return daysFromCivil(year, month, day) * Day + hour * Hour + minute * Minute + second;
}

std::string formatTimestamp(qint64 seconds)
{
    const qint64 days = floorDiv(seconds, Day);
    const qint64 rest = seconds - days * Day;
    int y = 0, m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, int(rest / Hour),
        int(rest % Hour / Minute), int(rest % Minute));
    return buf;
}

int weekday(qint64 seconds)
{
    const qint64 days = floorDiv(seconds, Day);
    return int(((days + 4) % 7 + 7) % 7); // 1970-01-01 was a Thursday
}

qint64 workingMoment(DemoRandom &rng, qint64 firstDay, qint64 lastDay, bool weekdaysOnly,
    qint64 opens, qint64 closes)
{
    qint64 day = 0;
    do {
        day = firstDay + rng.between(0, (lastDay - firstDay) / Day) * Day;
    } while (weekdaysOnly && (weekday(day) == 0 || weekday(day) == 6));
    return day + rng.between(opens, closes);
}

std::vector<qint64> sortedMoments(DemoRandom &rng, int count, qint64 firstDay, qint64 lastDay,
    bool weekdaysOnly, qint64 opens, qint64 closes)
{
    std::vector<qint64> v;
    v.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        v.push_back(workingMoment(rng, firstDay, lastDay, weekdaysOnly, opens, closes));
    std::sort(v.begin(), v.end());
    return v;
}

qint64 laterMoment(DemoRandom &rng, qint64 after, qint64 latest)
{
    const qint64 earliest = after + 10 * Minute;
    if (earliest >= latest)
        return latest;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qint64 m = workingMoment(rng, earliest / Day * Day, latest / Day * Day);
        if (m >= earliest && m <= latest)
            return m;
    }
    return rng.between(earliest, latest);
}

std::string padded(DemoRandom &rng, const std::string &s)
{
    switch (rng.below(3)) {
    case 0:
        return " " + s;
    case 1:
        return s + " ";
    default:
        return s + "  ";
    }
}

// ---- money ----

std::string formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const unsigned long long a
        = negative ? 0ULL - (unsigned long long)cents : (unsigned long long)cents;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s%llu.%02llu", negative ? "-" : "", a / 100, a % 100);
    return buf;
}

std::string formatRate(int rate10k)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d.%04d", rate10k / 10000, rate10k % 10000);
    return buf;
}

qint64 taxCents(qint64 netCents, int rate10k)
{
    // cents * (rate * 10^4) is in units of 10^-4 cent; add half a cent's worth and truncate.
    // Demo amounts are never negative, so truncation is rounding half-up here.
    return (netCents * rate10k + 5000) / 10000;
}

// ---- places ----

const District &randomDistrict(DemoRandom &rng)
{
    return rng.pick(Districts);
}

std::string randomAddress(DemoRandom &rng, const District &district)
{
    std::string s = std::string(district.province) + district.city + district.name;
    s += rng.pick(Roads);
    s += std::to_string(rng.between(1, 899)) + "号";
    if (rng.chance(800)) {
        s += rng.pick(Estates);
        s += std::to_string(rng.between(1, 32)) + "栋";
        if (rng.chance(400))
            s += std::to_string(rng.between(1, 4)) + "单元";
        s += std::to_string(rng.between(1, 33)) + "0" + std::to_string(rng.between(1, 6)) + "室";
    } else {
        // An office tower: floor and room only.
        s += std::to_string(rng.between(2, 28)) + "楼" + std::to_string(rng.between(1, 20)) + "室";
    }
    return s;
}

// ---- people ----

PersonName randomPersonName(DemoRandom &rng)
{
    const Syllable &surname = weightedSurname(rng);
    PersonName p;
    p.name = surname.hanzi;
    p.surnamePinyin = surname.pinyin;
    const int givenLength = rng.chance(300) ? 1 : 2;
    for (int i = 0; i < givenLength; ++i) {
        const Syllable &g = rng.pick(GivenChars);
        p.name += g.hanzi;
        p.givenPinyin += g.pinyin;
    }
    return p;
}

std::string randomMobile(DemoRandom &rng)
{
    return std::string(rng.pick(MobilePrefixes)) + digits(rng, 8);
}

std::string randomEmail(DemoRandom &rng, const PersonName &person)
{
    std::string local;
    const bool shouty = rng.chance(60); // typed with capitals; the service mapping lower-cases it
    const std::string surname = shouty ? capitalized(person.surnamePinyin) : person.surnamePinyin;
    const std::string given = shouty ? capitalized(person.givenPinyin) : person.givenPinyin;
    switch (rng.below(4)) {
    case 0:
        local = given + surname + std::to_string(rng.between(1, 99));
        break;
    case 1:
        local = surname + "." + given;
        break;
    case 2:
        local = surname + given + std::to_string(rng.between(1965, 2003));
        break;
    default:
        local = surname + "_" + given.substr(0, 1) + std::to_string(rng.between(100, 999));
        break;
    }
    std::string domain = rng.pick(EmailDomains);
    if (shouty)
        domain = capitalized(domain);
    return local + "@" + domain;
}

char idCardCheckDigit(const std::string &first17)
{
    // ISO 7064 MOD 11-2 as used by GB 11643.
    static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static const char codes[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[size_t(i)] - '0') * weights[i];
    return codes[sum % 11];
}

std::string randomIdCard(DemoRandom &rng, const District &birthPlace)
{
    const int year = int(rng.between(1958, 2003));
    const int month = int(rng.between(1, 12));
    const int day = int(rng.between(1, daysInMonth(year, month)));
    char birth[16];
    std::snprintf(birth, sizeof birth, "%04d%02d%02d", year, month, day);
    char sequence[8];
    std::snprintf(sequence, sizeof sequence, "%03d", int(rng.between(1, 999)));
    const std::string first17 = std::string(birthPlace.areaCode) + birth + sequence;
    return first17 + idCardCheckDigit(first17);
}

const char *randomSalesOwner(DemoRandom &rng)
{
    return rng.pick(SalesOwners);
}

std::string randomDealTitle(DemoRandom &rng, const District &district)
{
    const Product &product = rng.pick(Products);
    const std::string name = product.name;
    switch (rng.below(5)) {
    case 0:
        return name + "采购";
    case 1:
        return std::string(district.city) + "分公司" + name + "项目";
    case 2:
        return "2025年度" + name + "框架协议";
    case 3:
        return name + "续约";
    default:
        if (!product.unit)
            return name + "增补";
        return name + "扩容（" + std::to_string(rng.between(2, 60)) + product.unit + "）";
    }
}

// ---- companies ----

char creditCodeCheckChar(const std::string &first17)
{
    // Weights are 3^i mod 31 (GB 32100-2015).
    static const int weights[17]
        = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const char *p = std::strchr(CreditCodeChars, first17[size_t(i)]);
        sum += int(p ? p - CreditCodeChars : 0) * weights[i];
    }
    return CreditCodeChars[(31 - sum % 31) % 31];
}

Company randomCompany(DemoRandom &rng)
{
    const District &place = rng.pick(Districts);
    const Industry &industry = rng.pick(Industries);
    Company c;
    c.name = std::string(place.city) + rng.pick(CompanyWords) + industry.name
        + (rng.chance(120) ? "股份有限公司" : "有限公司");
    c.taxRate10k = industry.rate10k;

    // Organisation code (GB 11714): eight characters and a MOD 11 check character.
    static const int orgWeights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
    std::string org;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int v = rng.chance(850) ? int(rng.below(10)) : int(rng.between(10, 30));
        const char ch = CreditCodeChars[v];
        org += ch;
        // In GB 11714 a letter counts as its alphabet position + 9 (A = 10 ... Z = 35).
        const int value = ch <= '9' ? ch - '0' : ch - 'A' + 10;
        sum += value * orgWeights[i];
    }
    const int check = 11 - sum % 11;
    org += check == 10 ? 'X' : check == 11 ? '0' : char('0' + check);

    // "9" registered with the market regulator, "1" a company, then the division code.
    const std::string first17 = std::string("91") + place.areaCode + org;
    c.creditCode = first17 + creditCodeCheckChar(first17);
    return c;
}

} // namespace concord::demo
