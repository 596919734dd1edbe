#include "models/exchange/gcj02.h"

#include <cmath>

namespace cc::exchange {

namespace {

// Krasovsky 1940 ellipsoid, which the GCJ-02 offset is defined on.
constexpr double kSemiMajorAxis = 6378245.0;
constexpr double kEccentricitySquared = 0.00669342162296594323;
constexpr double kPi = 3.14159265358979323846;

// The two offset series take the point relative to (105 E, 35 N) and return the
// offset in metres-like units before scaling by the ellipsoid's radii of curvature.
double latitudeSeries(double x, double y)
{
    double v =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    v += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    v += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    v += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return v;
}

double longitudeSeries(double x, double y)
{
    double v = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    v += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    v += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    v += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return v;
}

} // namespace

bool outsideGcj02Area(const LonLat &p)
{
    // The bounding box used by the published algorithm (mainland China with margins).
    return !(p.lon >= 72.004 && p.lon <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271);
}

LonLat wgs84ToGcj02(const LonLat &wgs)
{
    if (!isFiniteLonLat(wgs) || outsideGcj02Area(wgs))
        return wgs;
    const double x = wgs.lon - 105.0;
    const double y = wgs.lat - 35.0;
    const double phi = wgs.lat / 180.0 * kPi;
    const double s = std::sin(phi);
    const double w = 1.0 - kEccentricitySquared * s * s;
    const double sqrtW = std::sqrt(w);
    // Meridional radius M = a(1-e2)/W^3 and prime-vertical radius N = a/W turn the
    // series into degrees of latitude and longitude.
    const double meridional = kSemiMajorAxis * (1.0 - kEccentricitySquared) / (w * sqrtW);
    const double primeVertical = kSemiMajorAxis / sqrtW;
    const double dLat = latitudeSeries(x, y) * 180.0 / (meridional * kPi);
    const double dLon = longitudeSeries(x, y) * 180.0 / (primeVertical * std::cos(phi) * kPi);
    return {wgs.lon + dLon, wgs.lat + dLat};
}

LonLat gcj02ToWgs84(const LonLat &gcj)
{
    if (!isFiniteLonLat(gcj) || outsideGcj02Area(gcj))
        return gcj;
    // The offset changes by well under 1% across its own size, so w <- w + (gcj - f(w))
    // contracts fast: three or four steps reach 1e-9 degrees.
    LonLat w = gcj;
    for (int i = 0; i < 50; ++i) {
        const LonLat f = wgs84ToGcj02(w);
        const double dLon = gcj.lon - f.lon;
        const double dLat = gcj.lat - f.lat;
        w.lon += dLon;
        w.lat += dLat;
        if (std::abs(dLon) < 1e-9 && std::abs(dLat) < 1e-9)
            break;
    }
    return w;
}

LonLat gcj02ToBd09(const LonLat &gcj)
{
    if (!isFiniteLonLat(gcj))
        return gcj;
    // The published forward transform: polar coordinates about (0, 0), the radius
    // nudged by 2e-5 sin(lat x_pi) and the angle by 3e-6 cos(lon x_pi).
    constexpr double xPi = kPi * 3000.0 / 180.0;
    const double x = gcj.lon, y = gcj.lat;
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * xPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * xPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat bd09ToGcj02(const LonLat &bd)
{
    if (!isFiniteLonLat(bd))
        return bd;
    LonLat g{bd.lon - 0.0065, bd.lat - 0.006};
    for (int i = 0; i < 50; ++i) {
        const LonLat f = gcj02ToBd09(g);
        const double dLon = bd.lon - f.lon;
        const double dLat = bd.lat - f.lat;
        g.lon += dLon;
        g.lat += dLat;
        if (std::abs(dLon) < 1e-10 && std::abs(dLat) < 1e-10)
            break;
    }
    return g;
}

LonLat bd09ToWgs84(const LonLat &bd)
{
    return gcj02ToWgs84(bd09ToGcj02(bd));
}

LonLat wgs84ToBd09(const LonLat &wgs)
{
    return gcj02ToBd09(wgs84ToGcj02(wgs));
}

} // namespace cc::exchange
