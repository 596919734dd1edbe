#pragma once

#include "models/domain/project.h"
#include "widgets/charts/charttable.h"

namespace cc::charts {

// The policy changes of `scenario` (and of `compare`, when not 0, drawn
// dotted) as chart markers: one per schedule entry after month 0, labelled
// "2026-01 note". A change at the same month with the same parameters in both
// scenarios is drawn once.
QVector<ChartMarker> policyMarkers(const Project &project, EntityId scenario, EntityId compare,
                                   const QLocale &locale);

} // namespace cc::charts
