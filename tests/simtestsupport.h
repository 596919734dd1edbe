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
    EditKindCount
};

inline const char *editName(int kind)
{
    static const char *names[] = {
        "EditPosting",   "AddPosting",       "RemovePosting",  "EditStaff",    "EditPolicy",
        "MoveFacility",  "AddFacility",      "RemoveFacility", "EditFacility", "MoveSettlement",
        "AddSettlement", "RemoveSettlement", "EditSettlement", "EditRoad",     "AddRoad",
        "RemoveRoad",    "EditLine",         "EditSettings"};
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
            p.globalBudgetOn = !p.globalBudgetOn;
        if (pick(rng, 3) == 0)
            p.capitationOn = !p.capitationOn;
        if (pick(rng, 4) == 0)
            p.drgOn = !p.drgOn;
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
        return true;
    }
    case EditSettings: {
        in.settings.coefWait = uniform(rng, 0.2, 3.0);
        return true;
    }
    default:
        return false;
    }
}

} // namespace cc::simtest
