#include "consistency/export.h"

#include "core/spreadsheet.h"

// What export.h promises, and how:
//  - XLSX in libxlsxwriter's constant-memory mode: rows go to a temporary file strictly in order,
//    column widths are set after the last row (they are written when the workbook closes). Cells
//    go through worksheet_write_string only. Literal "_xHHHH_" text gets its underscore escaped, as
//    Excel would otherwise decode it (libxlsxwriter already writes control characters, CR too, in
//    that form). The line count is checked against the sheet's limit before anything is written.
//  - Labels come from fixed English and Chinese tables chosen by ExportHeader::language rather than
//    tr(): the file's language is chosen per export, not by the process' translators.
//  - Text is converted to UTF-8 once per cell, into a reused buffer; no QString is made per cell
//    except the joined "field=value; ..." of a missing or extra record (also reused).

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringEncoder>
#include <QTimeZone>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace concord {

namespace {

using sheet::CsvLines;
using sheet::SheetWriter;
using sheet::replaceFile;

constexpr int kColumns = 8;
constexpr qint64 kMaxLines = LXW_ROW_MAX - 1;     // a sheet's rows under the header row
constexpr qsizetype kCsvFlushBytes = 1 << 20;

using Cells = std::array<QStringView, kColumns>;

// English and Chinese text of one label, UTF-8.
struct Text
{
    const char *en;
    const char *zh;
};

constexpr Text kColumnText[kColumns] = {{"Key", "主键"},          {"Kind", "类型"},
                                        {"Field", "字段"},        {"Source value", "源值"},
                                        {"Target value", "目标值"}, {"First seen", "首次发现"},
                                        {"Status", "状态"},       {"Note", "备注"}};
// By DiscrepancyKind.
constexpr Text kKindText[3] = {{"missing in target", "目标缺失"},
                               {"extra in target", "目标多余"},
                               {"field mismatch", "字段不一致"}};

// Stored words (discrepancy status, check status, trigger) and how each language shows them;
// a word not listed here is shown as it is.
struct Word
{
    const char *stored;
    Text shown;
};
constexpr Word kWords[] = {
    {"open", {"open", "待处理"}},
    {"fixed", {"fixed", "已解决"}},
    {"repaired", {"repaired", "已修复"}},
    {"running", {"running", "进行中"}},
    {"equal", {"consistent", "一致"}},
    {"different", {"different", "不一致"}},
    {"failed", {"failed", "失败"}},
    {"cancelled", {"cancelled", "已取消"}},
    {"manual", {"manual", "手动"}},
    {"schedule", {"scheduled", "定时"}},
    {"repair", {"re-check after a repair", "修复后复查"}},
};

class Labels
{
public:
    explicit Labels(const QString &language) : m_chinese(language.startsWith(QLatin1String("zh")))
    {
        for (int i = 0; i < kColumns; ++i)
            columns[size_t(i)] = text(kColumnText[i]);
        for (int i = 0; i < 3; ++i)
            kinds[size_t(i)] = text(kKindText[i]);
        for (const Word &w : kWords)
            m_words.append({QString::fromUtf8(w.stored), text(w.shown)});
    }

    QString text(const Text &t) const { return QString::fromUtf8(m_chinese ? t.zh : t.en); }
    QString text(const char *en, const char *zh) const { return text(Text{en, zh}); }

    QStringView word(const QString &stored) const
    {
        for (const auto &w : m_words)
            if (w.first == stored)
                return w.second;
        return stored;
    }

