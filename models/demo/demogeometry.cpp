#include "models/demo/demogeometry.h"

#include <algorithm>
#include <cmath>

namespace cc::demo {

namespace {
constexpr double kPi = 3.14159265358979323846;
// WGS 84 meridian and parallel arc per degree near 26 N (km); close enough for a
// frame whose results are only ever stored as lon/lat.
constexpr double kKmPerDegreeLat = 110.7;
constexpr double kKmPerDegreeLonEquator = 111.32;
} // namespace

double lengthKm(const PointKm &a, const PointKm &b)
{
    return std::hypot(b.x - a.x, b.y - a.y);
}

LocalFrame::LocalFrame(LonLat centre)
    : m_centre(centre), m_kmPerLon(kKmPerDegreeLonEquator * std::cos(centre.lat * kPi / 180.0)),
      m_kmPerLat(kKmPerDegreeLat)
{}

LonLat LocalFrame::toLonLat(const PointKm &p) const
{
    // Rounded to 1e-6 degree (about 0.1 m) so files and diffs stay tidy.
    auto round6 = [](double v) { return std::round(v * 1e6) / 1e6; };
    return LonLat{round6(m_centre.lon + p.x / m_kmPerLon), round6(m_centre.lat + p.y / m_kmPerLat)};
}

PointKm LocalFrame::toKm(const LonLat &p) const
{
    return PointKm{(p.lon - m_centre.lon) * m_kmPerLon, (p.lat - m_centre.lat) * m_kmPerLat};
}

bool containsPoint(const Ring &ring, const LonLat &p)
{
    bool inside = false;
    const int n = ring.size();
    for (int i = 0, j = n - 1; i < n; j = i++) {
        const LonLat &a = ring[i];
        const LonLat &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)) {
            const double lonAtLat = a.lon + (p.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
            if (p.lon < lonAtLat)
                inside = !inside;
        }
    }
    return inside;
}

bool containsPoint(const MultiPolygon &area, const LonLat &p)
{
    bool inside = false;
    for (const Polygon &poly : area)
        for (const Ring &ring : poly)
            if (containsPoint(ring, p))
                inside = !inside;
    return inside;
}

PointKm RadialOutline::vertex(int i) const
{
    const double bearing = 2 * kPi * i / size();
    const double r = scaleKm * unitRadius[i];
    return PointKm{r * std::cos(bearing), r * std::sin(bearing)};
}

double RadialOutline::radiusAt(double bearing) const
{
    double t = bearing / (2 * kPi);
    t -= std::floor(t);
    const double pos = t * size();
    const int i = static_cast<int>(pos) % size();
    const int j = (i + 1) % size();
    const double f = pos - std::floor(pos);
    return scaleKm * (unitRadius[i] * (1 - f) + unitRadius[j] * f);
}

RadialOutline makeRadialOutline(DemoRandom &rng, int vertexCount)
{
    // Low harmonics give the lobes and valleys of a mountain county; their
    // amplitudes add up to at most 0.37, so the radius stays positive.
    struct Harmonic {
        int k;
        double amplitude;
        double phase;
    };
    QVector<Harmonic> harmonics;
    for (int k = 2; k <= 7; ++k)
        harmonics.push_back(
            {k, rng.uniform(0.04, 0.10) * 3.0 / (k + 1.0), rng.uniform(0, 2 * kPi)});
    RadialOutline outline;
    outline.unitRadius.reserve(vertexCount);
    for (int i = 0; i < vertexCount; ++i) {
        const double bearing = 2 * kPi * i / vertexCount;
        double r = 1.0;
        for (const Harmonic &h : harmonics)
            r += h.amplitude * std::cos(h.k * bearing + h.phase);
        r *= 1.0 + rng.uniform(-0.025, 0.025); // ridge-line jaggedness
        outline.unitRadius.push_back(r);
    }
    return outline;
}

QVector<PointKm> windingPath(DemoRandom &rng, const PointKm &a, const PointKm &b, double stepKm,
                             double swayShare)
{
    const double length = lengthKm(a, b);
    const int segments = std::max(1, static_cast<int>(std::ceil(length / stepKm)));
    const double nx = length > 0 ? -(b.y - a.y) / length : 0;
    const double ny = length > 0 ? (b.x - a.x) / length : 0;
    // Two sine waves that vanish at both ends: a road bends round hills but
    // still starts and ends where it must.
    const double amp1 = rng.uniform(-swayShare, swayShare) * length;
    const double amp2 = rng.uniform(-swayShare, swayShare) * length * 0.4;
    QVector<PointKm> path;
    path.reserve(segments + 1);
    path.push_back(a);
    for (int i = 1; i < segments; ++i) {
        const double t = static_cast<double>(i) / segments;
        const double sway = amp1 * std::sin(kPi * t) + amp2 * std::sin(2 * kPi * t);
        const double jitter = rng.uniform(-0.08, 0.08) * stepKm;
        path.push_back(PointKm{a.x + (b.x - a.x) * t + nx * (sway + jitter),
                               a.y + (b.y - a.y) * t + ny * (sway + jitter)});
    }
    path.push_back(b);
    return path;
}

double pathLengthKm(const QVector<LonLat> &path)
{
    double total = 0;
    for (int i = 1; i < path.size(); ++i)
        total += distanceKm(path[i - 1], path[i]);
    return total;
}

} // namespace cc::demo
