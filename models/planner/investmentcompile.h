#pragma once

// From the document's investments to engine actions (models/planner/simaction.h).

#include "models/domain/project.h"
#include "models/planner/simaction.h"
#include "models/simulation/simcompile.h"

#include <vector>

namespace cc::planner {

// The county hospital a telemedicine link starts from: the general county
// hospital with the lowest id, else any county hospital; 0 when there is none.
EntityId linkHubOf(const Project &project);
// The inpatient line a care centre equips: the one with the highest DRG weight
// (the complex line of the standard catalogue); 0 when there is none.
EntityId complexLineOf(const Project &project);
// Roles of the staff a new site opens with: a village doctor for a clinic;
// three GPs and three nurses for a township branch (an assumption, see the
// catalogue's source).
std::vector<int> newSiteRoles(InvestmentKind kind);
// The baseline capability of a new site: that of the facility of the same
// level in the same township with the lowest id, else in the county.
std::vector<double> newSiteCapability(const Project &project, const SimIndexMap &map,
                                      const sim::Input &input, InvestmentKind kind,
                                      EntityId townshipId);

// The engine action of an investment; false when it refers to something that
// is gone (a removed facility) or changes nothing the engine sees.
bool toSimAction(const Project &project, const SimIndexMap &map, const sim::Input &input,
                 const Investment &investment, SimAction *action);

// Whether a change of the catalogue changes what some scenario simulates. An
// investment carries its own units and capability gain (the planner copies
// them from the catalogue when it lists the candidate), so a catalogue edit
// leaves it alone, except the yearly cost of a telemedicine-link investment,
// which toSimAction reads from the catalogue (the fund pays it). The planner
// writes its links as ordinary links with their cost, so only a file can hold one.
bool catalogueReachesSimulation(const Project &project);

// Applies the investments of `scenarioId` to its compiled input, in id order,
// appending the facilities and staff they add.
void applyInvestments(const Project &project, EntityId scenarioId, const SimIndexMap &map,
                      sim::Input &input);

// Which facilities (dense index) are care centres of `kind` in a scenario:
// the project's designations plus the scenario's care-centre investments.
std::vector<char> careCentresOf(const Project &project, EntityId scenarioId, const SimIndexMap &map,
                                int facilities, CareCentreKind kind);

} // namespace cc::planner
