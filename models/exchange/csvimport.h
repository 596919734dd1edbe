#pragma once

#include "models/exchange/csvtable.h"
#include "models/exchange/importresult.h"

#include <array>

namespace cc::exchange {

// The attributes a CSV column can supply. Facilities and settlements are points
// given by a longitude and a latitude column.
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
};
constexpr int kCsvFieldCount = 12;

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
QVector<CsvField> csvFields(Layer layer); // the fields that apply to a layer, in order
QVector<CsvField> requiredCsvFields(Layer layer); // those that must be mapped

// Maps header texts, Chinese or English (名称/name, 经度/lon/longitude/lng,
// 纬度/lat/latitude, 人口/population, 乡镇/township, 级别/类型/level, 床位/beds, ...),
// to fields. Case, spaces, underscores and a trailing unit in brackets
// ("人口(人)", "经度（°）") are ignored; each column maps to at most one field.
CsvColumnMapping suggestMapping(const QStringList &headers);

// Translated reason why the mapping cannot import the layer (a required field
// not mapped, a column out of range); empty when it can.
QString checkMapping(const CsvColumnMapping &mapping, Layer layer, int columnCount);

// Facilities or settlements from a parsed table with an explicit mapping.
// Problems are reported by row number (the header is row 1).
ImportResult importCsv(const CsvTable &table, const CsvColumnMapping &mapping, Layer layer,
                       const Project &target, const ImportOptions &options = {});
// Reads the file (options.encoding) and imports it with suggestMapping() of its header.
ImportResult importCsvFile(const QString &path, Layer layer, const Project &target,
                           const ImportOptions &options = {});

} // namespace cc::exchange
