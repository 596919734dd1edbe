#pragma once

#include "models/exchange/csvtable.h"
#include "models/exchange/importresult.h"

#include <array>

namespace cc::exchange {

// The attributes a column of a table (CSV, a spreadsheet, the attribute table of
// a Shapefile, KML, GeoPackage or MapInfo layer) can supply. In tables without
// geometry, facilities and settlements are points given by a longitude and a
// latitude column.
enum class CsvField : int {
    Name,
    NameEn,
    Longitude,
    Latitude,
    Population,  // settlements
    Township,    // a township name
    Level,       // facilities: vc/thc/ch/city/province, 村卫生室/..., 0-4
    Kind,        // facilities: general/tcm/maternal_child
    Beds,        // facilities
    InAlliance,  // facilities
    SignedShare, // settlements
    Urban,       // settlements
    TownshipId,  // facilities, settlements: a township id of the project (GeoPackage layers)
    RoadClass,   // roads
    SpeedKmh,    // roads
    Adcode,      // boundary
};
constexpr int kCsvFieldCount = 16;

// Which column (0-based) supplies each field; -1 when none. Built by
// suggestMapping() and adjusted by the user in the import dialog.
struct CsvColumnMapping {
    std::array<int, kCsvFieldCount> columns;
    CsvColumnMapping() { columns.fill(-1); }
    int column(CsvField f) const { return columns[static_cast<int>(f)]; }
    void setColumn(CsvField f, int column) { columns[static_cast<int>(f)] = column; }
    bool isMapped(CsvField f) const { return column(f) >= 0; }
    friend bool operator==(const CsvColumnMapping &a, const CsvColumnMapping &b)
    {
        return a.columns == b.columns;
    }
};

QString csvFieldCode(CsvField field);     // "name", "lon", ...: the header the exporter writes
QString csvFieldLabel(CsvField field);    // translated, for the mapping dialog
QVector<CsvField> csvFields(Layer layer); // the CSV export's columns of a layer, in order
QVector<CsvField> requiredCsvFields(Layer layer); // those the CSV import needs mapped
// The fields a column can be mapped to when importing a layer, in dialog order,
// and those that must be mapped. A table with geometry (a Shapefile, KML,
// GeoPackage or MapInfo layer) gives positions itself: no longitude/latitude.
QVector<CsvField> mappableFields(Layer layer, bool hasGeometry);
QVector<CsvField> requiredFields(Layer layer, bool hasGeometry);

// Maps header texts, Chinese or English (名称/name, 经度/lon/longitude/lng,
// 纬度/lat/latitude, 人口/population, 乡镇/township, 级别/类型/level, 床位/beds,
// 道路等级/road_class/fclass, ...), to fields. Case, spaces, underscores and a
// trailing unit in brackets ("人口(人)", "经度（°）") are ignored; each column
// maps to at most one field. With a layer, only that layer's fields are
// considered (a roads table's "等级" is the road class, not a facility level).
CsvColumnMapping suggestMapping(const QStringList &headers);
CsvColumnMapping suggestMapping(const QStringList &headers, Layer layer, bool hasGeometry);

// Translated reason why the mapping cannot import the layer (a required field
// not mapped, a column out of range); empty when it can.
QString checkMapping(const CsvColumnMapping &mapping, Layer layer, int columnCount,
                     bool hasGeometry = false);

// Facilities or settlements from a parsed table with an explicit mapping.
// Problems are reported by row number (the header is row 1).
ImportResult importCsv(const CsvTable &table, const CsvColumnMapping &mapping, Layer layer,
                       const Project &target, const ImportOptions &options = {});
// Reads the file (options.encoding) and imports it with suggestMapping() of its header.
ImportResult importCsvFile(const QString &path, Layer layer, const Project &target,
                           const ImportOptions &options = {});

} // namespace cc::exchange
