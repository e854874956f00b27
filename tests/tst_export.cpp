// The one-click export of a consistency check's discrepancies (engine/consistency/export.h):
// XLSX and CSV written from rows holding Chinese text, masked values, commas, quotes, line breaks,
// would-be formulas, negative numbers and nulls, then READ BACK — the XLSX with xlsx2csv and its
// sheet XML with unzip (both Debian packages, installed by installer/bootstrap.sh; the test fails
// without them), the CSV with the small RFC 4180 parser below. Runs in Asia/Shanghai time so the
// times and offsets written are known.

#include "consistency/export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <utility>

using namespace concord;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDateTime local(const char *text)
{
    return QDateTime::fromString(s(text), Qt::ISODate);
}

// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, CR, LF and doubled quotes;
// lines end in CRLF or LF.
QList<QStringList> parseCsv(QStringView text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted && c == u'"' && text.mid(i + 1, 1) == u"\"") {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (quoted || (c != u',' && c != u'\r' && c != u'\n')) {
            field += c;
        } else {
            row << std::exchange(field, QString());
            if (c == u'\r' && text.mid(i + 1, 1) == u"\n")
                ++i;
            if (c != u',')
                rows << std::exchange(row, QStringList());
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// What Excel shows for a cell's XML text: "_xHHHH_" is the character U+HHHH (xlsx2csv leaves it).
QString decodeXmlEscapes(QString text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).sliced(from, m.capturedStart() - from);
        out += QChar(char16_t(m.captured(1).toUInt(nullptr, 16)));
        from = m.capturedEnd();
    }
    return out + QStringView(text).sliced(from);
}

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok) // missing on a fresh machine: the comparisons that follow fail, nothing is skipped
        qWarning("%s %s failed (%s): %s — installer/bootstrap.sh deps installs it", qPrintable(program),
                 qPrintable(args.join(u' ')), qPrintable(p.errorString()), p.readAllStandardError().constData());
    return ok ? p.readAllStandardOutput() : QByteArray("FAILED");
}

// One sheet of an XLSX file as Excel would show its cells.
QList<QStringList> readSheet(const QString &file, const char *sheet)
{
    QList<QStringList> rows =
        parseCsv(QString::fromUtf8(run(QStringLiteral("xlsx2csv"), {QStringLiteral("-n"), s(sheet), file})));
    for (QStringList &row : rows)
        for (QString &cell : row)
            cell = decodeXmlEscapes(cell);
    return rows;
}

QByteArray unzip(const QString &file, const char *member)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), file, s(member)});
}

DiscrepancyRow discrepancy(DiscrepancyKind kind, const char *key, const char *status, const QDateTime &firstSeen,
                           const char *fields)
{
    DiscrepancyRow row;
    row.kind = kind;
    row.key = s(key);
    row.status = s(status);
    row.firstSeen = firstSeen;
    row.fields = s(fields).split(u' ');
    return row;
}

