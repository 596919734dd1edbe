#pragma once

// The engine's input: plain values with dense indices (no ids, no Qt). The
// bridge in models/simulation compiles a cc::Project into this; the benchmark
// generator builds it directly. Every default names its source.

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

// A full policy parameter set (mirrors cc::PolicyKey; defaults as in
// models/domain/parameters.cpp).
struct Policy {
    // NHSA statistical bulletins 2020-2023: resident enrolment above 95%.
    double insuredShare = 0.95;
    // NHSA/MOF/STA 2024 notice: subsidy 670 + premium 400 yuan per insured per year.
    double fiscalSubsidyYuan = 670;
    double personalPremiumYuan = 400;
    // Resident general-outpatient pooling (门诊统筹), NHSA guidance 2021 (assumption).
    LevelArray outpatientDeductible{0, 0, 0, 0, 0};
    LevelArray outpatientRatio{0.60, 0.55, 0.45, 0.30, 0.20};
    // Typical county inpatient schedule (DESIGN.md): THC 100/90%, CH 300/80%,
    // city 600/65%, province 1,000/50%.
    LevelArray inpatientDeductible{0, 100, 300, 600, 1000};
    LevelArray inpatientRatio{0.90, 0.90, 0.80, 0.65, 0.50};
    double inScopeShare = 0.85;  // DESIGN.md: in-scope share of cost 0.85
    double noReferralCut = 0.10; // provincial rules: 10-20 points lower without referral
    double referralShare = 0.60; // DESIGN.md assumption
    // Global budget 总额预算 (NHC/NHSA 2023 guidance on tight county alliances).
    bool globalBudgetOn = false;
    double budgetShare = 1.0;
    double criticalIllnessShare = 0.10; // DESIGN.md
    double reserveShare = 0.05;         // DESIGN.md
    double prepaymentShare = 0.85;      // 按月预拨 85% (DESIGN.md)
    double surplusRetention = 1.0;      // 结余留用 (DESIGN.md)
    double overrunShare = 0.5;          // 超支分担 (DESIGN.md)
    double overrunBand = 0.10;          // DESIGN.md: up to 10% of the budget
    // DRG point method 点数法 (NHSA DRG/DIP three-year plan 2021-2024).
    bool drgOn = false;
    bool drgFloating = true;
    double drgFixedPointValueYuan = 65; // 100 points x RW 1 near CH cost 6,425 yuan
    double drgBasePoints = 100;         // DESIGN.md: points = 100 x RW x coefficient
    double drgCoefTownship = 0.85;      // DESIGN.md assumption
    double drgCoefCounty = 1.0;
    // Capitation for signed residents 按人头付费 (NHC 2022 family-doctor guidance).
    bool capitationOn = false;
    double capitationYuanPerSigned = 150; // DESIGN.md assumption
    double signingTarget = 0.45;          // NHC 2022: national signing rate about 45%
    int signingRampMonths = 24;           // DESIGN.md assumption

    auto tie() const
    {
        return std::tie(insuredShare, fiscalSubsidyYuan, personalPremiumYuan, outpatientDeductible,
                        outpatientRatio, inpatientDeductible, inpatientRatio, inScopeShare,
                        noReferralCut, referralShare, globalBudgetOn, budgetShare,
                        criticalIllnessShare, reserveShare, prepaymentShare, surplusRetention,
                        overrunShare, overrunBand, drgOn, drgFloating, drgFixedPointValueYuan,
                        drgBasePoints, drgCoefTownship, drgCoefCounty, capitationOn,
                        capitationYuanPerSigned, signingTarget, signingRampMonths);
    }
    friend bool operator==(const Policy &a, const Policy &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Policy &a, const Policy &b) { return !(a == b); }
};

struct PolicyEntry {
    int fromMonth = 0;
    Policy policy;
    friend bool operator==(const PolicyEntry &a, const PolicyEntry &b)
    {
        return a.fromMonth == b.fromMonth && a.policy == b.policy;
    }
    friend bool operator!=(const PolicyEntry &a, const PolicyEntry &b) { return !(a == b); }
};

// Model settings that hold for the whole run (mirrors cc::SettingKey).
struct Settings {
    int months = 60; // DESIGN.md default horizon
    int startYear = 2025;
    int startMonth = 1;
    double coefInCounty = 0.27;  // bin, rural-China discrete-choice priors (DESIGN.md)
    double coefSignedHome = 0.5; // bsig, same source
    double coefWait = 1.0;       // bw, DESIGN.md assumption
    std::array<double, kTitles> titleFactor{0.5, 0.75, 1.0}; // DESIGN.md assumption
    double detourFactor = 1.4;                               // DESIGN.md: straight line x 1.4
    double offRoadSpeedKmh = 30;                             // DESIGN.md: 30 km/h
    int candidateVillageClinics = 3;                         // DESIGN.md candidate set
    int candidateTownshipCentres = 3;                        // DESIGN.md candidate set
    double availableHoursPerYear = 1760; // WHO WISN manual 2010: available working time
    double learningRetention = 0.0;      // DESIGN.md: optional, off by default
    bool congestionOn = true;
    // Departure from DESIGN.md (documented): the queue signal is smoothed,
    // wait[t] = s * wait[t-1] + (1 - s) * max(0, demand[t-1] / cap[t] - 1), because
    // with s = 0 a one-month lag makes overloaded facilities flip between full
    // and empty every other month (a cobweb cycle). s = 0 gives the DESIGN formula.
    double waitSmoothing = 0.5;
    double initialFundBalanceYuan = 0;

    auto tie() const
    {
        return std::tie(months, startYear, startMonth, coefInCounty, coefSignedHome, coefWait,
                        titleFactor, detourFactor, offRoadSpeedKmh, candidateVillageClinics,
                        candidateTownshipCentres, availableHoursPerYear, learningRetention,
                        congestionOn, waitSmoothing, initialFundBalanceYuan);
    }
    friend bool operator==(const Settings &a, const Settings &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Settings &a, const Settings &b) { return !(a == b); }
};

struct ServiceLine {
    bool inpatient = false;
    double annualRatePerPerson = 1.0;
    double drgWeight = 1.0;
    int minLevel = VillageClinic; // lowest level able to treat (Qmin gating below it)
    double qMin = 0.5;
    LevelArray costYuan{40, 85, 252, 390, 390}; // DESIGN.md outpatient costs 2020-2023
    LevelArray baselineShare{};                 // stated starting shares (calibration)
    LevelArray asc{};                           // alternative-specific constants
    double staffMinutes = 10;
    double coefCost = 0.010;   // bc per yuan, outpatient prior (DESIGN.md)
    double coefTravel = 0.030; // bt per minute, outpatient prior
    double coefQuality = 2.0;  // bq, outpatient prior
    std::array<double, kRoles> roleWeight{};

    auto tie() const
    {
        return std::tie(inpatient, annualRatePerPerson, drgWeight, minLevel, qMin, costYuan,
                        baselineShare, asc, staffMinutes, coefCost, coefTravel, coefQuality,
                        roleWeight);
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

struct Input {
    Settings settings;
    int townships = 0;
    std::vector<ServiceLine> lines;
    std::vector<Settlement> settlements;
    std::vector<Facility> facilities;
    std::vector<Road> roads;
    std::vector<Staff> staff;
    std::vector<Posting> postings;
    std::vector<PolicyEntry> schedule; // sorted by fromMonth; empty: default policy

    // Policy in effect in month t.
    const Policy &policyAt(int t) const;
};

} // namespace cc::sim
