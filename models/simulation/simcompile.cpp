#include "models/simulation/simcompile.h"

#include "models/planner/investmentcompile.h"

#include <algorithm>

namespace cc {

namespace {

template <typename T> int indexOf(QHash<EntityId, int> &index, QVector<EntityId> &ids, EntityId id)
{
    const auto it = index.constFind(id);
    if (it != index.cend())
        return *it;
    const int i = ids.size();
    index.insert(id, i);
    ids.push_back(id);
    return i;
}

sim::LevelArray levels(const std::array<double, kFacilityLevelCount> &a)
{
    sim::LevelArray out{};
    for (int l = 0; l < sim::kLevels; ++l)
        out[l] = a[l];
    return out;
}

} // namespace

sim::ServiceLine toSimLine(const ServiceLine &l)
{
    sim::ServiceLine s;
    s.inpatient = l.inpatient;
    s.annualRatePerPerson = l.annualRatePerPerson;
    s.drgWeight = l.drgWeight;
    s.minLevel = static_cast<int>(l.minLevel);
    s.qMin = l.qMin;
    s.costYuan = levels(l.costYuan);
    s.baselineShare = levels(l.baselineShare);
    s.asc = levels(l.asc);
    s.staffMinutes = l.staffMinutes;
    s.coefCost = l.coefCost;
    s.coefTravel = l.coefTravel;
    s.coefQuality = l.coefQuality;
    for (int r = 0; r < sim::kRoles; ++r)
        s.roleWeight[r] = l.roleWeight[r];
    s.lengthOfStayDays = levels(l.lengthOfStayDays);
    s.avoidableShare = l.avoidableShare;
    s.managedCare = l.managedCare;
    return s;
}

sim::Facility compileFacility(const Facility *f, const SimIndexMap &map)
{
    sim::Facility s;
    s.capability.assign(map.lineIds.size(), 0.0);
    if (!f) {
        s.active = false;
        return s;
    }
    s.lon = f->position.lon;
    s.lat = f->position.lat;
    s.level = static_cast<int>(f->level);
    s.township = sim::grassroots(s.level) ? map.townships.value(f->townshipId, -1) : -1;
    s.region = 0;
    s.beds = f->beds;
    s.inAlliance = f->inAlliance;
    s.active = true;
    for (auto it = f->capability.cbegin(); it != f->capability.cend(); ++it) {
        const int k = map.lines.value(it.key(), -1);
        if (k >= 0)
            s.capability[k] = it.value();
    }
    return s;
}

sim::Settlement compileSettlement(const Settlement *st, const SimIndexMap &map)
{
    sim::Settlement s;
    if (!st) {
        s.active = false;
        return s;
    }
    s.lon = st->position.lon;
    s.lat = st->position.lat;
    s.population = static_cast<double>(st->population);
    s.township = map.townships.value(st->townshipId, 0);
    s.signedShare = st->signedShare;
    s.active = true;
    return s;
}

sim::Road compileRoad(const Road *r)
{
    sim::Road s;
    if (!r) {
        s.active = false;
        return s;
    }
    s.speedKmh = r->speedKmh > 0 ? r->speedKmh : defaultSpeedKmh(r->roadClass);
    s.path.reserve(r->path.size());
    for (const LonLat &p : r->path)
        s.path.push_back(sim::RoadPoint{p.lon, p.lat});
    s.active = true;
    return s;
}

sim::Staff compileStaff(const StaffMember *m, const Project &project, const SimIndexMap &map)
{
    sim::Staff s;
    if (!m) {
        s.active = false;
        return s;
    }
    s.role = static_cast<int>(m->role);
    s.title = static_cast<int>(m->title);
    s.home = map.facilities.value(m->homeFacilityId, -1);
    if (s.home >= 0 && !project.facilities.contains(m->homeFacilityId))
        s.home = -1; // a removed facility keeps its slot, inactive
    s.active = true;
    return s;
}

sim::Posting compilePosting(const Posting *p, EntityId scenarioId, const SimIndexMap &map)
{
    sim::Posting s;
    s.active = false;
    if (!p || (p->scenarioId != 0 && p->scenarioId != scenarioId))
        return s;
    const int staff = map.staff.value(p->staffId, -1);
    const int facility = map.facilities.value(p->facilityId, -1);
    if (staff < 0 || facility < 0)
        return s;
    return sim::Posting{staff, facility, p->startMonth, p->endMonth, p->fte, true};
}

sim::TelemedicineLink compileLink(const TelemedicineLink *l, EntityId scenarioId,
                                  const SimIndexMap &map)
{
    sim::TelemedicineLink s;
    s.active = false;
    if (!l || (l->scenarioId != 0 && l->scenarioId != scenarioId))
        return s;
    const int hub = map.facilities.value(l->hubFacilityId, -1);
    const int centre = map.facilities.value(l->centreFacilityId, -1);
    if (hub < 0 || centre < 0)
        return s;
    const LinkKindDefaults &kind = linkKindDefaults(l->kind);
    return sim::TelemedicineLink{hub,
                                 centre,
                                 l->startMonth,
                                 l->endMonth,
                                 l->capabilityGain,
                                 kind.outpatient,
                                 kind.inpatient,
                                 l->annualCostYuan,
                                 true};
}

std::vector<sim::PolicyEntry> compileSchedule(const Project &project, EntityId scenarioId)
{
    std::vector<sim::PolicyEntry> schedule;
    const auto scenario = project.scenarios.constFind(scenarioId);
    if (scenario != project.scenarios.cend())
        for (int i = 0; i < scenario->schedule.size(); ++i) // the engine takes whole policies
            schedule.push_back(sim::PolicyEntry{scenario->schedule[i].fromMonth,
                                                policyOfEntry(scenario->schedule, i)});
    if (schedule.empty())
        schedule.push_back(sim::PolicyEntry{0, defaultPolicy()});
    return schedule;
}

namespace {

// Every slot of a table: the entity when it still exists, an inactive slot when not.
template <typename S, typename T, typename Compile>
std::vector<S> compileTable(const Table<T> &table, const QVector<EntityId> &ids, Compile compile)
{
    std::vector<S> out;
    out.reserve(ids.size());
    for (EntityId id : ids) {
        const auto it = table.constFind(id);
        out.push_back(compile(it == table.cend() ? nullptr : &*it));
    }
    return out;
}

template <typename T>
void indexTable(const Table<T> &table, QHash<EntityId, int> &index, QVector<EntityId> &ids)
{
    for (auto it = table.keyBegin(); it != table.keyEnd(); ++it)
        indexOf<T>(index, ids, *it);
}

} // namespace

sim::Input compileProject(const Project &project, EntityId scenarioId, SimIndexMap &map)
{
    sim::Input in;
    in.settings = project.settings;

    // Service lines: a removed or reordered line is a new catalogue.
    QVector<EntityId> lineIds = project.serviceLines.keys().toVector();
    if (map.lineIds.size() > lineIds.size() ||
        !std::equal(map.lineIds.begin(), map.lineIds.end(), lineIds.begin()))
        map = SimIndexMap{};
    indexTable(project.serviceLines, map.lines, map.lineIds);
    const int K = map.lineIds.size();
    in.lines.resize(K);
    for (const ServiceLine &l : project.serviceLines)
        in.lines[map.lines.value(l.id)] = toSimLine(l);

    indexTable(project.townships, map.townships, map.townshipIds);
    in.townships = std::max(1, static_cast<int>(map.townshipIds.size()));

    indexTable(project.facilities, map.facilities, map.facilityIds);
    in.facilities =
        compileTable<sim::Facility>(project.facilities, map.facilityIds,
                                    [&](const Facility *f) { return compileFacility(f, map); });
    indexTable(project.settlements, map.settlements, map.settlementIds);
    in.settlements = compileTable<sim::Settlement>(
        project.settlements, map.settlementIds,
        [&](const Settlement *s) { return compileSettlement(s, map); });
    indexTable(project.roads, map.roads, map.roadIds);
    in.roads = compileTable<sim::Road>(project.roads, map.roadIds, compileRoad);
    indexTable(project.staff, map.staff, map.staffIds);
    in.staff = compileTable<sim::Staff>(project.staff, map.staffIds, [&](const StaffMember *m) {
        return compileStaff(m, project, map);
    });
    indexTable(project.postings, map.postings, map.postingIds);
    in.postings =
        compileTable<sim::Posting>(project.postings, map.postingIds, [&](const Posting *p) {
            return compilePosting(p, scenarioId, map);
        });
    indexTable(project.links, map.links, map.linkIds);
    in.links = compileTable<sim::TelemedicineLink>(
        project.links, map.linkIds,
        [&](const TelemedicineLink *l) { return compileLink(l, scenarioId, map); });
    in.schedule = compileSchedule(project, scenarioId);
    // The scenario's investments (issue 20) add their beds, equipment and
    // sites after every entity with an id.
    planner::applyInvestments(project, scenarioId, map, in);
    return in;
}

sim::CalibrationReport calibrateProject(Project &project)
{
    SimIndexMap map;
    sim::Input in = compileProject(project, project.baselineScenarioId(), map);
    const sim::CalibrationReport report = sim::calibrate(in);
    for (auto it = project.serviceLines.begin(); it != project.serviceLines.end(); ++it) {
        const sim::LevelArray &asc = in.lines[map.lines.value(it.key())].asc;
        for (int l = 0; l < sim::kLevels; ++l)
            it->asc[l] = asc[l];
    }
    project.settings[SettingKey::ClaimsScale] = in.settings[SettingKey::ClaimsScale];
    return report;
}

} // namespace cc
