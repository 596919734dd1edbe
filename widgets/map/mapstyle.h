#pragma once

#include "models/domain/entities.h"

#include <QColor>
#include <algorithm>

namespace cc::mapstyle {

// Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"): readable for
// the common colour-vision deficiencies. Levels also differ by shape and size,
// so no distinction relies on colour alone.
inline QColor levelColor(FacilityLevel level)
{
    switch (level) {
    case FacilityLevel::VillageClinic:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case FacilityLevel::TownshipCentre:
        return QColor(0x00, 0x72, 0xB2); // blue
    case FacilityLevel::CountyHospital:
        return QColor(0xD5, 0x5E, 0x00); // vermilion
    case FacilityLevel::OutOfCountyCity:
    case FacilityLevel::OutOfCountyProvince:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    }
    return Qt::black;
}

inline QColor roadColor(RoadClass c)
{
    switch (c) {
    case RoadClass::Expressway:
        return QColor(0xE6, 0x9F, 0x00);
    case RoadClass::National:
        return QColor(0xF0, 0xB4, 0x3C);
    case RoadClass::Provincial:
        return QColor(0xF5, 0xC8, 0x6E);
    case RoadClass::County:
        return QColor(0x9A, 0x9A, 0x9A);
    case RoadClass::Village:
        return QColor(0xBD, 0xBD, 0xBD);
    }
    return Qt::gray;
}

inline double roadWidthPx(RoadClass c)
{
    static const double widths[kRoadClassCount] = {4.0, 3.2, 2.6, 1.6, 1.0};
    return widths[static_cast<int>(c)];
}

// Five ordered classes for thematic maps, best to worst, all from the
// Okabe-Ito palette: blue, sky blue, yellow, orange, vermilion. Used for the
// in-county rate by township, travel-time bands and facility load.
inline QColor classColor(int index)
{
    static const QColor colors[5] = {QColor(0x00, 0x72, 0xB2), QColor(0x56, 0xB4, 0xE9),
                                     QColor(0xF0, 0xE4, 0x42), QColor(0xE6, 0x9F, 0x00),
                                     QColor(0xD5, 0x5E, 0x00)};
    return colors[std::clamp(index, 0, 4)];
}

// Patient-flow lines take the colour of the level they go to.
inline QColor flowColor(FacilityLevel level)
{
    QColor c = levelColor(level);
    c.setAlpha(170);
    return c;
}

inline QColor settlementFill()
{
    return QColor(0xF2, 0xA6, 0x5A, 150);
}
inline QColor boundaryFill()
{
    return QColor(0xF7, 0xF4, 0xEA);
}
inline QColor boundaryPen()
{
    return QColor(0x5B, 0x4A, 0x3A);
}
inline QColor background()
{
    return QColor(0xDD, 0xE8, 0xEE);
}

} // namespace cc::mapstyle
