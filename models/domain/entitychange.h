#pragma once

// What one edit changed, as a command records it and a document signal carries
// it (Tiled's change events, Subsurface's divesChanged(dives, field)): views and
// the simulation redo only that, instead of diffing the project to find out.

#include "models/domain/entities.h"
#include "models/domain/investment.h"

namespace cc {

enum class ChangeKind : int { Added, Removed, Modified };

// Which part of an entity changed. Coarse on purpose: enough for a listener to
// skip what it does not draw or simulate.
enum EntityField : quint32 {
    FieldLabel = 0x1,    // names, codes, descriptions: text the simulation never reads
    FieldPosition = 0x2, // where it is on the map (a point, a road's path)
    FieldModel = 0x4,    // any other value the simulation reads
    FieldSchedule = 0x8, // a scenario's policy schedule
};
using EntityFields = quint32;
constexpr EntityFields kAllFields = FieldLabel | FieldPosition | FieldModel | FieldSchedule;

struct EntityChange {
    EntityKind kind = EntityKind::Township;
    EntityId id = 0;
    ChangeKind change = ChangeKind::Modified;
    EntityFields fields = kAllFields; // every field for an addition or a removal
    int fromMonth = 0;                // the first month whose simulation it can change (-1: none)
    // Anything the simulation reads (labels alone never change a result).
    bool simulated() const { return change != ChangeKind::Modified || (fields & ~FieldLabel); }
};

// The fields that differ between two values of one entity.
template <typename T> EntityFields changedFields(const T &before, const T &after);
// The first month whose simulation the change can alter (0 for kinds that act on
// every month); either value may be absent (an addition, a removal). -1: the
// schedules of two scenario values set the same policy in every month.
template <typename T> int firstChangedMonth(const T *before, const T *after);

template <> EntityFields changedFields(const Township &, const Township &);
template <> EntityFields changedFields(const Settlement &, const Settlement &);
template <> EntityFields changedFields(const Facility &, const Facility &);
template <> EntityFields changedFields(const Road &, const Road &);
template <> EntityFields changedFields(const StaffMember &, const StaffMember &);
template <> EntityFields changedFields(const Posting &, const Posting &);
template <> EntityFields changedFields(const ServiceLine &, const ServiceLine &);
template <> EntityFields changedFields(const Scenario &, const Scenario &);
template <> EntityFields changedFields(const TelemedicineLink &, const TelemedicineLink &);
template <> EntityFields changedFields(const Investment &, const Investment &);
template <> int firstChangedMonth(const Posting *, const Posting *);
template <> int firstChangedMonth(const TelemedicineLink *, const TelemedicineLink *);
template <> int firstChangedMonth(const Scenario *, const Scenario *);

// First month from which the policies of two schedules differ, -1 when they do not.
int firstDifferingMonth(const PolicySchedule &before, const PolicySchedule &after);

} // namespace cc
