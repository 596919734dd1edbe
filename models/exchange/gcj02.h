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

// BD-09 (百度坐标): Baidu Maps' datum, a second published obfuscation on top of
// GCJ-02 (a rotation and scaling about the origin with a small sinusoidal term,
// then a shift of (0.0065, 0.006) degrees), applied everywhere. PROJ knows
// neither datum, so both are ours.
LonLat gcj02ToBd09(const LonLat &gcj);
// The exact inverse, solved by fixed-point iteration like gcj02ToWgs84 (the
// widely copied closed-form inverse is off by up to a metre).
LonLat bd09ToGcj02(const LonLat &bd);
LonLat bd09ToWgs84(const LonLat &bd);
LonLat wgs84ToBd09(const LonLat &wgs);

} // namespace cc::exchange
