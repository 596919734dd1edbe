// The state of one incremental update between its steps (engineupdate.cpp,
// enginereplay.cpp); private to the engine.
#pragma once

#include "models/sim/engine.h"

#include <algorithm>
#include <array>
#include <vector>

namespace cc::sim {

// A facility compiled again, compared month by month.
struct Engine::DirtyFacility {
    int f;
    std::vector<char> month;    // capability or eligibility changed: rows redo the slot
    std::vector<char> capacity; // staff time changed: the queue is checked again
};

// One update between its steps, in the order apply() runs them.
struct Engine::Update {
    explicit Update(const ChangeSet &changes) : ch(changes) {}
    const ChangeSet &ch;

    // What the change set touches (markChanges()).
    int oldS = 0, oldF = 0;
    bool settlementsChange = false, candidatesMayChange = false, staticMayChange = false;
    bool anyLine = false, roads = false, staffChanged = false;
    std::vector<char> facRecompute; // facilities to compile again
    std::vector<int> geometryFacilities, movedSettlements;
    std::vector<char> lineDirty;  // lines whose rows are redone whole
    std::vector<char> settStatic; // settlements whose rows are redone whole
    int staffingFirst = 0;        // postings count in the staffing indicators from here

    // What the rows saw before the change, to take it out again (keepBefore()).
    std::vector<Settlement> oldSettlements;
    std::vector<int> oldCandFac;
    std::vector<std::uint8_t> oldCandHome;
    std::vector<double> oldExpStatic;
    std::vector<int> oldLevel;
    std::vector<double> oldRate, oldMinutes, oldRamp, oldTarget, oldResponseRamp;
    std::vector<double> oldDemandFactor, oldStay, oldAvoidableRate, oldReferral, oldLineAvoidable;
    std::vector<double> oldAvoidance, oldBeds, oldOopChoice;
    std::vector<Policy> oldPolicies;

    // What the recompiled input changed.
    std::vector<char> policyDirty; // [t]: every row of the month again
    bool candidatesChanged = false;
    std::vector<DirtyFacility> dirtyFacilities;
    std::vector<char> bedsMoved; // [f]
    bool levelChanged = false;
    bool anyStatic = false;          // some settlement's or line's rows are redone whole
    long long staticSettlements = 0; // settlements whose rows are redone whole
    long long dirtyLines = 0;
    int first = 0;       // first month anything changed
    int lastDirect = -1; // last month the change itself reaches (queues carry it further)

    // The rows are taken out with oldCx and put back with newCx; finalize()
    // redoes what the scope names.
    RowContext oldCx, newCx;
    Scope scope;
    std::vector<std::uint8_t> loadChanged; // [f]: already in scope.facilities

    // The month loop: month t's factors as they were before the update, the
    // facilities touched last month and this one, the settlements to redo.
    bool everyFacility = false;    // month t's factors were compiled for every facility
    bool queuesAll = false;        // every queue of month t is checked again
    std::vector<char> pricesMoved; // [k*L + l]: month t's out-of-pocket for choice moved
    MonthFactors kept;
    std::vector<int> keptIndex, keptList;
    std::vector<double> keptQ, keptWait, keptMonthQ;
    std::vector<std::uint8_t> touchedMark;
    std::vector<int> touched, touchedPrev, waitDirtyPrev, appealMovedPrev;
    bool appealMovedPrevAll = false;
    std::vector<char> mask;
    std::vector<int> maskList;
    MonthSink sink{};
    double oldHome = 0, newHome = 0; // the settlement's signing factors
    std::array<double, 64> oldE{}, newE{};
    std::vector<FullBuffers> buffers; // for months run again whole
    std::vector<char> monthLines;     // [k]: the lines a policy month runs again
    std::vector<int> check;           // updateQueues(): the queues checked this month
    std::vector<char> checkMark;      // [f]
    std::vector<Waits> computed;
    long long rows = 0;

    void markFacility(int f)
    {
        if (f < 0)
            return;
        if (static_cast<std::size_t>(f) >= facRecompute.size())
            facRecompute.resize(static_cast<std::size_t>(f) + 1, 0);
        facRecompute[f] = 1;
    }
    void townshipFrom(int w, int t)
    {
        w = std::clamp(w, 0, static_cast<int>(scope.townshipFirst.size()) - 1);
        scope.townshipFirst[w] = std::min(scope.townshipFirst[w], t);
    }
    void facilityLoadChanged(int f)
    {
        if (!loadChanged[f]) {
            loadChanged[f] = 1;
            scope.facilities.push_back(f);
        }
    }
};

} // namespace cc::sim