// The sample check: a mismatch on three fields, a missing and an extra record, and a mismatch on
// would-be formulas.
QList<DiscrepancyRow> sampleRows()
{
    DiscrepancyRow a = discrepancy(DiscrepancyKind::Mismatch, "1001", "open", local("2024-05-20T10:00:00"),
                                   "name phone amount note city");
    a.isNew = true;
    a.sourceValues = QStringList{s("张伟"), s("138****5678"), s("-12.50"), s("说 \"你好\", 然后离开"), s("北京")};
    a.targetValues = QStringList{s("张伟"), s("139****0000"), s("12.50"), QString(), s("北京")};
    a.sourceNull = {false, false, false, false, false};
    a.targetNull = {false, false, false, true, false};
    a.withheld = {false, true, false, false, false};
    a.differing = s("phone amount note").split(u' ');

    DiscrepancyRow b = discrepancy(DiscrepancyKind::Missing, "1002", "fixed",
                                   QDateTime(QDate(2024, 5, 21), QTime(2, 30), Qt::UTC), // 10:30 in Shanghai
                                   "name phone city remark");
    b.sourceValues = QStringList{s("王芳"), QString(), s("广州, 天河"), s("第一行\r\n第二行 sku_x0041_")};
    b.sourceNull = {false, true, false, false};
    b.note = QStringLiteral("TYPE_MISMATCH: amount is not a number");

    DiscrepancyRow c = discrepancy(DiscrepancyKind::Extra, "[7,\"A\"]", "repaired", local("2024-05-22T08:00:00"),
                                   "name phone");
    c.targetValues = QStringList{s("赵敏"), s("186****0001")};
    c.targetNull = {false, false};

    DiscrepancyRow d = discrepancy(DiscrepancyKind::Mismatch, "-5", "open", local("2024-05-22T08:00:00"),
                                   "f1 f2 f3 f4 f5 f6 f7");
    d.sourceValues = QStringList{s("=1+2"), s("+cmd|' /C calc'!A0"), s("-2+3"), s("@SUM(A1)"), s("\tx"), s("-42"), s("+5")};
    d.targetValues = QStringList{s("ok"), s("ok"), s("ok"), s("ok"), s("ok"), s("42"), s("5")};
    d.differing = d.fields;
    d.note = s("=HYPERLINK(\"http://evil\",\"点我\")");
    return {a, b, c, d};
}

// The lines the sample must give, in English; zh_CN swaps the kind and status words.
QList<QStringList> expectedLines(const QString &language)
{
    const bool zh = language == QLatin1String("zh_CN");
    const QString mismatch = zh ? s("字段不一致") : s("field mismatch");
    const QString missing = zh ? s("目标缺失") : s("missing in target");
    const QString extra = zh ? s("目标多余") : s("extra in target");
    const QString open = zh ? s("待处理") : s("open");
    const QString fixed = zh ? s("已解决") : s("fixed");
    const QString repaired = zh ? s("已修复") : s("repaired");
    const QString t1 = s("2024-05-20 10:00:00"), t2 = s("2024-05-21 10:30:00"), t3 = s("2024-05-22 08:00:00");
    const QString dNote = s("=HYPERLINK(\"http://evil\",\"点我\")");
    return {
        {s("1001"), mismatch, s("phone"), s("138****5678"), s("139****0000"), t1, open, {}},
        {s("1001"), mismatch, s("amount"), s("-12.50"), s("12.50"), t1, open, {}},
        {s("1001"), mismatch, s("note"), s("说 \"你好\", 然后离开"), {}, t1, open, {}},
        {s("1002"), missing, {}, s("name=王芳; phone=; city=广州, 天河; remark=第一行\r\n第二行 sku_x0041_"), {}, t2, fixed,
         s("TYPE_MISMATCH: amount is not a number")},
        {s("[7,\"A\"]"), extra, {}, {}, s("name=赵敏; phone=186****0001"), t3, repaired, {}},
        {s("-5"), mismatch, s("f1"), s("=1+2"), s("ok"), t3, open, dNote},
        {s("-5"), mismatch, s("f2"), s("+cmd|' /C calc'!A0"), s("ok"), t3, open, dNote},
        {s("-5"), mismatch, s("f3"), s("-2+3"), s("ok"), t3, open, dNote},
        {s("-5"), mismatch, s("f4"), s("@SUM(A1)"), s("ok"), t3, open, dNote},
        {s("-5"), mismatch, s("f5"), s("\tx"), s("ok"), t3, open, dNote},
        {s("-5"), mismatch, s("f6"), s("-42"), s("42"), t3, open, dNote},
        {s("-5"), mismatch, s("f7"), s("+5"), s("5"), t3, open, dNote},
    };
}

QStringList expectedColumns(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return {s("主键"), s("类型"), s("字段"), s("源值"), s("目标值"), s("首次发现"), s("状态"), s("备注")};
    return {s("Key"), s("Kind"), s("Field"), s("Source value"), s("Target value"), s("First seen"), s("Status"), s("Note")};
}

