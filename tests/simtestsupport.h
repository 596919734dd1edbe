#pragma once

// Random edits of an engine input, for the randomized sim tests.

#include "models/sim/siminput.h"

#include <algorithm>
#include <random>
#include <string>

namespace cc::simtest {

using namespace cc::sim;

enum EditKind : int {
    EditPosting,
    AddPosting,
    RemovePosting,
    EditStaff,
    EditPolicy,
    MoveFacility,
    AddFacility,
    RemoveFacility,
    EditFacility,
    MoveSettlement,
    AddSettlement,
    RemoveSettlement,
    EditSettlement,
    EditRoad,
    AddRoad,
    RemoveRoad,
    EditLine,
    EditSettings,
    AddLink,
    EditLink,
    RemoveLink,
    EditKindCount
};

inline const char *editName(int kind)
{
    static const char *names[] = {
        "EditPosting",   "AddPosting",       "RemovePosting",  "EditStaff",    "EditPolicy",
        "MoveFacility",  "AddFacility",      "RemoveFacility", "EditFacility", "MoveSettlement",
        "AddSettlement", "RemoveSettlement", "EditSettlement", "EditRoad",     "AddRoad",
        "RemoveRoad",    "EditLine",         "EditSettings",   "AddLink",      "EditLink",
        "RemoveLink"};
    return names[kind];
}

inline int pick(std::mt19937 &rng, int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}
inline double uniform(std::mt19937 &rng, double a, double b)
{
    return std::uniform_real_distribution<double>(a, b)(rng);
}

// Applies one random edit of `kind` to `in` (returns false when not applicable).
inline bool randomEdit(Input &in, int kind, std::mt19937 &rng)
{
    const int months = in.settings.integer(SettingKey::HorizonMonths);
    const int F = static_cast<int>(in.facilities.size());
    const int S = static_cast<int>(in.settlements.size());
    switch (kind) {
    case EditPosting: {
        if (in.postings.empty())
            return false;
        Posting &p = in.postings[pick(rng, static_cast<int>(in.postings.size()))];
        p.start = pick(rng, months);
        p.end = std::min(months + 3, p.start + 1 + pick(rng, 14));
        p.fte = uniform(rng, 0.1, 1.0);
        if (pick(rng, 3) == 0)
            p.facility = pick(rng, F);
        return true;
    }
    case AddPosting: {
        Posting p;
        p.staff = pick(rng, static_cast<int>(in.staff.size()));
        p.facility = pick(rng, F);
        p.start = pick(rng, months);
        p.end = p.start + 1 + pick(rng, 12);
        p.fte = uniform(rng, 0.1, 1.0);
        in.postings.push_back(p);
        return true;
    }
    case RemovePosting: {
        if (in.postings.empty())
            return false;
        in.postings[pick(rng, static_cast<int>(in.postings.size()))].active = false;
        return true;
    }
    case EditStaff: {
        Staff &s = in.staff[pick(rng, static_cast<int>(in.staff.size()))];
        s.title = pick(rng, kTitles);
        s.role = pick(rng, kRoles);
        if (pick(rng, 4) == 0)
            s.home = pick(rng, F);
        return true;
    }
    case EditPolicy: {
        const int from = pick(rng, months);
        Policy p = in.policyAt(from);
        const int l = pick(rng, kLevels);
        p[levelKey(PolicyKey::InpatientRatioVillage, l)] = uniform(rng, 0.3, 0.95);
        p[levelKey(PolicyKey::OutpatientRatioVillage, l)] = uniform(rng, 0.2, 0.8);
        if (pick(rng, 3) == 0)
            p[PolicyKey::GlobalBudgetOn] = p.flag(PolicyKey::GlobalBudgetOn) ? 0 : 1;
        if (pick(rng, 3) == 0)
            p[PolicyKey::CapitationOn] = p.flag(PolicyKey::CapitationOn) ? 0 : 1;
        if (pick(rng, 4) == 0)
            p[PolicyKey::DrgOn] = p.flag(PolicyKey::DrgOn) ? 0 : 1;
        // Model 2: how the budget is set, the carve-out, the turnover fund, growth.
        if (pick(rng, 4) == 0)
            p[PolicyKey::BudgetMethod] = p.integer(PolicyKey::BudgetMethod) == 0 ? 1 : 0;
        if (pick(rng, 4) == 0)
            p[PolicyKey::BudgetGrowthRate] = uniform(rng, 0.0, 0.1);
        if (pick(rng, 4) == 0)
            p[PolicyKey::TurnoverMonths] = uniform(rng, 0.0, 3.0);
        if (pick(rng, 4) == 0)
            p[PolicyKey::CriticalIllnessThresholdYuan] = uniform(rng, 5000, 60000);
        if (pick(rng, 4) == 0)
            p[PolicyKey::RevenueGrowthRate] = uniform(rng, 0.0, 0.08);
        if (pick(rng, 4) == 0)
            p[PolicyKey::SurplusRetention] = uniform(rng, 0.0, 1.0);
        bool replaced = false;
        for (PolicyEntry &e : in.schedule)
            if (e.fromMonth == from) {
                e.policy = p;
                replaced = true;
            }
        if (!replaced)
            in.schedule.push_back(PolicyEntry{from, p});
        std::stable_sort(
            in.schedule.begin(), in.schedule.end(),
            [](const PolicyEntry &a, const PolicyEntry &b) { return a.fromMonth < b.fromMonth; });
        return true;
    }
    case MoveFacility: {
        Facility &f = in.facilities[pick(rng, F)];
        f.lon += uniform(rng, -0.05, 0.05);
        f.lat += uniform(rng, -0.05, 0.05);
        return true;
    }
    case AddFacility: {
        Facility f = in.facilities[pick(rng, F)];
        f.active = true;
        f.level = pick(rng, 2);
        f.lon += uniform(rng, -0.05, 0.05);
        f.lat += uniform(rng, -0.05, 0.05);
        f.beds = pick(rng, 2) * 20;
        in.facilities.push_back(f);
        return true;
    }
    case RemoveFacility: {
        in.facilities[pick(rng, F)].active = false;
        return true;
    }
    case EditFacility: {
        Facility &f = in.facilities[pick(rng, F)];
        for (double &c : f.capability)
            c = uniform(rng, 0.0, 1.0);
        f.beds = pick(rng, 2) * 30;
        return true;
    }
    case MoveSettlement: {
        Settlement &s = in.settlements[pick(rng, S)];
        s.lon += uniform(rng, -0.05, 0.05);
        s.lat += uniform(rng, -0.05, 0.05);
        return true;
    }
    case AddSettlement: {
        Settlement s = in.settlements[pick(rng, S)];
        s.active = true;
        s.lon += uniform(rng, -0.03, 0.03);
        s.population = uniform(rng, 100, 3000);
        in.settlements.push_back(s);
        return true;
    }
    case RemoveSettlement: {
        in.settlements[pick(rng, S)].active = false;
        return true;
    }
    case EditSettlement: {
        Settlement &s = in.settlements[pick(rng, S)];
        s.population = uniform(rng, 100, 5000);
        s.signedShare = uniform(rng, 0.0, 0.6);
        return true;
    }
    case EditRoad: {
        Road &r = in.roads[pick(rng, static_cast<int>(in.roads.size()))];
        RoadPoint &p = r.path[1];
        p.lon += uniform(rng, -0.02, 0.02);
        r.speedKmh = uniform(rng, 10, 80);
        return true;
    }
    case AddRoad: {
        Road r;
        r.speedKmh = uniform(rng, 20, 80);
        const Road &a = in.roads[pick(rng, static_cast<int>(in.roads.size()))];
        const Road &b = in.roads[pick(rng, static_cast<int>(in.roads.size()))];
        r.path = {a.path.back(), b.path.back()};
        in.roads.push_back(r);
        return true;
    }
    case RemoveRoad: {
        in.roads[pick(rng, static_cast<int>(in.roads.size()))].active = false;
        return true;
    }
    case EditLine: {
        ServiceLine &l = in.lines[pick(rng, static_cast<int>(in.lines.size()))];
        l.coefCost *= uniform(rng, 0.5, 1.5);
        l.annualRatePerPerson *= uniform(rng, 0.8, 1.2);
        l.staffMinutes *= uniform(rng, 0.8, 1.2);
        l.asc[pick(rng, kLevels)] += uniform(rng, -0.5, 0.5);
        if (l.inpatient)
            l.lengthOfStayDays[pick(rng, kLevels)] = uniform(rng, 2.0, 15.0);
        return true;
    }
    case EditSettings: {
        in.settings[SettingKey::CoefWait] = uniform(rng, 0.2, 3.0);
        // Model 2 settings, one at a time.
        switch (pick(rng, 11)) {
        case 7:
            in.settings[SettingKey::ResponseAvoidableShare] = uniform(rng, 0.0, 0.6);
            break;
        case 8:
            in.settings[SettingKey::ResponseStayReduction] = uniform(rng, 0.0, 0.3);
            break;
        case 9:
            in.settings[SettingKey::ReferralDownShare] = uniform(rng, 0.0, 0.3);
            break;
        case 10:
            in.settings[SettingKey::ResponseInducedDemand] = uniform(rng, 0.0, 0.2);
            break;
        case 0:
            in.settings[SettingKey::GrowthAdmissions] = uniform(rng, -0.02, 0.08);
            break;
        case 1:
            in.settings[SettingKey::GrowthOutpatientCost] = uniform(rng, -0.02, 0.08);
            break;
        case 2:
            in.settings[SettingKey::TargetBedOccupancy] = uniform(rng, 0.6, 1.0);
            break;
        case 3:
            in.settings[SettingKey::WardShareNurse] = uniform(rng, 0.0, 1.0);
            break;
        case 4:
            in.settings[SettingKey::CoefSize] = uniform(rng, 0.0, 2.0);
            break;
        case 5:
            in.settings[SettingKey::ClaimsScale] = uniform(rng, 0.7, 1.2);
            break;
        default:
            in.settings[SettingKey::InpatientCostCv] = uniform(rng, 0.5, 2.0);
            break;
        }
        return true;
    }
    case AddLink: {
        // From a county hospital to a township centre.
        std::vector<int> hubs, centres;
        for (int f = 0; f < F; ++f) {
            if (in.facilities[f].level == CountyHospital)
                hubs.push_back(f);
            if (in.facilities[f].level == TownshipCentre)
                centres.push_back(f);
        }
        if (hubs.empty() || centres.empty())
            return false;
        TelemedicineLink link;
        link.hub = hubs[pick(rng, static_cast<int>(hubs.size()))];
        link.centre = centres[pick(rng, static_cast<int>(centres.size()))];
        link.start = pick(rng, months);
        link.end = link.start + 1 + pick(rng, months);
        link.gain = uniform(rng, 0.0, 0.3);
        link.outpatient = pick(rng, 2) == 0;
        link.inpatient = true;
        link.annualCostYuan = uniform(rng, 0, 1e5);
        in.links.push_back(link);
        return true;
    }
    case EditLink: {
        if (in.links.empty())
            return false;
        TelemedicineLink &link = in.links[pick(rng, static_cast<int>(in.links.size()))];
        link.gain = uniform(rng, 0.0, 0.3);
        link.start = pick(rng, months);
        link.end = link.start + 1 + pick(rng, months);
        return true;
    }
    case RemoveLink: {
        if (in.links.empty())
            return false;
        in.links[pick(rng, static_cast<int>(in.links.size()))].active = false;
        return true;
    }
    default:
        return false;
    }
}

} // namespace cc::simtest
