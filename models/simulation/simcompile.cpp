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

sim::Input compileProject(const Project &project, EntityId scenarioId, SimIndexMap &map)
{
    sim::Input in;
    in.settings = project.settings;

    // Service lines: a removed or reordered line is a new catalogue.
    QVector<EntityId> lineIds = project.serviceLines.keys().toVector();
    if (map.lineIds.size() > lineIds.size() ||
        !std::equal(map.lineIds.begin(), map.lineIds.end(), lineIds.begin()))
        map = SimIndexMap{};
    for (const ServiceLine &l : project.serviceLines)
        indexOf<ServiceLine>(map.lines, map.lineIds, l.id);
    const int K = map.lineIds.size();
    in.lines.resize(K);
    for (const ServiceLine &l : project.serviceLines)
        in.lines[map.lines.value(l.id)] = toSimLine(l);

    for (const Township &t : project.townships)
        indexOf<Township>(map.townships, map.townshipIds, t.id);
    in.townships = std::max(1, static_cast<int>(map.townshipIds.size()));

    for (const Facility &f : project.facilities)
        indexOf<Facility>(map.facilities, map.facilityIds, f.id);
    in.facilities.assign(map.facilityIds.size(), sim::Facility{});
    for (sim::Facility &f : in.facilities) {
        f.active = false;
        f.capability.assign(K, 0.0);
    }
    for (const Facility &f : project.facilities) {
        sim::Facility &s = in.facilities[map.facilities.value(f.id)];
        s.lon = f.position.lon;
        s.lat = f.position.lat;
        s.level = static_cast<int>(f.level);
        s.township = sim::grassroots(s.level) ? map.townships.value(f.townshipId, -1) : -1;
        s.region = 0;
        s.beds = f.beds;
        s.inAlliance = f.inAlliance;
        s.active = true;
        for (auto it = f.capability.cbegin(); it != f.capability.cend(); ++it) {
            const int k = map.lines.value(it.key(), -1);
            if (k >= 0)
                s.capability[k] = it.value();
        }
    }

    for (const Settlement &st : project.settlements)
        indexOf<Settlement>(map.settlements, map.settlementIds, st.id);
    in.settlements.assign(map.settlementIds.size(), sim::Settlement{});
    for (sim::Settlement &s : in.settlements)
        s.active = false;
    for (const Settlement &st : project.settlements) {
        sim::Settlement &s = in.settlements[map.settlements.value(st.id)];
        s.lon = st.position.lon;
        s.lat = st.position.lat;
        s.population = static_cast<double>(st.population);
        s.township = map.townships.value(st.townshipId, 0);
        s.signedShare = st.signedShare;
        s.active = true;
    }

    for (const Road &r : project.roads)
        indexOf<Road>(map.roads, map.roadIds, r.id);
    in.roads.assign(map.roadIds.size(), sim::Road{});
    for (sim::Road &r : in.roads)
        r.active = false;
    for (const Road &r : project.roads) {
        sim::Road &s = in.roads[map.roads.value(r.id)];
        s.speedKmh = r.speedKmh > 0 ? r.speedKmh : defaultSpeedKmh(r.roadClass);
        s.path.clear();
        for (const LonLat &p : r.path)
            s.path.push_back(sim::RoadPoint{p.lon, p.lat});
        s.active = true;
    }

    for (const StaffMember &m : project.staff)
        indexOf<StaffMember>(map.staff, map.staffIds, m.id);
    in.staff.assign(map.staffIds.size(), sim::Staff{});
    for (sim::Staff &s : in.staff)
        s.active = false;
    for (const StaffMember &m : project.staff) {
        sim::Staff &s = in.staff[map.staff.value(m.id)];
        s.role = static_cast<int>(m.role);
        s.title = static_cast<int>(m.title);
        s.home = map.facilities.value(m.homeFacilityId, -1);
        if (s.home >= 0 && !in.facilities[s.home].active)
            s.home = -1;
        s.active = true;
    }

    for (const Posting &p : project.postings)
        indexOf<Posting>(map.postings, map.postingIds, p.id);
    in.postings.assign(map.postingIds.size(), sim::Posting{});
    for (sim::Posting &p : in.postings)
        p.active = false;
    for (const Posting &p : project.postings) {
        if (p.scenarioId != 0 && p.scenarioId != scenarioId)
            continue;
        const int staff = map.staff.value(p.staffId, -1);
        const int facility = map.facilities.value(p.facilityId, -1);
        if (staff < 0 || facility < 0)
            continue;
        sim::Posting &s = in.postings[map.postings.value(p.id)];
        s = sim::Posting{staff, facility, p.startMonth, p.endMonth, p.fte, true};
    }

    for (const TelemedicineLink &l : project.links)
        indexOf<TelemedicineLink>(map.links, map.linkIds, l.id);
    in.links.assign(map.linkIds.size(), sim::TelemedicineLink{});
    for (sim::TelemedicineLink &l : in.links)
        l.active = false;
    for (const TelemedicineLink &l : project.links) {
        if (l.scenarioId != 0 && l.scenarioId != scenarioId)
            continue;
        const int hub = map.facilities.value(l.hubFacilityId, -1);
        const int centre = map.facilities.value(l.centreFacilityId, -1);
        if (hub < 0 || centre < 0)
            continue;
        const LinkKindDefaults &kind = linkKindDefaults(l.kind);
        in.links[map.links.value(l.id)] = sim::TelemedicineLink{hub,
                                                                centre,
                                                                l.startMonth,
                                                                l.endMonth,
                                                                l.capabilityGain,
                                                                kind.outpatient,
                                                                kind.inpatient,
                                                                l.annualCostYuan,
                                                                true};
    }

    const auto scenario = project.scenarios.constFind(scenarioId);
    if (scenario != project.scenarios.cend())
        for (int i = 0; i < scenario->schedule.size(); ++i) // the engine takes whole policies
            in.schedule.push_back(sim::PolicyEntry{scenario->schedule[i].fromMonth,
                                                   policyOfEntry(scenario->schedule, i)});
    if (in.schedule.empty())
        in.schedule.push_back(sim::PolicyEntry{0, defaultPolicy()});
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
