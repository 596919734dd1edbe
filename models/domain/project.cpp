#include "models/domain/project.h"

#include <algorithm>

namespace cc {

double defaultSpeedKmh(RoadClass roadClass)
{
    switch (roadClass) {
    case RoadClass::Expressway:
        return 80.0;
    case RoadClass::National:
        return 60.0;
    case RoadClass::Provincial:
        return 50.0;
    case RoadClass::County:
        return 35.0;
    case RoadClass::Village:
        return 20.0;
    }
    return 30.0;
}

qint64 Project::totalPopulation() const
{
    qint64 total = 0;
    for (const Settlement &s : settlements)
        total += s.population;
    return total;
}

BoundingBox Project::extent() const
{
    BoundingBox box = boundingBox(boundary.area);
    for (const Settlement &s : settlements)
        box.include(s.position);
    for (const Facility &f : facilities)
        box.include(f.position);
    for (const Road &r : roads)
        box.include(boundingBox(r.path));
    return box;
}

EntityId Project::baselineScenarioId() const
{
    for (const Scenario &s : scenarios)
        if (s.key == QLatin1String("baseline"))
            return s.id;
    for (const Scenario &s : scenarios)
        if (s.key.isEmpty() && s.name == QLatin1String("baseline"))
            return s.id;
    return scenarios.isEmpty() ? 0 : scenarios.firstKey();
}

EntityId Project::scenarioIdByName(const QString &name) const
{
    // The stable key first (what scripts use), then the name, then the English alias.
    if (name.isEmpty())
        return 0;
    for (const Scenario &s : scenarios)
        if (s.key == name)
            return s.id;
    for (const Scenario &s : scenarios)
        if (s.name == name)
            return s.id;
    for (const Scenario &s : scenarios)
        if (s.nameEn == name)
            return s.id;
    return 0;
}

QVector<Posting> Project::postingsOf(EntityId scenarioId) const
{
    QVector<Posting> result;
    for (const Posting &p : postings)
        if (p.scenarioId == 0 || p.scenarioId == scenarioId)
            result.push_back(p);
    return result;
}

QVector<TelemedicineLink> Project::linksOf(EntityId scenarioId) const
{
    QVector<TelemedicineLink> result;
    for (const TelemedicineLink &l : links)
        if (l.scenarioId == 0 || l.scenarioId == scenarioId)
            result.push_back(l);
    return result;
}

const LinkKindDefaults &linkKindDefaults(LinkKind kind)
{
    // What each kind of link raises (a share of the centre's gap to full
    // capability) and costs a year. Editable assumptions, after Huidong
    // county's remote imaging centre and provincial telemedicine price lists.
    static const LinkKindDefaults kDefaults[kLinkKindCount] = {
        {0.08, 30000, false, true,
         "Assumption: remote consultation helps a township centre keep admissions it would refer"},
        {0.06, 60000, true, true,
         "Assumption after Huidong county's remote imaging centre (shared reading of DR/CT films)"},
        {0.05, 40000, true, true, "Assumption: a shared laboratory (检验共享中心)"},
        {0.03, 20000, true, true, "Assumption: a shared ECG centre (心电共享中心)"},
    };
    return kDefaults[std::clamp(static_cast<int>(kind), 0, kLinkKindCount - 1)];
}

PolicyParams Project::policyAt(EntityId scenarioId, int month) const
{
    const auto it = scenarios.constFind(scenarioId);
    if (it == scenarios.cend() || it->schedule.isEmpty())
        return defaultPolicy();
    return cc::policyAt(it->schedule, month);
}

} // namespace cc
