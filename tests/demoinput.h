#pragma once

// The demo county in engine terms, for the model's tests, and a way to change
// a policy from a month on.

#include "models/demo/democounty.h"
#include "models/sim/siminput.h"
#include "models/simulation/simcompile.h"

#include <algorithm>

namespace cc::demotest {

// Built once per test program (calibrating it takes a moment under the sanitizers).
inline const Project &demoProject()
{
    static const Project project = demo::makeDemoProject();
    return project;
}

inline sim::Input demoInput(const QString &scenario = QStringLiteral("baseline"), int months = 48)
{
    Project p = demoProject();
    p.settings[SettingKey::HorizonMonths] = months;
    SimIndexMap map;
    return compileProject(p, p.scenarioIdByName(scenario), map);
}

// Changes the policy in every schedule entry from month `from` on (adding an
// entry at `from` when none starts there).
template <typename Change> void changePolicyFrom(sim::Input &in, int from, const Change &change)
{
    bool found = false;
    for (sim::PolicyEntry &e : in.schedule)
        found = found || e.fromMonth == from;
    if (!found) {
        in.schedule.push_back({from, in.policyAt(from)});
        std::stable_sort(in.schedule.begin(), in.schedule.end(),
                         [](const sim::PolicyEntry &a, const sim::PolicyEntry &b) {
                             return a.fromMonth < b.fromMonth;
                         });
    }
    for (sim::PolicyEntry &e : in.schedule)
        if (e.fromMonth >= from)
            change(e.policy);
}

// The facility of that level with the most beds (the first one among equals).
inline int largestFacility(const sim::Input &in, int level)
{
    int best = -1;
    for (int f = 0; f < static_cast<int>(in.facilities.size()); ++f)
        if (in.facilities[f].level == level && in.facilities[f].active &&
            (best < 0 || in.facilities[f].beds > in.facilities[best].beds))
            best = f;
    return best;
}

} // namespace cc::demotest
