#pragma once

#include "models/exchange/coordinatetransform.h"
#include "models/exchange/csvimport.h"
#include "models/exchange/csvtable.h"
#include "models/exchange/importresult.h"

#include <QStringList>
#include <QVector>
#include <optional>

namespace cc::exchange {

// A position as the file has it, in the file's own coordinates (degrees or
// projected metres); turned into WGS 84 only when imported, so the user can
// change the coordinate system without reading the file again.
struct SourcePoint {
    double x = 0;
    double y = 0;
};

// The geometry of one feature of a file.
struct SourceGeometry {
    enum class Type { None, Point, Line, Polygon, Unsupported };
    Type type = Type::None;
    QString typeName; // OGR's name, for messages ("MultiPoint", "GeometryCollection")
    // Point: one part holding the point(s) (a MultiPoint holds several).
    // Line: one part per line string. Polygon: every ring of every polygon.
    QVector<QVector<SourcePoint>> parts;
    // Polygon: how many of `parts` each polygon has, its exterior ring first.
    QVector<int> ringsPerPolygon;
};

// One layer (or sheet) of a file, read for import: its attributes as a table of
// text cells, the geometry of each feature, and what the file says about
// itself. CSV files and spreadsheets have no geometry: their positions come
// from longitude/latitude columns.
struct SourceLayer {
    CsvTable table; // headers = attribute names; a row per feature; error when unreadable
    bool hasGeometry = false;
    QVector<SourceGeometry> geometries; // parallel to table.rows when hasGeometry
    // Problems are numbered by feature (1-based) for GIS layers, by the row a
    // spreadsheet shows (header row 1) for CSV files and sheets.
    ImportProblem::Where numbering = ImportProblem::Where::Row;
    QString format;         // "ESRI Shapefile", "KML", "GeoPackage", "XLSX", "CSV"
    QStringList layerNames; // every layer or sheet of the file
    QString layerName;      // the one read
    std::optional<CoordinateTransform> declaredCrs; // what the file says, when it says
    QString encodingSource; // translated: where the text encoding came from ("from the .cpg file")
    bool ok() const { return table.ok(); }
};

// True for the files readSourceFile() reads through GDAL/OGR: Shapefile (.shp,
// .dbf), KML/KMZ, GeoPackage (.gpkg), MapInfo (.tab, .mif), spreadsheets
// (.xlsx, .ods). CSV and GeoJSON keep their own readers.
bool isOgrFile(const QString &path);
bool isCsvFile(const QString &path);     // .csv, .tsv, .txt
bool isGeoJsonFile(const QString &path); // .geojson, .json

// Reads one layer of a file: `options.sourceLayer` names it (empty: the first
// layer that has features), `options.encoding` decodes Shapefile and MapInfo
// text when the file does not declare its encoding (a .cpg) or when the user
// chose one. CSV files go through parseCsv(). Refuses files larger than
// kMaxImportFileBytes, with more than kMaxImportItems features or
// kMaxImportCoordinates positions; an unreadable file gives table.error.
SourceLayer readSourceFile(const QString &path, const ImportOptions &options);

// Imports facilities, settlements, roads or the boundary from a layer read by
// readSourceFile() with an explicit mapping of its columns. Problems are listed
// per feature or row; positions go through the options' coordinate system, or
// the file's own when the options say Crs::Auto.
ImportResult importSource(const SourceLayer &source, const CsvColumnMapping &mapping, Layer layer,
                          const Project &target, const ImportOptions &options = {});

// readSourceFile() then importSource() with suggestMapping() of the layer's
// attribute names.
ImportResult importSourceFile(const QString &path, Layer layer, const Project &target,
                              const ImportOptions &options = {});

} // namespace cc::exchange
