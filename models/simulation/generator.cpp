#include "models/simulation/generator.h"

#include "models/demo/democounty.h"
#include "models/sim/calibrator.h"
#include "models/simulation/simcompile.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace cc::sim {

std::vector<ServiceLine> standardServiceLines()
{
    // The demo county's catalogue (models/demo/demoservices.cpp), one source
    // for both; generateRegion() calibrates the constants.
    std::vector<ServiceLine> lines;
    for (const cc::ServiceLine &l : demo::defaultServiceLines())
        lines.push_back(toSimLine(l));
    return lines;
}

namespace {

Facility makeFacility(double lon, double lat, int level, int township, int region, int lines,
                      std::mt19937 &rng)
{
    std::uniform_real_distribution<double> jitter(-0.05, 0.05);
    Facility f;
    f.lon = lon;
    f.lat = lat;
    f.level = level;
    f.township = township;
    f.region = region;
    f.beds = level == VillageClinic ? 0 : level == TownshipCentre ? 30 : 500;
    static const double kCap[kLevels][5] = {{0.35, 0.30, 0, 0, 0},
                                            {0.55, 0.55, 0.45, 0.20, 0.05},
                                            {0.75, 0.75, 0.75, 0.70, 0.50},
                                            {0.85, 0.85, 0.85, 0.85, 0.80},
                                            {0.95, 0.95, 0.95, 0.95, 0.95}};
    f.capability.resize(lines);
    for (int k = 0; k < lines; ++k)
        f.capability[k] = std::clamp(kCap[level][std::min(k, 4)] + jitter(rng), 0.0, 1.0);
    return f;
}

} // namespace

