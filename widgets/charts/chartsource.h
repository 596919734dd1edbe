#pragma once

#include "models/simulation/simulationcontroller.h"
#include "widgets/charts/charttable.h"

namespace cc::charts {

// The results of a published simulation, sharing its ownership.
std::shared_ptr<const sim::Results> resultsOf(const SimulationResultsPtr &simulation);

// Chart data for a SimulationController snapshot of `project`: results,
// scenario name, township names (English aliases in a non-Chinese locale when
// set) and the facility levels and townships the staffing chart needs.
ChartData chartDataFor(const SimulationResultsPtr &simulation, const Project &project,
                       const QLocale &locale);
// The same from plain results and the index map they were compiled with.
ChartData chartDataFor(std::shared_ptr<const sim::Results> results, const SimIndexMap &ids,
                       const Project &project, EntityId scenario, const QLocale &locale);

// Adds a compared run (drawn dashed).
void setComparison(ChartData &data, std::shared_ptr<const sim::Results> results,
                   const QString &scenarioName);

} // namespace cc::charts
