#pragma once

#include "models/domain/project.h"

#include <QString>
#include <QVector>
#include <optional>

namespace cc {
class ProjectDocument;
}

namespace cc::exchange {

// The map layers that can be imported and exported.
enum class Layer { Boundary, Facilities, Settlements, Roads };

// The coordinate system of a file's coordinates; the project stores WGS 84 only.
// - Auto: what the file declares (a Shapefile's .prj, a GeoPackage layer's srs,
//   KML's WGS 84, a GeoJSON "crs" member), WGS 84 when it declares nothing.
// - Wgs84: GPS, OpenStreetMap, survey data in degrees.
// - Gcj02, Bd09: the obfuscated datums of Chinese web maps (AMap/DataV/Tencent,
//   Baidu). Files never declare them (their .prj says WGS 84), so the user does.
// - Epsg: any EPSG code PROJ knows: CGCS2000 (4490) and its Gauss-Krüger zones
//   (4491-4554), Xian 1980, Beijing 1954, UTM, Web Mercator (3857)...
// Any choice but Auto overrides what the file declares.
enum class Crs { Wgs84, Gcj02, Bd09, Epsg, Auto };

// A Crs with its EPSG code (used when crs is Crs::Epsg).
struct CrsChoice {
    Crs crs = Crs::Auto;
    int epsg = 0;
    friend bool operator==(const CrsChoice &a, const CrsChoice &b)
    {
        return a.crs == b.crs && (a.crs != Crs::Epsg || a.epsg == b.epsg);
    }
    friend bool operator!=(const CrsChoice &a, const CrsChoice &b) { return !(a == b); }
};
// "auto", "wgs84", "gcj02", "bd09", "EPSG:4548": the --crs spellings. Parsing is
// case-insensitive and also takes "epsg:4326" as WGS 84 and "baidu"/"amap".
QString crsCode(const CrsChoice &choice);
std::optional<CrsChoice> parseCrsCode(const QString &code);

// Text encodings of CSV files and of Shapefile/MapInfo attributes. Auto: what the
// file declares (.cpg), else valid UTF-8 (with or without BOM) is read as UTF-8,
// anything else as GB18030 (a superset of GBK, what Chinese Excel and Chinese
// GIS software save).
enum class TextEncoding { Auto, Utf8, Gb18030 };

// Limits checked before anything large is allocated: a file is untrusted input.
constexpr qint64 kMaxImportFileBytes = 200LL * 1024 * 1024;
constexpr int kMaxImportItems = 1'000'000;       // features or rows
constexpr int kMaxImportCoordinates = 1'000'000; // positions in one file
constexpr int kMaxReportedProblems = 1000;       // further problems are only counted

struct ImportOptions {
    Crs crs = Crs::Auto;
    int epsg = 0; // when crs is Crs::Epsg
    TextEncoding encoding = TextEncoding::Auto;
    // The layer (or sheet) of a file that holds several; empty: the first one
    // with features (or rows).
    QString sourceLayer;
    CrsChoice crsChoice() const { return {crs, epsg}; }
    void setCrs(const CrsChoice &c)
    {
        crs = c.crs;
        epsg = c.epsg;
    }
    // Apply the valid items even when others had problems. Off by default:
    // nothing partial unless the user asks for it.
    bool acceptValidRows = false;
};

// One item of the input that was not imported, and why.
struct ImportProblem {
    enum class Where { File, Feature, Row };
    Where where = Where::File;
    // Feature: 1-based position in the file's feature list. Row: 1-based CSV
    // record number, the header being row 1 (what a spreadsheet shows).
    int number = 0;
    QString reason; // translated
    // "row 7: latitude 95 is out of range", "feature 3: ...", or the reason alone.
    QString toString() const;
};

// What an import would add, kept apart from what it refused. Nothing is applied
// until applyImport(); a dialog can show both halves first.
struct ImportResult {
    Layer layer = Layer::Facilities;
    // A problem with the file as a whole (unreadable, too large, not GeoJSON):
    // when set, the item lists are empty.
    QString fatalError;
    QVector<ImportProblem> problems; // at most kMaxReportedProblems
    int omittedProblems = 0;         // problems beyond that, only counted
    int itemsRead = 0;               // features or data rows examined

    // Townships named by imported items that the project does not have yet.
    // Their ids are provisional (what they would get if added now); the items
    // below refer to them by those ids, and applyImport() maps them to the ids
    // they actually get.
    QVector<Township> newTownships;
    QVector<Facility> facilities;
    QVector<Settlement> settlements;
    QVector<Road> roads;
    std::optional<CountyBoundary> boundary; // polygons of all boundary features merged

    bool acceptValidRows = false; // from ImportOptions; a dialog may change it before applying

    bool hasProblems() const { return !fatalError.isEmpty() || !problems.isEmpty(); }
    int itemCount() const;
    // True when applyImport() would do something: no fatal error, at least one
    // item, and either no problems or acceptValidRows.
    bool canApply() const;
    // A translated summary: fatal error or the problems, one per line.
    QString report(int maxLines = 50) const;
};

struct ApplyResult {
    bool ok = false;
    QString error; // translated
    int added = 0; // items added or, for the boundary, 1
};

// Adds everything valid in `result` to the document as ONE undo step (new
// townships first, then the items; a boundary replaces the project's boundary).
// Every value is validated against the document's current project before
// anything is pushed; a refusal leaves the document untouched.
ApplyResult applyImport(ProjectDocument &doc, const ImportResult &result);

// Stable lower-case codes used in files and on the command line.
QString layerCode(Layer layer); // "boundary", "facilities", "settlements", "roads"
std::optional<Layer> layerFromCode(const QString &code);
QString layerName(Layer layer); // translated, for messages

} // namespace cc::exchange
