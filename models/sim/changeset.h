#pragma once

#include "models/sim/siminput.h"

#include <optional>
#include <utility>
#include <vector>

namespace cc::sim {

// Edits to an engine's input, as "set element i to this value" operations. An
// index equal to the current size appends; removing sets `active = false` so
// dense indices stay stable. The engine works out what each edit touches by
// comparing the old and new values.
struct ChangeSet {
    std::vector<std::pair<int, Settlement>> settlements;
    std::vector<std::pair<int, Facility>> facilities;
    std::vector<std::pair<int, Road>> roads;
    std::vector<std::pair<int, ServiceLine>> lines;
    std::vector<std::pair<int, Staff>> staff;
    std::vector<std::pair<int, Posting>> postings;
    std::vector<std::pair<int, TelemedicineLink>> links;
    std::optional<std::vector<PolicyEntry>> schedule;
    std::optional<Settings> settings;
    std::optional<int> townships;
    std::optional<int> lineCount; // truncates the catalogue (a rebuild)

    bool empty() const
    {
        return settlements.empty() && facilities.empty() && roads.empty() && lines.empty() &&
               staff.empty() && postings.empty() && links.empty() && !schedule && !settings &&
               !townships && !lineCount;
    }
};

// The edits that turn `from` into `to`. Elements past the end of `to` (when `to`
// is shorter) become inactive copies of `from`'s.
ChangeSet diffInputs(const Input &from, const Input &to);

// Applies the edits to an input (what the engine does to its own copy).
void applyChanges(Input &input, const ChangeSet &changes);

} // namespace cc::sim
