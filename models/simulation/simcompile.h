#pragma once

// The bridge from the document to the engine: compiles a Project and one of its
// scenarios into plain engine input, with stable dense indices per entity id.

#include "models/domain/project.h"
#include "models/sim/calibrator.h"
#include "models/sim/siminput.h"

#include <QHash>
#include <QVector>

namespace cc {

// Entity id -> dense engine index, per table. Indices are stable across
// compilations with the same map: new ids are appended, vanished ids keep their
// slot (compiled as inactive), so an edit changes only its own element.
struct SimIndexMap {
    QHash<EntityId, int> townships, settlements, facilities, roads, staff, postings, lines, links;
    QVector<EntityId> townshipIds, settlementIds, facilityIds, roadIds, staffIds, postingIds,
        lineIds, linkIds;
    bool isEmpty() const { return lineIds.isEmpty() && facilityIds.isEmpty(); }
    friend bool operator==(const SimIndexMap &a, const SimIndexMap &b)
    {
        return a.townshipIds == b.townshipIds && a.settlementIds == b.settlementIds &&
               a.facilityIds == b.facilityIds && a.roadIds == b.roadIds &&
               a.staffIds == b.staffIds && a.postingIds == b.postingIds && a.lineIds == b.lineIds &&
               a.linkIds == b.linkIds;
    }
};

// One service line in engine terms.
sim::ServiceLine toSimLine(const ServiceLine &line);

// One entity in engine terms with the map's indices; nullptr gives the inactive
// slot of a vanished entity. compileProject is made of these, so compiling the
// pieces an edit touched (SimulationController) cannot differ from compiling all.
sim::Facility compileFacility(const Facility *facility, const SimIndexMap &map);
sim::Settlement compileSettlement(const Settlement *settlement, const SimIndexMap &map);
sim::Road compileRoad(const Road *road);
sim::Staff compileStaff(const StaffMember *member, const Project &project, const SimIndexMap &map);
sim::Posting compilePosting(const Posting *posting, EntityId scenarioId, const SimIndexMap &map);
sim::TelemedicineLink compileLink(const TelemedicineLink *link, EntityId scenarioId,
                                  const SimIndexMap &map);
// The scenario's schedule as whole policies (the default policy when it has none).
std::vector<sim::PolicyEntry> compileSchedule(const Project &project, EntityId scenarioId);

// Compiles `scenarioId` of `project` (postings shared by every scenario plus the
// scenario's own; its policy schedule). `map` is read and extended. When the
// service lines changed identity (a line removed or reordered), the map's line
// part is rebuilt; callers compare lineIds to notice.
sim::Input compileProject(const Project &project, EntityId scenarioId, SimIndexMap &map);

// Fits the choice constants of every service line (and, where the claims-to-
// revenue ratio is stated, the effective reimbursement scale) to the project's
// stated indicators and starting shares under the baseline scenario
// (sim::calibrate) and stores them in the project.
sim::CalibrationReport calibrateProject(Project &project);

} // namespace cc
