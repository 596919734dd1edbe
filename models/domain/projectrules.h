#pragma once

#include "models/domain/project.h"

#include <QStringList>

namespace cc {

// Rules over a whole project that the file loader applies besides
// validateProject(), because their outcome depends on the project's own
// settings (a staffing rule set to refuse or to warn) or is only a warning
// (a place far from its county). The UI applies the same rules at its edits
// (models/staffing, the importers), so a file holds nothing the UI refuses.

// 县招乡用 rule "FTE per person": a person's postings in one scenario summed per
// month of the horizon never above SettingKey::StaffingMaxFte. One run of
// months over the limit.
struct FteExcess {
    EntityId scenarioId = 0;
    EntityId staffId = 0;
    int fromMonth = 0; // months [fromMonth, toMonth)
    int toMonth = 0;
    double peak = 0;
    QVector<EntityId> postingIds; // the person's postings overlapping those months
};
QVector<FteExcess> fteExcesses(const Project &project, EntityId scenarioId);
// The first excess in any scenario, translated; empty when there is none.
QString firstFteExcess(const Project &project);
// Every excess (at most `max`), translated, one line each.
QStringList fteExcessMessages(const Project &project, int max);

// A place's neighbourhood: within kNeighbourhoodKm of the county boundary's
// bounding box (a village or in-county facility further out is a data error,
// such as a village at (0, 0) or swapped coordinates), within kOutOfCountyKm for
// the out-of-county hospitals a county's residents travel to. Without a county
// boundary there is nothing to measure against.
constexpr double kNeighbourhoodKm = 50;
constexpr double kOutOfCountyKm = 2500;
// Empty, or a translated reason with the distance. `countyBox`: the bounding box
// of the county boundary (not valid: no check).
QString checkNeighbourhood(const LonLat &position, bool inCounty, const BoundingBox &countyBox);
// The settlements and facilities outside their neighbourhood (at most `max`), translated.
QStringList neighbourhoodMessages(const Project &project, int max);

} // namespace cc
