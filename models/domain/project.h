#pragma once

#include "models/domain/entities.h"
#include "models/domain/investment.h"

#include <QMap>
#include <algorithm>

namespace cc {

template <typename T> using Table = QMap<EntityId, T>;

// Everything a project file holds, as plain values. ProjectDocument owns one and
// changes it only through undo commands; the store reads and writes it; the
// simulation compiles it.
struct Project {
    QString title;
    CountyBoundary boundary;
    ModelSettings settings = defaultSettings();
    Table<Township> townships;
    Table<Settlement> settlements;
    Table<Facility> facilities;
    Table<Road> roads;
    Table<StaffMember> staff;
    Table<Posting> postings;
    Table<ServiceLine> serviceLines;
    Table<Scenario> scenarios;
    Table<TelemedicineLink> links;
    // The investment planner (issue 20): what each action costs, which
    // facilities are time-critical care centres (facility id -> careCentreBit
    // flags), and the investments scenarios make.
    InvestmentCatalogue catalogue = defaultInvestmentCatalogue();
    QMap<EntityId, int> careCentres;
    Table<Investment> investments;

    auto tie() const
    {
        return std::tie(title, boundary, settings, townships, settlements, facilities, roads, staff,
                        postings, serviceLines, scenarios, links, catalogue, careCentres,
                        investments);
    }
    friend bool operator==(const Project &a, const Project &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Project &a, const Project &b) { return !(a == b); }

    qint64 totalPopulation() const;
    BoundingBox extent() const; // of every layer
    // The scenario with the key "baseline" (or, without keys, the name
    // "baseline"), else the lowest id; 0 when there is none.
    EntityId baselineScenarioId() const;
    // By stable key, else display name, else English alias; 0 when none.
    EntityId scenarioIdByName(const QString &name) const;
    // Postings in effect in a scenario (shared ones plus the scenario's own).
    QVector<Posting> postingsOf(EntityId scenarioId) const;
    // Telemedicine links in effect in a scenario, the same way.
    QVector<TelemedicineLink> linksOf(EntityId scenarioId) const;
    // Policy in effect in a month of a scenario.
    PolicyParams policyAt(EntityId scenarioId, int month) const;
};

// Maps an entity type to its table, kind and translated display name, so the
// generic undo commands and the store are written once.
template <typename T> struct EntityTraits;

#define CC_ENTITY_TRAITS(Type, member, entityKind)                                                 \
    template <> struct EntityTraits<Type> {                                                        \
        static constexpr EntityKind kind = entityKind;                                             \
        static Table<Type> &table(Project &p) { return p.member; }                                 \
        static const Table<Type> &table(const Project &p) { return p.member; }                     \
    };

CC_ENTITY_TRAITS(Township, townships, EntityKind::Township)
CC_ENTITY_TRAITS(Settlement, settlements, EntityKind::Settlement)
CC_ENTITY_TRAITS(Facility, facilities, EntityKind::Facility)
CC_ENTITY_TRAITS(Road, roads, EntityKind::Road)
CC_ENTITY_TRAITS(StaffMember, staff, EntityKind::Staff)
CC_ENTITY_TRAITS(Posting, postings, EntityKind::Posting)
CC_ENTITY_TRAITS(ServiceLine, serviceLines, EntityKind::ServiceLine)
CC_ENTITY_TRAITS(Scenario, scenarios, EntityKind::Scenario)
CC_ENTITY_TRAITS(TelemedicineLink, links, EntityKind::TelemedicineLink)
CC_ENTITY_TRAITS(Investment, investments, EntityKind::Investment)
#undef CC_ENTITY_TRAITS

// Ids run from 1 to 2^53: every id is exact as a JSON or JavaScript number
// (GeoJSON export, QGIS), and the next id can never overflow. The loader refuses
// larger ones (models/domain/validation.h).
constexpr EntityId kMaxEntityId = EntityId(1) << 53;

// The id a new entity of a table gets: one above the highest, or, when the
// highest is already kMaxEntityId, the lowest free one (a table holds far fewer
// rows than ids).
template <typename T> EntityId nextId(const Project &p)
{
    const Table<T> &t = EntityTraits<T>::table(p);
    const EntityId highest = t.isEmpty() ? 0 : t.lastKey();
    if (highest < kMaxEntityId)
        return std::max<EntityId>(highest, 0) + 1;
    EntityId candidate = 1;
    for (auto it = t.keyBegin(); it != t.keyEnd() && *it <= candidate; ++it)
        if (*it == candidate)
            ++candidate;
    return candidate;
}

} // namespace cc
