#pragma once
// Writing tables for people who open them in Excel or WPS (the consistency export, the audit
// export): XLSX through libxlsxwriter in constant-memory mode, every cell a string; CSV as UTF-8
// with a byte-order mark, CRLF and RFC 4180 quoting, with a guard against formula injection (a
// cell starting with =, +, -, @, tab or CR that is not a plain number gets a leading ').

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

#include <xlsxwriter.h>

#include <vector>

namespace concord::sheet {

// Display width in columns of the longest line of `text`: CJK and full-width characters take
// two. Stops counting at `stopAt`.
int displayWidth(QStringView text, int stopAt);
bool isPlainNumber(QStringView s);
bool needsFormulaGuard(QStringView s);
// rename(2) replaces the destination atomically; where the C library will not replace a file
// (Windows), the old one is removed first.
bool replaceFile(const QString &from, const QString &to);

// One worksheet written row by row (constant-memory mode: rows strictly in order), every cell a
// string (cut with "…" at Excel's 32,767 characters); remembers the widest text of each column
// to size the columns at the end.
class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *sheet, int columns) : m_sheet(sheet), m_widths(std::size_t(columns), 0) { }

    void cell(lxw_row_t row, int col, QStringView text, lxw_format *format = nullptr);
    void fitColumns();
    lxw_error error() const { return m_error; }

private:
    const char *protectLiteralEscapes(const char *text, qsizetype size);

    lxw_worksheet *m_sheet;
    std::vector<int> m_widths;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_buffer;
    QByteArray m_escaped;
    lxw_error m_error = LXW_NO_ERROR;
};

// RFC 4180 lines into a byte buffer: UTF-8, CRLF, fields quoted when they hold a comma, quote,
// CR or LF, quotes doubled; the formula guard.
class CsvLines
{
public:
    void line(const QStringView *cells, int count);
    QByteArray bytes;

private:
    void cell(QStringView text);
    void encode(QStringView text);

    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

// A header row and rows to `file`, XLSX (one sheet named `sheetName`, bold frozen header,
// autofilter) or CSV by its suffix; anything else is CONFIG_INVALID. EXPORT_FAILED naming the file
// when it cannot be written (no partial file is left). Returns the rows written.
Result<qint64> writeTable(const QString &file, const char *sheetName, const QStringList &headers,
                          const QList<QStringList> &rows);

} // namespace concord::sheet
