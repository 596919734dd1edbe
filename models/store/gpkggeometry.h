#pragma once

#include "models/domain/geo.h"

#include <QByteArray>
#include <QString>

namespace cc::store {

// GeoPackage 1.3 geometry BLOBs (clause 2.1.3, "GeoPackageBinary"): magic "GP",
// version 0, a flags byte (bit 0 byte order, bits 1-3 envelope contents, bit 4
// empty, bit 5 extended), the srs_id, the envelope, then ISO WKB. We write
// little-endian with envelope type 1 [minx, maxx, miny, maxy]; we read either
// byte order and any standard envelope type.
constexpr int kWgs84SrsId = 4326;

QByteArray encodePoint(const LonLat &p);
QByteArray encodeLineString(const QVector<LonLat> &path);
// Rings are written closed (the first point repeated at the end) as WKB requires;
// decodeMultiPolygon drops that closing point again, so a ring round-trips exactly.
QByteArray encodeMultiPolygon(const MultiPolygon &mp);

// Each returns an empty string on success, otherwise a translated reason. Every
// count is checked against the bytes left before anything is allocated, and
// every coordinate must be finite. `srsId`: the spatial reference the layer
// declares, which every blob's header must name (coordinates are returned as
// stored, in that reference).
QString decodePoint(const QByteArray &blob, LonLat *out, qint32 srsId = kWgs84SrsId);
QString decodeLineString(const QByteArray &blob, QVector<LonLat> *out, qint32 srsId = kWgs84SrsId);
QString decodeMultiPolygon(const QByteArray &blob, MultiPolygon *out, qint32 srsId = kWgs84SrsId);

} // namespace cc::store
