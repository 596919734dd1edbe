#include "models/domain/geo.h"

#include "models/sim/travel.h"

#include <algorithm>
#include <cmath>

namespace cc {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
constexpr double kAuthalicRadiusKm = 6371.0072;
} // namespace

void BoundingBox::include(const LonLat &p)
{
    if (!valid) {
        minLon = maxLon = p.lon;
        minLat = maxLat = p.lat;
        valid = true;
        return;
    }
    minLon = std::min(minLon, p.lon);
    maxLon = std::max(maxLon, p.lon);
    minLat = std::min(minLat, p.lat);
    maxLat = std::max(maxLat, p.lat);
}

void BoundingBox::include(const BoundingBox &b)
{
    if (!b.valid)
        return;
    include(LonLat{b.minLon, b.minLat});
    include(LonLat{b.maxLon, b.maxLat});
}

BoundingBox boundingBox(const QVector<LonLat> &points)
{
    BoundingBox box;
    for (const LonLat &p : points)
        box.include(p);
    return box;
}

BoundingBox boundingBox(const MultiPolygon &mp)
{
    BoundingBox box;
    for (const Polygon &poly : mp)
        for (const Ring &ring : poly)
            for (const LonLat &p : ring)
                box.include(p);
    return box;
}

double distanceKm(const LonLat &a, const LonLat &b)
{
    return sim::haversineKm(a.lon, a.lat, b.lon, b.lat); // the engine's great circle
}

namespace {

// Signed area of a ring projected with Lambert azimuthal equal-area about (lon0, lat0).
double projectedRingArea(const Ring &ring, double lon0, double lat0)
{
    if (ring.size() < 3)
        return 0.0;
    const double phi1 = lat0 * kDegToRad;
    const double lambda0 = lon0 * kDegToRad;
    auto project = [&](const LonLat &p, double &x, double &y) {
        const double phi = p.lat * kDegToRad;
        const double dl = p.lon * kDegToRad - lambda0;
        const double denom =
            1 + std::sin(phi1) * std::sin(phi) + std::cos(phi1) * std::cos(phi) * std::cos(dl);
        const double k = std::sqrt(2 / std::max(denom, 1e-12));
        x = kAuthalicRadiusKm * k * std::cos(phi) * std::sin(dl);
        y = kAuthalicRadiusKm * k *
            (std::cos(phi1) * std::sin(phi) - std::sin(phi1) * std::cos(phi) * std::cos(dl));
    };
    double sum = 0.0;
    const int n = ring.size();
    for (int i = 0; i < n; ++i) {
        double x1, y1, x2, y2;
        project(ring[i], x1, y1);
        project(ring[(i + 1) % n], x2, y2);
        sum += x1 * y2 - x2 * y1;
    }
    return sum / 2.0;
}

} // namespace

double areaKm2(const MultiPolygon &mp)
{
    const BoundingBox box = boundingBox(mp);
    if (!box.valid)
        return 0.0;
    const double lon0 = (box.minLon + box.maxLon) / 2;
    const double lat0 = (box.minLat + box.maxLat) / 2;
    double total = 0.0;
    for (const Polygon &poly : mp) {
        for (int r = 0; r < poly.size(); ++r) {
            const double a = std::abs(projectedRingArea(poly[r], lon0, lat0));
            total += (r == 0) ? a : -a;
        }
    }
    return total;
}

bool isFiniteLonLat(const LonLat &p)
{
    return std::isfinite(p.lon) && std::isfinite(p.lat);
}

bool contains(const MultiPolygon &mp, const LonLat &p)
{
    bool inside = false;
    for (const Polygon &polygon : mp)
        for (const Ring &ring : polygon)
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const LonLat &a = ring[i], &b = ring[j];
                if ((a.lat > p.lat) != (b.lat > p.lat) &&
                    p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
                    inside = !inside;
            }
    return inside;
}

bool isValidLonLat(const LonLat &p)
{
    return isFiniteLonLat(p) && p.lon >= -180.0 && p.lon <= 180.0 && p.lat >= -90.0 &&
           p.lat <= 90.0;
}

} // namespace cc
