// libFuzzer target: the CSV reader and importer (models/exchange/csvtable.h,
// csvimport.h) in every encoding. The first byte selects the encoding
// (byte % 4: UTF-8, UTF-8 with a BOM put in front, GB18030/GBK, automatic
// detection) and the layer ((byte / 4) % 2: facilities, settlements); the rest
// is the file. Accepted rows are applied to a small project as one undo step;
// the project must stay valid, and undo must restore it exactly.
#include "models/exchange/csvimport.h"
#include "tests/fuzz/fuzzsupport.h"
#include "tests/testproject.h"

#include <cstddef>
#include <cstdint>

using namespace cc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const Project target = test::smallProject();
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<int>(size - 1));
    exchange::TextEncoding encoding = exchange::TextEncoding::Auto;
    switch (data[0] % 4) {
    case 0:
        encoding = exchange::TextEncoding::Utf8;
        break;
    case 1:
        bytes.prepend("\xEF\xBB\xBF");
        break;
    case 2:
        encoding = exchange::TextEncoding::Gb18030;
        break;
    default:
        break;
    }
    const exchange::Layer layer =
        (data[0] / 4) % 2 ? exchange::Layer::Settlements : exchange::Layer::Facilities;
    exchange::ImportOptions options;
    options.encoding = encoding;
    options.acceptValidRows = (data[0] / 8) % 2;

    const exchange::CsvTable table = exchange::parseCsv(bytes, encoding);
    if (!table.ok())
        return 0;
    const exchange::CsvColumnMapping mapping = exchange::suggestMapping(table.headers);
    const exchange::ImportResult result =
        exchange::importCsv(table, mapping, layer, target, options);
    (void)result.report();
    if (!result.canApply())
        return 0;
    ProjectDocument doc;
    doc.reset(target, QString());
    const exchange::ApplyResult applied = exchange::applyImport(doc, result);
    fuzz::require(applied.ok || !applied.error.isEmpty(), "refusal without a message");
    fuzz::requireValid(doc.project(), "CSV import let an invalid value through:");
    doc.undoStack()->undo();
    fuzz::require(doc.project() == target, "undo of the import did not restore the project");
    return 0;
}