ExportHeader sampleHeader(const QString &language)
{
    ExportHeader h;
    h.run.pipeline = QStringLiteral("crm_to_wms");
    h.run.sourceDataset = QStringLiteral("crm.customers");
    h.run.targetDataset = QStringLiteral("wms.customers");
    h.run.startedAt = local("2024-05-22T08:00:00");
    h.run.finishedAt = QDateTime(QDate(2024, 5, 22), QTime(0, 0, 5), Qt::UTC);
    h.run.status = QStringLiteral("different");
    h.run.actor = QStringLiteral("alice");
    h.run.trigger = QStringLiteral("manual");
    h.run.mappingVersion = QStringLiteral("v3 (a1b2c3)");
    h.run.method = QStringLiteral("segments+merge");
    h.run.sourceRows = 1000;
    h.run.targetRows = 999;
    h.run.missing = 1;
    h.run.extra = 1;
    h.run.mismatched = 2;
    h.run.newCount = 3;
    h.run.stillOpen = 1;
    h.run.fixed = 4;
    h.sourceSystem = s("CRM 客户系统");
    h.targetSystem = QStringLiteral("wms");
    h.viewer = QStringLiteral("role sales_steward");
    h.exportedBy = s("王经理");
    h.exportedAt = QDateTime(QDate(2024, 5, 22), QTime(9, 15), Qt::UTC);
    h.language = language;
    return h;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The attributes of every element `name` in `xml`, in document order.
QList<QXmlStreamAttributes> elements(const QByteArray &xml, const char *name)
{
    QList<QXmlStreamAttributes> found;
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String(name))
            found << r.attributes();
    return found;
}

// styles.xml: whether each cell style (cellXfs, by index) uses a bold font.
QList<bool> styleIsBold(const QByteArray &styles)
{
    QList<bool> boldFonts;
    QList<int> xfFonts;
    QStringView section;
    QXmlStreamReader r(styles);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && (r.name() == QLatin1String("fonts") || r.name() == QLatin1String("cellXfs")))
            section = r.name() == QLatin1String("fonts") ? u"fonts" : u"cellXfs";
        else if (r.isStartElement() && section == u"fonts" && r.name() == QLatin1String("font"))
            boldFonts << false;
        else if (r.isStartElement() && section == u"fonts" && r.name() == QLatin1String("b"))
            boldFonts.last() = true;
        else if (r.isStartElement() && section == u"cellXfs" && r.name() == QLatin1String("xf"))
            xfFonts << r.attributes().value(QLatin1String("fontId")).toInt();
        else if (r.isEndElement() && (r.name() == QLatin1String("fonts") || r.name() == QLatin1String("cellXfs")))
            section = {};
    }
    QList<bool> bold;
    for (int font : xfFonts)
        bold << boldFonts.value(font, false);
    return bold;
}

// The text of cell `ref` (an inline string, as libxlsxwriter writes them in constant-memory mode).
QString cellText(const QByteArray &sheetXml, const char *ref)
{
    QXmlStreamReader r(sheetXml);
    bool inCell = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c"))
            inCell = r.attributes().value(QLatin1String("r")) == QLatin1String(ref);
        else if (inCell && r.isStartElement() && r.name() == QLatin1String("t"))
            return decodeXmlEscapes(r.readElementText());
    }
    return QStringLiteral("(no cell %1)").arg(s(ref));
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void xlsxDiscrepancies_data();
    void xlsxDiscrepancies();
    void xlsxSummary_data();
    void xlsxSummary();
    void xlsxLayout();
    void xlsxLongCellIsCut();
    void xlsxTooManyLinesFails();
    void csvDiscrepancies_data();
    void csvDiscrepancies();
    void csvFormulaGuard_data();
    void csvFormulaGuard();
    void emptyExport();
    void replacesAnEarlierExport();
    void unwritableFails_data();
    void unwritableFails();
    void unknownSuffix();

private:
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(local("2024-05-22T08:00:00").offsetFromUtc(), 8 * 3600); // main() set TZ
}

