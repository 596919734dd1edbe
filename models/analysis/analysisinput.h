#pragma once

#include "models/domain/project.h"
#include "models/sim/siminput.h"

#include <QString>

namespace cc::analysis {

// A scenario and the project's baseline compiled with one index map (so their
// service lines line up for the Monte Carlo refit), taken from the document on
// the GUI thread; the analysis itself then needs no document.
struct AnalysisInput {
    EntityId scenarioId = 0;
    QString scenarioName;
    sim::Input scenario;
    sim::Input baseline;
};

// scenarioId 0 or unknown: the baseline (as SimulationController does).
AnalysisInput compileForAnalysis(const Project &project, EntityId scenarioId);

} // namespace cc::analysis
