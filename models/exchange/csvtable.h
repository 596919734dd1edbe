#pragma once

#include "models/exchange/importresult.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace cc::exchange {

// A CSV file read into text cells: RFC 4180 quoting (quoted fields may hold the
// delimiter, doubled quotes and line breaks), comma, semicolon or tab delimiter,
// UTF-8 with or without BOM, or GB18030/GBK as Chinese Excel saves "CSV".
struct CsvTable {
    QStringList headers;
    QVector<QStringList> rows; // data rows; blank lines are skipped
    QVector<int> rowNumbers;   // record number of each data row, the header being 1
    QChar delimiter;
    TextEncoding encoding = TextEncoding::Utf8; // the one actually used
    QString error;                              // translated; set when the file is refused
    bool ok() const { return error.isEmpty(); }
};

// Whether GB18030 text can be decoded here (Qt's QStringConverter has no GBK of
// its own; QStringDecoder reaches it through ICU, which Debian's Qt 6 links).
bool gb18030Available();

// UTF-16 and UTF-32 text recognised by its byte-order mark, or, for UTF-16
// without one, by the zero byte beside each ASCII character.
enum class WideText { None, Utf16LittleEndian, Utf16BigEndian, Utf32 };
WideText detectWideText(const QByteArray &bytes);
// The text of a UTF-16 file (BOM dropped), or a null string and `error` set
// (UTF-32, invalid UTF-16). `wide` from detectWideText(); None reads little-endian.
QString decodeWideText(const QByteArray &bytes, WideText wide, QString *error);

// Decodes `bytes`. Auto: UTF-16 with a byte-order mark as UTF-16 (`wholeFile`:
// also without one, by its zero bytes), valid UTF-8 (BOM or not) as UTF-8, else
// GB18030. On failure returns a null string and sets `error`.
QString decodeText(const QByteArray &bytes, TextEncoding encoding, TextEncoding *used,
                   QString *error, bool wholeFile = false);

// `delimiter` null: detected from the header line (the most frequent of comma,
// semicolon and tab outside quotes; comma on a tie).
CsvTable parseCsv(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto,
                  QChar delimiter = QChar());
// Refuses files larger than kMaxImportFileBytes before reading them.
CsvTable readCsvFile(const QString &path, TextEncoding encoding = TextEncoding::Auto,
                     QChar delimiter = QChar());

// UTF-8 with a BOM (so Chinese Excel opens it as UTF-8), CRLF line ends, fields
// quoted when they hold the delimiter, a quote or a line break.
QByteArray writeCsv(const QStringList &headers, const QVector<QStringList> &rows);

namespace detail {
// Decoding through a named legacy codec; a separate seam so the "codec not
// available" path can be tested on a system that has GB18030.
QString decodeLegacy(const QByteArray &bytes, const char *codecName, QString *error);
} // namespace detail

} // namespace cc::exchange
