#pragma once

#include "models/domain/entities.h"

#include <QString>

namespace cc {

// Translated display names of the domain's enumerations (official Chinese
// terms in the Chinese UI).
QString levelName(FacilityLevel level);
QString hospitalKindName(HospitalKind kind);
QString roadClassName(RoadClass roadClass);
QString linkKindName(LinkKind kind);
QString roleName(StaffRole role);
QString titleName(StaffTitle title);
// A scenario's name for display: the reserved name "baseline" (the key the
// project and the command line use) reads 基线方案 in the Chinese UI; other
// names are the planner's own.
QString scenarioLabel(const QString &name);

} // namespace cc
