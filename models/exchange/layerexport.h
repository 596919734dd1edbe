#pragma once

#include "models/exchange/importresult.h"

#include <QByteArray>

namespace cc::exchange {

enum class ExportFormat { GeoJson, Csv };

// GeoJSON speaks the project file's language: each feature's "id" is the
// entity id (the layer's fid) and its properties are the attribute columns of
// the GeoPackage layer, with the stored values (township_id, road_class, level
// and kind as numbers). CSV speaks spreadsheet: our codes for levels and kinds,
// township names instead of ids. Coordinates are WGS 84. Exporting and
// importing into the same project gives the same items (capabilities and ids
// stay in the project file only); CSV also into another project.

// A FeatureCollection in WGS 84 (RFC 7946). Boundary rings are written closed.
QByteArray exportGeoJson(const Project &project, Layer layer);
// Facilities or settlements as CSV, UTF-8 with BOM so Chinese Excel opens it;
// empty for the line and polygon layers (use GeoJSON).
QByteArray exportCsv(const Project &project, Layer layer);

bool canExport(Layer layer, ExportFormat format);
QString exportFormatCode(ExportFormat format); // "geojson", "csv"
std::optional<ExportFormat> exportFormatFromCode(const QString &code);

struct ExportResult {
    bool ok = false;
    QString error; // translated
    int count = 0; // items written
};
// Writes through QSaveFile: an existing file is replaced only when all is written.
ExportResult exportLayerToFile(const Project &project, Layer layer, ExportFormat format,
                               const QString &path);

} // namespace cc::exchange
