#include "core/spreadsheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

namespace concord::sheet {

namespace {

constexpr qsizetype kCellMax = 32767; // Excel's limit on the text of one cell
constexpr int kMinWidth = 8;
constexpr int kMaxWidth = 60;

bool isWide(char16_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6) || QChar::isHighSurrogate(u); // outside the BMP: mostly CJK and emoji
}

} // namespace

// Display width in columns of the longest line of `text`: CJK and full-width characters take
// two. Stops counting at `stopAt`.
int displayWidth(QStringView text, int stopAt)
{
    int widest = 0;
    int line = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            widest = std::max(widest, line);
            line = 0;
        } else if (u >= 0x20 && !QChar::isLowSurrogate(u)) { // CR and other controls take no room
            line += isWide(u) ? 2 : 1;
            if (line >= stopAt)
                return stopAt;
        }
    }
    return std::max(widest, line);
}

bool replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    return QFile::exists(to) && QFile::remove(to) && QFile::rename(from, to);
}

bool isPlainNumber(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < n && s[i] >= u'0' && s[i] <= u'9')
            ++i;
        return i - from;
    };
    if (i < n && (s[i] == u'+' || s[i] == u'-'))
        ++i;
    qsizetype mantissa = digits();
    if (i < n && s[i] == u'.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return false;
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < n && (s[i] == u'+' || s[i] == u'-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == n;
}

bool needsFormulaGuard(QStringView s)
{
    if (s.isEmpty())
        return false;
    switch (s.front().unicode()) {
    case u'=': case u'+': case u'-': case u'@': case u'\t': case u'\r':
        return !isPlainNumber(s);
    default:
        return false;
    }
}

void SheetWriter::cell(lxw_row_t row, int col, QStringView text, lxw_format *format)
{
    if (text.isEmpty() || m_error != LXW_NO_ERROR)
        return;
    const bool cut = text.size() > kCellMax;
    if (cut) {
        qsizetype keep = kCellMax - 1;
        if (text.at(keep - 1).isHighSurrogate())
            --keep;
        text = text.first(keep);
    }
    if (m_widths[std::size_t(col)] < kMaxWidth)
        m_widths[std::size_t(col)] = std::max(m_widths[std::size_t(col)], displayWidth(text, kMaxWidth));
    const qsizetype need = m_utf8.requiredSpace(text.size()) + 4; // ellipsis and NUL
    if (m_buffer.size() < need)
        m_buffer.resize(need);
    char *end = m_utf8.appendToBuffer(m_buffer.data(), text);
    if (cut)
        end = m_utf8.appendToBuffer(end, u"\u2026");
    *end = '\0';
    const char *utf8 = protectLiteralEscapes(m_buffer.constData(), end - m_buffer.constData());
    m_error = worksheet_write_string(m_sheet, row, lxw_col_t(col), utf8, format);
}

void SheetWriter::fitColumns()
{
    for (int c = 0; c < int(m_widths.size()); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(m_widths[std::size_t(c)] + 2, kMinWidth, kMaxWidth),
                             nullptr);
}

// Excel reads "_xHHHH_" in a cell as the character U+HHHH (ST_Xstring); libxlsxwriter 1.1
// escapes control characters that way but leaves such text as it is, so the underscore of a
// literal one is escaped here ("_x005F_"), and the cell shows what the value holds.
const char *SheetWriter::protectLiteralEscapes(const char *text, qsizetype size)
{
    if (!std::memchr(text, '_', size_t(size)))
        return text;
    const auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    m_escaped.resize(0);
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == '_' && i + 6 < size && text[i + 1] == 'x' && hex(text[i + 2]) && hex(text[i + 3])
            && hex(text[i + 4]) && hex(text[i + 5]) && text[i + 6] == '_')
            m_escaped.append("_x005F", 6);
        m_escaped.append(text[i]);
    }
    return m_escaped.constData();
}

void CsvLines::line(const QStringView *cells, int count)
{
    for (int c = 0; c < count; ++c) {
        if (c > 0)
            bytes.append(',');
        cell(cells[c]);
    }
    bytes.append("\r\n", 2);
}