void TestExport::xlsxDiscrepancies_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestExport::xlsxDiscrepancies()
{
    QFETCH(QString, language);
    const QString file = m_dir.filePath(language + QStringLiteral(".XLSX")); // the suffix in any case
    const auto written = exportDiscrepancies(file, sampleHeader(language), sampleRows());
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QCOMPARE(*written, 12);
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

    // Every value as it was, CR and the literal "_x0041_" included: XLSX has no formula guard.
    const QList<QStringList> rows = readSheet(file, "Discrepancies");
    QCOMPARE(rows.value(0), expectedColumns(language));
    const QList<QStringList> expected = expectedLines(language);
    QCOMPARE(rows.size(), expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(rows.at(i + 1), expected.at(i));
}

void TestExport::xlsxSummary_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("words"); // result, trigger
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{s("Pipeline"), s("Source system"), s("Source dataset"), s("Target system"),
                                       s("Target dataset"), s("Check started"), s("Check finished"), s("Result"),
                                       s("Run by"), s("Trigger"), s("Exported by"), s("Exported at"), s("Viewed as"),
                                       s("Source rows"), s("Target rows"), s("Missing in target"), s("Extra in target"),
                                       s("Mismatched"), s("Total discrepancies"), s("New"), s("Still open"), s("Fixed"),
                                       s("Discrepancies in this file"), s("Method"), s("Mapping version")}
                        << QStringList{s("different"), s("manual")};
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringList{s("管道"), s("源系统"), s("源数据集"), s("目标系统"), s("目标数据集"),
                                          s("检查开始时间"), s("检查结束时间"), s("检查结果"), s("检查人"), s("触发方式"),
                                          s("导出人"), s("导出时间"), s("查看身份"), s("源记录数"), s("目标记录数"),
                                          s("目标缺失"), s("目标多余"), s("字段不一致"), s("差异总数"), s("新增"),
                                          s("仍未解决"), s("已解决"), s("本文件差异数"), s("比对方式"), s("映射版本")}
                           << QStringList{s("不一致"), s("手动")};
}

void TestExport::xlsxSummary()
{
    QFETCH(QString, language);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, words);
    const QString file = m_dir.filePath(QStringLiteral("summary-") + language + QStringLiteral(".xlsx"));
    QVERIFY(exportDiscrepancies(file, sampleHeader(language), sampleRows()).ok());

    const QStringList values{s("crm_to_wms"), s("CRM 客户系统"), s("crm.customers"), s("wms"), s("wms.customers"),
                             s("2024-05-22 08:00:00 +08:00"), s("2024-05-22 08:00:05 +08:00"), words.at(0),
                             s("alice"), words.at(1), s("王经理"), s("2024-05-22 17:15:00 +08:00"),
                             s("role sales_steward"), s("1000"), s("999"), s("1"), s("1"), s("2"), s("4"), s("3"),
                             s("1"), s("4"), s("4"), s("segments+merge"), s("v3 (a1b2c3)")};
    const QList<QStringList> rows = readSheet(file, "Summary");
    QCOMPARE(rows.size(), labels.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i), (QStringList{labels.at(i), values.at(i)}));
}

