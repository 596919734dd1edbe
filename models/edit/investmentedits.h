#pragma once

#include "models/edit/edits.h"
#include "models/planner/planner.h"

namespace cc::edit {

// Applies a planner's portfolio as one undo step: a new scenario named `name`,
// a copy of the starting scenario (its policy schedule, and its own postings,
// links and investments), plus each pick: doctors as postings, a telemedicine
// link as a link, the rest as investments of the new scenario, all editable.
// Refused (nothing changed) when the name is empty, bad or taken.
EditResult applyPortfolio(ProjectDocument &doc, const planner::Planner &planner,
                          const planner::PlanResult &plan, EntityId fromScenarioId,
                          const QString &name);

// Replaces the investment catalogue and the golden hour (one undo step;
// successive changes of the golden hour from one spin box merge). Refused
// (nothing changed) when a value is out of range or the project is read-only.
EditResult setCatalogue(ProjectDocument &doc, const InvestmentCatalogue &catalogue,
                        CommandId merge = NoMerge);

} // namespace cc::edit