void CsvLines::cell(QStringView text)
{
    bool quote = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        bytes.append('"');
    if (needsFormulaGuard(text))
        bytes.append('\'');
    if (quote) {
        qsizetype from = 0;
        for (qsizetype q = text.indexOf(u'"'); q >= 0; q = text.indexOf(u'"', from)) {
            encode(text.sliced(from, q + 1 - from));
            bytes.append('"');
            from = q + 1;
        }
        encode(text.sliced(from));
        bytes.append('"');
    } else {
        encode(text);
    }
}

void CsvLines::encode(QStringView text)
{
    const qsizetype at = bytes.size();
    bytes.resize(at + m_utf8.requiredSpace(text.size()));
    char *end = m_utf8.appendToBuffer(bytes.data() + at, text);
    bytes.resize(end - bytes.constData());
}

namespace {

Error tableError(const QString &file, const QString &why)
{
    return makeError(ErrorCode::ExportFailed, QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(file), why));
}

} // namespace

Result<qint64> writeTable(const QString &file, const char *sheetName, const QStringList &headers,
                          const QList<QStringList> &rows)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const int columns = int(headers.size());
    if (suffix == QLatin1String("csv")) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return tableError(file, out.errorString());
        CsvLines csv;
        csv.bytes.append("\xEF\xBB\xBF", 3);
        std::vector<QStringView> cells(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c)
            cells[std::size_t(c)] = headers[c];
        csv.line(cells.data(), columns);
        for (const QStringList &row : rows) {
            for (int c = 0; c < columns; ++c)
                cells[std::size_t(c)] = c < row.size() ? QStringView(row[c]) : QStringView();
            csv.line(cells.data(), columns);
        }
        if (out.write(csv.bytes) != csv.bytes.size() || !out.commit())
            return tableError(file, out.errorString());
        return qint64(rows.size());
    }
    if (suffix != QLatin1String("xlsx"))
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("%1: export to a .xlsx or a .csv file").arg(QDir::toNativeSeparators(file)));
    if (rows.size() >= qsizetype(LXW_ROW_MAX))
        return tableError(file, QStringLiteral("%1 rows do not fit in one XLSX sheet; export to CSV").arg(rows.size()));
    const QString part = file + QStringLiteral(".part");
    {
        QFile probe(part);
        if (!probe.open(QIODevice::WriteOnly))
            return tableError(file, probe.errorString());
    }
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(part).constData(), &options);
    const auto abandon = [&](const QString &why) {
        if (book)
            lxw_workbook_free(book);
        QFile::remove(part);
        return tableError(file, why);
    };
    if (!book)
        return abandon(QStringLiteral("cannot start the workbook"));
    lxw_worksheet *ws = workbook_add_worksheet(book, sheetName);
    lxw_format *bold = workbook_add_format(book);
    if (!ws || !bold)
        return abandon(QStringLiteral("cannot create the sheet (temporary files?)"));
    format_set_bold(bold);
    SheetWriter writer(ws, columns);
    for (int c = 0; c < columns; ++c)
        writer.cell(0, c, headers[c], bold);
    lxw_row_t r = 1;
    for (const QStringList &row : rows) {
        for (int c = 0; c < columns && c < row.size(); ++c)
            writer.cell(r, c, row[c]);
        ++r;
    }
    if (writer.error() != LXW_NO_ERROR)
        return abandon(QString::fromUtf8(lxw_strerror(writer.error())));
    writer.fitColumns();
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, lxw_row_t(rows.size()), lxw_col_t(std::max(0, columns - 1)));
    const lxw_error closed = workbook_close(book);
    book = nullptr;
    if (closed != LXW_NO_ERROR)
        return abandon(QString::fromUtf8(lxw_strerror(closed)));
    if (!replaceFile(part, file))
        return abandon(QStringLiteral("cannot move %1 into place").arg(QDir::toNativeSeparators(part)));
    return qint64(rows.size());
}

} // namespace concord::sheet
