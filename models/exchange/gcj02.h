#pragma once

#include "models/domain/geo.h"

namespace cc::exchange {

// GCJ-02 (国测局坐标系, "Mars coordinates"): the obfuscated datum that Chinese web
// maps (AMap, DataV, Tencent) publish. The forward transform is the widely
// published one: WGS 84 plus an offset computed on the Krasovsky 1940 ellipsoid
// from two polynomial-trigonometric series, applied only inside a rough bounding
// box of China; outside it the coordinates are left as they are. The offset is a
// few hundred metres, enough to put a village clinic on the wrong side of a river.

// True when the point lies outside the rough bounding box in which GCJ-02 differs
// from WGS 84.
bool outsideGcj02Area(const LonLat &p);

LonLat wgs84ToGcj02(const LonLat &wgs);

// The inverse has no closed form: it is solved by fixed-point iteration until the
// step is below 1e-9 degrees (about 0.1 mm), well under the 1e-7 degrees asked for.
LonLat gcj02ToWgs84(const LonLat &gcj);

} // namespace cc::exchange