void TestExport::xlsxLayout()
{
    const QString file = m_dir.filePath(QStringLiteral("layout.xlsx"));
    QVERIFY(exportDiscrepancies(file, sampleHeader(QStringLiteral("zh_CN")), sampleRows()).ok());
    const QByteArray workbook = unzip(file, "xl/workbook.xml");
    const auto sheets = elements(workbook, "sheet");
    QCOMPARE(sheets.size(), 2);
    QCOMPARE(sheets.at(0).value(QLatin1String("name")), QLatin1String("Summary"));
    QCOMPARE(sheets.at(1).value(QLatin1String("name")), QLatin1String("Discrepancies"));

    const QByteArray sheet = unzip(file, "xl/worksheets/sheet2.xml");
    const auto panes = elements(sheet, "pane");
    QCOMPARE(panes.size(), 1);
    QCOMPARE(panes.at(0).value(QLatin1String("state")), QLatin1String("frozen"));
    QCOMPARE(panes.at(0).value(QLatin1String("ySplit")), QLatin1String("1"));
    QCOMPARE(panes.at(0).value(QLatin1String("topLeftCell")), QLatin1String("A2"));
    const auto filters = elements(sheet, "autoFilter");
    QCOMPARE(filters.size(), 1);
    QCOMPARE(filters.at(0).value(QLatin1String("ref")), QLatin1String("A1:H13"));

    // The header cells' style has a bold font; the data cells' does not.
    const QList<bool> boldStyles = styleIsBold(unzip(file, "xl/styles.xml"));
    const auto bold = [&](const QXmlStreamAttributes &cell) {
        return boldStyles.value(cell.value(QLatin1String("s")).toInt(), false); // no s: style 0
    };
    int headerCells = 0;
    for (const QXmlStreamAttributes &cell : elements(sheet, "c")) {
        const auto ref = cell.value(QLatin1String("r"));
        const bool header = ref.size() == 2 && ref.at(1) == u'1';
        QVERIFY2(bold(cell) == header, qPrintable(ref.toString()));
        headerCells += header;
    }
    QCOMPARE(headerCells, 8);

    // Widths fit the content, CJK counting double, within 8..60 (libxlsxwriter adds its padding).
    const auto cols = elements(sheet, "col");
    QCOMPARE(cols.size(), 8);
    QList<int> widths;
    for (const auto &col : cols)
        widths << int(col.value(QLatin1String("width")).toDouble());
    QCOMPARE(widths.at(0), 9);  // "[7,\"A\"]" is 7 wide, + 2
    QCOMPARE(widths.at(1), 12); // 字段不一致: 10
    QCOMPARE(widths.at(2), 8);  // "amount" + 2, raised to the minimum
    QCOMPARE(widths.at(3), 51); // the longest line of the missing record's joined fields: 49
    QCOMPARE(widths.at(5), 21); // "2024-05-20 10:00:00"
}

void TestExport::xlsxLongCellIsCut()
{
    DiscrepancyRow row;
    row.key = QStringLiteral("long");
    row.fields = QStringList{QStringLiteral("text"), QStringLiteral("emoji")};
    const QString text = s("长") + QString(40000, u'x');
    const QString emoji = QString(32765, u'y') + s("😀") + QString(10, u'z'); // the cut would split the pair
    row.sourceValues = QStringList{text, emoji};
    row.targetValues = QStringList{QString(), QString()};
    row.differing = row.fields;
    const QString file = m_dir.filePath(QStringLiteral("long.xlsx"));
    QVERIFY(exportDiscrepancies(file, sampleHeader(QStringLiteral("en")), {row}).ok());
    QCOMPARE(readSheet(file, "Discrepancies").size(), 3);
    // xlsx2csv 0.7.8 keeps only the last 8 KiB chunk of a long inline string: read the XML.
    const QByteArray sheet = unzip(file, "xl/worksheets/sheet2.xml");
    QCOMPARE(cellText(sheet, "D2"), text.left(32766) + s("…"));
    QCOMPARE(cellText(sheet, "D3"), QString(32765, u'y') + s("…"));
    const auto cols = elements(sheet, "col");
    QCOMPARE(int(cols.value(3).value(QLatin1String("width")).toDouble()), 60); // clamped

    const QString csv = m_dir.filePath(QStringLiteral("long.csv")); // CSV keeps everything
    QVERIFY(exportDiscrepancies(csv, sampleHeader(QStringLiteral("en")), {row}).ok());
    QCOMPARE(parseCsv(readAll(csv).mid(1)).at(2).at(3), emoji);
}

