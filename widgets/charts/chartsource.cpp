#include "widgets/charts/chartsource.h"

#include "models/domain/labels.h"
#include "widgets/charts/chartformat.h"

namespace cc::charts {

std::shared_ptr<const sim::Results> resultsOf(const SimulationResultsPtr &simulation)
{
    if (!simulation)
        return nullptr;
    return std::shared_ptr<const sim::Results>(simulation, &simulation->results);
}

ChartData chartDataFor(const SimulationResultsPtr &simulation, const Project &project,
                       const QLocale &locale)
{
    if (!simulation) {
        ChartData empty;
        empty.locale = locale;
        return empty;
    }
    return chartDataFor(resultsOf(simulation), simulation->ids, project, simulation->scenarioId,
                        locale);
}

ChartData chartDataFor(std::shared_ptr<const sim::Results> results, const SimIndexMap &ids,
                       const Project &project, EntityId scenario, const QLocale &locale)
{
    ChartData d;
    d.results = std::move(results);
    d.scenarioName = scenarioLabel(project.scenarios.value(scenario), locale);
    d.locale = locale;
    const bool english = !isChinese(locale);
    for (EntityId id : ids.townshipIds) {
        const Township t = project.townships.value(id);
        d.townshipNames << (english && !t.nameEn.isEmpty() ? t.nameEn : t.name);
    }
    for (EntityId id : ids.facilityIds) {
        const auto it = project.facilities.constFind(id);
        if (it == project.facilities.cend()) {
            // A vanished facility keeps its slot; count it nowhere.
            d.facilityLevels.push_back(static_cast<int>(FacilityLevel::OutOfCountyCity));
            d.facilityTownships.push_back(-1);
            continue;
        }
        d.facilityLevels.push_back(static_cast<int>(it->level));
        d.facilityTownships.push_back(ids.townships.value(it->townshipId, -1));
    }
    return d;
}

void setComparison(ChartData &data, std::shared_ptr<const sim::Results> results,
                   const QString &scenarioName)
{
    data.compare = std::move(results);
    data.compareName = scenarioName;
}

} // namespace cc::charts
