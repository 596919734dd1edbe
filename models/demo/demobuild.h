#pragma once

// Internal steps of the demo-county generator (models/demo only). Each step
// draws from its own seeded stream, so changing one step never reshuffles the
// others.
#include "models/demo/demogeometry.h"
#include "models/domain/project.h"

#include <QVector>

namespace cc::demo::detail {

// Facility ids are fixed so the roster, postings and tests can name them.
constexpr EntityId kCountyGeneralHospitalId = 1; // 县医院
constexpr EntityId kCountyTcmHospitalId = 2;     // 县中医院
constexpr EntityId kFirstTownshipCentreId = 3;   // 3..17, one per township in township order
constexpr EntityId kCityHospitalId = 18;         // 市第一医院
constexpr EntityId kProvincialHospitalId = 19;   // 省立医院
constexpr EntityId kFirstVillageClinicId = 20;

constexpr EntityId kBaselineScenarioId = 1;
constexpr EntityId kReformScenarioId = 2;
constexpr int kReformMonth = 12; // 2026-01 with the default start 2025-01

// Where things are, in the county's km frame; filled by buildPlaces, read by
// buildFacilities and buildRoads.
struct CountyLayout {
    LocalFrame frame{LonLat{118.25, 26.20}};
    RadialOutline outline;
    PointKm countySeat;
    QVector<PointKm> townshipSeats;                   // by township index (0 = 城关镇)
    QVector<QVector<EntityId>> settlementsByTownship; // settlement ids, by township index
    PointKm cityHospital;
    PointKm provincialHospital;
};

void buildPlaces(Project &p, CountyLayout &layout); // boundary, townships, settlements
void buildFacilities(Project &p, const CountyLayout &layout);
void buildRoads(Project &p, const CountyLayout &layout);
void buildStaff(Project &p);
void buildPostings(Project &p); // needs staff, facilities and both scenarios

// cap0 of a facility for a service line before per-facility variation.
double typicalCapability(FacilityLevel level, HospitalKind kind, const QString &lineCode);

} // namespace cc::demo::detail