void TestExport::xlsxTooManyLinesFails()
{
    DiscrepancyRow row;
    row.key = QStringLiteral("1");
    row.differing = QStringList(1048576, QStringLiteral("f")); // one line per field: one too many
    const QString file = m_dir.filePath(QStringLiteral("big.xlsx"));
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier export");
    old.close();
    const auto r = exportDiscrepancies(file, sampleHeader(QStringLiteral("en")), {row});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::ExportFailed);
    QVERIFY2(r.error().message.contains(file) && r.error().message.contains(QLatin1String("1048576")),
             qPrintable(r.error().message));
    QCOMPARE(readAll(file), QStringLiteral("earlier export"));
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
}

void TestExport::csvDiscrepancies_data()
{
    xlsxDiscrepancies_data(); // en, zh_CN
}

void TestExport::csvDiscrepancies()
{
    QFETCH(QString, language);
    const QString file = m_dir.filePath(language + QStringLiteral(".csv"));
    const auto written = exportDiscrepancies(file, sampleHeader(language), sampleRows());
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QCOMPARE(*written, 12);

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    // Every line break outside a quoted field is CRLF.
    bool quoted = false;
    for (qsizetype i = 3; i < bytes.size(); ++i) {
        if (bytes.at(i) == '"')
            quoted = !quoted;
        else if (!quoted && bytes.at(i) == '\n')
            QVERIFY2(bytes.at(i - 1) == '\r', qPrintable(QString::number(i)));
        else if (!quoted && bytes.at(i) == '\r')
            QVERIFY(bytes.at(i + 1) == '\n');
    }
    QVERIFY(bytes.contains("\"name=王芳; phone=; city=广州, 天河; remark=第一行\r\n第二行 sku_x0041_\""));
    QVERIFY(bytes.contains(",\"说 \"\"你好\"\", 然后离开\","));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.value(0), expectedColumns(language));
    QList<QStringList> expected = expectedLines(language);
    // The formula guard, and nothing else, differs from the XLSX.
    for (QStringList &line : expected)
        for (QString &cell : line)
            if (cell.startsWith(u'=') || cell.startsWith(QLatin1String("+c")) || cell.startsWith(QLatin1String("-2"))
                || cell.startsWith(u'@') || cell.startsWith(u'\t'))
                cell.prepend(u'\'');
    QCOMPARE(rows.size(), expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(rows.at(i + 1), expected.at(i));
}

void TestExport::csvFormulaGuard_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << s("=1+2") << s("'=1+2");
    QTest::newRow("dde") << s("=cmd|' /C calc'!A0") << s("'=cmd|' /C calc'!A0");
    QTest::newRow("plus") << s("+1+1") << s("'+1+1");
    QTest::newRow("minus") << s("-A1") << s("'-A1");
    QTest::newRow("at") << s("@SUM(A1)") << s("'@SUM(A1)");
    QTest::newRow("tab") << s("\t=1") << s("'\t=1");
    QTest::newRow("cr") << s("\r=1") << s("\"'\r=1\"");
    QTest::newRow("negative") << s("-42") << s("-42");
    QTest::newRow("negative decimal") << s("-12.50") << s("-12.50");
    QTest::newRow("plus number") << s("+5") << s("+5");
    QTest::newRow("exponent") << s("-1.5e-3") << s("-1.5e-3");
    QTest::newRow("lone minus") << s("-") << s("'-");
    QTest::newRow("masked phone") << s("138****5678") << s("138****5678");
    QTest::newRow("equals inside") << s("a=b") << s("a=b");
    QTest::newRow("guard and quotes") << s("=\"x\",1") << s("\"'=\"\"x\"\",1\"");
    QTest::newRow("chinese") << s("=张伟") << s("'=张伟");
}

void TestExport::csvFormulaGuard()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    DiscrepancyRow row;
    row.kind = DiscrepancyKind::Mismatch;
    row.fields = QStringList{QStringLiteral("f")};
    row.sourceValues = QStringList{value};
    row.targetValues = QStringList{QString()};
    row.differing = row.fields;
    const QString file = m_dir.filePath(QStringLiteral("guard.csv"));
    QVERIFY(exportDiscrepancies(file, sampleHeader(QStringLiteral("en")), {row}).ok());
    const QString text = readAll(file);
    const QString line = text.mid(text.indexOf(QLatin1String("\r\n")) + 2);
    QCOMPARE(line, QStringLiteral(",field mismatch,f,") + cell + QStringLiteral(",,,,\r\n"));
}

