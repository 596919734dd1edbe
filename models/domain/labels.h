#pragma once

#include "models/domain/entities.h"

#include <QString>

namespace cc {

// Translated display names of the domain's enumerations (official Chinese
// terms in the Chinese UI).
QString levelName(FacilityLevel level);
QString hospitalKindName(HospitalKind kind);
QString roadClassName(RoadClass roadClass);
QString roleName(StaffRole role);
QString titleName(StaffTitle title);

} // namespace cc
