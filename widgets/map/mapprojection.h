#pragma once

#include "models/domain/geo.h"

#include <QPointF>
#include <cmath>

namespace cc {

// Local map projection: lon/lat are stored, metres are drawn. An equirectangular
// projection about the county's centre keeps distortion under 0.5% across a
// county (~100 km), and it is exact to invert. Scene y grows southwards (Qt).
class MapProjection {
public:
    MapProjection() = default;
    explicit MapProjection(const LonLat &origin) { setOrigin(origin); }

    void setOrigin(const LonLat &origin)
    {
        m_origin = origin;
        m_cosLat = std::cos(origin.lat * kPi / 180.0);
    }
    LonLat origin() const { return m_origin; }

    QPointF toScene(const LonLat &p) const
    {
        return {kMetresPerDegree * m_cosLat * (p.lon - m_origin.lon),
                -kMetresPerDegree * (p.lat - m_origin.lat)};
    }
    LonLat toLonLat(const QPointF &scene) const
    {
        return {m_origin.lon + scene.x() / (kMetresPerDegree * m_cosLat),
                m_origin.lat - scene.y() / kMetresPerDegree};
    }

private:
    static constexpr double kPi = 3.14159265358979323846;
    // WGS 84 mean radius 6,371,008.8 m x pi / 180.
    static constexpr double kMetresPerDegree = 111195.08;
    LonLat m_origin;
    double m_cosLat = 1.0;
};

} // namespace cc