    std::array<QString, kColumns> columns;
    std::array<QString, 3> kinds;

private:
    bool m_chinese;
    QList<std::pair<QString, QString>> m_words;
};

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

// "2024-05-20 10:00:00 +08:00": local time with its offset from UTC.
QString localTimeWithOffset(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return localTime(local) + QLatin1Char(' ') + QLatin1Char(offset < 0 ? '-' : '+')
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QStringView valueAt(const QStringList &values, const QList<bool> &nulls, qsizetype i)
{
    if (i < 0 || i >= values.size() || (i < nulls.size() && nulls.at(i)))
        return {};
    return values.at(i);
}

// Whether two times hold the same date and time in the same spec, found without a time-zone
// lookup: toMSecsSinceEpoch() or == of a local time calls mktime(), which reads the zone file.
bool sameStoredTime(const QDateTime &a, const QDateTime &b)
{
    return a.timeSpec() == b.timeSpec() && a.date() == b.date() && a.time() == b.time()
        && (a.timeSpec() != Qt::OffsetFromUTC || a.offsetFromUtc() == b.offsetFromUtc())
        && (a.timeSpec() != Qt::TimeZone || a.timeZone() == b.timeZone());
}

qint64 lineCount(const DiscrepancyRow &row)
{
    return row.kind == DiscrepancyKind::Mismatch && !row.differing.isEmpty() ? row.differing.size() : 1;
}

// Turns discrepancies into the lines of the Discrepancies sheet: one per differing field of a
// mismatch, one per missing or extra record with its fields joined as "field=value; ...".
class LineMaker
{
public:
    explicit LineMaker(const Labels &labels) : m_labels(labels) { }

    template<typename Sink>
    void lines(const DiscrepancyRow &row, Sink &&sink)
    {
        if (!m_haveFirstSeen || !sameStoredTime(row.firstSeen, m_firstSeenAt)) { // one check's rows share it
            m_firstSeen = localTime(row.firstSeen);
            m_firstSeenAt = row.firstSeen;
            m_haveFirstSeen = true;
        }
        Cells cells{row.key, m_labels.kinds[size_t(row.kind)], {}, {}, {}, m_firstSeen,
                    m_labels.word(row.status), row.note};
        switch (row.kind) {
        case DiscrepancyKind::Missing:
            cells[3] = join(row, row.sourceValues, row.sourceNull, m_source);
            break;
        case DiscrepancyKind::Extra:
            cells[4] = join(row, row.targetValues, row.targetNull, m_target);
            break;
        case DiscrepancyKind::Mismatch:
            if (row.differing.isEmpty()) { // nothing named: show both records whole
                cells[3] = join(row, row.sourceValues, row.sourceNull, m_source);
                cells[4] = join(row, row.targetValues, row.targetNull, m_target);
                break;
            }
            for (const QString &field : row.differing) {
                const qsizetype i = row.fields.indexOf(field);
                cells[2] = field;
                cells[3] = valueAt(row.sourceValues, row.sourceNull, i);
                cells[4] = valueAt(row.targetValues, row.targetNull, i);
                sink(cells);
            }
            return;
        }
        sink(cells);
    }

private:
    static QStringView join(const DiscrepancyRow &row, const QStringList &values, const QList<bool> &nulls,
                            QString &out)
    {
        out.resize(0);
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            if (i > 0)
                out.append(QLatin1String("; "));
            out.append(row.fields.at(i));
            out.append(QLatin1Char('='));
            out.append(valueAt(values, nulls, i));
        }
        return out;
    }

    const Labels &m_labels;
    QString m_firstSeen;
    QDateTime m_firstSeenAt;
    bool m_haveFirstSeen = false;
    QString m_source;
    QString m_target;
};

Error exportError(const QString &file, const QString &why)
{
    return makeError(ErrorCode::ExportFailed, QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(file), why));
}

QList<std::pair<QString, QString>> summaryLines(const ExportHeader &h, const Labels &l, qsizetype exported)
{
    const ConsistencyRun &r = h.run;
    const auto n = [](qint64 v) { return QString::number(v); };
    return {
        {l.text("Pipeline", "管道"), r.pipeline},
        {l.text("Source system", "源系统"), h.sourceSystem},
        {l.text("Source dataset", "源数据集"), r.sourceDataset},
        {l.text("Target system", "目标系统"), h.targetSystem},
        {l.text("Target dataset", "目标数据集"), r.targetDataset},
        {l.text("Check started", "检查开始时间"), localTimeWithOffset(r.startedAt)},
        {l.text("Check finished", "检查结束时间"), localTimeWithOffset(r.finishedAt)},
        {l.text("Result", "检查结果"), l.word(r.status).toString()},
        {l.text("Run by", "检查人"), r.actor},
        {l.text("Trigger", "触发方式"), l.word(r.trigger).toString()},
        {l.text("Exported by", "导出人"), h.exportedBy},
        {l.text("Exported at", "导出时间"), localTimeWithOffset(h.exportedAt)},
        {l.text("Viewed as", "查看身份"), h.viewer},
        {l.text("Source rows", "源记录数"), n(r.sourceRows)},
        {l.text("Target rows", "目标记录数"), n(r.targetRows)},
        {l.text("Missing in target", "目标缺失"), n(r.missing)},
        {l.text("Extra in target", "目标多余"), n(r.extra)},
        {l.text("Mismatched", "字段不一致"), n(r.mismatched)},
        {l.text("Total discrepancies", "差异总数"), n(r.discrepancies())},
        {l.text("New", "新增"), n(r.newCount)},
        {l.text("Still open", "仍未解决"), n(r.stillOpen)},
        {l.text("Fixed", "已解决"), n(r.fixed)},
        {l.text("Discrepancies in this file", "本文件差异数"), n(exported)},
        {l.text("Method", "比对方式"), r.method},
        {l.text("Mapping version", "映射版本"), r.mappingVersion},
    };
}

} // namespace

