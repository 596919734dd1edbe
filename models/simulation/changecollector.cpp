#include "models/simulation/changecollector.h"

#include "models/planner/investmentcompile.h"

namespace cc {

namespace {

template <typename T>
int indexOfExisting(const Table<T> &table, EntityId id, QHash<EntityId, int> &index,
                    QVector<EntityId> &ids)
{
    const auto it = index.constFind(id);
    if (it != index.cend())
        return *it;
    if (!table.contains(id))
        return -1; // added and removed again since the last update: never reached the engine
    index.insert(id, ids.size());
    ids.push_back(id);
    return ids.size() - 1;
}

// Compiles the collected ids of one table, in id order as compileProject indexes them.
template <typename S, typename T, typename Compile>
void compileIds(const std::set<EntityId> &ids, const Table<T> &table, QHash<EntityId, int> &index,
                QVector<EntityId> &order, std::vector<std::pair<int, S>> &out, Compile compile)
{
    for (EntityId id : ids) {
        const int i = indexOfExisting(table, id, index, order);
        if (i < 0)
            continue;
        const auto it = table.constFind(id);
        out.emplace_back(i, compile(it == table.cend() ? nullptr : &*it));
    }
}

} // namespace

ChangeCollector::ChangeCollector(ProjectDocument *document, QObject *parent) : QObject(parent)
{
    connect(document, &ProjectDocument::entityEdited, this, &ChangeCollector::onEntity);
    connect(document, &ProjectDocument::settingsChanged, this, [this] { m_settings = true; });
    connect(document, &ProjectDocument::projectReset, this, [this] { m_rebuild = true; });
    // Only a telemedicine-link investment reads the catalogue when compiled
    // (planner::catalogueReachesSimulation); investments are rebuilt whole.
    connect(document, &ProjectDocument::catalogueChanged, this, [this, document] {
        if (planner::catalogueReachesSimulation(document->project()))
            m_rebuild = true;
    });
}

bool ChangeCollector::isEmpty() const
{
    if (m_rebuild || m_settings)
        return false;
    for (const auto &ids : m_ids)
        if (!ids.empty())
            return false;
    return true;
}

void ChangeCollector::onEntity(const EntityChange &change)
{
    if (!change.simulated())
        return;
    // A scenario's investments are compiled after every entity with an id
    // (planner::applyInvestments), so they are rebuilt with the whole input.
    if (change.kind == EntityKind::Investment) {
        m_rebuild = true;
        return;
    }
    // A line added or removed is a new catalogue: every facility's capabilities
    // and every line index move (compileProject starts a new map).
    if (change.kind == EntityKind::ServiceLine && change.change != ChangeKind::Modified)
        m_rebuild = true;
    if (change.kind == EntityKind::Facility && change.change != ChangeKind::Modified)
        m_facilitiesAddedOrRemoved.insert(change.id);
    m_ids[static_cast<int>(change.kind)].insert(change.id);
}

void ChangeCollector::clear()
{
    for (auto &ids : m_ids)
        ids.clear();
    m_facilitiesAddedOrRemoved.clear();
    m_settings = false;
    m_rebuild = false;
}

sim::ChangeSet ChangeCollector::take(const Project &project, EntityId scenarioId, SimIndexMap &map)
{
    Q_ASSERT(!m_rebuild);
    auto ids = [this](EntityKind kind) -> const std::set<EntityId> & {
        return m_ids[static_cast<int>(kind)];
    };
    sim::ChangeSet c;
    if (m_settings)
        c.settings = project.settings;

    // The same order as compileProject: what a piece refers to is indexed first.
    for (EntityId id : ids(EntityKind::ServiceLine)) {
        const auto it = project.serviceLines.constFind(id);
        const int k = map.lines.value(id, -1);
        if (it != project.serviceLines.cend() && k >= 0)
            c.lines.emplace_back(k, toSimLine(*it));
    }
    const int townships = map.townshipIds.size();
    for (EntityId id : ids(EntityKind::Township))
        indexOfExisting(project.townships, id, map.townships, map.townshipIds);
    if (map.townshipIds.size() != townships)
        c.townships = std::max(1, static_cast<int>(map.townshipIds.size()));

    compileIds(ids(EntityKind::Facility), project.facilities, map.facilities, map.facilityIds,
               c.facilities, [&](const Facility *f) { return compileFacility(f, map); });
    compileIds(ids(EntityKind::Settlement), project.settlements, map.settlements, map.settlementIds,
               c.settlements, [&](const Settlement *s) { return compileSettlement(s, map); });
    compileIds(ids(EntityKind::Road), project.roads, map.roads, map.roadIds, c.roads, compileRoad);

    // Staff based at a facility that came or went: their home is that slot or none.
    std::set<EntityId> staff = ids(EntityKind::Staff);
    if (!m_facilitiesAddedOrRemoved.empty())
        for (const StaffMember &m : project.staff)
            if (m_facilitiesAddedOrRemoved.count(m.homeFacilityId))
                staff.insert(m.id);
    compileIds(staff, project.staff, map.staff, map.staffIds, c.staff,
               [&](const StaffMember *m) { return compileStaff(m, project, map); });
    compileIds(ids(EntityKind::Posting), project.postings, map.postings, map.postingIds, c.postings,
               [&](const Posting *p) { return compilePosting(p, scenarioId, map); });
    compileIds(ids(EntityKind::TelemedicineLink), project.links, map.links, map.linkIds, c.links,
               [&](const TelemedicineLink *l) { return compileLink(l, scenarioId, map); });
    if (ids(EntityKind::Scenario).count(scenarioId))
        c.schedule = compileSchedule(project, scenarioId);

    clear();
    return c;
}

} // namespace cc