void TestExport::emptyExport()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("empty.xlsx"));
    const auto x = exportDiscrepancies(xlsx, sampleHeader(QStringLiteral("en")), {});
    QVERIFY(x.ok());
    QCOMPARE(*x, 0);
    QCOMPARE(readSheet(xlsx, "Discrepancies"), (QList<QStringList>{expectedColumns(QStringLiteral("en"))}));
    QCOMPARE(elements(unzip(xlsx, "xl/worksheets/sheet2.xml"), "autoFilter").value(0).value(QLatin1String("ref")),
             QLatin1String("A1:H1"));

    const QString csv = m_dir.filePath(QStringLiteral("empty.csv"));
    const auto c = exportDiscrepancies(csv, sampleHeader(QStringLiteral("en")), {});
    QVERIFY(c.ok());
    QCOMPARE(*c, 0);
    QCOMPARE(readAll(csv), s("\uFEFFKey,Kind,Field,Source value,Target value,First seen,Status,Note\r\n"));
}

void TestExport::replacesAnEarlierExport()
{
    for (const char *name : {"again.xlsx", "again.csv"}) {
        const QString file = m_dir.filePath(s(name));
        QVERIFY(exportDiscrepancies(file, sampleHeader(QStringLiteral("en")), sampleRows()).ok());
        const qint64 size = QFileInfo(file).size();
        QVERIFY(exportDiscrepancies(file, sampleHeader(QStringLiteral("en")), sampleRows().mid(0, 1)).ok());
        QVERIFY2(QFileInfo(file).size() < size, name);
        QCOMPARE(QDir(m_dir.path()).entryList({s(name) + QStringLiteral("*")}, QDir::Files), QStringList{s(name)});
    }
}

void TestExport::unwritableFails_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral(".xlsx");
    QTest::newRow("csv") << QStringLiteral(".csv");
}

void TestExport::unwritableFails()
{
    QFETCH(QString, suffix);
    const QString aFile = m_dir.filePath(QStringLiteral("a-file"));
    QVERIFY(QFile(aFile).open(QIODevice::WriteOnly));
    QStringList targets{m_dir.filePath(QStringLiteral("no/such/folder/out") + suffix),
                        aFile + QStringLiteral("/out") + suffix};
    // A folder without write permission; root may write anyway, so only when it really is closed.
    const QString closed = m_dir.filePath(QStringLiteral("closed") + suffix.mid(1));
    QVERIFY(QDir().mkpath(closed));
    QVERIFY(QFile::setPermissions(closed, QFile::ReadOwner | QFile::ExeOwner));
    if (!QFile(closed + QStringLiteral("/probe")).open(QIODevice::WriteOnly))
        targets << closed + QStringLiteral("/out") + suffix;
    else
        qInfo("running as root: the read-only folder case is covered by the missing folder only");
    for (const QString &file : targets) {
        const auto r = exportDiscrepancies(file, sampleHeader(QStringLiteral("en")), sampleRows());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ExportFailed);
        QVERIFY2(r.error().message.contains(file), qPrintable(r.error().message));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    }
    QFile::setPermissions(closed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(QDir(closed).entryList(QDir::Files).filter(QStringLiteral("out")), QStringList());
}

void TestExport::unknownSuffix()
{
    for (const char *name : {"out.txt", "out", "out.xlsx.bak", "out.xls"}) {
        const QString file = m_dir.filePath(s(name));
        const auto r = exportDiscrepancies(file, sampleHeader(QStringLiteral("en")), sampleRows());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ConfigInvalid);
        QVERIFY(!QFile::exists(file));
    }
}

int main(int argc, char **argv)
{
    qputenv("TZ", "Asia/Shanghai"); // before anything reads the local time zone
    QCoreApplication app(argc, argv);
    TestExport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_export.moc"