Result<qint64> exportDiscrepancies(const QString &file, const ExportHeader &header, const QList<DiscrepancyRow> &rows)
{
    if (file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeDiscrepancyXlsx(file, header, rows);
    if (file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return writeDiscrepancyCsv(file, header, rows);
    return makeError(ErrorCode::ConfigInvalid,
                     QStringLiteral("cannot export to %1: the file must end in .xlsx or .csv").arg(QDir::toNativeSeparators(file)));
}

Result<qint64> writeDiscrepancyXlsx(const QString &file, const ExportHeader &header, const QList<DiscrepancyRow> &rows)
{
    qint64 lines = 0;
    for (const DiscrepancyRow &row : rows)
        lines += lineCount(row);
    if (lines > kMaxLines)
        return exportError(file, QStringLiteral("%1 discrepancy lines do not fit in one XLSX sheet (at most %2); "
                                                "export to CSV or narrow the selection")
                                     .arg(lines)
                                     .arg(kMaxLines));

    // libxlsxwriter opens the file only when it closes the workbook: find out now, before the work.
    const QString part = file + QStringLiteral(".part");
    {
        QFile probe(part);
        if (!probe.open(QIODevice::WriteOnly))
            return exportError(file, probe.errorString());
    }
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(part).constData(), &options);
    const auto abandon = [&](const QString &why) {
        if (book)
            lxw_workbook_free(book);
        QFile::remove(part);
        return exportError(file, why);
    };
    if (!book)
        return abandon(QStringLiteral("cannot start the workbook"));
    lxw_worksheet *summary = workbook_add_worksheet(book, "Summary");
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Discrepancies");
    lxw_format *bold = workbook_add_format(book);
    if (!summary || !sheet || !bold)
        return abandon(QStringLiteral("cannot create the sheets (temporary files?)"));
    format_set_bold(bold);

    const Labels labels(header.language);
    SheetWriter summaryWriter(summary, 2);
    lxw_row_t r = 0;
    for (const auto &[label, value] : summaryLines(header, labels, rows.size())) {
        summaryWriter.cell(r, 0, label, bold);
        summaryWriter.cell(r, 1, value);
        ++r;
    }
    summaryWriter.fitColumns();

    SheetWriter writer(sheet, kColumns);
    for (int c = 0; c < kColumns; ++c)
        writer.cell(0, c, labels.columns[size_t(c)], bold);
    r = 1;
    LineMaker maker(labels);
    for (const DiscrepancyRow &row : rows) {
        maker.lines(row, [&](const Cells &cells) {
            for (int c = 0; c < kColumns; ++c)
                writer.cell(r, c, cells[size_t(c)]);
            ++r;
        });
        if (writer.error() != LXW_NO_ERROR)
            break;
    }
    if (const lxw_error e = writer.error() != LXW_NO_ERROR ? writer.error() : summaryWriter.error(); e != LXW_NO_ERROR)
        return abandon(QString::fromUtf8(lxw_strerror(e)));
    writer.fitColumns();
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(lines), kColumns - 1);

    const lxw_error closed = workbook_close(book); // frees the workbook whatever happens
    book = nullptr;
    if (closed != LXW_NO_ERROR)
        return abandon(QString::fromUtf8(lxw_strerror(closed)));
    if (!replaceFile(part, file))
        return abandon(QStringLiteral("cannot move %1 into place").arg(QDir::toNativeSeparators(part)));
    return lines;
}

Result<qint64> writeDiscrepancyCsv(const QString &file, const ExportHeader &header, const QList<DiscrepancyRow> &rows)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return exportError(file, out.errorString());
    const Labels labels(header.language);
    CsvLines csv;
    csv.bytes.reserve(kCsvFlushBytes + (kCsvFlushBytes >> 1));
    csv.bytes.append("\xEF\xBB\xBF", 3);
    Cells head;
    for (int c = 0; c < kColumns; ++c)
        head[size_t(c)] = labels.columns[size_t(c)];
    csv.line(head.data(), kColumns);

    qint64 lines = 0;
    bool written = true;
    LineMaker maker(labels);
    for (const DiscrepancyRow &row : rows) {
        maker.lines(row, [&](const Cells &cells) {
            csv.line(cells.data(), kColumns);
            ++lines;
        });
        if (csv.bytes.size() >= kCsvFlushBytes) {
            written = out.write(csv.bytes) == csv.bytes.size();
            csv.bytes.resize(0);
            if (!written)
                break;
        }
    }
    if (written)
        written = out.write(csv.bytes) == csv.bytes.size();
    if (!written || !out.commit())
        return exportError(file, out.errorString()); // QSaveFile discards its temporary file
    return lines;
}

} // namespace concord
