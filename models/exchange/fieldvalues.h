#pragma once

#include "models/domain/entities.h"

#include <QString>
#include <optional>

namespace cc::exchange {

// Values of imported attributes in the spellings real files use: our own codes
// (what the exporters write), English words, Chinese terms and level numbers.
// Matching ignores case and surrounding spaces.

// vc/thc/ch/city/province, 村卫生室/乡镇卫生院/县医院/市级/省级, 0-4, ...
std::optional<FacilityLevel> parseFacilityLevel(const QString &text);
QString facilityLevelCode(FacilityLevel level); // "vc", "thc", "ch", "city", "province"

// general/tcm/maternal_child, 综合/中医/妇幼
std::optional<HospitalKind> parseHospitalKind(const QString &text);
QString hospitalKindCode(HospitalKind kind);

// expressway/national/provincial/county/village, 高速/国道/省道/县道/乡道/村道,
// OpenStreetMap highway tags (motorway, trunk, primary, ...), 0-4.
std::optional<RoadClass> parseRoadClass(const QString &text);
QString roadClassCode(RoadClass roadClass);

// true/false, yes/no, 1/0, 是/否
std::optional<bool> parseBool(const QString &text);

// A number as spreadsheets write it: spaces and thousands separators allowed.
std::optional<double> parseNumber(const QString &text);

// Why (lon, lat) cannot be a WGS 84 or GCJ-02 position in degrees, translated;
// empty when it can. Recognises projected metres (UTM, Gauss-Krüger: 500000,
// 3000000), which is the usual mistake with Chinese survey data.
QString checkDegrees(double lon, double lat);

} // namespace cc::exchange
