#pragma once

// The engine's input: plain values with dense indices (no ids, no Qt). The
// bridge in models/simulation compiles a cc::Project into this; the benchmark
// generator builds it directly. Every default names its source.

#include "models/sim/parameterkeys.h"

#include <array>
#include <tuple>
#include <vector>

namespace cc::sim {

// Facility levels, lowest first (same order as cc::FacilityLevel).
enum Level : int {
    VillageClinic = 0,  // 村卫生室
    TownshipCentre = 1, // 乡镇卫生院
    CountyHospital = 2, // 县级医院
    OutCity = 3,        // 市级医院 (out of county)
    OutProvince = 4,    // 省级医院 (out of county)
};
constexpr int kLevels = 5;
inline bool inCounty(int level)
{
    return level <= CountyHospital;
}
inline bool grassroots(int level)
{
    return level <= TownshipCentre;
}

enum Role : int { GeneralPractitioner = 0, Specialist = 1, Nurse = 2, PublicHealth = 3 };
constexpr int kRoles = 4;
constexpr int kTitles = 3; // junior, intermediate, senior

using LevelArray = std::array<double, kLevels>;

struct PolicyEntry {
    int fromMonth = 0;
    Policy policy;
    friend bool operator==(const PolicyEntry &a, const PolicyEntry &b)
    {
        return a.fromMonth == b.fromMonth && a.policy == b.policy;
    }
    friend bool operator!=(const PolicyEntry &a, const PolicyEntry &b) { return !(a == b); }
};

// One line of care (the demo catalogue in models/demo/demoservices.cpp gives
// sourced values; the engine has no defaults of its own).
struct ServiceLine {
    bool inpatient = false;
    double annualRatePerPerson = 0;
    double drgWeight = 1.0;
    int minLevel = VillageClinic; // lowest level able to treat (Qmin gating below it)
    double qMin = 0.5;
    LevelArray costYuan{};      // cost per episode by level (base-year prices)
    LevelArray baselineShare{}; // stated starting shares (calibration)
    LevelArray asc{};           // alternative-specific constants
    double staffMinutes = 0;    // staff minutes per episode (ward minutes for inpatient lines)
    double coefCost = 0;        // bc per yuan
    double coefTravel = 0;      // bt per minute
    double coefQuality = 0;     // bq
    std::array<double, kRoles> roleWeight{};
    LevelArray lengthOfStayDays{}; // bed-days per admission by level
    // Inpatient lines: share of admissions that good primary care can avoid
    // (ambulatory-care-sensitive). Outpatient lines: `managedCare` marks the
    // line the avoided admissions become (chronic-disease follow-up visits).
    double avoidableShare = 0;
    bool managedCare = false;

    auto tie() const
    {
        return std::tie(inpatient, annualRatePerPerson, drgWeight, minLevel, qMin, costYuan,
                        baselineShare, asc, staffMinutes, coefCost, coefTravel, coefQuality,
                        roleWeight, lengthOfStayDays, avoidableShare, managedCare);
    }
    friend bool operator==(const ServiceLine &a, const ServiceLine &b)
    {
        return a.tie() == b.tie();
    }
    friend bool operator!=(const ServiceLine &a, const ServiceLine &b) { return !(a == b); }
};

struct Settlement {
    double lon = 0, lat = 0;
    double population = 0;
    int township = 0;       // dense township index
    int region = 0;         // county index (candidate sets stay inside a county)
    double signedShare = 0; // family-doctor signing share at month 0
    bool active = true;     // false: removed (the slot stays so indices are stable)
    auto tie() const
    {
        return std::tie(lon, lat, population, township, region, signedShare, active);
    }
    friend bool operator==(const Settlement &a, const Settlement &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Settlement &a, const Settlement &b) { return !(a == b); }
};

struct Facility {
    double lon = 0, lat = 0;
    int level = VillageClinic;
    int township = -1; // dense township index; -1 for county and out-of-county hospitals
    int region = 0;    // county index; -1: a destination every county considers
    int beds = 0;
    bool inAlliance = true;
    bool active = true;
    std::vector<double> capability; // cap0 per service line, in [0,1]
    auto tie() const
    {
        return std::tie(lon, lat, level, township, region, beds, inAlliance, active, capability);
    }
    friend bool operator==(const Facility &a, const Facility &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Facility &a, const Facility &b) { return !(a == b); }
};

struct RoadPoint {
    double lon = 0, lat = 0;
    friend bool operator==(const RoadPoint &a, const RoadPoint &b)
    {
        return a.lon == b.lon && a.lat == b.lat;
    }
};

// Roads meet where they share a vertex (same coordinates).
struct Road {
    std::vector<RoadPoint> path;
    double speedKmh = 40;
    bool active = true;
    friend bool operator==(const Road &a, const Road &b)
    {
        return a.path == b.path && a.speedKmh == b.speedKmh && a.active == b.active;
    }
    friend bool operator!=(const Road &a, const Road &b) { return !(a == b); }
};

struct Staff {
    int role = GeneralPractitioner;
    int title = 0;
    int home = -1; // facility index where the person works when not posted
    bool active = true;
    auto tie() const { return std::tie(role, title, home, active); }
    friend bool operator==(const Staff &a, const Staff &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Staff &a, const Staff &b) { return !(a == b); }
};

// Staff member at a facility for months [start, end) at an FTE fraction.
struct Posting {
    int staff = 0;
    int facility = 0;
    int start = 0;
    int end = 0;
    double fte = 1.0;
    bool active = true;
    auto tie() const { return std::tie(staff, facility, start, end, fte, active); }
    friend bool operator==(const Posting &a, const Posting &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Posting &a, const Posting &b) { return !(a == b); }
};

// A telemedicine or shared-diagnostics link (远程会诊、影像/检验/心电共享中心)
// from a county hospital to a township centre: raises the centre's capability
// by `gain` for the lines it serves, in months [start, end).
struct TelemedicineLink {
    int hub = 0;    // facility index of the county hospital
    int centre = 0; // facility index of the township centre
    int start = 0;
    int end = 0;
    double gain = 0;
    bool outpatient = true; // serves outpatient lines
    bool inpatient = true;  // serves inpatient lines
    double annualCostYuan = 0;
    bool active = true;
    auto tie() const
    {
        return std::tie(hub, centre, start, end, gain, outpatient, inpatient, annualCostYuan,
                        active);
    }
    friend bool operator==(const TelemedicineLink &a, const TelemedicineLink &b)
    {
        return a.tie() == b.tie();
    }
    friend bool operator!=(const TelemedicineLink &a, const TelemedicineLink &b)
    {
        return !(a == b);
    }
};

struct Input {
    Settings settings;
    int townships = 0;
    std::vector<ServiceLine> lines;
    std::vector<Settlement> settlements;
    std::vector<Facility> facilities;
    std::vector<Road> roads;
    std::vector<Staff> staff;
    std::vector<Posting> postings;
    std::vector<TelemedicineLink> links;
    std::vector<PolicyEntry> schedule; // sorted by fromMonth; empty: default policy

    // Policy in effect in month t.
    const Policy &policyAt(int t) const;
};

} // namespace cc::sim
