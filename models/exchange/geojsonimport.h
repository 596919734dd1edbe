#pragma once

#include "models/exchange/importresult.h"

#include <QByteArray>

namespace cc::exchange {

// GeoJSON (RFC 7946) import of one layer. Accepts a FeatureCollection, a bare
// JSON array of Features (as DataV/AMap downloads come) or a single Feature.
//
// Geometries and properties by layer:
// - Boundary: Polygon or MultiPolygon; `name`, `adcode`. Several features are
//   merged into one county boundary. Rings must be closed and have >= 4 positions.
// - Facilities: Point; `name` (required), `name_en`, `level` (required: vc/thc/ch/
//   city/province, 村卫生室/乡镇卫生院/县医院/市级/省级 or 0-4), `kind`
//   (general/tcm/maternal_child), `beds`, `township` (a name) or `township_id`,
//   `in_alliance`.
// - Settlements: Point; `name` (required), `name_en`, `population` (required),
//   `township` or `township_id`, `signed_share`, `urban`.
// - Roads: LineString or MultiLineString (one road per part); `name`, `road_class`
//   or `class` (required: expressway/national/provincial/county/village,
//   国道/省道/县道/..., 0-4, or an OpenStreetMap `highway` tag), `speed_kmh`
//   (default by class).
// The GeoPackage layers' names (`township_id`, `road_class`, what the exporter
// writes) and the older ones (`township`, `class`) are both read. Township names
// are matched to the project's townships, unknown ones become new townships of
// the import; a `township_id` must be a township of the project. Coordinates in GCJ-02 are
// converted to WGS 84 when options.crs says so. Problems are reported per feature (1-based).
ImportResult importGeoJson(const QByteArray &json, Layer layer, const Project &target,
                           const ImportOptions &options = {});
// Refuses files larger than kMaxImportFileBytes before reading them.
ImportResult importGeoJsonFile(const QString &path, Layer layer, const Project &target,
                               const ImportOptions &options = {});

} // namespace cc::exchange
