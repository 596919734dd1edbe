#include "models/exchange/csvtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace cc::exchange {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};

constexpr int kMaxColumns = 1000;

QChar detectDelimiter(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool isBlank(const QStringList &record)
{
    for (const QString &f : record)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

namespace detail {
QString decodeLegacy(const QByteArray &bytes, const char *codecName, QString *error)
{
    QStringDecoder decoder(codecName);
    if (!decoder.isValid()) {
        *error = ExchangeText::tr(
                     "The file is not UTF-8, and this build cannot read %1 (GBK) text. Save the "
                     "file as \"CSV UTF-8\" and import it again.")
                     .arg(QLatin1String(codecName));
        return {};
    }
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = ExchangeText::tr("The file is neither UTF-8 nor %1 (GBK) text.")
                     .arg(QLatin1String(codecName));
        return {};
    }
    return text;
}
} // namespace detail

bool gb18030Available()
{
    return QStringDecoder("GB18030").isValid();
}

WideText detectWideText(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return WideText::Utf32;
    if (bytes.startsWith("\xFF\xFE"))
        return WideText::Utf16LittleEndian;
    if (bytes.startsWith("\xFE\xFF"))
        return WideText::Utf16BigEndian;
    // Without a mark: ASCII letters, digits and punctuation (headers, numbers,
    // delimiters) each come with a zero byte, which UTF-8 and GBK text never has.
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 1024) / 2;
    if (pairs < 2)
        return WideText::None;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += bytes.at(2 * i) == '\0';
        oddZeros += bytes.at(2 * i + 1) == '\0';
    }
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs)
        return WideText::Utf16LittleEndian;
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs)
        return WideText::Utf16BigEndian;
    return WideText::None;
}

QString decodeWideText(const QByteArray &bytes, WideText wide, QString *error)
{
    if (wide == WideText::Utf32) {
        *error =
            ExchangeText::tr("The file is UTF-32 text, which CountyCare does not read. Save it "
                             "as \"CSV UTF-8\" and import it again.");
        return {};
    }
    QStringDecoder decoder(wide == WideText::Utf16BigEndian ? QStringDecoder::Utf16BE
                                                            : QStringDecoder::Utf16LE,
                           QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes); // drops the byte-order mark
    if (decoder.hasError()) {
        *error = ExchangeText::tr("The file looks like UTF-16 text but is not valid UTF-16.");
        return {};
    }
    return text;
}

QString decodeText(const QByteArray &bytes, TextEncoding encoding, TextEncoding *used,
                   QString *error, bool wholeFile)
{
    WideText wide = detectWideText(bytes);
    // Without a byte-order mark only a whole text file is judged by its zero
    // bytes (NUL-joined attribute strings have them too).
    if (!wholeFile && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF") &&
        !bytes.startsWith(QByteArray("\0\0\xFE\xFF", 4)))
        wide = WideText::None;
    if (encoding == TextEncoding::Utf16 ||
        (encoding == TextEncoding::Auto && wide != WideText::None)) {
        *used = TextEncoding::Utf16;
        return decodeWideText(bytes, wide, error);
    }
    if (wide != WideText::None) {
        *error = wide == WideText::Utf32
                     ? ExchangeText::tr("The file is UTF-32 text, which CountyCare does not read. "
                                        "Save it as \"CSV UTF-8\" and import it again.")
                     : ExchangeText::tr("The file is UTF-16 text (what Excel saves as \"Unicode "
                                        "Text\"), not %1. Choose automatic detection, or save it "
                                        "as \"CSV UTF-8\".")
                           .arg(encoding == TextEncoding::Utf8 ? QStringLiteral("UTF-8")
                                                               : QStringLiteral("GBK"));
        return {};
    }
    if (encoding != TextEncoding::Gb18030) {
        // Strips an initial BOM; stateless, so a sequence cut off at the end is an error.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (!utf8.hasError()) {
            *used = TextEncoding::Utf8;
            return text;
        }
        if (encoding == TextEncoding::Utf8) {
            *error = ExchangeText::tr("The file is not valid UTF-8 text; try the GBK encoding.");
            return {};
        }
    }
    *used = TextEncoding::Gb18030;
    return detail::decodeLegacy(bytes, "GB18030", error);
}

