#pragma once

// One investment in engine terms, and the ChangeSet that makes it. The same
// function serves the planner (which evaluates an action on reserved,
// inactive elements and reverts it) and the compiler (which appends the
// elements a scenario's investments add), so what the planner measures is
// what the applied scenario simulates.

#include "models/sim/changeset.h"
#include "models/sim/siminput.h"

#include <vector>

namespace cc::planner {

enum class SimActionKind : int {
    AddBeds,         // facility: beds += units
    RaiseCapability, // facility: capability[line] closes `gain` of its gap to 1 (equip, centre)
    Link,            // a telemedicine link hub -> facility, months [start, end)
    PostStaff,       // staff (county doctors) posted full time at facility, months [start, end)
    NewSite,         // a facility of `level` at settlement's place with `units` beds and new staff
    Merge,           // facility closes; its home staff move to `neighbour`
};

struct SimAction {
    SimActionKind kind = SimActionKind::AddBeds;
    int facility = -1;
    int neighbour = -1;                       // Merge
    int hub = -1;                             // Link
    int settlement = -1;                      // NewSite
    int level = sim::VillageClinic;           // NewSite
    int line = -1;                            // RaiseCapability
    int units = 0;                            // beds
    double gain = 0;                          // capability gain (RaiseCapability, Link)
    bool outpatient = true, inpatient = true; // Link: lines it serves
    double annualCostYuan = 0;                // Link
    int start = 0, end = 0;                   // Link, PostStaff
    std::vector<int> staff;                   // PostStaff: staff indices
    std::vector<int> newStaffRoles;           // NewSite: role of each new staff member
    std::vector<double> capability;           // NewSite: cap0 per line
};

// Where the elements an action adds go.
struct Slots {
    int facility = -1;
    std::vector<int> staff;
    std::vector<int> postings;
    int link = -1;
};

// How many new elements of each table an action needs.
Slots slotsNeeded(const SimAction &action); // counts in the sizes; indices -1
// Slots at the end of the input's tables (each index equal to the size appends).
Slots appendedSlots(const sim::Input &input, const SimAction &action);
// Appends inactive elements to `input` for any single action of the kinds
// given (at most `staff` new staff, `postings` new postings) and returns where.
Slots reserveSlots(sim::Input &input, int staff, int postings);

// The edits that make the action on `input`, its new elements in `slots`.
sim::ChangeSet actionChanges(const sim::Input &input, const SimAction &action, const Slots &slots);
// The edits that put back what `changes` replaced in `before`.
sim::ChangeSet revertChanges(const sim::Input &before, const sim::ChangeSet &changes);
// `first` and then `then` as one set of edits on `current` (where an element
// is in both, `then`'s value), leaving out the edits that would not change
// `current`: one engine update instead of two.
sim::ChangeSet chainChanges(const sim::Input &current, const sim::ChangeSet &first,
                            const sim::ChangeSet &then);

} // namespace cc::planner
