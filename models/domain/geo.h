#pragma once

#include <QVector>

namespace cc {

// WGS 84 longitude/latitude in degrees (EPSG:4326 axis order as GeoPackage stores it).
struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const LonLat &a, const LonLat &b)
    {
        return a.lon == b.lon && a.lat == b.lat;
    }
    friend bool operator!=(const LonLat &a, const LonLat &b) { return !(a == b); }
};

using Ring = QVector<LonLat>;  // closed: first == last is not required in memory
using Polygon = QVector<Ring>; // outer ring first, then holes
using MultiPolygon = QVector<Polygon>;

struct BoundingBox {
    double minLon = 0, minLat = 0, maxLon = 0, maxLat = 0;
    bool valid = false;
    void include(const LonLat &p);
    void include(const BoundingBox &b);
    friend bool operator==(const BoundingBox &a, const BoundingBox &b)
    {
        return a.valid == b.valid && a.minLon == b.minLon && a.minLat == b.minLat &&
               a.maxLon == b.maxLon && a.maxLat == b.maxLat;
    }
};

BoundingBox boundingBox(const QVector<LonLat> &points);
BoundingBox boundingBox(const MultiPolygon &mp);

// Great-circle distance in kilometres (haversine on the WGS 84 mean radius 6,371.0088 km).
double distanceKm(const LonLat &a, const LonLat &b);

// Area in km2 of a lon/lat multipolygon (holes subtracted), computed on the
// Lambert azimuthal equal-area projection centred on the shape, with the
// authalic radius 6,371.0072 km (WGS 84, per Snyder, "Map Projections: A
// Working Manual", USGS 1987, p. 16).
double areaKm2(const MultiPolygon &mp);

// True when `p` lies inside the multipolygon (inside an outer ring and
// outside its holes; even-odd rule on the plane of lon/lat, right for the
// size of a county).
bool contains(const MultiPolygon &mp, const LonLat &p);

bool isFiniteLonLat(const LonLat &p);
// True for coordinates inside the WGS 84 range (-180..180, -90..90).
bool isValidLonLat(const LonLat &p);

} // namespace cc