CsvTable parseCsv(const QByteArray &bytes, TextEncoding encoding, QChar delimiter)
{
    CsvTable table;
    if (bytes.size() > kMaxImportFileBytes) {
        table.error =
            ExchangeText::tr("The file is larger than %1 MB.").arg(kMaxImportFileBytes >> 20);
        return table;
    }
    QString text = decodeText(bytes, encoding, &table.encoding, &table.error, true);
    if (!table.error.isEmpty())
        return table;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    table.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;

    const QChar quote = QLatin1Char('"');
    QStringList record;
    QString field;
    bool inQuotes = false;
    int recordNumber = 1;
    int quoteStartRecord = 0;
    auto endRecord = [&]() -> bool {
        record << field;
        field.clear();
        if (recordNumber == 1) {
            for (QString &h : record)
                h = h.trimmed();
            table.headers = record;
        } else if (!isBlank(record)) {
            if (table.rows.size() >= kMaxImportItems) {
                table.error =
                    ExchangeText::tr("The file has more than %1 rows.").arg(kMaxImportItems);
                return false;
            }
            table.rows.push_back(record);
            table.rowNumbers.push_back(recordNumber);
        }
        record.clear();
        ++recordNumber;
        return true;
    };
    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != quote) {
                field += c;
            } else if (i + 1 < n && text.at(i + 1) == quote) {
                field += quote;
                ++i;
            } else {
                inQuotes = false;
            }
            continue;
        }
        if (c == quote && field.isEmpty()) {
            inQuotes = true;
            quoteStartRecord = recordNumber;
        } else if (c == table.delimiter) {
            record << field;
            field.clear();
            if (record.size() >= kMaxColumns) {
                table.error = ExchangeText::tr("Row %1 has more than %2 columns.")
                                  .arg(recordNumber)
                                  .arg(kMaxColumns);
                return table;
            }
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRecord())
                return table;
        } else {
            field += c; // a quote inside an unquoted field is kept, as spreadsheets do
        }
    }
    if (inQuotes) {
        table.error =
            ExchangeText::tr("Row %1: a quoted field is not closed before the end of the file.")
                .arg(quoteStartRecord);
        return table;
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (table.headers.isEmpty() || isBlank(table.headers))
        table.error = ExchangeText::tr("The file has no header row.");
    return table;
}

CsvTable readCsvFile(const QString &path, TextEncoding encoding, QChar delimiter)
{
    CsvTable table;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists())
        table.error = ExchangeText::tr("The file %1 does not exist.").arg(path);
    else if (info.size() > kMaxImportFileBytes)
        table.error = ExchangeText::tr("The file %1 is larger than %2 MB.")
                          .arg(path)
                          .arg(kMaxImportFileBytes >> 20);
    else if (!file.open(QIODevice::ReadOnly))
        table.error = ExchangeText::tr("Cannot read %1: %2").arg(path, file.errorString());
    if (!table.error.isEmpty())
        return table;
    return parseCsv(file.readAll(), encoding, delimiter);
}

QByteArray writeCsv(const QStringList &headers, const QVector<QStringList> &rows)
{
    auto cell = [](const QString &v) {
        if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) &&
            !v.contains(QLatin1Char('\n')) && !v.contains(QLatin1Char('\r')) &&
            !v.contains(QLatin1Char(';')) && !v.contains(QLatin1Char('\t')))
            return v;
        QString q = v;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    QString text;
    auto line = [&](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += cell(fields[i]);
        }
        text += QLatin1String("\r\n");
    };
    line(headers);
    for (const QStringList &r : rows)
        line(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace cc::exchange
