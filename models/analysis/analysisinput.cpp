#include "models/analysis/analysisinput.h"

#include "models/domain/labels.h"
#include "models/simulation/simcompile.h"

namespace cc::analysis {

AnalysisInput compileForAnalysis(const Project &project, EntityId scenarioId)
{
    AnalysisInput a;
    const EntityId baseline = project.baselineScenarioId();
    a.scenarioId = project.scenarios.contains(scenarioId) ? scenarioId : baseline;
    const auto it = project.scenarios.constFind(a.scenarioId);
    if (it != project.scenarios.cend())
        a.scenarioName = scenarioLabel(*it); // as the dialogs show it
    SimIndexMap map;
    a.baseline = compileProject(project, baseline, map);
    a.scenario = a.scenarioId == baseline ? a.baseline : compileProject(project, a.scenarioId, map);
    return a;
}

} // namespace cc::analysis