Input generateRegion(const GeneratorSpec &spec)
{
    std::mt19937 rng(spec.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Input in;
    in.settings = defaultSettings();
    in.settings[SettingKey::HorizonMonths] = spec.months;
    in.lines = standardServiceLines();
    const int lines = static_cast<int>(in.lines.size());
    in.schedule.push_back(PolicyEntry{0, defaultPolicy()});
    in.townships = spec.counties * spec.townshipsPerCounty;
    const int side = static_cast<int>(std::ceil(std::sqrt(spec.counties)));
    for (int c = 0; c < spec.counties; ++c) {
        const double lon0 = 108.0 + 0.7 * (c % side);
        const double lat0 = 26.0 + 0.7 * (c / side);
        const double seatLon = lon0 + 0.3, seatLat = lat0 + 0.3;
        // County hospitals in the county seat, destinations outside the county.
        const int ch = static_cast<int>(in.facilities.size());
        in.facilities.push_back(makeFacility(seatLon, seatLat, CountyHospital, -1, c, lines, rng));
        in.facilities.push_back(
            makeFacility(seatLon + 0.01, seatLat, CountyHospital, -1, c, lines, rng));
        in.facilities.push_back(makeFacility(lon0 - 0.6, lat0 + 0.3, OutCity, -1, c, lines, rng));
        in.facilities.push_back(
            makeFacility(lon0 - 1.5, lat0 + 1.2, OutProvince, -1, c, lines, rng));
        // County hospital staff: about 0.8 clinical staff per 1,000 residents
        // (NHC statistical yearbook 2022, county-level hospitals), a few posted below.
        for (int i = 0; i < 320; ++i)
            in.staff.push_back(Staff{i % 3 == 0   ? GeneralPractitioner
                                     : i % 3 == 1 ? Specialist
                                                  : Nurse,
                                     i % 3, ch + (i % 2), true});
        const int tsSide = static_cast<int>(std::ceil(std::sqrt(spec.townshipsPerCounty)));
        for (int w = 0; w < spec.townshipsPerCounty; ++w) {
            const int township = c * spec.townshipsPerCounty + w;
            const double tLon = lon0 + 0.6 * ((w % tsSide) + 0.5) / tsSide;
            const double tLat = lat0 + 0.6 * ((w / tsSide) + 0.5) / tsSide;
            const int thc = static_cast<int>(in.facilities.size());
            in.facilities.push_back(
                makeFacility(tLon, tLat, TownshipCentre, township, c, lines, rng));
            for (int i = 0; i < 10; ++i)
                in.staff.push_back(Staff{i < 5 ? GeneralPractitioner : Nurse, i % 2, thc, true});
            // Township road: county seat -> township centre via two bends.
            Road trunk;
            trunk.speedKmh = 50;
            trunk.path = {
                {seatLon, seatLat},
                {seatLon + (tLon - seatLon) / 3 + 0.01, seatLat + (tLat - seatLat) / 3},
                {seatLon + 2 * (tLon - seatLon) / 3, seatLat + 2 * (tLat - seatLat) / 3 - 0.01},
                {tLon, tLat}};
            in.roads.push_back(trunk);
            for (int v = 0; v < spec.villagesPerTownship; ++v) {
                Settlement s;
                const double angle = 6.2831853 * unit(rng);
                const double r = 0.02 + 0.06 * unit(rng);
                s.lon = tLon + r * std::cos(angle);
                s.lat = tLat + r * std::sin(angle);
                s.population = 600 + 2400 * unit(rng);
                s.township = township;
                s.region = c;
                s.signedShare = 0.2 + 0.2 * unit(rng);
                in.settlements.push_back(s);
                Road lane;
                lane.speedKmh = 20;
                lane.path = {
                    {tLon, tLat}, {(tLon + s.lon) / 2 + 0.003, (tLat + s.lat) / 2}, {s.lon, s.lat}};
                in.roads.push_back(lane);
            }
            for (int v = 0; v < spec.clinicsPerTownship; ++v) {
                const double angle = 6.2831853 * unit(rng);
                const double r = 0.02 + 0.06 * unit(rng);
                const int vc = static_cast<int>(in.facilities.size());
                in.facilities.push_back(makeFacility(tLon + r * std::cos(angle),
                                                     tLat + r * std::sin(angle), VillageClinic,
                                                     township, c, lines, rng));
                in.staff.push_back(Staff{GeneralPractitioner, 0, vc, true});
            }
        }
        // Postings: a third of the county specialists spend a day or two a
        // week at a township centre for a year.
        const int staff0 = static_cast<int>(in.staff.size());
        (void)staff0;
        for (int i = 0; i < spec.townshipsPerCounty; ++i) {
            Posting p;
            p.staff = static_cast<int>(in.staff.size()) - 1; // placeholder, fixed below
            p.facility = ch + 4 + i * (1 + spec.clinicsPerTownship);
            p.start = (i * 7) % std::max(1, spec.months / 2);
            p.end = std::min(spec.months, p.start + 12);
            p.fte = 0.2 + 0.2 * (i % 3);
            // The i-th specialist of this county's hospital staff block.
            int found = -1, seen = 0;
            for (int s = 0; s < static_cast<int>(in.staff.size()); ++s)
                if (in.staff[s].home == ch || in.staff[s].home == ch + 1) {
                    if (in.staff[s].role == Specialist && seen++ == i) {
                        found = s;
                        break;
                    }
                }
            if (found < 0)
                continue;
            p.staff = found;
            in.postings.push_back(p);
        }
    }
    // A healthy fund holds about eight months of payments (NHSA guidance 6-9).
    double pop = 0;
    for (const Settlement &s : in.settlements)
        pop += s.population;
    in.settings[SettingKey::InitialFundBalanceYuan] = pop * 0.95 * 1070 / 12 * 8;
    // Constants that reproduce the stated starting shares.
    calibrate(in);
    return in;
}

Input generateSmall(unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    GeneratorSpec spec;
    spec.townshipsPerCounty = 3;
    spec.villagesPerTownship = 3;
    spec.clinicsPerTownship = 2;
    spec.months = 14 + static_cast<int>(unit(rng) * 13);
    spec.seed = seed;
    Input in = generateRegion(spec);
    in.lines.resize(3 + static_cast<int>(unit(rng) * 2));
    for (Facility &f : in.facilities)
        f.capability.resize(in.lines.size());
    in.settings[SettingKey::StartMonth] = 1 + static_cast<int>(unit(rng) * 12);
    in.settings[SettingKey::LearningRetention] = unit(rng) < 0.5 ? 0.0 : 0.3;
    in.settings[SettingKey::CongestionOn] = unit(rng) < 0.8;
    // Few staff so congestion bites and the monthly chain matters.
    in.settings[SettingKey::AvailableHoursPerYear] = 300 + 300 * unit(rng);
    Policy reform = defaultPolicy();
    reform[PolicyKey::GlobalBudgetOn] = unit(rng) < 0.6;
    reform[PolicyKey::DrgOn] = unit(rng) < 0.5;
    reform[PolicyKey::DrgFloatingPointValue] = unit(rng) < 0.5;
    reform[PolicyKey::CapitationOn] = unit(rng) < 0.6;
    reform[PolicyKey::InpatientRatioTownship] = 0.95;
    reform[PolicyKey::OutpatientRatioVillage] = 0.7;
    in.schedule.push_back(PolicyEntry{6 + static_cast<int>(unit(rng) * 12), reform});
    // A posting below the lowest level: a specialist lifts a centre into ip lines.
    if (in.lines.size() > 3)
        in.facilities[4].capability[3] = 0.45;
    // Providers respond within the short horizon; a telemedicine link from the
    // first county hospital to the first township centre.
    in.settings[SettingKey::ResponseRampMonths] = 6;
    TelemedicineLink link;
    link.hub = 0;
    link.centre = 4;
    link.start = 3;
    link.end = 20;
    link.gain = 0.1;
    link.annualCostYuan = 30000;
    in.links.push_back(link);

    return in;
}

} // namespace cc::sim
