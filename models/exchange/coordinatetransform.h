#pragma once

#include "models/exchange/importresult.h"

#include <QByteArray>
#include <memory>

namespace cc::exchange {

// Turns a file's coordinates into WGS 84 longitude/latitude, from the CRS the
// file declares or the user chose. WGS 84 itself, GCJ-02 and BD-09 are ours
// (models/exchange/gcj02.h); every other system (CGCS2000 and its Gauss-Krüger
// zones, Xian 1980, Web Mercator, UTM...) goes through PROJ, by way of GDAL's
// OGRCoordinateTransformation. Copies share the PROJ object: use one transform
// from one thread at a time.
class CoordinateTransform {
public:
    CoordinateTransform(); // WGS 84: the identity

    // The user's choice (not Crs::Auto, which is resolved against the file first).
    // An EPSG code PROJ does not know gives an invalid transform and `error`.
    static CoordinateTransform forChoice(const CrsChoice &choice, QString *error);
    // A CRS as a file states it: WKT of any flavour (OGC, ESRI .prj), "EPSG:n",
    // a GeoJSON "urn:ogc:def:crs:EPSG::3857" or OGC CRS84.
    static CoordinateTransform fromDefinition(const QByteArray &definition, QString *error);

    bool isValid() const { return m_valid; }
    // Wgs84 for WGS 84 and what equals it, Gcj02, Bd09, or Epsg for anything PROJ does.
    Crs kind() const { return m_kind; }
    // Coordinates are degrees of longitude and latitude (not projected metres).
    bool isGeographic() const { return m_geographic; }
    // EPSG code when the CRS has or matches one; 0 when not.
    int epsg() const { return m_epsg; }
    // "EPSG:4548 CGCS2000 / 3-degree Gauss-Kruger CM 117E", "WGS 84", "GCJ-02".
    QString name() const { return m_name; }

    // The position in WGS 84; nullopt when PROJ cannot transform it (outside the
    // projection's domain, not finite).
    std::optional<LonLat> toWgs84(double x, double y) const;

private:
    struct Proj;
    std::shared_ptr<Proj> m_proj;
    Crs m_kind = Crs::Wgs84;
    bool m_valid = true;
    bool m_geographic = true;
    int m_epsg = 4326;
    QString m_name;
};

} // namespace cc::exchange
