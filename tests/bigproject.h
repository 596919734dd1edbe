#pragma once

// A very large county for the 100,000-settlement test and benchmark.
#include "tests/testproject.h"

#include <algorithm>
#include <cmath>
#include <sys/resource.h>

namespace cc::test {

// Peak resident memory of this process so far, MiB (getrusage).
inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // ru_maxrss is in KiB on Linux
}

// `settlements` villages on a grid over a 2° × 2° county, one township per
// 1,000 of them with a township centre, a village clinic per 40 villages, two
// county hospitals, a city hospital, a road per township and a doctor posted
// to every township centre.
inline Project bigProject(int settlements)
{
    Project p = test::smallProject();
    p.title = QStringLiteral("大县 %1").arg(settlements);
    p.boundary.area = {{{{117.0, 25.0}, {119.0, 25.0}, {119.0, 27.0}, {117.0, 27.0}}}};
    p.settlements.clear();
    p.facilities.clear();
    p.roads.clear();
    p.staff.clear();
    p.postings.clear();
    p.townships.clear();
    const int townships = std::max(1, settlements / 1000);
    const int side = static_cast<int>(std::ceil(std::sqrt(double(settlements))));
    auto at = [&](int i) {
        return LonLat{117.0 + 2.0 * (i % side + 0.5) / side, 25.0 + 2.0 * (i / side + 0.5) / side};
    };
    for (int w = 1; w <= townships; ++w)
        p.townships.insert(w, Township{w, QStringLiteral("镇%1").arg(w), QString()});
    EntityId nextFacility = 1;
    auto facility = [&](const QString &name, FacilityLevel level, LonLat pos, EntityId township) {
        Facility f;
        f.id = nextFacility++;
        f.name = name;
        f.level = level;
        f.position = pos;
        f.townshipId = township;
        f.beds = level == FacilityLevel::VillageClinic ? 0 : 40;
        f.inAlliance = isInCounty(level);
        f.capability = {{1, 0.7}, {2, level >= FacilityLevel::TownshipCentre ? 0.6 : 0.1}};
        p.facilities.insert(f.id, f);
        return f.id;
    };
    facility(QStringLiteral("县医院"), FacilityLevel::CountyHospital, {118.0, 26.0}, 0);
    facility(QStringLiteral("县中医院"), FacilityLevel::CountyHospital, {118.02, 26.01}, 0);
    facility(QStringLiteral("市医院"), FacilityLevel::OutOfCountyCity, {119.5, 26.5}, 0);
    for (int i = 0; i < settlements; ++i) {
        Settlement s;
        s.id = i + 1;
        s.name = QStringLiteral("村%1").arg(i + 1);
        s.position = at(i);
        s.population = 300 + (i * 7919) % 2500;
        s.townshipId = 1 + (i * townships) / settlements;
        s.signedShare = 0.3;
        p.settlements.insert(s.id, s);
        if (i % 40 == 0)
            facility(QStringLiteral("村卫生室%1").arg(i), FacilityLevel::VillageClinic, at(i),
                     s.townshipId);
    }
    for (int w = 1; w <= townships; ++w) {
        const LonLat centre =
            at((w - 1) * (settlements / townships) + std::min(500, settlements - 1));
        const EntityId thc =
            facility(QStringLiteral("镇%1卫生院").arg(w), FacilityLevel::TownshipCentre, centre, w);
        Road r;
        r.id = w;
        r.name = QStringLiteral("县道%1").arg(w);
        r.roadClass = RoadClass::County;
        r.speedKmh = defaultSpeedKmh(RoadClass::County);
        r.path = {{118.0, 26.0}, centre};
        p.roads.insert(r.id, r);
        StaffMember m;
        m.id = w;
        m.name = QStringLiteral("医生%1").arg(w);
        m.role = StaffRole::Specialist;
        m.title = StaffTitle::Senior;
        m.homeFacilityId = 1;
        m.annualSalaryYuan = 150000;
        p.staff.insert(m.id, m);
        p.postings.insert(w, Posting{w, w, thc, 0, 24, 0.5, 0});
    }
    return p;
}

} // namespace cc::test
