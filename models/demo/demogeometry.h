#pragma once

// Plane geometry the demo generator works in: kilometres east/north of the
// county centre, converted to WGS 84 only when a value is stored.
#include "models/demo/demorandom.h"
#include "models/domain/geo.h"

#include <QVector>

namespace cc::demo {

struct PointKm {
    double x = 0; // km east
    double y = 0; // km north
};

double lengthKm(const PointKm &a, const PointKm &b);

// Equirectangular frame about a centre; over a county (< 100 km) its error is a
// few metres, far below what the demo needs.
class LocalFrame {
public:
    explicit LocalFrame(LonLat centre);
    LonLat toLonLat(const PointKm &p) const;
    PointKm toKm(const LonLat &p) const;

private:
    LonLat m_centre;
    double m_kmPerLon;
    double m_kmPerLat;
};

// Even-odd rule over every ring (holes included). Points exactly on an edge may
// fall either way.
bool containsPoint(const Ring &ring, const LonLat &p);
bool containsPoint(const MultiPolygon &area, const LonLat &p);

// A star-shaped outline: `vertexCount` vertices at evenly spaced bearings from
// the centre, radius = scale x a smooth random profile. Star-shaped about the
// centre with strictly increasing bearings, so it never intersects itself.
struct RadialOutline {
    QVector<double> unitRadius; // radius profile per vertex, mean about 1
    double scaleKm = 1;
    int size() const { return unitRadius.size(); }
    PointKm vertex(int i) const;
    // Radius at any bearing (radians, counter-clockwise from east), linear between vertices.
    double radiusAt(double bearing) const;
};
RadialOutline makeRadialOutline(DemoRandom &rng, int vertexCount);

// A road-like polyline from a to b: intermediate points about every
// `stepKm`, pushed sideways by a smooth random sway of up to `swayShare` of
// the length. The first and last points are exactly a and b.
QVector<PointKm> windingPath(DemoRandom &rng, const PointKm &a, const PointKm &b, double stepKm,
                             double swayShare);

double pathLengthKm(const QVector<LonLat> &path);

} // namespace cc::demo
