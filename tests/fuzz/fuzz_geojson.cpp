// libFuzzer target: the GeoJSON importer (models/exchange/geojsonimport.h).
// The first byte selects the layer (byte % 4: boundary, facilities,
// settlements, roads) and the datum ((byte / 4) % 2: WGS 84, GCJ-02); the rest
// is the file. What the importer accepts is applied to a small project as one
// undo step; the project must stay valid, and undo must restore it exactly.
#include "models/exchange/geojsonimport.h"
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
    const exchange::Layer layer = static_cast<exchange::Layer>(data[0] % 4);
    exchange::ImportOptions options;
    options.crs = (data[0] / 4) % 2 ? exchange::Crs::Gcj02 : exchange::Crs::Wgs84;
    options.acceptValidRows = (data[0] / 8) % 2;
    const QByteArray json(reinterpret_cast<const char *>(data + 1), static_cast<int>(size - 1));

    const exchange::ImportResult result = exchange::importGeoJson(json, layer, target, options);
    (void)result.report();
    if (!result.canApply())
        return 0;
    ProjectDocument doc;
    doc.reset(target, QString());
    const exchange::ApplyResult applied = exchange::applyImport(doc, result);
    fuzz::require(applied.ok || !applied.error.isEmpty(), "refusal without a message");
    fuzz::requireValid(doc.project(), "GeoJSON import let an invalid value through:");
    doc.undoStack()->undo();
    fuzz::require(doc.project() == target, "undo of the import did not restore the project");
    return 0;
}
